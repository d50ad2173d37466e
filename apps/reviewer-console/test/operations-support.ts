/**
 * What the operator and auditor journeys need from the API besides the browser: a partner submitting bank
 * data for validation (as the partner portal would), reading enrollments back. Node only.
 */
import { apiCaller } from "@openpor/ui/testing/api-client.ts"

export interface OperationsApi {
  signIn(email: string): Promise<string>
  call(token: string | undefined, method: string, path: string, body?: unknown): Promise<any>
  /**
   * Ivy of Tailspin (PartnerID 3000001) accepts the Online Services Advisor invitation, adds a default bank
   * profile and accepts again: the enrollment waits for validation (README, enrollment walkthrough).
   */
  submitTailspinForValidation(): Promise<string>
}

/** Calls the API at `origin` with bearer tokens; fails loudly on any unexpected status. */
export const operationsApi = (origin: string): OperationsApi => {
  const { call, signIn } = apiCaller(origin)
  return {
    signIn,
    call,
    async submitTailspinForValidation() {
      const ivy = await signIn("ivy@tailspin.example")
      const id = "enr_3000001_osa"
      const first = await call(ivy, "POST", `/enrollments/${id}/accept`, {})
      if (first.state !== "action_required") throw new Error(`expected action_required, got ${first.state}`)
      await call(ivy, "POST", "/bank-profiles", {
        label: "Tailspin SEK",
        accountHolder: "Tailspin Advisors AB",
        iban: "SE4550000000058398257466",
        bic: "ESSESESS",
        bankName: "SEB",
        country: "SE",
        currency: "SEK",
        defaultForLocationId: "loc_3000001"
      })
      const second = await call(ivy, "POST", `/enrollments/${id}/accept`, {})
      if (second.state !== "validating") throw new Error(`expected validating, got ${second.state}`)
      return id
    }
  }
}
