import { ApiError, type ResponseOf } from "@openpor/api-client"
import {
  AsyncView,
  DataTable,
  EmptyState,
  formatDate,
  PageHeading,
  Section,
  useSession,
  useShared
} from "@openpor/ui"
import { A, useParams } from "@solidjs/router"
import { createMemo, createResource, createSignal, createUniqueId, type JSX, Show } from "solid-js"
import "../claims.css"
import "./usage.css"
import { ClaimTabs } from "./ClaimTabs.tsx"
import { formatMonth, type UsagePoint } from "./chart.ts"
import { useUsageT } from "./i18n.ts"
import { UsageChart } from "./UsageChart.tsx"

type ClaimUsage = ResponseOf<"getClaimUsage">
type Series = ClaimUsage["series"][number]

/**
 * A claim's Usage tab (SPEC §5 usage insights): the customer's monthly usage of each workload or
 * subscription of the official association, as a bar chart and as a table. Before the association is
 * official and after it ended the API answers 404: the page then says when usage is shown.
 */
export function ClaimUsagePage(): JSX.Element {
  const t = useUsageT()
  const { client } = useSession()
  const params = useParams<{ id: string }>()
  const [claim] = createResource(
    () => params.id,
    (id) => client.GET("/api/v1/claims/{id}", { params: { path: { id } } })
  )
  const [usage, { refetch }] = createResource(
    () => params.id,
    (id) =>
      client.GET("/api/v1/claims/{id}/usage", { params: { path: { id } } }).catch((e: unknown): null => {
        // Not official (yet, or any more): a state of the claim, not a failure.
        if (e instanceof ApiError && e.status === 404) return null
        throw e
      })
  )
  return (
    <div class="page stack">
      <p>
        <A href={`/claims/${params.id}`}>{t("backToClaim")}</A>
      </p>
      <PageHeading>{claim()?.name ?? t("title")}</PageHeading>
      <ClaimTabs claimId={params.id} current="usage" official={claim()?.official === true} />
      <Section headingId="claim-usage" title={t("title")} class="stack">
        <AsyncView
          resource={usage}
          retry={refetch}
          loadingText={t("loading")}
          errorIntro={t("loadFailed")}
          isEmpty={(u) => u === null}
          empty={<EmptyState title={t("unavailableTitle")} hint={t("unavailableHint")} />}
        >
          {(u) => <UsageView usage={u!} />}
        </AsyncView>
      </Section>
    </div>
  )
}

function UsageView(props: { readonly usage: ClaimUsage }): JSX.Element {
  const t = useUsageT()
  const { locale } = useShared()
  const { client } = useSession()
  const [catalog] = createResource(() => client.GET("/api/v1/catalog"))
  const selectId = createUniqueId()
  const [chosen, setChosen] = createSignal(0)
  const label = (s: Series) =>
    s.workload !== null
      ? (catalog()?.workloads.find((w) => w.code === s.workload)?.name ?? s.workload)
      : `${s.product ?? ""} (${s.subscriptionId})`.trim()
  const series = createMemo(() => props.usage.series[Math.min(chosen(), props.usage.series.length - 1)])
  const number = (n: number) => new Intl.NumberFormat(locale()).format(n)
  const percent = (p: UsagePoint) =>
    p.licensedSeats === 0
      ? "–"
      : new Intl.NumberFormat(locale(), { style: "percent", maximumFractionDigits: 0 }).format(
          p.activeUsers / p.licensedSeats
        )
  return (
    <div class="stack">
      <p>{t("intro", { since: formatDate(locale(), props.usage.officialSince) })}</p>
      <Show when={props.usage.series.length > 1}>
        <div class="field">
          <label for={selectId}>{t("target")}</label>
          <select id={selectId} value={chosen()} onChange={(e) => setChosen(Number(e.currentTarget.value))}>
            {props.usage.series.map((s, i) => (
              <option value={i}>{label(s)}</option>
            ))}
          </select>
        </div>
      </Show>
      <Show
        when={series() !== undefined && series()!.months.length > 0}
        fallback={<EmptyState title={t("emptyTitle")} hint={t("emptyHint")} />}
      >
        <UsageChart target={label(series()!)} points={series()!.months} />
        <DataTable
          caption={t("tableCaption", { target: label(series()!) })}
          showCaption
          rows={series()!.months}
          columns={[
            { header: t("month"), cell: (p) => formatMonth(locale(), p.month) },
            { header: t("activeUsers"), cell: (p) => number(p.activeUsers), numeric: true },
            { header: t("licensedSeats"), cell: (p) => number(p.licensedSeats), numeric: true },
            { header: t("share"), cell: (p) => percent(p), numeric: true }
          ]}
        />
      </Show>
    </div>
  )
}
