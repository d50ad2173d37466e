/**
 * HTTP benchmark (issue 14): the real API (`src/main.ts`, demo seed, a fresh database) beside a bare Hono
 * server doing the least a real endpoint does (`bare-server.ts`: a bearer check by one SELECT, then one
 * INSERT for a write, one SELECT by id for a detail read, one page by an index for a list), on SQLite and
 * on PostgreSQL. Both run as child processes; autocannon (programmatic API) loads each endpoint and its
 * bare equivalent in alternating rounds and the table shows, per endpoint, requests/s of both, the ratio
 * of the medians, p50/p99 of both, and the statements per request the API's database driver executed
 * (counted in the driver by `count-statements.ts`, preloaded into both servers); then the peak RSS of
 * both processes.
 *
 *   ./dev bench                                        (every benchmark)
 *   ./dev -C apps/api run bench                        (this one: 3 rounds of 1.5 s, 32 connections)
 *   BENCH_DURATION=1 BENCH_ROUNDS=1 ./dev -C apps/api run bench          (a quick check)
 *   BENCH_DATABASES=sqlite BENCH_ENDPOINTS='GET /me,POST /claims' ./dev -C apps/api run bench
 *
 * Settings: BENCH_DURATION (seconds per endpoint, server and round; default 1.5), BENCH_ROUNDS (3),
 * BENCH_CONNECTIONS (32), BENCH_POOL (claims prepared for the first round of each consuming endpoint —
 * submit, decision, decline —, later rounds prepare what the previous one consumed in BENCH_DURATION;
 * default 150), BENCH_PROBE (sequential requests per endpoint for the statement count; 5),
 * BENCH_DATABASES (sqlite,postgres), BENCH_ENDPOINTS (a comma-separated subset of the names below),
 * BENCH_JSON (write the results there as JSON), BENCH_SQL=1 (print the SQL of one probed request per
 * endpoint and server), BENCH_PROFILE=<directory> (the API's CPU profile, written when it stops). PostgreSQL: OPENPOR_TEST_POSTGRES_URL or
 * postgres://postgres@127.0.0.1:5432/test; each server gets a schema of its own, dropped at the end.
 *
 * Consuming endpoints (submit, decision, decline) need a claim in the right state per request: the API's
 * are prepared through the API before each measured round and loaded with exactly that many requests;
 * the bare server inserts one row per request for as long as the other endpoints run. The API runs with
 * OPENPOR_WORKERS=0 so that the job worker's polling neither competes for the CPU nor counts as a
 * request's statements (the jobs a request enqueues are counted: they are its INSERTs).
 */
import { type ChildProcess, spawn } from "node:child_process"
import { createHmac } from "node:crypto"
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { createServer } from "node:net"
import { cpus, loadavg, tmpdir } from "node:os"
import { join, resolve } from "node:path"
import { fileURLToPath, pathToFileURL } from "node:url"
import { defaultAcknowledgements } from "@openpor/domain"
import autocannon from "autocannon"
import pg from "pg"
import { API_ENVIRONMENT, API_NODE_FLAGS } from "../src/process-settings.ts"
import { BARE_SUBSCRIPTION, BARE_TOKEN, bareClaimId } from "./bare-server.ts"

const env = process.env
const DURATION = Number(env.BENCH_DURATION ?? 1.5)
const ROUNDS = Number(env.BENCH_ROUNDS ?? 3)
const CONNECTIONS = Number(env.BENCH_CONNECTIONS ?? 32)
const FIRST_POOL = Number(env.BENCH_POOL ?? 150)
const PROBE = Number(env.BENCH_PROBE ?? 5)
const DATABASES = (env.BENCH_DATABASES ?? "sqlite,postgres").split(",").map((d) => d.trim())
const POSTGRES_URL = env.OPENPOR_TEST_POSTGRES_URL ?? "postgres://postgres@127.0.0.1:5432/test"
const PASSWORD = "demo-Passw0rd!"
const SIGNING_SECRET = "openpor-http-bench-signing-secret"
const apiRoot = fileURLToPath(new URL("../", import.meta.url))
const preload = pathToFileURL(fileURLToPath(new URL("./count-statements.ts", import.meta.url))).href

