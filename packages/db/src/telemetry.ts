import { Context, Effect, Layer } from "effect"
import { Db } from "./db.ts"
import { RepositoriesLive } from "./index.ts"

/**
 * A span per call at the repository edge (decision 028): every method of every repository (and the
 * Transactor's `transaction`) runs in a span named `<Service>.<method>` (`ClaimRepository.save`,
 * `Transactor.transaction`), with the database system as an attribute. Used only when telemetry is on:
 * with it off the repositories are not wrapped at all, so they cost what they did.
 */
export const traceService = <S extends object>(
  name: string,
  service: S,
  attributes: Readonly<Record<string, unknown>>
): S => {
  const options = { attributes, kind: "client" as const }
  const traced: Record<string, unknown> = {}
  for (const [method, value] of Object.entries(service)) {
    const span = `${name}.${method}`
    if (typeof value === "function") {
      traced[method] = (...args: Array<unknown>) => {
        const result = (value as (...a: Array<unknown>) => unknown).apply(service, args)
        return Effect.isEffect(result) ? Effect.withSpan(result, span, options) : result
      }
    } else traced[method] = Effect.isEffect(value) ? Effect.withSpan(value, span, options) : value
  }
  return traced as S
}

/** The short name of a service key (`@openpor/domain/claims/ClaimRepository` → `ClaimRepository`). */
const shortName = (key: string) => key.slice(key.lastIndexOf("/") + 1)

/** The repositories of {@link RepositoriesLive}, each method in its own span. */
export const RepositoriesTraced = Layer.flatMap(RepositoriesLive, (context) =>
  Layer.effectContext(
    Effect.gen(function* () {
      const db = yield* Db
      const attributes = { "db.system.name": db.dialect === "postgres" ? "postgresql" : "sqlite" }
      const services = new Map<string, unknown>()
      for (const [key, service] of context.mapUnsafe)
        services.set(
          key,
          typeof service === "object" && service !== null
            ? traceService(shortName(key), service, attributes)
            : service
        )
      return Context.makeUnsafe<Layer.Success<typeof RepositoriesLive>>(services)
    })
  )
)
