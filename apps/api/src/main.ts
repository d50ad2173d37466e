import { fileURLToPath } from "node:url"
import { Redacted } from "effect"
import { ConfigError, readConfig } from "./config.ts"
import { logJson } from "./http/errors.ts"
import { DEMO_PASSWORD, demo } from "./seed/demo.ts"
import { type RunningServer, startServer } from "./start.ts"
import { APPS } from "./static.ts"

const appsRoot = fileURLToPath(new URL("../../", import.meta.url))

const main = async () => {
  let config: ReturnType<typeof readConfig>
  try {
    config = readConfig(process.env, { appsRoot })
  } catch (e) {
    if (e instanceof ConfigError) {
      console.error(`openpor: configuration error: ${e.message}`)
      process.exit(2)
    }
    throw e
  }
  // SIGTERM/SIGINT: before the process is up it just exits (the startup step is transactional; the
  // startup lock goes with the connection); once up it drains (decision 027) and exits 0.
  let server: RunningServer | undefined
  let stopping = false
  const stop = (signal: string) => {
    // Once: a terminal's Ctrl-C reaches both a launcher and its children, which the launcher also signals.
    if (stopping) return
    stopping = true
    const started = Date.now()
    logJson("info", "shutting down", {
      signal,
      role: config.role,
      shutdownSeconds: config.shutdownMillis / 1000
    })
    if (server === undefined) process.exit(0)
    // A last bound: closing the pool waits for requests cut at the deadline to let go of their connections.
    setTimeout(() => {
      logJson("error", "shutdown did not finish in time", { durationMs: Date.now() - started })
      process.exit(1)
    }, config.shutdownMillis + 10_000).unref()
    server.close().then(
      (report) => {
        logJson("info", "shut down", { ...report, durationMs: Date.now() - started })
        process.exit(0)
      },
      (e) => {
        console.error("openpor: shutdown failed:", e)
        process.exit(1)
      }
    )
  }
  process.on("SIGINT", () => stop("SIGINT"))
  process.on("SIGTERM", () => stop("SIGTERM"))

  server = await startServer(config, {
    onListening: (port) =>
      logJson("info", "listening", {
        role: config.role,
        port,
        serves: config.role === "worker" ? "/healthz, /readyz" : "the API, /healthz, /readyz"
      })
  })
  if (stopping) return
  const base = config.publicUrl.replace(/:\d+$/, `:${server.port}`)
  const db = `${config.database.dialect}${config.database.dialect === "sqlite" ? ` (${Redacted.value(config.database.url)})` : ""}`
  const jobs = `${"Job workers".padEnd(22)} ${server.workers}${server.workers === 0 ? " (this process runs no jobs)" : ""}`
  if (config.role === "worker") {
    console.log(
      `${[
        "",
        "OpenPOR worker is running (OPENPOR_ROLE=worker: job workers, no HTTP API)",
        `  ${jobs}`,
        `  ${"Health".padEnd(22)} http://${config.host === "0.0.0.0" ? "localhost" : config.host}:${server.port}/healthz, /readyz`,
        `  ${"Database".padEnd(22)} ${db}`,
        `  ${"Email".padEnd(22)} ${config.smtpUrl === undefined ? "dev mailbox" : "SMTP"}`
      ].join("\n")}\n`
    )
    return
  }
  const lines = [
    "",
    `OpenPOR is running (OPENPOR_ROLE=${config.role}: ${config.role === "all" ? "HTTP API and job workers" : "HTTP API, no job workers"})`,
    `  ${"API".padEnd(22)} ${base}/api/v1   (OpenAPI: ${base}/api/v1/openapi.json)`,
    ...APPS.map((a) => `  ${a.title.padEnd(22)} ${base}${a.base}/`),
    `  ${jobs}`,
    `  ${"Health".padEnd(22)} ${base}/healthz, ${base}/readyz`,
    `  ${"Database".padEnd(22)} ${db}`,
    `  ${"Email".padEnd(22)} ${config.smtpUrl === undefined ? `dev mailbox: ${base}/api/v1/dev/mailbox` : "SMTP"}`,
    `  ${"Clock".padEnd(22)} ${config.testClock ? `test clock (POST ${base}/api/v1/ops/clock/advance)${config.testClockStart === undefined ? "" : `, from ${config.testClockStart.toISOString()} on a new database`}` : "system"}`
  ]
  if (config.seed === "demo") {
    lines.push("", `Demo sign-ins (password ${DEMO_PASSWORD}):`)
    for (const u of demo.users)
      lines.push(
        `  ${u.email.padEnd(26)} ${u.roles.map(([r, l]) => (l === null ? r : `${r}@${l.replace("loc_", "")}`)).join(", ")}`
      )
  }
  console.log(`${lines.join("\n")}\n`)
}

main().catch((e) => {
  console.error("openpor: failed to start:", e)
  process.exit(1)
})
