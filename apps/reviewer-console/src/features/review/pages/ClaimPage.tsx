import {
  createClaimComments,
  createClaimHistory,
  createCommentForm,
  FormAlert,
  formatDateTime,
  Notice,
  OlderEntriesButton,
  Section,
  SubmitButton,
  showToast,
  TextAreaField,
  useSession,
  useShared
} from "@openpor/ui"
import { A, useNavigate } from "@solidjs/router"
import { createEffect, createSignal, For, type JSX, on, Show } from "solid-js"
import { ClaimFields, ConsentFacts, DeadlineFacts } from "../components/ClaimDetails.tsx"
import { DecisionDialog } from "../components/DecisionDialog.tsx"
import { PoePreview } from "../components/PoePreview.tsx"
import { ReviewDetailPage, type ReviewItemProps } from "../components/ReviewDetailPage.tsx"
import { ConflictNotice, ReviewTitle } from "../components/ReviewTitle.tsx"
import { ShortcutsDialog } from "../components/ShortcutsDialog.tsx"
import { ClaimStatus } from "../components/StatusLabel.tsx"
import { useLabels, useReviewT } from "../lib/i18n.ts"
import { useShortcuts } from "../lib/keyboard.ts"
import { queueNeighbour } from "../lib/queue-order.ts"
import type { ClaimView, Decision } from "../lib/types.ts"
import "../review.css"

/**
 * One claim for review: its fields, the customer's consent and the deadlines beside the proof of execution
 * (previewed inline in its own pane), the comments thread with a reply, the history, and the decisions
 * (`a` approve, `r` reject, `i` request information), each confirmed and sent with the claim's version.
 */
export function ClaimPage(): JSX.Element {
  const { client } = useSession()
  const t = useReviewT()
  return (
    <ReviewDetailPage
      loadingText={t("claim.loading")}
      load={(id) => client.GET("/api/v1/claims/{id}", { params: { path: { id } } })}
      view={ClaimReview}
    />
  )
}

function ClaimReview(props: ReviewItemProps<ClaimView>): JSX.Element {
  const t = useReviewT()
  const navigate = useNavigate()
  const [decision, setDecision] = createSignal<Decision>()
  const [conflict, setConflict] = createSignal(false)
  const [help, setHelp] = createSignal(false)
  let result: HTMLDivElement | undefined
  const can = (action: ClaimView["actions"][number]) => props.item.actions.includes(action)
  const open = (d: Decision) => {
    if (can(d)) setDecision(d)
  }

  // j/k move to another claim in this same page: what belonged to the previous claim goes.
  createEffect(
    on(
      () => props.item.id,
      () => {
        setConflict(false)
        setDecision(undefined)
      },
      { defer: true }
    )
  )

  const go = (delta: 1 | -1) => {
    const next = queueNeighbour(props.item.id, delta)
    if (next !== undefined) navigate(`/claims/${encodeURIComponent(next)}`)
  }

  useShortcuts(() => ({
    j: () => go(1),
    k: () => go(-1),
    a: () => open("approve"),
    r: () => open("reject"),
    i: () => open("request_info"),
    "g q": () => navigate("/queue"),
    "?": () => setHelp(true)
  }))

  const decided = (updated: ClaimView, d: Decision) => {
    props.replace(updated)
    setConflict(false)
    const name = updated.name
    showToast(
      "success",
      d === "approve"
        ? t("decide.approved", { name })
        : d === "reject"
          ? t("decide.rejected", { name })
          : t("decide.infoRequested", { name })
    )
    // The buttons may be gone now: keep focus on the decision's outcome, never on nothing.
    setTimeout(() => result?.focus(), 200)
  }

  return (
    <>
      <ReviewTitle heading={props.item.name} onHelp={() => setHelp(true)}>
        <ClaimStatus status={props.item.status} />
      </ReviewTitle>
      <ConflictNotice
        when={conflict()}
        onReload={() => {
          setConflict(false)
          props.reload()
        }}
      />
      <div class="review-split">
        <div class="review-split__main stack">
          <section class="card stack" aria-labelledby="decision-heading" tabindex="-1" ref={result}>
            <h2 id="decision-heading">{t("claim.decisions")}</h2>
            <Show
              when={can("approve") || can("reject") || can("request_info")}
              fallback={
                <p class="muted">
                  {props.item.actions.length === 0 ? t("claim.readOnly") : t("claim.noDecision")}
                </p>
              }
            >
              <p class="muted">{t("claim.decisionsIntro")}</p>
              <div class="actions">
                <Show when={can("approve")}>
                  <button type="button" class="button" aria-keyshortcuts="a" onClick={() => open("approve")}>
                    {t("claim.approve")}
                  </button>
                </Show>
                <Show when={can("reject")}>
                  <button
                    type="button"
                    class="button button--danger"
                    aria-keyshortcuts="r"
                    onClick={() => open("reject")}
                  >
                    {t("claim.reject")}
                  </button>
                </Show>
                <Show when={can("request_info")}>
                  <button
                    type="button"
                    class="button button--secondary"
                    aria-keyshortcuts="i"
                    onClick={() => open("request_info")}
                  >
                    {t("claim.requestInfo")}
                  </button>
                </Show>
              </div>
            </Show>
            <Show when={props.item.caseId}>
              {(caseId) => (
                <Notice tone="info">
                  <p>{t("claim.competingText")}</p>
                  <p>
                    <A href={`/cases/${encodeURIComponent(caseId())}`}>{t("claim.openCase")}</A>
                  </p>
                </Notice>
              )}
            </Show>
          </section>
          <Section headingId="claim-heading" class="card" title={t("claim.summary")}>
            <ClaimFields claim={props.item} />
          </Section>
          <Section headingId="consent-heading" class="card" title={t("claim.consent")}>
            <ConsentFacts claim={props.item} />
          </Section>
          <Section headingId="deadlines-heading" class="card" title={t("claim.deadlines")}>
            <DeadlineFacts claim={props.item} />
          </Section>
          <Comments claim={props.item} onSent={props.replace} />
          <History claim={props.item} />
        </div>
        <section class="review-split__side card stack" aria-labelledby="poe-heading">
          <h2 id="poe-heading">{t("claim.poe")}</h2>
          <PoePreview
            claimId={props.item.id}
            documents={props.item.poe}
            count={Number(props.item.poeCount)}
          />
        </section>
      </div>
      <DecisionDialog
        decision={decision()}
        claim={props.item}
        onClose={() => setDecision(undefined)}
        onDecided={decided}
        onConflict={() => setConflict(true)}
      />
      <ShortcutsDialog open={help()} onOpenChange={setHelp} />
    </>
  )
}

