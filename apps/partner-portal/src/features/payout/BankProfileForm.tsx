import type { PartnerLocation } from "@openpor/api-client"
import { createApiForm, FormAlert, SubmitButton, TextField, useSession } from "@openpor/ui"
import { SelectField } from "@openpor/ui/forms/select-field.tsx"
import type { JSX } from "solid-js"
import { type BankProfile, changedFields } from "./api.ts"
import { useT } from "./i18n.ts"

const FIELDS = ["label", "accountHolder", "iban", "bic", "bankName", "country", "currency"] as const

/**
 * Adds or edits a bank profile. The IBAN is never shown again after saving (only masked): when editing,
 * an empty IBAN keeps the saved one. "Default for a location" sets the location's default in that currency.
 */
export function BankProfileForm(props: {
  readonly profile?: BankProfile | undefined
  readonly locations: readonly PartnerLocation[]
  readonly defaultLocationId?: string | undefined
  readonly onDone: (saved: BankProfile | undefined) => void
  readonly onCancel: () => void
}): JSX.Element {
  const t = useT()
  const { client } = useSession()
  const p = props.profile
  const form = createApiForm({
    initial: {
      label: p?.label ?? "",
      accountHolder: p?.accountHolder ?? "",
      iban: "",
      bic: p?.bic ?? "",
      bankName: p?.bankName ?? "",
      country: p?.country ?? "",
      currency: p?.currency ?? "",
      defaultForLocationId: props.defaultLocationId ?? ""
    },
    required:
      p === undefined ? [...FIELDS] : ["label", "accountHolder", "bic", "bankName", "country", "currency"],
    translate: (_problem, field) =>
      field === undefined ? undefined : t(`bank.invalid.${field}` as "bank.invalid.iban"),
    submit: async (values) => {
      const fields = {
        label: values.label.trim(),
        accountHolder: values.accountHolder.trim(),
        iban: values.iban.replace(/\s+/g, "").toUpperCase(),
        bic: values.bic.trim().toUpperCase(),
        bankName: values.bankName.trim(),
        country: values.country.trim().toUpperCase(),
        currency: values.currency.trim().toUpperCase()
      }
      const location = values.defaultForLocationId
      if (p === undefined) {
        return client.POST("/api/v1/bank-profiles", {
          body: { ...fields, ...(location === "" ? {} : { defaultForLocationId: location }) }
        })
      }
      const changes = changedFields(p, fields, ["iban"])
      const saved =
        changes === undefined
          ? p
          : await client.PATCH("/api/v1/bank-profiles/{id}", {
              params: { path: { id: p.id } },
              body: { ...changes, version: Number(p.version) }
            })
      if (location !== "")
        await client.PUT("/api/v1/locations/{locationId}/default-bank-profile", {
          params: { path: { locationId: location } },
          body: { bankProfileId: p.id }
        })
      return saved
    },
    onSuccess: (saved) => props.onDone(saved)
  })
  const title = p === undefined ? t("bank.addTitle") : t("bank.editTitle", { label: p.label })
  return (
    <form class="card stack" novalidate aria-label={title} onSubmit={(event) => void form.submit(event)}>
      <h3>{title}</h3>
      <FormAlert form={form} />
      <TextField
        form={form}
        name="label"
        label={t("bank.label")}
        hint={t("bank.labelHint")}
        maxLength={100}
      />
      <TextField
        form={form}
        name="accountHolder"
        label={t("bank.accountHolder")}
        maxLength={200}
        autocomplete="off"
      />
      <TextField
        form={form}
        name="iban"
        label={t("bank.iban")}
        hint={
          p === undefined
            ? t("bank.ibanHint")
            : `${t("bank.ibanHint")} ${t("bank.ibanKeep", { masked: p.ibanMasked })}`
        }
        optional={p !== undefined}
        autocomplete="off"
        spellcheck={false}
      />
      <TextField
        form={form}
        name="bic"
        label={t("bank.bic")}
        hint={t("bank.bicHint")}
        maxLength={11}
        spellcheck={false}
      />
      <TextField form={form} name="bankName" label={t("bank.bankName")} maxLength={200} />
      <TextField
        form={form}
        name="country"
        label={t("bank.country")}
        hint={t("bank.countryHint")}
        maxLength={2}
      />
      <TextField
        form={form}
        name="currency"
        label={t("bank.currency")}
        hint={t("bank.currencyHint")}
        maxLength={3}
      />
      <SelectField
        form={form}
        name="defaultForLocationId"
        label={t("bank.defaultFor")}
        optional
        options={[
          { value: "", label: t("bank.noDefault") },
          ...props.locations.map((location) => ({
            value: location.id,
            label: `${location.name} (${location.partnerId})`
          }))
        ]}
      />
      <div class="actions">
        <SubmitButton form={form} label={t("bank.save")} />
        <button type="button" class="button button--secondary" onClick={() => props.onCancel()}>
          {t("cancel")}
        </button>
      </div>
    </form>
  )
}
