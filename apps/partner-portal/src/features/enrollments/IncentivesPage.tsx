import type { PartnerLocation } from "@openpor/api-client"
import {
  AsyncView,
  DataTable,
  EmptyState,
  formatDate,
  formatDateTime,
  PageHeading,
  Section,
  StatusTag,
  useCurrentUser,
  useLocale,
  useSession
} from "@openpor/ui"
import { A } from "@solidjs/router"
import { createResource, For, type JSX, Match, Show, Switch } from "solid-js"
import { canManageUsers, isIncentivesAdmin } from "../../lib/access.ts"
import { locationsByPartnerId } from "../../lib/me.ts"
import { type EnrollmentView, loadAllEnrollments, type Program, stateTone } from "./api.ts"
import { useT } from "./i18n.ts"

/**
 * The Incentives workspace (seed 003): per location, every program with its Status, the Action needed to
 * complete the enrollment and the Resources about it. Unmet requirements are behind "See eligibility
 * requirements"; users who are not Incentives admin see "Enrolling" while an admin completes it.
 */
export function IncentivesPage(): JSX.Element {
  const t = useT()
  const { client } = useSession()
  const me = useCurrentUser()
  const [data, { refetch }] = createResource(async () => {
    const [enrollments, catalog] = await Promise.all([
      loadAllEnrollments(client),
      client.GET("/api/v1/programs")
    ])
    return { enrollments, programs: new Map(catalog.programs.map((p) => [p.id, p])) }
  })

  const locationsWith = (enrollments: readonly EnrollmentView[]) => {
    const known = locationsByPartnerId(me())
    const ids = new Set(enrollments.map((e) => e.location.id))
    return known.filter((location) => ids.has(location.id))
  }

  return (
    <div class="page">
      <PageHeading>{t("title")}</PageHeading>
      <p class="muted">{t("intro")}</p>
      <AsyncView
        resource={data}
        retry={refetch}
        isEmpty={(value) => value.enrollments.length === 0}
        empty={<EmptyState title={t("empty")}>{t("emptyBody")}</EmptyState>}
      >
        {(value) => (
          <For each={locationsWith(value.enrollments)}>
            {(location) => (
              <LocationPrograms
                location={location}
                enrollments={value.enrollments.filter((e) => e.location.id === location.id)}
                programs={value.programs}
              />
            )}
          </For>
        )}
      </AsyncView>
    </div>
  )
}

function LocationPrograms(props: {
  readonly location: PartnerLocation
  readonly enrollments: readonly EnrollmentView[]
  readonly programs: ReadonlyMap<string, Program>
}): JSX.Element {
  const t = useT()
  const params = () => ({ location: props.location.name, partnerId: props.location.partnerId })
  return (
    <Section headingId={`location-${props.location.id}`} class="stack" title={t("locationHeading", params())}>
      <DataTable
        caption={t("caption", params())}
        rows={props.enrollments}
        columns={[
          {
            header: t("columns.program"),
            cell: (e) => <ProgramCell enrollment={e} program={props.programs.get(e.program.id)} />
          },
          { header: t("columns.status"), cell: (e) => <StatusCell enrollment={e} /> },
          {
            header: t("columns.action"),
            cell: (e) => <ActionCell enrollment={e} location={props.location} />
          },
          {
            header: t("columns.resources"),
            cell: (e) => <ResourcesCell enrollment={e} program={props.programs.get(e.program.id)} />
          }
        ]}
      />
    </Section>
  )
}

function ProgramCell(props: { readonly enrollment: EnrollmentView; readonly program: Program | undefined }) {
  const t = useT()
  const area = () => props.program?.solutionArea
  return (
    <div class="stack stack--tight">
      <strong>{props.enrollment.program.name}</strong>
      <Show when={area()}>
        {(value) => (
          <span class="muted">
            {t(`solutionAreas.${value()}` as "solutionAreas.business_applications") ?? value()}
          </span>
        )}
      </Show>
      <Show when={props.enrollment.program.open}>
        <span class="muted">{t("openProgram")}</span>
      </Show>
      <Show when={props.program?.incentivized === false}>
        <span class="muted">{t("notIncentivized")}</span>
      </Show>
    </div>
  )
}

function StatusCell(props: { readonly enrollment: EnrollmentView }) {
  const t = useT()
  const { locale } = useLocale()
  const e = () => props.enrollment
  return (
    <div class="stack stack--tight">
      <span>
        <StatusTag tone={stateTone(e().state)}>
          {t(`states.${e().state}` as "states.invited") ?? e().state}
        </StatusTag>
        <Show when={e().blockedReason === "no_incentives_admin"}>
          {" "}
          <StatusTag tone="warning">{t("blocked.tag")}</StatusTag>
        </Show>
      </span>
      <Show when={e().state === "enrolled"}>
        <span class="muted">
          {t("fiscalYear", { fiscalYear: e().fiscalYear, date: formatDate(locale(), e().expiresOn) })}
        </span>
      </Show>
      <Show when={e().requirements.length > 0}>
        <details class="disclosure">
          <summary>{t("seeRequirements")}</summary>
          <p class="muted">{t("requirementsIntro")}</p>
          <ul class="requirement-list">
            <For each={e().requirements}>
              {(requirement) => (
                <li>
                  <StatusTag tone={requirement.met ? "success" : "danger"}>
                    {requirement.met ? t("requirementMet") : t("requirementUnmet")}
                  </StatusTag>{" "}
                  {requirement.name}
                </li>
              )}
            </For>
          </ul>
        </details>
      </Show>
    </div>
  )
}

