import { isLocationRole, type Me } from "@openpor/api-client"
import { isLocale, LOCALE_NAMES } from "@openpor/ui"
import { For, type JSX, Show, splitProps } from "solid-js"
import type { SetStoreFunction } from "solid-js/store"
import {
  type ClaimCatalog,
  type ClaimDraft,
  canDraftClaims,
  type Enrollment,
  type Step
} from "../lib/claims.ts"
import { useClaimText } from "../lib/text.ts"
import { ContactLanguage } from "./ContactLanguage.tsx"
import { type Choice, ChoiceGroup, InputField } from "./controls.tsx"

export interface StepProps {
  readonly draft: ClaimDraft
  readonly set: SetStoreFunction<ClaimDraft>
  /** The message next to a field (local check or the API's). */
  readonly error: (field: keyof ClaimDraft) => string | undefined
  readonly catalog: ClaimCatalog
}

/** The draft's fields that are typed as text. */
type DraftTextField = { [K in keyof ClaimDraft]: ClaimDraft[K] extends string ? K : never }[keyof ClaimDraft]

/** An input bound to one text field of the draft: its id (`claim-<field>`), value, message and updates. */
function DraftField(
  props: Omit<Parameters<typeof InputField>[0], "id" | "value" | "error" | "onInput"> & {
    readonly step: StepProps
    readonly field: DraftTextField
  }
): JSX.Element {
  const [own, input] = splitProps(props, ["step", "field"])
  return (
    <InputField
      {...input}
      id={`claim-${own.field}`}
      value={own.step.draft[own.field]}
      error={own.step.error(own.field)}
      onInput={(value) => own.step.set(own.field, value)}
    />
  )
}

export function AreaStep(props: StepProps): JSX.Element {
  const { t, area, lookup } = useClaimText()
  return (
    <ChoiceGroup
      id="claim-solutionArea"
      legend={t("wizard.areaLegend")}
      type="radio"
      choices={props.catalog.solutionAreas.map((code) => ({
        value: code,
        label: area(code),
        description: lookup(`areaHints.${code}`)
      }))}
      selected={[props.draft.solutionArea]}
      error={props.error("solutionArea")}
      onChange={(value) => {
        if (value !== props.draft.solutionArea) props.set({ solutionArea: value, partnerRole: "" })
      }}
    />
  )
}

export function RoleStep(props: StepProps): JSX.Element {
  const { t, role, lookup } = useClaimText()
  return (
    <ChoiceGroup
      id="claim-partnerRole"
      legend={t("wizard.roleLegend")}
      hint={t("wizard.roleHint")}
      type="radio"
      choices={props.catalog.partnerRoles
        .filter((r) => r.solutionArea === props.draft.solutionArea)
        .map((r) => ({
          value: r.role,
          label: role(r.role),
          description: lookup(`roleExplanations.${r.role}`)
        }))}
      selected={[props.draft.partnerRole]}
      error={props.error("partnerRole")}
      onChange={(value) => props.set({ partnerRole: value })}
    />
  )
}

/** Whether the user may draft claims for a location, and whether it is enrolled in the role's program. */
export const partnerIdChoices = (
  me: Me,
  enrollments: readonly Enrollment[],
  programId: string | undefined,
  programName: string,
  text: ReturnType<typeof useClaimText>
): Choice[] =>
  [...me.locations]
    .sort((a, b) => a.partnerId.localeCompare(b.partnerId, "en", { numeric: true }))
    .map((location) => {
      const mayDraft = location.roles.some(isLocationRole)
      const enrollment = enrollments.find((e) => e.location.id === location.id && e.program.id === programId)
      const state = enrollment?.state
      const why = !mayDraft
        ? text.t("wizard.whyNoRole")
        : state === "enrolled"
          ? undefined
          : state === "invited"
            ? text.t("wizard.whyInvited", { program: programName })
            : state === "action_required" || state === "validating" || state === "enrolling"
              ? text.t("wizard.whyEnrolling", { program: programName })
              : text.t("wizard.whyNotEnrolled", { program: programName })
      return {
        value: location.partnerId,
        label: `${location.partnerId} · ${location.name}, ${location.city}`,
        description: why === undefined ? text.t("wizard.enrolledIn", { program: programName }) : undefined,
        disabledReason: why
      }
    })

