/** What the partner portal's browser tests need from the API besides the browser. Node only. */
import { DEMO_PASSWORD } from "@openpor/ui/testing/browser.ts"

/**
 * Calls the API of `app` as `email` (signing in afresh with a bearer token); fails on any error answer and
 * returns the parsed answer (nothing for 204).
 */
export const apiAs =
  (app: { url(path?: string): string }) =>
  async (email: string, method: string, path: string, body?: unknown): Promise<any> => {
    const origin = new URL(app.url()).origin
    const session = await fetch(`${origin}/api/v1/auth/sessions`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email, password: DEMO_PASSWORD })
    }).then((r) => r.json() as Promise<{ token: string }>)
    const response = await fetch(`${origin}/api/v1${path}`, {
      method,
      headers: { authorization: `Bearer ${session.token}`, "content-type": "application/json" },
      ...(body === undefined ? {} : { body: JSON.stringify(body) })
    })
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`)
    return response.status === 204 ? undefined : response.json()
  }
