import { type ChildProcess, spawn } from "node:child_process"
import { once } from "node:events"
import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { SMTPServer } from "smtp-server"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { freePort, waitFor } from "./processes.ts"

/** A real SMTP server in-process that records each accepted message. */
const startSmtp = async () => {
  const received: Array<{ messageId: string; subject: string; to: Array<string>; raw: string }> = []
  let rejecting = false
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    onData(stream, session, callback) {
      let raw = ""
      stream.on("data", (chunk: Buffer) => {
        raw += chunk.toString("utf8")
      })
      stream.on("end", () => {
        if (rejecting) return callback(Object.assign(new Error("try again later"), { responseCode: 451 }))
        received.push({
          messageId: /^Message-ID:\s*(.+)$/im.exec(raw)?.[1]?.trim() ?? "",
          subject: /^Subject:\s*(.+)$/im.exec(raw)?.[1]?.trim() ?? "",
          to: session.envelope.rcptTo.map((r) => r.address),
          raw
        })
        callback()
      })
    }
  })
  server.listen(0, "127.0.0.1")
  await once(server.server, "listening")
  const port = (server.server.address() as { port: number }).port
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    setRejecting: (value: boolean) => {
      rejecting = value
    },
    close: () => new Promise<void>((r) => server.close(() => r()))
  }
}

const mainTs = fileURLToPath(new URL("../src/main.ts", import.meta.url))

describe("outbox delivery over SMTP across a crash (real process, real SMTP server)", () => {
  let smtp: Awaited<ReturnType<typeof startSmtp>>
  let dir: string
  const children: Array<ChildProcess> = []
  beforeAll(async () => {
    smtp = await startSmtp()
    dir = mkdtempSync(join(tmpdir(), "openpor-crash-"))
  })
  afterAll(async () => {
    for (const c of children) if (c.exitCode === null) c.kill("SIGKILL")
    await smtp.close()
    rmSync(dir, { recursive: true, force: true })
  })

  const start = async (env: Record<string, string>) => {
    const port = await freePort()
    const child = spawn(process.execPath, [mainTs], {
      env: {
        ...process.env,
        PORT: String(port),
        HOST: "127.0.0.1",
        DATABASE_URL: `sqlite:${join(dir, "crash.db")}`,
        OPENPOR_SEED: "demo",
        SMTP_URL: smtp.url,
        OPENPOR_JOB_LEASE_SECONDS: "2",
        ...env
      },
      stdio: ["ignore", "pipe", "pipe"]
    })
    children.push(child)
    let output = ""
    child.stdout?.on("data", (d: Buffer) => {
      output += d.toString()
    })
    child.stderr?.on("data", (d: Buffer) => {
      output += d.toString()
    })
    const base = `http://127.0.0.1:${port}`
    await waitFor(`the API on ${base} (output: ${output.slice(-500)})`, async () =>
      (await fetch(`${base}/readyz`)).ok ? true : undefined
    )
    return { child, base }
  }

  const signIn = async (base: string) => {
    const res = await fetch(`${base}/api/v1/auth/sessions`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: "otto@vendor.example", password: "demo-Passw0rd!" })
    })
    return ((await res.json()) as { token: string }).token
  }

  it("delivers an email acknowledged before SIGKILL after the restart, exactly once", async () => {
    // 1. The SMTP server is unavailable (451), so the first delivery attempt fails and is retried later.
    smtp.setRejecting(true)
    const first = await start({})
    const token = await signIn(first.base)
    const res = await fetch(`${first.base}/api/v1/ops/email/test`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify({ to: "crash@vendor.example" })
    })
    expect(res.status).toBe(202)
    const { messageId } = (await res.json()) as { messageId: string }
    // 2. Kill the process the hard way; the message is only in the database now.
    first.child.kill("SIGKILL")
    await once(first.child, "exit")
    expect(smtp.received).toHaveLength(0)
    // 3. SMTP is back; a new process delivers it.
    smtp.setRejecting(false)
    const second = await start({})
    await waitFor("the delivery", () => (smtp.received.length > 0 ? true : undefined))
    expect(smtp.received).toHaveLength(1)
    expect(smtp.received[0]).toMatchObject({
      subject: "OpenPOR test email",
      to: ["crash@vendor.example"],
      messageId: `<${messageId}@openpor>`
    })
    // 4. Once the delivery is recorded, another crash and restart does not send it again. (A crash
    //    between SMTP acceptance and that record would resend it; the stable Message-ID covers that.)
    const secondToken = await signIn(second.base)
    await waitFor("the delivery to be recorded", async () => {
      const res = await fetch(`${second.base}/api/v1/ops/jobs?kind=outbox.deliver_email&status=succeeded`, {
        headers: { authorization: `Bearer ${secondToken}` }
      })
      const body = (await res.json()) as { jobs: Array<unknown> }
      return body.jobs.length === 1 ? true : undefined
    })
    second.child.kill("SIGKILL")
    await once(second.child, "exit")
    const third = await start({})
    await new Promise((r) => setTimeout(r, 3_000))
    expect(smtp.received).toHaveLength(1)
    third.child.kill("SIGTERM")
    await once(third.child, "exit")
  })
})
