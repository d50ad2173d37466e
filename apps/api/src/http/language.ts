import { DEFAULT_LANGUAGE, isLanguage, type Language } from "@openpor/domain"

/**
 * The first of the five languages that an `Accept-Language` header accepts, by quality then order
 * (`de-CH` counts as `de`; `*` and unknown tags are skipped), or undefined.
 */
export const acceptedLanguage = (header: string | undefined | null): Language | undefined => {
  if (header === undefined || header === null || header.length > 1000) return undefined
  const ranked = header
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";")
      const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/i.exec(p)).find((m) => m !== null)
      const quality = q === undefined || q === null ? 1 : Number(q[1])
      return { primary: tag.trim().toLowerCase().split("-")[0] ?? "", quality, index }
    })
    .filter((r) => Number.isFinite(r.quality) && r.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index)
  return ranked.map((r) => r.primary).find(isLanguage)
}

/**
 * The language of a document for the requester: the one asked for (`lang`), else the user's setting
 * (`PATCH /me`), else `Accept-Language`, else English.
 */
export const requestLanguage = (
  asked: Language | undefined,
  setting: Language | null,
  acceptLanguage: string | undefined
): Language => asked ?? setting ?? acceptedLanguage(acceptLanguage) ?? DEFAULT_LANGUAGE
