import { type ApiClient, ApiError, type Me } from "@openpor/api-client"

export type SessionState =
  | { readonly status: "loading" }
  | { readonly status: "signed_in"; readonly me: Me }
  | { readonly status: "signed_out"; readonly reason: "initial" | "signed_out" | "expired" }
  | { readonly status: "error"; readonly error: ApiError }

const asApiError = (error: unknown): ApiError =>
  error instanceof ApiError
    ? error
    : new ApiError(0, "client_error", error instanceof Error ? error.message : String(error))

/**
 * Asks the API who is signed in (`GET /api/v1/auth/session`, which answers `me: null` rather than a 401, so
 * a signed-out visitor's browser logs no error); failures are errors worth a retry.
 */
export const loadSession = async (client: Pick<ApiClient, "session">): Promise<SessionState> => {
  try {
    const { me } = await client.session()
    return me === null ? { status: "signed_out", reason: "initial" } : { status: "signed_in", me }
  } catch (error) {
    return { status: "error", error: asApiError(error) }
  }
}
