import { execFile } from "node:child_process"
import { once } from "node:events"
import { existsSync, readFileSync } from "node:fs"
import { createServer } from "node:http"
import { fileURLToPath } from "node:url"
import { promisify } from "node:util"
import { parseDatabaseUrl } from "@openpor/db"
import { Redacted } from "effect"
import { describe, expect, it } from "vitest"
import { readConfig } from "../src/config.ts"
import { healthUrl } from "../src/ops/healthcheck.ts"
import { API_ENVIRONMENT, API_NODE_FLAGS } from "../src/process-settings.ts"

/**
 * The deployment files (docs/deploy.md: Dockerfile, .dockerignore, deploy/*) cannot be run on these
 * machines (no image registry, no systemd as PID 1): what they name is checked against the repository
 * and the code instead — files and commands exist, versions and start commands agree, the example
 * settings are valid and add up.
 */
const root = fileURLToPath(new URL("../../../", import.meta.url))
const read = (path: string) => readFileSync(`${root}${path}`, "utf8")
const exists = (path: string) => existsSync(`${root}${path}`)

const dockerfile = read("Dockerfile")
const instructions = dockerfile
  .replace(/\\\n\s*/g, " ")
  .split("\n")
  .filter((l) => l.trim() !== "" && !l.trimStart().startsWith("#"))
  .map((l) => {
    const [keyword, ...rest] = l.trim().split(/\s+/)
    return { keyword: keyword!.toUpperCase(), args: rest.join(" ") }
  })
const all = (keyword: string) => instructions.filter((i) => i.keyword === keyword).map((i) => i.args)

/** `NAME=value` pairs of the ENV lines of the image that runs (the last stage). */
const lastStage = instructions.slice(instructions.findLastIndex((i) => i.keyword === "FROM"))
const dockerEnv = Object.fromEntries(
  lastStage
    .filter((i) => i.keyword === "ENV")
    .flatMap((i) => [...i.args.matchAll(/([A-Z_][A-Z0-9_]*)=(\S+)/g)].map((m) => [m[1]!, m[2]!]))
)

/** The variables of the README's configuration table (which config.test.ts holds to config.ts). */
const documented = (() => {
  const readme = read("README.md")
  const table = readme.slice(readme.indexOf("## Configuration"))
  return new Set(
    [...table.slice(0, table.indexOf("\n\n", table.indexOf("| variable"))).matchAll(/^\| `([A-Z_]+)`/gm)].map(
      (m) => m[1]!
    )
  )
})()

const devNodeVersion = /^NODE_VERSION=(\S+)$/m.exec(read("dev"))![1]!

/** key=value lines of a systemd unit or an environment file (the last one wins, as in systemd). */
const keyValues = (text: string) =>
  Object.fromEntries(
    text
      .split("\n")
      .filter((l) => /^[A-Za-z_][A-Za-z0-9_]*=/.test(l))
      .map((l) => [l.slice(0, l.indexOf("=")), l.slice(l.indexOf("=") + 1)])
  )

const startCommand = `node ${API_NODE_FLAGS.join(" ")} apps/api/src/main.ts`

