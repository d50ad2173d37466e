import { Context, Redacted, Schema } from "effect"
import { ClaimStatus, ConsentStatus } from "../claims/model.ts"
import { EnrollmentState } from "../enrollment/model.ts"
import type { OrganizationId } from "../ids.ts"

/**
 * Webhooks (SPEC §12): endpoints of a partner organization (its Global admins) or of the vendor (its
 * operators) receive events signed per the Standard Webhooks specification. The vocabulary of event
 * types is defined once here; the OpenAPI document, the client's list and the apps derive from it.
 */
export const WebhookEventType = Schema.Literals([
  "claim.status_changed",
  "claim.consent_changed",
  "claim.arbitration_joined",
  "claim.case_resolved",
  "enrollment.state_changed",
  "dpor.added",
  "dpor.removed",
  "endpoint.test"
])
export type WebhookEventType = typeof WebhookEventType.Type

/** The types an endpoint may subscribe to ("endpoint.test" is only sent by the test button). */
export const SUBSCRIBABLE_EVENT_TYPES = WebhookEventType.literals.filter(
  (t): t is Exclude<WebhookEventType, "endpoint.test"> => t !== "endpoint.test"
)

/** Whose events an endpoint receives: one partner organization's, or the vendor's (all). */
export const WebhookScope = Schema.Literals(["organization", "vendor"])
/** An endpoint's scope (see the {@link WebhookScope} schema). */
export type WebhookScope = typeof WebhookScope.Type

/** Why an endpoint is disabled: it kept failing, or someone disabled it. */
export const WebhookDisabledReason = Schema.Literals(["failing", "manual"])
/** Why an endpoint is disabled (see the {@link WebhookDisabledReason} schema). */
export type WebhookDisabledReason = typeof WebhookDisabledReason.Type

/** A delivery's status: pending (with retries left), succeeded or failed. */
export const WebhookDeliveryStatus = Schema.Literals(["pending", "succeeded", "failed"])
/** A delivery status (see the {@link WebhookDeliveryStatus} schema). */
export type WebhookDeliveryStatus = typeof WebhookDeliveryStatus.Type

// ── Event payloads (each a stable JSON schema, shown under `webhooks` in the OpenAPI document) ──

const Instant = Schema.String.annotate({ description: "ISO-8601 instant", format: "date-time" })

/** Who an event is about: the claiming (or named) organization and its PartnerID. */
const Party = {
  organizationId: Schema.String.annotate({ description: "The partner organization the event is about" }),
  partnerId: Schema.String.annotate({ description: "The PartnerID (location) the event is about" })
}

/** The `data` of a `claim.status_changed` event: the claim, its partner, and the status before and after. */
export const ClaimStatusChangedData = Schema.Struct({
  claimId: Schema.String,
  ...Party,
  from: ClaimStatus,
  to: ClaimStatus
})
/**
 * The `data` of a `claim.consent_changed` event: the claim, its partner, and the consent status before and
 * after.
 */
export const ClaimConsentChangedData = Schema.Struct({
  claimId: Schema.String,
  ...Party,
  from: Schema.NullOr(ConsentStatus),
  to: Schema.NullOr(ConsentStatus)
})
/** The `data` of a `claim.arbitration_joined` event: the claim, its partner and the case. */
export const ClaimArbitrationJoinedData = Schema.Struct({
  claimId: Schema.String,
  ...Party,
  caseId: Schema.String
})
/** The `data` of a `claim.case_resolved` event: the claim, its partner, the case and its outcome. */
export const ClaimCaseResolvedData = Schema.Struct({
  claimId: Schema.String,
  ...Party,
  caseId: Schema.String,
  outcome: Schema.Literals(["won", "lost"]).annotate({ description: "This claim's outcome (only its own)" })
})
/** The `data` of an `enrollment.state_changed` event: the enrollment, its partner, program and states. */
export const EnrollmentStateChangedData = Schema.Struct({
  enrollmentId: Schema.String,
  ...Party,
  programId: Schema.String,
  fiscalYear: Schema.String,
  from: EnrollmentState,
  to: EnrollmentState
})
/** The `data` of a `dpor.added` or `dpor.removed` event: the subscription, its tenant and the partner. */
export const DporChangedData = Schema.Struct({
  subscriptionId: Schema.String,
  tenantId: Schema.String,
  ...Party
})
/** The `data` of a test event sent to check an endpoint. */
export const EndpointTestData = Schema.Struct({
  endpointId: Schema.String,
  message: Schema.String
})

/** Each event type's `data`. */
export const webhookEventData = {
  "claim.status_changed": ClaimStatusChangedData,
  "claim.consent_changed": ClaimConsentChangedData,
  "claim.arbitration_joined": ClaimArbitrationJoinedData,
  "claim.case_resolved": ClaimCaseResolvedData,
  "enrollment.state_changed": EnrollmentStateChangedData,
  "dpor.added": DporChangedData,
  "dpor.removed": DporChangedData,
  "endpoint.test": EndpointTestData
} as const satisfies Record<WebhookEventType, Schema.Top>

/** One sentence per event type, for the API document and the apps. */
export const webhookEventDescriptions: Record<WebhookEventType, string> = {
  "claim.status_changed": "A claim's status changed (e.g. submitted → under_review → approved).",
  "claim.consent_changed":
    "The customer's consent on a claim changed (awaiting_response, accepted, declined, lapsed).",
  "claim.arbitration_joined":
    "A claim became a party of an arbitration case (the other parties are never named).",
  "claim.case_resolved": "The arbitration case of a claim was resolved: this claim's outcome only.",
  "enrollment.state_changed": "An enrollment of a location in a program changed state.",
  "dpor.added": "A customer named the partner (PartnerID) Digital Partner of Record on a subscription.",
  "dpor.removed":
    "The partner (PartnerID) is no longer Digital Partner of Record on a subscription (removed or replaced).",
  "endpoint.test": "A test event, sent only by the endpoint's test button."
}

