import {
  AsyncView,
  Deadline,
  formatDateTime,
  Notice,
  PageHeading,
  Section,
  StatusTag,
  useSession,
  useShared
} from "@openpor/ui"
import { A, useParams } from "@solidjs/router"
import { createResource, createSignal, For, type JSX, Show } from "solid-js"
import "../claims.css"
import { ClaimActions } from "../components/ClaimActions.tsx"
import { CommentsSection, HistorySection } from "../components/Conversation.tsx"
import { PoeSection } from "../components/PoeSection.tsx"
import { businessDaysLeft } from "../lib/business-days.ts"
import { useBusinessCalendar } from "../lib/calendar.ts"
import {
  type Claim,
  type ClaimProblem,
  rememberedProblems,
  rememberProblems,
  STEPS,
  statusTone
} from "../lib/claims.ts"
import { useClaimText } from "../lib/text.ts"
import { ClaimTabs } from "../usage/ClaimTabs.tsx"

/**
 * One claim: status, the problems of a refused submission next to the step that fixes them, arbitration
 * and rejection explanations, the facts, deadlines and customer consent, the actions the API offers,
 * proof of execution, comments and history.
 */
export function ClaimDetailPage(): JSX.Element {
  const { t } = useClaimText()
  const { client } = useSession()
  const params = useParams<{ id: string }>()
  const load = (id: string) => client.GET("/api/v1/claims/{id}", { params: { path: { id } } })
  const [claim, { refetch }] = createResource(() => params.id, load)
  // The claim as last answered by the API (after an action or upload), without re-creating the page.
  const [current, setCurrent] = createSignal<Claim>()
  const shown = () => {
    const latest = current()
    return latest !== undefined && latest.id === params.id ? latest : claim.latest
  }
  return (
    <div class="page stack">
      <p>
        <A href="/claims">{t("detail.allClaims")}</A>
      </p>
      <AsyncView resource={claim} retry={refetch}>
        {() => (
          <ClaimView
            claim={shown()!}
            onChanged={setCurrent}
            reload={() => void load(params.id).then(setCurrent)}
          />
        )}
      </AsyncView>
    </div>
  )
}

