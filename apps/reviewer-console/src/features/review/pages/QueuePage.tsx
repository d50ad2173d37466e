import { ApiError } from "@openpor/api-client"
import {
  AsyncView,
  createCursorPager,
  describeError,
  EmptyState,
  errorText,
  formatDateTime,
  PagerControls,
  showToast,
  useBusinessDaysLeft,
  useCurrentUser,
  useSession,
  useShared
} from "@openpor/ui"
import { A, useNavigate, useSearchParams } from "@solidjs/router"
import { createEffect, createResource, createSignal, Index, type JSX, on, Show } from "solid-js"
import { ClaimsExportLink } from "../../exports/exports.tsx"
import { DecisionDialog, type DecisionTarget } from "../components/DecisionDialog.tsx"
import { QueueFilters } from "../components/QueueFilters.tsx"
import { QueuePreview } from "../components/QueuePreview.tsx"
import { ReviewTitle } from "../components/ReviewTitle.tsx"
import { ShortcutsDialog } from "../components/ShortcutsDialog.tsx"
import { ClaimStatus, PartnerConversation } from "../components/StatusLabel.tsx"
import {
  type QueueFilters as Filters,
  filterParams,
  hasFilters,
  parseFilters,
  queueQuery
} from "../lib/filters.ts"
import { useLabels, useReviewT } from "../lib/i18n.ts"
import { useShortcuts } from "../lib/keyboard.ts"
import { createMediaQuery } from "../lib/media.ts"
import { rememberQueue } from "../lib/queue-order.ts"
import { isReviewer } from "../lib/roles.ts"
import type { Decision, QueueRow } from "../lib/types.ts"
import "../review.css"

const PAGE_SIZE = 25

/**
 * The review queue (SPEC §6, §10): open claims by their next SLA deadline, filters kept in the URL,
 * server-side paging with the API's keyset cursor, "Take", and the keyboard: `j`/`k` select, `Enter`
 * opens, `a`/`r`/`i` decide the selected claim, `?` lists the shortcuts.
 */
