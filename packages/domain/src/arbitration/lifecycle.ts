import { lifecycle } from "../shared/lifecycle.ts"
import type { ArbitrationCase } from "./model.ts"

/** The states of an arbitration case (`open`, then `resolved`), as `caseLifecycle` moves them. */
export type CaseStatus = ArbitrationCase["status"]
/**
 * What happens to an open arbitration case: a reviewer `resolve`s it with a winner, or the system `merge`s
 * it into an older case.
 */
export type CaseAction = "resolve" | "merge"

/**
 * An arbitration case (SPEC §6): open while its parties compete; a reviewer resolves it with a winner
 * and a reasoning, or the system merges it into an older open case when a claim joins both.
 */
export const caseLifecycle = lifecycle<CaseStatus, CaseAction>({
  aggregate: "case",
  states: ["open", "resolved"],
  actions: ["resolve", "merge"],
  table: {
    open: {
      resolve: { to: "resolved", allowedBy: "arbitrate" },
      merge: { to: "resolved", allowedBy: "system" }
    },
    resolved: {}
  }
})
