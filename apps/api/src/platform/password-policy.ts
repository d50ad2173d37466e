import {
  InvalidInput,
  MIN_PASSWORD_LENGTH,
  type PasswordOwner,
  PasswordPolicy,
  personalInputs
} from "@openpor/domain"
import type { ZxcvbnFactory } from "@zxcvbn-ts/core"
import { Effect, Layer } from "effect"

/** zxcvbn scores 0–4; 3 is "safely unguessable: moderate protection from offline slow-hash scenario". */
export const MIN_SCORE = 3
/** A password at least half made of the owner's email or name is refused whatever its score. */
const MAX_PERSONAL_SHARE = 0.5

const weak = (reason: string, details: Record<string, unknown> = {}) =>
  new InvalidInput({ code: "weak_password", reason, details: { field: "password", ...details } })

const LEET: ReadonlyArray<Record<string, string>> = [
  {
    "0": "o",
    "1": "i",
    "3": "e",
    "4": "a",
    "5": "s",
    "7": "t",
    "8": "b",
    "@": "a",
    $: "s",
    "!": "i",
    "|": "i"
  },
  {
    "0": "o",
    "1": "l",
    "3": "e",
    "4": "a",
    "5": "s",
    "7": "t",
    "8": "b",
    "@": "a",
    $: "s",
    "!": "l",
    "|": "l"
  }
]

/**
 * The share of the password's letters and digits that spell the owner's email or name (also in l33t,
 * any case): "N0ra-Newman-99" for Nora Newman is 10 of 12. The estimator's own userInputs matching
 * scores such passwords, but its cheapest-sequence search may cover a name with brute force instead.
 */
const personalShare = (password: string, personal: ReadonlyArray<string>) => {
  const lower = [...password.toLowerCase()]
  const significant = lower.filter((ch) => /[\p{L}\p{N}]/u.test(ch)).length
  if (significant === 0) return 0
  const words = personal.filter((w) => /^[\p{L}\p{N}]{3,}$/u.test(w))
  let best = 0
  for (const table of LEET) {
    const text = lower.map((ch) => table[ch] ?? ch).join("")
    const covered = new Array<boolean>(text.length).fill(false)
    for (const word of words) {
      for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + 1)) {
        for (let i = at; i < at + word.length; i++) covered[i] = true
      }
    }
    best = Math.max(best, covered.filter(Boolean).length / significant)
  }
  return best
}

const sentence = (text: string) => (/[.!?]$/.test(text) ? text : `${text}.`)

/**
 * The estimator with the common-password and English dictionaries, built once per process (building it
 * ranks ~240,000 words); each check then takes a few milliseconds.
 */
export const makeZxcvbn = async (): Promise<ZxcvbnFactory> => {
  const [{ ZxcvbnFactory }, common, english] = await Promise.all([
    import("@zxcvbn-ts/core"),
    import("@zxcvbn-ts/language-common"),
    import("@zxcvbn-ts/language-en")
  ])
  return new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...english.dictionary },
    graphs: common.adjacencyGraphs,
    translations: english.translations
  })
}

let estimator: Promise<ZxcvbnFactory> | undefined

/**
 * The process's estimator, loaded on the first password check rather than at start: its dictionaries
 * and ranked word lists hold ~30 MB that a server which never sets a password (most of them, most of
 * the time) would carry for nothing. A failed load is retried by the next check.
 */
const zxcvbn = Effect.promise(() => {
  estimator ??= makeZxcvbn().catch((e: unknown) => {
    estimator = undefined
    throw e
  })
  return estimator
})

/** The estimator's verdict on a password long enough to be judged. */
const judge = (estimator: ZxcvbnFactory, password: string, owner: PasswordOwner) => {
  const inputs = personalInputs(owner)
  const result = estimator.check(password, [...inputs])
  const suggestions = result.feedback.suggestions
  const details = { score: result.score, minScore: MIN_SCORE, suggestions }
  if (personalShare(password, inputs) >= MAX_PERSONAL_SHARE)
    return Effect.fail(
      weak(
        "This password is built from your name or email address, which is the first thing an attacker tries. Use words that have nothing to do with you.",
        { ...details, warning: "personal_data" }
      )
    )
  if (result.score < MIN_SCORE) {
    const why = result.feedback.warning ?? "It is too easy to guess."
    const how = suggestions.length > 0 ? ` ${suggestions.map(sentence).join(" ")}` : ""
    return Effect.fail(
      weak(`This password is too weak: ${sentence(why)}${how}`, {
        ...details,
        warning: result.feedback.warning
      })
    )
  }
  return Effect.void
}

export const ZxcvbnPasswordPolicyLive = Layer.succeed(
  PasswordPolicy,
  PasswordPolicy.of({
    check: (password, owner) =>
      Effect.suspend(() =>
        [...password].length < MIN_PASSWORD_LENGTH
          ? Effect.fail(
              weak(
                `Use a password of at least ${MIN_PASSWORD_LENGTH} characters; a few unrelated words work well.`,
                { minLength: MIN_PASSWORD_LENGTH }
              )
            )
          : Effect.flatMap(zxcvbn, (estimator) => judge(estimator, password, owner))
      )
  })
)
