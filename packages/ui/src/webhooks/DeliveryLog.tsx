import { createSignal, createUniqueId, type JSX, onCleanup, Show } from "solid-js"
import { DataTable } from "../components/DataTable.tsx"
import { EmptyState } from "../components/EmptyState.tsx"
import { Section } from "../components/Section.tsx"
import { StatusTag } from "../components/StatusTag.tsx"
import { createCursorPager, PagedView } from "../data/pager.tsx"
import { useSession } from "../session.tsx"
import { DELIVERY_STATUSES, type DeliveryStatus, deliveryTone, type WebhookEndpoint } from "./model.ts"
import { useWebhookOptions, webhookPaths } from "./options.ts"
import { useWebhookText } from "./text.ts"

/** Deliveries per page (the API's default is larger; a shorter page reads better). */
const PAGE_SIZE = 20

/** How often a page of deliveries with pending ones is asked again, so results appear without reloading. */
const PENDING_REFRESH_MS = 2000

/**
 * An endpoint's deliveries, newest first: event, status, attempts, last status code and time, filtered by
 * status and paged with the API's cursor; each opens the delivery with its payload and attempts.
 */
export function DeliveryLog(props: {
  readonly endpoint: WebhookEndpoint
  /** Changes when a delivery was added here (e.g. a test event sent): back to the first page. */
  readonly refresh: number
}): JSX.Element {
  const options = useWebhookOptions()
  const { t, preciseTime: time, eventLabel } = useWebhookText()
  const { client } = useSession()
  const id = createUniqueId()
  const [status, setStatus] = createSignal<DeliveryStatus | "">("")
  const paths = webhookPaths(options.basePath)
  const { A } = options.router
  const pager = createCursorPager(
    (cursor) =>
      client.GET("/api/v1/webhooks/endpoints/{id}/deliveries", {
        params: {
          path: { id: props.endpoint.id },
          query: {
            limit: String(PAGE_SIZE),
            ...(status() === "" ? {} : { status: status() as DeliveryStatus }),
            ...(cursor === undefined ? {} : { cursor })
          }
        }
      }),
    { key: () => `${props.endpoint.id}:${status()}:${props.refresh}` }
  )
  const timer = setInterval(() => {
    const page = pager.page.latest
    if (page !== undefined && !pager.page.loading && page.items.some((d) => d.status === "pending"))
      pager.reload()
  }, PENDING_REFRESH_MS)
  onCleanup(() => clearInterval(timer))
  return (
    <Section headingId={`${id}-deliveries`} class="stack" title={t("deliveries.heading")}>
      <div class="toolbar">
        <div class="field webhook-filter">
          <label for={`${id}-status`}>{t("deliveries.filter")}</label>
          <select
            id={`${id}-status`}
            value={status()}
            onChange={(event) => setStatus(event.currentTarget.value as DeliveryStatus | "")}
          >
            <option value="">{t("deliveries.all")}</option>
            {DELIVERY_STATUSES.map((each) => (
              <option value={each}>{t(`deliveryStatus.${each}`)}</option>
            ))}
          </select>
        </div>
        <button type="button" class="button button--secondary" onClick={() => pager.reload()}>
          {t("deliveries.refresh")}
        </button>
      </div>
      <PagedView
        pager={pager}
        label={t("deliveries.pages")}
        empty={
          <Show when={status() === ""} fallback={<EmptyState title={t("deliveries.emptyFiltered")} />}>
            <EmptyState title={t("deliveries.empty")} hint={t("deliveries.emptyBody")} />
          </Show>
        }
      >
        {(page) => (
          <DataTable
            caption={t("deliveries.caption")}
            rows={page.items}
            columns={[
              { header: t("deliveries.event"), cell: (d) => eventLabel(d.eventType) },
              {
                header: t("deliveries.status"),
                cell: (d) => (
                  <StatusTag tone={deliveryTone(d.status)}>{t(`deliveryStatus.${d.status}`)}</StatusTag>
                )
              },
              { header: t("deliveries.attempts"), numeric: true, cell: (d) => String(d.attempts) },
              {
                header: t("deliveries.lastStatusCode"),
                numeric: true,
                cell: (d) => (d.lastStatusCode === null ? t("deliveries.none") : String(d.lastStatusCode))
              },
              { header: t("deliveries.time"), cell: (d) => time(d.createdAt) },
              {
                header: t("deliveries.open"),
                cell: (d) => (
                  <A
                    href={paths.delivery(props.endpoint.id, d.id)}
                    aria-label={t("deliveries.openLabel", {
                      event: eventLabel(d.eventType),
                      time: time(d.createdAt)
                    })}
                  >
                    {t("deliveries.open")}
                  </A>
                )
              }
            ]}
          />
        )}
      </PagedView>
    </Section>
  )
}
