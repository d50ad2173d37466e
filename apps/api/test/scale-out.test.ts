import { type ChildProcess, spawn } from "node:child_process"
import { once } from "node:events"
import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { createTestDatabase, postgresAvailable, type TestDatabase } from "@openpor/db/testing"
import pg from "pg"
import { SMTPServer } from "smtp-server"
import { afterAll, describe, expect, it } from "vitest"
import { type RoundRobinProxy, startRoundRobinProxy } from "../src/cluster/round-robin-proxy.ts"
import { acknowledged, NORTHWIND, pdfBytes, sub, WOODGROVE } from "./claims-support.ts"
import { freePort, waitFor } from "./processes.ts"

/**
 * Scale-out on PostgreSQL (SPEC §11, issue 17): 2 API processes (OPENPOR_ROLE=api) behind a round-robin
 * proxy and 3 worker processes (OPENPOR_ROLE=worker) on one fresh database, a real SMTP server in this
 * process. Partners file competing claims through both API processes, reviewers decide, customers
 * answer; one worker is killed with SIGKILL while it holds leases and another is restarted (SIGTERM, then
 * started again); the test clock moves past every consent window and partner-response deadline, and a
 * second wave follows (disputes, their approvals, customers declining official associations). Then:
 * every acknowledged write is in the database, every timer ran exactly once, every email arrived exactly
 * once (by Message-ID), and no workload has two active associations.
 *
 * The test clock across processes: the offset is stored in the database; a move through any API process
 * starts from the stored offset and every started process follows it (read each second), so timers fire
 * in whichever process holds them. Leases are in test-clock time, so the clock moves only while no job
 * runs (a move would otherwise expire running leases at once).
 */

const mainTs = fileURLToPath(new URL("../src/main.ts", import.meta.url))
const PASSWORD = "demo-Passw0rd!"
const LEASE_SECONDS = 5

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

/**
 * A real SMTP server that records each accepted message. `hold()` keeps the final reply to DATA back
 * (the sender waits, its job stays leased) until `release()`; a held message whose sender disconnected
 * meanwhile was never accepted, so it is not recorded (its sender never heard "250").
 */
const startSmtp = async () => {
  const received: Array<{ messageId: string; to: Array<string> }> = []
  let holding = false
  const held: Array<() => void> = []
  const closed = new Set<string>()
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onClose(session) {
      closed.add(session.id)
    },
    onData(stream, session, callback) {
      let raw = ""
      stream.on("data", (chunk: Buffer) => {
        raw += chunk.toString("utf8")
      })
      stream.on("end", () => {
        const accept = () => {
          if (closed.has(session.id)) return callback(new Error("sender gone"))
          received.push({
            messageId: /^Message-ID:\s*(.+)$/im.exec(raw)?.[1]?.trim() ?? "",
            to: session.envelope.rcptTo.map((r) => r.address)
          })
          callback()
        }
        if (holding) held.push(accept)
        else accept()
      })
    }
  })
  server.listen(0, "127.0.0.1")
  await once(server.server, "listening")
  const port = (server.server.address() as { port: number }).port
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    held: () => held.length,
    hold: () => {
      holding = true
    },
    release: () => {
      holding = false
      for (const accept of held.splice(0)) accept()
    },
    close: () => new Promise<void>((r) => server.close(() => r()))
  }
}

interface Proc {
  readonly name: string
  readonly role: "api" | "worker"
  readonly child: ChildProcess
  readonly port: number
  readonly base: string
  readonly output: () => string
}

interface Answer {
  readonly method: string
  readonly path: string
  readonly status: number
  readonly requestId: string | null
  readonly body: any
}

