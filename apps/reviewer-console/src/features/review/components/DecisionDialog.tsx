import { ApiError } from "@openpor/api-client"
import { ConfirmDialog, useSession } from "@openpor/ui"
import { createSignal, createUniqueId, For, type JSX, Match, Show, Switch } from "solid-js"
import { useLabels, useReviewT } from "../lib/i18n.ts"
import { type ClaimView, type Decision, REVIEWER_REASONS } from "../lib/types.ts"

/** What a decision needs to know about its claim. */
export interface DecisionTarget {
  readonly id: string
  readonly name: string
  /** The claim's version as loaded (sent back so a concurrent change is refused). */
  readonly version: number | string
}

export interface DecisionDialogProps {
  /** The decision being confirmed; undefined = closed. */
  readonly decision: Decision | undefined
  readonly claim: DecisionTarget | undefined
  readonly onClose: () => void
  /** The claim after the decision (the dialog has closed). */
  readonly onDecided: (claim: ClaimView, decision: Decision) => void
  /** Someone else changed the claim since it was loaded (409 version_conflict). */
  readonly onConflict?: () => void
}

class MissingInput extends Error {}

/**
 * Confirms a reviewer's decision on a claim — approve; reject with a SPEC §5 reason (and text for
 * `other`); request information with a required comment — and sends it with the claim's `version`, so a
 * concurrent change answers "changed by someone else" instead of overwriting it.
 */
export function DecisionDialog(props: DecisionDialogProps): JSX.Element {
  const t = useReviewT()
  const labels = useLabels()
  const { client } = useSession()
  const id = createUniqueId()
  const [reason, setReason] = createSignal("")
  const [comment, setComment] = createSignal("")
  const [errors, setErrors] = createSignal<{ reason?: string | undefined; comment?: string | undefined }>({})
  let reasonField: HTMLSelectElement | undefined
  let commentField: HTMLTextAreaElement | undefined

  const reset = () => {
    setReason("")
    setComment("")
    setErrors({})
  }
  const name = () => props.claim?.name ?? ""
  const commentRequired = () =>
    props.decision === "request_info" || (props.decision === "reject" && reason() === "other")
  const commentLabel = () =>
    props.decision === "request_info"
      ? t("decide.infoComment")
      : reason() === "other"
        ? t("decide.rejectOther")
        : t("decide.rejectComment")

  const validate = () => {
    const found: { reason?: string | undefined; comment?: string | undefined } = {}
    if (props.decision === "reject" && reason() === "") found.reason = t("decide.needReason")
    if (commentRequired() && comment().trim() === "")
      found.comment = props.decision === "request_info" ? t("decide.needComment") : t("decide.needText")
    setErrors(found)
    if (found.reason !== undefined) reasonField?.focus()
    else if (found.comment !== undefined) commentField?.focus()
    if (found.reason !== undefined || found.comment !== undefined) throw new MissingInput()
  }

  const confirm = async () => {
    const claim = props.claim
    const decision = props.decision
    if (claim === undefined || decision === undefined) return
    validate()
    const text = comment().trim()
    try {
      const updated = await client.POST("/api/v1/review/claims/{id}/decision", {
        params: { path: { id: claim.id } },
        body: {
          decision,
          version: Number(claim.version),
          ...(decision === "reject" ? { reason: reason() } : {}),
          ...(text === "" ? {} : { comment: text })
        }
      })
      reset()
      props.onDecided(updated, decision)
    } catch (cause) {
      if (cause instanceof ApiError && cause.code === "version_conflict") props.onConflict?.()
      throw cause
    }
  }

  const describe = (cause: unknown): string | undefined => {
    if (cause instanceof MissingInput) return errors().reason ?? errors().comment
    if (!(cause instanceof ApiError)) return undefined
    if (cause.code === "version_conflict") return t("decide.conflict")
    if (cause.code === "arbitration_required") return t("decide.arbitrationRequired")
    if (cause.code === "illegal_transition") return t("decide.notAllowed")
    return undefined
  }

  const title = () =>
    props.decision === "approve"
      ? t("decide.approveTitle", { name: name() })
      : props.decision === "reject"
        ? t("decide.rejectTitle", { name: name() })
        : t("decide.infoTitle", { name: name() })

  return (
    <ConfirmDialog
      open={props.decision !== undefined && props.claim !== undefined}
      onOpenChange={(open) => {
        if (!open) {
          reset()
          props.onClose()
        }
      }}
      title={title()}
      description={
        <Switch>
          <Match when={props.decision === "approve"}>{t("decide.approveText")}</Match>
          <Match when={props.decision === "reject"}>{t("decide.rejectText")}</Match>
          <Match when={props.decision === "request_info"}>{t("decide.infoText")}</Match>
        </Switch>
      }
      confirmLabel={
        props.decision === "approve"
          ? t("decide.approveConfirm")
          : props.decision === "reject"
            ? t("decide.rejectConfirm")
            : t("decide.infoConfirm")
      }
      tone={props.decision === "approve" ? "primary" : "danger"}
      onConfirm={confirm}
      describe={describe}
    >
      <Show when={props.decision === "reject"}>
        <div class="field" classList={{ "field--invalid": errors().reason !== undefined }}>
          <label for={`${id}-reason`}>{t("decide.rejectReason")}</label>
          <select
            id={`${id}-reason`}
            ref={reasonField}
            value={reason()}
            aria-invalid={errors().reason !== undefined}
            aria-describedby={errors().reason === undefined ? undefined : `${id}-reason-error`}
            onChange={(event) => {
              setReason(event.currentTarget.value)
              setErrors((e) => ({ ...e, reason: undefined }))
            }}
          >
            <option value="">{t("decide.rejectReasonPick")}</option>
            <For each={REVIEWER_REASONS}>
              {(value) => <option value={value}>{labels.reason(value)}</option>}
            </For>
          </select>
          <Show when={errors().reason}>
            {(message) => (
              <p class="field__error" id={`${id}-reason-error`}>
                {message()}
              </p>
            )}
          </Show>
        </div>
      </Show>
      <Show when={props.decision === "reject" || props.decision === "request_info"}>
        <div class="field" classList={{ "field--invalid": errors().comment !== undefined }}>
          <label for={`${id}-comment`}>
            {commentLabel()}
            <Show when={!commentRequired()}>
              <span class="field__optional"> ({t("decide.optional")})</span>
            </Show>
          </label>
          <textarea
            id={`${id}-comment`}
            ref={commentField}
            rows={4}
            maxLength={5000}
            value={comment()}
            aria-invalid={errors().comment !== undefined}
            aria-describedby={errors().comment === undefined ? undefined : `${id}-comment-error`}
            onInput={(event) => {
              setComment(event.currentTarget.value)
              setErrors((e) => ({ ...e, comment: undefined }))
            }}
          />
          <Show when={errors().comment}>
            {(message) => (
              <p class="field__error" id={`${id}-comment-error`}>
                {message()}
              </p>
            )}
          </Show>
        </div>
      </Show>
    </ConfirmDialog>
  )
}
