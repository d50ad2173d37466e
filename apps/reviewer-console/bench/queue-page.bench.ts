/**
 * Queue page benchmark (issue 12 "Done when"): the review queue's first render in Chromium with 1,000,000
 * claims in the database (about 5% open; the generator of packages/db/bench/queue.bench.ts), beside the
 * API's own latency for the same request. A benchmark, not a timed test: it prints the figures for the
 * README's performance section.
 *
 *   ./dev -C apps/reviewer-console run bench
 *   BENCH_CLAIMS=100000 BENCH_RUNS=10 ./dev -C apps/reviewer-console run bench
 *
 * API latency: `GET /api/v1/review/queue?limit=25` (what the page asks for), measured from Node over
 * HTTP. First render: from `page.goto(/review/queue)` of a signed-in reviewer to the first claim row in the
 * table (HTML, scripts, the session check, /me, the programs and the queue page), in a fresh tab each time.
 */
import { fileURLToPath } from "node:url"
import { CHROMIUM_ARGS, CHROMIUM_PATH, DEMO_PASSWORD, startApi } from "@openpor/ui/testing/api-server.ts"
import { chromium } from "playwright-core"
import { createQueueDatabase } from "../../../packages/db/bench/queue-data.ts"

const CLAIMS = Number(process.env.BENCH_CLAIMS ?? 1_000_000)
const RUNS = Number(process.env.BENCH_RUNS ?? 30)
const repoRoot = fileURLToPath(new URL("../../../", import.meta.url))

const percentile = (values: readonly number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!
}
const summary = (values: readonly number[]) =>
  `p50 ${percentile(values, 50).toFixed(1)} ms, p95 ${percentile(values, 95).toFixed(1)} ms (${values.length} runs)`

const t0 = performance.now()
const database = await createQueueDatabase(CLAIMS)
console.log(
  `generated ${CLAIMS.toLocaleString("en")} claims (~5% open) on SQLite in ${((performance.now() - t0) / 1000).toFixed(1)} s`
)
const api = await startApi({ repoRoot, env: { DATABASE_URL: database.url }, timeoutMs: 120_000 })
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] })
try {
  const session = await fetch(`${api.baseUrl}/api/v1/auth/sessions`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: "rita@vendor.example", password: DEMO_PASSWORD })
  })
  const { token } = (await session.json()) as { token: string }
  const queue = async () => {
    const started = performance.now()
    const response = await fetch(`${api.baseUrl}/api/v1/review/queue?limit=25`, {
      headers: { authorization: `Bearer ${token}` }
    })
    const body = (await response.json()) as { items: unknown[] }
    if (body.items.length === 0) throw new Error("the queue is empty")
    return performance.now() - started
  }
  for (let i = 0; i < 3; i++) await queue() // warm-up
  const apiTimes: number[] = []
  for (let i = 0; i < RUNS; i++) apiTimes.push(await queue())

  const context = await browser.newContext({ locale: "en-US", viewport: { width: 1280, height: 900 } })
  const signIn = await context.newPage()
  await signIn.goto(`${api.baseUrl}/review/sign-in`)
  await signIn.getByLabel("Email address").fill("rita@vendor.example")
  await signIn.getByLabel("Password").fill(DEMO_PASSWORD)
  await signIn.getByRole("button", { name: "Sign in" }).click()
  await signIn.getByRole("heading", { level: 1, name: "Overview" }).waitFor()
  await signIn.close()
  // In the page: the moment (since the navigation started) the first claim row is in the document.
  await context.addInitScript(() => {
    const w = window as unknown as { __firstRow?: number }
    new MutationObserver((_, observer) => {
      if (document.querySelector("tbody tr") !== null) {
        w.__firstRow = performance.now()
        observer.disconnect()
      }
    }).observe(document, { childList: true, subtree: true })
  })
  const inPage: number[] = []
  const render = async () => {
    const page = await context.newPage()
    const started = performance.now()
    await page.goto(`${api.baseUrl}/review/queue`)
    await page.locator("tbody tr").first().waitFor()
    const elapsed = performance.now() - started
    inPage.push(await page.evaluate(() => (window as unknown as { __firstRow: number }).__firstRow))
    if (process.env.BENCH_DEBUG !== undefined)
      console.log(
        await page.evaluate(() =>
          performance
            .getEntries()
            .map(
              (e) =>
                `${e.name.replace(location.origin, "")} ${e.startTime.toFixed(0)}+${e.duration.toFixed(0)}`
            )
            .join("\n")
        )
      )
    await page.close()
    return elapsed
  }
  for (let i = 0; i < 2; i++) await render() // warm-up (browser cache of the app's files)
  inPage.length = 0
  const renderTimes: number[] = []
  for (let i = 0; i < RUNS; i++) renderTimes.push(await render())

  console.log(`API  GET /api/v1/review/queue?limit=25: ${summary(apiTimes)}`)
  console.log(
    `Page /review/queue, first claim row:    ${summary(renderTimes)} (new tab + navigation, from Node)`
  )
  console.log(`  in the page, from navigation start:   ${summary(inPage)}`)
  console.log(
    `In-page first row minus API (loading the app, session, /me, programs, rendering): p50 ${(percentile(inPage, 50) - percentile(apiTimes, 50)).toFixed(1)} ms`
  )
  await context.close()
} finally {
  await browser.close()
  await api.stop()
  await database.drop()
}
