/**
 * Issue 18 "Done when": the client builds, packs, installs from its tarball with npm into a fresh project
 * outside the workspace, type-checks a strict program against the tarball's declarations and runs it
 * against a started API (a child process with a fresh SQLite demo database).
 */
import { execFileSync } from "node:child_process"
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync
} from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { afterAll, describe, expect, it } from "vitest"
import { type ApiProcess, REPO_ROOT, startApi } from "./api-process.ts"

const PACKAGE_DIR = fileURLToPath(new URL("../", import.meta.url))
const FIXTURE_DIR = fileURLToPath(new URL("./pack/", import.meta.url))

const catalogVersion = (name: string): string => {
  const match = new RegExp(`^\\s+"?${name.replace("/", "\\/")}"?:\\s*([^\\s#]+)`, "m").exec(
    readFileSync(join(REPO_ROOT, "pnpm-workspace.yaml"), "utf8")
  )
  if (match?.[1] === undefined) throw new Error(`${name} is not in the catalog of pnpm-workspace.yaml`)
  return match[1].replace(/^["']|["']$/g, "")
}
const PNPM = `pnpm@${(JSON.parse(readFileSync(join(REPO_ROOT, "package.json"), "utf8")) as { packageManager: string }).packageManager.split("@")[1]}`

const run = (command: string, args: readonly string[], cwd: string): string =>
  execFileSync(command, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], timeout: 60_000 })

/** The first TypeScript block of the README's "Five-minute example" section. */
const readmeExample = (): string => {
  const readme = readFileSync(join(PACKAGE_DIR, "README.md"), "utf8")
  const section = readme.slice(readme.indexOf("## Five-minute example"))
  const code = /```ts\n([\s\S]*?)```/.exec(section)?.[1]
  if (code === undefined) throw new Error("README.md has no ts block under ## Five-minute example")
  return code
}

/** The TypeScript 5 release the workspace already has (openapi-typescript's, see .pnpmfile.cjs). */
const TYPESCRIPT_5 = "5.9.3"

let api: ApiProcess | undefined
const work = mkdtempSync(join(tmpdir(), "openpor-api-client-pack-"))
afterAll(async () => {
  await api?.stop()
  rmSync(work, { recursive: true, force: true })
})

describe("the packed @openpor/api-client", () => {
  it("installs outside the workspace, type-checks and runs against a started API", async () => {
    const started = startApi().then((process) => {
      api = process
      return process
    })

    // Pack: its prepack builds dist/ (tsc); pnpm applies publishConfig, so the tarball points at dist/.
    rmSync(join(PACKAGE_DIR, "dist"), { recursive: true, force: true })
    const packs = join(work, "packs")
    run("npx", ["--yes", PNPM, "pack", "--pack-destination", packs], PACKAGE_DIR)
    const tarball = readdirSync(packs).find((file) => file.endsWith(".tgz"))
    expect(tarball).toBe("openpor-api-client-0.1.0.tgz")

    // A fresh project that knows nothing of the workspace.
    const project = join(work, "project")
    mkdirSync(project)
    writeFileSync(
      join(project, "package.json"),
      `${JSON.stringify({ name: "consumer", private: true, type: "module" }, null, 2)}\n`
    )
    copyFileSync(join(FIXTURE_DIR, "program.ts"), join(project, "program.ts"))
    copyFileSync(join(FIXTURE_DIR, "tsconfig.json"), join(project, "tsconfig.json"))
    // The README's five-minute example, compiled and run too (its server address made a parameter).
    writeFileSync(
      join(project, "readme-example.ts"),
      readmeExample().replace('"http://localhost:3000"', "process.argv[2]!")
    )
    run(
      "npm",
      [
        "install",
        "--no-audit",
        "--no-fund",
        "--no-package-lock",
        "--prefer-offline",
        join(packs, tarball!),
        `typescript@${catalogVersion("typescript")}`,
        // Many users are still on TypeScript 5: the declarations must type-check there too.
        `typescript5@npm:typescript@${TYPESCRIPT_5}`,
        `@types/node@${catalogVersion("@types/node")}`
      ],
      project
    )
    const installed = JSON.parse(
      readFileSync(join(project, "node_modules/@openpor/api-client/package.json"), "utf8")
    ) as { exports: Record<string, { types: string; default: string }>; private?: boolean }
    expect(installed.private).toBeUndefined()
    expect(installed.exports["."]).toEqual({ types: "./dist/index.d.ts", default: "./dist/index.js" })
    const files = readdirSync(join(project, "node_modules/@openpor/api-client"), { recursive: true }).map(
      String
    )
    expect(files).toEqual(expect.arrayContaining(["dist/index.js", "dist/index.d.ts", "README.md"]))
    expect(
      files.filter((file) => file.startsWith("test") || (file.endsWith(".json") && file !== "package.json"))
    ).toEqual([])

    // Strict type check against the tarball's .d.ts (skipLibCheck off), then run the emitted JavaScript.
    run(process.execPath, [join(project, "node_modules/typescript/bin/tsc"), "-p", "tsconfig.json"], project)
    // The same with TypeScript 5, and as a bundler resolves (Vite, esbuild, webpack).
    const tsc5 = join(project, "node_modules/typescript5/bin/tsc")
    run(process.execPath, [tsc5, "-p", "tsconfig.json", "--noEmit"], project)
    const bundlerOptions = ["--module", "preserve", "--moduleResolution", "bundler"]
    run(process.execPath, [tsc5, "-p", "tsconfig.json", "--noEmit", ...bundlerOptions], project)
    run(
      process.execPath,
      [
        join(project, "node_modules/typescript/bin/tsc"),
        "-p",
        "tsconfig.json",
        "--noEmit",
        ...bundlerOptions
      ],
      project
    )
    const { baseUrl } = await started
    const output = run(process.execPath, [join(project, "out/program.js"), baseUrl], project)
    const readme = run(process.execPath, [join(project, "out/readme-example.js"), baseUrl], project)
    expect(readme.trim().split("\n")).toEqual([
      "signed in as Ian Contoso",
      "1 draft claims", // the one program.js created
      expect.stringMatching(/^created \S+ \(draft, version 1\)$/),
      expect.stringMatching(/^conflict: .+ \(request \S+\)$/)
    ])
    expect(output.trim().split("\n")).toEqual([
      "signed in: ian@contoso.example",
      "created: draft",
      "read back: true Packed client claim draft",
      "edit: 409 version_conflict requestId=string",
      "missing: 404 not_found true false",
      "signed out"
    ])
  }, 90_000)
})
