import { execFileSync } from "node:child_process"
import { fileURLToPath } from "node:url"
import { describe, expect, it } from "vitest"

const apiRoot = fileURLToPath(new URL("..", import.meta.url))

/**
 * Run in a fresh node process (vitest's module graph would hide what node loads): a resolve hook notes
 * every `@zxcvbn-ts/*` module; the script imports the whole server (routes, layers, the policy), then
 * checks a short password (refused before the estimator is needed), then a common one.
 */
const script = `
import { registerHooks } from "node:module"
const loaded = []
registerHooks({
  resolve(specifier, context, next) {
    if (specifier.startsWith("@zxcvbn-ts/")) loaded.push(specifier)
    return next(specifier, context)
  }
})
await import("./src/server.ts")
const { ZxcvbnPasswordPolicyLive } = await import("./src/platform/password-policy.ts")
const { PasswordPolicy } = await import("@openpor/domain")
const { Effect } = await import("effect")
const check = (password) =>
  Effect.runPromise(
    PasswordPolicy.use((p) => p.check(password, { email: "nora.newman@contoso.example", displayName: "Nora Newman" })).pipe(
      Effect.provide(ZxcvbnPasswordPolicyLive),
      Effect.as("ok"),
      Effect.catchTag("InvalidInput", (e) => Effect.succeed(e.reason))
    )
  )
const atStart = [...loaded]
const short = await check("short-pw")
const afterShort = [...loaded]
const common = await check("password1234")
const personal = await check("N0ra-Newman-99")
const strong = await check("violet-gravel-Harbor-47")
process.stdout.write(JSON.stringify({ atStart, short, afterShort, common, personal, strong, loaded }))
`

/** Issue 14 (memory): the estimator's dictionaries (~30 MB) are loaded by the first password check. */
describe("the password policy's estimator", () => {
  it("is not loaded with the server, only by the first check that needs it, and judges as before", () => {
    const out = execFileSync(process.execPath, ["--input-type=module", "-e", script], {
      cwd: apiRoot,
      encoding: "utf8",
      timeout: 60_000
    })
    const result = JSON.parse(out) as Record<string, unknown>
    expect(result.atStart).toEqual([])
    expect(result.short).toMatch(/at least 12 characters/)
    expect(result.afterShort).toEqual([])
    expect(result.common).toMatch(/commonly used password/)
    expect(result.personal).toMatch(/name or email address/)
    expect(result.strong).toBe("ok")
    expect(result.loaded).toEqual(
      expect.arrayContaining(["@zxcvbn-ts/core", "@zxcvbn-ts/language-common", "@zxcvbn-ts/language-en"])
    )
  })
})
