import { ApiError } from "@openpor/api-client"
import { ConfirmDialog, formatDateTime, Section, showToast, useSession, useShared } from "@openpor/ui"
import { A } from "@solidjs/router"
import { createSignal, createUniqueId, type JSX, Show } from "solid-js"
import { type Claim, type ClaimProblem, claimProblems } from "../lib/claims.ts"
import { useClaimText } from "../lib/text.ts"

/** A required reason inside a confirmation dialog. */
function ReasonField(props: {
  readonly label: string
  readonly value: string
  readonly onInput: (value: string) => void
  readonly error: string | undefined
}): JSX.Element {
  const id = createUniqueId()
  return (
    <div class="field" classList={{ "field--invalid": props.error !== undefined }}>
      <label for={id}>{props.label}</label>
      <textarea
        id={id}
        rows={3}
        maxLength={2000}
        value={props.value}
        aria-required="true"
        aria-invalid={props.error !== undefined}
        aria-describedby={props.error === undefined ? undefined : `${id}-error`}
        onInput={(event) => props.onInput(event.currentTarget.value)}
      />
      <Show when={props.error}>
        {(message) => (
          <p class="field__error" id={`${id}-error`}>
            {message()}
          </p>
        )}
      </Show>
    </div>
  )
}

/**
 * What the signed-in user may do with the claim, exactly as the API offers it (`claim.actions`): edit,
 * submit or resubmit (with confirmation), dispute a rejection within its window, disassociate an approved
 * association with a reason. Incentives users, who may only draft, see that an admin submits.
 */
export function ClaimActions(props: {
  readonly claim: Claim
  readonly onChanged: (claim: Claim) => void
  readonly onProblems: (problems: readonly ClaimProblem[]) => void
}): JSX.Element {
  const { t } = useClaimText()
  const shared = useShared()
  const { client } = useSession()
  const [submitOpen, setSubmitOpen] = createSignal(false)
  const [disputeOpen, setDisputeOpen] = createSignal(false)
  const [disassociateOpen, setDisassociateOpen] = createSignal(false)
  const [reason, setReason] = createSignal("")
  const [reasonError, setReasonError] = createSignal<string | undefined>()
  const can = (action: string) => props.claim.actions.includes(action)
  const resubmission = () => props.claim.status === "partner_action_required"
  const path = () => ({ params: { path: { id: props.claim.id } } })

  const submit = async () => {
    try {
      const claim = await client.POST("/api/v1/claims/{id}/submit", {
        ...path(),
        body: { version: Number(props.claim.version) }
      })
      props.onProblems([])
      showToast("success", resubmission() ? t("detail.resubmitted") : t("detail.submitted_"))
      props.onChanged(claim)
    } catch (failure) {
      // Refused submissions close the dialog and list every problem at its step.
      if (failure instanceof ApiError && (failure.status === 422 || failure.code === "missing_field")) {
        props.onProblems(claimProblems(failure))
        return
      }
      throw failure
    }
  }
  const withReason = (action: "dispute" | "disassociate") => async () => {
    if (reason().trim() === "") {
      setReasonError(t("detail.reasonRequired"))
      throw new Error(t("detail.reasonRequired"))
    }
    const request = { ...path(), body: { reason: reason().trim() } }
    const claim =
      action === "dispute"
        ? await client.POST("/api/v1/claims/{id}/dispute", request)
        : await client.POST("/api/v1/claims/{id}/disassociate", request)
    setReason("")
    showToast("success", action === "dispute" ? t("detail.disputed") : t("detail.disassociated"))
    props.onChanged(claim)
  }
  const openWithReason = (open: (value: boolean) => void) => () => {
    setReason("")
    setReasonError(undefined)
    open(true)
  }
  /** The dialog's own check (a missing reason) in the user's language; API errors get the shared texts. */
  const localMessage = (error: unknown) =>
    error instanceof Error && !(error instanceof ApiError) ? error.message : undefined
  const nothing = () => !["edit", "submit", "dispute", "disassociate"].some(can)

  return (
    <Section headingId="claim-actions" title={t("detail.actions")} class="stack">
      <Show when={nothing()}>
        <p>{t("detail.noActions")}</p>
      </Show>
      <Show when={can("edit") && !can("submit") && props.claim.status === "draft"}>
        <p class="muted">{t("detail.incentivesUserNote")}</p>
      </Show>
      <Show when={can("submit") && props.claim.poeCount === 0}>
        <p class="muted">{t("detail.submitNeedsPoe")}</p>
      </Show>
      <Show when={can("dispute") && props.claim.deadlines.disputeBy}>
        {(by) => <p>{t("detail.disputeBody", { deadline: formatDateTime(shared.locale(), by()) })}</p>}
      </Show>
      <div class="actions">
        <Show when={can("edit")}>
          <A class="button button--secondary" href={`/claims/${props.claim.id}/edit`}>
            {t("detail.editClaim")}
          </A>
        </Show>
        <Show when={can("submit")}>
          <button type="button" class="button" onClick={() => setSubmitOpen(true)}>
            {resubmission() ? t("detail.resubmit") : t("detail.submit")}
          </button>
        </Show>
        <Show when={can("dispute")}>
          <button type="button" class="button" onClick={openWithReason(setDisputeOpen)}>
            {t("detail.dispute")}
          </button>
        </Show>
        <Show when={can("disassociate")}>
          <button type="button" class="button button--danger" onClick={openWithReason(setDisassociateOpen)}>
            {t("detail.disassociate")}
          </button>
        </Show>
      </div>
      <ConfirmDialog
        open={submitOpen()}
        onOpenChange={setSubmitOpen}
        title={resubmission() ? t("detail.resubmitTitle") : t("detail.submitTitle")}
        description={
          <p>
            {resubmission()
              ? t("detail.resubmitBody")
              : t("detail.submitBody", { email: props.claim.customerContact?.email ?? "—" })}
          </p>
        }
        confirmLabel={resubmission() ? t("detail.resubmit") : t("detail.submit")}
        confirmingLabel={t("detail.submitting")}
        onConfirm={submit}
      />
      <ConfirmDialog
        open={disputeOpen()}
        onOpenChange={setDisputeOpen}
        title={t("detail.disputeTitle")}
        description={
          <p>
            {t("detail.disputeBody", {
              deadline:
                props.claim.deadlines.disputeBy === null
                  ? "—"
                  : formatDateTime(shared.locale(), props.claim.deadlines.disputeBy)
            })}
          </p>
        }
        confirmLabel={t("detail.disputeConfirm")}
        onConfirm={withReason("dispute")}
        describe={localMessage}
      >
        <ReasonField
          label={t("detail.disputeReason")}
          value={reason()}
          onInput={(value) => {
            setReason(value)
            setReasonError(undefined)
          }}
          error={reasonError()}
        />
      </ConfirmDialog>
      <ConfirmDialog
        open={disassociateOpen()}
        onOpenChange={setDisassociateOpen}
        title={t("detail.disassociateTitle")}
        description={<p>{t("detail.disassociateBody")}</p>}
        confirmLabel={t("detail.disassociateConfirm")}
        tone="danger"
        onConfirm={withReason("disassociate")}
        describe={localMessage}
      >
        <ReasonField
          label={t("detail.disassociateReason")}
          value={reason()}
          onInput={(value) => {
            setReason(value)
            setReasonError(undefined)
          }}
          error={reasonError()}
        />
      </ConfirmDialog>
    </Section>
  )
}
