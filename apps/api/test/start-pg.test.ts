import { type ChildProcess, spawn } from "node:child_process"
import { once } from "node:events"
import { createInterface } from "node:readline"
import { fileURLToPath } from "node:url"
import { postgresAvailable, postgresUrl } from "@openpor/db/testing"
import pg from "pg"
import { afterAll, describe, expect, it } from "vitest"
import { freePort, waitFor } from "./processes.ts"

const launchTs = fileURLToPath(new URL("../src/cluster/launch.ts", import.meta.url))

const isRunning = (pid: number) => {
  try {
    process.kill(pid, 0)
    return true
  } catch (e) {
    return (e as NodeJS.ErrnoException).code !== "ESRCH"
  }
}

const withAdmin = async <A>(work: (client: pg.Client) => Promise<A>) => {
  const client = new pg.Client({ connectionString: postgresUrl })
  await client.connect()
  try {
    return await work(client)
  } finally {
    await client.end()
  }
}

/**
 * `./dev start --pg` (issue 17 item 6): the launcher creates the database, starts 2 API processes and 2
 * workers behind the round-robin proxy on one port, and stops them all on SIGTERM.
 */
describe.runIf(postgresAvailable)("./dev start --pg: the launcher (real processes on PostgreSQL)", () => {
  const name = `openpor_launch_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 6)}`
  let launcher: ChildProcess | undefined
  afterAll(async () => {
    if (launcher !== undefined && launcher.exitCode === null) launcher.kill("SIGKILL")
    await withAdmin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`))
  })

  it("serves the API through one port from both API processes, runs 2 workers, and SIGTERM stops every process", async () => {
    const port = await freePort()
    const databaseUrl = new URL(postgresUrl)
    databaseUrl.pathname = `/${name}`
    launcher = spawn(process.execPath, [launchTs], {
      env: {
        ...process.env,
        PORT: String(port),
        HOST: "127.0.0.1",
        DATABASE_URL: databaseUrl.toString(),
        OPENPOR_SEED: "demo",
        OPENPOR_CLOCK: "test"
      },
      stdio: ["ignore", "pipe", "pipe"]
    })
    const lines: Array<string> = []
    createInterface({ input: launcher.stdout! }).on("line", (l) => lines.push(l))
    createInterface({ input: launcher.stderr! }).on("line", (l) => lines.push(l))
    const exited = once(launcher, "exit") as Promise<[number | null, NodeJS.Signals | null]>

    await waitFor(`the launcher's banner (output: ${lines.slice(-20).join("\n")})`, () =>
      lines.some((l) => l.startsWith("Log lines follow")) ? true : undefined
    )
    expect(lines).toContain(`launch: created the database ${name}`)
    expect(
      lines.some((l) => l.includes(`Partner portal`) && l.includes(`http://localhost:${port}/partner/`))
    ).toBe(true)
    expect(lines.some((l) => l.includes("ian@contoso.example"))).toBe(true)
    const processes = lines.flatMap((l) => {
      const m = /^\s+(api-\d|worker-\d)\s+pid (\d+)\s+port (\d+)\s+role (api|worker)/.exec(l)
      return m === null ? [] : [{ name: m[1]!, pid: Number(m[2]), port: Number(m[3]), role: m[4]! }]
    })
    expect(processes.map((p) => `${p.name}:${p.role}`)).toEqual([
      "api-1:api",
      "api-2:api",
      "worker-1:worker",
      "worker-2:worker"
    ])

    const base = `http://127.0.0.1:${port}`
    expect((await fetch(`${base}/readyz`)).status).toBe(200)
    // Two sign-ins through the proxy, one after the other: each answered by another API process (the
    // launcher prints every process's request log line with its name; the request ID ties it to the response).
    const signIns: Array<Response> = []
    for (let i = 0; i < 2; i++)
      signIns.push(
        await fetch(`${base}/api/v1/auth/sessions`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ email: "ian@contoso.example", password: "demo-Passw0rd!" })
        })
      )
    const served: Array<string> = []
    for (const res of signIns) {
      expect(res.status).toBe(201)
      const requestId = res.headers.get("x-request-id")!
      const line = await waitFor(`the log line of ${requestId}`, () =>
        lines.find((l) => l.includes(`"requestId":"${requestId}"`))
      )
      served.push(line.split(" ")[0]!)
      // Sessions are in the database: the token works whichever process answers next.
      const { token } = (await res.json()) as { token: string }
      expect(
        (await fetch(`${base}/api/v1/me`, { headers: { authorization: `Bearer ${token}` } })).status
      ).toBe(200)
    }
    expect(served.sort()).toEqual(["api-1", "api-2"])
    // The workers answer health checks on their health port and serve no API.
    for (const worker of processes.filter((p) => p.role === "worker")) {
      expect((await fetch(`http://127.0.0.1:${worker.port}/readyz`)).status).toBe(200)
      expect((await fetch(`http://127.0.0.1:${worker.port}/api/v1/openapi.json`)).status).toBe(404)
    }

    launcher.kill("SIGTERM")
    const [code] = await exited
    expect(code).toBe(0)
    expect(lines).toContain("launch: every process exited (api-1: 0, api-2: 0, worker-1: 0, worker-2: 0)")
    for (const p of processes) expect({ ...p, running: isRunning(p.pid) }).toMatchObject({ running: false })
    expect(
      await fetch(`${base}/healthz`).then(
        () => "answered",
        () => "closed"
      )
    ).toBe("closed")
  }, 120_000)
})
