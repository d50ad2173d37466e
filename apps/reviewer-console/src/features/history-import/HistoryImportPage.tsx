import {
  ApiError,
  type BodyOf,
  POR_IMPORT_PROBLEMS,
  type PorImportProblem,
  type ResponseOf
} from "@openpor/api-client"
import { DataTable, Notice, pluralCategory, Section, showToast, useSession, useShared } from "@openpor/ui"
import { createSignal, type JSX, Match, Show, Switch } from "solid-js"
import { useT } from "../../i18n/index.ts"
import { CsvFileForm, csvFileFormText } from "../operations/CsvFileForm.tsx"
import { OperationsPage } from "../operations/OperationsPage.tsx"

type Answer = ResponseOf<"importPorEvents">
type JsonBody = Exclude<BodyOf<"importPorEvents">, string>
type Row = Answer["rows"][number]
/** A refused row as the 400 invalid_rows answer lists it. */
interface RefusedRow {
  readonly line: number
  readonly externalId: string
  readonly column: string
  readonly code: string
  readonly message: string
}

type Report =
  | { readonly ok: true; readonly file: string; readonly answer: Answer }
  | {
      readonly ok: false
      readonly file: string
      readonly rows: readonly RefusedRow[]
      readonly message: string | undefined
    }

/** The columns of a history file, as the API reads them (SPEC §4). */
export const HISTORY_COLUMNS = ["externalId", "type", "subscriptionId", "partnerId", "on"] as const
export const historyTemplate = `${HISTORY_COLUMNS.join(",")}
legacy-0001,osa_form,aaaaaaaa-0000-4000-8000-000000000005,3000001,2014-06-15
legacy-0002,dpor_added,aaaaaaaa-0000-4000-8000-000000000005,1000001,2015-02-10
legacy-0003,por_poe,aaaaaaaa-0000-4000-8000-000000000005,1000001,2015-03-10
legacy-0004,dpor_removed,aaaaaaaa-0000-4000-8000-000000000005,,2016-01-04
`

const isProblem = (code: string): code is PorImportProblem =>
  (POR_IMPORT_PROBLEMS as readonly string[]).includes(code)

const isRefusedRow = (value: unknown): value is RefusedRow =>
  typeof value === "object" && value !== null && "line" in value && "column" in value && "code" in value

/** A JSON file is sent as JSON, anything else as CSV. */
const isJson = (file: File) => file.type === "application/json" || file.name.toLowerCase().endsWith(".json")

/** The operator's history import: a CSV or JSON file of dated DPOR / OSA / POE events, with a row report. */
export function HistoryImportPage(): JSX.Element {
  const t = useT()
  const { client } = useSession()
  const [report, setReport] = createSignal<Report>()

  const upload = async (chosen: File) => {
    const text = await chosen.text()
    let json: JsonBody | undefined
    if (isJson(chosen)) {
      try {
        json = JSON.parse(text) as JsonBody
      } catch (error) {
        setReport({ ok: false, file: chosen.name, rows: [], message: (error as Error).message })
        return
      }
    }
    try {
      const path = "/api/v1/ops/por-events/import"
      const answer =
        json === undefined
          ? await client.POST(path, {
              body: text,
              bodySerializer: (value) => value as string,
              headers: { "content-type": "text/csv" }
            })
          : await client.POST(path, { body: json })
      setReport({ ok: true, file: chosen.name, answer })
      showToast("success", t("historyImport.resultTitle", { file: chosen.name }))
    } catch (error) {
      // A refused file is reported next to the form (nothing stored); other failures stay in the dialog.
      if (!(error instanceof ApiError) || error.status !== 400) throw error
      const rows = Array.isArray(error.details.rows) ? error.details.rows.filter(isRefusedRow) : []
      setReport({
        ok: false,
        file: chosen.name,
        rows,
        message: rows.length === 0 ? error.message : undefined
      })
    }
  }

  return (
    <OperationsPage screen="history" title={t("historyImport.title")}>
      <p>{t("historyImport.intro")}</p>
      <Section headingId="history-import" title={t("historyImport.importTitle")} class="stack">
        <CsvFileForm
          text={csvFileFormText(t, "historyImport", {
            title: (file) => t("historyImport.confirmTitle", { file }),
            description: t("historyImport.confirmDescription")
          })}
          accept=".csv,text/csv,.json,application/json"
          onUpload={upload}
        >
          <details>
            <summary>{t("historyImport.columns")}</summary>
            <p class="mono ops-wrap">{HISTORY_COLUMNS.join(", ")}</p>
            <p>{t("historyImport.types")}</p>
            <p>
              <a
                href={`data:text/csv;charset=utf-8,${encodeURIComponent(historyTemplate)}`}
                download="history-import.csv"
              >
                {t("historyImport.template")}
              </a>
            </p>
          </details>
        </CsvFileForm>
        <Show when={report()}>{(current) => <ImportReport report={current()} />}</Show>
      </Section>
    </OperationsPage>
  )
}

