import { ApiError, type PartnerLocation } from "@openpor/api-client"
import {
  AsyncView,
  ConfirmDialog,
  createApiForm,
  EmptyState,
  FormAlert,
  Notice,
  PageHeading,
  Section,
  StatusTag,
  SubmitButton,
  showToast,
  TextField,
  useCurrentUser,
  useSession,
  useShared
} from "@openpor/ui"
import { SelectField } from "@openpor/ui/forms/select-field.tsx"
import { createResource, createSignal, For, type JSX, Show } from "solid-js"
import { canManageGlobalAdmins, canManageUsers } from "../../lib/access.ts"
import { locationsByPartnerId } from "../../lib/me.ts"
import { useT } from "./i18n.ts"
import { isLocationRole, type OrgUser, PARTNER_ROLES, refusalKey } from "./roles.ts"

/**
 * Users and roles (Global and Account admins): invite, give and take roles per location, deactivate. The
 * API's refusals — the last Global admin, Global admin only, an address already in use — are shown as
 * messages in the user's language where the action was tried.
 */
export function UsersPage(): JSX.Element {
  const t = useT()
  const me = useCurrentUser()
  const { client } = useSession()
  const [users, { refetch, mutate }] = createResource(() =>
    canManageUsers(me())
      ? client.GET("/api/v1/organizations/current/users").then((r) => r.users)
      : Promise.resolve([])
  )
  const [inviting, setInviting] = createSignal(false)
  const replace = (user: OrgUser) => mutate((list) => list?.map((u) => (u.id === user.id ? user : u)))

  return (
    <div class="page">
      <PageHeading>{t("title")}</PageHeading>
      <Show
        when={canManageUsers(me())}
        fallback={
          <Notice tone="info">
            <p>{t("notAllowed")}</p>
          </Notice>
        }
      >
        <p class="muted">{t("intro", { organization: me().organization?.name ?? "" })}</p>
        <Show
          when={inviting()}
          fallback={
            <div class="actions">
              <button type="button" class="button" onClick={() => setInviting(true)}>
                {t("invite.open")}
              </button>
            </div>
          }
        >
          <InviteForm
            onDone={async () => {
              setInviting(false)
              await refetch()
            }}
            onCancel={() => setInviting(false)}
          />
        </Show>
        <Section headingId="users-heading" class="stack" title={t("listHeading")}>
          <AsyncView
            resource={users}
            retry={refetch}
            isEmpty={(list) => list.length === 0}
            empty={<EmptyState title={t("empty")}>{t("emptyBody")}</EmptyState>}
          >
            {(list) => (
              <ul class="card-list user-list">
                <For each={list}>{(user) => <UserCard user={user} onChange={replace} />}</For>
              </ul>
            )}
          </AsyncView>
        </Section>
      </Show>
    </div>
  )
}

/** The role options this admin may give (only a Global admin gives Global admin). */
const useRoleOptions = () => {
  const me = useCurrentUser()
  const shared = useShared()
  return () =>
    PARTNER_ROLES.filter((role) => role !== "global_admin" || canManageGlobalAdmins(me())).map((role) => ({
      value: role,
      label: shared.role(role)
    }))
}

const useLocationOptions = () => {
  const me = useCurrentUser()
  const t = useT()
  return () => [
    { value: "", label: t("chooseLocation") },
    ...locationsByPartnerId(me()).map((location: PartnerLocation) => ({
      value: location.id,
      label: `${location.name} (${location.partnerId})`
    }))
  ]
}

function RoleFields(props: {
  readonly form: Parameters<typeof SelectField>[0]["form"]
  readonly roleLabel: string
}) {
  const t = useT()
  const roleOptions = useRoleOptions()
  const locationOptions = useLocationOptions()
  return (
    <>
      <SelectField
        form={props.form}
        name="role"
        label={props.roleLabel}
        hint={t(`roleDescriptions.${props.form.value("role")}` as "roleDescriptions.global_admin")}
        options={roleOptions()}
      />
      <Show when={isLocationRole(props.form.value("role"))}>
        <SelectField
          form={props.form}
          name="locationId"
          label={t("location")}
          hint={t("locationHint")}
          options={locationOptions()}
        />
      </Show>
    </>
  )
}

