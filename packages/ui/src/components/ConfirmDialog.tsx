// Named parts, not the `AlertDialog` object: Kobalte builds `Dialog` and `AlertDialog` by Object.assign on
// one shared root function, so whichever loads last decides what `X.Content` is.
import * as AlertDialog from "@kobalte/core/alert-dialog"
import { type Accessor, createSignal, type JSX, Show } from "solid-js"
import { describeError, type ErrorMessage } from "../errors.ts"
import { useShared } from "../i18n/context.tsx"
import { errorText } from "./Notice.tsx"

export interface ConfirmDialogProps {
  readonly open: boolean
  readonly onOpenChange: (open: boolean) => void
  /** Names the dialog (its accessible name), e.g. "Decline the request of Contoso?". */
  readonly title: string
  /** What happens, in a sentence or two (the dialog's accessible description). */
  readonly description: JSX.Element
  readonly confirmLabel: string
  /** Shown on the button while `onConfirm` runs (default "Working…"). */
  readonly confirmingLabel?: string
  readonly cancelLabel?: string
  /** "danger" for destructive or binding actions (red button). */
  readonly tone?: "primary" | "danger"
  /**
   * Does the action; the dialog closes when it resolves. When it rejects (an API error), the dialog stays
   * open and shows why; return a string to show instead (e.g. a translated message).
   */
  readonly onConfirm: () => Promise<unknown>
  /** Describes an error in the user's language; default: the shared error texts. */
  readonly describe?: (error: unknown) => string | undefined
  /** Further content between the description and the buttons, e.g. an optional reason field. */
  readonly children?: JSX.Element
}

/**
 * The `open` and `onOpenChange` of a dialog about one item (the program to discontinue, the document to
 * remove): open while `item()` is set; closing it clears the item. Spread it on the dialog:
 * `<ConfirmDialog {...dialogFor(removing, setRemoving)} title={…} />`.
 */
export const dialogFor = <T,>(item: Accessor<T | undefined>, setItem: (none: undefined) => void) => ({
  get open() {
    return item() !== undefined
  },
  onOpenChange: (open: boolean) => {
    if (!open) setItem(undefined)
  }
})

/**
 * A modal confirmation for destructive or binding actions (Kobalte's AlertDialog): focus moves into the
 * dialog and stays there, Escape and Cancel close it, focus returns to the button that opened it, and the
 * title and description name and describe it for assistive technology.
 */
export function ConfirmDialog(props: ConfirmDialogProps): JSX.Element {
  const { t } = useShared()
  const [pending, setPending] = createSignal(false)
  const [error, setError] = createSignal<string>()

  const close = (open: boolean) => {
    if (open) setError(undefined)
    if (!open && pending()) return
    props.onOpenChange(open)
  }
  const confirm = async (event: Event) => {
    event.preventDefault()
    if (pending()) return
    setPending(true)
    setError(undefined)
    try {
      await props.onConfirm()
      props.onOpenChange(false)
    } catch (cause) {
      const described: ErrorMessage = describeError(cause)
      setError(props.describe?.(cause) ?? errorText(t, described))
    } finally {
      setPending(false)
    }
  }

  return (
    <AlertDialog.Root open={props.open} onOpenChange={close} translations={{ dismiss: t("common.close") }}>
      <AlertDialog.Portal>
        <AlertDialog.Overlay class="dialog__overlay" />
        <div class="dialog__positioner">
          <AlertDialog.Content class="dialog" aria-busy={pending()}>
            <form class="stack" onSubmit={(event) => void confirm(event)}>
              <AlertDialog.Title class="dialog__title">{props.title}</AlertDialog.Title>
              <AlertDialog.Description as="div" class="dialog__description">
                {props.description}
              </AlertDialog.Description>
              {props.children}
              <div class="form-error" role="alert">
                <Show when={error()}>{(message) => <p>{message()}</p>}</Show>
              </div>
              <div class="dialog__actions">
                <button
                  type="button"
                  class="button button--secondary"
                  aria-disabled={pending()}
                  onClick={() => close(false)}
                >
                  {props.cancelLabel ?? t("common.cancel")}
                </button>
                <button
                  type="submit"
                  class={props.tone === "danger" ? "button button--danger" : "button"}
                  aria-disabled={pending()}
                >
                  {pending() ? (props.confirmingLabel ?? t("common.working")) : props.confirmLabel}
                </button>
              </div>
            </form>
          </AlertDialog.Content>
        </div>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  )
}
