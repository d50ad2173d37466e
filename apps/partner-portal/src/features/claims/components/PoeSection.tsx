import { CSRF_COOKIE, CSRF_HEADER, readCookie, toApiError } from "@openpor/api-client"
import {
  ConfirmDialog,
  describeError,
  dialogFor,
  errorText,
  formatDateTime,
  Notice,
  Section,
  showToast,
  useSession,
  useShared
} from "@openpor/ui"
import { createSignal, For, type JSX, Show } from "solid-js"
import { type Claim, fileSize } from "../lib/claims.ts"
import { useClaimText } from "../lib/text.ts"

interface Upload {
  readonly name: string
  readonly percent: number
}

/** Sends one file to `POST /claims/{id}/poe` with upload progress (fetch cannot report it). */
const uploadPoe = (claimId: string, file: File, onProgress: (percent: number) => void): Promise<void> =>
  new Promise((resolve, reject) => {
    const request = new XMLHttpRequest()
    request.open("POST", `/api/v1/claims/${encodeURIComponent(claimId)}/poe`)
    request.withCredentials = true
    const csrf = readCookie(document.cookie, CSRF_COOKIE)
    if (csrf !== undefined && csrf !== "") request.setRequestHeader(CSRF_HEADER, csrf)
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(Math.round((event.loaded / event.total) * 100))
    }
    request.onload = () => {
      if (request.status >= 200 && request.status < 300) return resolve()
      let body: unknown
      try {
        body = JSON.parse(request.responseText)
      } catch {
        body = undefined
      }
      reject(toApiError(request.status, request.statusText, body))
    }
    request.onerror = () => reject(toApiError(0, "network", undefined))
    const form = new FormData()
    form.append("file", file, file.name)
    request.send(form)
  })

/**
 * The claim's proof of execution: the documents with download links, the pre-filled POE template to
 * download, and (when the claim may take documents; on an approved claim as newer proof) a drop zone
 * and file picker that upload with progress and show the API's type and
 * size errors in the user's language.
 */
