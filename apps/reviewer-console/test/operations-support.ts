/**
 * What the operator and auditor journeys need from the API besides the browser: a partner submitting bank
 * data for validation (as the partner portal would), reading enrollments back. Node only.
 */
import { DEMO_PASSWORD } from "@openpor/ui/testing/browser.ts"

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
  const tokens = new Map<string, string>()
  const call = async (token: string | undefined, method: string, path: string, body?: unknown) => {
    const headers: Record<string, string> = {}
    if (token !== undefined) headers.authorization = `Bearer ${token}`
    if (body !== undefined) headers["content-type"] = "application/json"
    const response = await fetch(`${origin}/api/v1${path}`, {
      method,
      headers,
      ...(body === undefined ? {} : { body: JSON.stringify(body) })
    })
    const text = await response.text()
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`)
    return text === "" ? undefined : JSON.parse(text)
  }
  const signIn = async (email: string) => {
    const known = tokens.get(email)
    if (known !== undefined) return known
    const session = await call(undefined, "POST", "/auth/sessions", { email, password: DEMO_PASSWORD })
    tokens.set(email, session.token)
    return session.token as string
  }
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
