import { AsyncView, Notice, PageHeading, showToast, useCurrentUser, useSession } from "@openpor/ui"
import { A, useNavigate, useSearchParams } from "@solidjs/router"
import { createResource, createSignal, type JSX, Show } from "solid-js"
import { adminLocations } from "../../lib/access.ts"
import { loadPayout, type PayoutData } from "./api.ts"
import { BankProfileForm } from "./BankProfileForm.tsx"
import { useT } from "./i18n.ts"
import type { ProfileKind } from "./ProfileForm.tsx"
import { ProfileSection, type ProfileSectionState } from "./ProfileSection.tsx"
import { TaxProfileForm } from "./TaxProfileForm.tsx"

type Editing = { readonly kind: ProfileKind; readonly id: string | null } | null

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

  const done = async (kind: ProfileKind) => {
    setEditing(null)
    showToast("success", t(`${kind}.saved`), t(`${kind}.savedBody`))
    const back = returnTo()
    if (back !== undefined) navigate(back)
    else await refetch()
  }

  const defaultsOf = (value: PayoutData, kind: ProfileKind, id: string): string[] =>
    locations().flatMap((location) => {
      const defaults = value.defaults.get(location.id)
      if (defaults === undefined) return []
      if (kind === "tax") return defaults.taxProfileId === id ? [location.name] : []
      const bank = defaults.bankProfiles.find((d) => d.bankProfileId === id)
      return bank === undefined ? [] : [`${location.name} (${bank.currency})`]
    })

  /** What a section takes from the page; getters, so the section follows the page's state. */
  const sectionState = (value: PayoutData, kind: ProfileKind): ProfileSectionState => ({
    get editing() {
      const e = editing()
      return e?.kind === kind ? e.id : undefined
    },
    edit: (id) => setEditing({ kind, id }),
    close: () => setEditing(null),
    saved: () => void done(kind),
    defaultsOf: (id) => defaultsOf(value, kind, id),
    get locations() {
      return locations()
    },
    get askedLocation() {
      return askedLocation()
    }
  })

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
              <ProfileSection
                kind="bank"
                rows={value.bank}
                name={(p) => p.label}
                detail={(p) => p.accountHolder}
                columns={[
                  {
                    header: t("bank.columns.account"),
                    cell: (p) => (
                      <div class="stack stack--tight">
                        <span class="mono">{p.ibanMasked}</span>
                        <span>
                          {p.bankName} · <span class="mono">{p.bic}</span> · {p.country} · {p.currency}
                        </span>
                      </div>
                    )
                  }
                ]}
                form={BankProfileForm}
                state={sectionState(value, "bank")}
              />
              <ProfileSection
                kind="tax"
                rows={value.tax}
                name={(p) => p.legalName}
                detail={(p) => p.address}
                columns={[
                  {
                    header: t("tax.columns.taxId"),
                    cell: (p) => (
                      <span>
                        <span class="mono">{p.taxId}</span> · {p.country}
                      </span>
                    )
                  }
                ]}
                form={TaxProfileForm}
                state={sectionState(value, "tax")}
              />
              <p class="muted">{t("noDelete")}</p>
            </>
          )}
        </AsyncView>
      </Show>
    </div>
  )
}