export function DetailsStep(
  props: StepProps & {
    readonly me: Me
    readonly enrollments: readonly Enrollment[]
    readonly programName: string
    /** After submission: only the PartnerID can change here. */
    readonly locked: boolean
  }
): JSX.Element {
  const text = useClaimText()
  const { t } = text
  const programId = () =>
    props.catalog.partnerRoles.find((r) => r.role === props.draft.partnerRole)?.programId
  const choices = () => partnerIdChoices(props.me, props.enrollments, programId(), props.programName, text)
  return (
    <div class="stack">
      <DraftField
        step={props}
        field="name"
        label={t("wizard.name")}
        hint={t("wizard.nameHint")}
        maxLength={200}
        readOnly={props.locked}
      />
      <ChoiceGroup
        id="claim-partnerId"
        legend={t("wizard.partnerIdLegend")}
        hint={t("wizard.partnerIdHint", { program: props.programName })}
        type="radio"
        choices={choices()}
        selected={[props.draft.partnerId]}
        error={
          props.error("partnerId") ??
          (choices().every((c) => c.disabledReason !== undefined)
            ? canDraftClaims(props.me)
              ? t("wizard.noEnrolledLocation", { program: props.programName })
              : t("wizard.noIncentivesRole")
            : undefined)
        }
        onChange={(value) => props.set({ partnerId: value })}
      />
      <DraftField
        step={props}
        field="tenantId"
        label={t("wizard.tenantId")}
        hint={t("wizard.tenantIdHint")}
        maxLength={100}
        readOnly={props.locked}
      />
      <DraftField
        step={props}
        field="customerDomain"
        label={t("wizard.domain")}
        hint={t("wizard.domainHint")}
        maxLength={253}
        readOnly={props.locked}
      />
      <Show when={props.draft.solutionArea === "modern_work_security"}>
        <div class="choice">
          <input
            id="claim-optOut"
            disabled={props.locked}
            type="checkbox"
            checked={props.draft.optOutOfIncentives}
            aria-describedby="claim-optOut-hint"
            onChange={(event) => props.set({ optOutOfIncentives: event.currentTarget.checked })}
          />
          <div class="choice__text">
            <label for="claim-optOut">{t("wizard.optOut")}</label>
            <p class="choice__description" id="claim-optOut-hint">
              {t("wizard.optOutHint")}
            </p>
          </div>
        </div>
      </Show>
    </div>
  )
}

export function ProductsStep(props: StepProps): JSX.Element {
  const { t } = useClaimText()
  return (
    <Show
      when={props.draft.solutionArea === "modern_work_security"}
      fallback={
        <div class="stack">
          <DraftField
            step={props}
            field="subscriptionIds"
            label={t("wizard.subscriptions")}
            hint={t("wizard.subscriptionsHint")}
            multiline
          />
          <Show when={props.draft.partnerRole === "influenced_revenue"}>
            <h3>{t("wizard.revenueHeading")}</h3>
            <DraftField step={props} field="revenueSolutionSellerName" label={t("wizard.sellerName")} />
            <DraftField step={props} field="revenueCustomerName" label={t("wizard.customerName")} />
            <DraftField step={props} field="revenueIsvProductName" label={t("wizard.isvProductName")} />
          </Show>
        </div>
      }
    >
      <ChoiceGroup
        id="claim-workloads"
        legend={t("wizard.workloadsLegend")}
        hint={t("wizard.workloadsHint")}
        type="checkbox"
        choices={props.catalog.workloads.map((w) => ({ value: w.code, label: w.name }))}
        selected={props.draft.workloads}
        error={props.error("workloads")}
        onChange={(value, checked) =>
          props.set("workloads", (current) =>
            checked ? [...current.filter((w) => w !== value), value] : current.filter((w) => w !== value)
          )
        }
      />
    </Show>
  )
}

export function ContactsStep(props: StepProps): JSX.Element {
  const { t } = useClaimText()
  return (
    <div class="stack">
      <ContactFields
        step={props}
        contact="customerContact"
        legend={t("wizard.customerContact")}
        hint={t("wizard.customerContactHint")}
      />
      <ContactFields step={props} contact="partnerContact" legend={t("wizard.partnerContact")} own />
    </div>
  )
}

/**
 * One contact's fields (`<contact>Name`, the customer's `Title`, `<contact>Email`) in their own group. The
 * customer's contact is typed for someone else (the browser fills in nothing); `own` (the partner's contact,
 * usually the user) lets the browser fill in the user's name and email.
 */
