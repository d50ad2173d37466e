// Named parts, not `Content`: Kobalte's `Dialog` and `AlertDialog` are one mutated object, so in a
// bundle with both, `Content` may render role="alertdialog".
import { CloseButton, Content, Description, Overlay, Portal, Root, Title } from "@kobalte/core/dialog"
import type { JSX } from "solid-js"
import { useShared } from "../i18n/context.tsx"

export interface InfoDialogProps {
  readonly open: boolean
  readonly onOpenChange: (open: boolean) => void
  /** Names the dialog (its accessible name), e.g. "Keyboard shortcuts". */
  readonly title: string
  /** A sentence under the title (the dialog's accessible description). */
  readonly description?: JSX.Element
  readonly children: JSX.Element
}

/**
 * A modal dialog that only informs (e.g. a list of keyboard shortcuts): focus moves into it and stays
 * there, Escape and Close close it, and focus returns to where it was.
 */
export function InfoDialog(props: InfoDialogProps): JSX.Element {
  const { t } = useShared()
  return (
    <Root open={props.open} onOpenChange={props.onOpenChange} translations={{ dismiss: t("common.close") }}>
      <Portal>
        <Overlay class="dialog__overlay" />
        <div class="dialog__positioner">
          <Content class="dialog stack">
            <Title class="dialog__title">{props.title}</Title>
            {props.description === undefined ? null : (
              <Description as="div" class="dialog__description">
                {props.description}
              </Description>
            )}
            {props.children}
            <div class="dialog__actions">
              <CloseButton class="button">{t("common.close")}</CloseButton>
            </div>
          </Content>
        </div>
      </Portal>
    </Root>
  )
}