function ImportReport(props: { readonly report: Report }): JSX.Element {
  const t = useT()
  const { locale } = useShared()
  const reason = (row: RefusedRow) =>
    isProblem(row.code) ? t(`historyImport.problems.${row.code}`) : row.message
  return (
    <section class="stack" aria-labelledby="history-import-result">
      <h3 id="history-import-result">{t("historyImport.resultTitle", { file: props.report.file })}</h3>
      <Switch>
        <Match when={props.report.ok ? props.report : undefined}>
          {(ok) => (
            <>
              <Notice tone="success">
                <p>
                  {t(`historyImport.imported.${pluralCategory(locale(), Number(ok().answer.imported))}`, {
                    count: String(ok().answer.imported),
                    unchanged: String(ok().answer.unchanged)
                  })}
                </p>
              </Notice>
              <DataTable
                caption={t("historyImport.resultCaption", { file: ok().file })}
                rows={ok().answer.rows}
                columns={[
                  { header: t("historyImport.line"), cell: (row: Row) => row.line, numeric: true },
                  {
                    header: t("historyImport.externalId"),
                    cell: (row: Row) => <span class="mono ops-wrap">{row.externalId}</span>
                  },
                  {
                    header: t("historyImport.type"),
                    cell: (row: Row) => <span class="mono">{row.type}</span>
                  },
                  {
                    header: t("historyImport.subscription"),
                    cell: (row: Row) => <span class="mono ops-wrap">{row.subscriptionId}</span>
                  },
                  {
                    header: t("historyImport.result"),
                    cell: (row: Row) => t(`historyImport.outcomes.${row.outcome}`)
                  }
                ]}
              />
            </>
          )}
        </Match>
        <Match when={!props.report.ok ? props.report : undefined}>
          {(refused) => (
            <>
              <Notice tone="error">
                <p>
                  {refused().rows.length === 0
                    ? t("historyImport.fileRefused")
                    : t(`historyImport.refused.${pluralCategory(locale(), refused().rows.length)}`, {
                        count: String(refused().rows.length)
                      })}
                </p>
                <Show when={refused().message}>{(message) => <p>{message()}</p>}</Show>
              </Notice>
              <Show when={refused().rows.length > 0}>
                <DataTable
                  caption={t("historyImport.resultCaption", { file: refused().file })}
                  rows={refused().rows}
                  columns={[
                    { header: t("historyImport.line"), cell: (row: RefusedRow) => row.line, numeric: true },
                    {
                      header: t("historyImport.externalId"),
                      cell: (row: RefusedRow) => <span class="mono ops-wrap">{row.externalId || "—"}</span>
                    },
                    {
                      header: t("historyImport.column"),
                      cell: (row: RefusedRow) => <span class="mono">{row.column}</span>
                    },
                    {
                      header: t("historyImport.result"),
                      cell: (row: RefusedRow) => <span class="field__error">{reason(row)}</span>
                    }
                  ]}
                />
              </Show>
            </>
          )}
        </Match>
      </Switch>
    </section>
  )
}
