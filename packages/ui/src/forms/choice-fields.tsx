import type { JSX } from "solid-js"
import { type FieldBaseProps, FieldFrame, fieldBinding } from "./fields.tsx"

/** A labelled date (or date and time) input bound to a form field: the value is `YYYY-MM-DD` (or local `YYYY-MM-DDTHH:mm`). */
export function DateField(
  props: FieldBaseProps & {
    readonly type?: "date" | "datetime-local"
    readonly min?: string
    readonly max?: string
  }
): JSX.Element {
  return (
    <FieldFrame {...props}>
      <input {...fieldBinding(props)} type={props.type ?? "date"} min={props.min} max={props.max} />
    </FieldFrame>
  )
}

/** A labelled number input bound to a form field (the value stays text as typed; convert it in `submit`). */
export function NumberField(
  props: FieldBaseProps & { readonly min?: number; readonly max?: number; readonly step?: number }
): JSX.Element {
  return (
    <FieldFrame {...props}>
      <input
        {...fieldBinding(props)}
        type="number"
        inputmode="numeric"
        min={props.min}
        max={props.max}
        step={props.step ?? 1}
      />
    </FieldFrame>
  )
}
