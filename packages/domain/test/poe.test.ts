import { crc32 } from "node:zlib"
import { describe, expect, it } from "@effect/vitest"
import {
  contentDisposition,
  MAX_POE_BYTES,
  type PoeMediaType,
  poeExtension,
  safeDisplayName,
  sniffPoeType
} from "../src/claims/poe.ts"

const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
const text = (s: string) => new TextEncoder().encode(s)
const bytesOf = (...parts: ReadonlyArray<ReadonlyArray<number> | Uint8Array>) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0))
  let at = 0
  for (const p of parts) {
    out.set(p, at)
    at += p.length
  }
  return out
}

/** A minimal stored-method (no compression) ZIP: local headers, central directory, EOCD. */
const zip = (entries: ReadonlyArray<{ readonly name: string; readonly data: string | Uint8Array }>) => {
  const locals: Array<Uint8Array> = []
  const centrals: Array<Uint8Array> = []
  let offset = 0
  for (const entry of entries) {
    const name = text(entry.name)
    const data = typeof entry.data === "string" ? text(entry.data) : entry.data
    const crc = crc32(data)
    const local = new Uint8Array(30 + name.length + data.length)
    const lv = new DataView(local.buffer)
    lv.setUint32(0, 0x04034b50, true)
    lv.setUint16(4, 20, true) // version needed
    lv.setUint16(6, 0x0800, true) // UTF-8 names
    lv.setUint16(8, 0, true) // stored
    lv.setUint16(10, 0, true) // time
    lv.setUint16(12, 0x21, true) // date 1980-01-01
    lv.setUint32(14, crc, true)
    lv.setUint32(18, data.length, true)
    lv.setUint32(22, data.length, true)
    lv.setUint16(26, name.length, true)
    lv.setUint16(28, 0, true)
    local.set(name, 30)
    local.set(data, 30 + name.length)
    const central = new Uint8Array(46 + name.length)
    const cv = new DataView(central.buffer)
    cv.setUint32(0, 0x02014b50, true)
    cv.setUint16(4, 20, true) // version made by
    cv.setUint16(6, 20, true) // version needed
    cv.setUint16(8, 0x0800, true)
    cv.setUint16(10, 0, true)
    cv.setUint16(12, 0, true)
    cv.setUint16(14, 0x21, true)
    cv.setUint32(16, crc, true)
    cv.setUint32(20, data.length, true)
    cv.setUint32(24, data.length, true)
    cv.setUint16(28, name.length, true)
    cv.setUint16(30, 0, true) // extra
    cv.setUint16(32, 0, true) // comment
    cv.setUint16(34, 0, true) // disk
    cv.setUint16(36, 0, true) // internal attributes
    cv.setUint32(38, 0, true) // external attributes
    cv.setUint32(42, offset, true)
    central.set(name, 46)
    locals.push(local)
    centrals.push(central)
    offset += local.length
  }
  const cd = bytesOf(...centrals)
  const eocd = new Uint8Array(22)
  const ev = new DataView(eocd.buffer)
  ev.setUint32(0, 0x06054b50, true)
  ev.setUint16(8, entries.length, true)
  ev.setUint16(10, entries.length, true)
  ev.setUint32(12, cd.length, true)
  ev.setUint32(16, offset, true)
  return bytesOf(...locals, cd, eocd)
}

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'

const minimalDocx = () =>
  zip([
    { name: "[Content_Types].xml", data: CONTENT_TYPES },
    {
      name: "_rels/.rels",
      data: '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'
    },
    {
      name: "word/document.xml",
      data: '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Proof</w:t></w:r></w:p></w:body></w:document>'
    }
  ])

const minimalPdf = text(
  "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 3 3]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
)
/** A real 1×1 PNG (red pixel). */
const onePixelPng = Uint8Array.from(
  Buffer.from(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==",
    "base64"
  )
)
const jpegHeader = Uint8Array.from([
  0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01,
  0x00, 0x00, 0xff, 0xd9
])