function Comments(props: {
  readonly claim: ClaimView
  readonly onSent: (claim: ClaimView) => void
}): JSX.Element {
  const t = useReviewT()
  const labels = useLabels()
  const { locale } = useShared()
  // The claim embeds the newest 50 comments (oldest first); older ones load above them on request.
  const thread = createClaimComments(() => props.claim)
  let list: HTMLOListElement | undefined
  const form = createCommentForm({
    claimId: () => props.claim.id,
    // The API answers with the new comment alone: appended to the thread (oldest first, as the claim has it).
    onSent: (comment) => {
      const others = props.claim.comments.filter((c) => c.id !== comment.id)
      props.onSent({ ...props.claim, comments: [...others, comment] })
      showToast("success", t("claim.sent"))
    }
  })
  return (
    <Section headingId="comments-heading" class="card stack" title={t("claim.comments")}>
      <OlderEntriesButton
        older={thread}
        list={() => list}
        label={t("claim.olderComments")}
        loadingLabel={t("claim.olderCommentsLoading")}
        errorIntro={t("claim.olderCommentsFailed")}
        loaded={(count) => t("claim.olderCommentsLoaded", { count: String(count) })}
      />
      <Show when={thread.entries().length > 0} fallback={<p class="muted">{t("claim.commentsEmpty")}</p>}>
        <ol class="comment-list" ref={list}>
          <For each={thread.entries()}>
            {(comment) => (
              <li class={`comment comment--${comment.authorType}`}>
                <p class="comment__meta">
                  <strong>{comment.authorName}</strong> ·{" "}
                  {comment.notice === null
                    ? labels.author(comment.authorType)
                    : t("claim.noticeSentToPartner")}{" "}
                  · <time datetime={comment.createdAt}>{formatDateTime(locale(), comment.createdAt)}</time>
                </p>
                <p class="comment__body">
                  {comment.notice === null ? comment.body : labels.notice(comment.notice)}
                </p>
              </li>
            )}
          </For>
        </ol>
      </Show>
      <Show when={props.claim.actions.includes("comment")}>
        <form class="stack" novalidate onSubmit={(event) => void form.submit(event)}>
          <FormAlert form={form} />
          <TextAreaField
            form={form}
            name="body"
            label={t("claim.reply")}
            hint={t("claim.replyHint")}
            rows={3}
          />
          <div class="actions">
            <SubmitButton form={form} label={t("claim.send")} pendingLabel={t("claim.sending")} />
          </div>
        </form>
      </Show>
    </Section>
  )
}

function History(props: { readonly claim: ClaimView }): JSX.Element {
  const t = useReviewT()
  const labels = useLabels()
  const { locale } = useShared()
  // The claim embeds the newest 50 entries; shown newest first, so earlier ones load below them on request.
  const history = createClaimHistory(() => props.claim)
  let list: HTMLOListElement | undefined
  const entries = () => [...history.entries()].reverse()
  return (
    <Section headingId="history-heading" class="card stack" title={t("claim.history")}>
      <Show when={entries().length > 0} fallback={<p class="muted">{t("claim.historyEmpty")}</p>}>
        <ol class="history-list" ref={list}>
          <For each={entries()}>
            {(entry) => (
              <li>
                <time datetime={entry.at} class="numeric">
                  {formatDateTime(locale(), entry.at)}
                </time>
                <strong>{labels.historyAction(entry.action)}</strong>
                <span class="muted">{labels.actor(entry.actorType)}</span>
                <Show when={entry.to !== null && entry.from !== entry.to}>
                  <span>
                    {entry.from === null ? "" : `${labels.status(entry.from)} → `}
                    {labels.status(entry.to!)}
                  </span>
                </Show>
                <Show when={entry.acknowledgements}>
                  {(confirmed) => (
                    <div class="history-list__acknowledged">
                      <span>{t("claim.acknowledged")}</span>
                      <ul>
                        <For each={confirmed()}>{(statement) => <li>{statement.text}</li>}</For>
                      </ul>
                    </div>
                  )}
                </Show>
              </li>
            )}
          </For>
        </ol>
      </Show>
      <OlderEntriesButton
        older={history}
        list={() => list}
        at="end"
        label={t("claim.olderHistory")}
        loadingLabel={t("claim.olderHistoryLoading")}
        errorIntro={t("claim.olderHistoryFailed")}
        loaded={(count) => t("claim.olderHistoryLoaded", { count: String(count) })}
      />
    </Section>
  )
}
