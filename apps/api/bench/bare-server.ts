/**
 * The bare server of the HTTP benchmark (`http.bench.ts`): Hono on @hono/node-server with the API's own
 * drivers (better-sqlite3 with the durability pragmas of packages/db, or a pg pool of the same size),
 * answering the benchmarked paths of the API with the least work a real endpoint does: a bearer-token
 * check by one SELECT on a tokens table, then for a write one INSERT, for a detail read one SELECT by
 * id, for a list one page of rows selected by an index. Started as its own process:
 *
 *   PORT=4000 BARE_DATABASE_URL=sqlite:/tmp/bare.db node bench/bare-server.ts
 *   PORT=4000 BARE_DATABASE_URL='postgres://postgres@127.0.0.1:5432/test?schema=bench_bare' node bench/bare-server.ts
 *
 * It creates its tables and seeds them (the claims of `BARE_CLAIMS`, default 200, `bare_claim_<n>`, and
 * the token `bare-token`), then listens.
 */
import { randomUUID } from "node:crypto"
import { serve } from "@hono/node-server"
import SqliteDatabase from "better-sqlite3"
import { type Context, Hono } from "hono"
import pg from "pg"

export const BARE_TOKEN = "bare-token"
export const bareClaimId = (n: number) => `bare_claim_${String(n).padStart(6, "0")}`
export const BARE_SUBSCRIPTION = "aaaaaaaa-0000-4000-8000-000000000005"

type Row = Record<string, unknown>

interface Store {
  readonly one: (sql: string, params: ReadonlyArray<unknown>) => Promise<Row | undefined>
  readonly many: (sql: string, params: ReadonlyArray<unknown>) => Promise<ReadonlyArray<Row>>
  readonly run: (sql: string, params: ReadonlyArray<unknown>) => Promise<void>
  readonly exec: (sql: string) => Promise<void>
}

/** The same settings as packages/db/src/db.ts; each statement prepared once. */
const sqliteStore = (path: string): Store => {
  const db = new SqliteDatabase(path)
  db.pragma("journal_mode = WAL")
  db.pragma("synchronous = FULL")
  db.pragma("foreign_keys = ON")
  db.pragma("busy_timeout = 5000")
  const prepared = new Map<string, SqliteDatabase.Statement>()
  const statement = (sql: string) => {
    let s = prepared.get(sql)
    if (s === undefined) {
      s = db.prepare(sql)
      prepared.set(sql, s)
    }
    return s
  }
  return {
    one: async (sql, params) => statement(sql).get(...params) as Row | undefined,
    many: async (sql, params) => statement(sql).all(...params) as ReadonlyArray<Row>,
    run: async (sql, params) => {
      statement(sql).run(...params)
    },
    exec: async (sql) => {
      db.exec(sql)
    }
  }
}

/** A pool of the API's default size (10) on its own schema. */
const postgresStore = (url: string): Store => {
  const parsed = new URL(url)
  const schema = parsed.searchParams.get("schema")
  parsed.searchParams.delete("schema")
  if (schema !== null && !/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`invalid schema ${schema}`)
  const pool = new pg.Pool({
    connectionString: parsed.toString(),
    max: 10,
    ...(schema === null ? {} : { options: `-c search_path=${schema}` })
  })
  const numbered = new Map<string, string>()
  const text = (sql: string) => {
    let t = numbered.get(sql)
    if (t === undefined) {
      let n = 0
      t = sql.replace(/\?/g, () => `$${++n}`)
      numbered.set(sql, t)
    }
    return t
  }
  return {
    one: async (sql, params) => (await pool.query(text(sql), [...params])).rows[0] as Row | undefined,
    many: async (sql, params) => (await pool.query(text(sql), [...params])).rows as ReadonlyArray<Row>,
    run: async (sql, params) => {
      await pool.query(text(sql), [...params])
    },
    exec: async (sql) => {
      await pool.query(sql)
    }
  }
}

