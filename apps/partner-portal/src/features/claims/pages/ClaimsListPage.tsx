import {
  AsyncView,
  createCursorPager,
  DataTable,
  EmptyState,
  formatDateTime,
  PageHeading,
  PagerControls,
  StatusTag,
  useCurrentUser,
  useSession,
  useShared
} from "@openpor/ui"
import { A, useSearchParams } from "@solidjs/router"
import { createSignal, For, type JSX, Show } from "solid-js"
import "../claims.css"
import { ClaimsExportLink } from "../../exports/exports.tsx"
import { useImportT } from "../import/i18n.ts"
import {
  CLAIM_STATUSES,
  type ClaimSummary,
  canDraftClaims,
  isClaimStatus,
  statusTone
} from "../lib/claims.ts"
import { useClaimText } from "../lib/text.ts"

const PAGE_SIZE = 20

/** The organization's claims: status filter, search by claim name or tenant ID, paged on the server. */
export function ClaimsListPage(): JSX.Element {
  const { t, status, role } = useClaimText()
  const importT = useImportT()
  const shared = useShared()
  const { client } = useSession()
  const me = useCurrentUser()
  const mayDraft = () => canDraftClaims(me())
  const [params, setParams] = useSearchParams<{ status?: string; q?: string }>()
  const [typed, setTyped] = createSignal(params.q ?? "")
  const statusFilter = () => (isClaimStatus(params.status) ? params.status : undefined)
  const searchText = () => (params.q ?? "").trim()
  const filtered = () => statusFilter() !== undefined || searchText() !== ""

  const pager = createCursorPager<ClaimSummary>(
    async (cursor) => {
      const answer = await client.GET("/api/v1/claims", {
        params: {
          query: {
            limit: String(PAGE_SIZE),
            ...(statusFilter() === undefined ? {} : { status: statusFilter()! }),
            ...(searchText() === "" ? {} : { q: searchText() }),
            ...(cursor === undefined ? {} : { before: cursor })
          }
        }
      })
      return { items: answer.claims, nextCursor: answer.nextCursor }
    },
    { key: () => `${statusFilter() ?? ""}|${searchText()}` }
  )

  return (
    <div class="page stack">
      <PageHeading>{t("list.title")}</PageHeading>
      <p class="muted">{t("list.intro")}</p>
      <Show when={mayDraft()}>
        <p class="actions">
          <A class="button" href="/claims/new">
            {t("list.newClaim")}
          </A>
          <A class="button button--secondary" href="/claims/import">
            {importT("openImport")}
          </A>
        </p>
      </Show>
      <form
        class="claim-filters card"
        aria-label={t("list.filters")}
        onSubmit={(event) => {
          event.preventDefault()
          setParams({ q: typed().trim() === "" ? undefined : typed().trim() })
        }}
      >
        <div class="field">
          <label for="claims-status">{t("list.status")}</label>
          <select
            id="claims-status"
            value={statusFilter() ?? ""}
            onChange={(event) => setParams({ status: event.currentTarget.value || undefined })}
          >
            <option value="">{t("list.allStatuses")}</option>
            <For each={CLAIM_STATUSES}>{(code) => <option value={code}>{status(code)}</option>}</For>
          </select>
        </div>
        <div class="field">
          <label for="claims-search">{t("list.search")}</label>
          <input
            id="claims-search"
            type="search"
            value={typed()}
            maxLength={200}
            onInput={(event) => setTyped(event.currentTarget.value)}
          />
        </div>
        <div class="actions">
          <button type="submit" class="button">
            {t("list.searchButton")}
          </button>
          <Show when={filtered()}>
            <button
              type="button"
              class="button button--secondary"
              onClick={() => {
                setTyped("")
                setParams({ q: undefined, status: undefined })
              }}
            >
              {t("list.clear")}
            </button>
          </Show>
        </div>
      </form>
      <ClaimsExportLink status={statusFilter()} q={searchText()} />
      <AsyncView
        resource={pager.page}
        retry={pager.reload}
        isEmpty={(page) => page.items.length === 0 && !pager.hasPrevious()}
        empty={
          filtered() ? (
            <EmptyState title={t("list.noMatch")} hint={t("list.noMatchBody")} />
          ) : (
            <EmptyState
              title={t("list.empty")}
              action={
                mayDraft() ? (
                  <A class="button" href="/claims/new">
                    {t("list.newClaim")}
                  </A>
                ) : undefined
              }
            >
              <p>{mayDraft() ? t("list.emptyBody") : t("list.emptyBodyViewer")}</p>
            </EmptyState>
          )
        }
      >
        {(page) => (
          <div class="stack">
            <DataTable
              caption={t("list.caption")}
              rows={page.items}
              columns={[
                {
                  header: t("list.columns.name"),
                  cell: (claim) => <A href={`/claims/${claim.id}`}>{claim.name}</A>
                },
                {
                  header: t("list.columns.status"),
                  cell: (claim) => (
                    <StatusTag tone={statusTone(claim.status)}>{status(claim.status)}</StatusTag>
                  )
                },
                {
                  header: t("list.columns.partnerId"),
                  cell: (claim) => <span class="mono">{claim.partnerId}</span>
                },
                {
                  header: t("list.columns.customer"),
                  cell: (claim) => (
                    <span class="wrap-anywhere">
                      {claim.customerDomain} <span class="mono muted">{claim.tenantId}</span>
                    </span>
                  )
                },
                { header: t("list.columns.role"), cell: (claim) => role(claim.partnerRole) },
                {
                  header: t("list.columns.due"),
                  cell: (claim) => {
                    const due =
                      claim.status === "partner_action_required" && claim.deadlines.partnerResponseBy !== null
                        ? ([t("detail.partnerResponseBy"), claim.deadlines.partnerResponseBy] as const)
                        : claim.actions.includes("dispute") && claim.deadlines.disputeBy !== null
                          ? ([t("detail.disputeBy"), claim.deadlines.disputeBy] as const)
                          : undefined
                    return due === undefined ? (
                      <span class="muted">—</span>
                    ) : (
                      <span>
                        {due[0]} <time datetime={due[1]}>{formatDateTime(shared.locale(), due[1])}</time>
                      </span>
                    )
                  }
                },
                {
                  header: t("list.columns.updated"),
                  cell: (claim) => (
                    <time datetime={claim.updatedAt}>{formatDateTime(shared.locale(), claim.updatedAt)}</time>
                  )
                }
              ]}
            />
            <PagerControls pager={pager} />
          </div>
        )}
      </AsyncView>
    </div>
  )
}
