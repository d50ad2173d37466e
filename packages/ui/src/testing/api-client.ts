/**
 * Test support for the apps' browser tests (Node only; never imported by app code): calls the API as a script
 * would, beside the browser, to set up what a journey needs.
 */
import { DEMO_PASSWORD } from "./api-server.ts"

export interface ApiCaller {
  /** Signs in with the demo password once per email; returns the bearer token. */
  signIn(email: string): Promise<string>
  /** `method /api/v1{path}` with a JSON (or FormData) body; the parsed answer, or a loud failure on any error status. */
  call(token: string | undefined, method: string, path: string, body?: unknown): Promise<any>
  /** `call` as the user `email` (signed in on first use). */
  as(email: string, method: string, path: string, body?: unknown): Promise<any>
}

/** Calls the API at `origin` with bearer tokens; fails loudly on any unexpected status. */
export const apiCaller = (origin: string): ApiCaller => {
  const tokens = new Map<string, string>()
  const call = async (token: string | undefined, method: string, path: string, body?: unknown) => {
    const headers: Record<string, string> = {}
    if (token !== undefined) headers.authorization = `Bearer ${token}`
    let payload: BodyInit | undefined
    if (body instanceof FormData) payload = body
    else if (body !== undefined) {
      headers["content-type"] = "application/json"
      payload = JSON.stringify(body)
    }
    const response = await fetch(`${origin}/api/v1${path}`, {
      method,
      headers,
      ...(payload === undefined ? {} : { body: payload })
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
  const as = async (email: string, method: string, path: string, body?: unknown) =>
    call(await signIn(email), method, path, body)
  return { signIn, call, as }
}

/** How many history entries a claim has, read through every page of `GET /claims/{id}/history`. */
export const claimHistoryCount = async (
  api: Pick<ApiCaller, "call">,
  token: string,
  claimId: string
): Promise<number> => {
  let count = 0
  let before: string | null = null
  do {
    const query: string = before === null ? "limit=200" : `limit=200&before=${encodeURIComponent(before)}`
    const answer: { history: unknown[]; nextCursor: string | null } = await api.call(
      token,
      "GET",
      `/claims/${claimId}/history?${query}`
    )
    count += answer.history.length
    before = answer.nextCursor
  } while (before !== null)
  return count
}
