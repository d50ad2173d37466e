/**
 * The order of the queue page the reviewer last saw (this tab only), so `j`/`k` on a claim page move to the
 * next or previous claim of the queue without going back to it.
 */
const KEY = "openpor.review.queue"

const storage = (): Storage | undefined => {
  try {
    return typeof sessionStorage === "undefined" ? undefined : sessionStorage
  } catch {
    return undefined
  }
}

export const rememberQueue = (claimIds: readonly string[]): void => {
  try {
    storage()?.setItem(KEY, JSON.stringify(claimIds))
  } catch {
    // Storage full or disabled: the claim page then has no neighbours.
  }
}

/** The claim `delta` places after (or before) `claimId` in the remembered queue, if any. */
export const queueNeighbour = (claimId: string, delta: 1 | -1): string | undefined => {
  try {
    const ids = JSON.parse(storage()?.getItem(KEY) ?? "[]") as unknown
    if (!Array.isArray(ids)) return undefined
    const index = ids.indexOf(claimId)
    if (index < 0) return undefined
    const next = ids[index + delta]
    return typeof next === "string" ? next : undefined
  } catch {
    return undefined
  }
}
