/**
 * `./dev start --pg` (docs/deploy.md, decision 029): the whole system on the local PostgreSQL as it runs
 * scaled out — 2 API processes (`OPENPOR_ROLE=api`) and 2 workers (`OPENPOR_ROLE=worker`) behind the
 * round-robin proxy on one port (PORT, default 3000), so the URLs and demo sign-ins are those of
 * `./dev start`. DATABASE_URL (default postgres://postgres@127.0.0.1:5432/openpor_demo) names the
 * database; it is created when missing. Every process's log lines are printed with its name in front
 * (`api-1 | {…"requestId":…}`), so one can watch the requests alternate. SIGINT/SIGTERM go to every
 * process; the launcher waits for all of them, then closes the proxy and exits (0 when all exited 0).
 */
import { type ChildProcess, spawn } from "node:child_process"
import { once } from "node:events"
import { createServer } from "node:net"
import { createInterface } from "node:readline"
import { fileURLToPath } from "node:url"
import { Redacted } from "effect"
import pg from "pg"
import { ConfigError, readConfig, type ServerConfig } from "../config.ts"
import { API_ENVIRONMENT, API_NODE_FLAGS } from "../process-settings.ts"
import { DEMO_PASSWORD, demo } from "../seed/demo.ts"
import { APPS } from "../static.ts"
import { type RoundRobinProxy, startRoundRobinProxy } from "./round-robin-proxy.ts"

export const DEFAULT_DATABASE_URL = "postgres://postgres@127.0.0.1:5432/openpor_demo"
const API_PROCESSES = 2
const WORKER_PROCESSES = 2

const mainTs = fileURLToPath(new URL("../main.ts", import.meta.url))
const appsRoot = fileURLToPath(new URL("../../../", import.meta.url))

const say = (line: string) => process.stdout.write(`${line}\n`)

class LaunchError extends Error {}

/** The database of DATABASE_URL, created (from the `postgres` or `template1` database) when missing. */
export const ensureDatabase = async (url: string): Promise<"created" | "exists"> => {
  const target = new URL(url)
  const name = decodeURIComponent(target.pathname.replace(/^\//, ""))
  if (!/^[A-Za-z_][A-Za-z0-9_]{0,62}$/.test(name))
    throw new LaunchError(`DATABASE_URL must name a database of letters, digits and _ (got "${name}")`)
  let lastError: unknown
  for (const maintenance of ["postgres", "template1"]) {
    const admin = new URL(url)
    admin.pathname = `/${maintenance}`
    admin.search = ""
    const client = new pg.Client({ connectionString: admin.toString(), connectionTimeoutMillis: 5000 })
    try {
      await client.connect()
    } catch (e) {
      lastError = e
      await client.end().catch(() => undefined)
      continue
    }
    try {
      const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name])
      if (found.rowCount !== 0) return "exists"
      await client.query(`CREATE DATABASE "${name}"`)
      return "created"
    } catch (e) {
      if ((e as { code?: string }).code === "42P04") return "exists" // created meanwhile by another
      throw e
    } finally {
      await client.end().catch(() => undefined)
    }
  }
  throw new LaunchError(
    `PostgreSQL is not reachable at ${target.host} (${lastError instanceof Error ? lastError.message : String(lastError)}); start it, or set DATABASE_URL`
  )
}

const freePort = async (): Promise<number> => {
  const server = createServer()
  server.listen(0, "127.0.0.1")
  await once(server, "listening")
  const port = (server.address() as { port: number }).port
  await new Promise((r) => server.close(r))
  return port
}

interface Member {
  readonly name: string
  readonly role: "api" | "worker"
  /** The API port (role api) or the health port (role worker), on 127.0.0.1. */
  readonly port: number
  readonly child: ChildProcess
  readonly exited: Promise<number | null>
  /** The last lines it printed (shown when it fails to start). */
  readonly tail: Array<string>
}

