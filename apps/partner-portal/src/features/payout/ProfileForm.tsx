import type { PartnerLocation } from "@openpor/api-client"
import { type ApiForm, FormAlert, SubmitButton, TextField, type TextFieldProps } from "@openpor/ui"
import { SelectField } from "@openpor/ui/forms/select-field.tsx"
import { type JSX, splitProps } from "solid-js"
import { changedFields } from "./api.ts"
import { useT } from "./i18n.ts"

/** The two kinds of payout profile; also the prefix of their strings (`bank.…`, `tax.…`). */
export type ProfileKind = "bank" | "tax"

/** What the page gives a profile's form (bank or tax). */
export interface ProfileFormProps<P> {
  /** The profile to edit; none: a new one. */
  readonly profile?: P | undefined
  readonly locations: readonly PartnerLocation[]
  /** The location preselected as "default for" (a new profile opened from an enrollment). */
  readonly defaultLocationId?: string | undefined
  readonly onDone: (saved: P | undefined) => void
  readonly onCancel: () => void
}

/** How one kind of profile is written to the API. */
export interface ProfileApi<P, F> {
  /** Creates a profile, with the location it is the default for when one is chosen. */
  readonly create: (body: F & { readonly defaultForLocationId?: string }) => Promise<P>
  /** Changes some of a profile's fields, at the version the form started from. */
  readonly update: (id: string, body: Partial<F> & { readonly version: number }) => Promise<P>
  /** Makes the profile the default of a location. */
  readonly setDefault: (locationId: string, id: string) => Promise<unknown>
}

/**
 * Saves a profile as the form left it: a new one in one call (with its default location); an edited one
 * with only its changed fields (none changed: nothing is sent; `keepWhenBlank` fields left empty keep the
 * saved value), then made the default of the chosen location (`""`: none).
 */
export const saveProfile = async <
  P extends { readonly id: string; readonly version: number | string },
  F extends Record<string, string>
>(
  profile: P | undefined,
  fields: F,
  defaultForLocationId: string,
  api: ProfileApi<P, F>,
  keepWhenBlank: readonly (keyof F)[] = []
): Promise<P> => {
  if (profile === undefined)
    return api.create({ ...fields, ...(defaultForLocationId === "" ? {} : { defaultForLocationId }) })
  const changes = changedFields(profile, fields, keepWhenBlank)
  const saved =
    changes === undefined
      ? profile
      : await api.update(profile.id, { ...changes, version: Number(profile.version) })
  if (defaultForLocationId !== "") await api.setDefault(defaultForLocationId, profile.id)
  return saved
}

/** The message of a field the API refused, in the user's language (`bank.invalid.iban`, …). */
export const useInvalidText = (kind: ProfileKind) => {
  const t = useT()
  return (_problem: unknown, field: string | undefined): string | undefined =>
    field === undefined ? undefined : t(`${kind}.invalid.${field}` as "bank.invalid.iban")
}

/**
 * A profile's text field labelled by its name (`bank.bic`); `hint: true` shows the hint of that name
 * (`bank.bicHint`), a string shows that text.
 */
export function ProfileTextField(
  props: Omit<TextFieldProps, "label" | "hint"> & {
    readonly kind: ProfileKind
    readonly hint?: true | string
  }
): JSX.Element {
  const t = useT()
  const [own, field] = splitProps(props, ["kind", "hint"])
  const key = (suffix = "") => `${own.kind}.${field.name}${suffix}` as "bank.bic"
  return <TextField {...field} label={t(key())} hint={own.hint === true ? t(key("Hint")) : own.hint} />
}

/**
 * The frame of a profile's form: its title, the form's messages, the profile's own fields (children),
 * then "make it the default for a location", save and cancel.
 */
export function ProfileFormFrame(props: {
  readonly kind: ProfileKind
  readonly form: ApiForm<{ defaultForLocationId: string } & Record<string, string>>
  readonly title: string
  readonly locations: readonly PartnerLocation[]
  readonly onCancel: () => void
  readonly children: JSX.Element
}): JSX.Element {
  const t = useT()
  return (
    <form
      class="card stack"
      novalidate
      aria-label={props.title}
      onSubmit={(event) => void props.form.submit(event)}
    >
      <h3>{props.title}</h3>
      <FormAlert form={props.form} />
      {props.children}
      <SelectField
        form={props.form}
        name="defaultForLocationId"
        label={t(`${props.kind}.defaultFor`)}
        optional
        options={[
          { value: "", label: t(`${props.kind}.noDefault`) },
          ...props.locations.map((location) => ({
            value: location.id,
            label: `${location.name} (${location.partnerId})`
          }))
        ]}
      />
      <div class="actions">
        <SubmitButton form={props.form} label={t(`${props.kind}.save`)} />
        <button type="button" class="button button--secondary" onClick={() => props.onCancel()}>
          {t("cancel")}
        </button>
      </div>
    </form>
  )
}