describe.runIf(postgresAvailable)(
  "scale-out on PostgreSQL: 2 API processes, 3 workers, a kill and a restart",
  () => {
    let database: TestDatabase | undefined
    let smtp: Awaited<ReturnType<typeof startSmtp>> | undefined
    let proxy: RoundRobinProxy | undefined
    let client: pg.Client | undefined
    const blobs = mkdtempSync(join(tmpdir(), "openpor-scale-out-"))
    const all: Array<Proc> = []

    afterAll(async () => {
      for (const p of all)
        if (p.child.exitCode === null && p.child.signalCode === null) {
          p.child.kill("SIGKILL")
          await once(p.child, "exit").catch(() => undefined)
        }
      await proxy?.close()
      await smtp?.close()
      await client?.end().catch(() => undefined)
      await database?.drop()
      rmSync(blobs, { recursive: true, force: true })
    })

    const start = async (name: string, role: "api" | "worker"): Promise<Proc> => {
      const port = await freePort()
      let output = ""
      const child = spawn(process.execPath, [mainTs], {
        env: {
          ...process.env,
          NODE_ENV: "test",
          DATABASE_URL: database!.url,
          HOST: "127.0.0.1",
          PORT: String(port),
          OPENPOR_HEALTH_PORT: String(port),
          OPENPOR_ROLE: role,
          OPENPOR_WORKERS: "2",
          OPENPOR_SEED: "demo",
          OPENPOR_CLOCK: "test",
          OPENPOR_BLOB_DIR: blobs,
          OPENPOR_JOB_LEASE_SECONDS: String(LEASE_SECONDS),
          OPENPOR_SHUTDOWN_SECONDS: "10",
          SMTP_URL: smtp!.url
        },
        stdio: ["ignore", "pipe", "pipe"]
      })
      const keep = (d: Buffer) => {
        output = (output + d.toString()).slice(-20_000)
      }
      child.stdout?.on("data", keep)
      child.stderr?.on("data", keep)
      const proc: Proc = { name, role, child, port, base: `http://127.0.0.1:${port}`, output: () => output }
      all.push(proc)
      await waitFor(
        `${name} to be ready`,
        async () => {
          if (child.exitCode !== null)
            throw new Error(`${name} exited ${child.exitCode}: ${output.slice(-2000)}`)
          return (await fetch(`${proc.base}/readyz`)).ok ? true : undefined
        },
        90_000
      )
      return proc
    }

    /** A query on the test's database (its own schema). */
    const q = async <R extends Record<string, any>>(text: string, values: Array<unknown> = []) =>
      (await client!.query<R>(text, values)).rows

    it("every acknowledged write kept, every timer and email exactly once, never two active associations", async () => {
      const began = Date.now()
      database = await createTestDatabase("postgres")
      smtp = await startSmtp()
      client = new pg.Client({ connectionString: database.url.replace(/\?.*$/, "") })
      await client.connect()
      await client.query(`SET search_path TO ${new URL(database.url).searchParams.get("schema")}`)

      // The cluster: every process starts at once (the startup lock lets one migrate and seed at a time).
      const [api1, api2, w1, w2, w3] = await Promise.all([
        start("api-1", "api"),
        start("api-2", "api"),
        start("worker-1", "worker"),
        start("worker-2", "worker"),
        start("worker-3", "worker")
      ])
      const workers = [w1!, w2!, w3!]
      proxy = await startRoundRobinProxy({ upstreams: [api1!.base, api2!.base] })
      const base = proxy.url

      // Every answer the clients got; the writes acknowledged (2xx) are checked against the database.
      const answers: Array<Answer> = []
      const call = async (token: string | null, method: string, path: string, body?: unknown) => {
        const init: RequestInit = { method, headers: {} }
        const headers = init.headers as Record<string, string>
        if (token !== null) headers.authorization = `Bearer ${token}`
        if (body instanceof FormData) init.body = body
        else if (body !== undefined) {
          headers["content-type"] = "application/json"
          init.body = JSON.stringify(body)
        }
        const res = await fetch(`${base}${path}`, init)
        const text = await res.text()
        const answer: Answer = {
          method,
          path,
          status: res.status,
          requestId: res.headers.get("x-request-id"),
          body: text === "" ? null : JSON.parse(text)
        }
        answers.push(answer)
        return answer
      }
      const signIn = async (email: string) => {
        const res = await call(null, "POST", "/api/v1/auth/sessions", { email, password: PASSWORD })
        if (res.status !== 201)
          throw new Error(`sign-in of ${email}: ${res.status} ${JSON.stringify(res.body)}`)
        return res.body.token as string
      }
      const tokens = Object.fromEntries(
        await Promise.all(
          [
            "ian@contoso.example",
            "ina@fabrikam.example",
            "rita@vendor.example",
            "rob@vendor.example",
            "otto@vendor.example",
            "admin@northwind.example",
            "admin@woodgrove.example"
          ].map(async (email) => [email, await signIn(email)] as const)
        )
      )

      // Two enrolled partners on each of seven workloads and three Business Applications subscriptions:
      // every target is contested (20 claims).
      const partners = [
        { email: "ian@contoso.example", partnerId: "1000001", name: "Ian Contoso" },
        { email: "ina@fabrikam.example", partnerId: "2000001", name: "Ina Fabrikam" }
      ]
      const northwind = { tenantId: NORTHWIND, admin: "admin@northwind.example" }
      const woodgrove = { tenantId: WOODGROVE, admin: "admin@woodgrove.example" }
      const targets = [
        ...["exchange", "sharepoint", "teams", "intune"].map((w) => ({
          ...northwind,
          body: {
            customerDomain: "northwind.example",
            solutionArea: "modern_work_security",
            partnerRole: "use_or_consume",
            workloads: [w]
          }
        })),
        ...["exchange", "teams", "defender_endpoint"].map((w) => ({
          ...woodgrove,
          body: {
            customerDomain: "woodgrove.example",
            solutionArea: "modern_work_security",
            partnerRole: "use_or_consume",
            workloads: [w]
          }
        })),
        ...[
          { ...northwind, domain: "northwind.onmicrosoft.com", subscription: sub(1) },
          { ...northwind, domain: "northwind.onmicrosoft.com", subscription: sub(2) },
          {
            ...woodgrove,
            domain: "woodgrove.onmicrosoft.com",
            subscription: "bbbbbbbb-0000-4000-8000-000000000001"
          }
        ].map(({ domain, subscription, ...tenant }) => ({
          ...tenant,
          body: {
            customerDomain: domain,
            solutionArea: "business_applications",
            partnerRole: "build_intent_advisor",
            subscriptionIds: [subscription]
          }
        }))
      ]
      const plans = targets.flatMap((target, t) =>
        partners.map((partner, p) => ({ target, partner, n: t * partners.length + p }))
      )

      const submitted = new Map<string, { readonly n: number; readonly admin: string }>()
      const fileClaim = async (plan: (typeof plans)[number]) => {
        const token = tokens[plan.partner.email]!
        const created = await call(token, "POST", "/api/v1/claims", {
          name: `Scale-out ${plan.n}`,
          partnerId: plan.partner.partnerId,
          tenantId: plan.target.tenantId,
          ...plan.target.body,
          customerContact: { name: "Customer Admin", title: "CIO", email: plan.target.admin },
          partnerContact: { name: plan.partner.name, email: plan.partner.email }
        })
        if (created.status !== 201)
          throw new Error(`create: ${created.status} ${JSON.stringify(created.body)}`)
        const id = created.body.id as string
        const form = new FormData()
        form.append(
          "file",
          new Blob([pdfBytes() as Uint8Array<ArrayBuffer>], { type: "application/pdf" }),
          "sow.pdf"
        )
        const poe = await call(token, "POST", `/api/v1/claims/${id}/poe`, form)
        if (poe.status !== 201) throw new Error(`poe: ${poe.status} ${JSON.stringify(poe.body)}`)
        const submit = await call(token, "POST", `/api/v1/claims/${id}/submit`, acknowledged())
        if (submit.status !== 200) throw new Error(`submit: ${submit.status} ${JSON.stringify(submit.body)}`)
        await call(token, "POST", `/api/v1/claims/${id}/comments`, { body: "Kick-off was on Monday." })
        await call(token, "GET", `/api/v1/claims/${id}`)
        submitted.set(id, { n: plan.n, admin: plan.target.admin })
      }

      /** Decisions of several kinds, so each timer kind and email kind occurs. */
      const decide = async (id: string, n: number, admin: string) => {
        const reviewer = tokens[n % 2 === 0 ? "rita@vendor.example" : "rob@vendor.example"]!
        await call(reviewer, "POST", `/api/v1/claims/${id}/comments`, { body: "Looking at it." })
        const kind = n % 7
        if (kind <= 3)
          await call(reviewer, "POST", `/api/v1/review/claims/${id}/decision`, { decision: "approve" })
        else if (kind === 4)
          await call(reviewer, "POST", `/api/v1/review/claims/${id}/decision`, {
            decision: "reject",
            reason: "insufficient_poe"
          })
        else if (kind === 5)
          await call(reviewer, "POST", `/api/v1/review/claims/${id}/decision`, {
            decision: "request_info",
            comment: "Which sites are in scope?"
          })
        if (n % 5 === 0) await call(tokens[admin]!, "POST", `/api/v1/customer/requests/${id}/accept`)
        else if (n % 11 === 3)
          await call(tokens[admin]!, "POST", `/api/v1/customer/requests/${id}/decline`, {})
        await call(reviewer, "GET", "/api/v1/review/queue")
      }

      /** Runs `tasks` with `width` at a time. */
      const pool = async (width: number, tasks: Array<() => Promise<void>>) => {
        let next = 0
        await Promise.all(
          Array.from({ length: width }, async () => {
            while (next < tasks.length) await tasks[next++]!()
          })
        )
      }

      // The kill: the SMTP server holds its replies, so deliveries stop mid-conversation with their jobs
      // leased; once worker-1 holds such a lease it is killed with SIGKILL (what it held is retaken after
      // the lease ends, and never counted as accepted: worker-1 never heard "250").
      let leasesOfKilled = 0
      const kill = async () => {
        smtp!.hold()
        const pid = w1!.child.pid!
        leasesOfKilled = await waitFor(
          "worker-1 to hold a lease",
          async () => {
            const [row] = await q<{ n: string }>(
              "SELECT count(*) AS n FROM jobs WHERE status = 'running' AND leased_by LIKE $1",
              [`%:${pid}:%`]
            )
            return Number(row!.n) > 0 ? Number(row!.n) : undefined
          },
          20_000
        ).catch(() => 0)
        w1!.child.kill("SIGKILL")
        await once(w1!.child, "exit")
        // The SMTP server notices worker-1's connections closing before it answers what it held.
        await sleep(500)
        smtp!.release()
      }
      // The restart: worker-2 drains and exits 0 on SIGTERM, then starts again.
      let restartedExit: number | null = null
      const restart = async () => {
        w2!.child.kill("SIGTERM")
        const [code] = (await once(w2!.child, "exit")) as [number | null]
        restartedExit = code
        workers[1] = await start("worker-2 (restarted)", "worker")
      }

      // Claims filed in parallel; worker-1 dies a third of the way in, worker-2 restarts at two thirds.
      let disruptions: Array<Promise<void>> = []
      await pool(
        6,
        plans.map((plan, i) => async () => {
          if (i === 6) disruptions.push(kill())
          if (i === 12) disruptions.push(restart())
          await fileClaim(plan)
        })
      )
      await Promise.all(disruptions)
      disruptions = []
      expect(submitted.size).toBe(plans.length)
      await pool(
        6,
        [...submitted].map(
          ([id, { n, admin }]) =>
            () =>
              decide(id, n, admin)
        )
      )

      // Quiet: nothing due runs any more, then the clock moves past every window (15 business days).
      const testNow = async () => {
        const [row] = await q<{ value: string }>(
          "SELECT value FROM settings WHERE key = 'test_clock_offset_millis'"
        )
        return new Date(Date.now() + Number(row?.value ?? 0)).toISOString()
      }
      const quiet = async (what: string) =>
        waitFor(
          what,
          async () => {
            const [row] = await q<{ n: string }>(
              "SELECT count(*) AS n FROM jobs WHERE status = 'running' OR (status = 'pending' AND run_at <= $1)",
              [await testNow()]
            )
            return Number(row!.n) === 0 ? true : undefined
          },
          90_000
        )
      await quiet("the jobs acknowledged before the clock move")
      const awaitingConsent = (
        await q<{ id: string }>("SELECT id FROM claims WHERE consent_status = 'awaiting_response'")
      ).map((r) => r.id)
      const awaitingPartner = (
        await q<{ id: string }>("SELECT id FROM claims WHERE status = 'partner_action_required'")
      ).map((r) => r.id)
      const moved = await call(tokens["otto@vendor.example"]!, "POST", "/api/v1/ops/clock/advance", {
        businessDays: 15
      })
      expect(moved.status).toBe(200)
      await quiet("every timer after the clock move")
      // Every API process has caught up with the move (workers follow the same way, each second).
      const offset = Number(
        (await q<{ value: string }>("SELECT value FROM settings WHERE key = 'test_clock_offset_millis'"))[0]!
          .value
      )
      for (const api of [api1!, api2!])
        await waitFor(`${api.name} to follow the clock`, async () => {
          const res = await fetch(`${api.base}/api/v1/ops/clock`, {
            headers: { authorization: `Bearer ${tokens["otto@vendor.example"]}` }
          })
          return ((await res.json()) as { offsetMillis: number }).offsetMillis === offset ? true : undefined
        })
      await sleep(1200)

      // A second wave, three weeks later: partners dispute rejections, customers decline some official
      // associations, reviewers approve the disputed claims.
      const statuses = new Map(
        (
          await q<{ id: string; status: string }>("SELECT id, status FROM claims WHERE id = ANY($1)", [
            [...submitted.keys()]
          ])
        ).map((r) => [r.id, r.status])
      )
      const partnerOf = new Map(plans.map((p) => [p.n, p.partner.email]))
      await pool(
        6,
        [...submitted].map(([id, { n, admin }]) => async () => {
          const status = statuses.get(id)
          if (status === "rejected") {
            const disputed = await call(tokens[partnerOf.get(n)!]!, "POST", `/api/v1/claims/${id}/dispute`, {
              reason: "The statement of work was signed; see the new POE."
            })
            if (disputed.status === 200)
              await call(tokens["rita@vendor.example"]!, "POST", `/api/v1/review/claims/${id}/decision`, {
                decision: "approve"
              })
          } else if (status === "approved" && n % 3 === 0)
            await call(tokens[admin]!, "POST", `/api/v1/customer/requests/${id}/decline`, {
              reason: "We work with another partner now."
            })
          else await call(tokens[partnerOf.get(n)!]!, "GET", `/api/v1/claims/${id}`)
        })
      )
      await quiet("the second wave's jobs")
      await waitFor("every email at the SMTP server", async () => {
        const [row] = await q<{ n: string }>("SELECT count(*) AS n FROM outbox WHERE delivered_at IS NULL")
        return Number(row!.n) === 0 ? true : undefined
      })
      // Late duplicates would arrive now.
      await sleep(1500)

      // 1. Every acknowledged write is in the database: its request is in the audit log, its claim exists.
      const writes = answers.filter(
        (a) => a.method !== "GET" && a.status >= 200 && a.status < 300 && a.path !== "/api/v1/auth/sessions"
      )
      const requestIds = writes.map((a) => a.requestId!)
      const audited = new Set(
        (
          await q<{ request_id: string }>("SELECT request_id FROM audit_log WHERE request_id = ANY($1)", [
            requestIds
          ])
        ).map((r) => r.request_id)
      )
      const lost = writes.filter((a) => !audited.has(a.requestId!)).map((a) => `${a.method} ${a.path}`)
      expect(lost).toEqual([])
      const claimIds = [...submitted.keys()]
      const [claimsFound] = await q<{ n: string }>("SELECT count(*) AS n FROM claims WHERE id = ANY($1)", [
        claimIds
      ])
      expect(Number(claimsFound!.n)).toBe(claimIds.length)

      // 2. Every timer ran exactly once: one job per unique key, succeeded; nothing failed or left due.
      const timerJobs = await q<{ unique_key: string; status: string; n: string }>(
        `SELECT unique_key, status, count(*) AS n FROM jobs
        WHERE kind IN ('claims.consent_window', 'claims.partner_response') GROUP BY unique_key, status`
      )
      const duplicateTimers = timerJobs.filter((r) => Number(r.n) > 1 || r.status !== "succeeded")
      expect(duplicateTimers).toEqual([])
      const timerKeys = new Set(timerJobs.map((r) => r.unique_key))
      for (const id of awaitingConsent) expect(timerKeys.has(`consent:${id}`)).toBe(true)
      for (const id of awaitingPartner) expect(timerKeys.has(`partner-response:${id}`)).toBe(true)
      const unfinished = await q<{ kind: string; status: string }>(
        "SELECT kind, status FROM jobs WHERE status IN ('running', 'failed') OR (status = 'pending' AND run_at <= $1)",
        [await testNow()]
      )
      expect(unfinished).toEqual([])
      // The consent outcome of each claim is recorded once; each window that was open has lapsed.
      const outcomes = await q<{ entity_id: string; n: string }>(
        `SELECT entity_id, count(*) AS n FROM audit_log
        WHERE action IN ('claim.consent_lapsed', 'claim.consent_accepted') GROUP BY entity_id`
      )
      const twice = outcomes.filter((r) => Number(r.n) > 1)
      expect(twice).toEqual([])
      const lapsed = new Set(
        (
          await q<{ entity_id: string }>(
            "SELECT entity_id FROM audit_log WHERE action = 'claim.consent_lapsed'"
          )
        ).map((r) => r.entity_id)
      )
      expect(awaitingConsent.length).toBeGreaterThan(0)
      expect(awaitingConsent.filter((id) => !lapsed.has(id))).toEqual([])
      // Each partner that did not answer in time was rejected for it once (by the partner-response timer).
      const noResponse = await q<{ entity_id: string; n: string }>(
        `SELECT entity_id, count(*) AS n FROM audit_log
          WHERE action = 'claim.no_partner_response' AND actor_type = 'system' GROUP BY entity_id`
      )
      expect(awaitingPartner.length).toBeGreaterThan(0)
      expect(noResponse.map((r) => [r.entity_id, Number(r.n)]).sort()).toEqual(
        awaitingPartner.map((id) => [id, 1]).sort()
      )

      // 3. Every email arrived exactly once, by Message-ID (the outbox id).
      const outbox = (await q<{ id: string }>("SELECT id FROM outbox")).map((r) => `<${r.id}@openpor>`)
      const counts = new Map<string, number>()
      for (const m of smtp.received) counts.set(m.messageId, (counts.get(m.messageId) ?? 0) + 1)
      const duplicateEmails = [...counts].filter(([, n]) => n > 1).map(([id]) => id)
      expect(duplicateEmails).toEqual([])
      expect(outbox.filter((id) => !counts.has(id))).toEqual([])
      expect([...counts.keys()].filter((id) => !outbox.includes(id))).toEqual([])

      // 4. Never two active associations for one workload or subscription.
      const doubled = await q<{ target_key: string; n: string }>(
        "SELECT target_key, count(*) AS n FROM associations WHERE status = 'active' GROUP BY target_key HAVING count(*) > 1"
      )
      expect(doubled).toEqual([])
      const [active] = await q<{ n: string }>(
        "SELECT count(*) AS n FROM associations WHERE status = 'active'"
      )
      // Contested: claims marked competing and the arbitration cases they opened.
      const [contested] = await q<{ competing: string; cases: string }>(
        "SELECT (SELECT count(*) FROM claims WHERE competing = 1) AS competing, (SELECT count(*) FROM arbitration_cases) AS cases"
      )

      // The disruptions happened as planned.
      expect(w1!.child.signalCode).toBe("SIGKILL")
      expect(restartedExit).toBe(0)
      const stats = proxy.stats()
      expect(stats.upstreams.every((u) => u.responses > 0)).toBe(true)
      expect(stats.badGateway).toBe(0)
      const [jobs] = await q<{ n: string }>("SELECT count(*) AS n FROM jobs WHERE status = 'succeeded'")
      // Who ran the jobs: each worker's id names its process (drains after a clock move: `drain-<pid>`).
      const names = new Map(all.map((p) => [String(p.child.pid), p.name]))
      const ranBy = new Map<string, number>()
      for (const r of await q<{ leased_by: string | null; n: string }>(
        "SELECT leased_by, count(*) AS n FROM jobs WHERE status = 'succeeded' GROUP BY leased_by"
      )) {
        const pid = /(?:^drain-|:)(\d+)(?::\d+)?$/.exec(r.leased_by ?? "")?.[1] ?? ""
        const name = names.get(pid) ?? "?"
        ranBy.set(name, (ranBy.get(name) ?? 0) + Number(r.n))
      }
      const duplicates =
        duplicateTimers.length + twice.length + duplicateEmails.length + doubled.length + lost.length
      console.log(
        `scale-out: requests=${stats.requests} (api-1 ${stats.upstreams[0]!.responses}, api-2 ${stats.upstreams[1]!.responses}) ` +
          `answers=${[...Map.groupBy(answers, (x) => x.status)].map(([k, v]) => `${k}:${v.length}`).join(",")} ` +
          `writes=${writes.length} claims=${claimIds.length} jobs=${jobs!.n} timers=${timerJobs.length} ` +
          `emails=${counts.size} activeAssociations=${active!.n} competing=${contested!.competing} cases=${contested!.cases} kills=1 (leases held ${leasesOfKilled}) restarts=1 ` +
          `ranBy=${[...ranBy].map(([k, v]) => `${k}:${v}`).join(",")} ` +
          `duplicates=${duplicates} wall=${Math.round((Date.now() - began) / 1000)}s`
      )
    }, 240_000)
  }
)
