import { ApiError } from "@openpor/api-client"
import {
  ConfirmDialog,
  type ConfirmDialogProps,
  formatDateTime,
  Section,
  showToast,
  useSession,
  useShared
} from "@openpor/ui"
import { A } from "@solidjs/router"
import { createEffect, createSignal, createUniqueId, type JSX, on, Show, splitProps } from "solid-js"
import { type Claim, type ClaimProblem, claimProblems } from "../lib/claims.ts"
import { useClaimText } from "../lib/text.ts"
import { ChoiceGroup } from "./controls.tsx"

/** Submitting without every statement ticked: said next to the checkboxes, the dialog stays open. */
class AcknowledgementsMissing extends Error {}

/**
 * A confirmation that needs a written reason (dispute, disassociate): the reason starts empty each time the
 * dialog opens, must not be blank (said next to the field and in the dialog, in the user's language), and
 * is sent trimmed.
 */
function ReasonDialog(
  props: Omit<ConfirmDialogProps, "onConfirm" | "describe" | "children"> & {
    readonly reasonLabel: string
    readonly onConfirm: (reason: string) => Promise<unknown>
  }
): JSX.Element {
  const { t } = useClaimText()
  const id = createUniqueId()
  const [reason, setReason] = createSignal("")
  const [error, setError] = createSignal<string | undefined>()
  createEffect(
    on(
      () => props.open,
      (open) => {
        if (!open) return
        setReason("")
        setError(undefined)
      }
    )
  )
  const confirm = async () => {
    if (reason().trim() === "") {
      setError(t("detail.reasonRequired"))
      throw new Error(t("detail.reasonRequired"))
    }
    await props.onConfirm(reason().trim())
    setReason("")
  }
  const [, dialog] = splitProps(props, ["reasonLabel", "onConfirm"])
  return (
    <ConfirmDialog
      {...dialog}
      onConfirm={confirm}
      describe={(failure) =>
        // The dialog's own check (a missing reason) in the user's language; API errors get the shared texts.
        failure instanceof Error && !(failure instanceof ApiError) ? failure.message : undefined
      }
    >
      <div class="field" classList={{ "field--invalid": error() !== undefined }}>
        <label for={id}>{props.reasonLabel}</label>
        <textarea
          id={id}
          rows={3}
          maxLength={2000}
          value={reason()}
          aria-required="true"
          aria-invalid={error() !== undefined}
          aria-describedby={error() === undefined ? undefined : `${id}-error`}
          onInput={(event) => {
            setReason(event.currentTarget.value)
            setError(undefined)
          }}
        />
        <Show when={error()}>
          {(message) => (
            <p class="field__error" id={`${id}-error`}>
              {message()}
            </p>
          )}
        </Show>
      </div>
    </ConfirmDialog>
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
  const { t, statement } = useClaimText()
  const shared = useShared()
  const { client } = useSession()
  const [submitOpen, setSubmitOpen] = createSignal(false)
  const [disputeOpen, setDisputeOpen] = createSignal(false)
  const [disassociateOpen, setDisassociateOpen] = createSignal(false)
  // The statements the partner confirms in the submit dialog (SPEC §5), none ticked each time it opens.
  const [acknowledged, setAcknowledged] = createSignal<readonly string[]>([])
  const [acknowledgementError, setAcknowledgementError] = createSignal<string | undefined>()
  createEffect(
    on(submitOpen, (open) => {
      if (!open) return
      setAcknowledged([])
      setAcknowledgementError(undefined)
    })
  )
  const statements = () => props.claim.requiredAcknowledgements
  const can = (action: Claim["actions"][number]) => props.claim.actions.includes(action)
  const resubmission = () => props.claim.status === "partner_action_required"
  const path = () => ({ params: { path: { id: props.claim.id } } })

  const submit = async () => {
    if (statements().some((a) => !acknowledged().includes(a.id))) {
      setAcknowledgementError(t("detail.acknowledgementsMissing"))
      document.getElementById("claim-acknowledgements")?.focus()
      throw new AcknowledgementsMissing(t("detail.acknowledgementsMissing"))
    }
    try {
      const claim = await client.POST("/api/v1/claims/{id}/submit", {
        ...path(),
        body: {
          version: Number(props.claim.version),
          acknowledgements: statements()
            .map((a) => a.id)
            .filter((id) => acknowledged().includes(id))
        }
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
  const withReason = (action: "dispute" | "disassociate") => async (reason: string) => {
    const request = { ...path(), body: { reason } }
    const claim =
      action === "dispute"
        ? await client.POST("/api/v1/claims/{id}/dispute", request)
        : await client.POST("/api/v1/claims/{id}/disassociate", request)
    showToast("success", action === "dispute" ? t("detail.disputed") : t("detail.disassociated"))
    props.onChanged(claim)
  }
  const nothing = () => !(["edit", "submit", "dispute", "disassociate"] as const).some(can)

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
          <button type="button" class="button" onClick={() => setDisputeOpen(true)}>
            {t("detail.dispute")}
          </button>
        </Show>
        <Show when={can("disassociate")}>
          <button type="button" class="button button--danger" onClick={() => setDisassociateOpen(true)}>
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
        // Missing statements are said once, next to the checkboxes (focus moves there), not again below.
        describe={(failure) => (failure instanceof AcknowledgementsMissing ? "" : undefined)}
      >
        <Show when={statements().length > 0}>
          <ChoiceGroup
            id="claim-acknowledgements"
            type="checkbox"
            legend={t("detail.acknowledgements")}
            hint={t("detail.acknowledgementsIntro")}
            choices={statements().map((a) => ({ value: a.id, label: statement(a) }))}
            selected={acknowledged()}
            error={acknowledgementError()}
            onChange={(id, checked) => {
              setAcknowledged((current) =>
                checked ? [...current.filter((x) => x !== id), id] : current.filter((x) => x !== id)
              )
              if (statements().every((a) => acknowledged().includes(a.id))) setAcknowledgementError(undefined)
            }}
          />
        </Show>
      </ConfirmDialog>
      <ReasonDialog
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
        reasonLabel={t("detail.disputeReason")}
        onConfirm={withReason("dispute")}
      />
      <ReasonDialog
        open={disassociateOpen()}
        onOpenChange={setDisassociateOpen}
        title={t("detail.disassociateTitle")}
        description={<p>{t("detail.disassociateBody")}</p>}
        confirmLabel={t("detail.disassociateConfirm")}
        tone="danger"
        reasonLabel={t("detail.disassociateReason")}
        onConfirm={withReason("disassociate")}
      />
    </Section>
  )
}
