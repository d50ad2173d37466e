import type { Me } from "@openpor/api-client"

/** Reviewers decide claims and cases; auditors and operators only read them. */
export const isReviewer = (me: Me): boolean => me.roles.some((r) => r.role === "reviewer")

/** Who may open the review pages at all (reviewers, auditors; operators see claims without proofs). */
export const readsReview = (me: Me): boolean =>
  me.roles.some((r) => r.role === "reviewer" || r.role === "auditor" || r.role === "operator")
