import {
  AsyncView,
  describeError,
  errorText,
  Notice,
  PageHeading,
  showToast,
  useCurrentUser,
  useSession,
  useShared
} from "@openpor/ui"
import { A, useNavigate, useParams, useSearchParams } from "@solidjs/router"
import { createEffect, createResource, createSignal, For, type JSX, Match, on, Show, Switch } from "solid-js"
import { createStore, unwrap } from "solid-js/store"
import "../claims.css"
import {
  AreaStep,
  ContactsStep,
  DetailsStep,
  ProductsStep,
  partnerIdChoices,
  ReviewStep,
  RoleStep
} from "../components/WizardSteps.tsx"
import {
  bodyOfDraft,
  type Claim,
  type ClaimCatalog,
  type ClaimDraft,
  type ClaimProblem,
  claimProblems,
  draftOfClaim,
  type Enrollment,
  emptyDraft,
  isStep,
  rememberedProblems,
  rememberProblems,
  STEPS,
  type Step,
  subscriptionList
} from "../lib/claims.ts"
import { clearLocalDraft, loadLocalDraft, saveLocalDraft } from "../lib/local-draft.ts"
import { useClaimText } from "../lib/text.ts"

interface WizardData {
  readonly catalog: ClaimCatalog
  readonly enrollments: readonly Enrollment[]
  readonly programNames: ReadonlyMap<string, string>
  readonly claim: Claim | undefined
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

/**
 * The claim wizard (seed 001): solution area → partner role → claim name, PartnerID, tenant and domain →
 * workloads or subscriptions → contacts → review → create the draft. `/claims/new` starts a claim;
 * `/claims/:id/edit` edits a draft or a claim in partner_action_required. `?step=` opens a step (the
 * review's Edit links, the claim page's "Fix in step" links). What is typed is kept on this device.
 */
export function ClaimWizardPage(): JSX.Element {
  const text = useClaimText()
  const { t } = text
  const { client } = useSession()
  const params = useParams<{ id?: string }>()
  const [data, { refetch }] = createResource(
    () => params.id ?? "new",
    async (id): Promise<WizardData> => {
      const [catalog, enrollments, programs, claim] = await Promise.all([
        client.GET("/api/v1/catalog"),
        client.GET("/api/v1/enrollments", { params: { query: { limit: "200" } } }),
        client.GET("/api/v1/programs"),
        id === "new"
          ? Promise.resolve(undefined)
          : client.GET("/api/v1/claims/{id}", { params: { path: { id } } })
      ])
      return {
        catalog,
        enrollments: enrollments.enrollments,
        programNames: new Map(programs.programs.map((p) => [p.id, p.name])),
        claim
      }
    }
  )
  return (
    <div class="page stack">
      <p>
        <Show when={params.id} fallback={<A href="/claims">{t("detail.allClaims")}</A>}>
          {(id) => <A href={`/claims/${id()}`}>{t("detail.allClaims")}</A>}
        </Show>
      </p>
      <PageHeading>{params.id === undefined ? t("wizard.titleNew") : t("wizard.titleEdit")}</PageHeading>
      <AsyncView resource={data} retry={refetch}>
        {(loaded) => (
          <Show
            when={loaded.claim === undefined || loaded.claim.actions.includes("edit")}
            fallback={
              <Notice tone="info">
                <p>{t("detail.noActions")}</p>
              </Notice>
            }
          >
            <Wizard data={loaded} />
          </Show>
        )}
      </AsyncView>
    </div>
  )
}

function Wizard(props: { readonly data: WizardData }): JSX.Element {
  const text = useClaimText()
  const { t } = text
  const shared = useShared()
  const me = useCurrentUser()
  const { client } = useSession()
  const navigate = useNavigate()
  const [search, setSearch] = useSearchParams()
  const claimId = props.data.claim?.id
  const saved = loadLocalDraft(me().user.id, claimId)
  const initial = saved ?? (props.data.claim === undefined ? emptyDraft() : draftOfClaim(props.data.claim))
  const [draft, setDraft] = createStore<ClaimDraft>(initial)
  const stored = props.data.claim === undefined ? undefined : draftOfClaim(props.data.claim)
  // A new claim started earlier, or unsaved changes of a stored claim, come back with a way to drop them.
  const [restored, setRestored] = createSignal(
    saved !== undefined && (stored === undefined || JSON.stringify(saved) !== JSON.stringify(stored))
  )
  const [localErrors, setLocalErrors] = createSignal<Partial<Record<keyof ClaimDraft, string>>>({})
  const [apiProblems, setApiProblems] = createSignal<readonly ClaimProblem[]>(
    claimId === undefined ? [] : rememberedProblems(claimId)
  )
  const [general, setGeneral] = createSignal<string | undefined>()
  const [pending, setPending] = createSignal(false)
  let heading: HTMLHeadingElement | undefined
  /** After submission (partner_action_required) only the PartnerID, products and contacts can change. */
  const afterSubmission = props.data.claim?.status === "partner_action_required"
  const steps: readonly Step[] = afterSubmission ? STEPS.filter((s) => s !== "area" && s !== "role") : STEPS

  createEffect(
    on(
      () => JSON.stringify(draft),
      () => saveLocalDraft(me().user.id, claimId, unwrap(draft)),
      { defer: true }
    )
  )

  const step = (): Step => (isStep(search.step) && steps.includes(search.step) ? search.step : steps[0]!)
  const index = () => steps.indexOf(step())
  const stepTitle = (s: Step) => t(`wizard.steps.${s}` as "wizard.steps.area")
  const goTo = (next: Step) => {
    setLocalErrors({})
    setGeneral(undefined)
    setSearch({ step: next })
  }
  createEffect(on(step, () => heading?.focus(), { defer: true }))
  // One decision after the other: a step opened by its address before the earlier ones are done (a
  // bookmark, the browser's history) sends the user back to the first unfinished step.
  createEffect(() => {
    const unfinished = steps.find((s, i) => i < index() && Object.keys(checkStep(s)).length > 0)
    if (unfinished !== undefined) setSearch({ step: unfinished }, { replace: true })
  })

  const programId = () => props.data.catalog.partnerRoles.find((r) => r.role === draft.partnerRole)?.programId
  const programName = () => props.data.programNames.get(programId() ?? "") ?? ""

  const problemText = (problem: ClaimProblem) => {
    const shown = text.problem(problem.code, problem.item, text.field(problem.field))
    return `${shown.message} ${shown.todo}`
  }
  const error = (field: keyof ClaimDraft): string | undefined => {
    const local = localErrors()[field]
    if (local !== undefined) return local
    const fromApi = apiProblems().filter((p) => p.field === field)
    return fromApi.length === 0 ? undefined : fromApi.map(problemText).join(" ")
  }

  /** The checks of one step before moving on; the API checks again when the draft is created. */
  const checkStep = (s: Step): Partial<Record<keyof ClaimDraft, string>> => {
    const problems: Partial<Record<keyof ClaimDraft, string>> = {}
    const need = (field: keyof ClaimDraft) => {
      if (String(draft[field]).trim() === "") problems[field] = t("wizard.required")
    }
    if (s === "area" && draft.solutionArea === "") problems.solutionArea = t("wizard.chooseArea")
    if (s === "role" && programId() === undefined) problems.partnerRole = t("wizard.chooseRole")
    if (s === "details") {
      need("name")
      const allowed = partnerIdChoices(me(), props.data.enrollments, programId(), programName(), text).filter(
        (c) => c.disabledReason === undefined
      )
      if (!allowed.some((c) => c.value === draft.partnerId)) problems.partnerId = t("wizard.choosePartnerId")
      need("tenantId")
      need("customerDomain")
    }
    if (s === "products") {
      if (draft.solutionArea === "modern_work_security") {
        if (draft.workloads.length === 0) problems.workloads = t("wizard.chooseWorkload")
      } else {
        if (subscriptionList(draft.subscriptionIds).length === 0)
          problems.subscriptionIds = t("wizard.addSubscription")
        if (draft.partnerRole === "influenced_revenue") {
          need("revenueSolutionSellerName")
          need("revenueCustomerName")
          need("revenueIsvProductName")
        }
      }
    }
    if (s === "contacts") {
      for (const field of [
        "customerContactName",
        "customerContactTitle",
        "customerContactEmail",
        "partnerContactName",
        "partnerContactEmail"
      ] as const)
        need(field)
      for (const field of ["customerContactEmail", "partnerContactEmail"] as const)
        if (problems[field] === undefined && !EMAIL.test(draft[field].trim()))
          problems[field] = t("wizard.invalidEmail")
    }
    return problems
  }
  const focusFirstProblem = (problems: Partial<Record<keyof ClaimDraft, string>>) => {
    const first = Object.keys(problems)[0]
    if (first === undefined) return
    queueMicrotask(() => {
      const group = document.getElementById(`claim-${first}`)
      const target =
        group instanceof HTMLFieldSetElement
          ? (group.querySelector<HTMLElement>("input:not(:disabled)") ?? group)
          : group
      target?.focus()
    })
  }

  const locationLabel = () => {
    const location = me().locations.find((l) => l.partnerId === draft.partnerId)
    return location === undefined
      ? draft.partnerId
      : `${location.partnerId} · ${location.name}, ${location.city}`
  }

  const finish = async () => {
    for (const s of steps) {
      const problems = checkStep(s)
      if (Object.keys(problems).length > 0) {
        goTo(s)
        setLocalErrors(problems)
        focusFirstProblem(problems)
        return
      }
    }
    setPending(true)
    setGeneral(undefined)
    try {
      const full = bodyOfDraft(unwrap(draft))
      const body = afterSubmission
        ? {
            partnerId: full.partnerId,
            ...(draft.solutionArea === "modern_work_security"
              ? { workloads: full.workloads ?? [] }
              : { subscriptionIds: full.subscriptionIds ?? [] }),
            customerContact: full.customerContact,
            partnerContact: full.partnerContact
          }
        : full
      const claim =
        claimId === undefined
          ? await client.POST("/api/v1/claims", { body: full })
          : await client.PATCH("/api/v1/claims/{id}", {
              params: { path: { id: claimId } },
              body: { ...body, version: Number(props.data.claim!.version) }
            })
      clearLocalDraft(me().user.id, claimId)
      rememberProblems(claim.id, [])
      showToast(
        "success",
        claimId === undefined ? t("wizard.created") : t("wizard.savedChanges"),
        claimId === undefined ? t("wizard.createdBody") : undefined
      )
      navigate(`/claims/${claim.id}`)
    } catch (failure) {
      const problems = claimProblems(failure).filter((p) => p.field !== undefined && p.step !== undefined)
      setApiProblems(problems)
      const first = problems.find((p) => p.step !== "poe")
      if (first?.step !== undefined && first.step !== "poe") {
        goTo(first.step)
        if (first.field !== undefined) focusFirstProblem({ [first.field]: "" })
      } else {
        setGeneral(errorText(shared.t, describeError(failure)))
      }
    } finally {
      setPending(false)
    }
  }

  const onSubmit = (event: SubmitEvent) => {
    event.preventDefault()
    if (step() === "review") {
      void finish()
      return
    }
    const problems = checkStep(step())
    setLocalErrors(problems)
    if (Object.keys(problems).length > 0) {
      focusFirstProblem(problems)
      return
    }
    goTo(steps[index() + 1]!)
  }

  const stepProps = () => ({ draft, set: setDraft, error, catalog: props.data.catalog })
  const stepApiProblems = () => apiProblems().filter((p) => p.step === step())

  return (
    <div class="stack">
      <p class="muted">{claimId === undefined ? t("wizard.savedLocally") : t("wizard.savedLocallyEdit")}</p>
      <Show when={restored()}>
        <Notice tone="info">
          <p>{claimId === undefined ? t("wizard.restored") : t("wizard.restoredEdit")}</p>
          <button
            type="button"
            class="button button--secondary button--small"
            onClick={() => {
              setDraft(stored ?? emptyDraft())
              clearLocalDraft(me().user.id, claimId)
              setRestored(false)
              goTo(steps[0]!)
            }}
          >
            {claimId === undefined ? t("wizard.startOver") : t("wizard.discardChanges")}
          </button>
        </Notice>
      </Show>
      <nav aria-label={t("wizard.progress", { step: String(index() + 1), total: String(steps.length) })}>
        <ol class="steps">
          <For each={steps}>
            {(s, i) => (
              <li aria-current={s === step() ? "step" : undefined} classList={{ steps__done: i() < index() }}>
                <Show when={i() < index()} fallback={<span>{stepTitle(s)}</span>}>
                  <A href={`?step=${s}`}>{stepTitle(s)}</A>
                </Show>
              </li>
            )}
          </For>
        </ol>
      </nav>
      <form class="card stack" onSubmit={onSubmit} novalidate aria-labelledby="wizard-step-heading">
        <p class="muted">
          {t("wizard.progress", { step: String(index() + 1), total: String(steps.length) })}
        </p>
        <h2 id="wizard-step-heading" tabindex="-1" ref={heading}>
          {stepTitle(step())}
        </h2>
        <Show when={stepApiProblems().length > 0}>
          <Notice tone="error">
            <p>{t("wizard.fromSubmission")}</p>
            <ul class="problem-list">
              <For each={stepApiProblems()}>{(problem) => <li>{problemText(problem)}</li>}</For>
            </ul>
          </Notice>
        </Show>
        <Show when={general()}>
          {(message) => (
            <Notice tone="error">
              <p>{message()}</p>
            </Notice>
          )}
        </Show>
        <Switch>
          <Match when={step() === "area"}>
            <AreaStep {...stepProps()} />
          </Match>
          <Match when={step() === "role"}>
            <RoleStep {...stepProps()} />
          </Match>
          <Match when={step() === "details"}>
            <DetailsStep
              {...stepProps()}
              me={me()}
              locked={afterSubmission}
              enrollments={props.data.enrollments}
              programName={programName()}
            />
          </Match>
          <Match when={step() === "products"}>
            <ProductsStep {...stepProps()} />
          </Match>
          <Match when={step() === "contacts"}>
            <ContactsStep {...stepProps()} />
          </Match>
          <Match when={step() === "review"}>
            <ReviewStep
              {...stepProps()}
              editHref={(s) => `?step=${s}`}
              steps={steps}
              Link={(p) => (
                <A href={p.href} aria-label={p["aria-label"]}>
                  {p.children}
                </A>
              )}
              locationLabel={locationLabel()}
            />
          </Match>
        </Switch>
        <div class="actions">
          <Show when={index() > 0}>
            <button type="button" class="button button--secondary" onClick={() => goTo(steps[index() - 1]!)}>
              {t("wizard.back")}
            </button>
          </Show>
          <button type="submit" class="button" disabled={pending()}>
            {step() !== "review"
              ? t("wizard.next")
              : pending()
                ? claimId === undefined
                  ? t("wizard.creating")
                  : t("wizard.saving")
                : claimId === undefined
                  ? t("wizard.create")
                  : t("wizard.save")}
          </button>
        </div>
      </form>
    </div>
  )
}
