/**
 * Starts the real API as a child process (`node apps/api/src/main.ts`) on a free port with a fresh SQLite
 * database, the demo seed and the test clock; resolves once `GET /readyz` answers 200.
 */
import { type ChildProcess, spawn } from "node:child_process"
import { mkdtempSync, rmSync } from "node:fs"
import { createServer } from "node:net"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath } from "node:url"

export const REPO_ROOT = fileURLToPath(new URL("../../../", import.meta.url))

export interface ApiProcess {
  /** `http://127.0.0.1:<port>` */
  readonly baseUrl: string
  /** What the API wrote to stdout and stderr. */
  output(): string
  /** Stops the API and deletes its database. */
  stop(): Promise<void>
}

const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = createServer()
    server.on("error", reject)
    server.listen(0, "127.0.0.1", () => {
      const address = server.address()
      const port = typeof address === "object" && address !== null ? address.port : 0
      server.close(() => resolve(port))
    })
  })

const exited = (child: ChildProcess, ms: number): Promise<boolean> =>
  child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve(true)
    : new Promise((resolve) => {
        const timer = setTimeout(() => resolve(false), ms)
        child.once("exit", () => {
          clearTimeout(timer)
          resolve(true)
        })
      })

export const startApi = async (timeoutMs = 30_000): Promise<ApiProcess> => {
  const port = await freePort()
  const directory = mkdtempSync(join(tmpdir(), "openpor-api-client-"))
  const env: NodeJS.ProcessEnv = {}
  // The parent's environment without what would make the API unlike a local development server.
  for (const [key, value] of Object.entries(process.env)) {
    if (key === "NODE_ENV" || key === "SMTP_URL" || key.startsWith("VITEST") || key.startsWith("OPENPOR_"))
      continue
    env[key] = value
  }
  const child = spawn(process.execPath, ["apps/api/src/main.ts"], {
    cwd: REPO_ROOT,
    env: {
      ...env,
      PORT: String(port),
      DATABASE_URL: `sqlite:${join(directory, "api.db")}`,
      OPENPOR_BLOB_DIR: join(directory, "blobs"),
      OPENPOR_SEED: "demo",
      OPENPOR_CLOCK: "test"
    },
    stdio: ["ignore", "pipe", "pipe"]
  })
  let output = ""
  child.stdout?.on("data", (chunk: Buffer) => {
    output += chunk.toString()
  })
  child.stderr?.on("data", (chunk: Buffer) => {
    output += chunk.toString()
  })
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill("SIGTERM")
      if (!(await exited(child, 5000))) {
        child.kill("SIGKILL")
        await exited(child, 5000)
      }
    }
    rmSync(directory, { recursive: true, force: true })
  }
  const baseUrl = `http://127.0.0.1:${port}`
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) break
    try {
      const response = await fetch(`${baseUrl}/readyz`, { signal: AbortSignal.timeout(2000) })
      await response.body?.cancel()
      if (response.status === 200) return { baseUrl, output: () => output, stop }
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  await stop()
  throw new Error(`The API did not get ready within ${timeoutMs} ms:\n${output}`)
}
