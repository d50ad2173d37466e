import { ApiError } from "@openpor/api-client"
import { ConfirmDialog, Deadline, formatDate, StatusTag, showToast, useSession, useShared } from "@openpor/ui"
import { createSignal, createUniqueId, For, type JSX, Show } from "solid-js"
import { useMessages, useT } from "../i18n/index.ts"
import { type AssociationRequest, labelOf, OUTCOME_TONES, outcomeOf, workloadName } from "../lib/requests.ts"

/** What the partner claims: the workloads, or the subscriptions with their product names. */
export function RequestTargets(props: { readonly request: AssociationRequest }): JSX.Element {
  const t = useT()
  return (
    <ul class="request__targets">
      <For each={props.request.workloads}>{(workload) => <li>{workloadName(workload)}</li>}</For>
      <For each={props.request.subscriptions}>
        {(subscription) => (
          <li>
            {subscription.product ?? t("request.unknownProduct")}{" "}
            <span class="mono muted request__id">{subscription.id}</span>
          </li>
        )}
      </For>
    </ul>
  )
}

/** The outcome of a request as a status tag, with its date. */
export function OutcomeTag(props: { readonly request: AssociationRequest }): JSX.Element {
  const t = useT()
  const { locale } = useShared()
  const outcome = () => outcomeOf(props.request)
  return (
    <span class="outcome">
      <StatusTag tone={OUTCOME_TONES[outcome().outcome]}>{t(`outcome.${outcome().outcome}`)}</StatusTag>
      <Show when={outcome().at !== null && outcome().outcome !== "waiting" ? outcome().at : undefined}>
        {(at) => (
          <span class="outcome__date">{t("request.outcomeOn", { date: formatDate(locale(), at()) })}</span>
        )}
      </Show>
    </span>
  )
}

export interface RequestActionsProps {
  readonly request: AssociationRequest
  /** The signed link's token, for visitors without an account. */
  readonly token?: string | undefined
  /** The request as the API answered after the action. */
  readonly onChanged: (request: AssociationRequest) => void
  /** Decided requests that can still be declined say "End association" (the association is in effect). */
  readonly variant?: "pending" | "history"
}

/** Decline (with an optional reason) and accept, each after a confirmation dialog. */
export function RequestActions(props: RequestActionsProps): JSX.Element {
  const t = useT()
  const shared = useShared()
  const { client } = useSession()
  const [dialog, setDialog] = createSignal<"decline" | "accept">()
  const [reason, setReason] = createSignal("")
  const reasonId = createUniqueId()
  const partner = () => props.request.partner.name
  const path = () => ({ claimId: props.request.claimId })
  const query = () => (props.token === undefined ? {} : { token: props.token })
  const ending = () => props.variant === "history"

  const decline = async () => {
    const text = reason().trim()
    const updated = await client.POST("/api/v1/customer/requests/{claimId}/decline", {
      params: { path: path(), query: query() },
      body: text === "" ? {} : { reason: text }
    })
    setReason("")
    showToast("success", t("request.declined", { partner: partner() }))
    props.onChanged(updated)
  }
  const accept = async () => {
    const updated = await client.POST("/api/v1/customer/requests/{claimId}/accept", {
      params: { path: path(), query: query() }
    })
    showToast("success", t("request.accepted", { partner: partner() }))
    props.onChanged(updated)
  }

  return (
    <Show when={props.request.canDecline || props.request.canAccept}>
      <div class="actions">
        <Show when={props.request.canDecline}>
          <button type="button" class="button button--danger" onClick={() => setDialog("decline")}>
            {ending() ? t("request.endAssociation") : t("request.decline")}
          </button>
        </Show>
        <Show when={props.request.canAccept && !ending()}>
          <button type="button" class="button button--secondary" onClick={() => setDialog("accept")}>
            {t("request.accept")}
          </button>
        </Show>
      </div>
      <ConfirmDialog
        open={dialog() === "decline"}
        onOpenChange={(open) => setDialog(open ? "decline" : undefined)}
        title={
          ending()
            ? t("request.endTitle", { partner: partner() })
            : t("request.declineTitle", { partner: partner() })
        }
        description={
          <p>
            {ending()
              ? t("request.endBody", { partner: partner() })
              : t("request.declineBody", { partner: partner() })}
          </p>
        }
        confirmLabel={ending() ? t("request.endAssociation") : t("request.decline")}
        confirmingLabel={t("request.declining")}
        tone="danger"
        onConfirm={decline}
        describe={(error) =>
          error instanceof ApiError && error.code === "consent_link_expired"
            ? t("link.expiredBody")
            : error instanceof ApiError && error.code === "consent_link_invalid"
              ? t("link.invalidBody")
              : undefined
        }
      >
        <div class="field">
          <label for={reasonId}>
            {t("request.reason")} <span class="field__optional">({shared.t("common.optional")})</span>
          </label>
          <p class="field__hint" id={`${reasonId}-hint`}>
            {t("request.reasonHint")}
          </p>
          <textarea
            id={reasonId}
            rows={3}
            maxLength={2000}
            aria-describedby={`${reasonId}-hint`}
            value={reason()}
            onInput={(event) => setReason(event.currentTarget.value)}
          />
        </div>
      </ConfirmDialog>
      <ConfirmDialog
        open={dialog() === "accept"}
        onOpenChange={(open) => setDialog(open ? "accept" : undefined)}
        title={t("request.acceptTitle", { partner: partner() })}
        description={<p>{t("request.acceptBody")}</p>}
        confirmLabel={t("request.accept")}
        confirmingLabel={t("request.accepting")}
        onConfirm={accept}
      />
    </Show>
  )
}