const SCHEMA = `
CREATE TABLE IF NOT EXISTS users (id TEXT PRIMARY KEY, email TEXT NOT NULL, display_name TEXT NOT NULL, organization_id TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS tokens (token TEXT PRIMARY KEY, user_id TEXT NOT NULL REFERENCES users (id), expires_at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS claims (
  id TEXT PRIMARY KEY, organization_id TEXT NOT NULL, name TEXT NOT NULL, status TEXT NOT NULL,
  data TEXT NOT NULL, created_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS claims_by_organization ON claims (organization_id, created_at, id);
CREATE INDEX IF NOT EXISTS claims_by_status ON claims (status, created_at, id);
CREATE TABLE IF NOT EXISTS comments (id TEXT PRIMARY KEY, claim_id TEXT NOT NULL, author_id TEXT NOT NULL, body TEXT NOT NULL, created_at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS events (id TEXT PRIMARY KEY, subject_id TEXT NOT NULL, kind TEXT NOT NULL, data TEXT NOT NULL, created_at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS subscriptions (id TEXT PRIMARY KEY, tenant_id TEXT NOT NULL, product TEXT NOT NULL, partner_id TEXT);
`

const seed = async (store: Store, claims: number) => {
  for (const statement of SCHEMA.split(";").map((s) => s.trim()))
    if (statement !== "") await store.exec(statement)
  if ((await store.one("SELECT id FROM users WHERE id = ?", ["usr_bare"])) !== undefined) return
  await store.run("INSERT INTO users (id, email, display_name, organization_id) VALUES (?, ?, ?, ?)", [
    "usr_bare",
    "ian@contoso.example",
    "Ian Contoso",
    "org_contoso"
  ])
  await store.run("INSERT INTO tokens (token, user_id, expires_at) VALUES (?, ?, ?)", [
    BARE_TOKEN,
    "usr_bare",
    "2999-01-01T00:00:00.000Z"
  ])
  await store.run("INSERT INTO subscriptions (id, tenant_id, product, partner_id) VALUES (?, ?, ?, ?)", [
    BARE_SUBSCRIPTION,
    "11111111-1111-4111-8111-111111111111",
    "Microsoft 365 E3",
    "1000001"
  ])
  const start = Date.parse("2026-01-01T00:00:00.000Z")
  for (let n = 0; n < claims; n++)
    await store.run(
      "INSERT INTO claims (id, organization_id, name, status, data, created_at) VALUES (?, ?, ?, ?, ?, ?)",
      [
        bareClaimId(n),
        "org_contoso",
        `Bare claim ${n}`,
        "submitted",
        JSON.stringify({ partnerId: "1000001", workloads: ["teams"], n }),
        new Date(start + n * 60_000).toISOString()
      ]
    )
}

