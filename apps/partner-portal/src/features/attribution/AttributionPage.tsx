import { ApiError, type ResponseOf } from "@openpor/api-client"
import {
  createApiForm,
  DataTable,
  FormAlert,
  formatDate,
  PageHeading,
  Section,
  StatusTag,
  SubmitButton,
  TextField,
  useCurrentUser,
  useLocale,
  useSession
} from "@openpor/ui"
import { SelectField } from "@openpor/ui/forms/select-field.tsx"
import { useSearchParams } from "@solidjs/router"
import { createResource, createSignal, For, type JSX, Show } from "solid-js"
import { AttributionExports } from "../exports/exports.tsx"
import { useT } from "./i18n.ts"
import { WORKLOAD_NAMES } from "./workloads.ts"

type Attribution = ResponseOf<"getAttribution">
type Interval = ResponseOf<"getAttributionTimeline">["intervals"][number]
const INCENTIVES = ["deploy", "manage", "accelerator", "usage"] as const
type Incentive = (typeof INCENTIVES)[number]

interface Answer {
  readonly attribution: Attribution
  readonly intervals: readonly Interval[]
  readonly incentive: Incentive
}

/** Today on the vendor's calendar (the application clock, which a test clock may move), as YYYY-MM-DD. */
const todayOf = (calendar: { readonly now: string; readonly timeZone: string }): string =>
  new Intl.DateTimeFormat("en-CA", {
    timeZone: calendar.timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit"
  }).format(new Date(calendar.now))

/**
 * Attribution lookup (SPEC §4): for a subscription or a tenant's workload, an incentive kind and a day
 * (today by default), who earns and why — each rule of the explanation in the user's language with the
 * API's own sentence beside it — and the partner of record over time as intervals.
 */
export function AttributionPage(): JSX.Element {
  const t = useT()
  const { client } = useSession()
  const [search] = useSearchParams()
  const [setup] = createResource(async () => {
    const [calendar, catalog] = await Promise.all([
      client.GET("/api/v1/calendar"),
      client.GET("/api/v1/catalog")
    ])
    return { today: todayOf(calendar), workloads: catalog.workloads }
  })
  const param = (name: string) => {
    const value = search[name]
    return typeof value === "string" ? value : ""
  }
  return (
    <div class="page">
      <PageHeading>{t("title")}</PageHeading>
      <p class="muted">{t("intro")}</p>
      <Show
        when={setup()}
        fallback={
          <p class="status" role="status">
            …
          </p>
        }
      >
        {(value) => (
          <LookupForm
            today={value().today}
            workloads={value().workloads}
            initial={{
              subject: param("tenantId") === "" ? "subscription" : "workload",
              subscriptionId: param("subscriptionId"),
              tenantId: param("tenantId"),
              workload: param("workload"),
              incentive: (INCENTIVES as readonly string[]).includes(param("incentive"))
                ? param("incentive")
                : "deploy",
              asOf: /^\d{4}-\d{2}-\d{2}$/.test(param("asOf")) ? param("asOf") : value().today
            }}
          />
        )}
      </Show>
      <AttributionExports
        incentiveLabel={(code) => t(`incentives.${code}`)}
        initialSubscription={param("subscriptionId")}
      />
    </div>
  )
}

function LookupForm(props: {
  readonly today: string
  readonly workloads: readonly { readonly code: string; readonly name: string }[]
  readonly initial: Record<
    "subject" | "subscriptionId" | "tenantId" | "workload" | "incentive" | "asOf",
    string
  >
}): JSX.Element {
  const t = useT()
  const { client } = useSession()
  const [answer, setAnswer] = createSignal<Answer>()
  const workloadName = (code: string) => {
    return WORKLOAD_NAMES[code] ?? props.workloads.find((w) => w.code === code)?.name ?? code
  }
  const form = createApiForm({
    initial: props.initial,
    required: [],
    translate: (problem, field) => {
      if (field === "subscriptionId" || field === "tenantId" || field === "workload" || field === "asOf")
        return t(`errors.${field}`)
      if (problem.code === "not_found") return t("errors.notFound")
      return undefined
    },
    submit: async (values) => {
      const bySubscription = values.subject === "subscription"
      const missing = bySubscription
        ? values.subscriptionId.trim() === ""
          ? "subscriptionId"
          : undefined
        : values.tenantId.trim() === ""
          ? "tenantId"
          : values.workload === ""
            ? "workload"
            : undefined
      if (missing !== undefined) throw new ApiError(400, "missing_field", missing, { field: missing })
      const subject = bySubscription
        ? { subscriptionId: values.subscriptionId.trim() }
        : { tenantId: values.tenantId.trim(), workload: values.workload }
      const incentive = values.incentive as Incentive
      const [attribution, timeline] = await Promise.all([
        client.GET("/api/v1/attribution", {
          params: { query: { ...subject, incentive, ...(values.asOf === "" ? {} : { asOf: values.asOf }) } }
        }),
        client.GET("/api/v1/attribution/timeline", { params: { query: { ...subject, incentive } } })
      ])
      return { attribution, intervals: timeline.intervals, incentive }
    },
    onSuccess: (result) => setAnswer(result)
  })
  const byWorkload = () => form.value("subject") === "workload"

  return (
    <>
      <Section headingId="lookup-heading" title={t("formHeading")}>
        <form
          class="card stack"
          novalidate
          aria-labelledby="lookup-heading"
          onSubmit={(event) => {
            setAnswer(undefined)
            void form.submit(event)
          }}
        >
          <FormAlert form={form} />
          <fieldset class="option-group">
            <legend>{t("subjectLegend")}</legend>
            <For each={["subscription", "workload"] as const}>
              {(kind) => (
                <label class="option">
                  <input
                    type="radio"
                    name="subject"
                    value={kind}
                    checked={form.value("subject") === kind}
                    onChange={() => form.set("subject", kind)}
                  />
                  <span>{t(`subject.${kind}`)}</span>
                </label>
              )}
            </For>
          </fieldset>
          <Show
            when={byWorkload()}
            fallback={
              <TextField
                form={form}
                name="subscriptionId"
                label={t("subscriptionId")}
                hint={t("subscriptionIdHint")}
                spellcheck={false}
                autocomplete="off"
              />
            }
          >
            <TextField
              form={form}
              name="tenantId"
              label={t("tenantId")}
              hint={t("tenantIdHint")}
              spellcheck={false}
              autocomplete="off"
            />
            <SelectField
              form={form}
              name="workload"
              label={t("workload")}
              options={[
                { value: "", label: t("chooseWorkload") },
                ...props.workloads.map((w) => ({ value: w.code, label: workloadName(w.code) }))
              ]}
            />
          </Show>
          <SelectField
            form={form}
            name="incentive"
            label={t("incentive")}
            options={INCENTIVES.map((kind) => ({ value: kind, label: t(`incentives.${kind}`) }))}
          />
          <div class="field" classList={{ "field--invalid": form.error("asOf") !== undefined }}>
            <label for={form.fieldId("asOf")}>{t("asOf")}</label>
            <p class="field__hint" id={`${form.fieldId("asOf")}-hint`}>
              {t("asOfHint")}
            </p>
            <input
              id={form.fieldId("asOf")}
              name="asOf"
              type="date"
              value={form.value("asOf")}
              readOnly={form.pending()}
              aria-invalid={form.error("asOf") !== undefined}
              aria-describedby={`${form.fieldId("asOf")}-hint${form.error("asOf") === undefined ? "" : ` ${form.errorId("asOf")}`}`}
              onInput={(event) => form.set("asOf", event.currentTarget.value)}
            />
            <Show when={form.error("asOf")}>
              {(message) => (
                <p class="field__error" id={form.errorId("asOf")}>
                  {message()}
                </p>
              )}
            </Show>
          </div>
          <div class="actions">
            <SubmitButton form={form} label={t("submit")} />
          </div>
        </form>
      </Section>
      <Show when={answer()}>{(value) => <AnswerView answer={value()} />}</Show>
    </>
  )
}

