/** A file size for people: "812 B", "14.2 KB", "3.1 MB" (numbers in the current language). */
export const fileSize = (
  locale: string,
  bytes: number,
  t: (key: "size.bytes" | "size.kb" | "size.mb", params: { count: string }) => string
): string => {
  const number = (value: number) => new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value)
  if (bytes < 1024) return t("size.bytes", { count: number(bytes) })
  if (bytes < 1024 * 1024) return t("size.kb", { count: number(bytes / 1024) })
  return t("size.mb", { count: number(bytes / (1024 * 1024)) })
}

/** How the browser can show a proof document inline. */
export type PreviewKind = "pdf" | "image" | "docx" | "other"

export const previewKind = (mediaType: string): PreviewKind => {
  if (mediaType === "application/pdf") return "pdf"
  if (mediaType === "image/png" || mediaType === "image/jpeg") return "image"
  if (mediaType === "application/vnd.openxmlformats-officedocument.wordprocessingml.document") return "docx"
  return "other"
}

/** Short names of the document types partners upload. */
export const typeName = (mediaType: string): string => {
  switch (previewKind(mediaType)) {
    case "pdf":
      return "PDF"
    case "image":
      return mediaType === "image/png" ? "PNG" : "JPEG"
    case "docx":
      return "DOCX"
    default:
      return mediaType
  }
}

/** A claimed target as the API names it ("workload:<tenant>:teams", "subscription:<id>") without the prefix. */
export const targetName = (key: string): string => {
  if (key.startsWith("workload:")) return key.slice(key.lastIndexOf(":") + 1)
  if (key.startsWith("subscription:")) return key.slice("subscription:".length)
  return key
}

/** The download address of a claim's proof document (same origin; the session cookie authorizes it). */
export const poeUrl = (claimId: string, poeId: string) =>
  `/api/v1/claims/${encodeURIComponent(claimId)}/poe/${encodeURIComponent(poeId)}`
