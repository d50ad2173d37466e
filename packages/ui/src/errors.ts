import { ApiError } from "@openpor/api-client"

/** Keys of shared strings used to explain a failed call to the user. */
export type ErrorMessage =
  | { readonly key: "signIn.invalidCredentials" | "signIn.tooManyAttempts" }
  | { readonly key: "errors.network" | "errors.forbidden" | "errors.notFound" | "errors.conflict" }
  | { readonly key: "errors.unexpected"; readonly code: string }

/** Which message to show for an error thrown by the API client (or anything else). */
export const describeError = (error: unknown): ErrorMessage => {
  if (!(error instanceof ApiError)) return { key: "errors.unexpected", code: "client_error" }
  switch (error.code) {
    case "invalid_credentials":
      return { key: "signIn.invalidCredentials" }
    case "too_many_attempts":
      return { key: "signIn.tooManyAttempts" }
    case "network_error":
      return { key: "errors.network" }
    case "forbidden":
      return { key: "errors.forbidden" }
    case "not_found":
      return { key: "errors.notFound" }
    case "illegal_transition":
    case "version_conflict":
      return { key: "errors.conflict" }
    default:
      return { key: "errors.unexpected", code: error.code }
  }
}