const NORTHWIND = "11111111-1111-4111-8111-111111111111"
const ATTRIBUTION_SUBSCRIPTION = BARE_SUBSCRIPTION
/** Northwind's other subscriptions: the DPOR puts rotate over them (the attribution read stays still). */
const DPOR_SUBSCRIPTIONS = [1, 2, 3, 4, 6].map((n) => `aaaaaaaa-0000-4000-8000-00000000000${n}`)
const DPOR_PARTNERS = ["1000001", "2000001"]
/** A submission confirms every statement of the program (the defaults; SPEC §5). */
const ACKNOWLEDGED = { acknowledgements: defaultAcknowledgements.map((a) => a.id) }

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const median = (values: ReadonlyArray<number>) => {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

// ---------------------------------------------------------------------------------------------------
// The servers

const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = createServer()
    server.unref()
    server.on("error", reject)
    server.listen(0, "127.0.0.1", () => {
      const address = server.address()
      const port = typeof address === "object" && address !== null ? address.port : 0
      server.close(() => resolve(port))
    })
  })

/** /proc/<pid>/status, in MB: the resident set now (VmRSS) and its peak so far (VmHWM). */
const memory = (pid: number) => {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8")
    const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+)`, "m").exec(status)?.[1] ?? 0)
    return { rss: kb("VmRSS") / 1024, peak: kb("VmHWM") / 1024 }
  } catch {
    return { rss: 0, peak: 0 }
  }
}

interface Server {
  readonly base: string
  readonly pid: number
  /** The statements executed so far, and (with BENCH_SQL=1) their SQL since the last call. */
  readonly statements: () => Promise<{ readonly statements: number; readonly texts: ReadonlyArray<string> }>
  readonly output: () => string
  readonly stop: () => Promise<void>
}

/** The parent's environment without what would change how a server behaves. */
const childEnvironment = () =>
  Object.fromEntries(
    Object.entries(env).filter(
      ([k]) => !(k === "NODE_ENV" || k === "SMTP_URL" || k === "DATABASE_URL" || k.startsWith("OPENPOR_"))
    )
  )

/** BENCH_PROFILE=<directory>: the API writes a V8 CPU profile there when it stops (open it in Chrome DevTools). */
const profileFlags = (entry: string): ReadonlyArray<string> =>
  env.BENCH_PROFILE === undefined || !entry.startsWith("src/")
    ? []
    : ["--cpu-prof", `--cpu-prof-dir=${resolve(env.BENCH_PROFILE)}`]

const startServer = async (entry: string, extraEnv: Record<string, string>): Promise<Server> => {
  const port = await freePort()
  const base = `http://127.0.0.1:${port}`
  let output = ""
  // The API as its start scripts start it (src/process-settings.ts); the bare server as plain node.
  const api = entry.startsWith("src/")
  const flags = [...(api ? API_NODE_FLAGS : []), ...profileFlags(entry), "--import", preload, entry]
  const child: ChildProcess = spawn(process.execPath, flags, {
    cwd: apiRoot,
    env: {
      ...childEnvironment(),
      ...(api ? API_ENVIRONMENT : {}),
      PORT: String(port),
      HOST: "127.0.0.1",
      ...extraEnv
    },
    stdio: ["ignore", "pipe", "pipe", "ipc"]
  })
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000)
  }
  child.stdout?.on("data", keep)
  child.stderr?.on("data", keep)
  const exited = () => child.exitCode !== null || child.signalCode !== null
  const stop = async () => {
    if (exited()) return
    const gone = new Promise((resolve) => child.once("exit", resolve))
    child.kill("SIGTERM")
    const timer = setTimeout(() => child.kill("SIGKILL"), 5000)
    await gone
    clearTimeout(timer)
  }
  const statements = () =>
    new Promise<{ statements: number; texts: ReadonlyArray<string> }>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${entry}: no statement count`)), 5000)
      child.once("message", (message) => {
        clearTimeout(timer)
        resolve(message as { statements: number; texts: ReadonlyArray<string> })
      })
      child.send("statements")
    })
  const deadline = Date.now() + 120_000
  while (Date.now() < deadline) {
    if (exited()) throw new Error(`${entry} exited before it was ready:\n${output}`)
    try {
      // Ready, not only alive: the API answers /healthz from its start, before migrations (decision 027).
      const response = await fetch(`${base}/readyz`, { signal: AbortSignal.timeout(2000) })
      await response.body?.cancel()
      if (response.status === 200) return { base, pid: child.pid!, statements, output: () => output, stop }
    } catch {
      // not listening yet
    }
    await sleep(250)
  }
  await stop()
  throw new Error(`${entry} did not answer /readyz in 120 s:\n${output}`)
}

// ---------------------------------------------------------------------------------------------------
// Requests

interface Request {
  readonly method: "GET" | "POST" | "PUT"
  readonly path: string
  readonly body?: unknown
  /** The API: the signed link of this claim's consent email instead of a session (the bare server: its token). */
  readonly consentLinkOf?: string
}

/** What a request needs of the server it goes to: the caller's token and the ids to act on. */
interface Target {
  readonly name: "API" | "bare"
  readonly server: Server
  readonly token: (who: "partner" | "reviewer" | "customer") => string
  /** Claims for reads (submitted, with POE) and for comments (drafts); the pool of a consuming endpoint. */
  readonly ids: (kind: "detail" | "comment" | "pool") => ReadonlyArray<string>
  /** The signed consent link of a claim (the API only). */
  readonly consentLink?: (claimId: string) => string
}

interface Endpoint {
  readonly name: string
  readonly who: "partner" | "reviewer" | "customer"
  /** Consumes one prepared claim per request on the API (submit, decision, decline). */
  readonly consumes?: "draft_with_poe" | "submitted"
  readonly request: (target: Target, i: number) => Request
}

/**
 * Where a claim goes: a draft may repeat another's tenant and workload, an open claim may not (one open
 * claim per organization, tenant and workload), so claims to submit get a slot of their own on the
 * generated tenants (see `slots` in benchDatabase).
 */
interface Slot {
  readonly tenantId: string
  readonly domain: string
  readonly workload: string
}
const NORTHWIND_TEAMS: Slot = { tenantId: NORTHWIND, domain: "northwind.example", workload: "teams" }
const SLOT_WORKLOADS = ["exchange", "sharepoint", "teams", "intune"]

let claimSerial = 0
const claimBody = (label: string, slot: Slot = NORTHWIND_TEAMS) => ({
  name: `Bench ${label} ${++claimSerial}`,
  partnerId: "1000001",
  tenantId: slot.tenantId,
  customerDomain: slot.domain,
  solutionArea: "modern_work_security",
  partnerRole: "use_or_consume",
  workloads: [slot.workload],
  customerContact: { name: "Nora North", title: "CIO", email: `contact@${slot.domain}` },
  partnerContact: { name: "Ian Contoso", email: "ian@contoso.example" }
})
const at = (ids: ReadonlyArray<string>, i: number) => ids[i % ids.length]!

const ENDPOINTS: ReadonlyArray<Endpoint> = [
  {
    name: "POST /claims",
    who: "partner",
    request: () => ({ method: "POST", path: "/api/v1/claims", body: claimBody("draft") })
  },
  {
    name: "POST /claims/{id}/comments",
    who: "partner",
    request: (t, i) => ({
      method: "POST",
      path: `/api/v1/claims/${at(t.ids("comment"), i)}/comments`,
      body: { body: `Benchmark comment ${i}: the signed SOW is attached.` }
    })
  },
  {
    name: "GET /claims/{id}",
    who: "partner",
    request: (t, i) => ({ method: "GET", path: `/api/v1/claims/${at(t.ids("detail"), i)}` })
  },
  {
    name: "GET /claims (50 rows)",
    who: "partner",
    request: () => ({ method: "GET", path: "/api/v1/claims?limit=50" })
  },
  {
    name: "GET /review/queue",
    who: "reviewer",
    request: () => ({ method: "GET", path: "/api/v1/review/queue?limit=50" })
  },
  {
    name: "GET /attribution",
    who: "partner",
    request: () => ({
      method: "GET",
      path: `/api/v1/attribution?subscriptionId=${ATTRIBUTION_SUBSCRIPTION}&incentive=deploy&asOf=2026-12-01`
    })
  },
  { name: "GET /me", who: "partner", request: () => ({ method: "GET", path: "/api/v1/me" }) },
  {
    name: "POST /claims/{id}/submit",
    who: "partner",
    consumes: "draft_with_poe",
    request: (t, i) => ({
      method: "POST",
      path: `/api/v1/claims/${at(t.ids("pool"), i)}/submit`,
      body: ACKNOWLEDGED
    })
  },
  {
    name: "POST /review/claims/{id}/decision",
    who: "reviewer",
    consumes: "submitted",
    request: (t, i) => ({
      method: "POST",
      path: `/api/v1/review/claims/${at(t.ids("pool"), i)}/decision`,
      body: { decision: "approve" }
    })
  },
  {
    name: "POST /customer/requests/{id}/decline",
    who: "customer",
    consumes: "submitted",
    request: (t, i) => ({
      method: "POST",
      path: `/api/v1/customer/requests/${at(t.ids("pool"), i)}/decline`,
      body: { reason: "We did not work with this partner" },
      consentLinkOf: at(t.ids("pool"), i)
    })
  },
  {
    name: "PUT /customer/subscriptions/{id}/partner-of-record",
    who: "customer",
    request: (_t, i) => ({
      method: "PUT",
      path: `/api/v1/customer/subscriptions/${at(DPOR_SUBSCRIPTIONS, i)}/partner-of-record`,
      // Consecutive puts on one subscription alternate the partner: each one is a change.
      body: { partnerId: at(DPOR_PARTNERS, Math.floor(i / DPOR_SUBSCRIPTIONS.length)) }
    })
  }
]

const selected = (() => {
  const names = env.BENCH_ENDPOINTS?.split(",").map((n) => n.trim())
  if (names === undefined) return ENDPOINTS
  const unknown = names.filter((n) => !ENDPOINTS.some((e) => e.name === n))
  if (unknown.length > 0)
    throw new Error(
      `BENCH_ENDPOINTS: unknown ${unknown.join(", ")}; known: ${ENDPOINTS.map((e) => e.name).join(", ")}`
    )
  return ENDPOINTS.filter((e) => names.includes(e.name))
})()

const headersFor = (target: Target, endpoint: Endpoint, request: Request): Record<string, string> => ({
  ...(request.consentLinkOf !== undefined && target.consentLink !== undefined
    ? { "x-consent-token": target.consentLink(request.consentLinkOf) }
    : { authorization: `Bearer ${target.token(endpoint.who)}` }),
  ...(request.body === undefined ? {} : { "content-type": "application/json" })
})

/** One request with fetch (preparation and statement probes); throws unless 2xx. */
const call = async (
  base: string,
  token: string | Record<string, string>,
  method: string,
  path: string,
  body?: unknown
): Promise<any> => {
  const response = await fetch(`${base}${path}`, {
    method,
    headers:
      typeof token === "string"
        ? {
            authorization: `Bearer ${token}`,
            ...(body === undefined ? {} : { "content-type": "application/json" })
          }
        : token,
    ...(body === undefined ? {} : { body: JSON.stringify(body) })
  })
  const text = await response.text()
  if (response.status >= 300) throw new Error(`${method} ${path}: ${response.status} ${text.slice(0, 500)}`)
  return text === "" ? null : JSON.parse(text)
}

const signIn = async (base: string, email: string): Promise<string> => {
  const response = await fetch(`${base}/api/v1/auth/sessions`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password: PASSWORD })
  })
  if (response.status !== 201)
    throw new Error(`sign-in ${email}: ${response.status} ${await response.text()}`)
  return ((await response.json()) as { token: string }).token
}

/** Runs `task` for 0..n-1 with at most `concurrency` at a time. */
const parallel = async <A>(n: number, concurrency: number, task: (i: number) => Promise<A>) => {
  const results: Array<A> = new Array(n)
  let next = 0
  await Promise.all(
    Array.from({ length: Math.min(n, concurrency) }, async () => {
      while (next < n) {
        const i = next++
        results[i] = await task(i)
      }
    })
  )
  return results
}

const PDF = new TextEncoder().encode(
  "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Count 0/Kids[]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
)

/** Claims on the API: drafts, drafts with a POE, or submitted claims (create, attach, submit), one per slot. */
const prepareClaims = async (
  base: string,
  token: string,
  slots: ReadonlyArray<Slot>,
  state: "draft" | "draft_with_poe" | "submitted"
): Promise<ReadonlyArray<string>> =>
  parallel(slots.length, 4, async (i) => {
    const claim = await call(base, token, "POST", "/api/v1/claims", claimBody(state, slots[i]))
    const id = claim.id as string
    if (state === "draft") return id
    const form = new FormData()
    form.append("file", new Blob([PDF]), "signed-sow.pdf")
    const poe = await fetch(`${base}/api/v1/claims/${id}/poe`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}` },
      body: form
    })
    if (poe.status !== 201) throw new Error(`POE: ${poe.status} ${await poe.text()}`)
    if (state === "submitted") await call(base, token, "POST", `/api/v1/claims/${id}/submit`, ACKNOWLEDGED)
    return id
  })

