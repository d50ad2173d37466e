import type { ResponseOf } from "@openpor/api-client"
import {
  AsyncView,
  ConfirmDialog,
  describeError,
  errorText,
  formatDateTime,
  Notice,
  PageHeading,
  StatusTag,
  showToast,
  useCurrentUser,
  useLocale,
  useSession,
  useShared
} from "@openpor/ui"
import { A, useNavigate, useParams } from "@solidjs/router"
import { createResource, createSignal, For, type JSX, Show } from "solid-js"
import { isIncentivesAdmin } from "../../lib/access.ts"
import { type EnrollmentView, stateTone } from "./api.ts"
import { useT } from "./i18n.ts"

type BankProfile = ResponseOf<"listBankProfiles">["bankProfiles"][number]
type TaxProfile = ResponseOf<"listTaxProfiles">["taxProfiles"][number]

interface EnrollData {
  readonly enrollment: EnrollmentView
  readonly bank: readonly BankProfile[]
  readonly tax: readonly TaxProfile[]
  readonly defaultBankIds: ReadonlySet<string>
  readonly defaultTaxId: string | null
}

/**
 * Accepting an invitation (seed 003): the location's default bank profile and its tax profile are
 * preselected; with complete data Submit sends it to validation, otherwise the page says what is missing
 * and leads to the payout and tax data and back here.
 */
export function EnrollPage(): JSX.Element {
  const t = useT()
  const params = useParams<{ id: string }>()
  const { client } = useSession()
  const me = useCurrentUser()
  const [data, { refetch, mutate }] = createResource(
    () => params.id,
    async (id): Promise<EnrollData> => {
      const enrollment = await client.GET("/api/v1/enrollments/{id}", { params: { path: { id } } })
      if (!isIncentivesAdmin(me(), enrollment.location.id))
        return { enrollment, bank: [], tax: [], defaultBankIds: new Set(), defaultTaxId: null }
      const [bank, tax, defaults] = await Promise.all([
        client.GET("/api/v1/bank-profiles"),
        client.GET("/api/v1/tax-profiles"),
        client.GET("/api/v1/locations/{locationId}/payout-defaults", {
          params: { path: { locationId: enrollment.location.id } }
        })
      ])
      return {
        enrollment,
        bank: bank.bankProfiles,
        tax: tax.taxProfiles,
        defaultBankIds: new Set(defaults.bankProfiles.map((d) => d.bankProfileId)),
        defaultTaxId: defaults.taxProfileId
      }
    }
  )
  return (
    <div class="page">
      <AsyncView resource={data} retry={refetch}>
        {(value) => <EnrollForm data={value} onResult={(enrollment) => mutate({ ...value, enrollment })} />}
      </AsyncView>
      <p>
        <A href="/incentives">{t("enroll.back")}</A>
      </p>
    </div>
  )
}

