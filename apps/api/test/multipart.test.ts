import { request as httpRequest } from "node:http"
import type { AddressInfo } from "node:net"
import { serve } from "@hono/node-server"
import { MAX_POE_BYTES } from "@openpor/domain"
import { Effect } from "effect"
import { type Context, Hono } from "hono"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { DOCX as docx, zip } from "../../../packages/ui/src/testing/documents.ts"
import { failureResponse } from "../src/http/errors.ts"
import { readPoeUpload } from "../src/http/multipart.ts"

const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
const encoder = new TextEncoder()

const xlsx = zip([
  ["[Content_Types].xml", '<?xml version="1.0"?><Types/>'],
  ["xl/workbook.xml", "<workbook/>"]
])
const pdf = encoder.encode("%PDF-1.4\n%%EOF\n")
const png = Uint8Array.from(
  Buffer.from(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==",
    "base64"
  )
)
const jpeg = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0xff, 0xd9])

const app = new Hono()
const handle = (field?: string) => async (c: Context) => {
  const exit = await Effect.runPromiseExit(field === undefined ? readPoeUpload(c) : readPoeUpload(c, field))
  if (exit._tag === "Failure") return failureResponse(c, exit.cause, "req-test")
  const { fileName, bytes, type } = exit.value
  return c.json({ fileName, size: bytes.length, type, head: Array.from(bytes.subarray(0, 4)) })
}
app.post("/upload", handle())
app.post("/evidence", handle("evidence"))

const fileBlob = (bytes: Uint8Array, type = "application/octet-stream") =>
  new Blob([new Uint8Array(bytes)], { type })

const formWith = (
  ...files: ReadonlyArray<readonly [field: string, bytes: Uint8Array | string, name?: string]>
) => {
  const form = new FormData()
  for (const [field, value, name] of files) {
    if (typeof value === "string") form.append(field, value)
    else form.append(field, fileBlob(value), name ?? "upload.bin")
  }
  return form
}

const send = async (path: string, init: RequestInit) => {
  const res = await app.request(path, { method: "POST", ...init })
  return { status: res.status, body: (await res.json()) as any }
}

/** The form serialized as a real multipart body, with its Content-Type and exact Content-Length. */
const serialize = async (form: FormData) => {
  const res = new Response(form)
  const body = new Uint8Array(await res.arrayBuffer())
  return { body, contentType: res.headers.get("content-type")! }
}