/**
 * One request as a consent page shows it: who asks, for what exactly, what it means, how long the customer
 * has to decline, and the Decline and Accept buttons.
 */
export function RequestCard(props: {
  readonly request: AssociationRequest
  readonly token?: string | undefined
  readonly onChanged: (request: AssociationRequest) => void
  /** The heading level of the partner's name (default 3). */
  readonly level?: 2 | 3
}): JSX.Element {
  const t = useT()
  const { locale } = useShared()
  const labels = useMessages()
  const headingId = createUniqueId()
  const r = () => props.request
  const Heading = (headingProps: { readonly children: JSX.Element }) =>
    props.level === 2 ? (
      <h2 id={headingId} class="request__partner">
        {headingProps.children}
      </h2>
    ) : (
      <h3 id={headingId} class="request__partner">
        {headingProps.children}
      </h3>
    )
  return (
    <article class="request card stack" aria-labelledby={headingId}>
      <div>
        <Heading>{r().partner.name}</Heading>
        <p class="muted">
          {t("request.partnerId")} <span class="mono">{r().partner.partnerId}</span>
        </p>
      </div>
      <div>
        <p>{t("request.asks")}</p>
        <RequestTargets request={r()} />
      </div>
      <dl class="facts">
        <div>
          <dt>{t("request.solutionArea")}</dt>
          <dd>{labelOf(labels().solutionAreas, r().solutionArea)}</dd>
        </div>
        <Show when={r().submittedAt}>
          {(submitted) => (
            <div>
              <dt>{t("request.submitted")}</dt>
              <dd>
                <time datetime={submitted()}>{formatDate(locale(), submitted())}</time>
              </dd>
            </div>
          )}
        </Show>
        <Show when={r().consent.status === "awaiting_response" ? r().consent.windowEndsAt : null}>
          {(deadline) => (
            <div>
              <dt>{t("request.declineBy")}</dt>
              <dd>
                <Deadline at={deadline()} businessDaysLeft={r().businessDaysLeftToDecline} />
              </dd>
            </div>
          )}
        </Show>
        <div>
          <dt>{t("request.vendorReview")}</dt>
          <dd>{labelOf(labels().claimStatus, r().status)}</dd>
        </div>
        <div>
          <dt>{t("request.status")}</dt>
          <dd>
            <OutcomeTag request={r()} />
          </dd>
        </div>
      </dl>
      <Show when={r().consent.status === "awaiting_response"}>
        <p class="muted">{t("request.meaning")}</p>
      </Show>
      <RequestActions request={r()} token={props.token} onChanged={props.onChanged} />
    </article>
  )
}
