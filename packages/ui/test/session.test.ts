import { ApiError, type Me } from "@openpor/api-client"
import { describe, expect, it } from "vitest"
import { describeError } from "../src/errors.ts"
import { loadSession } from "../src/session-state.ts"

const me: Me = {
  user: { id: "u1", email: "rita@vendor.example", displayName: "Rita", kind: "vendor" },
  organization: null,
  tenant: null,
  roles: [{ role: "reviewer", locationId: null, partnerId: null }],
  locations: []
}

describe("loadSession", () => {
  it("is signed in when the session check names a user", async () => {
    await expect(loadSession({ session: async () => ({ me }) })).resolves.toEqual({ status: "signed_in", me })
  })

  it("is signed out when it answers me: null", async () => {
    await expect(loadSession({ session: async () => ({ me: null }) })).resolves.toEqual({
      status: "signed_out",
      reason: "initial"
    })
  })

  it("is an error for anything else, so the user can retry", async () => {
    const network = new ApiError(0, "network_error", "fetch failed")
    await expect(loadSession({ session: () => Promise.reject(network) })).resolves.toEqual({
      status: "error",
      error: network
    })
    const state = await loadSession({ session: () => Promise.reject(new Error("boom")) })
    expect(state).toMatchObject({
      status: "error",
      error: { status: 0, code: "client_error", message: "boom" }
    })
  })
})

describe("describeError", () => {
  it("maps API error codes to messages", () => {
    expect(describeError(new ApiError(401, "invalid_credentials", ""))).toEqual({
      key: "signIn.invalidCredentials"
    })
    expect(describeError(new ApiError(429, "too_many_attempts", ""))).toEqual({
      key: "signIn.tooManyAttempts"
    })
    expect(describeError(new ApiError(0, "network_error", ""))).toEqual({ key: "errors.network" })
    expect(describeError(new ApiError(403, "forbidden", ""))).toEqual({ key: "errors.forbidden" })
    expect(describeError(new ApiError(409, "version_conflict", ""))).toEqual({ key: "errors.conflict" })
    expect(describeError(new ApiError(409, "illegal_transition", ""))).toEqual({ key: "errors.conflict" })
    expect(describeError(new ApiError(404, "not_found", ""))).toEqual({ key: "errors.notFound" })
    expect(describeError(new ApiError(500, "internal_error", ""))).toEqual({
      key: "errors.unexpected",
      code: "internal_error"
    })
    expect(describeError(new TypeError("x"))).toEqual({ key: "errors.unexpected", code: "client_error" })
  })
})