describe("the Dockerfile", () => {
  it("builds on the official Node image of ./dev's NODE_VERSION, in every stage", () => {
    expect(dockerfile).toMatch(new RegExp(`^ARG NODE_VERSION=${devNodeVersion.replaceAll(".", "\\.")}$`, "m"))
    const bases = all("FROM").map((args) => args.split(" ")[0]!)
    const official = `node:$\{NODE_VERSION}-bookworm-slim` // the build stage and the image that runs
    expect(bases.filter((b) => b.startsWith("node:"))).toEqual([official, official])
    // The other stages build on these.
    const named = all("FROM").flatMap((args) => /\bAS (\S+)$/i.exec(args)?.[1] ?? [])
    for (const b of bases) expect(b.startsWith("node:") || named.includes(b)).toBe(true)
  })

  it("copies files that exist and installs pnpm at the version package.json pins, from the lockfile", () => {
    for (const args of all("COPY").filter((a) => !a.startsWith("--from"))) {
      const sources = args.split(" ").slice(0, -1)
      for (const source of sources)
        expect({ source, exists: exists(source) }).toEqual({ source, exists: true })
    }
    const pinned = (JSON.parse(read("package.json")) as { packageManager: string }).packageManager
    expect(pinned).toMatch(/^pnpm@\d+\.\d+\.\d+$/)
    expect(dockerfile).toContain(`require("./package.json").packageManager.split("@")[1]`)
    expect(dockerfile).toContain("pnpm install --frozen-lockfile && pnpm run build")
    expect(dockerfile).toContain("pnpm install --frozen-lockfile --prod")
    // `pnpm run build` builds the three web apps the API serves from apps/<app>/dist.
    expect((JSON.parse(read("package.json")) as { scripts: Record<string, string> }).scripts.build).toBe(
      "turbo run build"
    )
    for (const app of ["partner-portal", "customer-approval", "reviewer-console"])
      expect(
        (JSON.parse(read(`apps/${app}/package.json`)) as { scripts: Record<string, string> }).scripts.build
      ).toBe("vite build")
  })

  it("starts the API as apps/api/src/process-settings.ts says, as a non-root user, with a health check", () => {
    const cmd = JSON.parse(all("CMD").at(-1)!) as Array<string>
    expect(cmd.join(" ")).toBe(startCommand)
    expect(exists(cmd.at(-1)!)).toBe(true)
    for (const [name, value] of Object.entries(API_ENVIRONMENT)) expect(dockerEnv[name]).toBe(value)
    expect(all("USER").at(-1)).toBe("node")
    const check = all("HEALTHCHECK").at(-1)!
    const script = /CMD \["node", "([^"]+)"\]/.exec(check)![1]!
    expect(exists(script)).toBe(true)
    const config = readConfig({ ...dockerEnv, SMTP_URL: "smtp://mail.internal:587" })
    expect(all("EXPOSE").at(-1)!.split(" ").map(Number)).toEqual([config.port, config.healthPort])
    expect(all("VOLUME").at(-1)).toBe('["/data"]')
  })

  it("sets only documented settings, and they make a valid production configuration on /data", () => {
    for (const name of Object.keys(dockerEnv).filter((n) => !(n in API_ENVIRONMENT)))
      expect({ name, documented: documented.has(name) }).toEqual({ name, documented: true })
    const config = readConfig({ ...dockerEnv, SMTP_URL: "smtp://mail.internal:587" })
    expect(config.production).toBe(true)
    expect(config.host).toBe("0.0.0.0")
    expect(Redacted.value(config.database.url).startsWith("/data/")).toBe(true)
    expect(config.blobDirectory.startsWith("/data/")).toBe(true)
  })

  it(".dockerignore leaves in what the build and the API need, and keeps out node_modules and data", () => {
    const patterns = read(".dockerignore")
      .split("\n")
      .map((l) => l.trim())
      .filter((l) => l !== "" && !l.startsWith("#"))
    const ignored = (path: string) =>
      patterns.some((p) => {
        const anywhere = p.startsWith("**/")
        const pattern = anywhere ? p.slice(3) : p
        const segments = path.split("/")
        const re = new RegExp(`^${pattern.replaceAll(".", "\\.").replaceAll("*", "[^/]*")}$`)
        // A pattern names a file or a folder (and so everything in it), at the root or (**/) anywhere.
        return anywhere
          ? segments.some((_, i) => re.test(segments.slice(i, i + pattern.split("/").length).join("/")))
          : segments.some((_, i) => re.test(segments.slice(0, i + 1).join("/")))
      })
    for (const needed of [
      "package.json",
      "pnpm-lock.yaml",
      "pnpm-workspace.yaml",
      "apps/api/src/main.ts",
      "apps/api/src/ops/healthcheck.ts",
      "packages/db/src/migrations/index.ts",
      "packages/domain/src/index.ts",
      "apps/partner-portal/index.html",
      "packages/ui/src/data/AsyncView.tsx", // a folder named data, but not the root's
      "apps/api/package.json"
    ])
      expect({ needed, ignored: ignored(needed) }).toEqual({ needed, ignored: false })
    for (const kept of [
      "node_modules/effect/package.json",
      "apps/api/node_modules/hono/package.json",
      "apps/partner-portal/dist/index.html",
      ".toolchain/node/bin/node",
      "data/openpor.db",
      "apps/api/data/x.db",
      ".git/HEAD"
    ])
      expect({ kept, ignored: ignored(kept) }).toEqual({ kept, ignored: true })
  })
})

