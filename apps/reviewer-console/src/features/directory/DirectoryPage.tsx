import { ApiError, type ResponseOf } from "@openpor/api-client"
import {
  createCursorPager,
  DataTable,
  EmptyState,
  formatDateTime,
  formatList,
  Notice,
  PagedView,
  Section,
  showToast,
  useCurrentUser,
  useSession,
  useShared
} from "@openpor/ui"
import { createSignal, For, type JSX, Show } from "solid-js"
import { useT } from "../../i18n/index.ts"
import { mayOperate } from "../operations/access.ts"
import { CsvFileForm, csvFileFormText } from "../operations/CsvFileForm.tsx"
import { OperationsPage } from "../operations/OperationsPage.tsx"
import { CSV_COLUMNS, csvTemplate, problemsOf } from "./csv.ts"

type ImportResult = ResponseOf<"importDirectoryCsv">

type Report =
  | { readonly ok: true; readonly file: string; readonly at: string; readonly result: ImportResult }
  | { readonly ok: false; readonly file: string; readonly problems: readonly string[] }

interface Tenant {
  readonly id: string
  readonly name: string
  readonly domains: readonly string[]
  readonly workloads: readonly string[]
}

/** The customer directory: CSV import with a report (operator), and the tenants it holds. */
export function DirectoryPage(): JSX.Element {
  const t = useT()
  const me = useCurrentUser()
  const { client } = useSession()
  const [version, setVersion] = createSignal(0)
  const pager = createCursorPager<Tenant>(
    (cursor) =>
      client
        .GET("/api/v1/ops/directory/tenants", {
          params: { query: { limit: "25", ...(cursor === undefined ? {} : { after: cursor }) } }
        })
        .then((answer) => ({ items: answer.tenants, nextCursor: answer.nextCursor })),
    { key: version }
  )
  return (
    <OperationsPage screen="directory" title={t("directory.title")}>
      <p>{t("directory.intro")}</p>
      <Show when={mayOperate(me())}>
        <DirectoryImport onImported={() => setVersion((n) => n + 1)} />
      </Show>
      <Section headingId="directory-tenants" title={t("directory.tenantsTitle")} class="stack">
        <PagedView
          pager={pager}
          label={t("directory.pages")}
          empty={<EmptyState title={t("directory.noTenants")} hint={t("directory.noTenantsHint")} />}
        >
          {(page) => (
            <DataTable
              caption={t("directory.tenantsCaption")}
              rows={page.items}
              columns={[
                { header: t("directory.name"), cell: (tenant: Tenant) => tenant.name },
                {
                  header: t("directory.tenantId"),
                  cell: (tenant: Tenant) => <span class="mono ops-wrap">{tenant.id}</span>
                },
                {
                  header: t("directory.domains"),
                  cell: (tenant: Tenant) => <span class="ops-wrap">{tenant.domains.join(", ")}</span>
                },
                {
                  header: t("directory.workloads"),
                  cell: (tenant: Tenant) => <span class="ops-wrap">{tenant.workloads.join(", ")}</span>
                }
              ]}
            />
          )}
        </PagedView>
      </Section>
    </OperationsPage>
  )
}

function DirectoryImport(props: { readonly onImported: () => void }): JSX.Element {
  const t = useT()
  const { locale } = useShared()
  const { client } = useSession()
  const [report, setReport] = createSignal<Report>()

  const upload = async (chosen: File) => {
    const text = await chosen.text()
    try {
      const result = await client.POST("/api/v1/ops/directory/import.csv", {
        body: text,
        bodySerializer: (body: string) => body,
        headers: { "content-type": "text/csv" }
      })
      setReport({ ok: true, file: chosen.name, at: new Date().toISOString(), result })
      showToast("success", t("directory.imported", { file: chosen.name }))
      props.onImported()
    } catch (error) {
      // A file the API refuses is reported next to the form (nothing changed); other failures stay in the dialog.
      if (!(error instanceof ApiError) || error.status !== 400) throw error
      setReport({ ok: false, file: chosen.name, problems: problemsOf(error) })
    }
  }

  return (
    <Section headingId="directory-import" title={t("directory.importTitle")} class="stack">
      <CsvFileForm
        text={csvFileFormText(t, "directory", {
          title: (file) => t("directory.confirmTitle", { file }),
          description: t("directory.confirmDescription")
        })}
        onUpload={upload}
      >
        <details>
          <summary>{t("directory.columns")}</summary>
          <p class="mono ops-wrap">{formatList(locale(), CSV_COLUMNS)}</p>
          <p>
            <a
              href={`data:text/csv;charset=utf-8,${encodeURIComponent(csvTemplate)}`}
              download="directory.csv"
            >
              {t("directory.template")}
            </a>
          </p>
        </details>
      </CsvFileForm>
      <Show when={report()}>{(current) => <ImportReport report={current()} />}</Show>
    </Section>
  )
}

function ImportReport(props: { readonly report: Report }): JSX.Element {
  const t = useT()
  const { locale } = useShared()
  return (
    <Show
      when={props.report.ok ? props.report : undefined}
      fallback={
        <Notice tone="error">
          <h3>{t("directory.failedTitle", { file: props.report.file })}</h3>
          <p>{t("directory.failed")}</p>
          <p>{t("directory.problems")}:</p>
          <ul>
            <For each={props.report.ok ? [] : props.report.problems}>{(problem) => <li>{problem}</li>}</For>
          </ul>
        </Notice>
      }
    >
      {(done) => (
        <section class="card stack" aria-labelledby="directory-report">
          <h3 id="directory-report">{t("directory.reportTitle")}</h3>
          <p class="muted">
            {t("directory.reportOf", { file: done().file, at: formatDateTime(locale(), done().at) })}
          </p>
          <ul class="ops-report">
            <For
              each={
                [
                  ["tenantsCreated", done().result.tenantsCreated],
                  ["tenantsUpdated", done().result.tenantsUpdated],
                  ["subscriptionsCreated", done().result.subscriptionsCreated],
                  ["subscriptionsUpdated", done().result.subscriptionsUpdated]
                ] as const
              }
            >
              {([key, count]) => (
                <li>
                  <span>{t(`directory.${key}`)}</span>
                  <span class="ops-report__count">{count}</span>
                </li>
              )}
            </For>
          </ul>
          <h4>{t("directory.expired")}</h4>
          <Show
            when={done().result.expiredSubscriptionIds.length > 0}
            fallback={<p>{t("directory.expiredNone")}</p>}
          >
            <ul>
              <For each={done().result.expiredSubscriptionIds}>
                {(id) => <li class="mono ops-wrap">{id}</li>}
              </For>
            </ul>
          </Show>
        </section>
      )}
    </Show>
  )
}
