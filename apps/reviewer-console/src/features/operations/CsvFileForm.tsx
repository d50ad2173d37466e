import { ConfirmDialog } from "@openpor/ui"
import { createSignal, createUniqueId, type JSX, Show } from "solid-js"
import type { useT } from "../../i18n/index.ts"

/** The words of one CSV import form, already translated. */
export interface CsvFileFormText {
  readonly file: string
  readonly fileHint: string
  readonly chooseFile: string
  readonly import: string
  readonly importing: string
  readonly confirmTitle: (file: string) => string
  readonly confirmDescription: string
}

/**
 * The words of a feature's CSV import form from its strings (`<feature>.file`, `.fileHint`, `.chooseFile`,
 * `.import`, `.importing`), with the confirmation's title (given the file's name) and description.
 */
export const csvFileFormText = (
  t: ReturnType<typeof useT>,
  feature: "directory" | "eligibility" | "historyImport",
  confirm: { readonly title: (file: string) => string; readonly description: string }
): CsvFileFormText => ({
  file: t(`${feature}.file`),
  fileHint: t(`${feature}.fileHint`),
  chooseFile: t(`${feature}.chooseFile`),
  import: t(`${feature}.import`),
  importing: t(`${feature}.importing`),
  confirmTitle: confirm.title,
  confirmDescription: confirm.description
})

/**
 * A CSV file picker (labelled, with a hint and its validation message next to it) whose upload is confirmed in a
 * dialog first. `onUpload` runs on confirmation; a failure it throws stays in the dialog.
 */
export function CsvFileForm(props: {
  readonly text: CsvFileFormText
  readonly onUpload: (file: File) => Promise<void>
  /** The file types offered (default: CSV). */
  readonly accept?: string
  readonly children?: JSX.Element
}): JSX.Element {
  const inputId = createUniqueId()
  const [file, setFile] = createSignal<File>()
  const [fileError, setFileError] = createSignal<string>()
  const [confirming, setConfirming] = createSignal(false)
  let input!: HTMLInputElement

  const start = (event: Event) => {
    event.preventDefault()
    if (file() === undefined) {
      setFileError(props.text.chooseFile)
      input.focus()
      return
    }
    setFileError(undefined)
    setConfirming(true)
  }

  return (
    <>
      <form class="ops-form" novalidate onSubmit={start}>
        <div class="field" classList={{ "field--invalid": fileError() !== undefined }}>
          <label for={inputId}>{props.text.file}</label>
          <p class="field__hint" id={`${inputId}-hint`}>
            {props.text.fileHint}
          </p>
          <input
            ref={input}
            id={inputId}
            type="file"
            accept={props.accept ?? ".csv,text/csv"}
            aria-invalid={fileError() !== undefined}
            aria-describedby={
              fileError() === undefined ? `${inputId}-hint` : `${inputId}-hint ${inputId}-error`
            }
            onChange={(event) => {
              setFile(event.currentTarget.files?.[0])
              setFileError(undefined)
            }}
          />
          <Show when={fileError()}>
            {(message) => (
              <p class="field__error" id={`${inputId}-error`}>
                {message()}
              </p>
            )}
          </Show>
        </div>
        {props.children}
        <div>
          <button type="submit" class="button">
            {props.text.import}
          </button>
        </div>
      </form>
      <ConfirmDialog
        open={confirming()}
        onOpenChange={setConfirming}
        title={props.text.confirmTitle(file()?.name ?? "")}
        description={<p>{props.text.confirmDescription}</p>}
        confirmLabel={props.text.import}
        confirmingLabel={props.text.importing}
        onConfirm={() => props.onUpload(file()!)}
      />
    </>
  )
}