const roleBody = (values: { readonly role: string; readonly locationId: string }) =>
  isLocationRole(values.role)
    ? { role: values.role as (typeof PARTNER_ROLES)[number], locationId: values.locationId }
    : { role: values.role as (typeof PARTNER_ROLES)[number] }

function InviteForm(props: { readonly onDone: () => void; readonly onCancel: () => void }): JSX.Element {
  const t = useT()
  const { client } = useSession()
  const form = createApiForm({
    initial: { displayName: "", email: "", role: "incentives_user", locationId: "" },
    required: ["displayName", "email"],
    translate: (problem, field) => {
      if (problem.code === "email_in_use" || problem.code === "invalid_email")
        return t(`errors.${problem.code}`)
      if (field === "displayName") return t("errors.displayName")
      if (field === "email") return t("errors.invalid_email")
      if (field === "locationId" || problem.code === "missing_field") return t("errors.missing_location")
      if (problem.code === "global_admin_only" || problem.code === "invalid_role")
        return t(`errors.${problem.code}`)
      return undefined
    },
    submit: async (values) => {
      if (isLocationRole(values.role) && values.locationId === "") {
        throw new ApiError(400, "missing_field", "locationId", { field: "locationId" })
      }
      return client.POST("/api/v1/organizations/current/users", {
        body: {
          email: values.email.trim(),
          displayName: values.displayName.trim(),
          roles: [roleBody(values)]
        }
      })
    },
    onSuccess: (user) => {
      showToast("success", t("invite.sent"), t("invite.sentBody", { email: user.email }))
      props.onDone()
    }
  })
  return (
    <form
      class="card stack"
      novalidate
      aria-label={t("invite.heading")}
      onSubmit={(event) => void form.submit(event)}
    >
      <h2>{t("invite.heading")}</h2>
      <FormAlert form={form} />
      <TextField
        form={form}
        name="displayName"
        label={t("invite.displayName")}
        autocomplete="off"
        maxLength={200}
      />
      <TextField
        form={form}
        name="email"
        type="email"
        label={t("invite.email")}
        hint={t("invite.emailHint")}
        autocomplete="off"
      />
      <RoleFields form={form} roleLabel={t("invite.role")} />
      <div class="actions">
        <SubmitButton form={form} label={t("invite.submit")} />
        <button type="button" class="button button--secondary" onClick={() => props.onCancel()}>
          {t("invite.cancel")}
        </button>
      </div>
    </form>
  )
}

