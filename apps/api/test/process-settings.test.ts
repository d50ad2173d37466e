import { execFileSync } from "node:child_process"
import { readFileSync } from "node:fs"
import { fileURLToPath } from "node:url"
import { describe, expect, it } from "vitest"
import { API_ENVIRONMENT, API_NODE_FLAGS, apiNodeCommand } from "../src/process-settings.ts"

const startScript = (packageJson: string) =>
  (JSON.parse(readFileSync(new URL(packageJson, import.meta.url), "utf8")) as { scripts: { start: string } })
    .scripts.start

/** Issue 14 (memory): the API is started with the node flags and environment of src/process-settings.ts. */
describe("the API's process settings", () => {
  it("are those of the start scripts (apps/api and the repository root)", () => {
    expect(apiNodeCommand()).toBe(
      "MALLOC_MMAP_THRESHOLD_=1048576 node --max-semi-space-size=8 --max-old-space-size=1024"
    )
    expect(startScript("../package.json")).toBe(`${apiNodeCommand()} src/main.ts`)
    expect(startScript("../../../package.json")).toContain(`${apiNodeCommand()} apps/api/src/main.ts`)
  })

  it("take effect in a node started with them: 8 MB semi-spaces, a 1 GB old generation", () => {
    const out = execFileSync(
      process.execPath,
      [
        ...API_NODE_FLAGS,
        "-e",
        `process.stdout.write(JSON.stringify({
           limit: require("node:v8").getHeapStatistics().heap_size_limit,
           mmap: process.env.MALLOC_MMAP_THRESHOLD_
         }))`
      ],
      {
        cwd: fileURLToPath(new URL("..", import.meta.url)),
        env: { ...process.env, ...API_ENVIRONMENT },
        encoding: "utf8"
      }
    )
    const { limit, mmap } = JSON.parse(out) as { limit: number; mmap: string }
    // V8's heap limit is the old generation's plus 3 semi-spaces (without the flags: 4 GB + 3 × 64 MB
    // on a machine with this much memory).
    expect(limit / (1024 * 1024)).toBe(1024 + 3 * 8)
    expect(mmap).toBe("1048576")
  })
})
