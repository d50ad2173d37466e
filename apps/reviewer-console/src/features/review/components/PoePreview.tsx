import { formatDateTime, useShared } from "@openpor/ui"
import {
  createEffect,
  createResource,
  createSignal,
  For,
  type JSX,
  Match,
  onCleanup,
  Show,
  Switch
} from "solid-js"
import { fileSize, poeUrl, previewKind, typeName } from "../lib/format.ts"
import { useReviewT } from "../lib/i18n.ts"

export interface PoeDocument {
  readonly id: string
  readonly fileName: string
  readonly mediaType: string
  readonly size: number | string
  readonly sha256: string
  readonly uploadedAt: string
}

/** Loads a proof document as an object URL (revoked when replaced or unmounted). */
const loadObjectUrl = async (url: string): Promise<string> => {
  const response = await fetch(url, { credentials: "same-origin" })
  if (!response.ok) throw new Error(`${response.status}`)
  return URL.createObjectURL(await response.blob())
}

/**
 * The claim's proof of execution previewed inline: a PDF in the browser's own viewer, PNG and JPEG as an
 * image, a Word document (which browsers cannot show) as a download with its details. With several
 * documents, a select picks the one shown (newest first).
 */
export function PoePreview(props: {
  readonly claimId: string
  readonly documents: readonly PoeDocument[]
  /** The number of documents when the viewer may not open them (`poe` is then empty). */
  readonly count: number
  /** A compact frame (e.g. in the queue's side pane). */
  readonly compact?: boolean
}): JSX.Element {
  const t = useReviewT()
  const { locale } = useShared()
  const sorted = () => [...props.documents].sort((a, b) => b.uploadedAt.localeCompare(a.uploadedAt))
  const [chosen, setChosen] = createSignal<string>()
  const current = () => sorted().find((d) => d.id === chosen()) ?? sorted()[0]
  const inline = () => {
    const doc = current()
    return doc !== undefined &&
      (previewKind(doc.mediaType) === "pdf" || previewKind(doc.mediaType) === "image")
      ? poeUrl(props.claimId, doc.id)
      : undefined
  }
  const [objectUrl] = createResource(inline, loadObjectUrl)
  let previous: string | undefined
  createEffect(() => {
    const url = objectUrl.latest
    if (previous !== undefined && previous !== url) URL.revokeObjectURL(previous)
    previous = url
  })
  onCleanup(() => {
    if (previous !== undefined) URL.revokeObjectURL(previous)
  })
  const details = (doc: PoeDocument) =>
    t("claim.poeDetails", {
      type: typeName(doc.mediaType),
      size: fileSize(locale(), Number(doc.size), t),
      date: formatDateTime(locale(), doc.uploadedAt)
    })

  return (
    <div class="poe" classList={{ "poe--compact": props.compact === true }}>
      <Show
        when={current()}
        fallback={
          <p class="muted">
            {props.count > 0 ? t("claim.poeHidden", { count: String(props.count) }) : t("claim.poeNone")}
          </p>
        }
      >
        {(doc) => (
          <>
            <div class="poe__bar">
              <Show when={sorted().length > 1} fallback={<p class="poe__name">{doc().fileName}</p>}>
                <div class="field poe__choose">
                  <label for={`poe-${props.claimId}`}>{t("claim.poeChoose")}</label>
                  <select
                    id={`poe-${props.claimId}`}
                    value={doc().id}
                    onChange={(event) => setChosen(event.currentTarget.value)}
                  >
                    <For each={sorted()}>{(d) => <option value={d.id}>{d.fileName}</option>}</For>
                  </select>
                </div>
              </Show>
              <a
                class="button button--secondary button--small"
                href={poeUrl(props.claimId, doc().id)}
                download={doc().fileName}
              >
                {t("claim.poeDownload", { name: doc().fileName })}
              </a>
            </div>
            <p class="muted poe__details">{details(doc())}</p>
            <Switch>
              <Match when={previewKind(doc().mediaType) === "docx"}>
                <p class="notice">{t("claim.poeDocx")}</p>
                <p class="muted mono poe__hash">
                  {t("claim.poeHash")}: {doc().sha256}
                </p>
              </Match>
              <Match when={previewKind(doc().mediaType) === "other"}>
                <p class="notice">{t("claim.poeUnknown")}</p>
              </Match>
              <Match when={objectUrl.error !== undefined}>
                <p class="notice notice--error" role="alert">
                  {t("claim.poeFailed")}
                </p>
              </Match>
              <Match when={objectUrl.loading && objectUrl.latest === undefined}>
                <p class="status" role="status">
                  {t("claim.poeLoading")}
                </p>
              </Match>
              <Match when={previewKind(doc().mediaType) === "pdf" && objectUrl.latest}>
                {(url) => (
                  // The browser's own PDF viewer; a browser without one shows the fallback instead.
                  <object
                    class="poe__frame"
                    data={url()}
                    type="application/pdf"
                    title={t("claim.poePreview", { name: doc().fileName })}
                  >
                    <p class="notice">{t("claim.poeNoViewer")}</p>
                  </object>
                )}
              </Match>
              <Match when={previewKind(doc().mediaType) === "image" && objectUrl.latest}>
                {(url) => (
                  <img class="poe__image" src={url()} alt={t("claim.poePreview", { name: doc().fileName })} />
                )}
              </Match>
            </Switch>
          </>
        )}
      </Show>
    </div>
  )
}
