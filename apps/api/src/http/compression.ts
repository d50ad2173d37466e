import type { MiddlewareHandler } from "hono"
import { compress } from "hono/compress"

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
export const compressJson = (): ReadonlyArray<MiddlewareHandler> => [
  compress({ threshold: COMPRESS_THRESHOLD }),
  async (c, next) => {
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
