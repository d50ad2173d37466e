import { ApiError } from "@openpor/api-client"
import {
  createApiForm,
  createCursorPager,
  EmptyState,
  FormAlert,
  formatDateTime,
  PagedView,
  Section,
  SubmitButton,
  TextField,
  useSession,
  useShared
} from "@openpor/ui"
import { DateField } from "@openpor/ui/forms/choice-fields.tsx"
import { useSearchParams } from "@solidjs/router"
import { For, type JSX, Show } from "solid-js"
import { useT } from "../../i18n/index.ts"
import { AuditExportLinks } from "../exports/exports.tsx"
import { OperationsPage } from "../operations/OperationsPage.tsx"
import { auditDiff } from "./diff.ts"

const FILTERS = ["entityType", "entityId", "actor", "action", "from", "to"] as const
type Filter = (typeof FILTERS)[number]
type Filters = Record<Filter, string>

interface AuditEntry {
  readonly id: string
  readonly at: string
  readonly actorType: string
  readonly actorId: string
  readonly actorEmail: string | null
  readonly action: string
  readonly entityType: string
  readonly entityId: string
  readonly before: unknown
  readonly after: unknown
  readonly requestId: string | null
}

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/

/** A local calendar date (YYYY-MM-DD) as the instant its day starts in the viewer's time zone; `days` later. */
const startOfLocalDay = (date: string, days = 0): string | undefined => {
  const start = new Date(`${date}T00:00:00`)
  if (Number.isNaN(start.getTime())) return undefined
  start.setDate(start.getDate() + days)
  return start.toISOString()
}

/** The API's filters of the page's (the list and its downloads): dates as the instants their local days start. */
const auditQuery = (current: Filters): Record<string, string> => {
  const query: Record<string, string> = {}
  for (const name of ["entityType", "entityId", "actor", "action"] as const)
    if (current[name] !== "") query[name] = current[name]
  const from = current.from === "" ? undefined : startOfLocalDay(current.from)
  const to = current.to === "" ? undefined : startOfLocalDay(current.to, 1)
  if (from !== undefined) query.from = from
  if (to !== undefined) query.to = to
  return query
}

