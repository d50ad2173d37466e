import type { PartnerLocation } from "@openpor/api-client"
import { createApiForm, FormAlert, SubmitButton, TextAreaField, TextField, useSession } from "@openpor/ui"
import { SelectField } from "@openpor/ui/forms/select-field.tsx"
import type { JSX } from "solid-js"
import { changedFields, type TaxProfile } from "./api.ts"
import { useT } from "./i18n.ts"

/** Adds or edits a tax profile; "Default for a location" makes it that location's tax profile. */
export function TaxProfileForm(props: {
  readonly profile?: TaxProfile | undefined
  readonly locations: readonly PartnerLocation[]
  readonly defaultLocationId?: string | undefined
  readonly onDone: (saved: TaxProfile | undefined) => void
  readonly onCancel: () => void
}): JSX.Element {
  const t = useT()
  const { client } = useSession()
  const p = props.profile
  const form = createApiForm({
    initial: {
      legalName: p?.legalName ?? "",
      country: p?.country ?? "",
      taxId: p?.taxId ?? "",
      address: p?.address ?? "",
      defaultForLocationId: props.defaultLocationId ?? ""
    },
    required: ["legalName", "country", "taxId", "address"],
    translate: (_problem, field) =>
      field === undefined ? undefined : t(`tax.invalid.${field}` as "tax.invalid.taxId"),
    submit: async (values) => {
      const fields = {
        legalName: values.legalName.trim(),
        country: values.country.trim().toUpperCase(),
        taxId: values.taxId.trim(),
        address: values.address.trim()
      }
      const location = values.defaultForLocationId
      if (p === undefined) {
        return client.POST("/api/v1/tax-profiles", {
          body: { ...fields, ...(location === "" ? {} : { defaultForLocationId: location }) }
        })
      }
      const changes = changedFields(p, fields)
      const saved =
        changes === undefined
          ? p
          : await client.PATCH("/api/v1/tax-profiles/{id}", {
              params: { path: { id: p.id } },
              body: { ...changes, version: Number(p.version) }
            })
      if (location !== "")
        await client.PUT("/api/v1/locations/{locationId}/default-tax-profile", {
          params: { path: { locationId: location } },
          body: { taxProfileId: p.id }
        })
      return saved
    },
    onSuccess: (saved) => props.onDone(saved)
  })
  const title = p === undefined ? t("tax.addTitle") : t("tax.editTitle", { label: p.legalName })
  return (
    <form class="card stack" novalidate aria-label={title} onSubmit={(event) => void form.submit(event)}>
      <h3>{title}</h3>
      <FormAlert form={form} />
      <TextField form={form} name="legalName" label={t("tax.legalName")} maxLength={200} />
      <TextField
        form={form}
        name="country"
        label={t("tax.country")}
        hint={t("tax.countryHint")}
        maxLength={2}
      />
      <TextField
        form={form}
        name="taxId"
        label={t("tax.taxId")}
        hint={t("tax.taxIdHint")}
        maxLength={50}
        spellcheck={false}
      />
      <TextAreaField form={form} name="address" label={t("tax.address")} maxLength={500} />
      <SelectField
        form={form}
        name="defaultForLocationId"
        label={t("tax.defaultFor")}
        optional
        options={[
          { value: "", label: t("tax.noDefault") },
          ...props.locations.map((location) => ({
            value: location.id,
            label: `${location.name} (${location.partnerId})`
          }))
        ]}
      />
      <div class="actions">
        <SubmitButton form={form} label={t("tax.save")} />
        <button type="button" class="button button--secondary" onClick={() => props.onCancel()}>
          {t("cancel")}
        </button>
      </div>
    </form>
  )
}
