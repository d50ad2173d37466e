import { StatusTag, type Tone } from "@openpor/ui"
import type { JSX } from "solid-js"
import { useLabels } from "../lib/i18n.ts"

const TONES: Readonly<Record<string, Tone>> = {
  draft: "neutral",
  submitted: "info",
  under_review: "info",
  partner_action_required: "warning",
  disputed: "warning",
  approved: "success",
  rejected: "danger",
  rejected_final: "danger",
  ended: "neutral"
}

/** A claim status as a coloured tag with its name. */
export function ClaimStatus(props: { readonly status: string }): JSX.Element {
  const labels = useLabels()
  return <StatusTag tone={TONES[props.status] ?? "neutral"}>{labels.status(props.status)}</StatusTag>
}