describe("readPoeUpload", () => {
  it("accepts a DOCX, a PDF, a PNG and a JPEG, recognised by content", async () => {
    const cases = [
      [docx, "Statement of Work.docx", DOCX, "Statement of Work.docx"],
      [pdf, "../../etc/passwd", "application/pdf", "passwd.pdf"],
      [png, "C:\\Users\\me\\screenshot.png", "image/png", "screenshot.png"],
      [jpeg, "photo.exe", "image/jpeg", "photo.exe.jpg"]
    ] as const
    for (const [bytes, name, type, fileName] of cases) {
      const res = await send("/upload", { body: formWith(["file", bytes, name]) })
      expect(res.status, name).toBe(200)
      expect(res.body).toEqual({ fileName, size: bytes.length, type, head: Array.from(bytes.subarray(0, 4)) })
    }
  })

  it("ignores the declared part type and other fields", async () => {
    const form = new FormData()
    form.append("comment", "see attached")
    form.append("file", new Blob([new Uint8Array(pdf)], { type: "text/html" }), "proof.pdf")
    const res = await send("/upload", { body: form })
    expect(res.status).toBe(200)
    expect(res.body.type).toBe("application/pdf")
  })

  it("accepts a body with an exact declared Content-Length", async () => {
    const { body, contentType } = await serialize(formWith(["file", docx, "a.docx"]))
    const res = await send("/upload", {
      body,
      headers: { "content-type": contentType, "content-length": String(body.length) }
    })
    expect(res.status).toBe(200)
    expect(res.body.type).toBe(DOCX)
  })

  it("reads the field given", async () => {
    expect((await send("/evidence", { body: formWith(["evidence", pdf, "a.pdf"]) })).status).toBe(200)
    const missing = await send("/evidence", { body: formWith(["file", pdf, "a.pdf"]) })
    expect(missing.status).toBe(400)
    expect(missing.body.error.code).toBe("missing_field")
    expect(missing.body.error.message).toContain('"evidence"')
  })

  it("415 unsupported_media_type unless the body is multipart/form-data", async () => {
    for (const headers of [
      { "content-type": "application/json" },
      { "content-type": "application/pdf" },
      { "content-type": "application/x-www-form-urlencoded" },
      {}
    ]) {
      const res = await send("/upload", { body: new Uint8Array(pdf), headers })
      expect(res.status).toBe(415)
      expect(res.body.error.code).toBe("unsupported_media_type")
      expect(res.body.error.message).toContain("multipart/form-data")
    }
  })

  it("413 payload_too_large for a declared Content-Length over the limit, without reading the body", async () => {
    let pulled = false
    const body = new ReadableStream<Uint8Array>(
      {
        pull(controller) {
          pulled = true
          controller.enqueue(new Uint8Array(1024))
        }
      },
      { highWaterMark: 0 }
    )
    const res = await send("/upload", {
      body,
      duplex: "half",
      headers: {
        "content-type": "multipart/form-data; boundary=x",
        "content-length": String(MAX_POE_BYTES + 64 * 1024 + 1)
      }
    } as RequestInit)
    expect(res.status).toBe(413)
    expect(res.body.error.code).toBe("payload_too_large")
    expect(pulled).toBe(false)
  })

  it("400 invalid_request for a malformed Content-Length", async () => {
    const res = await send("/upload", {
      body: "x",
      headers: { "content-type": "multipart/form-data; boundary=x", "content-length": "12abc" }
    })
    expect(res.status).toBe(400)
    expect(res.body.error.code).toBe("invalid_request")
  })

  it("413 payload_too_large for a file just over 10 MB", async () => {
    const big = new Uint8Array(MAX_POE_BYTES + 1)
    big.set(pdf)
    const res = await send("/upload", { body: formWith(["file", big, "big.pdf"]) })
    expect(res.status).toBe(413)
    expect(res.body.error.code).toBe("payload_too_large")
  })

  it("accepts a file of exactly 10 MB", async () => {
    const max = new Uint8Array(MAX_POE_BYTES)
    max.set(pdf)
    const res = await send("/upload", { body: formWith(["file", max, "max.pdf"]) })
    expect(res.status).toBe(200)
    expect(res.body.size).toBe(MAX_POE_BYTES)
  })

  it("413 payload_too_large for a streamed body without Content-Length that goes over the limit", async () => {
    const boundary = "----openpor"
    const head = encoder.encode(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-`
    )
    let sent = 0
    const chunk = new Uint8Array(1024 * 1024)
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(head)
      },
      pull(controller) {
        sent += chunk.length
        if (sent > 64 * 1024 * 1024) controller.close()
        else controller.enqueue(chunk)
      }
    })
    const res = await send("/upload", {
      body,
      duplex: "half",
      headers: { "content-type": `multipart/form-data; boundary=${boundary}` }
    } as RequestInit)
    expect(res.status).toBe(413)
    expect(res.body.error.code).toBe("payload_too_large")
    // it stopped reading soon after the limit
    expect(sent).toBeLessThan(MAX_POE_BYTES + 4 * 1024 * 1024)
  })

  it("400 missing_field when there is no file", async () => {
    const res = await send("/upload", { body: formWith(["other", pdf, "a.pdf"]) })
    expect(res.status).toBe(400)
    expect(res.body.error).toMatchObject({ code: "missing_field", details: { field: "file" } })
  })

  it("400 invalid_request for several files, a text value, or an empty file", async () => {
    const several = await send("/upload", {
      body: formWith(["file", pdf, "a.pdf"], ["file", png, "b.png"])
    })
    expect(several.status).toBe(400)
    expect(several.body.error.code).toBe("invalid_request")
    const textValue = await send("/upload", { body: formWith(["file", "not a file"]) })
    expect(textValue.status).toBe(400)
    expect(textValue.body.error.code).toBe("invalid_request")
    const empty = await send("/upload", { body: formWith(["file", new Uint8Array(0), "empty.pdf"]) })
    expect(empty.status).toBe(400)
    expect(empty.body.error.code).toBe("invalid_request")
  })

  it("415 unsupported_media_type for content that is not an accepted type, whatever its name", async () => {
    for (const [bytes, name] of [
      [encoder.encode("just some text\n"), "report.pdf"],
      [encoder.encode("<!doctype html><script>alert(1)</script>"), "proof.png"],
      [Uint8Array.from([0x4d, 0x5a, 0x90, 0x00, 0x03]), "setup.docx"],
      [xlsx, "sheet.docx"],
      [zip([["readme.txt", "hi"]]), "archive.docx"],
      [docx.subarray(0, docx.length - 10), "truncated.docx"]
    ] as const) {
      const res = await send("/upload", { body: formWith(["file", bytes, name]) })
      expect(res.status, name).toBe(415)
      expect(res.body.error.code).toBe("unsupported_media_type")
      for (const t of ["PDF", "PNG", "JPEG", "DOCX"]) expect(res.body.error.message).toContain(t)
    }
  })

  it("400 invalid_request for malformed multipart, never a 500", async () => {
    const bodies: ReadonlyArray<readonly [contentType: string, body: string | Uint8Array]> = [
      ["multipart/form-data; boundary=abc", "this is not multipart at all"],
      ["multipart/form-data", "--abc\r\n\r\n"],
      [
        "multipart/form-data; boundary=abc",
        '--abc\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\n'
      ],
      ["multipart/form-data; boundary=abc", ""]
    ]
    for (const [contentType, body] of bodies) {
      const res = await send("/upload", { body, headers: { "content-type": contentType } })
      expect(res.status, `${contentType} ${JSON.stringify(body)}`).toBe(400)
      expect(["invalid_request", "missing_field"]).toContain(res.body.error.code)
    }
    const truncated = await serialize(formWith(["file", pdf, "a.pdf"]))
    const res = await send("/upload", {
      body: truncated.body.subarray(0, truncated.body.length - 20),
      headers: { "content-type": truncated.contentType }
    })
    expect(res.status).toBe(400)
    expect(res.body.error.code).toBe("invalid_request")
  })
})

describe("readPoeUpload over a real HTTP server", () => {
  let server: ReturnType<typeof serve>
  let port: number
  beforeAll(async () => {
    server = await new Promise<ReturnType<typeof serve>>((resolve) => {
      const s = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" }, () => resolve(s))
    })
    port = (server.address() as AddressInfo).port
  })
  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()))
  })

  /** Sends the body with Content-Length, or chunked (Transfer-Encoding) in 64 KiB writes. */
  const post = (body: Uint8Array, contentType: string, chunked: boolean) =>
    new Promise<{ status: number; body: any }>((resolve, reject) => {
      const req = httpRequest(
        {
          host: "127.0.0.1",
          port,
          method: "POST",
          path: "/upload",
          headers: chunked
            ? { "content-type": contentType, "transfer-encoding": "chunked" }
            : { "content-type": contentType, "content-length": String(body.length) }
        },
        (res) => {
          const chunks: Array<Buffer> = []
          res.on("data", (c: Buffer) => chunks.push(c))
          res.on("end", () =>
            resolve({ status: res.statusCode ?? 0, body: JSON.parse(Buffer.concat(chunks).toString("utf8")) })
          )
        }
      )
      // the server may answer and close before the whole body is sent
      req.on("error", reject)
      for (let at = 0; at < body.length; at += 64 * 1024) req.write(body.subarray(at, at + 64 * 1024))
      req.end()
    })

  it("accepts a DOCX sent with Content-Length and sent chunked", async () => {
    const { body, contentType } = await serialize(formWith(["file", docx, "w.docx"]))
    for (const chunked of [false, true]) {
      const res = await post(body, contentType, chunked)
      expect(res.status).toBe(200)
      expect(res.body).toMatchObject({ fileName: "w.docx", type: DOCX, size: docx.length })
    }
  })

  it("413 for a file just over 10 MB, sent with Content-Length and sent chunked", async () => {
    const big = new Uint8Array(MAX_POE_BYTES + 1)
    big.set(pdf)
    const { body, contentType } = await serialize(formWith(["file", big, "big.pdf"]))
    for (const chunked of [false, true]) {
      const res = await post(body, contentType, chunked)
      expect(res.status).toBe(413)
      expect(res.body.error.code).toBe("payload_too_large")
    }
  })
})
