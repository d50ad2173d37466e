import { Schema } from "effect"
import { IsoDate } from "../calendar/business-calendar.ts"
import { Channel, SolutionArea, Workload } from "../catalog/catalog.ts"
import { SubscriptionId, TenantId } from "../ids.ts"
import { JobKind } from "../jobs/model.ts"

/** A subscription's state: not yet provisioned, active, in its grace period, or expired. */
export const SubscriptionState = Schema.Literals(["not_provisioned", "active", "grace", "expired"])
/** A subscription state (see the {@link SubscriptionState} schema). */
export type SubscriptionState = typeof SubscriptionState.Type

const DomainName = Schema.String.check(
  Schema.isPattern(/^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/, {
    message: "a domain is a lower-case DNS name such as contoso.com"
  })
)

/** A customer tenant: its id, name, domains and workloads. */
export class Tenant extends Schema.Class<Tenant>("@openpor/domain/directory/Tenant")({
  id: TenantId,
  name: Schema.String.check(Schema.isMinLength(1), Schema.isMaxLength(200)),
  domains: Schema.Array(DomainName).check(Schema.isMinLength(1)),
  workloads: Schema.Array(Workload)
}) {}

/** A customer's subscription: its tenant, product, solution area, channel, state, provisioning and expiry. */
export class Subscription extends Schema.Class<Subscription>("@openpor/domain/directory/Subscription")({
  id: SubscriptionId,
  tenantId: TenantId,
  product: Schema.String.check(Schema.isMinLength(1), Schema.isMaxLength(200)),
  solutionArea: SolutionArea,
  channel: Channel,
  state: SubscriptionState,
  provisionedAt: Schema.NullOr(IsoDate),
  expiresAt: Schema.NullOr(IsoDate)
}) {}

/** Bulk upsert body of the directory import (JSON); CSV rows are converted to the same shape. */
export const DirectoryImport = Schema.Struct({
  tenants: Schema.optionalKey(Schema.Array(Tenant)),
  subscriptions: Schema.optionalKey(Schema.Array(Subscription))
})
export type DirectoryImport = typeof DirectoryImport.Type

/** What a directory import changed: tenants and subscriptions created and updated. */
export interface ImportResult {
  readonly tenantsCreated: number
  readonly tenantsUpdated: number
  readonly subscriptionsCreated: number
  readonly subscriptionsUpdated: number
  /** Subscriptions that changed to `expired` in this import (Business Applications associations end). */
  readonly expiredSubscriptionIds: ReadonlyArray<SubscriptionId>
}

/** Job that ends Business Applications associations of subscriptions an import marked expired. */
export const SUBSCRIPTIONS_EXPIRED_JOB = JobKind.subscriptionsExpired