/** The audit log, read-only: filter by entity, actor, action and dates (kept in the URL), each change as a diff. */
export function AuditPage(): JSX.Element {
  const t = useT()
  const { locale } = useShared()
  const { client } = useSession()
  const [params, setParams] = useSearchParams()
  const filters = (): Filters =>
    Object.fromEntries(
      FILTERS.map((name) => [name, typeof params[name] === "string" ? params[name] : ""])
    ) as Filters

  const form = createApiForm({
    initial: filters(),
    submit: async (values: Filters) => {
      if (values.from !== "" && values.to !== "" && values.to < values.from)
        throw new ApiError(400, "invalid_range", "to", { field: "to" })
      setParams(
        Object.fromEntries(
          FILTERS.map((name) => [name, values[name].trim() === "" ? undefined : values[name].trim()])
        )
      )
    },
    translate: (problem) => (problem.code === "invalid_range" ? t("audit.invalidRange") : undefined)
  })
  const clear = () => {
    const empty = Object.fromEntries(FILTERS.map((name) => [name, ""])) as Filters
    form.reset(empty)
    setParams(Object.fromEntries(FILTERS.map((name) => [name, undefined])))
  }

  const pager = createCursorPager<AuditEntry>(
    (cursor) => {
      const query: Record<string, string | number> = { ...auditQuery(filters()), limit: 25 }
      if (cursor !== undefined) query.cursor = cursor
      return client
        .GET("/api/v1/ops/audit", { params: { query } })
        .then((answer) => ({ items: answer.events as readonly AuditEntry[], nextCursor: answer.nextCursor }))
    },
    { key: () => JSON.stringify(filters()) }
  )

  return (
    <OperationsPage screen="audit" title={t("audit.title")} standalone>
      <p>{t("audit.intro")}</p>
      <Section headingId="audit-filters" title={t("audit.filtersTitle")} class="stack">
        <form class="ops-form ops-form--inline" novalidate onSubmit={(event) => void form.submit(event)}>
          <FormAlert form={form} />
          <TextField
            form={form}
            name="entityType"
            label={t("audit.entityType")}
            hint={t("audit.entityTypeHint")}
          />
          <TextField form={form} name="entityId" label={t("audit.entityId")} spellcheck={false} />
          <TextField
            form={form}
            name="actor"
            label={t("audit.actor")}
            hint={t("audit.actorHint")}
            spellcheck={false}
          />
          <TextField
            form={form}
            name="action"
            label={t("audit.action")}
            hint={t("audit.actionHint")}
            spellcheck={false}
          />
          <DateField form={form} name="from" label={t("audit.from")} />
          <DateField form={form} name="to" label={t("audit.to")} />
          <div class="actions ops-form__actions">
            <SubmitButton form={form} label={t("audit.apply")} />
            <button type="button" class="button button--secondary" onClick={clear}>
              {t("audit.clear")}
            </button>
          </div>
        </form>
      </Section>
      <AuditExportLinks query={auditQuery(filters())} />
      <Section headingId="audit-entries" title={t("audit.caption")} class="stack">
        <PagedView
          pager={pager}
          label={t("audit.pages")}
          empty={<EmptyState title={t("audit.empty")} hint={t("audit.emptyHint")} />}
        >
          {(page) => (
            <ol class="card-list audit-list">
              <For each={page.items}>
                {(entry) => (
                  <li class="card stack">
                    <article class="stack" aria-labelledby={`audit-${entry.id}`}>
                      <h3 id={`audit-${entry.id}`} class="mono ops-wrap">
                        {entry.action}
                      </h3>
                      <dl class="facts">
                        <div>
                          <dt>{t("audit.when")}</dt>
                          <dd>
                            <time datetime={entry.at}>{formatDateTime(locale(), entry.at)}</time>
                          </dd>
                        </div>
                        <div>
                          <dt>{t("audit.who")}</dt>
                          <dd class="ops-wrap">
                            {entry.actorType === "system"
                              ? t("audit.system")
                              : (entry.actorEmail ?? `${entry.actorType} ${entry.actorId}`)}
                          </dd>
                        </div>
                        <div>
                          <dt>{t("audit.entity")}</dt>
                          <dd class="mono ops-wrap">
                            {entry.entityType} {entry.entityId}
                          </dd>
                        </div>
                      </dl>
                      <Changes before={entry.before} after={entry.after} />
                    </article>
                  </li>
                )}
              </For>
            </ol>
          )}
        </PagedView>
      </Section>
    </OperationsPage>
  )
}

/** An entry's before/after as a readable list of changed fields: old value struck through, new value beside it. */
function Changes(props: { readonly before: unknown; readonly after: unknown }): JSX.Element {
  const t = useT()
  const { locale } = useShared()
  const lines = () => auditDiff(props.before, props.after)
  /** Instants read as dates and times in the viewer's time zone; other values as they are. */
  const shown = (value: string) => (INSTANT.test(value) ? formatDateTime(locale(), value) : value)
  return (
    <Show when={lines().length > 0} fallback={<p class="muted">{t("audit.noChange")}</p>}>
      <div class="stack">
        <p class="muted">{t("audit.changes")}</p>
        <ul class="ops-diff">
          <For each={lines()}>
            {(line) => (
              <li>
                <span class="mono">{line.field === "" ? "—" : line.field}</span>
                <span>
                  <Show when={line.before !== undefined}>
                    <del>
                      <span class="visually-hidden">{t("audit.before")}: </span>
                      {shown(line.before!)}
                    </del>
                  </Show>
                  <Show when={line.before !== undefined && line.after !== undefined}> → </Show>
                  <Show when={line.after !== undefined}>
                    <ins>
                      <span class="visually-hidden">{t("audit.after")}: </span>
                      {shown(line.after!)}
                    </ins>
                  </Show>
                </span>
              </li>
            )}
          </For>
        </ul>
      </div>
    </Show>
  )
}
