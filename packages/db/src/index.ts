import { Layer } from "effect"
import { Db, type DbConfig, TransactorLive } from "./db.ts"
import { AuditLogLive } from "./repositories/audit.ts"
import { BulkClaimsRepositoryLive } from "./repositories/bulk-claims.ts"
import { ClockOffsetStoreLive, HolidayRepositoryLive } from "./repositories/calendar.ts"
import { CaseRepositoryLive } from "./repositories/cases.ts"
import { ClaimRepositoryLive } from "./repositories/claims.ts"
import { DirectoryRepositoryLive } from "./repositories/directory.ts"
import { EnrollmentRepositoryLive } from "./repositories/enrollment.ts"
import { ExportRepositoryLive } from "./repositories/exports.ts"
import { IdempotencyStore } from "./repositories/idempotency.ts"
import { IdentityRepositoryLive } from "./repositories/identity.ts"
import { IdentityProviderRepositoryLive } from "./repositories/identity-providers.ts"
import { JobQueueLive } from "./repositories/jobs.ts"
import { DevMailboxLive, OutboxRepositoryLive } from "./repositories/outbox.ts"
import { AttributionBatchRepositoryLive, PorRepositoryLive } from "./repositories/por.ts"
import { LoginAttemptRepositoryLive, SessionRepositoryLive } from "./repositories/sessions.ts"
import { UsageRepositoryLive } from "./repositories/usage.ts"
import { UserSettingsRepositoryLive } from "./repositories/user-settings.ts"
import { WebhookRepositoryLive } from "./repositories/webhooks.ts"

export * from "./db.ts"
export { latestMigration } from "./migrations/index.ts"
export { IdempotencyStore, type Reservation } from "./repositories/idempotency.ts"
export type { Database } from "./schema.ts"
export { withStartupLock } from "./startup-lock.ts"

/** Every repository of the domain, implemented on the Db service (needs the domain's Clock). */
export const RepositoriesLive = Layer.mergeAll(
  TransactorLive,
  IdentityRepositoryLive,
  DirectoryRepositoryLive,
  HolidayRepositoryLive,
  ClockOffsetStoreLive,
  AuditLogLive,
  OutboxRepositoryLive,
  DevMailboxLive,
  JobQueueLive,
  SessionRepositoryLive,
  LoginAttemptRepositoryLive,
  EnrollmentRepositoryLive,
  ClaimRepositoryLive,
  CaseRepositoryLive,
  IdempotencyStore.layer,
  PorRepositoryLive,
  AttributionBatchRepositoryLive,
  UserSettingsRepositoryLive,
  UsageRepositoryLive,
  BulkClaimsRepositoryLive,
  ExportRepositoryLive,
  IdentityProviderRepositoryLive,
  WebhookRepositoryLive
)

export const layerFromConfig = (config: DbConfig) =>
  RepositoriesLive.pipe(Layer.provideMerge(Db.layerFrom(config)))
export { KnownVersions, VersionKey } from "./repositories/settings-versions.ts"
