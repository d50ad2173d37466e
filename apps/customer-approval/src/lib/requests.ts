import type { ResponseOf } from "@openpor/api-client"
import type { Tone } from "@openpor/ui"

/** One association request as the API shows it to the customer. */
export type AssociationRequest = ResponseOf<"listAssociationRequests">["requests"][number]
export type TenantSubscription = ResponseOf<"listTenantSubscriptions">["subscriptions"][number]

export type Outcome = "waiting" | "declined" | "accepted" | "lapsed" | "rejected" | "ended" | "open"

/**
 * Where a request stands for the customer, and since when: declined (by the customer), ended (an
 * association that stopped), rejected (by the vendor), accepted or lapsed (deemed accepted), waiting for
 * the customer's decision, or open (e.g. under review without a consent window).
 */
export const outcomeOf = (
  request: AssociationRequest
): { readonly outcome: Outcome; readonly at: string | null } => {
  const consent = request.consent.status
  if (consent === "declined")
    return { outcome: "declined", at: request.consent.respondedAt ?? request.rejectedAt }
  if (request.status === "ended" || request.endedAt !== null) return { outcome: "ended", at: request.endedAt }
  if (request.status === "rejected" || request.status === "rejected_final")
    return { outcome: "rejected", at: request.rejectedAt }
  if (consent === "accepted") return { outcome: "accepted", at: request.consent.respondedAt }
  if (consent === "lapsed") return { outcome: "lapsed", at: request.consent.windowEndsAt }
  if (consent === "awaiting_response") return { outcome: "waiting", at: request.consent.windowEndsAt }
  return { outcome: "open", at: null }
}

export const OUTCOME_TONES: Readonly<Record<Outcome, Tone>> = {
  waiting: "warning",
  declined: "danger",
  accepted: "success",
  lapsed: "success",
  rejected: "neutral",
  ended: "neutral",
  open: "info"
}

/**
 * Names of the default catalog's workloads (SPEC appendix A). They are product names, the same in every
 * language; an unknown code is shown as it is.
 */
export const WORKLOAD_NAMES: Readonly<Record<string, string>> = {
  exchange: "Exchange Online",
  sharepoint: "SharePoint Online",
  teams: "Microsoft Teams",
  intune: "Microsoft Intune",
  defender_endpoint: "Microsoft Defender for Endpoint",
  defender_office365: "Microsoft Defender for Office 365",
  entra_id_p1: "Microsoft Entra ID P1/P2",
  purview_information_protection: "Microsoft Purview Information Protection",
  viva: "Microsoft Viva"
}

export const workloadName = (code: string): string => WORKLOAD_NAMES[code] ?? code

/** A catalog label for an API code (`claimStatus`, `channels`, …); unknown codes are shown as they are. */
export const labelOf = (labels: Readonly<Record<string, string>>, code: string | null): string =>
  code === null ? "" : Object.hasOwn(labels, code) ? labels[code]! : code