export const makeBareApp = (store: Store) => {
  const app = new Hono<{ Variables: { user: Row } }>()
  app.get("/healthz", (c) => c.json({ status: "ok" }))
  app.get("/readyz", (c) => c.json({ status: "ready" }))
  // The bearer check: one SELECT.
  app.use("/api/*", async (c, next) => {
    const match = /^Bearer\s+(\S+)$/i.exec(c.req.header("authorization") ?? "")
    if (match === null) return c.json({ error: { code: "unauthenticated" } }, 401)
    const row = await store.one("SELECT user_id, expires_at FROM tokens WHERE token = ?", [match[1]])
    if (row === undefined || String(row.expires_at) < new Date().toISOString())
      return c.json({ error: { code: "unauthenticated" } }, 401)
    c.set("user", row)
    await next()
  })
  const body = async (c: Context) => {
    try {
      return (await c.req.json()) as unknown
    } catch {
      return {}
    }
  }
  /** A write: one INSERT. */
  const event = (kind: string, subject: (c: Context) => string) => async (c: Context) => {
    const row = {
      id: randomUUID(),
      subject_id: subject(c),
      kind,
      data: JSON.stringify(await body(c)),
      created_at: new Date().toISOString()
    }
    await store.run("INSERT INTO events (id, subject_id, kind, data, created_at) VALUES (?, ?, ?, ?, ?)", [
      row.id,
      row.subject_id,
      row.kind,
      row.data,
      row.created_at
    ])
    return c.json(row, 200)
  }
  /** A list: one page by an index. */
  const page = (sql: string, params: (c: Context) => ReadonlyArray<unknown>) => async (c: Context) => {
    const limit = Math.min(200, Math.max(1, Number(c.req.query("limit") ?? 50) || 50))
    return c.json({ items: await store.many(sql, [...params(c), limit]), nextCursor: null })
  }
  const byId = (sql: string, id: (c: Context) => string) => async (c: Context) => {
    const row = await store.one(sql, [id(c)])
    return row === undefined ? c.json({ error: { code: "not_found" } }, 404) : c.json(row)
  }

  app.post("/api/v1/claims", async (c) => {
    const input = (await body(c)) as { name?: unknown }
    const row = {
      id: `clm_${randomUUID()}`,
      organization_id: "org_contoso",
      name: String(input.name ?? ""),
      status: "draft",
      data: JSON.stringify(input),
      created_at: new Date().toISOString()
    }
    await store.run(
      "INSERT INTO claims (id, organization_id, name, status, data, created_at) VALUES (?, ?, ?, ?, ?, ?)",
      [row.id, row.organization_id, row.name, row.status, row.data, row.created_at]
    )
    return c.json(row, 201)
  })
  app.post("/api/v1/claims/:id/comments", async (c) => {
    const input = (await body(c)) as { body?: unknown }
    const row = {
      id: randomUUID(),
      claim_id: c.req.param("id"),
      author_id: String(c.get("user").user_id),
      body: String(input.body ?? ""),
      created_at: new Date().toISOString()
    }
    await store.run(
      "INSERT INTO comments (id, claim_id, author_id, body, created_at) VALUES (?, ?, ?, ?, ?)",
      [row.id, row.claim_id, row.author_id, row.body, row.created_at]
    )
    return c.json(row, 201)
  })
  app.get(
    "/api/v1/claims/:id",
    byId("SELECT * FROM claims WHERE id = ?", (c) => c.req.param("id") ?? "")
  )
  app.get(
    "/api/v1/claims",
    page("SELECT * FROM claims WHERE organization_id = ? ORDER BY created_at DESC, id DESC LIMIT ?", () => [
      "org_contoso"
    ])
  )
  app.get(
    "/api/v1/review/queue",
    page("SELECT * FROM claims WHERE status = ? ORDER BY created_at, id LIMIT ?", () => ["submitted"])
  )
  app.get(
    "/api/v1/attribution",
    byId("SELECT * FROM subscriptions WHERE id = ?", (c) => c.req.query("subscriptionId") ?? "")
  )
  app.get(
    "/api/v1/me",
    byId("SELECT * FROM users WHERE id = ?", (c) => String(c.get("user").user_id))
  )
  app.post(
    "/api/v1/claims/:id/submit",
    event("submit", (c) => c.req.param("id") ?? "")
  )
  app.post(
    "/api/v1/review/claims/:id/decision",
    event("decision", (c) => c.req.param("id") ?? "")
  )
  app.post(
    "/api/v1/customer/requests/:id/decline",
    event("decline", (c) => c.req.param("id") ?? "")
  )
  app.put(
    "/api/v1/customer/subscriptions/:id/partner-of-record",
    event("dpor", (c) => c.req.param("id") ?? "")
  )
  return app
}

const main = async () => {
  const url = process.env.BARE_DATABASE_URL ?? "sqlite::memory:"
  const store = url.startsWith("sqlite:") ? sqliteStore(url.slice("sqlite:".length)) : postgresStore(url)
  await seed(store, Number(process.env.BARE_CLAIMS ?? 200))
  const app = makeBareApp(store)
  serve({ fetch: app.fetch, port: Number(process.env.PORT ?? 4000), hostname: "127.0.0.1" }, (info) =>
    console.log(`bare server listening on ${info.port}`)
  )
  const stop = () => process.exit(0)
  process.once("SIGINT", stop)
  process.once("SIGTERM", stop)
}

if (import.meta.main) await main()