export function QueuePage(): JSX.Element {
  const t = useReviewT()
  const labels = useLabels()
  const shared = useShared()
  const { locale } = shared
  const { client } = useSession()
  const me = useCurrentUser()
  const navigate = useNavigate()
  const [params, setParams] = useSearchParams()
  const filters = () => parseFilters(params)
  const reviewer = () => isReviewer(me())
  const daysLeft = useBusinessDaysLeft()
  // List and detail side by side where there is room for both (the detail loads only then).
  const wide = createMediaQuery("(min-width: 87.5rem)")

  const pager = createCursorPager(
    async (cursor) => {
      const page = await client.GET("/api/v1/review/queue", {
        params: {
          query: {
            ...queueQuery(filters()),
            limit: String(PAGE_SIZE),
            ...(cursor === undefined ? {} : { cursor })
          }
        }
      })
      return { items: page.items, nextCursor: page.nextCursor }
    },
    { key: () => JSON.stringify(filterParams(filters())) }
  )
  const [programs] = createResource(async () => (await client.GET("/api/v1/programs")).programs)

  const rows = (): readonly QueueRow[] =>
    pager.page.error === undefined ? (pager.page.latest?.items ?? []) : []
  const [selected, setSelected] = createSignal(0)
  const [decision, setDecision] = createSignal<{ kind: Decision; claim: DecisionTarget }>()
  const [help, setHelp] = createSignal(false)
  const links: HTMLAnchorElement[] = []
  let focusAfterLoad = false

  const select = (index: number, focus = true) => {
    const count = rows().length
    if (count === 0) return
    const next = Math.max(0, Math.min(count - 1, index))
    setSelected(next)
    if (focus) {
      links[next]?.focus()
      links[next]?.closest("tr")?.scrollIntoView({ block: "nearest" })
    }
  }
  const current = () => rows()[selected()]

  // A new page (filters, paging, reload after an action): keep the selection in range and, after an
  // action, put focus back on the selected row so it is never lost.
  createEffect(
    on(
      () => pager.page.latest,
      () => {
        const count = rows().length
        if (selected() >= count) setSelected(Math.max(0, count - 1))
        if (focusAfterLoad) {
          focusAfterLoad = false
          queueMicrotask(() =>
            count > 0 ? select(selected()) : document.getElementById("queue-heading")?.focus()
          )
        }
      }
    )
  )

  // The claim pages follow this order with j and k.
  createEffect(() => {
    if (rows().length > 0) rememberQueue(rows().map((row) => row.claimId))
  })

  const setFilter = (change: Partial<Filters>) => {
    setSelected(0)
    setParams({ ...filterParams({ ...filters(), ...change }) }, { replace: true })
  }
  const clearFilters = () => {
    setSelected(0)
    setParams(
      {
        status: undefined,
        program: undefined,
        area: undefined,
        competing: undefined,
        overdue: undefined,
        mine: undefined,
        answered: undefined
      },
      { replace: true }
    )
  }

  const decide = (kind: Decision) => {
    const row = current()
    if (!reviewer() || row === undefined) return
    setDecision({ kind, claim: { id: row.claimId, name: row.name, version: row.version } })
  }

  useShortcuts(() => ({
    j: () => select(selected() + (document.activeElement === links[selected()] ? 1 : 0)),
    k: () => select(selected() - 1),
    Enter: () => {
      const row = current()
      if (row !== undefined) navigate(`/claims/${encodeURIComponent(row.claimId)}`)
    },
    ...(reviewer()
      ? { a: () => decide("approve"), r: () => decide("reject"), i: () => decide("request_info") }
      : {}),
    "?": () => setHelp(true)
  }))

  const take = async (row: QueueRow, index: number) => {
    setSelected(index)
    try {
      await client.POST("/api/v1/review/claims/{id}/assign", {
        params: { path: { id: row.claimId } },
        body: { version: Number(row.version) }
      })
      showToast("success", t("queue.taken", { name: row.name }))
    } catch (cause) {
      showToast(
        "error",
        cause instanceof ApiError && cause.code === "version_conflict"
          ? t("decide.conflict")
          : errorText(shared.t, describeError(cause))
      )
    }
    focusAfterLoad = true
    pager.reload()
  }

  const deadlineText = (row: QueueRow) => {
    if (row.nextDeadline === null) return t("queue.noDeadline")
    if (row.overdue) return t("queue.overdue")
    // The count comes from the API's business calendar (and its clock); the epoch only keeps the helper
    // from comparing with the browser's clock, which may differ from the server's test clock.
    return daysLeft(row.businessDaysLeft ?? 0, row.nextDeadline, new Date(0))
  }

  return (
    <div class="page review-page">
      <ReviewTitle heading={t("queue.title")} onHelp={() => setHelp(true)} />
      <p class="muted">{t("queue.intro")}</p>
      <QueueFilters
        filters={filters()}
        programs={programs.error === undefined ? (programs.latest ?? []) : []}
        onChange={setFilter}
        onClear={clearFilters}
      />
      <ClaimsExportLink status={filters().status} />
      {/* The table stays mounted across reloads (focus stays on its row); AsyncView shows the other states. */}
      <Show when={rows().length === 0}>
        <AsyncView
          resource={pager.page}
          retry={() => pager.reload()}
          isEmpty={(page) => page.items.length === 0}
          empty={
            hasFilters(filters()) ? (
              <EmptyState title={t("queue.empty")}>
                <p>{t("queue.emptyHint")}</p>
                <button type="button" class="button button--secondary" onClick={clearFilters}>
                  {t("queue.clearFilters")}
                </button>
              </EmptyState>
            ) : (
              <EmptyState title={t("queue.emptyAll")} />
            )
          }
        >
          {() => null}
        </AsyncView>
      </Show>
      <div class="queue-layout" classList={{ "queue-layout--split": wide() && rows().length > 0 }}>
        <Show when={rows().length > 0}>
          <div class="data-table queue-table">
            <table>
              <caption class="visually-hidden">{t("queue.caption")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("queue.columns.claim")}</th>
                  <th scope="col">{t("queue.columns.partner")}</th>
                  <th scope="col">{t("queue.columns.tenant")}</th>
                  <th scope="col">{t("queue.columns.area")}</th>
                  <th scope="col">{t("queue.columns.status")}</th>
                  <th scope="col">{t("queue.columns.competing")}</th>
                  <th scope="col">{t("queue.columns.reviewer")}</th>
                  <th scope="col">{t("queue.columns.deadline")}</th>
                  <Show when={reviewer()}>
                    <th scope="col">{t("queue.columns.actions")}</th>
                  </Show>
                </tr>
              </thead>
              <tbody>
                <Index each={rows()}>
                  {(row, index) => (
                    <tr
                      classList={{ "is-selected": selected() === index, "is-overdue": row().overdue }}
                      aria-current={selected() === index ? "true" : undefined}
                      onClick={(e) => {
                        if (!(e.target instanceof HTMLElement && e.target.closest("a,button"))) select(index)
                      }}
                    >
                      <td data-label={t("queue.columns.claim")}>
                        <A
                          href={`/claims/${encodeURIComponent(row().claimId)}`}
                          ref={(el: HTMLAnchorElement) => {
                            links[index] = el
                          }}
                          onFocus={() => setSelected(index)}
                          class="queue-table__name"
                        >
                          {row().name}
                        </A>
                      </td>
                      <td data-label={t("queue.columns.partner")}>
                        {row().partnerName}
                        <br />
                        <span class="mono muted">{row().partnerId}</span>
                      </td>
                      <td data-label={t("queue.columns.tenant")}>
                        {/* The first block identifies a tenant at a glance; the whole ID is in the title and for screen readers. */}
                        <span class="mono tenant-id" title={row().tenantId} aria-hidden="true">
                          {row().tenantId.slice(0, 8)}…
                        </span>
                        <span class="visually-hidden">{row().tenantId}</span>
                      </td>
                      <td data-label={t("queue.columns.area")}>{labels.area(row().solutionArea)}</td>
                      <td data-label={t("queue.columns.status")}>
                        <ClaimStatus status={row().status} />
                        <PartnerConversation row={row()} />
                      </td>
                      <td data-label={t("queue.columns.competing")}>
                        <Show
                          when={row().competing}
                          fallback={<span class="muted">{t("queue.competingNo")}</span>}
                        >
                          <Show when={row().caseId} fallback={<strong>{t("queue.competingYes")}</strong>}>
                            {(caseId) => (
                              <A href={`/cases/${encodeURIComponent(caseId())}`}>{t("queue.competingYes")}</A>
                            )}
                          </Show>
                        </Show>
                      </td>
                      <td data-label={t("queue.columns.reviewer")}>
                        {row().assignedReviewerName ?? <span class="muted">{t("queue.unassigned")}</span>}
                      </td>
                      <td data-label={t("queue.columns.deadline")} class="numeric">
                        <Show
                          when={row().nextDeadline}
                          fallback={<span class="muted">{t("queue.noDeadline")}</span>}
                        >
                          {(at) => (
                            <span class="deadline">
                              <time datetime={at()}>{formatDateTime(locale(), at())}</time>
                              <span classList={{ deadline__left: true, "deadline--overdue": row().overdue }}>
                                {deadlineText(row())}
                              </span>
                            </span>
                          )}
                        </Show>
                      </td>
                      <Show when={reviewer()}>
                        <td data-label={t("queue.columns.actions")}>
                          <Show when={row().assignedReviewerId !== me().user.id}>
                            <button
                              type="button"
                              class="button button--secondary button--small"
                              aria-label={t("queue.takeLabel", { name: row().name })}
                              onClick={() => void take(row(), index)}
                            >
                              {t("queue.take")}
                            </button>
                          </Show>
                        </td>
                      </Show>
                    </tr>
                  )}
                </Index>
              </tbody>
            </table>
          </div>
        </Show>
        <Show when={wide() ? current() : undefined}>{(row) => <QueuePreview claimId={row().claimId} />}</Show>
      </div>
      <PagerControls pager={pager} label={t("queue.pages")} />
      <DecisionDialog
        decision={decision()?.kind}
        claim={decision()?.claim}
        onClose={() => setDecision(undefined)}
        onDecided={(claim, kind) => {
          setDecision(undefined)
          showToast(
            "success",
            kind === "approve"
              ? t("decide.approved", { name: claim.name })
              : kind === "reject"
                ? t("decide.rejected", { name: claim.name })
                : t("decide.infoRequested", { name: claim.name })
          )
          focusAfterLoad = true
          pager.reload()
        }}
        onConflict={() => {
          focusAfterLoad = true
          pager.reload()
        }}
      />
      <ShortcutsDialog open={help()} onOpenChange={setHelp} />
    </div>
  )
}
