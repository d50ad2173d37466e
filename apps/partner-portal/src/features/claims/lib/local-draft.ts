import { type ClaimDraft, emptyDraft } from "./claims.ts"

/**
 * The wizard's values saved on this device as the user types (a new claim until its draft is created, or
 * unsaved edits of a stored claim), so that nothing typed is lost when the page is left or reloaded.
 */
const key = (userId: string, claimId: string | undefined) =>
  `openpor.claim-wizard.${userId}.${claimId ?? "new"}`

export const loadLocalDraft = (userId: string, claimId: string | undefined): ClaimDraft | undefined => {
  try {
    const raw = localStorage.getItem(key(userId, claimId))
    if (raw === null) return undefined
    const parsed = JSON.parse(raw) as Partial<ClaimDraft>
    return { ...emptyDraft(), ...parsed, workloads: Array.isArray(parsed.workloads) ? parsed.workloads : [] }
  } catch {
    return undefined
  }
}

export const saveLocalDraft = (userId: string, claimId: string | undefined, draft: ClaimDraft): void => {
  try {
    localStorage.setItem(key(userId, claimId), JSON.stringify(draft))
  } catch {
    // storage full or unavailable: the values stay in the page
  }
}

export const clearLocalDraft = (userId: string, claimId: string | undefined): void => {
  try {
    localStorage.removeItem(key(userId, claimId))
  } catch {
    // nothing to clear
  }
}
