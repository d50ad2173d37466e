/**
 * Test support (Node only; never imported by app code): documents built byte by byte for the tests that
 * upload proof of execution — the API's own tests and the apps' browser tests.
 */
import { crc32 } from "node:zlib"

const encoder = new TextEncoder()

/** A stored (uncompressed) ZIP of text entries, with correct local headers, central directory and end record. */
export const zip = (entries: ReadonlyArray<readonly [name: string, data: string]>): Uint8Array => {
  const parts: Array<Uint8Array> = []
  const centrals: Array<Uint8Array> = []
  let offset = 0
  for (const [entryName, content] of entries) {
    const name = encoder.encode(entryName)
    const data = encoder.encode(content)
    const crc = crc32(data)
    const local = new Uint8Array(30 + name.length + data.length)
    const lv = new DataView(local.buffer)
    lv.setUint32(0, 0x04034b50, true)
    lv.setUint16(4, 20, true)
    lv.setUint32(14, crc, true)
    lv.setUint32(18, data.length, true)
    lv.setUint32(22, data.length, true)
    lv.setUint16(26, name.length, true)
    local.set(name, 30)
    local.set(data, 30 + name.length)
    const central = new Uint8Array(46 + name.length)
    const cv = new DataView(central.buffer)
    cv.setUint32(0, 0x02014b50, true)
    cv.setUint16(4, 20, true)
    cv.setUint16(6, 20, true)
    cv.setUint32(16, crc, true)
    cv.setUint32(20, data.length, true)
    cv.setUint32(24, data.length, true)
    cv.setUint16(28, name.length, true)
    cv.setUint32(42, offset, true)
    central.set(name, 46)
    parts.push(local)
    centrals.push(central)
    offset += local.length
  }
  const size = centrals.reduce((n, c) => n + c.length, 0)
  const end = new Uint8Array(22)
  const ev = new DataView(end.buffer)
  ev.setUint32(0, 0x06054b50, true)
  ev.setUint16(8, entries.length, true)
  ev.setUint16(10, entries.length, true)
  ev.setUint32(12, size, true)
  ev.setUint32(16, offset, true)
  return new Uint8Array(Buffer.concat([...parts, ...centrals, end]))
}

/** A minimal Word document (what the API recognises as DOCX). */
export const DOCX = zip([
  ["[Content_Types].xml", '<?xml version="1.0"?><Types/>'],
  ["word/document.xml", '<?xml version="1.0"?><w:document/>']
])