describe("sniffPoeType", () => {
  it("recognises PDF, PNG, JPEG and DOCX by content", () => {
    expect(sniffPoeType(minimalPdf)).toBe("application/pdf")
    expect(sniffPoeType(onePixelPng)).toBe("image/png")
    expect(sniffPoeType(jpegHeader)).toBe("image/jpeg")
    expect(sniffPoeType(minimalDocx())).toBe(DOCX)
  })

  it("recognises a DOCX whose archive has a comment and a subarray view", () => {
    const docx = minimalDocx()
    const withComment = bytesOf(docx.subarray(0, docx.length - 2), [5, 0], text("hello"))
    expect(sniffPoeType(withComment)).toBe(DOCX)
    const embedded = bytesOf([1, 2, 3], docx, [4, 5])
    expect(sniffPoeType(embedded.subarray(3, 3 + docx.length))).toBe(DOCX)
  })

  it("rejects a ZIP that is not a Word document", () => {
    expect(sniffPoeType(zip([{ name: "readme.txt", data: "hello" }]))).toBeUndefined()
    const xlsx = zip([
      { name: "[Content_Types].xml", data: CONTENT_TYPES },
      { name: "xl/workbook.xml", data: "<workbook/>" }
    ])
    expect(sniffPoeType(xlsx)).toBeUndefined()
    // word/ without [Content_Types].xml, and the names only inside file content
    expect(sniffPoeType(zip([{ name: "word/document.xml", data: "<w/>" }]))).toBeUndefined()
    const namesInContent = zip([{ name: "a.txt", data: "[Content_Types].xml word/document.xml" }])
    expect(sniffPoeType(namesInContent)).toBeUndefined()
    // only a word/ directory entry
    expect(
      sniffPoeType(
        zip([
          { name: "[Content_Types].xml", data: CONTENT_TYPES },
          { name: "word/", data: "" }
        ])
      )
    ).toBeUndefined()
  })

  it("rejects truncated and corrupted archives without throwing", () => {
    const docx = minimalDocx()
    for (let cut = 0; cut < docx.length; cut += 7) {
      expect(sniffPoeType(docx.subarray(0, cut))).toBeUndefined()
    }
    expect(sniffPoeType(docx.subarray(0, docx.length - 1))).toBeUndefined()
    // central directory offset pointing past the end
    const badOffset = Uint8Array.from(docx)
    new DataView(badOffset.buffer).setUint32(badOffset.length - 6, 0xfffffff0, true)
    expect(sniffPoeType(badOffset)).toBeUndefined()
    // entry count larger than the directory
    const badCount = Uint8Array.from(docx)
    const view = new DataView(badCount.buffer)
    view.setUint16(badCount.length - 14, 200, true)
    view.setUint16(badCount.length - 12, 200, true)
    expect(sniffPoeType(badCount)).toBeUndefined()
    // a name length running past the central directory
    const cdOffset = new DataView(docx.buffer).getUint32(docx.length - 6, true)
    const badName = Uint8Array.from(docx)
    new DataView(badName.buffer).setUint16(cdOffset + 28, 0xffff, true)
    expect(sniffPoeType(badName)).toBeUndefined()
    // local header offsets pointing into the central directory
    const badLocal = Uint8Array.from(docx)
    new DataView(badLocal.buffer).setUint32(cdOffset + 42, cdOffset, true)
    expect(sniffPoeType(badLocal)).toBeUndefined()
  })

  it("rejects executables, HTML, text, random bytes and empty input", () => {
    expect(sniffPoeType(new Uint8Array(0))).toBeUndefined()
    expect(sniffPoeType(bytesOf([0x4d, 0x5a, 0x90, 0x00], new Uint8Array(200)))).toBeUndefined() // MZ
    expect(sniffPoeType(bytesOf([0x7f, 0x45, 0x4c, 0x46], new Uint8Array(200)))).toBeUndefined() // ELF
    expect(sniffPoeType(text("<!doctype html><html><body>hi</body></html>"))).toBeUndefined()
    // a text file named report.pdf: the name plays no part
    expect(sniffPoeType(text("This is not a PDF, just text named report.pdf\n"))).toBeUndefined()
    expect(sniffPoeType(text("%PD"))).toBeUndefined()
    expect(sniffPoeType(Uint8Array.from([0x50, 0x4b, 0x03, 0x04]))).toBeUndefined()
    let seed = 42
    for (let i = 0; i < 200; i++) {
      const random = new Uint8Array(1 + (i % 97) * 13)
      for (let j = 0; j < random.length; j++) {
        seed = (seed * 1103515245 + 12345) & 0x7fffffff
        random[j] = seed & 0xff
      }
      random[0] = 0x50 // force the ZIP path sometimes
      if (i % 2 === 0) random.set([0x50, 0x4b, 0x03, 0x04].slice(0, random.length))
      expect(sniffPoeType(random)).toBeUndefined()
    }
  })

  it("reads nothing past a bounded window: a 10 MB non-ZIP is rejected quickly", () => {
    const big = new Uint8Array(MAX_POE_BYTES)
    big.set([0x50, 0x4b, 0x03, 0x04])
    const started = performance.now()
    expect(sniffPoeType(big)).toBeUndefined()
    expect(performance.now() - started).toBeLessThan(1000)
  })
})

describe("poeExtension", () => {
  it("maps each type to its extension", () => {
    expect(poeExtension("application/pdf")).toBe(".pdf")
    expect(poeExtension("image/png")).toBe(".png")
    expect(poeExtension("image/jpeg")).toBe(".jpg")
    expect(poeExtension(DOCX)).toBe(".docx")
  })
})

