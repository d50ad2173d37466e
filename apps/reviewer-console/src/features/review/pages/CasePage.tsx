import { ApiError } from "@openpor/api-client"
import {
  ConfirmDialog,
  formatDateTime,
  formatList,
  Section,
  StatusTag,
  showToast,
  useCurrentUser,
  useSession,
  useShared
} from "@openpor/ui"
import { A, useNavigate } from "@solidjs/router"
import { createSignal, For, type JSX, Show } from "solid-js"
import { DecisionDialog, type DecisionTarget } from "../components/DecisionDialog.tsx"
import { PoePreview } from "../components/PoePreview.tsx"
import { ReviewDetailPage, type ReviewItemProps } from "../components/ReviewDetailPage.tsx"
import { ConflictNotice, ReviewTitle } from "../components/ReviewTitle.tsx"
import { ShortcutsDialog } from "../components/ShortcutsDialog.tsx"
import { ClaimStatus } from "../components/StatusLabel.tsx"
import { useCatalogNames } from "../lib/catalog.ts"
import { targetName } from "../lib/format.ts"
import { useLabels, useReviewT } from "../lib/i18n.ts"
import { useShortcuts } from "../lib/keyboard.ts"
import { isReviewer } from "../lib/roles.ts"
import type { CaseParty, CaseView } from "../lib/types.ts"
import "../review.css"

/**
 * An arbitration case (SPEC §6): the recommendation and its facts on top, then every party in its own
 * column with rows aligned (partner, status, holder, role, targets, dates, consent, POE) so differences
 * jump out; request information from any party; pick the winner with a written reasoning.
 */
export function CasePage(): JSX.Element {
  const { client } = useSession()
  const t = useReviewT()
  return (
    <ReviewDetailPage
      wide
      loadingText={t("case.loading")}
      load={(caseId) => client.GET("/api/v1/review/cases/{caseId}", { params: { path: { caseId } } })}
      view={CaseReview}
    />
  )
}

