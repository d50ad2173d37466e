import { Effect, Layer } from "effect"
import { Secrets } from "../../auth/auth.ts"

/**
 * A deterministic 256-bit hex digest (four FNV-1a lanes). For tests only: it is not a cryptographic
 * hash, it just keeps the shape (64 hex characters) and the determinism the callers rely on.
 */
const digest = (value: string): string => {
  const lanes = [0x811c9dc5, 0x01000193, 0x6a09e667, 0xbb67ae85]
  const out: Array<string> = []
  for (const [i, seed] of lanes.entries()) {
    let h = seed >>> 0
    for (let k = 0; k < value.length; k++) {
      h ^= value.charCodeAt(k) + i
      h = Math.imul(h, 0x01000193) >>> 0
    }
    for (let round = 0; round < 2; round++) {
      h ^= h >>> 15
      h = Math.imul(h, 0x2c1b3c6d) >>> 0
      out.push(h.toString(16).padStart(8, "0"))
    }
  }
  return out.join("")
}

/** Secrets for tests: readable password "hashes", random tokens, a fixed signing key. */
export const secretsMemory = (signingKey = "test-signing-key"): Layer.Layer<Secrets> =>
  Layer.succeed(
    Secrets,
    Secrets.of({
      hashPassword: (password) => Effect.succeed(`test-hash:${digest(password)}`),
      verifyPassword: (password, hash) => Effect.succeed(hash === `test-hash:${digest(password)}`),
      randomToken: Effect.sync(() => {
        const bytes = globalThis.crypto.getRandomValues(new Uint8Array(32))
        return btoa(String.fromCharCode(...bytes))
          .replace(/\+/g, "-")
          .replace(/\//g, "_")
          .replace(/=+$/, "")
      }),
      sha256: digest,
      sign: (value) => digest(`${signingKey}:${value}`)
    })
  )
