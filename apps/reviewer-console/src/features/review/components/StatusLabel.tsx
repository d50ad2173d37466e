import type { ClaimStatus as Status } from "@openpor/api-client"
import { StatusTag, type Tone } from "@openpor/ui"
import { type JSX, Show } from "solid-js"
import { useLabels, useReviewT } from "../lib/i18n.ts"

/** One tone per claim status of the API's vocabulary (a status without one does not compile). */
const TONES: Readonly<Record<Status, Tone>> = {
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
  const tone = Object.hasOwn(TONES, props.status) ? TONES[props.status as Status] : "neutral"
  return <StatusTag tone={tone}>{labels.status(props.status)}</StatusTag>
}

/**
 * Where the claim's comments stand (SPEC §6): the partner answered the reviewer's last comment or notice
 * (a tag), or the reviewer waits for the partner's answer.
 */
export function PartnerConversation(props: {
  readonly row: { readonly answered: boolean; readonly awaitingPartner: boolean }
}): JSX.Element {
  const t = useReviewT()
  return (
    <>
      <Show when={props.row.answered}>
        {" "}
        <StatusTag tone="success">{t("queue.answered")}</StatusTag>
      </Show>
      <Show when={props.row.awaitingPartner}>
        {" "}
        <span class="muted queue-conversation">{t("queue.awaitingPartner")}</span>
      </Show>
    </>
  )
}