describe("safeDisplayName", () => {
  const pdf: PoeMediaType = "application/pdf"

  it("keeps an ordinary name", () => {
    expect(safeDisplayName("Signed SOW 2026.pdf", pdf)).toBe("Signed SOW 2026.pdf")
    expect(safeDisplayName("scan.JPEG", "image/jpeg")).toBe("scan.JPEG")
    expect(safeDisplayName("contract.docx", DOCX)).toBe("contract.docx")
  })

  it("strips directory parts", () => {
    expect(safeDisplayName("../../etc/passwd", pdf)).toBe("passwd.pdf")
    expect(safeDisplayName("C:\\evil\\x.exe", pdf)).toBe("x.exe.pdf")
    expect(safeDisplayName("/tmp/dir/", pdf)).toBe("proof-of-execution.pdf")
    expect(safeDisplayName("..", pdf)).toBe("proof-of-execution.pdf")
  })

  it("appends the sniffed type's extension when the name has none or another one", () => {
    expect(safeDisplayName("statement", pdf)).toBe("statement.pdf")
    expect(safeDisplayName("photo.png", "image/jpeg")).toBe("photo.png.jpg")
    expect(safeDisplayName("report.", pdf)).toBe("report.pdf")
  })

  it("removes control characters, quotes and header-unsafe characters, collapses whitespace", () => {
    expect(safeDisplayName("a\"b'c;d\r\n\te\u0000f.pdf", pdf)).toBe("abcd ef.pdf")
    expect(safeDisplayName("  many    spaces\u00a0here .pdf", pdf)).toBe("many spaces here.pdf")
    // a right-to-left override that would disguise the extension
    expect(safeDisplayName("invoice\u202Efdp.exe", pdf)).toBe("invoicefdp.exe.pdf")
    expect(safeDisplayName('<>:"|?*', pdf)).toBe("proof-of-execution.pdf")
    expect(safeDisplayName("", pdf)).toBe("proof-of-execution.pdf")
    expect(safeDisplayName(".pdf", pdf)).toBe("proof-of-execution.pdf")
    expect(safeDisplayName("\ud800bad.pdf", pdf)).toBe("bad.pdf")
  })

  it("keeps unicode names (NFC)", () => {
    expect(safeDisplayName("Résumé – Zürich 契約書.pdf", pdf)).toBe("Résumé – Zürich 契約書.pdf")
    expect(safeDisplayName("Re\u0301sume\u0301.pdf", pdf)).toBe("Résumé.pdf")
    expect(safeDisplayName("📄 proof.png", "image/png")).toBe("📄 proof.png")
  })

  it("limits the name to 150 characters and keeps the extension", () => {
    const long = safeDisplayName(`${"a".repeat(400)}.pdf`, pdf)
    expect(long).toBe(`${"a".repeat(146)}.pdf`)
    const noExt = safeDisplayName("b".repeat(400), DOCX)
    expect(noExt).toBe(`${"b".repeat(145)}.docx`)
    const emoji = safeDisplayName(`${"😀".repeat(200)}.pdf`, pdf)
    expect(Array.from(emoji)).toHaveLength(150)
    expect(emoji.endsWith(".pdf")).toBe(true)
    expect(emoji).not.toMatch(/\p{Cs}/u)
  })

  it("is idempotent", () => {
    for (const name of [
      "../../etc/passwd",
      "C:\\evil\\x.exe",
      `${"a ".repeat(200)}.pdf`,
      "x.",
      "Résumé.pdf",
      "a.b.c",
      ""
    ]) {
      const once = safeDisplayName(name, pdf)
      expect(safeDisplayName(once, pdf)).toBe(once)
    }
  })
})

describe("contentDisposition", () => {
  it("gives an ASCII filename and the exact UTF-8 name (RFC 6266 / 5987)", () => {
    expect(contentDisposition("report.pdf")).toBe(
      `attachment; filename="report.pdf"; filename*=UTF-8''report.pdf`
    )
    expect(contentDisposition("Résumé 契約.pdf")).toBe(
      `attachment; filename="Resume __.pdf"; filename*=UTF-8''R%C3%A9sum%C3%A9%20%E5%A5%91%E7%B4%84.pdf`
    )
  })

  it("encodes characters outside attr-char and never breaks the header", () => {
    const value = contentDisposition("it's (final) 100%! ~x.pdf")
    expect(value).toBe(
      `attachment; filename="its (final) 100_! ~x.pdf"; filename*=UTF-8''its%20%28final%29%20100%25!%20~x.pdf`
    )
    const hostile = contentDisposition('x"; filename="evil.exe\r\nSet-Cookie: a=b')
    expect(hostile).not.toMatch(/[\r\n]/)
    expect(hostile.match(/"/g)).toHaveLength(2)
    expect(contentDisposition("")).toBe(`attachment; filename="download"; filename*=UTF-8''download`)
    expect(contentDisposition("\ud800")).toBe(`attachment; filename="download"; filename*=UTF-8''download`)
    // Headers accept the value as is
    expect(() => new Headers({ "content-disposition": contentDisposition("Ωmega\u0007.pdf") })).not.toThrow()
  })
})