describe("the container health check (apps/api/src/ops/healthcheck.ts)", () => {
  it("asks the port the server listens on for its role, with config.ts's defaults", () => {
    for (const env of [
      {},
      { PORT: "8080" },
      { OPENPOR_ROLE: "api", PORT: "8081" },
      { OPENPOR_ROLE: "worker" },
      { OPENPOR_ROLE: "worker", OPENPOR_HEALTH_PORT: "9100", PORT: "8080" },
      { OPENPOR_ROLE: "all", OPENPOR_HEALTH_PORT: "9100" }
    ]) {
      const config = readConfig(env)
      expect(healthUrl(env)).toBe(
        `http://127.0.0.1:${config.role === "worker" ? config.healthPort : config.port}/healthz`
      )
    }
  })

  it("exits 0 when /healthz answers 200, 1 when it answers otherwise or nothing listens", async () => {
    let status = 200
    const server = createServer((req, res) => res.writeHead(req.url === "/healthz" ? status : 404).end())
    server.listen(0, "127.0.0.1")
    await once(server, "listening")
    const port = (server.address() as { port: number }).port
    const check = (env: Record<string, string>) =>
      promisify(execFile)(process.execPath, [`${root}apps/api/src/ops/healthcheck.ts`], {
        env: { PATH: process.env.PATH ?? "", ...env }
      }).then(
        () => 0,
        (e: { code: number }) => e.code
      )
    expect(await check({ PORT: String(port) })).toBe(0)
    expect(await check({ OPENPOR_ROLE: "worker", OPENPOR_HEALTH_PORT: String(port), PORT: "1" })).toBe(0)
    status = 503
    expect(await check({ PORT: String(port) })).toBe(1)
    await new Promise((r) => server.close(r))
    expect(await check({ PORT: String(port) })).toBe(1)
  })
})

describe("one machine: the systemd units and their environment file (deploy/)", () => {
  const unit = keyValues(read("deploy/openpor.service"))
  const backupUnit = keyValues(read("deploy/openpor-backup.service"))
  const env = keyValues(read("deploy/openpor.env"))

  it("the environment file is a valid production configuration, its data in the unit's StateDirectory", () => {
    for (const name of Object.keys(env))
      expect({ name, documented: documented.has(name) }).toEqual({ name, documented: true })
    const config = readConfig(env)
    expect(config.production).toBe(true)
    expect(config.trustProxy).toBe(true)
    expect(config.host).toBe("127.0.0.1")
    const state = `/var/lib/${unit.StateDirectory}/`
    expect(config.database.dialect).toBe("sqlite")
    expect(Redacted.value(config.database.url).startsWith(state)).toBe(true)
    expect(config.blobDirectory.startsWith(state)).toBe(true)
    expect(backupUnit.ReadWritePaths!.split(" ")).toContain(state.slice(0, -1))
  })

  it("starts the API as process-settings.ts says and waits longer than OPENPOR_SHUTDOWN_SECONDS to kill it", () => {
    expect(unit.ExecStart!.replace(/^\S*\/node /, "node ")).toBe(startCommand)
    for (const [name, value] of Object.entries(API_ENVIRONMENT))
      expect(unit.Environment).toBe(`${name}=${value}`)
    expect(exists(unit.ExecStart!.split(" ").at(-1)!)).toBe(true)
    expect(unit.EnvironmentFile).toBe("/etc/openpor/openpor.env")
    const stopSeconds = Number(/^(\d+)s$/.exec(unit.TimeoutStopSec!)![1])
    expect(stopSeconds).toBeGreaterThan(readConfig(env).shutdownMillis / 1000)
    expect(unit.KillSignal).toBe("SIGTERM")
    expect(unit).toMatchObject({
      User: "openpor",
      Restart: "on-failure",
      NoNewPrivileges: "yes",
      ProtectSystem: "strict"
    })
    expect(unit.MemoryDenyWriteExecute).toBeUndefined() // V8 needs writable executable memory
  })

  it("the backup unit runs the backup script of this repository with the same environment", () => {
    const script = /node (\S+\.ts)/.exec(backupUnit.ExecStart!)![1]!
    expect(script).toBe("apps/api/src/ops/backup.ts")
    expect(exists(script)).toBe(true)
    expect(backupUnit.EnvironmentFile).toBe(unit.EnvironmentFile)
    expect(backupUnit.WorkingDirectory).toBe(unit.WorkingDirectory)
    expect(backupUnit.User).toBe(unit.User)
    expect(read("deploy/openpor-backup.timer")).toMatch(/^OnCalendar=/m)
  })
})

