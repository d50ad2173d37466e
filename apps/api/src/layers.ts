import { Db, layerFromConfig, RepositoriesLive, TransactorLive } from "@openpor/db"
import { ClockOffsetStoreLive } from "@openpor/db/repositories/calendar"
import {
  AuthService,
  Calendar,
  CalendarConfig,
  Clock,
  DirectoryService,
  JobWorker,
  layerControllable,
  Outbox
} from "@openpor/domain"
import { Layer } from "effect"
import type { ServerConfig } from "./config.ts"
import { DrainJobs, JobHandlersLive } from "./jobs.ts"
import { DevMailerLive, SmtpMailerLive } from "./platform/mailer.ts"
import { SecretsLive } from "./platform/secrets.ts"

/**
 * The application layer: database and repositories, clock (system or test), mailer (SMTP or dev
 * mailbox), secrets, and the domain services. One ManagedRuntime is built from it per process.
 */
export const makeAppLayer = (config: ServerConfig, signingSecret: string) => {
  const dbBase = Db.layerFrom(config.database)
  const clock = config.testClock
    ? layerControllable.pipe(Layer.provide(ClockOffsetStoreLive), Layer.provide(dbBase))
    : Clock.layer
  const repositories = RepositoriesLive.pipe(Layer.provideMerge(clock), Layer.provideMerge(dbBase))
  const mailer =
    config.smtpUrl === undefined ? DevMailerLive : SmtpMailerLive(config.smtpUrl, config.mailFrom)
  const calendarConfig = Layer.succeed(CalendarConfig, {
    timeZone: config.calendarTimeZone,
    fiscalYearStartMonth: config.fiscalYearStartMonth
  })
  const base = Layer.mergeAll(mailer, SecretsLive(signingSecret), calendarConfig).pipe(
    Layer.provideMerge(repositories)
  )
  const outbox = Outbox.layer.pipe(Layer.provideMerge(base))
  const worker = JobWorker.layer.pipe(Layer.provide(JobHandlersLive), Layer.provideMerge(outbox))
  const services = Layer.mergeAll(
    AuthService.layer,
    DirectoryService.layer,
    Calendar.layer,
    DrainJobs.layer
  ).pipe(Layer.provideMerge(worker))
  return services
}

export type AppServices = Layer.Success<ReturnType<typeof makeAppLayer>>

export { layerFromConfig, TransactorLive }
