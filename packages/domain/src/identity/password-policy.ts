import { Context, type Effect } from "effect"
import type { InvalidInput } from "../shared/errors.ts"

/** The shortest password accepted. */
export const MIN_PASSWORD_LENGTH = 12

/** Who the password is for: what an attacker who knows the person would try first. */
export interface PasswordOwner {
  readonly email: string
  readonly displayName: string
}

/**
 * The words a password must not be built from: the email address, its local part and domain labels,
 * and the display name with its parts (e.g. "ian@contoso.example" → ian, contoso, example).
 */
export const personalInputs = (owner: PasswordOwner): ReadonlyArray<string> => {
  const email = owner.email.trim().toLowerCase()
  const [local = "", domain = ""] = email.split("@")
  const name = owner.displayName.trim().toLowerCase()
  const words = [email, local, domain, name, ...`${local} ${domain} ${name}`.split(/[^\p{L}\p{N}]+/u)]
  return [...new Set(words.filter((w) => w.length >= 3))]
}

/**
 * Password strength (SPEC §1 accounts; issue 9): refuses passwords that are short, common, guessable
 * or built from the owner's email or name, with `weak_password` and a reason that says why.
 * Implemented with a strength estimator in apps/api (zxcvbn-ts, decision record 010).
 */
export class PasswordPolicy extends Context.Service<
  PasswordPolicy,
  {
    /** Refuses a password that is too short, too common or too close to its owner's name or email. */
    readonly check: (password: string, owner: PasswordOwner) => Effect.Effect<void, InvalidInput>
  }
>()("@openpor/domain/identity/PasswordPolicy") {}
