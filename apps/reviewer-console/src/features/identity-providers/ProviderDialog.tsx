import type { ResponseOf } from "@openpor/api-client"
import { createApiForm, FormDialog, showToast, TextAreaField, TextField, useSession } from "@openpor/ui"
import { FieldFrame, fieldBinding } from "@openpor/ui/forms/fields.tsx"
import { SelectField } from "@openpor/ui/forms/select-field.tsx"
import { createUniqueId, type JSX } from "solid-js"
import { useT } from "../../i18n/index.ts"

export type Provider = ResponseOf<"listIdentityProviders">["providers"][number]
export type Owners = ResponseOf<"listIdentityProviderOwners">

const ERROR_CODES = [
  "invalid_name",
  "owner_required",
  "invalid_issuer",
  "issuer_unreachable",
  "invalid_client_id",
  "client_secret_required",
  "invalid_client_secret",
  "domains_required",
  "invalid_domain",
  "domain_in_use"
] as const
const isKnownCode = (code: string): code is (typeof ERROR_CODES)[number] =>
  (ERROR_CODES as readonly string[]).includes(code)

/** The owner select's value: `org:<id>` or `tenant:<id>`. */
const ownerValue = (p: Provider | undefined) =>
  p === undefined ? "" : p.organizationId !== null ? `org:${p.organizationId}` : `tenant:${p.tenantId}`

const splitDomains = (text: string) =>
  text
    .split(/[\s,;]+/)
    .map((d) => d.trim())
    .filter((d) => d !== "")

/** The client secret: a password input (never filled in by the browser, never shown again after saving). */
function SecretField(props: {
  readonly form: Parameters<typeof fieldBinding>[0]["form"]
  readonly label: string
  readonly hint: string
  readonly optional: boolean
}): JSX.Element {
  const field = {
    form: props.form,
    name: "clientSecret",
    label: props.label,
    hint: props.hint,
    optional: props.optional
  }
  return (
    <FieldFrame {...field}>
      <input
        {...fieldBinding(field)}
        type="password"
        autocomplete="new-password"
        spellcheck={false}
        maxLength={1024}
      />
    </FieldFrame>
  )
}

/** A checkbox with its label and hint, bound to a "true"/"false" form value. */
function Checkbox(props: {
  readonly checked: boolean
  readonly label: string
  readonly hint: string
  readonly disabled: boolean
  readonly onChange: (checked: boolean) => void
}): JSX.Element {
  const id = createUniqueId()
  return (
    <div class="idp-checkbox">
      <input
        id={id}
        type="checkbox"
        checked={props.checked}
        disabled={props.disabled}
        aria-describedby={`${id}-hint`}
        onChange={(event) => props.onChange(event.currentTarget.checked)}
      />
      <label for={id}>{props.label}</label>
      <p class="field__hint" id={`${id}-hint`}>
        {props.hint}
      </p>
    </div>
  )
}

/**
 * Adding or editing an identity provider in a dialog: every field labelled, the API's problems next to
 * their fields (in the user's language), the client secret write-only (editing leaves it empty to keep it).
 */