function ContactFields(props: {
  readonly step: StepProps
  readonly contact: "customerContact" | "partnerContact"
  readonly legend: string
  readonly hint?: string
  readonly own?: boolean
}): JSX.Element {
  const { t } = useClaimText()
  const autofill = (what: "name" | "email") => (props.own === true ? what : "off")
  return (
    <fieldset class="choice-group stack">
      <legend>{props.legend}</legend>
      <Show when={props.hint}>{(hint) => <p class="field__hint">{hint()}</p>}</Show>
      <DraftField
        step={props.step}
        field={`${props.contact}Name`}
        label={t("wizard.contactName")}
        autocomplete={autofill("name")}
      />
      <Show when={props.contact === "customerContact"}>
        <DraftField
          step={props.step}
          field="customerContactTitle"
          label={t("wizard.contactTitle")}
          autocomplete="off"
        />
      </Show>
      <DraftField
        step={props.step}
        field={`${props.contact}Email`}
        label={t("wizard.contactEmail")}
        type="email"
        inputmode="email"
        autocomplete={autofill("email")}
      />
      <Show when={props.contact === "customerContact"}>
        <ContactLanguage step={props.step} />
      </Show>
    </fieldset>
  )
}

/** The review page: every section with its values and an Edit link to its step. */
export function ReviewStep(
  props: StepProps & {
    readonly editHref: (step: Step) => string
    readonly steps: readonly Step[]
    readonly Link: (p: { href: string; children: JSX.Element; "aria-label"?: string }) => JSX.Element
    readonly locationLabel: string
  }
): JSX.Element {
  const { t, area, role } = useClaimText()
  const workloadName = (code: string) => props.catalog.workloads.find((w) => w.code === code)?.name ?? code
  const Section = (section: {
    readonly step: Step
    readonly rows: readonly (readonly [string, string])[]
  }) => {
    const title = () => t(`wizard.steps.${section.step}` as "wizard.steps.area")
    return (
      <section class="card review-section" aria-labelledby={`review-${section.step}`}>
        <div class="review-section__head">
          <h3 id={`review-${section.step}`}>{title()}</h3>
          <Show when={props.steps.includes(section.step)}>
            <props.Link
              href={props.editHref(section.step)}
              aria-label={t("wizard.editSection", { section: title() })}
            >
              {t("wizard.edit")}
            </props.Link>
          </Show>
        </div>
        <dl class="facts">
          <For each={section.rows}>
            {([label, value]) => (
              <div>
                <dt>{label}</dt>
                <dd class="wrap-anywhere">{value === "" ? "—" : value}</dd>
              </div>
            )}
          </For>
        </dl>
      </section>
    )
  }
  const modernWork = () => props.draft.solutionArea === "modern_work_security"
  return (
    <div class="stack">
      <p>{t("wizard.reviewIntro")}</p>
      <Section step="area" rows={[[t("detail.area"), area(props.draft.solutionArea)]]} />
      <Section step="role" rows={[[t("detail.role"), role(props.draft.partnerRole)]]} />
      <Section
        step="details"
        rows={[
          [t("wizard.name"), props.draft.name],
          [t("wizard.partnerIdLegend"), props.locationLabel],
          [t("wizard.tenantId"), props.draft.tenantId],
          [t("wizard.domain"), props.draft.customerDomain],
          ...(modernWork()
            ? [
                [
                  t("detail.incentives"),
                  props.draft.optOutOfIncentives ? t("wizard.optedOut") : t("wizard.notOptedOut")
                ] as const
              ]
            : [])
        ]}
      />
      <Section
        step="products"
        rows={
          modernWork()
            ? [[t("detail.workloads"), props.draft.workloads.map(workloadName).join(", ")]]
            : [
                [
                  t("detail.subscriptions"),
                  props.draft.subscriptionIds.split(/\s+/).filter(Boolean).join(", ")
                ],
                ...(props.draft.partnerRole === "influenced_revenue"
                  ? ([
                      [t("wizard.sellerName"), props.draft.revenueSolutionSellerName],
                      [t("wizard.customerName"), props.draft.revenueCustomerName],
                      [t("wizard.isvProductName"), props.draft.revenueIsvProductName]
                    ] as const)
                  : [])
              ]
        }
      />
      <Section
        step="contacts"
        rows={[
          [
            t("wizard.customerContact"),
            [
              props.draft.customerContactName,
              props.draft.customerContactTitle,
              props.draft.customerContactEmail,
              isLocale(props.draft.customerContactLanguage)
                ? LOCALE_NAMES[props.draft.customerContactLanguage]
                : ""
            ]
              .filter(Boolean)
              .join(" · ")
          ],
          [
            t("wizard.partnerContact"),
            [props.draft.partnerContactName, props.draft.partnerContactEmail].filter(Boolean).join(" · ")
          ]
        ]}
      />
    </div>
  )
}
