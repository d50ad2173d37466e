import { Toast, toaster } from "@kobalte/core/toast"
import { type JSX, Show } from "solid-js"
import { useShared } from "../i18n/context.tsx"

export type ToastTone = "success" | "info" | "error"

/**
 * Shows a short result message ("Request declined.") in the toast region: announced by screen readers
 * (Kobalte's Toast: polite live region, F8 moves focus to it), dismissable, gone after 8 seconds.
 * The list and its toasts are divs: each toast is a `status` (or `alert`), which an `<li>` in an `<ol>` may not be.
 */
export const showToast = (tone: ToastTone, title: string, description?: string): number =>
  toaster.show((props) => (
    <Toast
      as="div"
      toastId={props.toastId}
      class={`toast toast--${tone}`}
      priority={tone === "error" ? "high" : "low"}
    >
      <div class="toast__text">
        <Toast.Title class="toast__title">{title}</Toast.Title>
        <Show when={description}>
          <Toast.Description class="toast__description">{description}</Toast.Description>
        </Show>
      </div>
      <ToastClose />
    </Toast>
  ))

function ToastClose(): JSX.Element {
  const { t } = useShared()
  return (
    <Toast.CloseButton class="toast__close" aria-label={t("toast.dismiss")}>
      ×
    </Toast.CloseButton>
  )
}

/** The region the toasts appear in; the shared {@link AppShell} renders it once per app. */
export function ToastRegion(): JSX.Element {
  const { t } = useShared()
  return (
    <Toast.Region duration={8000} translations={{ notifications: () => t("toast.region") }}>
      <Toast.List as="div" class="toast-list" />
    </Toast.Region>
  )
}
