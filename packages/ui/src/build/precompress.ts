/**
 * Build-time compression of the web apps (Node only; docs/decisions/011-static-compression.md): after
 * vite writes the bundle, every text asset of at least {@link MIN_BYTES} gets a `.br` (brotli, quality
 * 11) and a `.gz` (gzip, level 9) next to it, each kept only when smaller than the original. The API
 * serves them by Accept-Encoding (apps/api/src/static.ts), so nothing is compressed per request.
 */
import { readFile, unlink, writeFile } from "node:fs/promises"
import { join } from "node:path"
import { promisify } from "node:util"
import { brotliCompress, constants, gzip } from "node:zlib"

const brotli = promisify(brotliCompress)
const gz = promisify(gzip)

/** Text formats worth compressing (images and fonts of the apps are already compressed). */
export const COMPRESSIBLE = /\.(?:html|js|mjs|css|svg|json|txt|map|xml|webmanifest)$/i
/** Below this size the headers cost more than compression saves. */
export const MIN_BYTES = 1024

export interface Precompressed {
  readonly file: string
  readonly size: number
  readonly br: number | null
  readonly gz: number | null
}

/** Writes `<file>.br` and `<file>.gz` for one file of `dir` (removing stale ones that would not help). */
export const precompressFile = async (dir: string, file: string): Promise<Precompressed> => {
  const path = join(dir, file)
  const bytes = await readFile(path)
  if (bytes.byteLength < MIN_BYTES || !COMPRESSIBLE.test(file)) {
    return { file, size: bytes.byteLength, br: null, gz: null }
  }
  const [br, gzipped] = await Promise.all([
    brotli(bytes, {
      params: {
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: bytes.byteLength
      }
    }),
    gz(bytes, { level: constants.Z_BEST_COMPRESSION })
  ])
  const keep = async (suffix: string, out: Buffer) => {
    if (out.byteLength < bytes.byteLength) {
      await writeFile(`${path}${suffix}`, out)
      return out.byteLength
    }
    await unlink(`${path}${suffix}`).catch(() => undefined)
    return null
  }
  return { file, size: bytes.byteLength, br: await keep(".br", br), gz: await keep(".gz", gzipped) }
}

/** Precompresses the given files of `dir` (paths relative to it). */
export const precompress = (
  dir: string,
  files: ReadonlyArray<string>
): Promise<ReadonlyArray<Precompressed>> =>
  Promise.all(files.filter((f) => COMPRESSIBLE.test(f)).map((f) => precompressFile(dir, f)))

/** A vite plugin: precompresses every emitted text file of the bundle (index.html included) on build. */
export const precompressPlugin = () => ({
  name: "openpor-precompress",
  apply: "build" as const,
  async writeBundle(options: { readonly dir?: string | undefined }, bundle: Record<string, unknown>) {
    if (options.dir === undefined) return
    await precompress(options.dir, Object.keys(bundle))
  }
})
