import {
  AsyncView,
  DataTable,
  EmptyState,
  Notice,
  PageHeading,
  Section,
  StatusTag,
  showToast,
  useCurrentUser,
  useSession
} from "@openpor/ui"
import { A, useNavigate, useSearchParams } from "@solidjs/router"
import { createResource, createSignal, For, type JSX, Show } from "solid-js"
import { adminLocations } from "../../lib/access.ts"
import { type BankProfile, loadPayout, type PayoutData, stateTone, type TaxProfile } from "./api.ts"
import { BankProfileForm } from "./BankProfileForm.tsx"
import { useT } from "./i18n.ts"
import { TaxProfileForm } from "./TaxProfileForm.tsx"

type Editing = { readonly kind: "bank" | "tax"; readonly id: string | null } | null

/** Only in-app paths (as the sign-in page's `next`), so a crafted link cannot send the user elsewhere. */
const safeReturn = (value: unknown): string | undefined =>
  typeof value === "string" && value.startsWith("/") && !value.startsWith("//") && !value.includes("\\")
    ? value
    : undefined

/**
 * Bank and tax profiles of the organization (Incentives admins): list with validation state and the
 * vendor's return reason, add, edit (the IBAN masked once saved), default per location and currency.
 * No delete: the API refuses it. Opened from an enrollment (`?add=bank&location=…&returnTo=…`), the new
 * profile's form is open and saving leads back to the enrollment.
 */