function ActionCell(props: { readonly enrollment: EnrollmentView; readonly location: PartnerLocation }) {
  const t = useT()
  const { locale } = useLocale()
  const me = useCurrentUser()
  const e = () => props.enrollment
  const labels = () => ({ location: props.location.name, program: e().program.name })
  // The API says when the location has no Incentives admin: nobody can enroll it until one is assigned.
  const blocked = () =>
    !isIncentivesAdmin(me(), props.location.id) && e().blockedReason === "no_incentives_admin"
  return (
    <div class="stack stack--tight">
      <Switch>
        <Match when={e().state === "invited"}>
          <Switch fallback={<p>{t("actions.invitedOther")}</p>}>
            <Match when={e().actions.includes("accept")}>
              <p>{t("actions.invitedAdmin")}</p>
              <A
                class="button button--small"
                href={`/incentives/${e().id}`}
                aria-label={t("actions.enrollLabel", labels())}
              >
                {t("actions.enroll")}
              </A>
            </Match>
            <Match when={blocked()}>
              <NoIncentivesAdmin />
            </Match>
          </Switch>
        </Match>
        <Match when={e().state === "action_required"}>
          <Show when={blocked()}>
            <NoIncentivesAdmin />
          </Show>
          <p>{t("actions.actionRequired")}</p>
          <ul class="plain-list">
            <For each={e().missing}>
              {(item) => <li>{t(`missing.${item}` as "missing.bank_profile") ?? item}</li>}
            </For>
          </ul>
          <Show when={e().reason !== null && e().missing.some((m) => m.endsWith("_returned"))}>
            <p class="muted">
              {t("actions.returnedReason")} <span lang="en">{e().reason}</span>
            </p>
          </Show>
          <Show when={e().actions.includes("accept")}>
            <A
              class="button button--small"
              href={`/incentives/${e().id}`}
              aria-label={t("actions.completeLabel", labels())}
            >
              {t("actions.complete")}
            </A>
          </Show>
        </Match>
        <Match when={e().state === "enrolling"}>
          <p>{t("actions.enrolling")}</p>
        </Match>
        <Match when={e().state === "validating"}>
          <p>{t("actions.validating")}</p>
          <Show when={e().validation}>
            {(validation) => (
              <p class="muted">
                {validation().overdue
                  ? t("actions.validatingOverdue")
                  : t("actions.validatingDue", { date: formatDateTime(locale(), validation().dueAt) })}
              </p>
            )}
          </Show>
        </Match>
        <Match when={e().state === "enrolled"}>
          <p>{t("actions.enrolled")}</p>
        </Match>
        <Match when={e().state === "inactive"}>
          <p>{t("actions.inactive")}</p>
          <Show when={e().unmetRequirements.length > 0}>
            <ul class="plain-list">
              <For each={e().unmetRequirements}>{(requirement) => <li>{requirement.name}</li>}</For>
            </ul>
          </Show>
        </Match>
        <Match when={e().state === "discontinued"}>
          <p>{t("actions.discontinued")}</p>
        </Match>
      </Switch>
    </div>
  )
}

/**
 * The enrollment is blocked: the location has no Incentives admin (SPEC §3, seed 003). Global and Account
 * admins are told to assign one (who then gets the invitation); everyone else whom to ask.
 */
function NoIncentivesAdmin() {
  const t = useT()
  const me = useCurrentUser()
  return (
    <Show when={canManageUsers(me())} fallback={<p>{t("blocked.askAdmin")}</p>}>
      <p>{t("actions.invitedNoAdmin")}</p>
      <p class="muted">{t("blocked.assignThen")}</p>
      <A href="/users">{t("actions.assignAdmin")}</A>
    </Show>
  )
}

/** Whether a guide is the partner portal's page about the program (what the API links by default). */
const isPortalGuide = (url: string, programId: string) => {
  try {
    return new URL(url).pathname === `/partner/programs/${encodeURIComponent(programId)}`
  } catch {
    return false
  }
}

function ResourcesCell(props: {
  readonly enrollment: EnrollmentView
  readonly program: Program | undefined
}) {
  const t = useT()
  return (
    <Show when={props.program} fallback={<span class="muted">{t("resources.none")}</span>}>
      {(program) => (
        <div class="stack stack--tight">
          <Show when={program().guideUrl}>
            {(url) => (
              <Show
                when={isPortalGuide(url(), program().id)}
                fallback={
                  <a href={url()} aria-label={t("resources.guideLabel", { program: program().name })}>
                    {t("resources.guide")}
                  </a>
                }
              >
                {/* The portal's own page about the program (the default guide): opened in the app. */}
                <A
                  href={`/programs/${encodeURIComponent(program().id)}`}
                  aria-label={t("resources.guideLabel", { program: program().name })}
                >
                  {t("resources.guide")}
                </A>
              </Show>
            )}
          </Show>
          <details class="disclosure">
            <summary>{t("resources.details", { program: program().name })}</summary>
            <dl class="facts">
              <div>
                <dt>{t("resources.solutionArea")}</dt>
                <dd>
                  {t(`solutionAreas.${program().solutionArea}` as "solutionAreas.business_applications") ??
                    program().solutionArea}
                </dd>
              </div>
              <div>
                <dt>{t("resources.partnerRoles")}</dt>
                <dd>
                  {program()
                    .partnerRoles.map(
                      (role) => t(`partnerRoles.${role}` as "partnerRoles.use_or_consume") ?? role
                    )
                    .join(", ")}
                </dd>
              </div>
              <div>
                <dt>{t("resources.requirements")}</dt>
                <dd>
                  {program().requirements.length === 0
                    ? t("noRequirements")
                    : program()
                        .requirements.map((r) => r.name)
                        .join("; ")}
                </dd>
              </div>
            </dl>
          </details>
        </div>
      )}
    </Show>
  )
}