/** The JSON body of one event type: `{ id, type, timestamp, data }`. */
export const webhookEventBody = <T extends WebhookEventType>(type: T) =>
  Schema.Struct({
    id: Schema.String.annotate({ description: "The event's id (evt_…), the same for every endpoint" }),
    type: Schema.Literal(type),
    timestamp: Instant,
    data: webhookEventData[type]
  })

type DataOf<T extends WebhookEventType> = (typeof webhookEventData)[T]["Type"]

/**
 * An event to publish: its type, its data, and the organization it is about (partner endpoints of
 * that organization receive it; vendor endpoints receive every event). `null`: vendor endpoints only.
 */
export type WebhookEvent = {
  readonly [T in WebhookEventType]: {
    readonly type: T
    readonly organizationId: OrganizationId | string | null
    readonly data: DataOf<T>
  }
}[WebhookEventType]

/** One attempt to deliver, as recorded. */
export const WebhookAttempt = Schema.Struct({
  at: Schema.Date,
  statusCode: Schema.NullOr(Schema.Number),
  durationMs: Schema.Number,
  error: Schema.NullOr(Schema.String),
  responseExcerpt: Schema.NullOr(Schema.String)
})
export type WebhookAttempt = typeof WebhookAttempt.Type

/**
 * A webhook endpoint as stored: scope, URL, event types, signing secret, and whether and why it is disabled.
 */
export interface WebhookEndpoint {
  readonly id: string
  readonly scope: WebhookScope
  readonly organizationId: string | null
  readonly url: string
  readonly description: string | null
  readonly eventTypes: ReadonlyArray<WebhookEventType>
  readonly enabled: boolean
  readonly disabledReason: WebhookDisabledReason | null
  readonly failingSince: Date | null
  /** The signing secret (`whsec_…`), needed in clear to sign; never logged, shown on create/rotate only. */
  readonly secret: Redacted.Redacted<string>
  readonly createdAt: Date
  readonly updatedAt: Date
  readonly version: number
}

/** One event's delivery to one endpoint: the body, status, attempts and next try. */
export interface WebhookDelivery {
  /** The `webhook-id` header's value (`msg_…`), the same on every attempt: receivers de-duplicate by it. */
  readonly id: string
  readonly endpointId: string
  readonly eventId: string
  readonly eventType: WebhookEventType
  /** The exact JSON body sent. */
  readonly payload: string
  readonly status: WebhookDeliveryStatus
  readonly attempts: number
  readonly createdAt: Date
  readonly lastAttemptAt: Date | null
  readonly nextAttemptAt: Date | null
  readonly lastStatusCode: number | null
  readonly attemptLog: ReadonlyArray<WebhookAttempt>
}

/** A delivery with its endpoint (what the worker needs to send it). */
export interface DeliveryWithEndpoint {
  readonly delivery: WebhookDelivery
  readonly endpoint: WebhookEndpoint
}

/**
 * Attempts of one delivery. The job backoff (5 s doubling, capped at 1 h) sums to 24.4 hours over
 * the 33 waits between 34 attempts: a receiver down for a day still gets the event.
 */
export const WEBHOOK_DELIVERY_ATTEMPTS = 34

/** How long one request may take. */
export const WEBHOOK_TIMEOUT_MILLIS = 10_000

/** Bytes of the response body kept with an attempt. */
export const RESPONSE_EXCERPT_CHARS = 1024

/** The webhooks' settings (the API provides the configured numbers and the production flag). */
export interface WebhookSettings {
  /** Outside production, http://localhost and http://127.0.0.1 are allowed too. */
  readonly production: boolean
  /** An endpoint failing this long (since its first failure, no success since) is disabled. */
  readonly disableAfterMillis: number
}

/**
 * The default webhook settings: not production (http to localhost allowed), an endpoint failing for 3 days is
 * disabled.
 */
export const defaultWebhookSettings: WebhookSettings = {
  production: false,
  disableAfterMillis: 3 * 24 * 60 * 60 * 1000
}

/** The webhook settings in effect (default {@link defaultWebhookSettings}). */
export const WebhookConfig = Context.Reference<WebhookSettings>("@openpor/domain/webhooks/WebhookConfig", {
  defaultValue: () => defaultWebhookSettings
})

/** A new signing secret: `whsec_` and 32 random bytes in base64 (Standard Webhooks). */
export const newWebhookSecret = (): Redacted.Redacted<string> => {
  const bytes = new Uint8Array(32)
  globalThis.crypto.getRandomValues(bytes)
  return Redacted.make(`whsec_${btoa(String.fromCharCode(...bytes))}`)
}

/** What the views show of a secret: its last four characters. */
export const secretHint = (secret: Redacted.Redacted<string>): string =>
  `whsec_…${Redacted.value(secret).slice(-4)}`

/** Why a URL is refused, or undefined when it is allowed. */
export const urlProblem = (url: string, settings: WebhookSettings): string | undefined => {
  if (url.length > 2000) return "The URL is longer than 2000 characters"
  if (!URL.canParse(url)) return "Not a URL"
  const parsed = new URL(url)
  if (parsed.username !== "" || parsed.password !== "") return "The URL must not carry credentials"
  if (parsed.protocol === "https:") return undefined
  const local = parsed.hostname === "localhost" || parsed.hostname === "127.0.0.1"
  if (parsed.protocol === "http:" && local && !settings.production) return undefined
  return settings.production
    ? "The URL must use https"
    : "The URL must use https (http only to localhost or 127.0.0.1 outside production)"
}
