import { execFileSync } from "node:child_process"
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join, resolve } from "node:path"
import { fileURLToPath } from "node:url"
import { brotliDecompressSync, gunzipSync } from "node:zlib"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { mwsClaim, pdfBytes } from "./claims-support.ts"
import { makeTestApp, type TestApp } from "./support.ts"

/**
 * Issue 9 item 12: the apps' files precompressed at build time (brotli, gzip) and served by
 * Accept-Encoding with long-lived caching of hashed assets; the API's JSON compressed where it pays.
 * The partner portal is really built with its vite configuration into a temporary apps root.
 */
const repo = resolve(fileURLToPath(new URL("../../../", import.meta.url)))

describe("compression of the web apps and the API", () => {
  let t: TestApp
  let root: string
  let dist: string
  let script: string
  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), "openpor-apps-"))
    dist = join(root, "partner-portal", "dist")
    const app = join(repo, "apps", "partner-portal")
    execFileSync(
      process.execPath,
      [
        join(app, "node_modules", "vite", "bin", "vite.js"),
        "build",
        "--outDir",
        dist,
        "--emptyOutDir",
        "--logLevel",
        "error"
      ],
      { cwd: app, stdio: "pipe" }
    )
    script = readdirSync(join(dist, "assets")).find((f) => f.endsWith(".js"))!
    t = await makeTestApp("sqlite", { OPENPOR_APPS_ROOT: root })
  }, 120_000)
  afterAll(async () => {
    await t.close()
    rmSync(root, { recursive: true, force: true })
  })

  const get = (path: string, headers: Record<string, string> = {}) => t.app.request(path, { headers })

  it("the build writes a .br and a .gz beside every text asset, each decompressing to the file", () => {
    const original = readFileSync(join(dist, "assets", script))
    expect(brotliDecompressSync(readFileSync(join(dist, "assets", `${script}.br`)))).toEqual(original)
    expect(gunzipSync(readFileSync(join(dist, "assets", `${script}.gz`)))).toEqual(original)
    const css = readdirSync(join(dist, "assets")).find((f) => f.endsWith(".css"))!
    expect(readdirSync(join(dist, "assets"))).toEqual(expect.arrayContaining([`${css}.br`, `${css}.gz`]))
  })

  it("hashed assets: brotli or gzip by Accept-Encoding, Vary, immutable for a year", async () => {
    const original = readFileSync(join(dist, "assets", script))
    const br = await get(`/partner/assets/${script}`, { "accept-encoding": "gzip, deflate, br, zstd" })
    expect(br.status).toBe(200)
    expect(br.headers.get("content-encoding")).toBe("br")
    expect(br.headers.get("vary")).toMatch(/accept-encoding/i)
    expect(br.headers.get("content-type")).toBe("text/javascript; charset=utf-8")
    expect(br.headers.get("cache-control")).toBe("public, max-age=31536000, immutable")
    const brBytes = Buffer.from(await br.arrayBuffer())
    expect(Number(br.headers.get("content-length"))).toBe(brBytes.byteLength)
    expect(brBytes.byteLength).toBeLessThan(original.byteLength / 2)
    expect(brotliDecompressSync(brBytes)).toEqual(original)

    const gz = await get(`/partner/assets/${script}`, { "accept-encoding": "gzip" })
    expect(gz.headers.get("content-encoding")).toBe("gzip")
    expect(gunzipSync(Buffer.from(await gz.arrayBuffer()))).toEqual(original)

    const preferGzip = await get(`/partner/assets/${script}`, { "accept-encoding": "br;q=0.5, gzip;q=1" })
    expect(preferGzip.headers.get("content-encoding")).toBe("gzip")
    const noBr = await get(`/partner/assets/${script}`, { "accept-encoding": "br;q=0, *;q=0.1" })
    expect(noBr.headers.get("content-encoding")).toBe("gzip")

    const plain = await get(`/partner/assets/${script}`)
    expect(plain.headers.get("content-encoding")).toBeNull()
    expect(plain.headers.get("vary")).toMatch(/accept-encoding/i)
    expect(Buffer.from(await plain.arrayBuffer())).toEqual(original)
  })

  it("index.html (and every client route) is revalidated: no-cache with an ETag, 304 when unchanged", async () => {
    const page = await get("/partner/", { "accept-encoding": "br" })
    expect(page.status).toBe(200)
    expect(page.headers.get("cache-control")).toBe("no-cache")
    expect(page.headers.get("content-type")).toBe("text/html; charset=utf-8")
    const etag = page.headers.get("etag")
    expect(etag).toMatch(/^".+"$/)
    const again = await get("/partner/", { "accept-encoding": "br", "if-none-match": etag! })
    expect(again.status).toBe(304)
    const route = await get("/partner/claims/clm_123")
    expect(route.status).toBe(200)
    expect(route.headers.get("cache-control")).toBe("no-cache")
    expect(await route.text()).toContain('<div id="root">')
  })

  it("negotiation follows q-values and wildcards", async () => {
    const { negotiateEncoding } = await import("../src/static.ts")
    expect(negotiateEncoding(undefined, ["br", "gzip"])).toBe("identity")
    expect(negotiateEncoding("gzip, br", ["br", "gzip"])).toBe("br")
    expect(negotiateEncoding("gzip, br", ["gzip"])).toBe("gzip")
    expect(negotiateEncoding("*", ["br", "gzip"])).toBe("br")
    expect(negotiateEncoding("br;q=0, gzip;q=0", ["br", "gzip"])).toBe("identity")
    expect(negotiateEncoding("identity", ["br", "gzip"])).toBe("identity")
  })

  it("API JSON is gzip-compressed above 1 KB (with Vary), small answers are not", async () => {
    const plain = await t.call("GET", "/api/v1/openapi.json")
    const doc = await t.app.request("/api/v1/openapi.json", { headers: { "accept-encoding": "gzip, br" } })
    expect(doc.headers.get("content-encoding")).toBe("gzip")
    expect(doc.headers.get("vary")).toMatch(/accept-encoding/i)
    const bytes = Buffer.from(await doc.arrayBuffer())
    expect(bytes.byteLength).toBeLessThan(JSON.stringify(plain.body).length / 3)
    expect(JSON.parse(gunzipSync(bytes).toString("utf8"))).toEqual(plain.body)

    const small = await t.app.request("/healthz", { headers: { "accept-encoding": "gzip" } })
    expect(small.headers.get("content-encoding")).toBeNull()
    const me = await t.app.request("/api/v1/auth/sessions", {
      method: "POST",
      headers: { "content-type": "application/json", "accept-encoding": "gzip" },
      body: JSON.stringify({ email: "ian@contoso.example", password: "demo-Passw0rd!" })
    })
    expect(me.status).toBe(201)
    expect(me.headers.get("content-encoding")).toBeNull()
    expect(me.headers.getSetCookie().length).toBeGreaterThanOrEqual(2)
  })

  it("a client that accepts no compression gets the JSON as it is, still with Vary", async () => {
    for (const headers of [{}, { "accept-encoding": "br" }, { "accept-encoding": "gzip;q=0, deflate;q=0" }]) {
      const doc = await t.app.request("/api/v1/openapi.json", { headers })
      expect(doc.headers.get("content-encoding")).toBeNull()
      expect(doc.headers.get("vary")).toMatch(/accept-encoding/i)
      expect(((await doc.json()) as { openapi: string }).openapi).toMatch(/^3\./)
    }
    const wildcard = await t.app.request("/api/v1/openapi.json", {
      headers: { "accept-encoding": "*;q=0.5" }
    })
    expect(wildcard.headers.get("content-encoding")).toBe("gzip")
  })

  it("the error envelope stays intact when compressed", async () => {
    const body = Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`unexpectedField${i}`, i]))
    const res = await t.app.request("/api/v1/claims", {
      method: "POST",
      headers: {
        authorization: `Bearer ${await t.signIn("ian@contoso.example")}`,
        "content-type": "application/json",
        "accept-encoding": "gzip"
      },
      body: JSON.stringify(body)
    })
    expect(res.status).toBe(400)
    expect(res.headers.get("content-encoding")).toBe("gzip")
    const envelope = JSON.parse(gunzipSync(Buffer.from(await res.arrayBuffer())).toString("utf8"))
    expect(Object.keys(envelope.error).sort()).toEqual(["code", "details", "message"])
    expect(envelope.error.code).toBe("invalid_request")
    expect(envelope.error.details.issues.length).toBeGreaterThan(30)
  })

  it("downloads (POE) stream through untouched", async () => {
    const token = await t.signIn("ian@contoso.example")
    const draft = await t.call("POST", "/api/v1/claims", { token, body: mwsClaim() })
    const form = new FormData()
    form.append("file", new Blob([pdfBytes() as Uint8Array<ArrayBuffer>]), "sow.pdf")
    const up = await t.app.request(`/api/v1/claims/${draft.body.id}/poe`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}` },
      body: form
    })
    const poe = ((await up.json()) as any).poe[0]
    const res = await t.app.request(`/api/v1/claims/${draft.body.id}/poe/${poe.id}`, {
      headers: { authorization: `Bearer ${token}`, "accept-encoding": "gzip, br" }
    })
    expect(res.status).toBe(200)
    expect(res.headers.get("content-encoding")).toBeNull()
    expect(res.headers.get("content-length")).toBe(String(pdfBytes().byteLength))
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(pdfBytes())
  })
})
