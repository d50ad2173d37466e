import { createResource, createSignal, type JSX, onCleanup, Show } from "solid-js"
import { ConfirmDialog } from "../components/ConfirmDialog.tsx"
import { DataTable } from "../components/DataTable.tsx"
import { Section } from "../components/Section.tsx"
import { StatusTag } from "../components/StatusTag.tsx"
import { showToast } from "../components/Toasts.tsx"
import { AsyncView } from "../data/AsyncView.tsx"
import { useCurrentUser, useSession } from "../session.tsx"
import { deliveryTone, prettyJson, type WebhookDeliveryDetail } from "./model.ts"
import { useWebhookOptions, webhookPaths } from "./options.ts"
import { useWebhookText } from "./text.ts"

/**
 * One delivery: its event, status and ID (the webhook-id header), the JSON body as sent, and every attempt
 * with status code, duration, response excerpt and error; "Redeliver" after a confirmation.
 */
export function DeliveryPage(): JSX.Element {
  const options = useWebhookOptions()
  const { t } = useWebhookText()
  const params = options.router.useParams()
  const { A } = options.router
  return (
    <options.Frame title={t("delivery.title")}>
      <p>
        <A href={webhookPaths(options.basePath).endpoint(params.id ?? "")}>{t("delivery.back")}</A>
      </p>
      <DeliveryLoader />
    </options.Frame>
  )
}

function DeliveryLoader(): JSX.Element {
  const options = useWebhookOptions()
  const params = options.router.useParams()
  const { client } = useSession()
  const [delivery, { refetch }] = createResource(
    () => params.deliveryId,
    (id) => client.GET("/api/v1/webhooks/deliveries/{id}", { params: { path: { id } } })
  )
  // A delivery on its way: ask again until it has an answer.
  const timer = setInterval(() => {
    if (delivery.latest?.status === "pending" && !delivery.loading) void refetch()
  }, 2000)
  onCleanup(() => clearInterval(timer))
  return (
    <AsyncView resource={delivery} retry={refetch}>
      {(d) => <DeliveryView delivery={d} reload={() => void refetch()} />}
    </AsyncView>
  )
}

function DeliveryView(props: {
  readonly delivery: WebhookDeliveryDetail
  readonly reload: () => void
}): JSX.Element {
  const options = useWebhookOptions()
  const { t, time, preciseTime, eventLabel } = useWebhookText()
  const me = useCurrentUser()
  const { client } = useSession()
  const [confirming, setConfirming] = createSignal(false)
  const d = () => props.delivery
  return (
    <>
      <section class="card stack" aria-labelledby="webhook-delivery-event">
        <div class="webhook-tight">
          <h2 id="webhook-delivery-event">{eventLabel(d().eventType)}</h2>
          <div>
            <StatusTag tone={deliveryTone(d().status)}>{t(`deliveryStatus.${d().status}`)}</StatusTag>
          </div>
        </div>
        <dl class="facts">
          <div>
            <dt>{t("delivery.id")}</dt>
            <dd class="mono webhook-wrap">{d().id}</dd>
          </div>
          <div>
            <dt>{t("delivery.attempts")}</dt>
            <dd>{d().attempts}</dd>
          </div>
          <div>
            <dt>{t("delivery.createdAt")}</dt>
            <dd>{time(d().createdAt)}</dd>
          </div>
          <Show when={d().nextAttemptAt}>
            {(at) => (
              <div>
                <dt>{t("delivery.nextAttemptAt")}</dt>
                <dd>{time(at())}</dd>
              </div>
            )}
          </Show>
        </dl>
        <Show when={options.canManage(me())}>
          <div class="actions">
            <button type="button" class="button" onClick={() => setConfirming(true)}>
              {t("delivery.redeliver")}
            </button>
          </div>
        </Show>
      </section>
      <Section headingId="webhook-payload" class="stack" title={t("delivery.payload")}>
        {/* Scrolls by itself (keyboard too: focusable), so a wide payload never widens the page. */}
        <section class="webhook-payload" tabindex="0" aria-label={t("delivery.payloadLabel")}>
          <pre>
            <code>{prettyJson(d().payload)}</code>
          </pre>
        </section>
      </Section>
      <Section headingId="webhook-attempts" class="stack" title={t("delivery.attemptLog")}>
        <Show when={d().attemptLog.length > 0} fallback={<p class="muted">{t("delivery.noAttempts")}</p>}>
          <DataTable
            caption={t("delivery.attemptCaption")}
            rows={d().attemptLog}
            columns={[
              { header: t("delivery.at"), cell: (a) => preciseTime(a.at) },
              {
                header: t("delivery.statusCode"),
                numeric: true,
                cell: (a) => (a.statusCode === null ? t("delivery.noResponse") : String(a.statusCode))
              },
              {
                header: t("delivery.duration"),
                numeric: true,
                cell: (a) => t("delivery.durationValue", { ms: String(a.durationMs) })
              },
              {
                header: t("delivery.response"),
                cell: (a) =>
                  a.responseExcerpt === null ? "" : <code class="webhook-wrap">{a.responseExcerpt}</code>
              },
              { header: t("delivery.error"), cell: (a) => a.error ?? "" }
            ]}
          />
        </Show>
      </Section>
      <ConfirmDialog
        open={confirming()}
        onOpenChange={setConfirming}
        title={t("delivery.redeliverTitle")}
        description={<p>{t("delivery.redeliverBody")}</p>}
        confirmLabel={t("delivery.redeliver")}
        onConfirm={async () => {
          await client.POST("/api/v1/webhooks/deliveries/{id}/redeliver", {
            params: { path: { id: d().id } }
          })
          showToast("success", t("delivery.redelivered"), t("delivery.redeliveredBody"))
          props.reload()
        }}
      />
    </>
  )
}
