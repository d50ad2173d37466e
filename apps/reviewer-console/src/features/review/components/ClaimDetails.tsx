import { Deadline, formatDateTime, formatList, useShared } from "@openpor/ui"
import { For, type JSX, Show } from "solid-js"
import { useCatalogNames } from "../lib/catalog.ts"
import { useBusinessNow } from "../lib/clock.ts"
import { useLabels, useReviewT } from "../lib/i18n.ts"
import type { ClaimView } from "../lib/types.ts"
import { ClaimStatus } from "./StatusLabel.tsx"

type Contact = { readonly name?: string; readonly title?: string; readonly email?: string } | null

const contactText = (contact: unknown): string => {
  const c = contact as Contact
  if (c === null || c === undefined) return ""
  return [c.name, c.title, c.email].filter((part) => part !== undefined && part !== "").join(" · ")
}

function Fact(props: { readonly label: string; readonly children: JSX.Element }): JSX.Element {
  return (
    <div>
      <dt>{props.label}</dt>
      <dd>{props.children}</dd>
    </div>
  )
}

/** Every field of a claim as the reviewer needs it: who claims what, on which customer, and how. */
export function ClaimFields(props: {
  readonly claim: ClaimView
  readonly partnerName?: string
}): JSX.Element {
  const t = useReviewT()
  const labels = useLabels()
  const { locale } = useShared()
  const c = () => props.claim
  const names = useCatalogNames()
  const revenue = () => c().revenue
  return (
    <dl class="facts facts--dense">
      <Fact label={t("claim.status")}>
        <ClaimStatus status={c().status} />
        <Show when={c().rejectionReason}>
          {(reason) => (
            <span>
              {" "}
              {labels.reason(reason())}
              <Show when={c().rejectionText}>{(text) => <>: {text()}</>}</Show>
            </span>
          )}
        </Show>
      </Fact>
      <Fact label={t("claim.id")}>
        <span class="mono">{c().id}</span>
      </Fact>
      <Fact label={t("claim.partnerId")}>
        <span class="mono">{c().partnerId}</span>
        <Show when={props.partnerName}>{(name) => <> · {name()}</>}</Show>
      </Fact>
      <Fact label={t("claim.tenant")}>
        <span class="mono">{c().tenantId}</span>
      </Fact>
      <Fact label={t("claim.domain")}>{c().customerDomain}</Fact>
      <Fact label={t("claim.area")}>{labels.area(c().solutionArea)}</Fact>
      <Fact label={t("claim.role")}>{names.role(c().partnerRole)}</Fact>
      <Fact label={t("claim.program")}>{names.program(c().programId)}</Fact>
      <Show when={c().workloads.length > 0}>
        <Fact label={t("claim.workloads")}>{formatList(locale(), c().workloads)}</Fact>
      </Show>
      <Show when={c().subscriptionIds.length > 0}>
        <Fact label={t("claim.subscriptions")}>
          <ul class="plain-list mono">
            <For each={c().subscriptionIds}>{(id) => <li>{id}</li>}</For>
          </ul>
        </Fact>
      </Show>
      <Fact label={t("claim.optOut")}>
        {c().optOutOfIncentives ? t("claim.optedOut") : t("claim.notOptedOut")}
      </Fact>
      <Fact label={t("claim.customerContact")}>{contactText(c().customerContact) || t("claim.none")}</Fact>
      <Fact label={t("claim.partnerContact")}>{contactText(c().partnerContact) || t("claim.none")}</Fact>
      <Show when={revenue()}>
        {(r) => (
          <Fact label={t("claim.revenue")}>
            {[r().solutionSellerName, r().customerName, r().isvProductName].filter(Boolean).join(" · ")}
          </Fact>
        )}
      </Show>
      <Fact label={t("claim.submitted")}>
        <Show when={c().submittedAt} fallback={t("claim.none")}>
          {(at) => <time datetime={at()}>{formatDateTime(locale(), at())}</time>}
        </Show>
      </Fact>
      <Fact label={t("claim.version")}>
        <span class="numeric">{c().version}</span>
      </Fact>
    </dl>
  )
}

/** The customer's consent: its state, when the customer was notified and until when they may decline. */
export function ConsentFacts(props: { readonly claim: ClaimView }): JSX.Element {
  const t = useReviewT()
  const labels = useLabels()
  const { locale } = useShared()
  const consent = () => props.claim.consent
  const now = useBusinessNow()
  return (
    <dl class="facts facts--dense">
      <Fact label={t("claim.consentState")}>{labels.consent(consent().status)}</Fact>
      <Show when={consent().notifiedAt}>
        {(at) => (
          <Fact label={t("claim.consentNotified")}>
            <time datetime={at()}>{formatDateTime(locale(), at())}</time>
          </Fact>
        )}
      </Show>
      <Show when={consent().windowEndsAt}>
        {(at) => (
          <Fact label={t("claim.consentDeadline")}>
            <Deadline
              at={at()}
              businessDaysLeft={
                consent().status === "awaiting_response"
                  ? props.claim.businessDaysLeft.consentWindowEndsAt
                  : null
              }
              now={now()}
            />
          </Fact>
        )}
      </Show>
      <Show when={consent().respondedAt}>
        {(at) => (
          <Fact label={t("claim.consentResponded")}>
            <time datetime={at()}>{formatDateTime(locale(), at())}</time>
          </Fact>
        )}
      </Show>
      <Fact label={t("claim.official")}>
        <Show when={props.claim.official && props.claim.officialAt} fallback={t("claim.officialNo")}>
          {(at) => t("claim.officialYes", { date: formatDateTime(locale(), at()) })}
        </Show>
      </Fact>
    </dl>
  )
}

/** The claim's open deadlines (review start, partner response, dispute). */
export function DeadlineFacts(props: { readonly claim: ClaimView }): JSX.Element {
  const t = useReviewT()
  const d = () => props.claim.deadlines
  const now = useBusinessNow()
  const rows = () =>
    (
      [
        ["reviewStartBy", d().reviewStartBy],
        ["partnerResponseBy", d().partnerResponseBy],
        ["disputeBy", d().disputeBy],
        ["disputeAnswerBy", d().disputeAnswerBy]
      ] as const
    ).filter((row): row is readonly [(typeof row)[0], string] => row[1] !== null)
  return (
    <Show when={rows().length > 0} fallback={<p class="muted">{t("claim.noDeadlines")}</p>}>
      <dl class="facts facts--dense">
        <For each={rows()}>
          {([key, at]) => (
            <Fact label={t(`claim.${key}`)}>
              <Deadline at={at} businessDaysLeft={props.claim.businessDaysLeft[key]} now={now()} />
            </Fact>
          )}
        </For>
      </dl>
    </Show>
  )
}
