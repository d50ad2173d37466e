import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { createTestDatabase, type DialectName, type TestDatabase } from "@openpor/db/testing"
import { afterAll, beforeAll } from "vitest"
import { readConfig } from "../src/config.ts"
import { DrainJobs } from "../src/jobs.ts"
import { createApp } from "../src/start.ts"

export { dialects } from "@openpor/db/testing"

export interface CallOptions {
  readonly token?: string
  readonly body?: unknown
  readonly raw?: string
  readonly contentType?: string
  readonly headers?: Record<string, string>
}

export interface CallResult {
  readonly status: number
  readonly body: any
  readonly headers: Headers
}

/** The API in-process on a fresh demo database (test clock on), called with app.request. */
export const makeTestApp = async (dialect: DialectName, env: Record<string, string> = {}) => {
  const database: TestDatabase = await createTestDatabase(dialect)
  const blobs = mkdtempSync(join(tmpdir(), "openpor-blobs-"))
  const config = readConfig({
    DATABASE_URL: database.url,
    OPENPOR_SEED: "demo",
    OPENPOR_CLOCK: "test",
    OPENPOR_BLOB_DIR: blobs,
    ...env
  })
  const { app, runtime } = await createApp(config, { quiet: true })
  const call = async (method: string, path: string, options: CallOptions = {}): Promise<CallResult> => {
    const headers: Record<string, string> = { ...(options.headers ?? {}) }
    if (options.token !== undefined) headers.authorization = `Bearer ${options.token}`
    let body: string | undefined
    if (options.raw !== undefined) {
      body = options.raw
      headers["content-type"] = options.contentType ?? "application/json"
    } else if (options.body !== undefined) {
      body = JSON.stringify(options.body)
      headers["content-type"] = options.contentType ?? "application/json"
    }
    const res = await app.request(path, { method, headers, ...(body === undefined ? {} : { body }) })
    const text = await res.text()
    let parsed: unknown = text
    try {
      parsed = text === "" ? null : JSON.parse(text)
    } catch {
      parsed = text
    }
    return { status: res.status, body: parsed, headers: res.headers }
  }
  const signIn = async (email: string, password = "demo-Passw0rd!") => {
    const res = await call("POST", "/api/v1/auth/sessions", { body: { email, password } })
    if (res.status !== 201)
      throw new Error(`sign-in of ${email} failed: ${res.status} ${JSON.stringify(res.body)}`)
    return res.body.token as string
  }
  /** Signs `email` in and returns a caller with that user's token: `(method, path, body?)`. */
  const as = async (email: string, password?: string) => {
    const token = await signIn(email, password)
    return (method: string, path: string, body?: unknown) =>
      call(method, path, body === undefined ? { token } : { token, body })
  }
  /** Runs every due job now (email delivery, timers), as the worker would. */
  const drain = () => runtime.runPromise(DrainJobs.use((d) => d.drain))
  /** Delivered emails to one address, newest first (drains the outbox first). */
  const mailbox = async (to: string) => {
    await drain()
    const res = await call("GET", `/api/v1/dev/mailbox?to=${encodeURIComponent(to)}&limit=500`)
    return res.body.messages as Array<{
      id: string
      subject: string
      text: string
      template: string
      to: Array<string>
    }>
  }
  /** Moves the test clock (operator) and returns the new now. */
  const setClock = async (now: string) => {
    const operator = await signIn("otto@vendor.example")
    const res = await call("POST", "/api/v1/ops/clock/set", { token: operator, body: { now } })
    if (res.status !== 200) throw new Error(`clock set failed: ${res.status} ${JSON.stringify(res.body)}`)
    return res.body.now as string
  }
  return {
    app,
    runtime,
    drain,
    mailbox,
    setClock,
    config,
    database,
    call,
    signIn,
    as,
    close: async () => {
      await runtime.dispose()
      await database.drop()
      rmSync(blobs, { recursive: true, force: true })
    }
  }
}

export type TestApp = Awaited<ReturnType<typeof makeTestApp>>

/** A caller bound to one signed-in user (`t.as(email)`). */
export type Caller = Awaited<ReturnType<TestApp["as"]>>

/**
 * The test app of a describe block: made before its tests (in the block's first `beforeAll`), closed after
 * them. The object is returned at once and filled in when the app is up, so the block's tests and later
 * hooks use it as they would the app itself.
 */
export const testAppFor = (dialect: DialectName, env: Record<string, string> = {}): TestApp => {
  const t = {} as TestApp
  beforeAll(async () => {
    Object.assign(t, await makeTestApp(dialect, env))
  })
  afterAll(async () => t.close())
  return t
}
