import { ApiError, type ResponseOf } from "@openpor/api-client"
import {
  AsyncView,
  ConfirmDialog,
  DataTable,
  dialogFor,
  EmptyState,
  formatDate,
  formatDateTime,
  PageHeading,
  showToast,
  useCurrentUser,
  useLocale,
  useSession
} from "@openpor/ui"
import { A } from "@solidjs/router"
import { createResource, createSignal, type JSX, Show } from "solid-js"
import { isIncentivesAdmin } from "../../lib/access.ts"
import { useT } from "./i18n.ts"

type DporSubscription = ResponseOf<"listDporSubscriptions">["subscriptions"][number]

/**
 * The subscriptions where one of the organization's locations is the Digital Partner of Record (SPEC §4),
 * since when, and the DPOR's proof of execution (`POST /por-poe`) for the location's Incentives admins.
 */
export function DporPage(): JSX.Element {
  const t = useT()
  const { locale } = useLocale()
  const { client } = useSession()
  const me = useCurrentUser()
  const [data, { refetch }] = createResource(() =>
    client
      .GET("/api/v1/partner-of-record/subscriptions")
      .then((r) => [...r.subscriptions].sort((a, b) => b.addedAt.localeCompare(a.addedAt)))
  )
  const [confirming, setConfirming] = createSignal<DporSubscription>()
  const locationOf = (partnerId: string) => me().locations.find((l) => l.partnerId === partnerId)
  const canSubmit = (row: DporSubscription) => {
    const location = locationOf(row.partnerId)
    return location !== undefined && isIncentivesAdmin(me(), location.id)
  }
  const attributionLink = (row: DporSubscription) =>
    `/attribution?subscriptionId=${encodeURIComponent(row.subscriptionId)}`

  return (
    <div class="page">
      <PageHeading>{t("title")}</PageHeading>
      <p class="muted">{t("intro")}</p>
      <AsyncView
        resource={data}
        retry={refetch}
        isEmpty={(rows) => rows.length === 0}
        empty={<EmptyState title={t("empty")}>{t("emptyBody")}</EmptyState>}
      >
        {(rows) => (
          <DataTable
            caption={t("caption")}
            rows={rows}
            columns={[
              {
                header: t("columns.subscription"),
                cell: (row) => (
                  <div class="stack stack--tight">
                    <strong>{row.product}</strong>
                    <span class="mono break-anywhere">{row.subscriptionId}</span>
                  </div>
                )
              },
              {
                header: t("columns.customer"),
                cell: (row) => <span class="mono break-anywhere">{row.tenantId}</span>
              },
              {
                header: t("columns.location"),
                cell: (row) => (
                  <span>
                    {locationOf(row.partnerId)?.name ?? ""} <span class="mono">{row.partnerId}</span>
                  </span>
                )
              },
              {
                header: t("columns.since"),
                cell: (row) => <time datetime={row.addedAt}>{formatDateTime(locale(), row.addedAt)}</time>
              },
              {
                header: t("columns.actions"),
                cell: (row) => (
                  <div class="stack stack--tight">
                    <Show when={canSubmit(row)} fallback={<span class="muted">{t("onlyAdmin")}</span>}>
                      <button
                        type="button"
                        class="button button--small"
                        aria-label={t("submitPoeLabel", {
                          product: row.product,
                          subscription: row.subscriptionId
                        })}
                        onClick={() => setConfirming(row)}
                      >
                        {t("submitPoe")}
                      </button>
                    </Show>
                    <A
                      href={attributionLink(row)}
                      aria-label={t("whoEarnsLabel", {
                        product: row.product,
                        subscription: row.subscriptionId
                      })}
                    >
                      {t("whoEarns")}
                    </A>
                  </div>
                )
              }
            ]}
          />
        )}
      </AsyncView>
      <ConfirmDialog
        {...dialogFor(confirming, setConfirming)}
        title={t("confirmTitle", { product: confirming()?.product ?? "" })}
        description={
          <p>
            {t("confirmBody", {
              location: locationOf(confirming()?.partnerId ?? "")?.name ?? "",
              partnerId: confirming()?.partnerId ?? "",
              subscription: confirming()?.subscriptionId ?? ""
            })}
          </p>
        }
        confirmLabel={t("submitPoe")}
        describe={(error) =>
          error instanceof ApiError &&
          (error.code === "not_partner_of_record" ||
            (error.details.violations as { code?: string }[] | undefined)?.some(
              (v) => v.code === "not_partner_of_record"
            ) === true)
            ? t("errors.not_partner_of_record")
            : undefined
        }
        onConfirm={async () => {
          const row = confirming()!
          const result = await client.POST("/api/v1/por-poe", {
            body: { subscriptionId: row.subscriptionId, partnerId: row.partnerId }
          })
          showToast("success", t("submitted"), t("submittedBody", { date: formatDate(locale(), result.at) }))
        }}
      />
    </div>
  )
}
