import { Db, RepositoriesLive } from "@openpor/db"
import { ClockOffsetStoreLive } from "@openpor/db/repositories/calendar"
import { RepositoriesTraced } from "@openpor/db/telemetry"
import {
  AppConfig,
  AttributionPolicy,
  AttributionService,
  AuthService,
  BulkClaimsService,
  Calendar,
  CalendarConfig,
  ClaimsConfig,
  ClaimsService,
  Clock,
  DirectoryService,
  EnrollmentService,
  ExportService,
  JobHandlersLive,
  JobWorker,
  layerControllableFrom,
  NotificationService,
  Outbox,
  PorService,
  SsoConfig,
  SsoService,
  UsageService,
  UserAdminService,
  WallClock,
  WebhookConfig,
  WebhookEvents,
  WebhookService
} from "@openpor/domain"
import { Layer, type Redacted } from "effect"
import type { ServerConfig } from "./config.ts"
import { RequestOrigin } from "./http/request-origin.ts"
import { DrainJobs } from "./jobs.ts"
import { LocalBlobStoreLive } from "./platform/blob-store.ts"
import { DevMailerLive, SmtpMailerLive } from "./platform/mailer.ts"
import { OidcDiscoveryLive } from "./platform/oidc.ts"
import { ZxcvbnPasswordPolicyLive } from "./platform/password-policy.ts"
import { SecretsLive } from "./platform/secrets.ts"
import { FetchWebhookSenderLive } from "./platform/webhook-sender.ts"
import { appVersion, telemetryLayer } from "./telemetry.ts"

/**
 * The application layer: database and repositories, clock (system or test), mailer (SMTP or dev
 * mailbox), secrets, settings, and the domain services. One ManagedRuntime is built from it per process.
 */
export const makeAppLayer = (config: ServerConfig, signingSecret: Redacted.Redacted<string>) => {
  const dbBase = Db.layerFrom(config.database)
  const clock = config.testClock
    ? layerControllableFrom(config.testClockStart).pipe(
        Layer.provide(ClockOffsetStoreLive),
        Layer.provide(dbBase)
      )
    : Clock.layer
  // Business time (Clock, possibly the test clock) and real time (WallClock: sessions, lockouts).
  const clocks = Layer.merge(clock, WallClock.layer)
  // Telemetry on (decision 028): every repository call in a span; off, the repositories as they are.
  const repositories = (config.telemetry === undefined ? RepositoriesLive : RepositoriesTraced).pipe(
    Layer.provideMerge(clocks),
    Layer.provideMerge(dbBase)
  )
  const mailer =
    config.smtpUrl === undefined ? DevMailerLive : SmtpMailerLive(config.smtpUrl, config.mailFrom)
  // The domain's settings, from the configuration (whose defaults are the domain's own).
  const settings = Layer.mergeAll(
    Layer.succeed(CalendarConfig, config.calendar),
    Layer.succeed(AppConfig, { publicUrl: config.publicUrl }),
    Layer.succeed(RequestOrigin, { trustProxy: config.trustProxy, publicUrl: config.publicUrl }),
    Layer.succeed(AttributionPolicy, config.policyTimeline),
    Layer.succeed(ClaimsConfig, config.claims),
    Layer.succeed(WebhookConfig, config.webhooks),
    Layer.succeed(SsoConfig, { allowHttpLocalhost: !config.production }),
    OidcDiscoveryLive(!config.production)
  )
  const base = Layer.mergeAll(mailer, SecretsLive(signingSecret), ZxcvbnPasswordPolicyLive, settings).pipe(
    Layer.provideMerge(repositories)
  )
  const outbox = Layer.mergeAll(Outbox.layer, WebhookEvents.layer, FetchWebhookSenderLive).pipe(
    Layer.provideMerge(base)
  )
  const calendar = Calendar.layer.pipe(Layer.provideMerge(outbox))
  const domain = Layer.mergeAll(
    AuthService.layer,
    DirectoryService.layer,
    UserAdminService.layer,
    EnrollmentService.layer,
    ClaimsService.layer,
    PorService.layer,
    AttributionService.layer,
    NotificationService.layer,
    UsageService.layer,
    SsoService.layer,
    BulkClaimsService.layer,
    WebhookService.layer
  ).pipe(Layer.provideMerge(LocalBlobStoreLive(config.blobDirectory)), Layer.provideMerge(calendar))
  // The exports read through the attribution service (its visibility rules), so they sit on the domain.
  const exports = ExportService.layer.pipe(Layer.provideMerge(domain))
  const worker = JobWorker.layer.pipe(Layer.provide(JobHandlersLive), Layer.provideMerge(exports))
  const app = DrainJobs.layer(config.jobLeaseMillis).pipe(Layer.provideMerge(worker))
  if (config.telemetry === undefined) return app
  // The OTLP exporters (and their tracer) under everything: every effect the runtime runs is traced.
  return app.pipe(
    Layer.provideMerge(
      telemetryLayer(config.telemetry, { version: appVersion, role: config.role }).pipe(Layer.provide(dbBase))
    )
  )
}

export type AppServices = Layer.Success<ReturnType<typeof makeAppLayer>>
