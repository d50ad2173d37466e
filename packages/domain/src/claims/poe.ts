/**
 * Proof-of-execution (POE) documents: which files are accepted, recognised by their content (never by
 * their name), and how the partner's original file name is shown and offered for download.
 *
 * Everything here is pure and total: no function throws, whatever bytes or names it is given.
 */

/** The largest POE document accepted, in bytes. */
export const MAX_POE_BYTES = 10 * 1024 * 1024

/** The file types accepted as proof of execution (PDF, PNG, JPEG, Word), sniffed from the content. */
export type PoeMediaType =
  | "application/pdf"
  | "image/png"
  | "image/jpeg"
  | "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

const DOCX: PoeMediaType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

const startsWith = (bytes: Uint8Array, prefix: ReadonlyArray<number>): boolean =>
  bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b)

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d] // %PDF-
const PNG_MAGIC = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]
const JPEG_MAGIC = [0xff, 0xd8, 0xff]
const ZIP_LOCAL_MAGIC = [0x50, 0x4b, 0x03, 0x04] // PK\x03\x04

const LOCAL_HEADER_SIG = 0x04034b50
const CENTRAL_HEADER_SIG = 0x02014b50
const EOCD_SIG = 0x06054b50
const EOCD_SIZE = 22
const CENTRAL_HEADER_SIZE = 46
const LOCAL_HEADER_SIZE = 30
const MAX_ZIP_COMMENT = 0xffff
/** More entries than any real Word document has; bounds the work on hostile archives. */
const MAX_ZIP_ENTRIES = 10_000

const u16 = (view: DataView, at: number): number => view.getUint16(at, true)
const u32 = (view: DataView, at: number): number => view.getUint32(at, true)

const latin1 = (bytes: Uint8Array): string => {
  let s = ""
  for (const b of bytes) s += String.fromCharCode(b)
  return s
}

interface CentralEntry {
  readonly name: string
  readonly localHeaderOffset: number
}

/** Finds the end-of-central-directory record: the last one whose comment length fits the file. */
const findEocd = (bytes: Uint8Array, view: DataView): number | undefined => {
  const last = bytes.length - EOCD_SIZE
  const first = Math.max(0, last - MAX_ZIP_COMMENT)
  for (let at = last; at >= first; at--) {
    if (u32(view, at) === EOCD_SIG && at + EOCD_SIZE + u16(view, at + 20) === bytes.length) return at
  }
  return undefined
}

/**
 * Reads the central directory of a single-disk, non-ZIP64 archive (a 10 MB Word document never needs
 * ZIP64). Undefined for anything inconsistent: wrong signatures, out-of-bounds offsets, truncation.
 */
const readCentralDirectory = (bytes: Uint8Array): ReadonlyArray<CentralEntry> | undefined => {
  if (bytes.length < LOCAL_HEADER_SIZE + EOCD_SIZE) return undefined
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const eocd = findEocd(bytes, view)
  if (eocd === undefined) return undefined
  const disk = u16(view, eocd + 4)
  const cdDisk = u16(view, eocd + 6)
  const entriesOnDisk = u16(view, eocd + 8)
  const entries = u16(view, eocd + 10)
  const cdSize = u32(view, eocd + 12)
  const cdOffset = u32(view, eocd + 16)
  if (disk !== 0 || cdDisk !== 0 || entriesOnDisk !== entries) return undefined
  if (entries === 0 || entries > MAX_ZIP_ENTRIES) return undefined
  if (cdOffset + cdSize > eocd || cdSize < entries * CENTRAL_HEADER_SIZE) return undefined
  const decoder = new TextDecoder("utf-8", { fatal: false })
  const result: Array<CentralEntry> = []
  let at = cdOffset
  const end = cdOffset + cdSize
  for (let i = 0; i < entries; i++) {
    if (at + CENTRAL_HEADER_SIZE > end || u32(view, at) !== CENTRAL_HEADER_SIG) return undefined
    const flags = u16(view, at + 8)
    const nameLength = u16(view, at + 28)
    const extraLength = u16(view, at + 30)
    const commentLength = u16(view, at + 32)
    const localHeaderOffset = u32(view, at + 42)
    const nameStart = at + CENTRAL_HEADER_SIZE
    const next = nameStart + nameLength + extraLength + commentLength
    if (nameLength === 0 || next > end) return undefined
    if (localHeaderOffset + LOCAL_HEADER_SIZE > cdOffset) return undefined
    const rawName = bytes.subarray(nameStart, nameStart + nameLength)
    // Bit 11: the name is UTF-8; otherwise CP437, whose ASCII range is all that matters here.
    const name = (flags & 0x0800) !== 0 ? decoder.decode(rawName) : latin1(rawName)
    result.push({ name, localHeaderOffset })
    at = next
  }
  return result
}

const hasLocalHeader = (bytes: Uint8Array, offset: number): boolean =>
  offset + LOCAL_HEADER_SIZE <= bytes.length &&
  new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(offset, true) === LOCAL_HEADER_SIG

