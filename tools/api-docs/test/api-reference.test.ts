// The API reference (docs/api/, decision 031): TypeDoc builds it from the TSDoc comments without a warning,
// the committed Markdown is what the sources generate, and the options refuse an undocumented export.
import { execFile } from "node:child_process"
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { afterAll, describe, expect, it } from "vitest"

const tool = fileURLToPath(new URL("..", import.meta.url))
const committed = join(tool, "../../docs/api")
const typedoc = join(tool, "node_modules/typedoc/bin/typedoc")

const run = (cwd: string, args: ReadonlyArray<string>) =>
  new Promise<{ code: number; output: string }>((resolve) =>
    execFile(
      process.execPath,
      [typedoc, ...args],
      { cwd, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) =>
        resolve({
          code: error ? Number(error.code ?? 1) : 0,
          // biome-ignore lint/suspicious/noControlCharactersInRegex: TypeDoc colours its log lines
          output: `${stdout}${stderr}`.replace(/\x1b\[[0-9;]*m/g, "")
        })
    )
  )

const warnings = (output: string) => output.split("\n").filter((line) => /^\[(warning|error)\]/.test(line))

const files = async (dir: string): Promise<Map<string, string>> => {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => [])
  const found = new Map<string, string>()
  for (const entry of entries.filter((e) => e.isFile())) {
    const path = join(entry.parentPath, entry.name)
    found.set(path.slice(dir.length + 1), await readFile(path, "utf8"))
  }
  return found
}

const temporary: Array<string> = []
afterAll(() => Promise.all(temporary.map((dir) => rm(dir, { recursive: true, force: true }))))

describe("the API reference of @openpor/domain and @openpor/api-client", () => {
  it("builds without a warning, and docs/api/ holds what it builds", async () => {
    const out = await mkdtemp(join(tmpdir(), "openpor-api-docs-"))
    temporary.push(out)
    const { code, output } = await run(tool, ["--options", "typedoc.config.mjs", "--out", out])
    // Each line names an export without a TSDoc comment, a type that is used but not exported, or a broken link.
    expect(warnings(output)).toEqual([])
    expect(code).toBe(0)

    const built = await files(out)
    const onDisk = await files(committed)
    expect(built.size).toBeGreaterThan(100)
    const stale = [...new Set([...built.keys(), ...onDisk.keys()])].filter(
      (f) => built.get(f) !== onDisk.get(f)
    )
    // Not empty: docs/api/ is out of date; run `./dev -C tools/api-docs run generate` and commit docs/api/.
    expect(stale).toEqual([])
  }, 180_000)

  it("names each package as a developer imports it", async () => {
    const index = await readFile(join(committed, "README.md"), "utf8")
    for (const name of ["@openpor/domain", "@openpor/domain/testing", "@openpor/api-client"])
      expect(index).toContain(`[${name}]`)
  })

  it("fails on an undocumented export, a used but unexported type and a broken link", async () => {
    const { code, output } = await run(join(tool, "test/fixtures"), [
      "--options",
      "typedoc.config.mjs",
      "--emit",
      "none"
    ])
    expect(code).not.toBe(0)
    const lines = warnings(output).join("\n")
    expect(lines).toMatch(/undocumented \(CallSignature\).* does not have any documentation/)
    expect(lines).toMatch(/NotExported.* is referenced by .*leaks.* but not included in the documentation/)
    expect(lines).toMatch(/Failed to resolve link to "nothingByThatName"/)
    expect(lines).not.toMatch(/\bdocumented \(/)
  }, 60_000)
})