describe("scale-out: the compose file and the Caddyfile (deploy/)", () => {
  const compose = read("deploy/compose.yaml")
  const caddyfile = read("deploy/Caddyfile")
  /** ${NAME:-default} as compose substitutes it with NAME unset; ${NAME:?message} (required) with an example. */
  const required: Record<string, string> = {
    SMTP_URL: "smtp://user:pass@mail.example.com:587",
    POSTGRES_PASSWORD: "pw"
  }
  const substitute = (value: string) =>
    value.replace(
      /\$\{([A-Z_]+)(?::-([^}]*)|:\?[^}]*)\}/g,
      (_, name: string, fallback?: string) => fallback ?? required[name] ?? ""
    )
  const setting = (name: string) =>
    [...compose.matchAll(new RegExp(`^\\s+${name}: "?([^"\\n]*)"?$`, "gm"))].map((m) => substitute(m[1]!))

  it("sets only documented settings; 2 API processes and 2 workers", () => {
    const names = new Set(
      [...compose.matchAll(/^\s+([A-Z][A-Z0-9_]*): /gm)]
        .map((m) => m[1]!)
        .filter((n) => !n.startsWith("POSTGRES_"))
    )
    names.delete("OPENPOR_HOST") // the proxy's, not OpenPOR's
    expect(names.size).toBeGreaterThan(8)
    for (const name of names)
      expect({ name, documented: documented.has(name) }).toEqual({ name, documented: true })
    expect(setting("OPENPOR_ROLE").sort()).toEqual(["api", "api", "worker", "worker"])
    expect(compose).toMatch(/^\s+context: \.\.\n\s+dockerfile: Dockerfile$/m)
    expect(exists("Dockerfile")).toBe(true)
  })

  it("its settings make a valid configuration behind a trusted TLS proxy", () => {
    const environment = Object.fromEntries(
      [
        ...compose
          .slice(compose.indexOf("x-openpor-environment"), compose.indexOf("x-openpor:"))
          .matchAll(/^ {2}([A-Z][A-Z0-9_]*): "?([^"\n]*)"?$/gm)
      ].map((m) => [m[1]!, substitute(m[2]!)])
    )
    const config = readConfig({ ...environment, OPENPOR_ROLE: "api" })
    expect(config.production).toBe(true)
    expect(config.trustProxy).toBe(true)
    expect(config.publicUrl.startsWith("https://")).toBe(true)
    expect(config.database.dialect).toBe("postgres")
  })

  it("the connection pools fit PostgreSQL's max_connections with room to spare, even while a release rolls", () => {
    const processes = setting("OPENPOR_ROLE").length
    const pool = parseDatabaseUrl(setting("DATABASE_URL")[0]).poolSize ?? 10
    const maxConnections = Number(/"max_connections=(\d+)"/.exec(compose)![1])
    const reserved = 3 // superuser_reserved_connections
    const headroom = 10 // psql, pg_dump, monitoring
    // During a rolling upgrade the old and the new processes are connected at once.
    expect(2 * processes * pool).toBeLessThanOrEqual(maxConnections - reserved - headroom)
  })

  it("waits longer than OPENPOR_SHUTDOWN_SECONDS before SIGKILL", () => {
    const grace = Number(/stop_grace_period: (\d+)s/.exec(compose)![1])
    expect(grace).toBeGreaterThan(Number(setting("OPENPOR_SHUTDOWN_SECONDS")[0]))
  })

  it("Caddy balances over exactly the API services, on their port, taking out those not ready", () => {
    const apiServices = [
      ...compose.matchAll(/^ {2}([a-z0-9-]+):\n(?:(?! {2}[a-z]).*\n)*?\s+OPENPOR_ROLE: api$/gm)
    ].map((m) => m[1]!)
    expect(apiServices).toEqual(["api-1", "api-2"])
    const port = readConfig({}).port
    expect(/reverse_proxy ([^{]+) \{/.exec(caddyfile)![1]!.trim().split(" ")).toEqual(
      apiServices.map((s) => `${s}:${port}`)
    )
    expect(caddyfile).toMatch(/^\s+health_uri \/readyz$/m)
    expect(caddyfile).toMatch(/^\s+header_up -Forwarded$/m)
    // Caddy replaces the client's X-Forwarded-For unless the client is one of its trusted_proxies.
    expect(caddyfile.replace(/#.*$/gm, "")).not.toMatch(/trusted_proxies/)
  })
})
