import {
  AsyncView,
  DataTable,
  formatDateTime,
  PageHeading,
  Section,
  StatusTag,
  useSession,
  useShared
} from "@openpor/ui"
import { A, useParams } from "@solidjs/router"
import { createEffect, createResource, createSignal, type JSX, on, onCleanup, Show } from "solid-js"
import "../claims.css"
import "./import.css"
import { useClaimText } from "../lib/text.ts"
import { type ClaimImport, claimFieldOf, type ImportRow, isFinished, POLL_MILLIS } from "./api.ts"
import { useImportT } from "./i18n.ts"
import { statusTone } from "./status.ts"

const PAGE = 100

/**
 * One import: its progress while the job runs (polled; a progressbar with the rows processed), then
 * the summary (created, already imported, refused) and the refused rows with their line, column and
 * what to do, in the user's language.
 */
export function ClaimImportReportPage(): JSX.Element {
  const t = useImportT()
  const { client } = useSession()
  const params = useParams<{ id: string }>()
  const [current, { refetch }] = createResource(
    () => params.id,
    (id) => client.GET("/api/v1/claim-imports/{id}", { params: { path: { id } } })
  )
  // Polls while the job runs; stops when the import is finished or the page is left.
  let timer: ReturnType<typeof setTimeout> | undefined
  createEffect(() => {
    const value = current.latest
    clearTimeout(timer)
    if (value !== undefined && !isFinished(value)) timer = setTimeout(() => void refetch(), POLL_MILLIS)
  })
  onCleanup(() => clearTimeout(timer))
  return (
    <div class="page stack">
      <p>
        <A href="/claims/import">{t("backToImports")}</A>
      </p>
      <PageHeading>{t("reportTitle", { file: current.latest?.fileName ?? t("noFileName") })}</PageHeading>
      <AsyncView resource={current} retry={refetch} loadingText={t("loading")} errorIntro={t("loadFailed")}>
        {(value) => <ImportView import={value} />}
      </AsyncView>
    </div>
  )
}

function ImportView(props: { readonly import: ClaimImport }): JSX.Element {
  const t = useImportT()
  const { locale } = useShared()
  const percent = () =>
    props.import.rowsTotal === 0
      ? 100
      : Math.round((props.import.rowsProcessed / props.import.rowsTotal) * 100)
  return (
    <div class="stack">
      <p class="claim-import-status">
        <StatusTag tone={statusTone(props.import.status)}>{t(`statuses.${props.import.status}`)}</StatusTag>{" "}
        <span class="muted">{formatDateTime(locale(), props.import.createdAt)}</span>
      </p>
      <div class="claim-import-progress">
        <p id="claim-import-progress-label">{t("progressLabel")}</p>
        <div
          class="claim-import-progress__track"
          role="progressbar"
          aria-labelledby="claim-import-progress-label"
          aria-valuemin={0}
          aria-valuemax={props.import.rowsTotal}
          aria-valuenow={props.import.rowsProcessed}
          aria-valuetext={t("progressText", {
            processed: String(props.import.rowsProcessed),
            total: String(props.import.rowsTotal)
          })}
        >
          <div class="claim-import-progress__bar" style={{ width: `${percent()}%` }} />
        </div>
        <p aria-live="polite">
          {props.import.status === "queued"
            ? t("queuedHint")
            : t("progressText", {
                processed: String(props.import.rowsProcessed),
                total: String(props.import.rowsTotal)
              })}
        </p>
      </div>
      <Show when={props.import.status === "failed"}>
        <p class="form-error" role="alert">
          {t("failedHint")}
        </p>
      </Show>
      <Show when={isFinished(props.import)}>
        <Summary import={props.import} />
        <RefusedRows import={props.import} />
      </Show>
    </div>
  )
}

function Summary(props: { readonly import: ClaimImport }): JSX.Element {
  const t = useImportT()
  return (
    <Section headingId="import-summary" title={t("summaryTitle")} class="stack">
      <dl class="claim-import-summary">
        <div>
          <dt>{t("created")}</dt>
          <dd>{props.import.created}</dd>
        </div>
        <div>
          <dt>{t("alreadyImported")}</dt>
          <dd>{props.import.alreadyImported}</dd>
        </div>
        <div>
          <dt>{t("refused")}</dt>
          <dd>{props.import.refused}</dd>
        </div>
      </dl>
      <Show when={props.import.created > 0}>
        <p>
          <A href="/claims?status=draft">{t("draftsLink")}</A>
        </p>
      </Show>
    </Section>
  )
}

function RefusedRows(props: { readonly import: ClaimImport }): JSX.Element {
  const t = useImportT()
  const { client } = useSession()
  const text = useClaimText()
  const [rows, setRows] = createSignal<readonly ImportRow[]>([])
  const [next, setNext] = createSignal<number | null>(null)
  const [loading, setLoading] = createSignal(false)
  const [failed, setFailed] = createSignal(false)
  const load = async (after: number) => {
    setLoading(true)
    setFailed(false)
    try {
      const page = await client.GET("/api/v1/claim-imports/{id}/rows", {
        params: {
          path: { id: props.import.id },
          query: { outcome: "refused", after: String(after), limit: String(PAGE) }
        }
      })
      setRows((before) => (after === 0 ? page.rows : [...before, ...page.rows]))
      setNext(page.nextCursor)
    } catch {
      setFailed(true)
    } finally {
      setLoading(false)
    }
  }
  createEffect(
    on(
      () => props.import.id,
      () => void load(0)
    )
  )
  /** The column's label: the claim form's field label, or this page's own for the two the form names otherwise. */
  const columnLabel = (column: string) =>
    text.field(claimFieldOf(column)) ??
    (t as unknown as (k: string) => string | undefined)(`columns.${column}`) ??
    column
  const explain = (p: ImportRow["problems"][number]) => {
    const own = (t as unknown as (k: string, v?: Record<string, string>) => string | undefined)(
      `problems.${p.code}.message`,
      { item: columnLabel(p.column) }
    )
    if (own !== undefined)
      return { message: own, todo: (t as unknown as (k: string) => string)(`problems.${p.code}.todo`) }
    return text.problem(p.code, p.item ?? undefined, columnLabel(p.column))
  }
  const problems = () => rows().flatMap((row) => row.problems.map((problem) => ({ line: row.line, problem })))
  return (
    <Section headingId="import-refused" title={t("refusedTitle")} class="stack">
      <Show when={props.import.refused > 0} fallback={<p>{t("refusedNone")}</p>}>
        <DataTable
          caption={t("refusedCaption")}
          rows={problems()}
          columns={[
            { header: t("line"), cell: (r) => String(r.line), numeric: true },
            {
              header: t("column"),
              cell: (r) => (
                <>
                  {columnLabel(r.problem.column)} <code>{r.problem.column}</code>
                </>
              )
            },
            {
              header: t("problem"),
              cell: (r) => {
                const e = explain(r.problem)
                return (
                  <>
                    <span>{e.message}</span> <span class="muted">{e.todo}</span>
                  </>
                )
              }
            }
          ]}
        />
        <Show when={failed()}>
          <p class="form-error" role="alert">
            {t("loadFailed")}
          </p>
        </Show>
        <Show when={next() !== null}>
          <p>
            <button
              type="button"
              class="button button--secondary"
              disabled={loading()}
              onClick={() => void load(next()!)}
            >
              {t("more")}
            </button>
          </p>
        </Show>
      </Show>
    </Section>
  )
}
