import type { ApiError } from "@openpor/api-client"

/** The columns of the directory import (apps/api/src/routes/ops.ts). */
export const CSV_COLUMNS = [
  "tenant_id",
  "tenant_name",
  "tenant_domains",
  "tenant_workloads",
  "subscription_id",
  "product",
  "solution_area",
  "channel",
  "state",
  "provisioned_at",
  "expires_at"
] as const

/** A one-row example file with the header the import expects. */
export const csvTemplate = `${CSV_COLUMNS.join(",")}
33333333-3333-4333-8333-333333333333,Litware Inc.,litware.onmicrosoft.com;litware.example,exchange;teams,cccccccc-0000-4000-8000-000000000001,Dynamics 365 Sales,business_applications,web_direct,active,2026-01-01,2027-01-01
`

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value)

/**
 * The problems of a refused import, one line each: the API's message (it names the CSV line, e.g. "Line 3:
 * …") and every schema issue with its place in the data (e.g. "subscriptions.0.channel: …").
 */
export const problemsOf = (error: ApiError): string[] => {
  const issues = Array.isArray(error.details.issues) ? error.details.issues : []
  const lines = issues.filter(isRecord).map((issue) => {
    const path = Array.isArray(issue.path)
      ? issue.path.join(".")
      : typeof issue.path === "string"
        ? issue.path
        : ""
    const message = typeof issue.message === "string" ? issue.message : ""
    return path === "" ? message : `${path}: ${message}`
  })
  return lines.length > 0 ? lines : [error.message]
}
