import type { Me } from "@openpor/api-client"

/** Reviewers decide claims and cases; auditors and operators only read them. */
export const isReviewer = (me: Me): boolean => me.roles.some((r) => r.role === "reviewer")

/** Who reads the review queue (SPEC §1: reviewers work it, auditors read it; operators do not). */
export const readsReview = (me: Me): boolean =>
  me.roles.some((r) => r.role === "reviewer" || r.role === "auditor")