export function ProviderDialog(props: {
  readonly provider: Provider | undefined
  readonly owners: Owners
  readonly open: boolean
  readonly onOpenChange: (open: boolean) => void
  readonly onSaved: (provider: Provider, created: boolean) => void
}): JSX.Element {
  const t = useT()
  const { client } = useSession()
  const editing = () => props.provider !== undefined
  const initial = () => ({
    name: props.provider?.name ?? "",
    organizationId: ownerValue(props.provider),
    issuer: props.provider?.issuer ?? "",
    clientId: props.provider?.clientId ?? "",
    clientSecret: "",
    allowedDomains: props.provider?.allowedDomains.join("\n") ?? "",
    autoProvision: String(props.provider?.autoProvision ?? false),
    enabled: String(props.provider?.enabled ?? true)
  })
  const form = createApiForm({
    initial: initial(),
    required: editing()
      ? ["name", "organizationId", "issuer", "clientId", "allowedDomains"]
      : ["name", "organizationId", "issuer", "clientId", "clientSecret", "allowedDomains"],
    translate: (problem) =>
      isKnownCode(problem.code) ? t(`identityProviders.errors.${problem.code}`) : undefined,
    submit: async (values) => {
      const colon = values.organizationId.indexOf(":")
      const kind = values.organizationId.slice(0, colon)
      const id = values.organizationId.slice(colon + 1)
      const body = {
        name: values.name.trim(),
        organizationId: kind === "org" ? id : null,
        tenantId: kind === "tenant" ? id : null,
        issuer: values.issuer.trim(),
        clientId: values.clientId.trim(),
        ...(values.clientSecret === "" ? {} : { clientSecret: values.clientSecret }),
        allowedDomains: splitDomains(values.allowedDomains),
        autoProvision: values.autoProvision === "true",
        enabled: values.enabled === "true"
      }
      return props.provider === undefined
        ? client.POST("/api/v1/ops/identity-providers", { body })
        : client.PUT("/api/v1/ops/identity-providers/{id}", {
            params: { path: { id: props.provider.id } },
            body
          })
    },
    onSuccess: (saved) => {
      showToast(
        "success",
        editing()
          ? t("identityProviders.saved", { name: saved.name })
          : t("identityProviders.added", { name: saved.name })
      )
      props.onSaved(saved, !editing())
    }
  })

  const ownerOptions = () => [
    { value: "", label: t("identityProviders.ownerChoose") },
    ...props.owners.organizations.map((o) => ({
      value: `org:${o.id}`,
      label: `${o.name} · ${t("identityProviders.organizations")}`
    })),
    ...props.owners.tenants.map((o) => ({
      value: `tenant:${o.id}`,
      label: `${o.name} · ${t("identityProviders.tenants")}`
    }))
  ]

  return (
    <FormDialog
      open={props.open}
      onOpenChange={props.onOpenChange}
      title={
        props.provider === undefined
          ? t("identityProviders.addTitle")
          : t("identityProviders.editTitle", { name: props.provider.name })
      }
      form={form}
      submitLabel={t("identityProviders.save")}
      pendingLabel={t("identityProviders.saving")}
    >
      <TextField
        form={form}
        name="name"
        label={t("identityProviders.name")}
        hint={t("identityProviders.nameHint")}
        maxLength={100}
      />
      <SelectField
        form={form}
        name="organizationId"
        label={t("identityProviders.owner")}
        hint={t("identityProviders.ownerHint")}
        options={ownerOptions()}
      />
      <TextField
        form={form}
        name="issuer"
        type="url"
        label={t("identityProviders.issuer")}
        hint={t("identityProviders.issuerHint")}
        spellcheck={false}
        maxLength={2000}
      />
      <TextField
        form={form}
        name="clientId"
        label={t("identityProviders.clientId")}
        hint={t("identityProviders.clientIdHint")}
        spellcheck={false}
        maxLength={255}
      />
      <SecretField
        form={form}
        label={t("identityProviders.clientSecret")}
        hint={
          props.provider === undefined
            ? t("identityProviders.clientSecretHint")
            : t("identityProviders.clientSecretKeep", { hint: props.provider.secretHint })
        }
        optional={editing()}
      />
      <TextAreaField
        form={form}
        name="allowedDomains"
        label={t("identityProviders.allowedDomains")}
        hint={t("identityProviders.allowedDomainsHint")}
        rows={2}
      />
      <Checkbox
        checked={form.value("autoProvision") === "true"}
        label={t("identityProviders.autoProvision")}
        hint={t("identityProviders.autoProvisionHint")}
        disabled={form.pending()}
        onChange={(checked) => form.set("autoProvision", String(checked))}
      />
      <Checkbox
        checked={form.value("enabled") === "true"}
        label={t("identityProviders.enabled")}
        hint={t("identityProviders.enabledHint")}
        disabled={form.pending()}
        onChange={(checked) => form.set("enabled", String(checked))}
      />
    </FormDialog>
  )
}
