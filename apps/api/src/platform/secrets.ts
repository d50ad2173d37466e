import { createHash, createHmac, randomBytes, scrypt, timingSafeEqual } from "node:crypto"
import { Secrets } from "@openpor/domain"
import { Effect, Layer, Redacted } from "effect"

/**
 * Password hashing with node:crypto scrypt (N=16384, r=8, p=1, 32-byte key, 16-byte salt), stored as
 * `scrypt$N$r$p$salt$key` so parameters can be raised later without breaking old hashes.
 */
const N = 16384
const R = 8
const P = 1
const KEY_LENGTH = 32

const derive = (password: string, salt: Buffer, n: number, r: number, p: number, length: number) =>
  Effect.callback<Buffer>((resume) => {
    scrypt(password.normalize("NFKC"), salt, length, { N: n, r, p, maxmem: 256 * n * r }, (error, key) => {
      resume(error === null ? Effect.succeed(key) : Effect.die(error))
    })
  })

export const hashPassword = (password: string) =>
  Effect.gen(function* () {
    const salt = randomBytes(16)
    const key = yield* derive(password, salt, N, R, P, KEY_LENGTH)
    return `scrypt$${N}$${R}$${P}$${salt.toString("base64url")}$${key.toString("base64url")}`
  })

export const verifyPassword = (password: string, stored: string) =>
  Effect.gen(function* () {
    const parts = stored.split("$")
    if (parts.length !== 6 || parts[0] !== "scrypt") return false
    const [n, r, p] = [Number(parts[1]), Number(parts[2]), Number(parts[3])]
    if (![n, r, p].every((x) => Number.isInteger(x) && x > 0) || n > 1 << 20) return false
    const salt = Buffer.from(parts[4]!, "base64url")
    const expected = Buffer.from(parts[5]!, "base64url")
    if (expected.length === 0) return false
    const key = yield* derive(password, salt, n, r, p, expected.length)
    return timingSafeEqual(key, expected)
  })

/** Hashing, tokens and link signatures; the signing key stays Redacted until it keys the HMAC. */
export const SecretsLive = (signingSecret: Redacted.Redacted<string>) =>
  Layer.succeed(
    Secrets,
    Secrets.of({
      hashPassword,
      verifyPassword,
      randomToken: Effect.sync(() => randomBytes(32).toString("base64url")),
      sha256: (value) => createHash("sha256").update(value).digest("hex"),
      sign: (value) => createHmac("sha256", Redacted.value(signingSecret)).update(value).digest("hex")
    })
  )
