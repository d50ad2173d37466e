// The Changesets setup (decision 031): the configuration names packages that exist, only the two libraries are
// published, each CHANGELOG.md matches its version, pending changesets are valid, and the real CLI plans a
// release from this configuration.
import { execFile } from "node:child_process"
import { cp, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from "node:fs/promises"
import { createRequire } from "node:module"
import { tmpdir } from "node:os"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"
import { promisify } from "node:util"
import { afterAll, describe, expect, it } from "vitest"

const root = fileURLToPath(new URL("../../../", import.meta.url))
const PUBLISHED = ["@openpor/api-client", "@openpor/domain"]

interface Manifest {
  readonly name: string
  readonly version: string
  readonly private?: boolean
  readonly files?: ReadonlyArray<string>
}
interface Config {
  readonly access: string
  readonly baseBranch: string
  readonly ignore: ReadonlyArray<string>
  readonly fixed: ReadonlyArray<ReadonlyArray<string>>
  readonly linked: ReadonlyArray<ReadonlyArray<string>>
  readonly privatePackages: { readonly version: boolean; readonly tag: boolean }
}

const readJson = async <T>(path: string): Promise<T> =>
  JSON.parse(await readFile(join(root, path), "utf8")) as T

/** The workspace's packages (pnpm-workspace.yaml's globs are all `<folder>/*`), by folder. */
const workspace = async (): Promise<Map<string, Manifest>> => {
  const yaml = await readFile(join(root, "pnpm-workspace.yaml"), "utf8")
  const folders = [...yaml.matchAll(/^ {2}- (\S+)\/\*$/gm)].map((m) => m[1]!)
  expect(folders.length).toBeGreaterThan(0)
  const found = new Map<string, Manifest>()
  for (const folder of folders)
    for (const entry of await readdir(join(root, folder), { withFileTypes: true }))
      if (entry.isDirectory())
        await readJson<Manifest>(`${folder}/${entry.name}/package.json`).then(
          (manifest) => found.set(`${folder}/${entry.name}`, manifest),
          () => undefined
        )
  return found
}

const temporary: Array<string> = []
afterAll(() => Promise.all(temporary.map((dir) => rm(dir, { recursive: true, force: true }))))

describe("Changesets", () => {
  it("publishes exactly the two libraries, publicly, and names only packages that exist", async () => {
    const config = await readJson<Config>(".changeset/config.json")
    const packages = await workspace()
    const names = new Set([...packages.values()].map((m) => m.name))
    const published = [...packages.values()].filter((m) => m.private !== true).map((m) => m.name)
    expect(published.sort()).toEqual(PUBLISHED)
    expect(config.access).toBe("public")
    expect(config.baseBranch).toBe("main")
    // Apps, tools and examples are private: never versioned, never tagged.
    expect(config.privatePackages).toEqual({ version: false, tag: false })
    for (const name of [...config.ignore, ...config.fixed.flat(), ...config.linked.flat()])
      expect({ name, exists: names.has(name) }).toEqual({ name, exists: true })
  })

  it("each library has a CHANGELOG.md whose latest entry is its version, and publishes it", async () => {
    for (const [folder, manifest] of await workspace()) {
      if (manifest.private === true) continue
      const changelog = await readFile(join(root, folder, "CHANGELOG.md"), "utf8")
      expect(changelog.startsWith(`# ${manifest.name}\n`)).toBe(true)
      expect(/^## (\S+)$/m.exec(changelog)?.[1]).toBe(manifest.version)
      // …and it ships in the package.
      expect({ name: manifest.name, files: manifest.files?.includes("CHANGELOG.md") }).toEqual({
        name: manifest.name,
        files: true
      })
    }
  })

  it("pending changesets bump only the libraries, with a summary", async () => {
    const dir = join(root, ".changeset")
    for (const file of (await readdir(dir)).filter((f) => f.endsWith(".md") && f !== "README.md")) {
      const text = await readFile(join(dir, file), "utf8")
      const [, front = "", summary = ""] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? []
      const bumps = front.split("\n").map((l) => /^"([^"]+)": (patch|minor|major)$/.exec(l.trim()))
      expect({
        file,
        valid: bumps.length > 0 && bumps.every((b) => b !== null && PUBLISHED.includes(b[1]!))
      }).toEqual({
        file,
        valid: true
      })
      expect({ file, summary: summary.trim().length > 0 }).toEqual({ file, summary: true })
    }
  })

  it("the CLI plans a release from this configuration: the libraries bumped, nothing private", async () => {
    // A copy of the manifests and .changeset/ in a fresh git repository, with one changeset added.
    const copy = await mkdtemp(join(tmpdir(), "openpor-changesets-"))
    temporary.push(copy)
    const packages = await workspace()
    for (const path of [
      "package.json",
      "pnpm-workspace.yaml",
      ".changeset/config.json",
      ...[...packages.keys()].map((folder) => `${folder}/package.json`)
    ]) {
      await mkdir(dirname(join(copy, path)), { recursive: true })
      await cp(join(root, path), join(copy, path))
    }
    await symlink(join(root, "node_modules"), join(copy, "node_modules"))
    await writeFile(join(copy, ".changeset/test.md"), '---\n"@openpor/domain": minor\n---\n\nA test.\n')
    const run = (file: string, args: ReadonlyArray<string>) =>
      promisify(execFile)(file, args, { cwd: copy, env: { ...process.env, NO_COLOR: "1", CI: "true" } })
    const git = ["-c", "user.name=test", "-c", "user.email=test@example.org"]
    await run("git", ["init", "-q", "-b", "main"])
    await run("git", [...git, "add", "-A"])
    await run("git", [...git, "commit", "-q", "-m", "copy"])
    const cli = createRequire(join(root, "package.json")).resolve("@changesets/cli/bin.js")
    await run(process.execPath, [cli, "status", "--output", "plan.json"])
    const plan = JSON.parse(await readFile(join(copy, "plan.json"), "utf8")) as {
      readonly releases: ReadonlyArray<{
        readonly name: string
        readonly type: string
        readonly newVersion: string
      }>
    }
    const domain = packages.get("packages/domain")!
    const [major = 0, minor = 0] = domain.version.split(".").map(Number)
    // Private packages appear with type "none" (not versioned).
    const bumped = plan.releases.filter((r) => r.type !== "none")
    expect(plan.releases.filter((r) => r.type === "none").every((r) => !PUBLISHED.includes(r.name))).toBe(
      true
    )
    expect(bumped.map((r) => [r.name, r.type, r.newVersion])).toEqual([
      ["@openpor/domain", "minor", major === 0 ? `0.${minor + 1}.0` : `${major}.${minor + 1}.0`]
    ])
  }, 60_000)
})
