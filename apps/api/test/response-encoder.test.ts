import { Arbitrary, Effect, Schema } from "effect"
import { describe, expect, it } from "vitest"
import { readConfig } from "../src/config.ts"
import { fastEncoder } from "../src/http/response-encoder.ts"
import { routeGroups } from "../src/server.ts"

/**
 * The compiled response encoders answer exactly what Schema's encoder answers, for generated values of
 * every route's response schema (and fall back to it for what they do not compile).
 */
const routes = routeGroups(readConfig({ OPENPOR_CLOCK: "test" }, {})).flatMap((g) =>
  g.routes.flatMap((r) =>
    r.spec.response === undefined ? [] : [{ id: r.spec.operationId, schema: r.spec.response }]
  )
)

describe("compiled response encoders", () => {
  it("cover the views of the API (claims, lists, the queue, /me)", () => {
    const compiled = routes.filter((r) => fastEncoder(r.schema) !== undefined).map((r) => r.id)
    for (const id of [
      "getClaim",
      "listClaims",
      "reviewQueue",
      "getMe",
      "commentOnClaim",
      "submitClaim",
      "decideClaim"
    ])
      expect(compiled, id).toContain(id)
    expect(compiled.length).toBeGreaterThan(routes.length / 2)
  })

  it.each(routes)("$id: the same JSON as Schema's encoder for generated answers", async ({ schema }) => {
    const fast = fastEncoder(schema)
    if (fast === undefined) return
    const slow = Schema.encodeUnknownSync(schema as Schema.Codec<unknown, unknown>)
    const values = await Effect.runPromise(
      Arbitrary.sampleEffect(Arbitrary.schema(schema as Schema.Codec<unknown, unknown>), { count: 25 })
    )
    expect(values.length).toBeGreaterThan(0)
    for (const value of values) expect(JSON.stringify(fast(value))).toBe(JSON.stringify(slow(value)))
  })
})
