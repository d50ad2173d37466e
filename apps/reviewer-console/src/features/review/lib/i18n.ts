import { useLocale, useTranslator } from "@openpor/ui"
import { reviewMessages } from "../messages.ts"

export { reviewMessages }

/** Translator for the review feature's strings in the current language. */
export const useReviewT = () => useTranslator(reviewMessages)

/** Label lookups for vocabularies that come from the API (statuses, reasons), with the raw value as fallback. */
export const useLabels = () => {
  const { locale } = useLocale()
  const m = () => reviewMessages[locale()]
  const pick = (table: Readonly<Record<string, string>>, value: string | null | undefined) =>
    value === null || value === undefined ? "" : (table[value] ?? value)
  return {
    status: (value: string) => pick(m().claimStatus, value),
    consent: (value: string | null) => pick(m().consentStatus, value ?? "none"),
    reason: (value: string | null) => pick(m().reason, value),
    area: (value: string) => pick(m().solutionArea, value),
    policy: (value: string) => pick(m().case.policy, value),
    actor: (value: string) => pick(m().claim.actor, value),
    author: (value: string) => pick(m().claim.author, value),
    /** A system notice (SystemNotice) in the reader's language, as the partner was told it. */
    notice: (value: string) => pick(m().claim.notices, value),
    /** "claim.approved" → "Approved"; an action this console does not know keeps its code. */
    historyAction: (value: string) => pick(m().historyActions, value.replace(/^claim\./, "")) || value
  }
}
