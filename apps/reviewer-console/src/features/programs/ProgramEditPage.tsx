import { ApiError } from "@openpor/api-client"
import {
  AsyncView,
  createApiForm,
  FormAlert,
  Notice,
  pluralCategory,
  Section,
  SubmitButton,
  showToast,
  TextField,
  useCurrentUser,
  useSession,
  useShared
} from "@openpor/ui"
import { SelectField } from "@openpor/ui/forms/select-field.tsx"
import { A, useNavigate, useParams } from "@solidjs/router"
import { createResource, createSignal, For, type JSX, Show } from "solid-js"
import { useT } from "../../i18n/index.ts"
import { mayOperate } from "../operations/access.ts"
import { OperationsPage } from "../operations/OperationsPage.tsx"
import {
  AcknowledgementsEditor,
  AcknowledgementsFacts,
  createAcknowledgements
} from "./AcknowledgementsEditor.tsx"
import { CheckboxGroup } from "./CheckboxGroup.tsx"
import {
  CHANNELS,
  type Channel,
  isSolutionArea,
  type PartnerRole,
  POLICIES,
  type Policy,
  ROLES_OF_AREA,
  SOLUTION_AREAS,
  type SolutionArea,
  splitChoices
} from "./catalog.ts"
import type { Program } from "./ProgramsPage.tsx"

interface RequirementRow {
  readonly key: number
  readonly id: string
  readonly name: string
  /** Saved with the program already: its ID is fixed and it cannot be removed. */
  readonly saved: boolean
}

/** Create a program (`/operations/programs/new`) or edit one with its requirements (operator); others read it. */
export function ProgramEditPage(): JSX.Element {
  const t = useT()
  const params = useParams()
  const { client } = useSession()
  const creating = () => params.id === "new"
  const [programs, { refetch }] = createResource(() => client.GET("/api/v1/programs").then((a) => a.programs))
  const program = () => programs.latest?.find((candidate) => candidate.id === params.id)
  const me = useCurrentUser()
  const title = () => {
    if (creating()) return t("programs.newTitle")
    const name = program()?.name ?? params.id ?? ""
    // Only the operator edits, and only an active program; everyone else reads it under its name.
    return mayOperate(me()) && program()?.status !== "discontinued" ? t("programs.editTitle", { name }) : name
  }
  return (
    <OperationsPage screen="programs" title={title()}>
      <p>
        <A href="/operations/programs">{t("programs.back")}</A>
      </p>
      <AsyncView resource={programs} retry={refetch}>
        {(list) => (
          <Show
            when={creating() || program() !== undefined}
            fallback={
              <Notice tone="error">
                <p>{t("programs.empty")}</p>
              </Notice>
            }
          >
            <ProgramForm program={program()} existingIds={list.map((p) => p.id)} />
          </Show>
        )}
      </AsyncView>
    </OperationsPage>
  )
}