// ---------------------------------------------------------------------------------------------------
// Load

interface Run {
  readonly rps: number
  readonly p50: number
  readonly p99: number
  readonly failed: number
}

const load = async (
  target: Target,
  endpoint: Endpoint,
  options: { readonly duration?: number; readonly amount?: number }
): Promise<Run> => {
  let i = 0
  const connections = Math.min(CONNECTIONS, options.amount ?? CONNECTIONS)
  const result = await autocannon({
    url: target.server.base,
    connections,
    // autocannon ends a run at a sample tick: ticks of 100 ms keep an `amount` run's duration (and so its
    // requests/s) within 0.1 s of the truth.
    sampleInt: 100,
    ...(options.amount === undefined
      ? { duration: options.duration ?? DURATION }
      : { amount: options.amount }),
    requests: [
      {
        setupRequest: (request) => {
          const r = endpoint.request(target, i++)
          return {
            ...request,
            method: r.method,
            path: r.path,
            headers: headersFor(target, endpoint, r),
            ...(r.body === undefined ? {} : { body: JSON.stringify(r.body) })
          }
        }
      }
    ]
  })
  return {
    rps: result["2xx"] / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    failed: result.non2xx + result.errors
  }
}

/** Statements per request: `PROBE` requests one after the other, between two reads of the driver's count. */
const probe = async (target: Target, endpoint: Endpoint): Promise<number> => {
  const before = await target.server.statements()
  for (let i = 0; i < PROBE; i++) {
    const r = endpoint.request(target, i)
    await call(target.server.base, headersFor(target, endpoint, r), r.method, r.path, r.body)
  }
  const after = await target.server.statements()
  if (env.BENCH_SQL === "1") {
    const one = after.texts.slice(0, after.texts.length / PROBE)
    console.log(`\n  ${target.name} ${endpoint.name}, the statements of one request:`)
    for (const text of one) console.log(`    ${text}`)
  }
  return (after.statements - before.statements) / PROBE
}

