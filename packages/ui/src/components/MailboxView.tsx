import { ApiError, type MailboxMessage } from "@openpor/api-client"
import { createResource, createSignal, For, type JSX, Match, Show, Switch } from "solid-js"
import { describeError } from "../errors.ts"
import { useShared } from "../i18n/context.tsx"
import { formatDateTime, formatList } from "../i18n/format.ts"
import { useSession } from "../session.tsx"
import { linkify } from "../text.ts"
import { errorText, Notice } from "./Notice.tsx"
import { PageHeading } from "./PageHeading.tsx"

/**
 * Whether this server has a dev mailbox (non-production without SMTP), to decide whether to link to it.
 * Asked once a user is signed in (the link is in their navigation), so a signed-out visitor's page load
 * makes no request that could fail; undefined while unknown.
 */
export const useDevMailboxAvailable = (): (() => boolean | undefined) => {
  const session = useSession()
  const [available] = createResource(
    () => session.state().status === "signed_in" || undefined,
    () =>
      session.client.GET("/api/v1/dev/mailbox", { params: { query: { limit: "1" } } }).then(
        () => true,
        () => false
      )
  )
  return () => available()
}

/**
 * The local dev mailbox (`GET /api/v1/dev/mailbox`): the emails the server has "sent" while no SMTP server
 * is configured, newest first. Opening one shows its plain text with clickable links.
 */
export function MailboxView(): JSX.Element {
  const { t, locale } = useShared()
  const { client } = useSession()
  const [mailbox, { refetch }] = createResource(() => client.devMailbox())
  const [openId, setOpenId] = createSignal<string>()
  let container!: HTMLDivElement

  const messages = () => (mailbox.error === undefined ? (mailbox.latest?.messages ?? []) : [])
  const openMessage = () => messages().find((message) => message.id === openId())
  const unavailable = () => mailbox.error instanceof ApiError && mailbox.error.status === 404

  const open = (id: string) => {
    setOpenId(id)
    container.querySelector<HTMLElement>(".mail-detail h2")?.focus()
  }
  const close = () => {
    const id = openId()
    setOpenId(undefined)
    if (id !== undefined)
      container.querySelector<HTMLElement>(`[data-message-id="${CSS.escape(id)}"]`)?.focus()
  }
  const subject = (message: MailboxMessage) => message.subject.trim() || t("mailbox.noSubject")

  return (
    <section class="stack" ref={container}>
      <PageHeading>{t("mailbox.title")}</PageHeading>
      <p class="muted">{t("mailbox.intro")}</p>
      <Switch>
        <Match when={unavailable()}>
          <Notice tone="info">
            <p>{t("mailbox.unavailable")}</p>
          </Notice>
        </Match>
        <Match when={mailbox.error !== undefined}>
          <Notice tone="error">
            <p>{errorText(t, describeError(mailbox.error))}</p>
            <button type="button" class="button" onClick={() => void refetch()}>
              {t("common.retry")}
            </button>
          </Notice>
        </Match>
        <Match when={mailbox.state === "pending"}>
          <p class="status" role="status">
            {t("common.loading")}
          </p>
        </Match>
        <Match when={openMessage()}>
          {(message) => (
            <article class="mail-detail card stack" aria-labelledby="mail-detail-subject">
              <div>
                <button type="button" class="button button--secondary" onClick={close}>
                  {t("mailbox.backToList")}
                </button>
              </div>
              <h2 id="mail-detail-subject" tabindex="-1">
                {subject(message())}
              </h2>
              <dl class="facts">
                <div>
                  <dt>{t("mailbox.to")}</dt>
                  <dd>{formatList(locale(), message().to)}</dd>
                </div>
                <div>
                  <dt>{t("mailbox.sent")}</dt>
                  <dd>
                    <time datetime={message().createdAt}>
                      {formatDateTime(locale(), message().createdAt)}
                    </time>
                  </dd>
                </div>
              </dl>
              <div class="mail-text">
                <For each={linkify(message().text)}>
                  {(part) =>
                    part.kind === "link" ? (
                      <a href={part.href} rel="noopener noreferrer">
                        {part.text}
                      </a>
                    ) : (
                      part.text
                    )
                  }
                </For>
              </div>
            </article>
          )}
        </Match>
        <Match when={true}>
          <div class="toolbar">
            <h2>{t("mailbox.list")}</h2>
            <button
              type="button"
              class="button button--secondary"
              aria-disabled={mailbox.loading}
              onClick={() => void refetch()}
            >
              {t("common.refresh")}
            </button>
          </div>
          <Show
            when={messages().length > 0}
            fallback={
              <p class="status" role="status">
                {t("mailbox.empty")}
              </p>
            }
          >
            <ul class="mail-list" aria-live="polite">
              <For each={messages()}>
                {(message) => (
                  <li>
                    <button
                      type="button"
                      class="mail-item"
                      data-message-id={message.id}
                      onClick={() => open(message.id)}
                    >
                      <span class="mail-item__subject">{subject(message)}</span>
                      <span class="mail-item__meta">
                        <span>
                          {t("mailbox.to")}: {formatList(locale(), message.to)}
                        </span>
                        <time datetime={message.createdAt}>
                          {formatDateTime(locale(), message.createdAt)}
                        </time>
                      </span>
                    </button>
                  </li>
                )}
              </For>
            </ul>
          </Show>
        </Match>
      </Switch>
    </section>
  )
}
