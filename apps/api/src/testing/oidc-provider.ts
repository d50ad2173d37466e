/**
 * A real OpenID provider in-process for tests (`oidc-provider`, a devDependency of apps/api): listens on
 * 127.0.0.1 with a random port, has one confidential client, and a small interaction handler of its own —
 * "auto" logs in the account named by `login_hint` at once (API tests), "form" shows a login page with an
 * email field (browser tests). Consent is granted for the requested scopes. Not used by the server.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http"
import type { AddressInfo } from "node:net"

export interface TestAccount {
  readonly email: string
  readonly emailVerified?: boolean
  readonly name?: string
}

export interface TestOidcProvider {
  /** The issuer URL (http://127.0.0.1:<port>). */
  readonly issuer: string
  readonly clientId: string
  readonly clientSecret: string
  /** Adds or replaces an account (its subject is `sub-<email>` unless given). */
  addAccount(account: TestAccount, subject?: string): void
  /** In "auto" mode: log in this account (email) instead of the one `login_hint` names (undefined: the hint). */
  loginAs: string | undefined
  /** The subject of an account by email. */
  subjectOf(email: string): string | undefined
  stop(): Promise<void>
}

const html = (body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Contoso ID — sign in</title><style>body{font-family:system-ui,sans-serif;max-width:28rem;margin:48px auto;padding:0 16px}label,input,button{display:block;font-size:1rem;margin:8px 0}input{width:100%;padding:8px}button{padding:8px 16px}</style></head><body>${body}</body></html>`

const readForm = (req: IncomingMessage) =>
  new Promise<URLSearchParams>((resolve, reject) => {
    let data = ""
    req.on("data", (chunk: Buffer) => {
      data += chunk.toString()
    })
    req.on("end", () => resolve(new URLSearchParams(data)))
    req.on("error", reject)
  })

export const startOidcProvider = async (options: {
  readonly redirectUris: ReadonlyArray<string>
  readonly mode: "auto" | "form"
  readonly accounts?: ReadonlyArray<TestAccount>
  /** More client IDs (same secret and redirect URIs), e.g. for a second OpenPOR provider on this issuer. */
  readonly extraClientIds?: ReadonlyArray<string>
  /** A fixed port (default: a random free one). */
  readonly port?: number
}): Promise<TestOidcProvider> => {
  const specifier = "oidc-provider"
  const { default: Provider } = (await import(specifier)) as { default: any }
  const accounts = new Map<string, TestAccount & { readonly subject: string }>()
  const addAccount = (account: TestAccount, subject = `sub-${account.email}`) => {
    for (const [key, a] of accounts) if (a.email === account.email) accounts.delete(key)
    accounts.set(subject, { ...account, subject })
  }
  for (const a of options.accounts ?? []) addAccount(a)
  const bySubjectOrEmail = (value: string) =>
    accounts.get(value) ?? [...accounts.values()].find((a) => a.email === value.toLowerCase())

  let handler: (req: IncomingMessage, res: ServerResponse) => void = (_req, res) => res.end()
  const server = createServer((req, res) => handler(req, res))
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", resolve))
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  const clientId = "openpor-test"
  const clientSecret = "test-client-secret-7f3a"

  const provider = new Provider(issuer, {
    clients: [clientId, ...(options.extraClientIds ?? [])].map((id) => ({
      client_id: id,
      client_secret: clientSecret,
      redirect_uris: [...options.redirectUris],
      grant_types: ["authorization_code"],
      response_types: ["code"],
      token_endpoint_auth_method: "client_secret_basic"
    })),
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
    scopes: ["openid", "email", "profile"],
    cookies: { keys: ["test-cookie-key-1"] },
    features: { devInteractions: { enabled: false } },
    interactions: { url: (_ctx: unknown, interaction: { uid: string }) => `/interaction/${interaction.uid}` },
    pkce: { required: () => true },
    findAccount: (_ctx: unknown, id: string) => {
      const account = accounts.get(id)
      if (account === undefined) return undefined
      return {
        accountId: id,
        claims: () => ({
          sub: id,
          email: account.email,
          email_verified: account.emailVerified ?? true,
          ...(account.name === undefined ? {} : { name: account.name })
        })
      }
    }
  })
  // Quiet in tests (it warns about development keys and http).
  provider.on("server_error", () => {})

  const finishConsent = async (req: IncomingMessage, res: ServerResponse, details: any) => {
    const grant = details.grantId
      ? await provider.Grant.find(details.grantId)
      : new provider.Grant({ accountId: details.session.accountId, clientId: details.params.client_id })
    grant.addOIDCScope(String(details.params.scope))
    const grantId = await grant.save()
    await provider.interactionFinished(req, res, { consent: { grantId } }, { mergeWithLastSubmission: true })
  }
  const login = async (req: IncomingMessage, res: ServerResponse, who: string | undefined) => {
    const account = who === undefined ? undefined : bySubjectOrEmail(who)
    if (account === undefined) {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" })
      res.end(html(`<main><h1>Contoso ID</h1><p role="alert">No account ${who ?? ""} here.</p></main>`))
      return
    }
    await provider.interactionFinished(
      req,
      res,
      { login: { accountId: account.subject } },
      {
        mergeWithLastSubmission: false
      }
    )
  }
  const callback = provider.callback()
  handler = (req, res) => {
    const url = new URL(req.url ?? "/", issuer)
    const match = /^\/interaction\/([^/]+)(\/login)?$/.exec(url.pathname)
    if (match === null) return callback(req, res)
    void (async () => {
      try {
        const details = await provider.interactionDetails(req, res)
        if (details.prompt.name === "consent") return await finishConsent(req, res, details)
        if (req.method === "POST" && match[2] !== undefined) {
          const form = await readForm(req)
          return await login(req, res, form.get("email") ?? undefined)
        }
        if (options.mode === "auto") return await login(req, res, result.loginAs ?? details.params.login_hint)
        res.writeHead(200, { "content-type": "text/html; charset=utf-8" })
        res.end(
          html(`<main><h1>Contoso ID</h1><p>Sign in to continue to OpenPOR.</p>
<form method="post" action="/interaction/${details.uid}/login">
<label for="email">Work email</label><input id="email" name="email" type="email" value="${String(details.params.login_hint ?? "").replace(/[^a-zA-Z0-9@._-]/g, "")}">
<button type="submit">Sign in to Contoso ID</button></form></main>`)
        )
      } catch (error) {
        res.writeHead(400, { "content-type": "text/plain" })
        res.end(`interaction failed: ${(error as Error).message}`)
      }
    })()
  }

  const result: TestOidcProvider = {
    loginAs: undefined,
    issuer,
    clientId,
    clientSecret,
    addAccount,
    subjectOf: (email) => [...accounts.values()].find((a) => a.email === email)?.subject,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }
  return result
}
