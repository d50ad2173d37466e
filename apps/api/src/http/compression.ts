import type { MiddlewareHandler } from "hono"
import { compress } from "hono/compress"
import { parseAccept } from "hono/utils/accept"

/** JSON answers smaller than this go out as they are (compression would not pay for its headers). */
export const COMPRESS_THRESHOLD = 1024

/**
 * gzip/deflate for the API's JSON answers (error envelopes included) from {@link COMPRESS_THRESHOLD}
 * bytes, by Accept-Encoding, with `Vary: Accept-Encoding` (hono/compress). File downloads (PDF, images,
 * DOCX) are not compressible types and stream through untouched; answers that already carry a
 * Content-Encoding, HEAD requests and `Cache-Control: no-transform` are left alone.
 *
 * hono/compress decides by Content-Length, which `c.json` does not set; the inner middleware sets it
 * for JSON answers (their text is in memory already), so small ones are not compressed.
 */
export const compressJson = (): ReadonlyArray<MiddlewareHandler> => {
  const gzip = compress({ threshold: COMPRESS_THRESHOLD })
  return [
    // A client that accepts no compression gets the answer as the route made it, untouched.
    async (c, next) => {
      if (acceptsCompression(c.req.header("accept-encoding"))) return gzip(c, next)
      await next()
      if (!c.res.headers.has("vary")) c.header("Vary", "Accept-Encoding")
    },
    async (c, next) => {
      if (!acceptsCompression(c.req.header("accept-encoding"))) return next()
      await next()
      const type = c.res.headers.get("content-type") ?? ""
      if (
        c.res.body === null ||
        c.res.headers.has("content-length") ||
        c.res.headers.has("content-encoding") ||
        !/^application\/(?:[\w.+-]+\+)?json/i.test(type)
      )
        return
      const bytes = await c.res.arrayBuffer()
      const res = new Response(bytes, c.res)
      res.headers.set("Content-Length", String(bytes.byteLength))
      c.res = res
    }
  ]
}

/** Whether hono/compress would pick gzip or deflate for this Accept-Encoding (q-values, `*`). */
const acceptsCompression = (header: string | undefined): boolean => {
  if (header === undefined || header.trim() === "") return false
  const accepts = parseAccept(header)
  const wildcard = accepts.find((a) => a.type === "*")?.q
  return ["gzip", "deflate"].some(
    (name) => (accepts.find((a) => a.type.toLowerCase() === name)?.q ?? wildcard ?? 0) > 0
  )
}
