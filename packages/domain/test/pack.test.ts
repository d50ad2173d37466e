import { execFile } from "node:child_process"
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises"
import { tmpdir } from "node:os"
import { delimiter, dirname, join, resolve } from "node:path"
import { promisify } from "node:util"
import { afterAll, beforeAll, describe, expect, it } from "vitest"

/**
 * The package as a user gets it: `pnpm pack` (which runs `prepack`, the build, and applies
 * `publishConfig`), then the tarball installed with npm into an empty project outside the workspace,
 * with `effect`, `typescript` and `@types/node` at the versions the workspace pins. The README's
 * five-minute example is that project's program: it must type-check (strict, `nodenext` and `bundler`)
 * and print what the README says it prints.
 */

const run = promisify(execFile)
const packageDir = resolve(import.meta.dirname, "..")
const rootDir = resolve(packageDir, "../..")
// The node that runs this test (./dev's) and its npm, first on PATH for every child.
const env = { ...process.env, PATH: `${dirname(process.execPath)}${delimiter}${process.env.PATH ?? ""}` }

const exec = async (command: string, args: ReadonlyArray<string>, cwd: string) => {
  try {
    return await run(command, [...args], { cwd, env, maxBuffer: 64 * 1024 * 1024 })
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string; message: string }
    throw new Error(
      `${command} ${args.join(" ")} failed in ${cwd}:\n${e.stdout ?? ""}\n${e.stderr ?? e.message}`
    )
  }
}

/** pnpm as the workspace runs it: the one that started this test, else the pinned version via npx. */
const pnpm = async (args: ReadonlyArray<string>, cwd: string) => {
  const execPath = process.env.npm_execpath
  if (execPath !== undefined && /pnpm/.test(execPath)) return exec(process.execPath, [execPath, ...args], cwd)
  const root = JSON.parse(await readFile(join(rootDir, "package.json"), "utf8")) as { packageManager: string }
  return exec("npx", ["--yes", root.packageManager, ...args], cwd)
}

const versionOf = async (name: string) =>
  (
    JSON.parse(await readFile(join(packageDir, "node_modules", name, "package.json"), "utf8")) as {
      version: string
    }
  ).version

/** The fenced blocks of the package README, in order. */
const readmeBlocks = async (lang: string) => {
  const readme = await readFile(join(packageDir, "README.md"), "utf8")
  return [...readme.matchAll(new RegExp(`^\`\`\`${lang}\\n([\\s\\S]*?)^\`\`\`$`, "gm"))].map(
    (m) => m[1] ?? ""
  )
}

const timings: Record<string, number> = {}
const timed = async <A>(step: string, f: () => Promise<A>): Promise<A> => {
  const started = performance.now()
  try {
    return await f()
  } finally {
    timings[step] = Math.round(performance.now() - started)
  }
}

let work: string
let project: string
let tarball: string

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), "openpor-domain-pack-"))
  project = join(work, "project")
  await timed("pack (build + pnpm pack)", () => pnpm(["pack", "--pack-destination", work], packageDir))
  const name = (await readdir(work)).find((f) => f.endsWith(".tgz"))
  if (name === undefined) throw new Error(`pnpm pack wrote no tarball into ${work}`)
  tarball = join(work, name)

  await mkdir(project)
  await writeFile(
    join(project, "package.json"),
    JSON.stringify({ name: "uses-openpor-domain", private: true, type: "module" }, null, 2)
  )
  const strict = {
    target: "es2022",
    module: "nodenext",
    moduleResolution: "nodenext",
    strict: true,
    noEmit: true,
    verbatimModuleSyntax: true,
    types: ["node"]
  }
  // nodenext with skipLibCheck off: the package's declarations are checked too (effect's own need "dom").
  await writeFile(
    join(project, "tsconfig.json"),
    JSON.stringify({
      compilerOptions: { ...strict, lib: ["es2022", "dom"], skipLibCheck: false },
      include: ["main.ts"]
    })
  )
  await writeFile(
    join(project, "tsconfig.bundler.json"),
    JSON.stringify({
      compilerOptions: {
        ...strict,
        module: "preserve",
        moduleResolution: "bundler",
        lib: ["es2022"],
        skipLibCheck: true
      },
      include: ["main.ts"]
    })
  )
  const [example] = await readmeBlocks("ts")
  await writeFile(join(project, "main.ts"), example ?? "")

  const deps = [
    tarball,
    `effect@${await versionOf("effect")}`,
    `typescript@${await versionOf("typescript")}`,
    `@types/node@${await versionOf("@types/node")}`
  ]
  await timed("npm install", () =>
    exec(
      "npm",
      ["install", ...deps, "--prefer-offline", "--no-audit", "--no-fund", "--loglevel=error"],
      project
    )
  )
}, 180_000)

afterAll(async () => {
  console.log(`pack test steps (ms): ${JSON.stringify(timings)}`)
  if (work !== undefined) await rm(work, { recursive: true, force: true })
})

describe("the packed @openpor/domain", () => {
  it("holds the built JavaScript, declarations and README, and its manifest points at them", async () => {
    const { stdout } = await exec("tar", ["-tzf", tarball], work)
    const files = stdout.split("\n").filter((f) => f !== "")
    for (const f of [
      "package/package.json",
      "package/README.md",
      "package/dist/index.js",
      "package/dist/index.d.ts",
      "package/dist/testing/index.js",
      "package/dist/testing/index.d.ts"
    ])
      expect(files).toContain(f)
    expect(files.filter((f) => f.startsWith("package/test/") || f.endsWith(".test.ts"))).toEqual([])

    const manifest = JSON.parse(
      await readFile(join(project, "node_modules/@openpor/domain/package.json"), "utf8")
    ) as Record<string, unknown>
    expect(manifest.private).toBeUndefined()
    expect(manifest.version).toBe("0.1.0")
    expect(manifest.sideEffects).toBe(false)
    expect(manifest.exports).toEqual({
      ".": { types: "./dist/index.d.ts", default: "./dist/index.js" },
      "./testing": { types: "./dist/testing/index.d.ts", default: "./dist/testing/index.js" },
      "./package.json": "./package.json"
    })
    expect(manifest.peerDependencies).toEqual({ effect: "^4.1.0" })
    expect(manifest.dependencies).toBeUndefined()
  })

  it("type-checks the README's example in an empty project (strict; nodenext and bundler)", async () => {
    const tsc = join(project, "node_modules/typescript/bin/tsc")
    await timed("tsc nodenext", () => exec(process.execPath, [tsc, "-p", "tsconfig.json"], project))
    await timed("tsc bundler", () => exec(process.execPath, [tsc, "-p", "tsconfig.bundler.json"], project))
  }, 60_000)

  it("runs the README's example in memory: draft → submit → approve → consent lapses → official", async () => {
    const { stdout } = await timed("run", () => exec(process.execPath, ["main.ts"], project))
    const [printed] = await readmeBlocks("json")
    expect(JSON.parse(stdout)).toEqual(JSON.parse(printed ?? ""))
    expect(JSON.parse(stdout)).toEqual({
      submitted: "submitted",
      approved: ["approved", false],
      official: ["approved", "lapsed", true, "2026-03-09T09:00:00.000Z"]
    })
  }, 30_000)

  it("refuses deep imports: only the two entry points exist", async () => {
    const script = `import("@openpor/domain/claims/kernel").then(() => console.log("imported"), (e) => console.log(e.code))`
    const { stdout } = await exec(process.execPath, ["--input-type=module", "-e", script], project)
    expect(stdout.trim()).toBe("ERR_PACKAGE_PATH_NOT_EXPORTED")
  })
})