/** A Word (OOXML) document: a ZIP whose central directory lists `[Content_Types].xml` and a `word/` part. */
const isDocx = (bytes: Uint8Array): boolean => {
  if (!startsWith(bytes, ZIP_LOCAL_MAGIC)) return false
  const entries = readCentralDirectory(bytes)
  if (entries === undefined) return false
  // OPC part names compare case-insensitively.
  const contentTypes = entries.find((e) => e.name.toLowerCase() === "[content_types].xml")
  const wordPart = entries.find((e) => {
    const name = e.name.toLowerCase()
    return name.startsWith("word/") && name.length > "word/".length && !name.endsWith("/")
  })
  return (
    contentTypes !== undefined &&
    wordPart !== undefined &&
    hasLocalHeader(bytes, contentTypes.localHeaderOffset) &&
    hasLocalHeader(bytes, wordPart.localHeaderOffset)
  )
}

/** Recognises an accepted POE document by its content; undefined for anything else. Never throws. */
export const sniffPoeType = (bytes: Uint8Array): PoeMediaType | undefined => {
  if (startsWith(bytes, PDF_MAGIC)) return "application/pdf"
  if (startsWith(bytes, PNG_MAGIC)) return "image/png"
  if (startsWith(bytes, JPEG_MAGIC)) return "image/jpeg"
  try {
    if (isDocx(bytes)) return DOCX
  } catch {
    // Defensive only: every read above is bounds-checked.
  }
  return undefined
}

/** The accepted types as partners know them, for error messages. */
export const ACCEPTED_POE_TYPES = "PDF, PNG, JPEG or DOCX (Word)"

/** The file extension for a POE media type (`.pdf`, `.png`, …). */
export const poeExtension = (type: PoeMediaType): string => {
  switch (type) {
    case "application/pdf":
      return ".pdf"
    case "image/png":
      return ".png"
    case "image/jpeg":
      return ".jpg"
    case "application/vnd.openxmlformats-officedocument.wordprocessingml.document":
      return ".docx"
  }
}

/** Extensions a name may already end with for each type (kept as the partner wrote them). */
const matchingExtensions = (type: PoeMediaType): ReadonlyArray<string> =>
  type === "image/jpeg" ? [".jpg", ".jpeg"] : [poeExtension(type)]

const MAX_DISPLAY_NAME = 150
const FALLBACK_BASE = "proof-of-execution"

/**
 * Control, format (e.g. bidi overrides), lone surrogate, private-use and unassigned code points,
 * quotes, and characters that are unsafe in a header or a file name on common systems.
 */
const UNSAFE_CHARS = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}"'`\\/:;*?<>|]/gu

/** Whitespace (including CR, LF, tab) becomes one space; unsafe characters go. */
const cleanName = (s: string): string =>
  s.replace(/\s+/gu, " ").replace(UNSAFE_CHARS, "").replace(/\s+/gu, " ").trim()

/**
 * The partner's file name made safe to show and to offer as a download name. It is never used as a
 * path. Idempotent: a safe name stays as it is.
 */
export const safeDisplayName = (original: string, type: PoeMediaType): string => {
  const lastSegment = original.split(/[/\\]/).pop() ?? ""
  const cleaned = cleanName(lastSegment.normalize("NFC"))
  const ext = poeExtension(type)
  const dot = cleaned.lastIndexOf(".")
  const ownExt = dot >= 0 ? cleaned.slice(dot).toLowerCase() : ""
  const keepsOwnExt = matchingExtensions(type).includes(ownExt)
  const finalExt = keepsOwnExt ? cleaned.slice(dot) : ext
  const rawBase = keepsOwnExt ? cleaned.slice(0, dot) : cleaned
  const trimBase = (s: string) => s.replace(/^[\s.]+|[\s.]+$/gu, "")
  let base = trimBase(rawBase)
  const room = MAX_DISPLAY_NAME - finalExt.length
  const codePoints = Array.from(base)
  if (codePoints.length > room) base = trimBase(codePoints.slice(0, room).join(""))
  return base === "" ? `${FALLBACK_BASE}${ext}` : `${base}${finalExt}`
}

/** RFC 5987 attr-char: everything else is percent-encoded in `filename*`. */
const encodeRfc5987 = (s: string): string =>
  encodeURIComponent(s).replace(
    /['()*]/g,
    (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`
  )

/**
 * An RFC 6266 `Content-Disposition` value for downloading a file under its display name: an ASCII
 * `filename` for old clients and the exact UTF-8 name in `filename*`.
 */
export const contentDisposition = (displayName: string): string => {
  const name = cleanName(displayName) || "download"
  const ascii =
    name
      .normalize("NFKD")
      .replace(/\p{M}/gu, "")
      .replace(/[^\x20-\x7e]|[%"\\]/g, "_")
      .trim() || "download"
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeRfc5987(name.normalize("NFC"))}`
}