const startMember = (name: string, role: "api" | "worker", port: number, env: NodeJS.ProcessEnv): Member => {
  const child = spawn(process.execPath, [...API_NODE_FLAGS, mainTs], {
    env: {
      ...env,
      ...API_ENVIRONMENT,
      OPENPOR_ROLE: role,
      HOST: "127.0.0.1",
      ...(role === "api" ? { PORT: String(port) } : { OPENPOR_HEALTH_PORT: String(port) })
    },
    stdio: ["ignore", "pipe", "pipe"]
  })
  const tail: Array<string> = []
  const label = name.padEnd(8)
  // Log lines (JSON) and errors are shown with the process's name; its own start-up banner is not (the
  // launcher prints one for the whole system).
  for (const [stream, always] of [
    [child.stdout, false],
    [child.stderr, true]
  ] as const) {
    if (stream === null) continue
    createInterface({ input: stream }).on("line", (line) => {
      tail.push(line)
      if (tail.length > 40) tail.shift()
      if (always || line.startsWith("{")) say(`${label} | ${line}`)
    })
  }
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)))
  return { name, role, port, child, exited, tail }
}

const ready = async (member: Member, deadline: number): Promise<void> => {
  let exitCode: number | null | undefined
  void member.exited.then((code) => {
    exitCode = code
  })
  for (;;) {
    if (exitCode !== undefined)
      throw new LaunchError(
        `${member.name} exited (code ${exitCode}) before it was ready:\n${member.tail.join("\n")}`
      )
    const ok = await fetch(`http://127.0.0.1:${member.port}/readyz`).then(
      (r) => r.ok,
      () => false
    )
    if (ok) return
    if (Date.now() > deadline)
      throw new LaunchError(
        `${member.name} was not ready within the time allowed:\n${member.tail.join("\n")}`
      )
    await new Promise((r) => setTimeout(r, 200))
  }
}

const banner = (
  config: ServerConfig,
  databaseUrl: string,
  proxy: RoundRobinProxy,
  members: ReadonlyArray<Member>
) => {
  const base = config.publicUrl
  const shownUrl = new URL(databaseUrl)
  if (shownUrl.password !== "") shownUrl.password = "***"
  const lines = [
    "",
    `OpenPOR is running on PostgreSQL: ${API_PROCESSES} API processes and ${WORKER_PROCESSES} workers behind a round-robin proxy`,
    `  ${"API".padEnd(22)} ${base}/api/v1   (OpenAPI: ${base}/api/v1/openapi.json)`,
    ...APPS.map((a) => `  ${a.title.padEnd(22)} ${base}${a.base}/`),
    `  ${"Database".padEnd(22)} ${shownUrl.toString()}`,
    `  ${"Email".padEnd(22)} ${config.smtpUrl === undefined ? `dev mailbox: ${base}/api/v1/dev/mailbox` : "SMTP"}`,
    `  ${"Clock".padEnd(22)} ${config.testClock ? `test clock (POST ${base}/api/v1/ops/clock/advance)` : "system"}`,
    "",
    "Processes:",
    `  ${"proxy".padEnd(9)} pid ${String(process.pid).padEnd(8)} port ${String(proxy.port).padEnd(6)} round robin over ${members
      .filter((m) => m.role === "api")
      .map((m) => m.port)
      .join(", ")}`,
    ...members.map(
      (m) =>
        `  ${m.name.padEnd(9)} pid ${String(m.child.pid).padEnd(8)} port ${String(m.port).padEnd(6)} role ${m.role}${m.role === "worker" ? " (health port: /healthz, /readyz)" : ""}`
    )
  ]
  if (config.seed === "demo") {
    lines.push("", `Demo sign-ins (password ${DEMO_PASSWORD}):`)
    for (const u of demo.users)
      lines.push(
        `  ${u.email.padEnd(26)} ${u.roles.map(([r, l]) => (l === null ? r : `${r}@${l.replace("loc_", "")}`)).join(", ")}`
      )
  }
  lines.push("", "Log lines follow, each with the name of its process. Ctrl-C stops them all.", "")
  return lines.join("\n")
}

