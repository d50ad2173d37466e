import type { PartnerLocation } from "@openpor/api-client"
import { HomePage, RoleTags, Section, useCurrentUser } from "@openpor/ui"
import { For, type JSX, Show } from "solid-js"
import { HomeNotifications } from "../features/notifications/HomeNotifications.tsx"
import { useT } from "../i18n/index.ts"
import { isIncentivesAdmin } from "../lib/access.ts"
import { locationsByPartnerId, organizationRoles } from "../lib/me.ts"

/**
 * Start page: the notifications of Incentives and Global admins (enrollment invitations), the organization
 * and the user's locations with PartnerID, city and roles.
 */
export function Home(): JSX.Element {
  const t = useT()
  const me = useCurrentUser()
  const orgRoles = () => organizationRoles(me())
  // Invitations concern the admins who enroll (Incentives admins) or assign them (Global admins).
  const notified = () => isIncentivesAdmin(me()) || orgRoles().includes("global_admin")

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
    <HomePage
      accountKind="partner"
      always={
        <Show when={me().organization}>
          {(organization) => (
            <Section headingId="organization-heading" title={t("home.organization")}>
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
            </Section>
          )}
        </Show>
      }
    >
      <Show when={notified()}>
        <HomeNotifications />
      </Show>
      <Section headingId="locations-heading" class="stack" title={t("home.locations")}>
        <p class="muted">{t("home.locationsIntro")}</p>
        <Show when={me().locations.length > 0} fallback={<p>{t("home.noLocations")}</p>}>
          <ul class="card-list">
            <For each={locationsByPartnerId(me())}>{(location) => <LocationCard location={location} />}</For>
          </ul>
        </Show>
      </Section>
    </HomePage>
  )
}
