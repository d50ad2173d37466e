import type { JSX } from "solid-js"
import type { ErrorMessage } from "../errors.ts"
import type { useShared } from "../i18n/context.tsx"

type SharedTranslator = ReturnType<typeof useShared>["t"]

/** The translated text of an {@link ErrorMessage}. */
export const errorText = (t: SharedTranslator, error: ErrorMessage): string =>
  error.key === "errors.unexpected" ? t(error.key, { code: error.code }) : t(error.key)

export interface NoticeProps {
  readonly tone: "info" | "success" | "error"
  readonly children: JSX.Element
}

/** A message box; errors are announced assertively, other notices politely. */
export function Notice(props: NoticeProps): JSX.Element {
  return (
    <div class={`notice notice--${props.tone}`} role={props.tone === "error" ? "alert" : "status"}>
      {props.children}
    </div>
  )
}
