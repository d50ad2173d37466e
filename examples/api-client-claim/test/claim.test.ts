import { type ChildProcess, spawn } from "node:child_process"
import { once } from "node:events"
import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { createClient } from "@openpor/api-client"
import { afterAll, beforeAll, describe, expect, it } from "vitest"

/**
 * The example against a real server: apps/api started as `./dev start` starts it (demo data, test clock)
 * on a fresh SQLite database in a temporary folder, then the example run as `npm start` runs it.
 */
const mainTs = fileURLToPath(new URL("../../../apps/api/src/main.ts", import.meta.url))
const claimTs = fileURLToPath(new URL("../claim.ts", import.meta.url))

/** A child process whose output is collected; `waitFor` resolves once the output contains `text`. */
const children: Array<ChildProcess> = []
const run = (script: string, env: Record<string, string>) => {
  const child = spawn(process.execPath, [script], {
    env: { PATH: process.env.PATH ?? "", ...env },
    stdio: ["ignore", "pipe", "pipe"]
  })
  children.push(child)
  const p = { child, stdout: "", stderr: "" }
  child.stdout?.on("data", (d: Buffer) => {
    p.stdout += d.toString()
  })
  child.stderr?.on("data", (d: Buffer) => {
    p.stderr += d.toString()
  })
  const waitFor = async (text: string, millis = 30_000) => {
    const deadline = Date.now() + millis
    while (!p.stdout.includes(text)) {
      if (child.exitCode !== null || Date.now() > deadline)
        throw new Error(`no "${text}" in the output:\n${p.stdout}\n${p.stderr}`)
      await new Promise((r) => setTimeout(r, 25))
    }
  }
  const exited = async () => {
    const code = child.exitCode ?? (await once(child, "exit"))[0]
    return { code: code as number, lines: p.stdout.trimEnd().split("\n"), stderr: p.stderr }
  }
  return { ...p, child, waitFor, exited, output: () => p.stdout }
}

const iso = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/

describe("the API client example against a started server", () => {
  const dir = mkdtempSync(join(tmpdir(), "openpor-example-"))
  let server: ChildProcess
  let baseUrl = ""

  beforeAll(async () => {
    const api = run(mainTs, {
      DATABASE_URL: `sqlite:${join(dir, "openpor.db")}`,
      OPENPOR_BLOB_DIR: join(dir, "blobs"),
      OPENPOR_SEED: "demo",
      OPENPOR_CLOCK: "test",
      HOST: "127.0.0.1",
      PORT: "0"
    })
    server = api.child
    await api.waitFor("OpenPOR is running", 60_000)
    const port = /"msg":"listening".*?"port":(\d+)/.exec(api.output())?.[1]
    baseUrl = `http://127.0.0.1:${port}`
  }, 70_000)

  afterAll(async () => {
    // An example left running by a failed case, then the server.
    for (const child of children) if (child !== server && child.exitCode === null) child.kill("SIGTERM")
    if (server !== undefined && server.exitCode === null) {
      server.kill("SIGTERM")
      await once(server, "exit")
    }
    rmSync(dir, { recursive: true, force: true })
  })

  /**
   * The lines with the two instants replaced by `<end>` and `<official>`, once checked: the association
   * became official when the clock passed the consent window's end (the jobs that became due ran then).
   */
  const withWindow = (lines: ReadonlyArray<string>) => {
    const instant = (prefix: string) => lines.find((l) => l.startsWith(prefix))?.slice(prefix.length) ?? ""
    const end = instant("consent window ends ")
    const official = instant("official since ")
    expect(end).toMatch(iso)
    expect(official).toMatch(iso)
    expect(Date.parse(official)).toBeGreaterThanOrEqual(Date.parse(end))
    return lines.map((l) => l.replace(end, "<end>").replace(official, "<official>"))
  }

  it("follows the claim while a reviewer approves and the consent window passes", async () => {
    const example = run(claimTs, { API_URL: baseUrl, POLL_MS: "50", FOLLOW_SECONDS: "30", WORKLOAD: "teams" })
    await example.waitFor("following")
    // The vendor's part, from here with the same client: a reviewer approves, then five business days pass.
    const vendor = async (email: string) => {
      const api = createClient({ baseUrl, auth: "bearer" })
      await api.signIn(email, "demo-Passw0rd!")
      return api
    }
    const id = (
      await (
        await vendor("ian@contoso.example")
      ).GET("/api/v1/claims", {
        params: { query: { q: "northwind teams" } }
      })
    ).claims[0]!.id
    await (await vendor("rita@vendor.example")).POST("/api/v1/review/claims/{id}/decision", {
      params: { path: { id } },
      body: { decision: "approve" }
    })
    await example.waitFor("now: status=approved consent=awaiting_response")
    await (await vendor("otto@vendor.example")).POST("/api/v1/ops/clock/advance", {
      body: { businessDays: 5, hours: 1 }
    })
    const { code, lines, stderr } = await example.exited()
    expect(stderr).toBe("")
    expect(code).toBe(0)
    expect(withWindow(lines)).toEqual([
      "signed in as ian@contoso.example",
      "drafted: status=draft consent=none official=false",
      "poe attached: signed-sow.pdf (application/pdf)",
      "submit without acknowledgements: 422 acknowledgements_required",
      "submitted: status=submitted consent=awaiting_response official=false",
      "consent window ends <end>",
      "following (a reviewer approves, then the consent window passes)",
      "now: status=approved consent=awaiting_response official=false",
      "now: status=approved consent=lapsed official=true",
      "official since <official>"
    ])
  }, 60_000)

  it("with ACT_AS_VENDOR=1 it approves and moves the clock itself", async () => {
    const example = run(claimTs, {
      API_URL: baseUrl,
      POLL_MS: "50",
      FOLLOW_SECONDS: "30",
      WORKLOAD: "sharepoint",
      ACT_AS_VENDOR: "1"
    })
    const { code, lines, stderr } = await example.exited()
    expect(stderr).toBe("")
    expect(code).toBe(0)
    expect(withWindow(lines)).toEqual([
      "signed in as ian@contoso.example",
      "drafted: status=draft consent=none official=false",
      "poe attached: signed-sow.pdf (application/pdf)",
      "submit without acknowledgements: 422 acknowledgements_required",
      "submitted: status=submitted consent=awaiting_response official=false",
      "consent window ends <end>",
      "now: status=approved consent=lapsed official=true",
      "official since <official>"
    ])
  }, 60_000)
})