function ProgramForm(props: {
  readonly program: Program | undefined
  readonly existingIds: readonly string[]
}): JSX.Element {
  const t = useT()
  const me = useCurrentUser()
  const { client } = useSession()
  const navigate = useNavigate()
  const editable = () => mayOperate(me()) && props.program?.status !== "discontinued"
  let nextKey = 0
  const [requirements, setRequirements] = createSignal<readonly RequirementRow[]>(
    (props.program?.requirements ?? []).map((r) => ({ key: nextKey++, id: r.id, name: r.name, saved: true }))
  )
  const statements = createAcknowledgements(props.program?.acknowledgements ?? [])
  const updateRequirement = (key: number, change: Partial<RequirementRow>) =>
    setRequirements((rows) => rows.map((row) => (row.key === key ? { ...row, ...change } : row)))

  const form = createApiForm({
    initial: {
      id: props.program?.id ?? "prg_",
      name: props.program?.name ?? "",
      solutionArea: props.program?.solutionArea ?? "business_applications",
      partnerRoles: (props.program?.partnerRoles ?? []).join(","),
      open: props.program?.open === true ? "true" : "",
      incentivized: props.program === undefined || props.program.incentivized ? "true" : "",
      arbitrationPolicy: props.program?.arbitrationPolicy ?? "most_recent_poe",
      allowedChannels: (props.program?.allowedChannels ?? ["volume_licensing", "web_direct"]).join(","),
      requirements: "",
      acknowledgements: ""
    },
    required: ["id", "name"],
    submit: async (values) => {
      if (props.program === undefined && props.existingIds.includes(values.id.trim()))
        throw new ApiError(409, "program_exists", "id", { field: "id" })
      const area = values.solutionArea as SolutionArea
      const roles = splitChoices(values.partnerRoles).filter((role) =>
        ROLES_OF_AREA[area].includes(role as PartnerRole)
      ) as PartnerRole[]
      if (roles.length === 0) throw new ApiError(400, "choose_one", "partnerRoles", { field: "partnerRoles" })
      const acknowledgements = statements.body()
      const problem = (code: string) =>
        new ApiError(400, code, "acknowledgements", { field: "acknowledgements" })
      if (acknowledgements === undefined) throw problem("acknowledgement_incomplete")
      if (new Set(acknowledgements.map((a) => a.id)).size !== acknowledgements.length)
        throw problem("duplicate_acknowledgement")
      const channels = splitChoices(values.allowedChannels) as Channel[]
      if (channels.length === 0)
        throw new ApiError(400, "choose_one", "allowedChannels", { field: "allowedChannels" })
      return client.POST("/api/v1/ops/programs", {
        body: {
          id: values.id.trim(),
          name: values.name.trim(),
          solutionArea: area,
          partnerRoles: roles,
          open: values.open === "true",
          incentivized: values.incentivized === "true",
          arbitrationPolicy: values.arbitrationPolicy as Policy,
          allowedChannels: channels,
          requirements: requirements().map((row) => ({ id: row.id.trim(), name: row.name.trim() })),
          // A new program without statements gets the defaults (the API's, when the key is absent).
          ...(props.program === undefined && acknowledgements.length === 0 ? {} : { acknowledgements })
        }
      })
    },
    translate: (problem, field) => {
      if (problem.code === "program_exists") return t("programs.idTaken")
      if (problem.code === "choose_one") return t("programs.chooseOne")
      if (
        problem.code === "duplicate_requirement" ||
        problem.code === "duplicate_acknowledgement" ||
        problem.code === "acknowledgement_incomplete" ||
        problem.code === "requirement_removed" ||
        problem.code === "program_discontinued"
      )
        return t(`programs.errors.${problem.code}`)
      return field === undefined ? undefined : problem.message
    },
    onSuccess: (saved) => {
      showToast("success", t("programs.saved", { name: saved.name }))
      navigate("/operations/programs")
    }
  })

  const areaRoles = () => {
    const area = form.value("solutionArea")
    return isSolutionArea(area) ? ROLES_OF_AREA[area] : []
  }

  return (
    <Show when={editable()} fallback={<ProgramFacts program={props.program!} />}>
      <form class="ops-form" novalidate onSubmit={(event) => void form.submit(event)}>
        <FormAlert form={form} />
        <Show when={props.program === undefined}>
          <TextField
            form={form}
            name="id"
            label={t("programs.id")}
            hint={t("programs.idHint")}
            spellcheck={false}
            maxLength={64}
          />
        </Show>
        <TextField form={form} name="name" label={t("programs.name")} maxLength={200} />
        <SelectField
          form={form}
          name="solutionArea"
          label={t("programs.solutionArea")}
          options={SOLUTION_AREAS.map((area) => ({
            value: area,
            label: t(`programs.solutionAreas.${area}`)
          }))}
        />
        <CheckboxGroup
          form={form}
          name="partnerRoles"
          legend={t("programs.partnerRoles")}
          hint={t("programs.partnerRolesHint")}
          options={areaRoles().map((role) => ({ value: role, label: t(`programs.roles.${role}`) }))}
        />
        <CheckboxGroup
          form={form}
          name="open"
          legend={t("programs.eligibility")}
          options={[{ value: "true", label: t("programs.open") }]}
        />
        <CheckboxGroup
          form={form}
          name="incentivized"
          legend={t("programs.incentivizedShort")}
          options={[{ value: "true", label: t("programs.incentivized") }]}
        />
        <SelectField
          form={form}
          name="arbitrationPolicy"
          label={t("programs.arbitrationPolicy")}
          options={POLICIES.map((policy) => ({ value: policy, label: t(`programs.policies.${policy}`) }))}
        />
        <CheckboxGroup
          form={form}
          name="allowedChannels"
          legend={t("programs.allowedChannels")}
          hint={t("programs.allowedChannelsHint")}
          options={CHANNELS.map((channel) => ({ value: channel, label: t(`programs.channels.${channel}`) }))}
        />
        <Section headingId="program-requirements" title={t("programs.requirements")} class="stack">
          <p class="field__hint">{t("programs.requirementsHint")}</p>
          <Show when={form.error("requirements")}>
            {(message) => (
              <p class="field__error" id={form.errorId("requirements")}>
                {message()}
              </p>
            )}
          </Show>
          <Show when={requirements().length > 0} fallback={<p>{t("programs.noRequirements")}</p>}>
            <ol class="stack ops-plain-list">
              <For each={requirements()}>
                {(row, index) => (
                  <li class="ops-requirement">
                    <div class="field">
                      <label for={`requirement-id-${row.key}`}>
                        {t("programs.requirementId")} {index() + 1}
                      </label>
                      <input
                        id={`requirement-id-${row.key}`}
                        value={row.id}
                        readOnly={row.saved || form.pending()}
                        spellcheck={false}
                        maxLength={64}
                        aria-describedby={`requirement-id-hint-${row.key}`}
                        onInput={(event) => updateRequirement(row.key, { id: event.currentTarget.value })}
                      />
                      <p class="field__hint" id={`requirement-id-hint-${row.key}`}>
                        {t("programs.requirementIdHint")}
                      </p>
                    </div>
                    <div class="field">
                      <label for={`requirement-name-${row.key}`}>
                        {t("programs.requirementName")} {index() + 1}
                      </label>
                      <input
                        id={`requirement-name-${row.key}`}
                        value={row.name}
                        readOnly={form.pending()}
                        maxLength={200}
                        onInput={(event) => updateRequirement(row.key, { name: event.currentTarget.value })}
                      />
                    </div>
                    <Show when={!row.saved}>
                      <div>
                        <button
                          type="button"
                          class="button button--secondary button--small"
                          onClick={() => setRequirements((rows) => rows.filter((r) => r.key !== row.key))}
                        >
                          {t("programs.removeRequirement", { number: String(index() + 1) })}
                        </button>
                      </div>
                    </Show>
                  </li>
                )}
              </For>
            </ol>
          </Show>
          <div>
            <button
              type="button"
              class="button button--secondary"
              onClick={() =>
                setRequirements((rows) => [...rows, { key: nextKey++, id: "req_", name: "", saved: false }])
              }
            >
              {t("programs.addRequirement")}
            </button>
          </div>
        </Section>
        <AcknowledgementsEditor
          statements={statements}
          creating={props.program === undefined}
          pending={form.pending()}
          error={() => form.error("acknowledgements")}
          errorId={form.errorId("acknowledgements")}
        />
        <div>
          <SubmitButton form={form} label={t("programs.save")} pendingLabel={t("programs.saving")} />
        </div>
      </form>
    </Show>
  )
}

