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

/** Asks the API who is signed in: 401 means signed out, other failures are errors worth a retry. */
export const loadSession = async (client: Pick<ApiClient, "me">): Promise<SessionState> => {
  try {
    return { status: "signed_in", me: await client.me() }
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return { status: "signed_out", reason: "initial" }
    return { status: "error", error: asApiError(error) }
  }
}
