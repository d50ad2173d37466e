/**
 * Test support for the apps' browser tests (Node only; never imported by app code): starts the API as a
 * child process on a free port with a fresh SQLite database and the demo seed.
 */
import { type ChildProcess, spawn } from "node:child_process"
import { mkdtempSync, rmSync } from "node:fs"
import { createServer } from "node:net"
import { tmpdir } from "node:os"
import { join } from "node:path"

/** Debian's chromium; tests never download a browser. */
export const CHROMIUM_PATH = "/usr/bin/chromium"

export const CHROMIUM_ARGS: readonly string[] = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run"
]

export const DEMO_PASSWORD = "demo-Passw0rd!"

export const freePort = (): Promise<number> =>
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

export interface ApiServer {
  /** `http://127.0.0.1:<port>` */
  readonly baseUrl: string
  readonly port: number
  /** Everything the API wrote to stdout and stderr so far. */
  output(): string
  /** Stops the API and deletes its temporary database. */
  stop(): Promise<void>
}

export interface StartApiOptions {
  /** The monorepo root (where `apps/api/src/main.ts` lives). */
  readonly repoRoot: string
  /** Entry point of the API, relative to `repoRoot`; default `apps/api/src/main.ts`. */
  readonly entry?: string
  readonly env?: Readonly<Record<string, string>>
  readonly timeoutMs?: number
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** The parent's environment without what would make the API behave unlike a local dev server. */
const childEnvironment = (): NodeJS.ProcessEnv => {
  const env = { ...process.env }
  for (const key of Object.keys(env)) {
    if (key === "NODE_ENV" || key === "SMTP_URL" || key.startsWith("VITEST") || key.startsWith("OPENPOR_")) {
      delete env[key]
    }
  }
  return env
}

const waitForExit = (child: ChildProcess, ms: number): Promise<boolean> =>
  child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve(true)
    : new Promise((resolve) => {
        const timer = setTimeout(() => resolve(false), ms)
        child.once("exit", () => {
          clearTimeout(timer)
          resolve(true)
        })
      })

/**
 * Spawns `node apps/api/src/main.ts` (from `repoRoot`) with `PORT`, `DATABASE_URL=sqlite:<tmp>/e2e.db`, `OPENPOR_SEED=demo`
 * and `OPENPOR_CLOCK=test`, and resolves once `GET /readyz` answers 200 (migrated, seeded, serving).
 */
export const startApi = async (options: StartApiOptions): Promise<ApiServer> => {
  const port = await freePort()
  const directory = mkdtempSync(join(tmpdir(), "openpor-e2e-"))
  const baseUrl = `http://127.0.0.1:${port}`
  let output = ""
  const child = spawn(process.execPath, [options.entry ?? "apps/api/src/main.ts"], {
    cwd: options.repoRoot,
    env: {
      ...childEnvironment(),
      PORT: String(port),
      DATABASE_URL: `sqlite:${join(directory, "e2e.db")}`,
      OPENPOR_SEED: "demo",
      OPENPOR_CLOCK: "test",
      ...options.env
    },
    stdio: ["ignore", "pipe", "pipe"]
  })
  child.stdout?.on("data", (chunk: Buffer) => {
    output += chunk.toString()
  })
  child.stderr?.on("data", (chunk: Buffer) => {
    output += chunk.toString()
  })

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill("SIGTERM")
      if (!(await waitForExit(child, 5000))) {
        child.kill("SIGKILL")
        await waitForExit(child, 5000)
      }
    }
    rmSync(directory, { recursive: true, force: true })
  }

  const deadline = Date.now() + (options.timeoutMs ?? 60_000)
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      await stop()
      throw new Error(
        `The API exited (${child.exitCode ?? child.signalCode}) before it was ready:\n${output}`
      )
    }
    try {
      const response = await fetch(`${baseUrl}/readyz`, { signal: AbortSignal.timeout(2000) })
      await response.body?.cancel()
      if (response.status === 200) return { baseUrl, port, output: () => output, stop }
    } catch {
      // Not listening yet.
    }
    await sleep(250)
  }
  await stop()
  throw new Error(
    `The API did not answer GET /readyz with 200 within ${options.timeoutMs ?? 60_000} ms:\n${output}`
  )
}
