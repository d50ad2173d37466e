import {
  ApiError,
  CSRF_COOKIE,
  CSRF_HEADER,
  type ResponseOf,
  readCookie,
  toApiError
} from "@openpor/api-client"

export type ClaimImport = ResponseOf<"getClaimImport">
export type ImportRow = ResponseOf<"listClaimImportRows">["rows"][number]

/** How long the page waits between two looks at a running import. */
export const POLL_MILLIS = 1000

export const TEMPLATE_URL = "/api/v1/claim-imports/template.csv"

export const isFinished = (i: Pick<ClaimImport, "status">) =>
  i.status === "completed" || i.status === "failed"

/** The codes whose refusal of a file the page explains in the user's language. */
export const UPLOAD_ERROR_CODES = [
  "invalid_csv",
  "payload_too_large",
  "unsupported_media_type",
  "forbidden"
] as const
export type UploadErrorCode = (typeof UPLOAD_ERROR_CODES)[number] | "other"
export const uploadErrorCode = (error: unknown): UploadErrorCode =>
  error instanceof ApiError && (UPLOAD_ERROR_CODES as readonly string[]).includes(error.code)
    ? (error.code as UploadErrorCode)
    : "other"

/**
 * Sends a CSV file as `text/csv` to `POST /api/v1/claim-imports` (the generated client sends JSON) with the
 * session cookie and its CSRF header; answers the queued import.
 */
export const uploadClaimsFile = async (file: File): Promise<ClaimImport> => {
  const headers: Record<string, string> = { "content-type": "text/csv" }
  const csrf = readCookie(document.cookie, CSRF_COOKIE)
  if (csrf !== undefined && csrf !== "") headers[CSRF_HEADER] = csrf
  const response = await fetch(
    `/api/v1/claim-imports?fileName=${encodeURIComponent(file.name.slice(0, 200))}`,
    {
      method: "POST",
      credentials: "same-origin",
      headers,
      body: await file.text()
    }
  ).catch(() => {
    throw toApiError(0, "network", undefined)
  })
  const text = await response.text()
  let body: unknown
  try {
    body = text === "" ? undefined : JSON.parse(text)
  } catch {
    body = undefined
  }
  if (!response.ok) throw toApiError(response.status, response.statusText, body)
  return body as ClaimImport
}

/** The claim form's field (its label in the claims messages) that a column of the file fills. */
export const claimFieldOf = (column: string): string =>
  (
    ({
      solutionSellerName: "revenueSolutionSellerName",
      customerName: "revenueCustomerName",
      isvProductName: "revenueIsvProductName"
    }) as Record<string, string>
  )[column] ?? column