const main = async () => {
  const databaseUrl = process.env.DATABASE_URL?.trim() || DEFAULT_DATABASE_URL
  if (!/^postgres(ql)?:\/\//.test(databaseUrl))
    throw new LaunchError(
      `./dev start --pg runs on PostgreSQL: DATABASE_URL must be postgres://… (got ${databaseUrl.split(":")[0]}:…)`
    )
  const port = Number(process.env.PORT?.trim() || 3000)
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    OPENPOR_PUBLIC_URL: process.env.OPENPOR_PUBLIC_URL?.trim() || `http://localhost:${port}`
  }
  // Every setting is checked once here, so a bad one is one message rather than four.
  const config = readConfig({ ...env, PORT: String(port) }, { appsRoot })
  if (config.database.dialect !== "postgres") throw new LaunchError("DATABASE_URL must be postgres://…")

  const members: Array<Member> = []
  let stopping = false
  let proxy: RoundRobinProxy | undefined
  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) return
    stopping = true
    say(`launch: ${signal}: stopping ${members.map((m) => `${m.name} (${m.child.pid})`).join(", ")}`)
    for (const m of members)
      if (m.child.exitCode === null && m.child.signalCode === null) m.child.kill("SIGTERM")
    const codes = await Promise.all(members.map((m) => m.exited))
    // The proxy stays up while the API processes drain, so the requests they finish get their answers.
    if (proxy !== undefined) {
      const stats = proxy.stats()
      say(
        `launch: the proxy passed ${stats.requests} requests: ${stats.upstreams.map((u) => `${u.url} answered ${u.responses}`).join(", ")}`
      )
      await proxy.close()
    }
    say(`launch: every process exited (${members.map((m, i) => `${m.name}: ${codes[i]}`).join(", ")})`)
    process.exit(codes.every((c) => c === 0) ? 0 : 1)
  }
  process.on("SIGINT", () => void stop("SIGINT"))
  process.on("SIGTERM", () => void stop("SIGTERM"))

  // The proxy takes the port first (a port in use stops the launch before anything is created); until
  // the API processes are up it answers 502.
  const apiPorts = await Promise.all(Array.from({ length: API_PROCESSES }, () => freePort()))
  const workerPorts = await Promise.all(Array.from({ length: WORKER_PROCESSES }, () => freePort()))
  proxy = await startRoundRobinProxy({
    upstreams: apiPorts.map((p) => `http://127.0.0.1:${p}`),
    port,
    host: config.host,
    log: (message) => say(`${"proxy".padEnd(8)} | ${message}`)
  }).catch((e: NodeJS.ErrnoException) => {
    throw new LaunchError(
      e.code === "EADDRINUSE"
        ? `port ${port} is in use (another ./dev start?); set PORT to use another`
        : e.message
    )
  })
  const created = await ensureDatabase(Redacted.value(config.database.url)).catch(async (e: unknown) => {
    await proxy?.close()
    throw e
  })
  if (created === "created") say(`launch: created the database ${new URL(databaseUrl).pathname.slice(1)}`)
  // All four start together: the startup lock lets one of them migrate and seed while the others wait.
  for (const [i, p] of apiPorts.entries()) members.push(startMember(`api-${i + 1}`, "api", p, env))
  for (const [i, p] of workerPorts.entries()) members.push(startMember(`worker-${i + 1}`, "worker", p, env))
  for (const m of members)
    void m.exited.then((code) => {
      if (!stopping) say(`launch: ${m.name} (pid ${m.child.pid}) exited with code ${code}`)
    })
  const deadline = Date.now() + 180_000
  try {
    await Promise.all(members.map((m) => ready(m, deadline)))
  } catch (e) {
    if (stopping) return
    say(`launch: ${e instanceof Error ? e.message : String(e)}`)
    await stop("SIGTERM")
    return
  }
  if (stopping) return
  say(banner(config, databaseUrl, proxy, members))
}

main().catch((e) => {
  if (e instanceof ConfigError || e instanceof LaunchError) {
    console.error(`launch: ${e.message}`)
    process.exit(2)
  }
  console.error("launch: failed:", e)
  process.exit(1)
})