function EnrollForm(props: {
  readonly data: EnrollData
  readonly onResult: (enrollment: EnrollmentView) => void
}): JSX.Element {
  const t = useT()
  const shared = useShared()
  const { locale } = useLocale()
  const { client } = useSession()
  const me = useCurrentUser()
  const navigate = useNavigate()
  const e = () => props.data.enrollment
  const names = () => ({ location: e().location.name, program: e().program.name })
  const returnTo = () => `/incentives/${e().id}`
  const payoutLink = (kind: "bank" | "tax") =>
    `/payout?add=${kind}&location=${encodeURIComponent(e().location.id)}&returnTo=${encodeURIComponent(returnTo())}`

  // Preselect: what the enrollment already uses, else the location's default, else the only profile.
  const initialBank = () => {
    const { bank, defaultBankIds } = props.data
    const current = e().bankProfile?.id
    if (current !== undefined && bank.some((p) => p.id === current)) return current
    const defaults = bank.filter((p) => defaultBankIds.has(p.id))
    if (defaults.length >= 1) return defaults[0]!.id
    return bank.length === 1 ? bank[0]!.id : ""
  }
  const initialTax = () => {
    const { tax, defaultTaxId } = props.data
    const current = e().taxProfile?.id
    if (current !== undefined && tax.some((p) => p.id === current)) return current
    if (defaultTaxId !== null && tax.some((p) => p.id === defaultTaxId)) return defaultTaxId
    return tax.length === 1 ? tax[0]!.id : ""
  }
  const [bankId, setBankId] = createSignal(initialBank())
  const [taxId, setTaxId] = createSignal(initialTax())
  const [confirming, setConfirming] = createSignal(false)
  const [error, setError] = createSignal<string>()
  const [pending, setPending] = createSignal(false)

  const canAccept = () => e().actions.includes("accept")
  const selectedBank = () => props.data.bank.find((p) => p.id === bankId())
  const selectedTax = () => props.data.tax.find((p) => p.id === taxId())
  const complete = () =>
    selectedBank() !== undefined &&
    selectedTax() !== undefined &&
    selectedBank()!.state !== "action_required" &&
    selectedTax()!.state !== "action_required"

  const accept = async () => {
    const body = {
      ...(bankId() === "" ? {} : { bankProfileId: bankId() }),
      ...(taxId() === "" ? {} : { taxProfileId: taxId() })
    }
    const result = await client.POST("/api/v1/enrollments/{id}/accept", {
      params: { path: { id: e().id } },
      body
    })
    props.onResult(result)
    if (result.state === "validating") showToast("success", t("enroll.submitted"), t("enroll.submittedBody"))
    else if (result.state === "enrolled")
      showToast("success", t("enroll.enrolledNow"), t("enroll.enrolledNowBody"))
    return result
  }
  /** Incomplete data: accept (the API records what is missing) and show it, with the links to add it. */
  const continueIncomplete = async () => {
    if (e().state === "action_required") {
      // Already accepted: lead on to the first missing data (the payout page brings the user back).
      navigate(
        payoutLink(
          selectedBank() === undefined || selectedBank()!.state === "action_required" ? "bank" : "tax"
        )
      )
      return
    }
    setError(undefined)
    setPending(true)
    try {
      await accept()
    } catch (cause) {
      setError(errorText(shared.t, describeError(cause)))
    } finally {
      setPending(false)
    }
  }

  const profileState = (state: string) => t(`profileStates.${state}` as "profileStates.approved") ?? state

  return (
    <div class="stack">
      <PageHeading>{t("enroll.title", { program: e().program.name })}</PageHeading>
      <dl class="facts">
        <div>
          <dt>{t("enroll.location")}</dt>
          <dd>
            {e().location.name} · <span class="mono">{e().location.partnerId}</span>
          </dd>
        </div>
        <div>
          <dt>{t("enroll.status")}</dt>
          <dd>
            <StatusTag tone={stateTone(e().state)}>
              {t(`states.${e().state}` as "states.invited") ?? e().state}
            </StatusTag>
          </dd>
        </div>
      </dl>

      <Show when={e().state === "validating"}>
        <Notice tone="info">
          <p>{t("actions.validating")}</p>
          <Show when={e().validation}>
            {(validation) => (
              <p>
                {validation().overdue
                  ? t("actions.validatingOverdue")
                  : t("actions.validatingDue", { date: formatDateTime(locale(), validation().dueAt) })}
              </p>
            )}
          </Show>
        </Notice>
      </Show>
      <Show when={e().state === "enrolled"}>
        <Notice tone="success">
          <p>{t("actions.enrolled")}</p>
        </Notice>
      </Show>

      <Show when={!isIncentivesAdmin(me(), e().location.id)}>
        <Notice tone="info">
          <p>{t("enroll.notAdmin", { location: e().location.name })}</p>
        </Notice>
      </Show>

      <Show when={e().state === "action_required" && e().missing.length > 0}>
        <Notice tone="error">
          <p>
            <strong>{t("enroll.stillMissing")}</strong>
          </p>
          <ul>
            <For each={e().missing}>
              {(item) => <li>{t(`missing.${item}` as "missing.bank_profile") ?? item}</li>}
            </For>
          </ul>
          <Show when={e().reason !== null && e().missing.some((m) => m.endsWith("_returned"))}>
            <p>
              {t("actions.returnedReason")} <span lang="en">{e().reason}</span>
            </p>
          </Show>
        </Notice>
      </Show>

      <Show
        when={canAccept()}
        fallback={
          <Show when={e().state === "inactive" || e().state === "discontinued"}>
            <p>{t("enroll.nothingToDo")}</p>
          </Show>
        }
      >
        <p>{t("enroll.intro")}</p>
        <form
          class="stack"
          onSubmit={(event) => {
            event.preventDefault()
            setError(undefined)
            // Profiles exist but none is chosen: ask for a choice rather than sending an incomplete enrollment.
            if (props.data.bank.length > 0 && bankId() === "") setError(t("enroll.chooseBank"))
            else if (props.data.tax.length > 0 && taxId() === "") setError(t("enroll.chooseTax"))
            else if (complete()) setConfirming(true)
            else void continueIncomplete()
          }}
        >
          <ProfileChoice
            legend={t("enroll.bankLegend")}
            name="bankProfile"
            profiles={props.data.bank}
            selected={bankId()}
            onSelect={setBankId}
            missing={t("enroll.bankMissing")}
            add={t("enroll.addBank")}
            addHref={payoutLink("bank")}
            isDefault={(profile) => props.data.defaultBankIds.has(profile.id)}
            state={profileState}
            summary={(profile) => (
              <>
                <strong>{profile.label}</strong> · {profile.currency} ·{" "}
                <span class="mono">{profile.ibanMasked}</span>
              </>
            )}
          />

          <ProfileChoice
            legend={t("enroll.taxLegend")}
            name="taxProfile"
            profiles={props.data.tax}
            selected={taxId()}
            onSelect={setTaxId}
            missing={t("enroll.taxMissing")}
            add={t("enroll.addTax")}
            addHref={payoutLink("tax")}
            isDefault={(profile) => props.data.defaultTaxId === profile.id}
            state={profileState}
            summary={(profile) => (
              <>
                <strong>{profile.legalName}</strong> · {profile.country} ·{" "}
                <span class="mono">{profile.taxId}</span>
              </>
            )}
          />

          <div class="form-error" role="alert">
            <Show when={error()}>{(message) => <p>{message()}</p>}</Show>
          </div>
          <div class="actions">
            <button type="submit" class="button" aria-disabled={pending()}>
              {pending()
                ? shared.t("common.working")
                : complete()
                  ? t("enroll.submit")
                  : t("enroll.continue")}
            </button>
          </div>
        </form>
        <ConfirmDialog
          open={confirming()}
          onOpenChange={setConfirming}
          title={t("enroll.confirmTitle", names())}
          description={
            <p>
              {t("enroll.confirmBody", {
                bank: `${selectedBank()?.label ?? ""} (${selectedBank()?.currency ?? ""})`,
                tax: selectedTax()?.legalName ?? ""
              })}
            </p>
          }
          confirmLabel={t("enroll.submit")}
          onConfirm={accept}
        />
      </Show>
    </div>
  )
}