function UserCard(props: {
  readonly user: OrgUser
  readonly onChange: (user: OrgUser) => void
}): JSX.Element {
  const t = useT()
  const shared = useShared()
  const me = useCurrentUser()
  const { client } = useSession()
  const [giving, setGiving] = createSignal(false)
  const [removing, setRemoving] = createSignal<OrgUser["roles"][number]>()
  const [deactivating, setDeactivating] = createSignal(false)
  const u = () => props.user
  const headingId = () => `user-${u().id}`
  const locationName = (id: string | null) => {
    if (id === null) return t("organizationWide")
    const location = me().locations.find((l) => l.id === id)
    return location === undefined ? id : `${location.name} (${location.partnerId})`
  }
  const roleText = (role: { role: string; locationId: string | null }) =>
    role.locationId === null
      ? shared.role(role.role)
      : t("roleAt", { role: shared.role(role.role), location: locationName(role.locationId) })
  const describe = (error: unknown) => {
    const key = refusalKey(error)
    return key === undefined ? undefined : t(key)
  }
  const form = createApiForm({
    initial: { role: "incentives_user", locationId: "" },
    translate: (problem, field) =>
      field === "locationId" || problem.code === "missing_field"
        ? t("errors.missing_location")
        : problem.code === "global_admin_only" ||
            problem.code === "invalid_role" ||
            problem.code === "not_found"
          ? t(`errors.${problem.code}`)
          : undefined,
    submit: async (values) => {
      if (isLocationRole(values.role) && values.locationId === "") {
        throw new ApiError(400, "missing_field", "locationId", { field: "locationId" })
      }
      return client.POST("/api/v1/organizations/current/users/{userId}/roles", {
        params: { path: { userId: u().id } },
        body: roleBody(values)
      })
    },
    onSuccess: (user, values) => {
      setGiving(false)
      props.onChange(user)
      showToast(
        "success",
        t("assigned"),
        t("assignedBody", {
          name: user.displayName,
          role: roleText({
            role: values.role,
            locationId: isLocationRole(values.role) ? values.locationId : null
          })
        })
      )
    }
  })
  const status = () => (!u().active ? "inactive" : u().invitationPending ? "pending" : "active")

  return (
    <li class="card stack" aria-labelledby={headingId()}>
      <div class="stack stack--tight">
        <h3 id={headingId()}>
          {u().displayName}
          <Show when={u().id === me().user.id}>
            <span class="muted"> ({t("you")})</span>
          </Show>
        </h3>
        <span class="break-anywhere">{u().email}</span>
        <StatusTag tone={status() === "active" ? "success" : status() === "pending" ? "info" : "neutral"}>
          {t(`status.${status()}`)}
        </StatusTag>
      </div>
      <div class="stack stack--tight">
        <h4>{t("rolesHeading")}</h4>
        <Show when={u().roles.length > 0} fallback={<p class="muted">{t("noRoles")}</p>}>
          <ul class="role-list">
            <For each={u().roles}>
              {(role) => (
                <li>
                  <span>{roleText(role)}</span>
                  <Show when={u().active && (role.role !== "global_admin" || canManageGlobalAdmins(me()))}>
                    <button
                      type="button"
                      class="button button--secondary button--small"
                      aria-label={t("removeRoleLabel", { role: roleText(role), name: u().displayName })}
                      onClick={() => setRemoving(role)}
                    >
                      {t("removeRole")}
                    </button>
                  </Show>
                </li>
              )}
            </For>
          </ul>
        </Show>
      </div>
      <Show when={u().active}>
        <Show
          when={giving()}
          fallback={
            <div class="actions">
              <button
                type="button"
                class="button button--secondary button--small"
                aria-label={t("giveRoleTo", { name: u().displayName })}
                onClick={() => {
                  form.reset()
                  setGiving(true)
                }}
              >
                {t("giveRole")}
              </button>
              <Show when={u().id !== me().user.id}>
                <button
                  type="button"
                  class="button button--danger button--small"
                  aria-label={t("deactivateLabel", { name: u().displayName })}
                  onClick={() => setDeactivating(true)}
                >
                  {t("deactivate")}
                </button>
              </Show>
            </div>
          }
        >
          <form
            class="stack"
            novalidate
            aria-label={t("giveRoleTo", { name: u().displayName })}
            onSubmit={(event) => void form.submit(event)}
          >
            <FormAlert form={form} />
            <RoleFields form={form} roleLabel={t("role")} />
            <div class="actions">
              <SubmitButton form={form} label={t("assign")} />
              <button type="button" class="button button--secondary" onClick={() => setGiving(false)}>
                {shared.t("common.cancel")}
              </button>
            </div>
          </form>
        </Show>
      </Show>
      <ConfirmDialog
        open={removing() !== undefined}
        onOpenChange={(open) => {
          if (!open) setRemoving(undefined)
        }}
        title={t("removeTitle", {
          role: removing() === undefined ? "" : roleText(removing()!),
          name: u().displayName
        })}
        description={<p>{t("removeBody", { name: u().displayName })}</p>}
        confirmLabel={t("removeRole")}
        tone="danger"
        describe={describe}
        onConfirm={async () => {
          const role = removing()!
          const user = await client.DELETE("/api/v1/organizations/current/users/{userId}/roles/{role}", {
            params: {
              path: { userId: u().id, role: role.role },
              query: role.locationId === null ? {} : { locationId: role.locationId }
            }
          })
          props.onChange(user)
          showToast("success", t("removed"))
        }}
      />
      <ConfirmDialog
        open={deactivating()}
        onOpenChange={setDeactivating}
        title={t("deactivateTitle", { name: u().displayName })}
        description={<p>{t("deactivateBody", { name: u().displayName })}</p>}
        confirmLabel={t("deactivate")}
        tone="danger"
        describe={describe}
        onConfirm={async () => {
          await client.DELETE("/api/v1/organizations/current/users/{userId}", {
            params: { path: { userId: u().id } }
          })
          props.onChange({ ...u(), active: false })
          showToast("success", t("deactivated"))
        }}
      />
    </li>
  )
}
