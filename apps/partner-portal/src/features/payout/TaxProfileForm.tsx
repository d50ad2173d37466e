import { createApiForm, TextAreaField, useSession } from "@openpor/ui"
import type { JSX } from "solid-js"
import type { TaxProfile } from "./api.ts"
import { useT } from "./i18n.ts"
import {
  ProfileFormFrame,
  type ProfileFormProps,
  ProfileTextField,
  saveProfile,
  useInvalidText
} from "./ProfileForm.tsx"

/** Adds or edits a tax profile; "Default for a location" makes it that location's tax profile. */
export function TaxProfileForm(props: ProfileFormProps<TaxProfile>): JSX.Element {
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
    translate: useInvalidText("tax"),
    submit: (values) => {
      const fields = {
        legalName: values.legalName.trim(),
        country: values.country.trim().toUpperCase(),
        taxId: values.taxId.trim(),
        address: values.address.trim()
      }
      return saveProfile(p, fields, values.defaultForLocationId, {
        create: (body) => client.POST("/api/v1/tax-profiles", { body }),
        update: (id, body) => client.PATCH("/api/v1/tax-profiles/{id}", { params: { path: { id } }, body }),
        setDefault: (locationId, id) =>
          client.PUT("/api/v1/locations/{locationId}/default-tax-profile", {
            params: { path: { locationId } },
            body: { taxProfileId: id }
          })
      })
    },
    onSuccess: (saved) => props.onDone(saved)
  })
  return (
    <ProfileFormFrame
      kind="tax"
      form={form}
      title={p === undefined ? t("tax.addTitle") : t("tax.editTitle", { label: p.legalName })}
      locations={props.locations}
      onCancel={props.onCancel}
    >
      <ProfileTextField kind="tax" form={form} name="legalName" maxLength={200} />
      <ProfileTextField kind="tax" form={form} name="country" hint maxLength={2} />
      <ProfileTextField kind="tax" form={form} name="taxId" hint maxLength={50} spellcheck={false} />
      <TextAreaField form={form} name="address" label={t("tax.address")} maxLength={500} />
    </ProfileFormFrame>
  )
}
