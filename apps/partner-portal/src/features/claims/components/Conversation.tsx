import {
  createClaimComments,
  createClaimHistory,
  createCommentForm,
  FormAlert,
  formatDateTime,
  OlderEntriesButton,
  Section,
  StatusTag,
  SubmitButton,
  showToast,
  TextAreaField,
  useShared
} from "@openpor/ui"
import { For, type JSX, Show } from "solid-js"
import type { Claim } from "../lib/claims.ts"
import { useClaimText } from "../lib/text.ts"

/**
 * The comments thread: the reviewer's requests for information and the partner's answers, oldest first. The
 * claim embeds the newest 50; "Show older comments" above them loads older ones a page at a time. A sent
 * comment (the API answers with it alone) is appended to the thread.
 */
export function CommentsSection(props: {
  readonly claim: Claim
  readonly onChanged: (claim: Claim) => void
}): JSX.Element {
  const { t, author, lookup } = useClaimText()
  const shared = useShared()
  const thread = createClaimComments(() => props.claim)
  let list: HTMLOListElement | undefined
  const form = createCommentForm({
    claimId: () => props.claim.id,
    onSent: (comment) => {
      showToast("success", t("detail.commentSent"))
      const others = props.claim.comments.filter((c) => c.id !== comment.id)
      props.onChanged({ ...props.claim, comments: [...others, comment] })
    }
  })
  return (
    <Section headingId="claim-comments" title={t("detail.comments")} class="stack">
      <OlderEntriesButton
        older={thread}
        list={() => list}
        label={t("detail.olderComments")}
        loadingLabel={t("detail.olderCommentsLoading")}
        errorIntro={t("detail.olderCommentsFailed")}
        loaded={(count) => t("detail.olderCommentsLoaded", { count: String(count) })}
      />
      <Show when={thread.entries().length > 0} fallback={<p>{t("detail.commentsNone")}</p>}>
        <ol class="comments" ref={list}>
          <For each={thread.entries()}>
            {(comment) => (
              <Show
                when={comment.notice}
                fallback={
                  <li class="card">
                    <p>
                      <strong>{comment.authorName}</strong>{" "}
                      <span class="muted">({author(comment.authorType)})</span> ·{" "}
                      <time class="muted" datetime={comment.createdAt}>
                        {formatDateTime(shared.locale(), comment.createdAt)}
                      </time>
                    </p>
                    <p class="comment__body">{comment.body}</p>
                  </li>
                }
              >
                {(notice) => (
                  // A notice of the system (e.g. the claim joined an arbitration case), in the reader's language.
                  <li class="card comment--notice">
                    <p>
                      <StatusTag tone="info">{t("detail.systemNotice")}</StatusTag> ·{" "}
                      <time class="muted" datetime={comment.createdAt}>
                        {formatDateTime(shared.locale(), comment.createdAt)}
                      </time>
                    </p>
                    <p class="comment__body">{lookup(`detail.notices.${notice()}`) ?? comment.body}</p>
                  </li>
                )}
              </Show>
            )}
          </For>
        </ol>
      </Show>
      <Show when={props.claim.actions.includes("comment")}>
        <form class="stack" onSubmit={(event) => void form.submit(event)} novalidate>
          <FormAlert form={form} />
          <TextAreaField form={form} name="body" label={t("detail.commentLabel")} rows={3} maxLength={5000} />
          <div class="actions">
            <SubmitButton form={form} label={t("detail.commentSend")} />
          </div>
        </form>
      </Show>
    </Section>
  )
}

/**
 * The claim's history, newest last: each event with its time, who acted and the status change. The claim
 * embeds the newest 50 entries; "Show earlier history" above them loads earlier ones a page at a time.
 */
export function HistorySection(props: { readonly claim: Claim }): JSX.Element {
  const { t, event, status, author, statement } = useClaimText()
  const shared = useShared()
  const history = createClaimHistory(() => props.claim)
  let list: HTMLOListElement | undefined
  return (
    <Section headingId="claim-history" title={t("detail.history")} class="stack">
      <OlderEntriesButton
        older={history}
        list={() => list}
        label={t("detail.olderHistory")}
        loadingLabel={t("detail.olderHistoryLoading")}
        errorIntro={t("detail.olderHistoryFailed")}
        loaded={(count) => t("detail.olderHistoryLoaded", { count: String(count) })}
      />
      <Show when={history.entries().length > 0} fallback={<p>{t("detail.historyNone")}</p>}>
        <ol class="timeline" ref={list}>
          <For each={history.entries()}>
            {(entry) => (
              <li>
                <p>
                  <strong>{event(entry.action)}</strong>
                  <Show when={entry.from !== null && entry.to !== null && entry.from !== entry.to}>
                    {" · "}
                    {t("detail.statusChange", { from: status(entry.from!), to: status(entry.to!) })}
                  </Show>
                </p>
                <p class="muted">
                  <time datetime={entry.at}>{formatDateTime(shared.locale(), entry.at)}</time> ·{" "}
                  {t("detail.by", { actor: author(entry.actorType) })}
                </p>
                <Show when={entry.acknowledgements}>
                  {(confirmed) => (
                    <div class="acknowledged">
                      <p>{t("detail.acknowledgementsConfirmed")}</p>
                      <ul>
                        <For each={confirmed()}>{(a) => <li>{statement(a)}</li>}</For>
                      </ul>
                    </div>
                  )}
                </Show>
              </li>
            )}
          </For>
        </ol>
      </Show>
    </Section>
  )
}
