import { useTranslator } from "@openpor/ui"
import type { JSX } from "solid-js"
import { messages } from "./messages.ts"

/** Translator for the download links. */
export const useExportT = () => useTranslator(messages)

/**
 * An export's address with the given filters (empty ones left out). The download is a plain link: the
 * browser streams the file from the API with the session cookie (GET needs no CSRF header).
 */
export const exportHref = (path: string, query: Record<string, string | undefined>): string => {
  const search = new URLSearchParams()
  for (const [name, value] of Object.entries(query))
    if (value !== undefined && value !== "") search.set(name, value)
  const text = search.toString()
  return `/api/v1/exports/${path}${text === "" ? "" : `?${text}`}`
}

/** The review queue's "Export claims (CSV)": all claims, or those of the queue's status filter. */
export function ClaimsExportLink(props: { readonly status?: string | undefined }): JSX.Element {
  const t = useExportT()
  return (
    <p class="export-links">
      <a
        class="button button--secondary"
        href={exportHref("claims.csv", { status: props.status })}
        download=""
        aria-describedby="claims-export-hint"
      >
        {t("claimsCsv")}
      </a>{" "}
      <span id="claims-export-hint" class="muted">
        {t("claimsCsvHint")}
      </span>
    </p>
  )
}

/** The audit log's downloads: CSV and JSON Lines of the entries the page's filters select. */
export function AuditExportLinks(props: { readonly query: Record<string, string | undefined> }): JSX.Element {
  const t = useExportT()
  return (
    <p class="export-links">
      <a
        class="button button--secondary"
        href={exportHref("audit.csv", props.query)}
        download=""
        aria-describedby="audit-export-hint"
      >
        {t("auditCsv")}
      </a>{" "}
      <a
        class="button button--secondary"
        href={exportHref("audit.jsonl", props.query)}
        download=""
        aria-describedby="audit-export-hint"
      >
        {t("auditJsonLines")}
      </a>{" "}
      <span id="audit-export-hint" class="muted">
        {t("auditHint")}
      </span>
    </p>
  )
}
