import {
  AsyncView,
  type Column,
  createCursorPager,
  DataTable,
  EmptyState,
  formatDate,
  HomePage,
  PagedView,
  PagerControls,
  Section,
  useCurrentUser,
  useSession,
  useShared
} from "@openpor/ui"
import { For, type JSX, Show } from "solid-js"
import { OutcomeTag, RequestActions, RequestCard, RequestTargets } from "../components/RequestCard.tsx"
import { useT } from "../i18n/index.ts"
import type { AssociationRequest } from "../lib/requests.ts"

const PAGE_SIZE = 10

/** The tenant admin's start page: requests waiting for a decision, then the decided ones. */
export function Requests(): JSX.Element {
  return (
    <HomePage accountKind="customer">
      <RequestLists />
    </HomePage>
  )
}

function RequestLists(): JSX.Element {
  const t = useT()
  const me = useCurrentUser()
  const { client } = useSession()
  const { locale } = useShared()

  const load = (view: "pending" | "decided") => async (cursor: string | undefined) => {
    const page = await client.GET("/api/v1/customer/requests", {
      params: {
        query: { view, limit: String(PAGE_SIZE), ...(cursor === undefined ? {} : { before: cursor }) }
      }
    })
    return { items: page.requests, nextCursor: page.nextCursor }
  }
  const pending = createCursorPager(load("pending"))
  const decided = createCursorPager(load("decided"))
  const changed = () => {
    pending.reload()
    decided.reload()
  }

  const columns = (): Column<AssociationRequest>[] => [
    {
      header: t("requests.columns.partner"),
      cell: (r) => (
        <>
          <strong>{r.partner.name}</strong>
          <br />
          <span class="mono muted">{r.partner.partnerId}</span>
        </>
      )
    },
    { header: t("requests.columns.products"), cell: (r) => <RequestTargets request={r} /> },
    { header: t("requests.columns.outcome"), cell: (r) => <OutcomeTag request={r} /> },
    {
      header: t("requests.columns.submitted"),
      numeric: true,
      cell: (r) =>
        r.submittedAt === null ? (
          ""
        ) : (
          <time datetime={r.submittedAt}>{formatDate(locale(), r.submittedAt)}</time>
        )
    },
    {
      header: t("requests.columns.actions"),
      cell: (r) => <RequestActions request={r} variant="history" onChanged={changed} />
    }
  ]

  return (
    <>
      <p class="lead">{t("requests.intro", { tenant: me().tenant?.name ?? "" })}</p>
      <Section headingId="pending-heading" title={t("requests.pending")} class="stack">
        <PagedView
          pager={pending}
          label={t("requests.pagesPending")}
          empty={<EmptyState title={t("requests.pendingEmpty")}>{t("requests.pendingEmptyBody")}</EmptyState>}
        >
          {(page) => (
            <ul class="request-list">
              <For each={page.items}>
                {(request) => (
                  <li>
                    <RequestCard request={request} onChanged={changed} />
                  </li>
                )}
              </For>
            </ul>
          )}
        </PagedView>
      </Section>
      <Section headingId="history-heading" title={t("requests.history")} class="stack">
        <AsyncView
          resource={decided.page}
          retry={decided.reload}
          isEmpty={(page) => page.items.length === 0}
          empty={<EmptyState title={t("requests.historyEmpty")}>{t("requests.historyEmptyBody")}</EmptyState>}
        >
          {(page) => (
            <DataTable caption={t("requests.historyCaption")} columns={columns()} rows={page.items} />
          )}
        </AsyncView>
        <Show when={decided.page.latest !== undefined}>
          <PagerControls pager={decided} label={t("requests.pagesHistory")} />
        </Show>
      </Section>
    </>
  )
}