interface EndpointResult {
  readonly name: string
  readonly api: ReadonlyArray<Run>
  readonly bare: ReadonlyArray<Run>
  readonly apiStatements: number
  readonly bareStatements: number
}

interface DatabaseResult {
  readonly database: string
  readonly endpoints: ReadonlyArray<EndpointResult>
  readonly memory: {
    readonly api: { readonly start: number; readonly peak: number }
    readonly bare: { readonly start: number; readonly peak: number }
  }
  readonly seconds: number
}

const benchDatabase = async (database: string): Promise<DatabaseResult> => {
  const started = performance.now()
  const directory = mkdtempSync(join(tmpdir(), "openpor-http-bench-"))
  const schemas: Array<string> = []
  const servers: Array<Server> = []
  const urlFor = async (name: string) => {
    if (database === "sqlite") return `sqlite:${join(directory, `${name}.db`)}`
    const schema = `bench_${name}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 6)}`
    const admin = new pg.Client({ connectionString: POSTGRES_URL })
    await admin.connect()
    await admin.query(`CREATE SCHEMA ${schema}`)
    await admin.end()
    schemas.push(schema)
    const url = new URL(POSTGRES_URL)
    url.searchParams.set("schema", schema)
    return url.toString()
  }
  try {
    const api = await startServer("src/main.ts", {
      DATABASE_URL: await urlFor("api"),
      OPENPOR_SEED: "demo",
      OPENPOR_CLOCK: "test",
      OPENPOR_WORKERS: "0",
      OPENPOR_SECRET: SIGNING_SECRET,
      OPENPOR_BLOB_DIR: join(directory, "blobs")
    })
    servers.push(api)
    const bare = await startServer("bench/bare-server.ts", { BARE_DATABASE_URL: await urlFor("bare") })
    servers.push(bare)
    const startMemory = { api: memory(api.pid).rss, bare: memory(bare.pid).rss }

    const tokens = {
      partner: await signIn(api.base, "ian@contoso.example"),
      reviewer: await signIn(api.base, "rita@vendor.example"),
      customer: await signIn(api.base, "admin@northwind.example")
    }
    // The attribution read: Contoso (PartnerID 1000001) is the subscription's partner of record.
    await call(
      api.base,
      tokens.customer,
      "PUT",
      `/api/v1/customer/subscriptions/${ATTRIBUTION_SUBSCRIPTION}/partner-of-record`,
      { partnerId: "1000001" }
    )
    // Generated tenants (imported by the operator), each with four workloads: a slot per open claim.
    const operator = await signIn(api.base, "otto@vendor.example")
    const free: Array<Slot> = []
    let tenants = 0
    const slots = async (n: number): Promise<ReadonlyArray<Slot>> => {
      while (free.length < n) {
        const batch = Array.from({ length: 250 }, () => {
          const serial = ++tenants
          return {
            id: `cccccccc-0000-4000-8000-${serial.toString(16).padStart(12, "0")}`,
            name: `Bench tenant ${serial}`,
            domains: [`bench-${serial}.example`],
            workloads: SLOT_WORKLOADS
          }
        })
        await call(api.base, operator, "POST", "/api/v1/ops/directory/import", { tenants: batch })
        for (const t of batch)
          for (const workload of SLOT_WORKLOADS)
            free.push({ tenantId: t.id, domain: t.domains[0]!, workload })
      }
      return free.splice(0, n)
    }
    const prepStarted = performance.now()
    const detail = await prepareClaims(api.base, tokens.partner, await slots(60), "submitted")
    const comment = await prepareClaims(
      api.base,
      tokens.partner,
      Array.from({ length: CONNECTIONS }, () => NORTHWIND_TEAMS),
      "draft"
    )
    console.log(
      `  prepared ${detail.length} submitted claims and ${comment.length} drafts in ${((performance.now() - prepStarted) / 1000).toFixed(1)} s`
    )
    let pool: ReadonlyArray<string> = []
    const apiTarget: Target = {
      name: "API",
      server: api,
      token: (who) => tokens[who],
      ids: (kind) => (kind === "detail" ? detail : kind === "comment" ? comment : pool),
      consentLink: (claimId) => {
        // The link of the consent email (packages/domain/src/claims/consent.ts), signed with OPENPOR_SECRET.
        const expires = Date.now() + 30 * 86_400_000
        const signature = createHmac("sha256", SIGNING_SECRET)
          .update(`consent.v1.${claimId}.${expires}`)
          .digest("hex")
        return `${claimId}.${expires}.${signature}`
      }
    }
    const bareIds = Array.from({ length: 60 }, (_, n) => bareClaimId(n))
    const bareTarget: Target = {
      name: "bare",
      server: bare,
      token: () => BARE_TOKEN,
      ids: () => bareIds
    }
    const preparePool = async (endpoint: Endpoint, n: number) => {
      pool =
        endpoint.consumes === undefined
          ? []
          : await prepareClaims(api.base, tokens.partner, await slots(n), endpoint.consumes)
    }

    // Statements per request, and a check that every request is valid on both servers.
    const statements = new Map<string, { api: number; bare: number }>()
    for (const endpoint of selected) {
      await preparePool(endpoint, PROBE)
      statements.set(endpoint.name, {
        api: await probe(apiTarget, endpoint),
        bare: await probe(bareTarget, endpoint)
      })
    }

    const runs = new Map<string, { api: Array<Run>; bare: Array<Run> }>(
      selected.map((e) => [e.name, { api: [], bare: [] }])
    )
    const poolSize = new Map<string, number>()
    for (let round = 1; round <= ROUNDS; round++) {
      for (const endpoint of selected) {
        const r = runs.get(endpoint.name)!
        const amount =
          endpoint.consumes === undefined ? undefined : (poolSize.get(endpoint.name) ?? FIRST_POOL)
        if (amount !== undefined) await preparePool(endpoint, amount)
        const runApi = async () => {
          const run = await load(apiTarget, endpoint, amount === undefined ? {} : { amount })
          r.api.push(run)
          if (amount !== undefined)
            poolSize.set(endpoint.name, Math.max(32, Math.min(5000, Math.round(run.rps * DURATION))))
        }
        const runBare = async () => {
          r.bare.push(await load(bareTarget, endpoint, {}))
        }
        // Alternate which server goes first.
        if (round % 2 === 1) {
          await runApi()
          await sleep(200)
          await runBare()
        } else {
          await runBare()
          await sleep(200)
          await runApi()
        }
        await sleep(200)
        const a = r.api.at(-1)!
        const b = r.bare.at(-1)!
        console.log(
          `  round ${round} ${endpoint.name.padEnd(52)} API ${a.rps.toFixed(0).padStart(6)} req/s${a.failed > 0 ? ` (${a.failed} failed)` : ""}, bare ${b.rps.toFixed(0).padStart(6)} req/s${b.failed > 0 ? ` (${b.failed} failed)` : ""}`
        )
      }
    }
    const end = { api: memory(api.pid), bare: memory(bare.pid) }
    return {
      database,
      endpoints: selected.map((e) => ({
        name: e.name,
        api: runs.get(e.name)!.api,
        bare: runs.get(e.name)!.bare,
        apiStatements: statements.get(e.name)!.api,
        bareStatements: statements.get(e.name)!.bare
      })),
      memory: {
        api: { start: startMemory.api, peak: end.api.peak },
        bare: { start: startMemory.bare, peak: end.bare.peak }
      },
      seconds: (performance.now() - started) / 1000
    }
  } catch (e) {
    for (const s of servers) console.error(`--- server output (last lines):\n${s.output().slice(-4000)}`)
    throw e
  } finally {
    for (const s of servers) await s.stop()
    rmSync(directory, { recursive: true, force: true })
    if (schemas.length > 0) {
      const admin = new pg.Client({ connectionString: POSTGRES_URL })
      await admin.connect()
      for (const schema of schemas) await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`)
      await admin.end()
    }
  }
}

// ---------------------------------------------------------------------------------------------------
// Report

const postgresReachable = async () => {
  const client = new pg.Client({ connectionString: POSTGRES_URL, connectionTimeoutMillis: 3000 })
  try {
    await client.connect()
    await client.query("SELECT 1")
    return true
  } catch {
    return false
  } finally {
    await client.end().catch(() => undefined)
  }
}

const fmt = (n: number, digits = 0) =>
  n.toLocaleString("en", { maximumFractionDigits: digits, minimumFractionDigits: digits })
const ms = (n: number) => (n >= 100 ? fmt(n) : fmt(n, 1))

const table = (result: DatabaseResult) => {
  const lines = [
    `| ${result.database} | API req/s | bare req/s | ratio | API p50 / p99 ms | bare p50 / p99 ms | statements / request |`,
    "| --- | --: | --: | --: | --: | --: | --: |"
  ]
  for (const e of result.endpoints) {
    const api = median(e.api.map((r) => r.rps))
    const bare = median(e.bare.map((r) => r.rps))
    const failed = e.api.reduce((s, r) => s + r.failed, 0) + e.bare.reduce((s, r) => s + r.failed, 0)
    lines.push(
      `| ${e.name}${failed > 0 ? ` (${failed} non-2xx)` : ""} | ${fmt(api)} | ${fmt(bare)} | ${bare === 0 ? "—" : (api / bare).toFixed(3)} | ${ms(median(e.api.map((r) => r.p50)))} / ${ms(median(e.api.map((r) => r.p99)))} | ${ms(median(e.bare.map((r) => r.p50)))} / ${ms(median(e.bare.map((r) => r.p99)))} | ${fmt(e.apiStatements, 1)} (bare ${fmt(e.bareStatements, 1)}) |`
    )
  }
  const m = result.memory
  lines.push(
    "",
    `Peak RSS (VmHWM): API ${fmt(m.api.peak)} MB (${fmt(m.api.start)} MB after start), bare ${fmt(m.bare.peak)} MB (${fmt(m.bare.start)} MB after start): ${(m.api.peak / m.bare.peak).toFixed(1)}× the bare server's.`
  )
  return lines.join("\n")
}

const main = async () => {
  const databases = [...DATABASES]
  if (databases.includes("postgres") && !(await postgresReachable())) {
    if (env.CI === "true") throw new Error(`CI=true but PostgreSQL is not reachable at ${POSTGRES_URL}`)
    console.warn(`PostgreSQL is not reachable at ${POSTGRES_URL}: SQLite only`)
    databases.splice(databases.indexOf("postgres"), 1)
  }
  const load0 = loadavg()
  console.log(
    `HTTP benchmark: ${ROUNDS} alternating rounds, ${DURATION} s per endpoint and server, ${CONNECTIONS} connections; ${cpus().length} CPUs, load average ${load0.map((l) => l.toFixed(2)).join(" ")}`
  )
  const results: Array<DatabaseResult> = []
  for (const database of databases) {
    console.log(`\n== ${database}`)
    const result = await benchDatabase(database)
    results.push(result)
    console.log(`\n${table(result)}\n\n(${fmt(result.seconds)} s)`)
  }
  const load1 = loadavg()
  console.log(
    `\nLoad average at the start ${load0.map((l) => l.toFixed(2)).join(" ")}, at the end ${load1.map((l) => l.toFixed(2)).join(" ")}`
  )
  if (env.BENCH_JSON !== undefined)
    writeFileSync(
      env.BENCH_JSON,
      JSON.stringify(
        { duration: DURATION, rounds: ROUNDS, connections: CONNECTIONS, load: [load0, load1], results },
        null,
        2
      )
    )
}

await main()
