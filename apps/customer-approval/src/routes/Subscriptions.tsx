import {
  type ApiForm,
  AsyncView,
  type Column,
  ConfirmDialog,
  createApiForm,
  DataTable,
  dialogFor,
  EmptyState,
  FormDialog,
  formatDate,
  HomePage,
  StatusTag,
  showToast,
  TextField,
  useCurrentUser,
  useSession,
  useShared
} from "@openpor/ui"
import { createResource, createSignal, type JSX, Show } from "solid-js"
import { useMessages, useT } from "../i18n/index.ts"
import { labelOf, type TenantSubscription } from "../lib/requests.ts"

/** The tenant's subscriptions with their Digital Partner of Record: add, replace, remove (SPEC §4). */
export function Subscriptions(): JSX.Element {
  return (
    <HomePage accountKind="customer" title={useT()("subscriptions.title")}>
      <SubscriptionList />
    </HomePage>
  )
}

function SubscriptionList(): JSX.Element {
  const t = useT()
  const labels = useMessages()
  const { locale } = useShared()
  const { client } = useSession()
  const me = useCurrentUser()
  const [subscriptions, { refetch, mutate }] = createResource(() =>
    client.GET("/api/v1/customer/subscriptions").then((answer) => answer.subscriptions)
  )
  const [editing, setEditing] = createSignal<TenantSubscription>()
  const [removing, setRemoving] = createSignal<TenantSubscription>()

  /** Shows the API's answer for one subscription at once. */
  const replace = (updated: TenantSubscription) =>
    mutate((list) => list?.map((item) => (item.id === updated.id ? updated : item)))

  const form: ApiForm<{ partnerId: string }> = createApiForm({
    initial: { partnerId: "" },
    required: ["partnerId"],
    submit: ({ partnerId }) =>
      client.PUT("/api/v1/customer/subscriptions/{subscriptionId}/partner-of-record", {
        params: { path: { subscriptionId: editing()!.id } },
        body: { partnerId: partnerId.trim() }
      }),
    translate: (problem, field): string | undefined => {
      const partnerId = form.value("partnerId").trim()
      if (problem.code === "unknown_partner_id") return t("subscriptions.unknownPartnerId", { partnerId })
      if (field === "partnerId" && problem.code === "invalid_request")
        return t("subscriptions.partnerIdFormat")
      return undefined
    },
    onSuccess: (updated) => {
      replace(updated)
      setEditing(undefined)
      showToast(
        "success",
        t("subscriptions.saved", {
          partner: updated.partnerOfRecord?.name ?? "",
          product: updated.product
        })
      )
    }
  })

  const openEditor = (subscription: TenantSubscription) => {
    form.reset({ partnerId: "" })
    setEditing(subscription)
  }
  const remove = async () => {
    const subscription = removing()!
    const updated = await client.DELETE("/api/v1/customer/subscriptions/{subscriptionId}/partner-of-record", {
      params: { path: { subscriptionId: subscription.id } }
    })
    replace(updated)
    showToast("success", t("subscriptions.removed", { product: subscription.product }))
  }

  const partnerName = (subscription: TenantSubscription | undefined) =>
    subscription?.partnerOfRecord === null || subscription === undefined
      ? ""
      : `${subscription.partnerOfRecord.name} (${subscription.partnerOfRecord.partnerId})`

  const columns = (): Column<TenantSubscription>[] => [
    {
      header: t("subscriptions.product"),
      cell: (s) => (
        <>
          <strong>{s.product}</strong>
          <br />
          <span class="muted">{labelOf(labels().solutionAreas, s.solutionArea)}</span>
        </>
      )
    },
    { header: t("subscriptions.id"), cell: (s) => <span class="mono">{s.id}</span> },
    { header: t("subscriptions.channel"), cell: (s) => labelOf(labels().channels, s.channel) },
    {
      header: t("subscriptions.state"),
      cell: (s) => (
        <StatusTag tone={s.state === "active" ? "success" : s.state === "expired" ? "neutral" : "warning"}>
          {labelOf(labels().states, s.state)}
        </StatusTag>
      )
    },
    {
      header: t("subscriptions.partnerOfRecord"),
      cell: (s) => (
        <Show when={s.partnerOfRecord} fallback={<span class="muted">{t("subscriptions.none")}</span>}>
          {(dpor) => (
            <>
              <strong>{dpor().name}</strong> <span class="mono">{dpor().partnerId}</span>
              <br />
              <span class="muted">
                {t("subscriptions.since", { date: formatDate(locale(), dpor().addedAt) })}
              </span>
            </>
          )}
        </Show>
      )
    },
    {
      header: t("subscriptions.actions"),
      cell: (s) => (
        <div class="actions">
          <button
            type="button"
            class="button button--secondary button--small"
            aria-label={`${s.partnerOfRecord === null ? t("subscriptions.add") : t("subscriptions.change")}: ${s.product} (${s.id})`}
            onClick={() => openEditor(s)}
          >
            {s.partnerOfRecord === null ? t("subscriptions.add") : t("subscriptions.change")}
          </button>
          <Show when={s.partnerOfRecord !== null}>
            <button
              type="button"
              class="button button--danger button--small"
              aria-label={`${t("subscriptions.remove")}: ${s.product} (${s.id})`}
              onClick={() => setRemoving(s)}
            >
              {t("subscriptions.remove")}
            </button>
          </Show>
        </div>
      )
    }
  ]

  return (
    <>
      <p class="lead">{t("subscriptions.intro")}</p>
      <AsyncView
        resource={subscriptions}
        retry={refetch}
        isEmpty={(list) => list.length === 0}
        empty={<EmptyState title={t("subscriptions.empty")}>{t("subscriptions.emptyBody")}</EmptyState>}
      >
        {(list) => (
          <DataTable
            caption={t("subscriptions.caption", { tenant: me().tenant?.name ?? "" })}
            columns={columns()}
            rows={list}
          />
        )}
      </AsyncView>
      <FormDialog
        {...dialogFor(editing, setEditing)}
        title={
          editing()?.partnerOfRecord === null
            ? t("subscriptions.dialogAdd", { product: editing()?.product ?? "" })
            : t("subscriptions.dialogChange", { product: editing()?.product ?? "" })
        }
        description={
          <>
            <p>{t("subscriptions.dialogBody")}</p>
            <Show when={editing()?.partnerOfRecord !== null && editing() !== undefined}>
              <p>{t("subscriptions.dialogReplaces", { partner: partnerName(editing()) })}</p>
            </Show>
          </>
        }
        form={form}
        submitLabel={t("subscriptions.save")}
        pendingLabel={t("subscriptions.saving")}
      >
        <TextField
          form={form}
          name="partnerId"
          label={t("subscriptions.partnerIdLabel")}
          hint={t("subscriptions.partnerIdHint")}
          inputmode="numeric"
          autocomplete="off"
          maxLength={20}
          spellcheck={false}
        />
      </FormDialog>
      <ConfirmDialog
        {...dialogFor(removing, setRemoving)}
        title={t("subscriptions.removeTitle", {
          partner: partnerName(removing()),
          product: removing()?.product ?? ""
        })}
        description={<p>{t("subscriptions.removeBody", { partner: partnerName(removing()) })}</p>}
        confirmLabel={t("subscriptions.remove")}
        confirmingLabel={t("subscriptions.removing")}
        tone="danger"
        onConfirm={remove}
      />
    </>
  )
}
