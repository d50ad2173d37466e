import {
  AsyncView,
  DataTable,
  EmptyState,
  formatDateTime,
  PageHeading,
  Section,
  StatusTag,
  useSession,
  useShared
} from "@openpor/ui"
import { A, useNavigate } from "@solidjs/router"
import { createResource, createSignal, type JSX, Show } from "solid-js"
import "../claims.css"
import "./import.css"
import { type ClaimImport, TEMPLATE_URL, uploadClaimsFile, uploadErrorCode } from "./api.ts"
import { useImportT } from "./i18n.ts"
import { statusTone } from "./status.ts"

/**
 * Claims → Import from CSV (SPEC §12): the template to download, the file to upload (its refusal
 * explained next to the field), and the user's past imports with their counts.
 */
export function ClaimImportPage(): JSX.Element {
  const t = useImportT()
  const { client } = useSession()
  const navigate = useNavigate()
  const [file, setFile] = createSignal<File | undefined>()
  const [error, setError] = createSignal<string | undefined>()
  const [busy, setBusy] = createSignal(false)
  const [imports, { refetch }] = createResource(() =>
    client.GET("/api/v1/claim-imports", { params: { query: { limit: "20" } } })
  )

  const submit = async (event: SubmitEvent) => {
    event.preventDefault()
    const chosen = file()
    if (chosen === undefined) {
      setError(t("chooseFile"))
      return
    }
    setError(undefined)
    setBusy(true)
    try {
      const created = await uploadClaimsFile(chosen)
      navigate(`/claims/import/${encodeURIComponent(created.id)}`)
    } catch (e) {
      setError(t(`uploadErrors.${uploadErrorCode(e)}`))
    } finally {
      setBusy(false)
    }
  }

  return (
    <div class="page stack">
      <p>
        <A href="/claims">{t("backToClaims")}</A>
      </p>
      <PageHeading>{t("title")}</PageHeading>
      <p class="muted">{t("intro")}</p>
      <Section headingId="import-template" title={t("templateTitle")} class="stack">
        <p>{t("templateHint")}</p>
        <p>
          <a class="button button--secondary" href={TEMPLATE_URL} download="openpor-claims-template.csv">
            {t("templateLink")}
          </a>
        </p>
      </Section>
      <Section headingId="import-upload" title={t("uploadTitle")} class="stack">
        <form class="stack claim-import-form" onSubmit={submit} noValidate>
          <div class="field">
            <label for="claim-import-file">{t("fileLabel")}</label>
            <input
              id="claim-import-file"
              type="file"
              accept=".csv,text/csv"
              aria-describedby={
                error() === undefined ? "claim-import-hint" : "claim-import-hint claim-import-error"
              }
              aria-invalid={error() !== undefined}
              onChange={(event) => {
                setFile(event.currentTarget.files?.[0])
                setError(undefined)
              }}
            />
            <p id="claim-import-hint" class="field__hint">
              {t("fileHint")}
            </p>
            <Show when={error()}>
              <p id="claim-import-error" class="field__error" role="alert">
                {error()}
              </p>
            </Show>
          </div>
          <div class="actions">
            <button type="submit" class="button" disabled={busy()}>
              {busy() ? t("uploading") : t("upload")}
            </button>
          </div>
        </form>
      </Section>
      <Section headingId="import-history" title={t("historyTitle")} class="stack">
        <AsyncView
          resource={imports}
          retry={refetch}
          loadingText={t("historyLoading")}
          errorIntro={t("historyFailed")}
          isEmpty={(page) => page.imports.length === 0}
          empty={<EmptyState title={t("historyEmpty")} hint={t("historyEmptyHint")} />}
        >
          {(page) => <PastImports imports={page.imports} />}
        </AsyncView>
      </Section>
    </div>
  )
}

function PastImports(props: { readonly imports: readonly ClaimImport[] }): JSX.Element {
  const t = useImportT()
  const { locale } = useShared()
  const name = (i: ClaimImport) => i.fileName ?? t("noFileName")
  return (
    <DataTable
      caption={t("historyCaption")}
      rows={props.imports}
      columns={[
        {
          header: t("file"),
          cell: (i) => (
            <A
              href={`/claims/import/${encodeURIComponent(i.id)}`}
              aria-label={t("openReportOf", { file: name(i) })}
            >
              {name(i)}
            </A>
          )
        },
        { header: t("uploadedAt"), cell: (i) => formatDateTime(locale(), i.createdAt) },
        {
          header: t("status"),
          cell: (i) => <StatusTag tone={statusTone(i.status)}>{t(`statuses.${i.status}`)}</StatusTag>
        },
        { header: t("created"), cell: (i) => String(i.created), numeric: true },
        { header: t("alreadyImported"), cell: (i) => String(i.alreadyImported), numeric: true },
        { header: t("refused"), cell: (i) => String(i.refused), numeric: true }
      ]}
    />
  )
}
