import { existsSync, readFileSync } from "node:fs"
import { extname, join, normalize, resolve } from "node:path"
import type { Hono } from "hono"

export const APPS = [
  { name: "partner-portal", base: "/partner", title: "Partner portal" },
  { name: "customer-approval", base: "/customer", title: "Customer approval app" },
  { name: "reviewer-console", base: "/review", title: "Reviewer console" }
] as const

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".json": "application/json",
  ".woff2": "font/woff2",
  ".txt": "text/plain; charset=utf-8"
}

/** Serves each built web app (apps/<name>/dist) at its base path; unknown paths get index.html. */
export const serveApps = (app: Hono<any>, appsRoot: string) => {
  for (const spec of APPS) {
    const dist = resolve(appsRoot, spec.name, "dist")
    app.get(spec.base, (c) => c.redirect(`${spec.base}/`, 302))
    app.get(`${spec.base}/*`, (c) => {
      if (!existsSync(join(dist, "index.html"))) {
        return c.text(`${spec.title} is not built: run ./dev build`, 503)
      }
      const relative = decodeURIComponent(c.req.path.slice(spec.base.length + 1))
      const file = normalize(join(dist, relative))
      const inside = file.startsWith(`${dist}/`) && !relative.split("/").includes("..")
      if (inside && relative !== "" && existsSync(file) && extname(file) !== "") {
        const type = TYPES[extname(file)] ?? "application/octet-stream"
        const immutable = relative.startsWith("assets/")
        return c.body(readFileSync(file), 200, {
          "Content-Type": type,
          "Cache-Control": immutable ? "public, max-age=31536000, immutable" : "no-cache"
        })
      }
      return c.body(readFileSync(join(dist, "index.html")), 200, {
        "Content-Type": TYPES[".html"]!,
        "Cache-Control": "no-cache"
      })
    })
  }
}
