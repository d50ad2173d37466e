import type { Tone } from "@openpor/ui"
import type { ClaimImport } from "./api.ts"

/** The tone of an import's status tag. */
export const statusTone = (status: ClaimImport["status"]): Tone =>
  status === "completed" ? "success" : status === "failed" ? "danger" : "info"
