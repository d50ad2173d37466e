import { ApiError, type ResponseOf } from "@openpor/api-client"
import { DataTable, Notice, pluralCategory, Section, showToast, useSession, useShared } from "@openpor/ui"
import { createSignal, type JSX, Show } from "solid-js"
import { useT } from "../../i18n/index.ts"
import { CsvFileForm, csvFileFormText } from "../operations/CsvFileForm.tsx"

type Row = ResponseOf<"importEligibilityCsv">["rows"][number]
type Result = {
  readonly file: string
  readonly ok: boolean
  readonly rows: readonly Row[]
  readonly message?: string | undefined
}

const PROBLEMS = ["invalid_partner_id", "unknown_partner_id", "unknown_requirement", "invalid_met"] as const
type Problem = (typeof PROBLEMS)[number]
const isProblem = (code: string): code is Problem => (PROBLEMS as readonly string[]).includes(code)

const isRow = (value: unknown): value is Row =>
  typeof value === "object" && value !== null && "line" in value && "problem" in value

/** Requirement states from a CSV file (all rows or none), with the result of every row. */
export function EligibilityImport(props: { readonly onImported: () => void }): JSX.Element {
  const t = useT()
  const { locale } = useShared()
  const { client } = useSession()
  const [result, setResult] = createSignal<Result>()

  const upload = async (chosen: File) => {
    try {
      const answer = await client.POST("/api/v1/ops/eligibility/import.csv", {
        body: await chosen.text(),
        bodySerializer: (body: string) => body,
        headers: { "content-type": "text/csv" }
      })
      setResult({ file: chosen.name, ok: true, rows: answer.rows })
      showToast(
        "success",
        t(`eligibility.applied.${pluralCategory(locale(), Number(answer.applied))}`, {
          count: String(answer.applied)
        })
      )
      props.onImported()
    } catch (error) {
      if (!(error instanceof ApiError) || error.status !== 400) throw error
      const rows = Array.isArray(error.details.rows) ? error.details.rows.filter(isRow) : []
      setResult({
        file: chosen.name,
        ok: false,
        rows,
        message: rows.length === 0 ? error.message : undefined
      })
    }
  }
  const outcome = (row: Row) => {
    if (row.problem === null) return <span>{t("eligibility.rowApplied")}</span>
    return (
      <span class="field__error">
        {isProblem(row.problem.code) ? t(`eligibility.problems.${row.problem.code}`) : row.problem.message}
      </span>
    )
  }

  return (
    <Section headingId="eligibility-import" title={t("eligibility.importTitle")} class="stack">
      <CsvFileForm
        text={csvFileFormText(t, "eligibility", {
          title: (file) => t("eligibility.confirmImportTitle", { file }),
          description: t("eligibility.confirmImportDescription")
        })}
        onUpload={upload}
      />
      <Show when={result()}>
        {(current) => (
          <section class="stack" aria-labelledby="eligibility-result">
            <h3 id="eligibility-result">{t("eligibility.resultTitle", { file: current().file })}</h3>
            <Notice tone={current().ok ? "success" : "error"}>
              <p>
                {current().ok
                  ? t(`eligibility.applied.${pluralCategory(locale(), current().rows.length)}`, {
                      count: String(current().rows.length)
                    })
                  : t(`eligibility.refused.${pluralCategory(locale(), current().rows.length)}`, {
                      count: String(current().rows.length)
                    })}
              </p>
              <Show when={current().message}>{(message) => <p>{message()}</p>}</Show>
            </Notice>
            <Show when={current().rows.length > 0}>
              <DataTable
                caption={t("eligibility.resultCaption", { file: current().file })}
                rows={current().rows}
                columns={[
                  { header: t("eligibility.line"), cell: (row: Row) => row.line, numeric: true },
                  { header: t("eligibility.partnerId"), cell: (row: Row) => row.partnerId },
                  {
                    header: t("eligibility.requirement"),
                    cell: (row: Row) => <span class="mono ops-wrap">{row.requirementId}</span>
                  },
                  {
                    header: t("eligibility.state"),
                    cell: (row: Row) =>
                      row.met === null ? "—" : row.met ? t("eligibility.met") : t("eligibility.unmet")
                  },
                  { header: t("eligibility.result"), cell: outcome }
                ]}
              />
            </Show>
          </section>
        )}
      </Show>
    </Section>
  )
}
