import { Schema } from "effect"

/** A sign-in with an unknown email, a wrong password or an inactive account (401 invalid_credentials). */
export class InvalidCredentials extends Schema.TaggedError<InvalidCredentials>()("InvalidCredentials", {}) {
  override get message() {
    return "The email or password is not correct"
  }
}

/** The failures of {@link AuthService} sign-in. */
export type AuthError = InvalidCredentials
