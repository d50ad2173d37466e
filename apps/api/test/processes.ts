/** Helpers of the tests that start real processes: a free port, and waiting for a condition. */
import { once } from "node:events"
import { createServer } from "node:net"

/** A TCP port on 127.0.0.1 that nothing listens on right now. */
export const freePort = async (): Promise<number> => {
  const s = createServer()
  s.listen(0, "127.0.0.1")
  await once(s, "listening")
  const port = (s.address() as { port: number }).port
  await new Promise((r) => s.close(r))
  return port
}

/**
 * Calls `probe` until it answers a value other than `undefined` (a throw counts as "not yet"), every
 * `intervalMs`; fails after `timeoutMs` naming `what` and the last error.
 */
export const waitFor = async <A>(
  what: string,
  probe: () => Promise<A | undefined> | A | undefined,
  timeoutMs = 60_000,
  intervalMs = 100
): Promise<A> => {
  const deadline = Date.now() + timeoutMs
  let last: unknown
  for (;;) {
    try {
      const value = await probe()
      if (value !== undefined) return value
    } catch (e) {
      last = e
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}${last ? ` (${last})` : ""}`)
    await new Promise((r) => setTimeout(r, intervalMs))
  }
}
