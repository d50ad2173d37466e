// Named parts, not the `Dialog` object (see ConfirmDialog.tsx).
import * as Dialog from "@kobalte/core/dialog"
import type { JSX } from "solid-js"
import type { ApiForm } from "../forms/api-form.tsx"
import { FormAlert, SubmitButton } from "../forms/fields.tsx"
import { useShared } from "../i18n/context.tsx"

export interface FormDialogProps {
  readonly open: boolean
  readonly onOpenChange: (open: boolean) => void
  /** Names the dialog, e.g. "Partner of record for Dynamics 365 Sales". */
  readonly title: string
  readonly description?: JSX.Element
  /** The form (`createApiForm`); close the dialog from its `onSuccess`. */
  readonly form: ApiForm<any>
  readonly submitLabel: string
  readonly pendingLabel?: string
  /** The fields (`TextField`, …). */
  readonly children: JSX.Element
}

/**
 * A form in a modal dialog (Kobalte Dialog): focus trapped, Escape and Cancel close it (not while sending),
 * the API's messages appear next to the fields, and what was typed stays after an error.
 */
export function FormDialog(props: FormDialogProps): JSX.Element {
  const { t } = useShared()
  const change = (open: boolean) => {
    if (!open && props.form.pending()) return
    props.onOpenChange(open)
  }
  return (
    <Dialog.Root open={props.open} onOpenChange={change} translations={{ dismiss: t("common.close") }}>
      <Dialog.Portal>
        <Dialog.Overlay class="dialog__overlay" />
        <div class="dialog__positioner">
          <Dialog.Content class="dialog" aria-busy={props.form.pending()}>
            <form class="stack" novalidate onSubmit={(event) => void props.form.submit(event)}>
              <Dialog.Title class="dialog__title">{props.title}</Dialog.Title>
              {props.description === undefined ? null : (
                <Dialog.Description as="div" class="dialog__description">
                  {props.description}
                </Dialog.Description>
              )}
              <FormAlert form={props.form} />
              {props.children}
              <div class="dialog__actions">
                <button
                  type="button"
                  class="button button--secondary"
                  aria-disabled={props.form.pending()}
                  onClick={() => change(false)}
                >
                  {t("common.cancel")}
                </button>
                <SubmitButton form={props.form} label={props.submitLabel} pendingLabel={props.pendingLabel} />
              </div>
            </form>
          </Dialog.Content>
        </div>
      </Dialog.Portal>
    </Dialog.Root>
  )
}
