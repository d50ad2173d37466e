// Named parts, not the `Dialog` object (see ConfirmDialog.tsx).
import { Content, Description, Overlay, Portal, Root, Title } from "@kobalte/core/dialog"
import { createSignal, createUniqueId, type JSX, Show } from "solid-js"
import { Notice } from "../components/Notice.tsx"
import { useShared } from "../i18n/context.tsx"
import { useT } from "./i18n.ts"

/**
 * The signing secret of a new endpoint or a rotated one, shown this once: a warning that it cannot be shown
 * again, the secret in full in a read-only field (selected on focus) and a button that copies it.
 */
export function SecretDialog(props: {
  /** The secret to show; the dialog is open while it is set. */
  readonly secret: string | undefined
  readonly kind: "created" | "rotated"
  readonly onClose: () => void
}): JSX.Element {
  const t = useT()
  const shared = useShared()
  const id = createUniqueId()
  const [copy, setCopy] = createSignal<"copied" | "failed">()
  const copySecret = async () => {
    try {
      await navigator.clipboard.writeText(props.secret ?? "")
      setCopy("copied")
    } catch {
      setCopy("failed")
    }
  }
  return (
    <Root
      open={props.secret !== undefined}
      onOpenChange={(open) => {
        if (!open) {
          setCopy(undefined)
          props.onClose()
        }
      }}
      translations={{ dismiss: shared.t("common.close") }}
    >
      <Portal>
        <Overlay class="dialog__overlay" />
        <div class="dialog__positioner">
          <Content class="dialog stack">
            <Title class="dialog__title">
              {props.kind === "created" ? t("secret.createdTitle") : t("secret.rotatedTitle")}
            </Title>
            <Description as="div" class="dialog__description webhook-tight">
              <Notice tone="info">
                <p>
                  <strong>{t("secret.warning")}</strong>
                </p>
              </Notice>
              <p>{t("secret.usage")}</p>
            </Description>
            <div class="field">
              <label for={`${id}-secret`}>{t("secret.label")}</label>
              <textarea
                id={`${id}-secret`}
                class="mono webhook-secret"
                readOnly
                rows={2}
                value={props.secret ?? ""}
                spellcheck={false}
                onFocus={(event) => event.currentTarget.select()}
              />
            </div>
            <div class="actions">
              <button type="button" class="button button--secondary" onClick={() => void copySecret()}>
                {t("secret.copy")}
              </button>
              <p class="status" role="status">
                <Show when={copy()}>
                  {(state) => (state() === "copied" ? t("secret.copied") : t("secret.copyFailed"))}
                </Show>
              </p>
            </div>
            <div class="dialog__actions">
              <button
                type="button"
                class="button"
                onClick={() => {
                  setCopy(undefined)
                  props.onClose()
                }}
              >
                {t("secret.done")}
              </button>
            </div>
          </Content>
        </div>
      </Portal>
    </Root>
  )
}