export function PoeSection(props: {
  readonly claim: Claim
  readonly onUploaded: () => void
  readonly onChanged: (claim: Claim) => void
}): JSX.Element {
  const { t } = useClaimText()
  const shared = useShared()
  const [upload, setUpload] = createSignal<Upload | undefined>()
  const [problem, setProblem] = createSignal<string | undefined>()
  const [done, setDone] = createSignal<string | undefined>()
  const [dragging, setDragging] = createSignal(false)
  const [removing, setRemoving] = createSignal<{ readonly id: string; readonly name: string } | undefined>()
  const { client } = useSession()
  let picker: HTMLInputElement | undefined
  const canUpload = () => props.claim.actions.includes("attach_poe")
  /** Documents can be removed until submission, and while the reviewer waits for the partner. */
  const canRemove = () =>
    canUpload() && (props.claim.status === "draft" || props.claim.status === "partner_action_required")
  /** The holder of an approved association adds newer proof (SPEC §5): no status change. */
  const addingNewer = () => props.claim.status === "approved"
  const templateHref = () =>
    `/api/v1/claims/${encodeURIComponent(props.claim.id)}/poe-template?lang=${encodeURIComponent(shared.locale())}`

  const send = async (files: FileList | null | undefined) => {
    if (files === null || files === undefined || files.length === 0 || upload() !== undefined) return
    setProblem(undefined)
    setDone(undefined)
    for (const file of [...files]) {
      setUpload({ name: file.name, percent: 0 })
      try {
        await uploadPoe(props.claim.id, file, (percent) => setUpload({ name: file.name, percent }))
        setDone(t("detail.uploaded", { name: file.name }))
      } catch (failure) {
        const code = (failure as { code?: string }).code
        setProblem(
          code === "payload_too_large"
            ? t("detail.uploadTooLarge", { name: file.name })
            : code === "unsupported_media_type"
              ? t("detail.uploadUnsupported", { name: file.name })
              : t("detail.uploadFailed", {
                  name: file.name,
                  reason: errorText(shared.t, describeError(failure))
                })
        )
        break
      } finally {
        setUpload(undefined)
      }
    }
    if (picker !== undefined) picker.value = ""
    props.onUploaded()
  }

  return (
    <Section headingId="claim-poe" title={t("detail.poe")} class="stack">
      <p class="muted">{t("detail.poeIntro")}</p>
      <Show
        when={props.claim.poe.length > 0}
        fallback={
          <p>
            {Number(props.claim.poeCount) > 0
              ? t("detail.poeHidden", { count: String(props.claim.poeCount) })
              : t("detail.poeNone")}
          </p>
        }
      >
        <ul class="card-list">
          <For each={props.claim.poe}>
            {(document) => (
              <li class="card">
                <p class="wrap-anywhere">
                  <a
                    href={`/api/v1/claims/${encodeURIComponent(props.claim.id)}/poe/${encodeURIComponent(document.id)}`}
                    download={document.fileName}
                    aria-label={t("detail.downloadNamed", { name: document.fileName })}
                  >
                    {document.fileName}
                  </a>
                </p>
                <p class="muted">
                  <span class="numeric">{fileSize(Number(document.size), shared.locale())}</span> ·{" "}
                  <time datetime={document.uploadedAt}>
                    {formatDateTime(shared.locale(), document.uploadedAt)}
                  </time>
                </p>
                <Show when={canRemove()}>
                  <button
                    type="button"
                    class="button button--secondary button--small"
                    aria-label={t("detail.removeNamed", { name: document.fileName })}
                    onClick={() => setRemoving({ id: document.id, name: document.fileName })}
                  >
                    {t("detail.remove")}
                  </button>
                </Show>
              </li>
            )}
          </For>
        </ul>
      </Show>
      <ConfirmDialog
        {...dialogFor(removing, setRemoving)}
        title={t("detail.removeTitle", { name: removing()?.name ?? "" })}
        description={<p>{t("detail.removeBody")}</p>}
        confirmLabel={t("detail.remove")}
        tone="danger"
        onConfirm={async () => {
          const target = removing()
          if (target === undefined) return
          const claim = await client.DELETE("/api/v1/claims/{id}/poe/{poeId}", {
            params: { path: { id: props.claim.id, poeId: target.id } }
          })
          showToast("success", t("detail.removed", { name: target.name }))
          props.onChanged(claim)
        }}
      />
      <div>
        <p>
          <a href={templateHref()} download="" aria-describedby="claim-poe-template-hint">
            {t("detail.template")}
          </a>
        </p>
        <p class="muted" id="claim-poe-template-hint">
          {t("detail.templateHint")}
        </p>
      </div>
      <Show when={canUpload() && addingNewer()}>
        <h3 id="claim-poe-newer">{t("detail.addNewer")}</h3>
        <p class="muted">{t("detail.addNewerIntro")}</p>
      </Show>
      <Show when={canUpload()}>
        {/* biome-ignore lint/a11y/noStaticElementInteractions: dropping a file is a pointer shortcut; the button inside does the same by keyboard */}
        <div
          class="dropzone"
          classList={{ "dropzone--active": dragging() }}
          onDragOver={(event) => {
            event.preventDefault()
            setDragging(true)
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={(event) => {
            event.preventDefault()
            setDragging(false)
            void send(event.dataTransfer?.files)
          }}
        >
          <p>{t("detail.dropHere")}</p>
          <input
            ref={picker}
            id="claim-poe-file"
            hidden
            type="file"
            multiple
            accept=".pdf,.png,.jpg,.jpeg,.docx,application/pdf,image/png,image/jpeg,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            onChange={(event) => void send(event.currentTarget.files)}
          />
          <button
            type="button"
            class="button button--secondary"
            aria-describedby="claim-poe-types"
            disabled={upload() !== undefined}
            onClick={() => picker?.click()}
          >
            {addingNewer() ? t("detail.addNewer") : t("detail.chooseFile")}
          </button>
          <p class="muted" id="claim-poe-types">
            {t("detail.fileTypes")}
          </p>
        </div>
      </Show>
      <div role="status" aria-live="polite">
        <Show when={upload()}>
          {(current) => (
            <div class="stack">
              <label for="claim-poe-progress">
                {t("detail.uploading", { name: current().name, percent: String(current().percent) })}
              </label>
              <progress id="claim-poe-progress" max="100" value={current().percent} />
            </div>
          )}
        </Show>
        <Show when={done()}>{(message) => <p>{message()}</p>}</Show>
      </div>
      <Show when={problem()}>
        {(message) => (
          <Notice tone="error">
            <p>{message()}</p>
          </Notice>
        )}
      </Show>
    </Section>
  )
}
