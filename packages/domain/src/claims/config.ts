import { Context } from "effect"
import { SUBSCRIPTIONS_EXPIRED_JOB } from "../directory/model.ts"
import { JobKind } from "../jobs/model.ts"
import { type ClaimSettings, defaultClaimSettings } from "./model.ts"

/** The claims deadlines in force (SPEC §5; the API provides the configured numbers). */
export const ClaimsConfig = Context.Reference<ClaimSettings>("@openpor/domain/claims/ClaimsConfig", {
  defaultValue: () => defaultClaimSettings
})

export { SUBSCRIPTIONS_EXPIRED_JOB }
/** The job kind of the consent window's end (the claim's association becomes official if nobody declined). */
export const CONSENT_WINDOW_JOB = JobKind.consentWindow
/** The job kind of the partner-response deadline of a claim in `partner_action_required`. */
export const PARTNER_RESPONSE_JOB = JobKind.partnerResponse

/** Proof-of-execution documents one claim holds at most (409 too_many_poe beyond). */
export const MAX_POE_PER_CLAIM = 20