function AnswerView(props: { readonly answer: Answer }): JSX.Element {
  const t = useT()
  const { locale } = useLocale()
  const me = useCurrentUser()
  const a = () => props.answer.attribution
  const incentive = () => t(`incentives.${props.answer.incentive}`)
  const ours = (partnerId: string | null) =>
    partnerId !== null && me().locations.some((l) => l.partnerId === partnerId)
  const partnerText = (partnerId: string | null) =>
    partnerId === null ? t("noPartner") : ours(partnerId) ? `${partnerId} (${t("yours")})` : partnerId
  const basisText = (basis: string | null) =>
    basis === null ? "—" : (t(`bases.${basis}` as "bases.dpor") ?? basis)

  return (
    <>
      <Section
        headingId="answer-heading"
        class="stack"
        title={t("resultHeading", { date: formatDate(locale(), `${a().asOf}T12:00:00Z`) })}
      >
        <div class="card stack" role="status">
          <p class="answer-headline">
            <strong>
              {a().partnerId === null
                ? t("nobody", { incentive: incentive() })
                : a().incentiveEligible
                  ? t("earns", { partnerId: a().partnerId!, incentive: incentive() })
                  : t("earnsNotEligible", { partnerId: a().partnerId! })}
            </strong>
            <Show when={ours(a().partnerId)}> ({t("yours")})</Show>
          </p>
          <dl class="facts">
            <div>
              <dt>{t("basis")}</dt>
              <dd>{basisText(a().basis)}</dd>
            </div>
            <div>
              <dt>{t("eligible")}</dt>
              <dd>
                <StatusTag tone={a().incentiveEligible ? "success" : "neutral"}>
                  {a().incentiveEligible ? t("yes") : t("no")}
                </StatusTag>
              </dd>
            </div>
          </dl>
        </div>
      </Section>
      <Section headingId="why-heading" class="stack" title={t("explanationHeading")}>
        <p>{t("explanationIntro")}</p>
        <ol class="explanation">
          <For each={a().explanation}>
            {(step) => (
              <li>
                <p>{t(`rules.${step.rule}` as "rules.no_partner") ?? step.rule}</p>
                <p class="muted">
                  {t("details")} <span lang="en">{step.text}</span>
                </p>
              </li>
            )}
          </For>
        </ol>
      </Section>
      <Section headingId="timeline-heading" class="stack" title={t("timelineHeading")}>
        <Show when={props.answer.intervals.length > 0} fallback={<p>{t("timelineEmpty")}</p>}>
          <DataTable
            caption={t("timelineCaption", { incentive: incentive() })}
            rows={props.answer.intervals}
            columns={[
              {
                header: t("from"),
                numeric: true,
                cell: (i) => <time datetime={i.from}>{formatDate(locale(), `${i.from}T12:00:00Z`)}</time>
              },
              {
                header: t("to"),
                numeric: true,
                cell: (i) =>
                  i.to === null ? (
                    t("openEnded")
                  ) : (
                    <time datetime={i.to}>{formatDate(locale(), `${i.to}T12:00:00Z`)}</time>
                  )
              },
              { header: t("partner"), cell: (i) => <span class="mono">{partnerText(i.partnerId)}</span> },
              { header: t("basis"), cell: (i) => basisText(i.basis) },
              {
                header: t("eligible"),
                cell: (i) => (i.incentiveEligible ? t("yes") : t("no"))
              }
            ]}
          />
        </Show>
      </Section>
    </>
  )
}