function CaseReview(props: ReviewItemProps<CaseView>): JSX.Element {
  const t = useReviewT()
  const labels = useLabels()
  const { locale } = useShared()
  const { client } = useSession()
  const me = useCurrentUser()
  const navigate = useNavigate()
  const [help, setHelp] = createSignal(false)
  const [ask, setAsk] = createSignal<DecisionTarget>()
  const [winner, setWinner] = createSignal("")
  const [reasoning, setReasoning] = createSignal("")
  const [errors, setErrors] = createSignal<{ winner?: string | undefined; reasoning?: string | undefined }>(
    {}
  )
  const [confirming, setConfirming] = createSignal(false)
  const [conflict, setConflict] = createSignal(false)
  let reasoningField: HTMLTextAreaElement | undefined
  let firstRadio: HTMLInputElement | undefined
  let outcome: HTMLElement | undefined

  useShortcuts(() => ({ "g q": () => navigate("/queue"), "?": () => setHelp(true) }))

  const c = () => props.item
  const names = useCatalogNames()
  const open = () => c().status !== "resolved"
  const reviewer = () => isReviewer(me())
  const party = (claimId: string | null) => c().parties.find((p) => p.claimId === claimId)
  const partyName = (p: CaseParty) => `${p.partner.name} (${p.partner.partnerId})`
  const latestPoe = (p: CaseParty) =>
    p.poe.map((d) => d.uploadedAt).sort((a, b) => b.localeCompare(a))[0] ?? null
  const date = (value: string | null) =>
    value === null ? (
      <span class="muted">{t("claim.none")}</span>
    ) : (
      <time datetime={value}>{formatDateTime(locale(), value)}</time>
    )

  const startResolve = (event: Event) => {
    event.preventDefault()
    const found: { winner?: string | undefined; reasoning?: string | undefined } = {}
    if (winner() === "") found.winner = t("case.needWinner")
    if (reasoning().trim() === "") found.reasoning = t("case.needReasoning")
    setErrors(found)
    if (found.winner !== undefined) firstRadio?.focus()
    else if (found.reasoning !== undefined) reasoningField?.focus()
    else setConfirming(true)
  }
  const resolve = async () => {
    try {
      const updated = await client.POST("/api/v1/review/cases/{caseId}/resolve", {
        params: { path: { caseId: c().id } },
        body: { winnerClaimId: winner(), reasoning: reasoning().trim(), version: Number(c().version) }
      })
      props.replace(updated)
      showToast("success", t("case.resolved"))
      setTimeout(() => outcome?.focus(), 200)
    } catch (cause) {
      if (cause instanceof ApiError && cause.code === "version_conflict") setConflict(true)
      throw cause
    }
  }

  type Row = readonly [string, (p: CaseParty) => JSX.Element]
  const rows = (): readonly Row[] => [
    [t("case.claim"), (p) => <A href={`/claims/${encodeURIComponent(p.claimId)}`}>{p.name}</A>],
    [t("case.partyStatus"), (p) => <ClaimStatus status={p.status} />],
    [t("case.holder"), (p) => (p.holder ? <strong>{t("case.holderYes")}</strong> : t("case.holderNo"))],
    [t("case.role"), (p) => names.role(p.partnerRole)],
    [t("case.targets"), (p) => <span class="mono">{formatList(locale(), p.targets.map(targetName))}</span>],
    [t("case.registered"), (p) => date(p.registeredAt)],
    [t("case.submitted"), (p) => date(p.submittedAt)],
    [t("case.poeDate"), (p) => date(latestPoe(p))],
    [t("case.consent"), (p) => labels.consent(p.consentStatus)],
    [
      t("case.contact"),
      (p) => {
        const contact = p.partnerContact as { name?: string; email?: string } | null
        return contact === null ? t("claim.none") : [contact.name, contact.email].filter(Boolean).join(" · ")
      }
    ],
    [
      t("case.poe"),
      (p) => <PoePreview claimId={p.claimId} documents={p.poe} count={Number(p.poeCount)} compact />
    ]
  ]

  return (
    <>
      <ReviewTitle heading={t("case.title")} onHelp={() => setHelp(true)}>
        <StatusTag tone={open() ? "warning" : "success"}>
          {open() ? t("case.statusOpen") : t("case.statusResolved")}
        </StatusTag>
      </ReviewTitle>
      <p class="muted">{t("case.intro")}</p>
      <ConflictNotice
        when={conflict()}
        onReload={() => {
          setConflict(false)
          props.reload()
        }}
      />
      <Section headingId="recommendation-heading" class="card stack" title={t("case.recommendation")}>
        <p>
          <strong>{labels.policy(c().recommendation.policy)}</strong> · {names.program(c().programId)}
        </p>
        <p>
          <Show when={party(c().recommendation.recommendedClaimId)} fallback={t("case.noRecommendation")}>
            {(p) => t("case.recommended", { name: `${p().name} – ${partyName(p())}` })}
          </Show>
        </p>
        <Show when={c().recommendation.facts.length > 0}>
          <h3>{t("case.facts")}</h3>
          {/* The policy states its facts in English (server text); lang says so to screen readers. */}
          <ul class="facts-list" lang="en">
            <For each={c().recommendation.facts}>{(fact) => <li>{fact}</li>}</For>
          </ul>
        </Show>
      </Section>
      <Show when={!open()}>
        <section class="card stack" aria-labelledby="outcome-heading" tabindex="-1" ref={outcome}>
          <h2 id="outcome-heading">{t("case.outcome")}</h2>
          <ul class="outcome-list">
            <For each={c().parties}>
              {(p) => (
                <li>
                  <strong>{partyName(p)}</strong> – {p.name}:{" "}
                  <Show
                    when={p.claimId === c().winnerClaimId}
                    fallback={<StatusTag tone="danger">{t("case.outcomeLost")}</StatusTag>}
                  >
                    <StatusTag tone="success">{t("case.outcomeWon")}</StatusTag>
                  </Show>{" "}
                  <ClaimStatus status={p.status} />
                </li>
              )}
            </For>
          </ul>
          <dl class="facts">
            <div>
              <dt>{t("case.reasoning")}</dt>
              <dd class="pre-wrap">{c().reasoning ?? ""}</dd>
            </div>
            <div>
              <dt>{t("case.resolvedAt")}</dt>
              <dd>{date(c().resolvedAt)}</dd>
            </div>
          </dl>
        </section>
      </Show>
      <section class="stack" aria-labelledby="parties-heading">
        <h2 id="parties-heading">{t("case.parties")}</h2>
        <div class="compare">
          <table>
            <caption class="visually-hidden">{t("case.caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("case.field")}</th>
                <For each={c().parties}>
                  {(p) => (
                    <th scope="col">
                      {partyName(p)}
                      <Show when={p.claimId === c().recommendation.recommendedClaimId}>
                        {" "}
                        <StatusTag tone="info">{t("case.recommendedTag")}</StatusTag>
                      </Show>
                      <Show when={p.claimId === c().winnerClaimId}>
                        {" "}
                        <StatusTag tone="success">{t("case.winnerTag")}</StatusTag>
                      </Show>
                    </th>
                  )}
                </For>
              </tr>
            </thead>
            <tbody>
              <For each={rows()}>
                {([label, cell]) => (
                  <tr>
                    <th scope="row">{label}</th>
                    <For each={c().parties}>{(p) => <td data-label={partyName(p)}>{cell(p)}</td>}</For>
                  </tr>
                )}
              </For>
              <Show when={open() && reviewer()}>
                <tr>
                  <th scope="row">{t("case.requestInfo")}</th>
                  <For each={c().parties}>
                    {(p) => (
                      <td data-label={partyName(p)}>
                        <button
                          type="button"
                          class="button button--secondary button--small"
                          disabled={p.status !== "submitted" && p.status !== "under_review"}
                          onClick={() => setAsk({ id: p.claimId, name: p.name, version: p.version })}
                        >
                          {t("case.requestInfoFrom", { partner: p.partner.name })}
                        </button>
                      </td>
                    )}
                  </For>
                </tr>
              </Show>
            </tbody>
          </table>
        </div>
      </section>
      <Show when={open()}>
        <Show when={reviewer()} fallback={<p class="muted">{t("case.readOnly")}</p>}>
          <section class="card stack" aria-labelledby="resolve-heading">
            <h2 id="resolve-heading">{t("case.pickWinner")}</h2>
            <p class="muted">{t("case.pickWinnerIntro")}</p>
            <form class="stack" novalidate onSubmit={startResolve}>
              <fieldset
                class="field"
                classList={{ "field--invalid": errors().winner !== undefined }}
                aria-describedby={errors().winner === undefined ? undefined : "winner-error"}
              >
                <legend>{t("case.winner")}</legend>
                <For each={c().parties}>
                  {(p, index) => (
                    <label class="check">
                      <input
                        type="radio"
                        name="winner"
                        value={p.claimId}
                        ref={(el) => {
                          if (index() === 0) firstRadio = el
                        }}
                        checked={winner() === p.claimId}
                        onChange={() => {
                          setWinner(p.claimId)
                          setErrors((e) => ({ ...e, winner: undefined }))
                        }}
                      />
                      {p.name} – {partyName(p)}
                    </label>
                  )}
                </For>
                <Show when={errors().winner}>
                  {(message) => (
                    <p class="field__error" id="winner-error">
                      {message()}
                    </p>
                  )}
                </Show>
              </fieldset>
              <div class="field" classList={{ "field--invalid": errors().reasoning !== undefined }}>
                <label for="case-reasoning">{t("case.reasoningLabel")}</label>
                <p class="field__hint" id="case-reasoning-hint">
                  {t("case.reasoningHint")}
                </p>
                <textarea
                  id="case-reasoning"
                  ref={reasoningField}
                  rows={4}
                  maxLength={5000}
                  value={reasoning()}
                  aria-invalid={errors().reasoning !== undefined}
                  aria-describedby={
                    errors().reasoning === undefined
                      ? "case-reasoning-hint"
                      : "case-reasoning-hint reasoning-error"
                  }
                  onInput={(e) => {
                    setReasoning(e.currentTarget.value)
                    setErrors((x) => ({ ...x, reasoning: undefined }))
                  }}
                />
                <Show when={errors().reasoning}>
                  {(message) => (
                    <p class="field__error" id="reasoning-error">
                      {message()}
                    </p>
                  )}
                </Show>
              </div>
              <div class="actions">
                <button type="submit" class="button">
                  {t("case.resolve")}
                </button>
              </div>
            </form>
          </section>
        </Show>
      </Show>
      <ConfirmDialog
        open={confirming()}
        onOpenChange={setConfirming}
        title={t("case.resolveTitle", { name: party(winner())?.name ?? "" })}
        description={t("case.resolveText", { name: party(winner())?.name ?? "" })}
        confirmLabel={t("case.resolveConfirm")}
        tone="danger"
        onConfirm={resolve}
        describe={(cause) =>
          cause instanceof ApiError && cause.code === "version_conflict" ? t("decide.conflict") : undefined
        }
      />
      <DecisionDialog
        decision={ask() === undefined ? undefined : "request_info"}
        claim={ask()}
        onClose={() => setAsk(undefined)}
        onDecided={(claim) => {
          setAsk(undefined)
          showToast("success", t("decide.infoRequested", { name: claim.name }))
          props.reload()
        }}
        onConflict={() => setConflict(true)}
      />
      <ShortcutsDialog open={help()} onOpenChange={setHelp} />
    </>
  )
}