function ClaimView(props: {
  readonly claim: Claim
  readonly onChanged: (claim: Claim) => void
  readonly reload: () => unknown
}): JSX.Element {
  const text = useClaimText()
  const { t, status, area, role, consent, reason } = text
  const shared = useShared()
  const calendar = useBusinessCalendar()
  const { client } = useSession()
  const [catalog] = createResource(() => client.GET("/api/v1/catalog"))
  const workloadNames = () =>
    c()
      .workloads.map((code) => catalog()?.workloads.find((w) => w.code === code)?.name ?? code)
      .join(", ")
  const [problems, setProblems] = createSignal<readonly ClaimProblem[]>(rememberedProblems(props.claim.id))
  const showProblems = (next: readonly ClaimProblem[]) => {
    rememberProblems(props.claim.id, next)
    setProblems(next)
    if (next.length > 0) queueMicrotask(() => document.getElementById("claim-problems")?.focus())
  }
  const c = () => props.claim

  const DeadlineRow = (row: { readonly label: string; readonly at: string | null }) => (
    <Show when={row.at}>
      {(at) => (
        <div>
          <dt>{row.label}</dt>
          <dd>
            <Deadline
              at={at()}
              businessDaysLeft={calendar() === undefined ? undefined : businessDaysLeft(calendar()!, at())}
              now={calendar() === undefined ? undefined : new Date(calendar()!.now)}
            />
          </dd>
        </div>
      )}
    </Show>
  )
  const openDeadlines = () => {
    const d = c().deadlines
    const s = c().status
    return [
      s === "submitted" ? ([t("detail.reviewStartBy"), d.reviewStartBy] as const) : undefined,
      s === "partner_action_required"
        ? ([t("detail.partnerResponseBy"), d.partnerResponseBy] as const)
        : undefined,
      c().actions.includes("dispute") ? ([t("detail.disputeBy"), d.disputeBy] as const) : undefined,
      s === "disputed" ? ([t("detail.disputeAnswerBy"), d.disputeAnswerBy] as const) : undefined
    ].filter((row): row is readonly [string, string] => row !== undefined && row[1] !== null)
  }
  const problemsByStep = () =>
    [...STEPS, "poe" as const, undefined].flatMap((step) => {
      const list = problems().filter((p) => p.step === step)
      return list.length === 0 ? [] : [{ step, list }]
    })
  const arbitrationText = () => {
    const a = c().arbitration
    if (a === null) return undefined
    if (a.stage === "information_requested") return t("detail.arbitrationInformation")
    if (a.stage === "resolved")
      return c().status === "approved" || c().official
        ? t("detail.arbitrationWon")
        : t("detail.arbitrationLost")
    return t("detail.arbitrationUnderReview")
  }

  return (
    <div class="stack">
      <PageHeading>{c().name}</PageHeading>
      <ClaimTabs claimId={c().id} current="details" official={c().official && c().status === "approved"} />
      <p>
        <StatusTag tone={statusTone(c().status)}>{status(c().status)}</StatusTag>
      </p>
      <Show when={problems().length > 0}>
        <section
          class="notice notice--error stack"
          id="claim-problems"
          tabindex="-1"
          aria-labelledby="claim-problems-heading"
        >
          <h2 id="claim-problems-heading">{t("detail.problems")}</h2>
          <p>{t("detail.problemsIntro")}</p>
          <For each={problemsByStep()}>
            {(group) => (
              <div class="stack">
                <h3>
                  {group.step === "poe"
                    ? t("detail.poe")
                    : group.step === undefined
                      ? t("detail.summary")
                      : t(`wizard.steps.${group.step}` as "wizard.steps.area")}
                </h3>
                <ul class="problem-list">
                  <For each={group.list}>
                    {(problem) => {
                      const shown = text.problem(problem.code, problem.item, text.field(problem.field))
                      return (
                        <li>
                          <strong>{shown.message}</strong> {shown.todo}
                        </li>
                      )
                    }}
                  </For>
                </ul>
                <Show when={group.step !== undefined}>
                  <p>
                    <Show
                      when={group.step === "poe"}
                      fallback={
                        <Show when={c().actions.includes("edit")}>
                          <A href={`/claims/${c().id}/edit?step=${group.step}`}>
                            {t("detail.fixIn", {
                              step: t(`wizard.steps.${group.step}` as "wizard.steps.area")
                            })}
                          </A>
                        </Show>
                      }
                    >
                      <a href="#claim-poe">{t("detail.uploadBelow")}</a>
                    </Show>
                  </p>
                </Show>
              </div>
            )}
          </For>
        </section>
      </Show>
      <Show when={arbitrationText()}>
        {(explanation) => (
          <Section headingId="claim-arbitration" title={t("detail.arbitration")} class="stack">
            <Notice tone="info">
              <p>{explanation()}</p>
              <Show when={c().arbitration?.deadline}>
                {(deadline) => (
                  <p>
                    {t("detail.arbitrationDeadline")}: <Deadline at={deadline()} />
                  </p>
                )}
              </Show>
            </Notice>
          </Section>
        )}
      </Show>
      <Show when={c().rejectionReason}>
        {(code) => (
          <Section headingId="claim-rejection" title={t("detail.rejection")} class="stack">
            <p>{reason(code())}</p>
            <Show when={c().rejectionText}>
              {(note) => (
                <p>
                  <strong>{t("detail.rejectionText")}:</strong> <span class="comment__body">{note()}</span>
                </p>
              )}
            </Show>
          </Section>
        )}
      </Show>
      <ClaimActions claim={c()} onChanged={props.onChanged} onProblems={showProblems} />
      <Section headingId="claim-deadlines" title={t("detail.deadlines")}>
        <Show when={openDeadlines().length > 0} fallback={<p>{t("detail.noDeadlines")}</p>}>
          <dl class="facts">
            <For each={openDeadlines()}>{([label, at]) => <DeadlineRow label={label} at={at} />}</For>
          </dl>
        </Show>
      </Section>
      <Section headingId="claim-consent" title={t("detail.consent")}>
        <dl class="facts">
          <div>
            <dt>{t("detail.consentState")}</dt>
            <dd>{consent(c().consent.status)}</dd>
          </div>
          <Show when={c().consent.status === "awaiting_response"}>
            <DeadlineRow label={t("detail.consentWindow")} at={c().consent.windowEndsAt} />
          </Show>
          <Show when={c().officialAt}>
            {(at) => (
              <div>
                <dt>{t("detail.official")}</dt>
                <dd>{formatDateTime(shared.locale(), at())}</dd>
              </div>
            )}
          </Show>
        </dl>
      </Section>
      <Section headingId="claim-summary" title={t("detail.summary")}>
        <dl class="facts">
          <Fact label={t("detail.partnerId")} value={c().partnerId} mono />
          <Fact label={t("detail.area")} value={area(c().solutionArea)} />
          <Fact label={t("detail.role")} value={role(c().partnerRole)} />
          <Fact label={t("detail.tenant")} value={c().tenantId} mono />
          <Fact label={t("detail.domain")} value={c().customerDomain} />
          <Show when={c().workloads.length > 0}>
            <Fact label={t("detail.workloads")} value={workloadNames()} />
          </Show>
          <Show when={c().subscriptionIds.length > 0}>
            <Fact label={t("detail.subscriptions")} value={c().subscriptionIds.join(", ")} mono />
          </Show>
          <Show when={c().solutionArea === "modern_work_security"}>
            <Fact
              label={t("detail.incentives")}
              value={c().optOutOfIncentives ? t("detail.optedOut") : t("detail.requested")}
            />
          </Show>
          <Show when={c().customerContact}>
            {(contact) => (
              <Fact
                label={t("detail.customerContact")}
                value={`${contact().name}, ${contact().title} · ${contact().email}`}
              />
            )}
          </Show>
          <Show when={c().partnerContact}>
            {(contact) => (
              <Fact label={t("detail.partnerContact")} value={`${contact().name} · ${contact().email}`} />
            )}
          </Show>
          <Show when={c().revenue}>
            {(revenue) => (
              <Fact
                label={t("detail.revenue")}
                value={`${revenue().solutionSellerName} · ${revenue().customerName} · ${revenue().isvProductName}`}
              />
            )}
          </Show>
          <Fact label={t("detail.created")} value={formatDateTime(shared.locale(), c().createdAt)} />
          <Show when={c().submittedAt}>
            {(at) => <Fact label={t("detail.submitted")} value={formatDateTime(shared.locale(), at())} />}
          </Show>
        </dl>
      </Section>
      <PoeSection claim={c()} onUploaded={props.reload} onChanged={props.onChanged} />
      <CommentsSection claim={c()} onChanged={props.onChanged} />
      <HistorySection claim={c()} />
    </div>
  )
}

function Fact(props: {
  readonly label: string
  readonly value: string
  readonly mono?: boolean
}): JSX.Element {
  return (
    <div>
      <dt>{props.label}</dt>
      <dd class="wrap-anywhere" classList={{ mono: props.mono === true }}>
        {props.value}
      </dd>
    </div>
  )
}
