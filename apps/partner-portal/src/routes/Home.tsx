import type { PartnerLocation } from "@openpor/api-client"
import { Notice, PageHeading, useCurrentUser, useShared } from "@openpor/ui"
import { For, type JSX, Show } from "solid-js"
import { useT } from "../i18n/index.ts"
import { locationsByPartnerId, organizationRoles } from "../lib/me.ts"

/** Start page: the organization and the user's locations with PartnerID, city and roles. */
export function Home(): JSX.Element {
  const t = useT()
  const shared = useShared()
  const me = useCurrentUser()
  const orgRoles = () => organizationRoles(me())

  const RoleTags = (props: { readonly roles: readonly string[] }) => (
    <ul class="tag-list">
      <For each={props.roles}>{(role) => <li class="tag">{shared.role(role)}</li>}</For>
    </ul>
  )

  const LocationCard = (props: { readonly location: PartnerLocation }) => (
    <li class="card stack">
      <h3>{props.location.name}</h3>
      <dl class="facts">
        <div>
          <dt>{t("home.partnerId")}</dt>
          <dd class="mono">{props.location.partnerId}</dd>
        </div>
        <div>
          <dt>{t("home.city")}</dt>
          <dd>{props.location.city}</dd>
        </div>
        <div>
          <dt>{t("home.roles")}</dt>
          <dd>
            <Show
              when={props.location.roles.length > 0}
              fallback={
                <span class="muted">
                  {orgRoles().length > 0 ? t("home.organizationRolesApply") : t("home.noRolesAtLocation")}
                </span>
              }
            >
              <RoleTags roles={props.location.roles} />
            </Show>
          </dd>
        </div>
      </dl>
    </li>
  )

  return (
    <div class="page">
      <PageHeading>{t("home.title")}</PageHeading>
      <Show when={me().user.kind !== "partner"}>
        <Notice tone="info">
          <p>{t("home.notPartner", { email: me().user.email })}</p>
        </Notice>
      </Show>
      <Show when={me().organization}>
        {(organization) => (
          <section class="section" aria-labelledby="organization-heading">
            <h2 id="organization-heading">{t("home.organization")}</h2>
            <div class="card stack">
              <p class="organization-name">
                <strong>{organization().name}</strong>
              </p>
              <Show when={orgRoles().length > 0}>
                <div class="stack">
                  <h3>{t("home.organizationRoles")}</h3>
                  <RoleTags roles={orgRoles()} />
                </div>
              </Show>
            </div>
          </section>
        )}
      </Show>
      <Show when={me().user.kind === "partner"}>
        <section class="section stack" aria-labelledby="locations-heading">
          <h2 id="locations-heading">{t("home.locations")}</h2>
          <p class="muted">{t("home.locationsIntro")}</p>
          <Show when={me().locations.length > 0} fallback={<p>{t("home.noLocations")}</p>}>
            <ul class="card-list">
              <For each={locationsByPartnerId(me())}>
                {(location) => <LocationCard location={location} />}
              </For>
            </ul>
          </Show>
        </section>
      </Show>
    </div>
  )
}
