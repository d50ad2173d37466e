import {
  IdentityRepository,
  Location,
  type LocationId,
  Organization,
  type OrganizationId,
  type PartnerId,
  RoleAssignment,
  Session,
  type SessionId,
  SessionRepository,
  User,
  type UserId
} from "@openpor/domain"
import { Effect, Layer, Option } from "effect"
import type { KyselyPlugin } from "kysely"
import { afterAll, assert, beforeAll, describe, it } from "vitest"
import { Db } from "../src/db.ts"
import { SessionRepositoryLive } from "../src/repositories/sessions.ts"
import { createTestDatabase, dialects, type TestDatabase, testLayer } from "./harness.ts"

/** Counts the statements Kysely runs (every query's result passes here once). */
const countingPlugin = () => {
  let count = 0
  const plugin: KyselyPlugin = {
    transformQuery: (args) => args.node,
    transformResult: async (args) => {
      count++
      return args.result
    }
  }
  return { plugin, count: () => count, reset: () => (count = 0) }
}

describe.each(dialects)("sessions on %s", (dialect) => {
  let database: TestDatabase
  beforeAll(async () => {
    database = await createTestDatabase(dialect)
  })
  afterAll(async () => database.drop())

  const counter = countingPlugin()
  /** The repositories; `counted`: the session repository reading through a Db that counts statements. */
  const run = <A>(effect: Effect.Effect<A, never, IdentityRepository | SessionRepository>) =>
    Effect.runPromise(effect.pipe(Effect.provide(testLayer(database))))
  const counted = <A>(effect: Effect.Effect<A, never, SessionRepository>) => {
    const countingDb = Layer.effect(
      Db,
      Effect.map(Effect.service(Db), (db) =>
        Db.of({
          ...db,
          kysely: db.kysely.withPlugin(counter.plugin),
          executor: Effect.map(db.executor, (k) => k.withPlugin(counter.plugin))
        })
      )
    )
    const sessions = SessionRepositoryLive.pipe(
      Layer.provide(countingDb),
      Layer.provide(Db.layerFrom(database.config))
    )
    return Effect.runPromise(effect.pipe(Effect.provide(sessions)))
  }

  const userId = "usr_sessions" as UserId
  const organizationId = "org_sessions" as OrganizationId
  const locationId = "loc_sessions" as LocationId
  const session = new Session({
    id: "ses_one" as SessionId,
    userId,
    tokenHash: "hash-one",
    csrfToken: "csrf-one",
    createdAt: new Date("2026-11-29T10:00:00.000Z"),
    expiresAt: new Date("2026-11-29T18:00:00.000Z"),
    lastSeenAt: new Date("2026-11-29T10:05:00.000Z")
  })

  it("finds a session with its user and roles in one statement, and sees a role change at once", async () => {
    await run(
      Effect.gen(function* () {
        const identity = yield* IdentityRepository
        yield* identity.upsertOrganization(new Organization({ id: organizationId, name: "Sessions Ltd" }))
        yield* identity.upsertLocation(
          new Location({
            id: locationId,
            organizationId,
            partnerId: "7654321" as PartnerId,
            name: "Sessions HQ",
            city: "Oslo",
            country: "NO"
          })
        )
        yield* identity.insertUser(
          new User({
            id: userId,
            email: "sessions@example.com",
            displayName: "Sessions User",
            kind: "partner",
            organizationId,
            tenantId: null,
            active: true
          }),
          "hash"
        )
        yield* identity.assignRole(new RoleAssignment({ userId, role: "incentives_user", locationId }))
        yield* identity.assignRole(new RoleAssignment({ userId, role: "global_admin", locationId: null }))
        yield* SessionRepository.use((s) => s.insert(session))
      })
    )

    counter.reset()
    const found = await counted(SessionRepository.use((s) => s.findSignedIn("hash-one")))
    assert.strictEqual(counter.count(), 1)
    assert.isTrue(Option.isSome(found))
    if (Option.isNone(found)) return
    assert.deepStrictEqual(found.value.session, session)
    assert.deepStrictEqual(
      found.value.user,
      new User({
        id: userId,
        email: "sessions@example.com",
        displayName: "Sessions User",
        kind: "partner",
        organizationId,
        tenantId: null,
        active: true
      })
    )
    // As IdentityRepository.rolesOf answers them (ordered by role, then location).
    const roles = await run(IdentityRepository.use((i) => i.rolesOf(userId)))
    assert.deepStrictEqual(found.value.roles, roles)
    assert.deepStrictEqual(
      found.value.roles.map((r) => [r.role, r.locationId]),
      [
        ["global_admin", null],
        ["incentives_user", locationId]
      ]
    )

    // A role removed and the user deactivated: the next lookup sees both.
    await run(
      IdentityRepository.use((i) =>
        Effect.andThen(
          i.removeRole(new RoleAssignment({ userId, role: "global_admin", locationId: null })),
          i.setUserActive(userId, false)
        )
      )
    )
    counter.reset()
    const after = await counted(SessionRepository.use((s) => s.findSignedIn("hash-one")))
    assert.strictEqual(counter.count(), 1)
    assert.isTrue(Option.isSome(after))
    if (Option.isSome(after)) {
      assert.deepStrictEqual(
        after.value.roles.map((r) => [r.role, r.locationId]),
        [["incentives_user", locationId]]
      )
      assert.isFalse(after.value.user.active)
    }

    // Every role removed: an empty list, still one statement.
    await run(
      IdentityRepository.use((i) =>
        i.removeRole(new RoleAssignment({ userId, role: "incentives_user", locationId }))
      )
    )
    counter.reset()
    const none = await counted(SessionRepository.use((s) => s.findSignedIn("hash-one")))
    assert.strictEqual(counter.count(), 1)
    assert.deepStrictEqual(
      Option.map(none, (v) => v.roles),
      Option.some([])
    )

    const unknown = await counted(SessionRepository.use((s) => s.findSignedIn("no-such-hash")))
    assert.isTrue(Option.isNone(unknown))
  })
})
