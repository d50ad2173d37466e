import type { PartnerLocation } from "@openpor/api-client"
import { type Column, DataTable, EmptyState, Section, StatusTag } from "@openpor/ui"
import { type Component, For, type JSX, Show } from "solid-js"
import { stateTone } from "./api.ts"
import { useT } from "./i18n.ts"
import type { ProfileFormProps, ProfileKind } from "./ProfileForm.tsx"

/** What every payout profile has: an id, the vendor's validation state and its reason for a return. */
interface ProfileRow {
  readonly id: string
  readonly state: string
  readonly stateReason: string | null
}

/** The page's state as one section sees it. */
export interface ProfileSectionState {
  /** The profile being edited (`null`: a new one); `undefined`: no form of this section is open. */
  readonly editing: string | null | undefined
  readonly edit: (id: string | null) => void
  readonly close: () => void
  readonly saved: () => void
  /** The names of the locations a profile is the default for. */
  readonly defaultsOf: (id: string) => readonly string[]
  readonly locations: readonly PartnerLocation[]
  /** The location a new profile is preselected as the default for (opened from an enrollment). */
  readonly askedLocation: string | undefined
}

/**
 * The bank or the tax profiles of the organization: a table of the profiles (name and detail, their own columns, then the
 * validation state with the vendor's reason, the locations they are the default for, and Edit), then the
 * form of the profile being added or edited, or the button that adds one.
 */
export function ProfileSection<P extends ProfileRow>(props: {
  readonly kind: ProfileKind
  readonly rows: readonly P[]
  /** How a profile is called (first column, and the Edit button's accessible name). */
  readonly name: (profile: P) => string
  /** What the first column shows under the name (the account holder, the address). */
  readonly detail: (profile: P) => string
  /** The further columns that describe a profile of this kind. */
  readonly columns: readonly Column<P>[]
  readonly form: Component<ProfileFormProps<P>>
  readonly state: ProfileSectionState
}): JSX.Element {
  const t = useT()
  const Form = (formProps: ProfileFormProps<P>) => props.form(formProps)
  return (
    <Section headingId={`${props.kind}-heading`} class="stack" title={t(`${props.kind}.heading`)}>
      <Show
        when={props.rows.length > 0}
        fallback={<EmptyState title={t(`${props.kind}.empty`)}>{t(`${props.kind}.emptyBody`)}</EmptyState>}
      >
        <DataTable
          caption={t(`${props.kind}.caption`)}
          rows={props.rows}
          columns={[
            {
              header: t(`${props.kind}.columns.profile`),
              cell: (p: P) => (
                <div class="stack stack--tight">
                  <strong>{props.name(p)}</strong>
                  <span>{props.detail(p)}</span>
                </div>
              )
            },
            ...props.columns,
            {
              header: t(`${props.kind}.columns.state`),
              cell: (p: P) => <StateCell state={p.state} reason={p.stateReason} />
            },
            {
              header: t(`${props.kind}.columns.defaults`),
              cell: (p: P) => <DefaultCell names={props.state.defaultsOf(p.id)} />
            },
            {
              header: t("edit"),
              cell: (p: P) => (
                <button
                  type="button"
                  class="button button--secondary button--small"
                  aria-label={`${t("edit")}: ${props.name(p)}`}
                  onClick={() => props.state.edit(p.id)}
                >
                  {t("edit")}
                </button>
              )
            }
          ]}
        />
      </Show>
      <Show
        when={props.state.editing !== undefined}
        fallback={
          <div class="actions">
            <button type="button" class="button" onClick={() => props.state.edit(null)}>
              {t(`${props.kind}.add`)}
            </button>
          </div>
        }
      >
        <For each={[props.state.editing!]}>
          {(id) => (
            <Form
              profile={props.rows.find((p) => p.id === id)}
              locations={props.state.locations}
              defaultLocationId={id === null ? props.state.askedLocation : undefined}
              onDone={() => props.state.saved()}
              onCancel={() => props.state.close()}
            />
          )}
        </For>
      </Show>
    </Section>
  )
}

/** The vendor's validation state, with its reason when the profile was returned. */
function StateCell(props: { readonly state: string; readonly reason: string | null }): JSX.Element {
  const t = useT()
  return (
    <div class="stack stack--tight">
      <span>
        <StatusTag tone={stateTone(props.state)}>
          {t(`states.${props.state}` as "states.approved") ?? props.state}
        </StatusTag>
      </span>
      <Show when={props.state === "action_required" && props.reason !== null}>
        <span>
          {t("returnedReason")} <span lang="en">{props.reason}</span>
        </span>
      </Show>
    </div>
  )
}

/** The locations the profile is the default for, or that it is nobody's default. */
function DefaultCell(props: { readonly names: readonly string[] }): JSX.Element {
  const t = useT()
  return (
    <Show when={props.names.length > 0} fallback={<span class="muted">{t("notDefault")}</span>}>
      {t("defaultFor", { locations: props.names.join(", ") })}
    </Show>
  )
}