/**
 * The choice of one payout profile (bank or tax) for the enrollment: one radio per profile with its summary,
 * validation state, whether it is the location's default and the vendor's reason for a return, and the link
 * that adds another; without profiles, what is missing and the link that adds the first.
 */
function ProfileChoice<
  P extends { readonly id: string; readonly state: string; readonly stateReason: string | null }
>(props: {
  readonly legend: string
  readonly name: string
  readonly profiles: readonly P[]
  readonly selected: string
  readonly onSelect: (id: string) => void
  readonly missing: string
  readonly add: string
  readonly addHref: string
  readonly isDefault: (profile: P) => boolean
  /** The name of a validation state. */
  readonly state: (state: string) => string
  readonly summary: (profile: P) => JSX.Element
}): JSX.Element {
  const t = useT()
  return (
    <fieldset class="option-group">
      <legend>{props.legend}</legend>
      <Show
        when={props.profiles.length > 0}
        fallback={
          <div class="stack stack--tight">
            <p class="field__error">{props.missing}</p>
            <A href={props.addHref}>{props.add}</A>
          </div>
        }
      >
        <For each={props.profiles}>
          {(profile) => (
            <label class="option">
              <input
                type="radio"
                name={props.name}
                value={profile.id}
                checked={props.selected === profile.id}
                onChange={() => props.onSelect(profile.id)}
              />
              <span class="stack stack--tight">
                <span>{props.summary(profile)}</span>
                <span class="muted">
                  {t("enroll.profileState", { state: props.state(profile.state) })}
                  <Show when={props.isDefault(profile)}> · {t("enroll.defaultTag")}</Show>
                </span>
                <Show when={profile.state === "action_required" && profile.stateReason !== null}>
                  <span class="muted">
                    {t("enroll.returned")} <span lang="en">{profile.stateReason}</span>
                  </span>
                </Show>
              </span>
            </label>
          )}
        </For>
        <A href={props.addHref}>{props.add}</A>
      </Show>
    </fieldset>
  )
}