export function PayoutPage(): JSX.Element {
  const t = useT()
  const { client } = useSession()
  const me = useCurrentUser()
  const navigate = useNavigate()
  const [search] = useSearchParams()
  const locations = () => adminLocations(me())
  const returnTo = () => safeReturn(search.returnTo)
  const askedLocation = () => {
    const id = typeof search.location === "string" ? search.location : undefined
    return locations().some((location) => location.id === id) ? id : undefined
  }
  const [data, { refetch }] = createResource(() =>
    loadPayout(
      client,
      locations().map((l) => l.id)
    )
  )
  const [editing, setEditing] = createSignal<Editing>(
    search.add === "bank" || search.add === "tax" ? { kind: search.add, id: null } : null
  )

  const done = async (kind: "bank" | "tax") => {
    setEditing(null)
    showToast("success", t(`${kind}.saved`), t(`${kind}.savedBody`))
    const back = returnTo()
    if (back !== undefined) navigate(back)
    else await refetch()
  }

  const defaultsOf = (value: PayoutData, kind: "bank" | "tax", id: string): string[] =>
    locations().flatMap((location) => {
      const defaults = value.defaults.get(location.id)
      if (defaults === undefined) return []
      if (kind === "tax") return defaults.taxProfileId === id ? [location.name] : []
      const bank = defaults.bankProfiles.find((d) => d.bankProfileId === id)
      return bank === undefined ? [] : [`${location.name} (${bank.currency})`]
    })

  const StateCell = (props: { readonly state: string; readonly reason: string | null }) => (
    <div class="stack stack--tight">
      <span>
        <StatusTag tone={stateTone(props.state)}>
          {t(`states.${props.state}` as "states.approved") ?? props.state}
        </StatusTag>
      </span>
      <Show when={props.state === "action_required" && props.reason !== null}>
        <span>
          {t("returnedReason")} <span lang="en">{props.reason}</span>
        </span>
      </Show>
    </div>
  )
  const DefaultCell = (props: { readonly names: readonly string[] }) => (
    <Show when={props.names.length > 0} fallback={<span class="muted">{t("notDefault")}</span>}>
      {t("defaultFor", { locations: props.names.join(", ") })}
    </Show>
  )
  const EditButton = (props: {
    readonly kind: "bank" | "tax"
    readonly id: string
    readonly name: string
  }) => (
    <button
      type="button"
      class="button button--secondary button--small"
      aria-label={`${t("edit")}: ${props.name}`}
      onClick={() => setEditing({ kind: props.kind, id: props.id })}
    >
      {t("edit")}
    </button>
  )

  return (
    <div class="page">
      <PageHeading>{t("title")}</PageHeading>
      <p class="muted">{t("intro")}</p>
      <Show when={returnTo()}>
        {(back) => (
          <p>
            <A href={back()}>{t("backToEnrollment")}</A>
          </p>
        )}
      </Show>
      <Show
        when={locations().length > 0}
        fallback={
          <Notice tone="info">
            <p>{t("notAdmin")}</p>
          </Notice>
        }
      >
        <AsyncView resource={data} retry={refetch}>
          {(value) => (
            <>
              <Section headingId="bank-heading" class="stack" title={t("bank.heading")}>
                <Show
                  when={value.bank.length > 0}
                  fallback={<EmptyState title={t("bank.empty")}>{t("bank.emptyBody")}</EmptyState>}
                >
                  <DataTable
                    caption={t("bank.caption")}
                    rows={value.bank}
                    columns={[
                      {
                        header: t("bank.columns.profile"),
                        cell: (p: BankProfile) => (
                          <div class="stack stack--tight">
                            <strong>{p.label}</strong>
                            <span>{p.accountHolder}</span>
                          </div>
                        )
                      },
                      {
                        header: t("bank.columns.account"),
                        cell: (p: BankProfile) => (
                          <div class="stack stack--tight">
                            <span class="mono">{p.ibanMasked}</span>
                            <span>
                              {p.bankName} · <span class="mono">{p.bic}</span> · {p.country} · {p.currency}
                            </span>
                          </div>
                        )
                      },
                      {
                        header: t("bank.columns.state"),
                        cell: (p: BankProfile) => <StateCell state={p.state} reason={p.stateReason} />
                      },
                      {
                        header: t("bank.columns.defaults"),
                        cell: (p: BankProfile) => <DefaultCell names={defaultsOf(value, "bank", p.id)} />
                      },
                      {
                        header: t("edit"),
                        cell: (p: BankProfile) => <EditButton kind="bank" id={p.id} name={p.label} />
                      }
                    ]}
                  />
                </Show>
                <Show
                  when={editing()?.kind === "bank"}
                  fallback={
                    <div class="actions">
                      <button
                        type="button"
                        class="button"
                        onClick={() => setEditing({ kind: "bank", id: null })}
                      >
                        {t("bank.add")}
                      </button>
                    </div>
                  }
                >
                  <For each={[editing()!.id]}>
                    {(id) => (
                      <BankProfileForm
                        profile={value.bank.find((p) => p.id === id)}
                        locations={locations()}
                        defaultLocationId={id === null ? askedLocation() : undefined}
                        onDone={() => void done("bank")}
                        onCancel={() => setEditing(null)}
                      />
                    )}
                  </For>
                </Show>
              </Section>

              <Section headingId="tax-heading" class="stack" title={t("tax.heading")}>
                <Show
                  when={value.tax.length > 0}
                  fallback={<EmptyState title={t("tax.empty")}>{t("tax.emptyBody")}</EmptyState>}
                >
                  <DataTable
                    caption={t("tax.caption")}
                    rows={value.tax}
                    columns={[
                      {
                        header: t("tax.columns.profile"),
                        cell: (p: TaxProfile) => (
                          <div class="stack stack--tight">
                            <strong>{p.legalName}</strong>
                            <span>{p.address}</span>
                          </div>
                        )
                      },
                      {
                        header: t("tax.columns.taxId"),
                        cell: (p: TaxProfile) => (
                          <span>
                            <span class="mono">{p.taxId}</span> · {p.country}
                          </span>
                        )
                      },
                      {
                        header: t("tax.columns.state"),
                        cell: (p: TaxProfile) => <StateCell state={p.state} reason={p.stateReason} />
                      },
                      {
                        header: t("tax.columns.defaults"),
                        cell: (p: TaxProfile) => <DefaultCell names={defaultsOf(value, "tax", p.id)} />
                      },
                      {
                        header: t("edit"),
                        cell: (p: TaxProfile) => <EditButton kind="tax" id={p.id} name={p.legalName} />
                      }
                    ]}
                  />
                </Show>
                <Show
                  when={editing()?.kind === "tax"}
                  fallback={
                    <div class="actions">
                      <button
                        type="button"
                        class="button"
                        onClick={() => setEditing({ kind: "tax", id: null })}
                      >
                        {t("tax.add")}
                      </button>
                    </div>
                  }
                >
                  <For each={[editing()!.id]}>
                    {(id) => (
                      <TaxProfileForm
                        profile={value.tax.find((p) => p.id === id)}
                        locations={locations()}
                        defaultLocationId={id === null ? askedLocation() : undefined}
                        onDone={() => void done("tax")}
                        onCancel={() => setEditing(null)}
                      />
                    )}
                  </For>
                </Show>
              </Section>
              <p class="muted">{t("noDelete")}</p>
            </>
          )}
        </AsyncView>
      </Show>
    </div>
  )
}
