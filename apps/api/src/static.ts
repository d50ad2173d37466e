import { existsSync, readFileSync, statSync } from "node:fs"
import { extname, join, normalize, resolve } from "node:path"
import type { Context, Hono } from "hono"
import { parseAccept } from "hono/utils/accept"

export const APPS = [
  { name: "partner-portal", base: "/partner", title: "Partner portal" },
  { name: "customer-approval", base: "/customer", title: "Customer approval app" },
  { name: "reviewer-console", base: "/review", title: "Reviewer console" }
] as const

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".json": "application/json",
  ".map": "application/json",
  ".woff2": "font/woff2",
  ".txt": "text/plain; charset=utf-8"
}

/** Precompressed variants written at build time (packages/ui/src/build/precompress.ts), best first. */
const ENCODINGS = [
  { name: "br", suffix: ".br" },
  { name: "gzip", suffix: ".gz" }
] as const

/** Vite puts content-hashed files under assets/: they never change, so browsers may keep them a year. */
const IMMUTABLE = "public, max-age=31536000, immutable"

/**
 * The encoding to send for a file: the best precompressed variant that the client accepts
 * (Accept-Encoding with q-values; `*` counts for any), else the file itself.
 */
export const negotiateEncoding = (
  acceptEncoding: string | undefined,
  available: ReadonlyArray<"br" | "gzip">
): "br" | "gzip" | "identity" => {
  if (acceptEncoding === undefined || acceptEncoding.trim() === "") return "identity"
  const accepts = parseAccept(acceptEncoding)
  const q = (name: string) => {
    const explicit = accepts.find((a) => a.type.toLowerCase() === name)
    return explicit?.q ?? accepts.find((a) => a.type === "*")?.q ?? 0
  }
  let best: { name: "br" | "gzip" | "identity"; q: number } = { name: "identity", q: 0 }
  for (const name of available) {
    const weight = q(name)
    if (weight > best.q) best = { name, q: weight }
  }
  return best.name
}

/** Sends one file: content negotiation over its precompressed variants, caching and revalidation. */
const sendFile = (c: Context, file: string, cacheControl: string) => {
  const available = ENCODINGS.filter((e) => existsSync(`${file}${e.suffix}`)).map((e) => e.name)
  const encoding = negotiateEncoding(c.req.header("accept-encoding"), available)
  const path = encoding === "identity" ? file : `${file}${ENCODINGS.find((e) => e.name === encoding)!.suffix}`
  const stat = statSync(path)
  const etag = `"${stat.size.toString(16)}-${Math.floor(stat.mtimeMs).toString(16)}-${encoding}"`
  const headers: Record<string, string> = {
    "Content-Type": TYPES[extname(file)] ?? "application/octet-stream",
    "Cache-Control": cacheControl,
    ETag: etag,
    Vary: "Accept-Encoding"
  }
  if (encoding !== "identity") headers["Content-Encoding"] = encoding
  const match = c.req.header("if-none-match")
  if (match?.split(",").some((m) => m.trim().replace(/^W\//, "") === etag)) {
    return c.body(null, 304, headers)
  }
  return c.body(readFileSync(path), 200, { ...headers, "Content-Length": String(stat.size) })
}

/**
 * Serves each built web app (apps/<name>/dist) at its base path; unknown paths get index.html (the
 * apps route on the client). Hashed assets are cached for a year, everything else is revalidated.
 */
export const serveApps = (app: Hono<any>, appsRoot: string) => {
  for (const spec of APPS) {
    const dist = resolve(appsRoot, spec.name, "dist")
    app.get(spec.base, (c) => c.redirect(`${spec.base}/`, 302))
    app.get(`${spec.base}/*`, (c) => {
      if (!existsSync(join(dist, "index.html"))) {
        return c.text(`${spec.title} is not built: run ./dev build`, 503)
      }
      let relative: string
      try {
        relative = decodeURIComponent(c.req.path.slice(spec.base.length + 1))
      } catch {
        relative = ""
      }
      const file = normalize(join(dist, relative))
      const inside = file.startsWith(`${dist}/`) && !relative.split("/").includes("..")
      if (inside && relative !== "" && extname(file) !== "" && existsSync(file) && statSync(file).isFile()) {
        return sendFile(c, file, relative.startsWith("assets/") ? IMMUTABLE : "no-cache")
      }
      return sendFile(c, join(dist, "index.html"), "no-cache")
    })
  }
}
