import { createApiForm, useSession } from "@openpor/ui"
import type { JSX } from "solid-js"
import type { BankProfile } from "./api.ts"
import { useT } from "./i18n.ts"
import {
  ProfileFormFrame,
  type ProfileFormProps,
  ProfileTextField,
  saveProfile,
  useInvalidText
} from "./ProfileForm.tsx"

const FIELDS = ["label", "accountHolder", "iban", "bic", "bankName", "country", "currency"] as const

/**
 * Adds or edits a bank profile. The IBAN is never shown again after saving (only masked): when editing,
 * an empty IBAN keeps the saved one. "Default for a location" sets the location's default in that currency.
 */
export function BankProfileForm(props: ProfileFormProps<BankProfile>): JSX.Element {
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
    translate: useInvalidText("bank"),
    submit: (values) => {
      const fields = {
        label: values.label.trim(),
        accountHolder: values.accountHolder.trim(),
        iban: values.iban.replace(/\s+/g, "").toUpperCase(),
        bic: values.bic.trim().toUpperCase(),
        bankName: values.bankName.trim(),
        country: values.country.trim().toUpperCase(),
        currency: values.currency.trim().toUpperCase()
      }
      return saveProfile(
        p,
        fields,
        values.defaultForLocationId,
        {
          create: (body) => client.POST("/api/v1/bank-profiles", { body }),
          update: (id, body) =>
            client.PATCH("/api/v1/bank-profiles/{id}", { params: { path: { id } }, body }),
          setDefault: (locationId, id) =>
            client.PUT("/api/v1/locations/{locationId}/default-bank-profile", {
              params: { path: { locationId } },
              body: { bankProfileId: id }
            })
        },
        ["iban"]
      )
    },
    onSuccess: (saved) => props.onDone(saved)
  })
  return (
    <ProfileFormFrame
      kind="bank"
      form={form}
      title={p === undefined ? t("bank.addTitle") : t("bank.editTitle", { label: p.label })}
      locations={props.locations}
      onCancel={props.onCancel}
    >
      <ProfileTextField kind="bank" form={form} name="label" hint maxLength={100} />
      <ProfileTextField kind="bank" form={form} name="accountHolder" maxLength={200} autocomplete="off" />
      <ProfileTextField
        kind="bank"
        form={form}
        name="iban"
        hint={
          p === undefined
            ? t("bank.ibanHint")
            : `${t("bank.ibanHint")} ${t("bank.ibanKeep", { masked: p.ibanMasked })}`
        }
        optional={p !== undefined}
        autocomplete="off"
        spellcheck={false}
      />
      <ProfileTextField kind="bank" form={form} name="bic" hint maxLength={11} spellcheck={false} />
      <ProfileTextField kind="bank" form={form} name="bankName" maxLength={200} />
      <ProfileTextField kind="bank" form={form} name="country" hint maxLength={2} />
      <ProfileTextField kind="bank" form={form} name="currency" hint maxLength={3} />
    </ProfileFormFrame>
  )
}