/** A program as read by those who may not change it (auditors; anyone for a discontinued program). */
function ProgramFacts(props: { readonly program: Program }): JSX.Element {
  const t = useT()
  const { locale } = useShared()
  const label = <K extends string>(value: string, known: readonly K[], translate: (key: K) => string) =>
    (known as readonly string[]).includes(value) ? translate(value as K) : value
  const allRoles = Object.values(ROLES_OF_AREA).flat()
  return (
    <div class="stack">
      <Show when={props.program.status === "discontinued"}>
        <Notice tone="info">
          <p>{t("programs.readOnlyProgram", { name: props.program.name })}</p>
        </Notice>
      </Show>
      <dl class="facts card">
        <div>
          <dt>{t("programs.id")}</dt>
          <dd class="mono">{props.program.id}</dd>
        </div>
        <div>
          <dt>{t("programs.solutionArea")}</dt>
          <dd>
            {label(props.program.solutionArea, SOLUTION_AREAS, (k) => t(`programs.solutionAreas.${k}`))}
          </dd>
        </div>
        <div>
          <dt>{t("programs.partnerRoles")}</dt>
          <dd>
            {props.program.partnerRoles
              .map((r) => label(r, allRoles, (k) => t(`programs.roles.${k}`)))
              .join(", ")}
          </dd>
        </div>
        <div>
          <dt>{t("programs.eligibility")}</dt>
          <dd>
            {props.program.open
              ? t("programs.openShort")
              : t(
                  `programs.requirementsCount.${pluralCategory(locale(), props.program.requirements.length)}`,
                  {
                    count: String(props.program.requirements.length)
                  }
                )}
          </dd>
        </div>
        <div>
          <dt>{t("programs.incentivizedShort")}</dt>
          <dd>
            {props.program.incentivized ? t("programs.incentivizedShort") : t("programs.notIncentivized")}
          </dd>
        </div>
        <div>
          <dt>{t("programs.arbitrationPolicy")}</dt>
          <dd>{label(props.program.arbitrationPolicy, POLICIES, (k) => t(`programs.policies.${k}`))}</dd>
        </div>
        <div>
          <dt>{t("programs.allowedChannels")}</dt>
          <dd>
            {props.program.allowedChannels
              .map((c) => label(c, CHANNELS, (k) => t(`programs.channels.${k}`)))
              .join(", ")}
          </dd>
        </div>
      </dl>
      <Section headingId="program-requirements" title={t("programs.requirements")} class="stack">
        <Show when={props.program.requirements.length > 0} fallback={<p>{t("programs.noRequirements")}</p>}>
          <ul>
            <For each={props.program.requirements}>
              {(requirement) => (
                <li>
                  {requirement.name} <span class="mono muted">({requirement.id})</span>
                </li>
              )}
            </For>
          </ul>
        </Show>
      </Section>
      <AcknowledgementsFacts statements={props.program.acknowledgements} />
    </div>
  )
}
