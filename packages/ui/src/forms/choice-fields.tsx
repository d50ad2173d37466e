import type { JSX } from "solid-js"
import { describedBy, type FieldBaseProps, FieldFrame } from "./fields.tsx"

/** A labelled date (or date and time) input bound to a form field: the value is `YYYY-MM-DD` (or local `YYYY-MM-DDTHH:mm`). */
export function DateField(
  props: FieldBaseProps & {
    readonly type?: "date" | "datetime-local"
    readonly min?: string
    readonly max?: string
  }
): JSX.Element {
  const hintId = () => `${props.form.fieldId(props.name)}-hint`
  return (
    <FieldFrame {...props}>
      <input
        id={props.form.fieldId(props.name)}
        name={props.name}
        type={props.type ?? "date"}
        min={props.min}
        max={props.max}
        value={props.form.value(props.name)}
        readOnly={props.form.pending()}
        aria-invalid={props.form.error(props.name) !== undefined}
        aria-describedby={describedBy(props, hintId())}
        onInput={(event) => props.form.set(props.name, event.currentTarget.value)}
      />
    </FieldFrame>
  )
}

/** A labelled number input bound to a form field (the value stays text as typed; convert it in `submit`). */
export function NumberField(
  props: FieldBaseProps & { readonly min?: number; readonly max?: number; readonly step?: number }
): JSX.Element {
  const hintId = () => `${props.form.fieldId(props.name)}-hint`
  return (
    <FieldFrame {...props}>
      <input
        id={props.form.fieldId(props.name)}
        name={props.name}
        type="number"
        inputmode="numeric"
        min={props.min}
        max={props.max}
        step={props.step ?? 1}
        value={props.form.value(props.name)}
        readOnly={props.form.pending()}
        aria-invalid={props.form.error(props.name) !== undefined}
        aria-describedby={describedBy(props, hintId())}
        onInput={(event) => props.form.set(props.name, event.currentTarget.value)}
      />
    </FieldFrame>
  )
}
