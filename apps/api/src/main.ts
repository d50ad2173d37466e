import { fileURLToPath } from "node:url"
import { Redacted } from "effect"
import { ConfigError, readConfig } from "./config.ts"
import { DEMO_PASSWORD, demo } from "./seed/demo.ts"
import { startServer } from "./start.ts"
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
  const server = await startServer(config)
  const base = config.publicUrl.replace(/:\d+$/, `:${server.port}`)
  const lines = [
    "",
    "OpenPOR is running",
    `  ${"API".padEnd(22)} ${base}/api/v1   (OpenAPI: ${base}/api/v1/openapi.json)`,
    ...APPS.map((a) => `  ${a.title.padEnd(22)} ${base}${a.base}/`),
    `  ${"Database".padEnd(22)} ${config.database.dialect}${config.database.dialect === "sqlite" ? ` (${Redacted.value(config.database.url)})` : ""}`,
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
  let stopping = false
  const stop = (signal: string) => {
    if (stopping) return
    stopping = true
    console.log(
      JSON.stringify({ level: "info", time: new Date().toISOString(), msg: "shutting down", signal })
    )
    server.close().then(
      () => process.exit(0),
      (e) => {
        console.error(e)
        process.exit(1)
      }
    )
  }
  process.once("SIGINT", () => stop("SIGINT"))
  process.once("SIGTERM", () => stop("SIGTERM"))
}

main().catch((e) => {
  console.error("openpor: failed to start:", e)
  process.exit(1)
})
