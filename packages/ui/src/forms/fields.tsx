import { For, type JSX, Show } from "solid-js"
import { useShared } from "../i18n/context.tsx"
import type { ApiForm } from "./api-form.tsx"

type AnyForm = ApiForm<any>

export interface FieldBaseProps {
  readonly form: AnyForm
  readonly name: string
  readonly label: string
  /** Help shown under the label (e.g. "7 digits, e.g. 1000001"). */
  readonly hint?: string | undefined
  /** Marks the label "(optional)". */
  readonly optional?: boolean
}

export const describedBy = (props: FieldBaseProps, hintId: string) =>
  [
    props.hint === undefined ? undefined : hintId,
    props.form.error(props.name) === undefined ? undefined : props.form.errorId(props.name)
  ]
    .filter((id) => id !== undefined)
    .join(" ") || undefined

/**
 * The attributes that bind an `<input>` or `<textarea>` to its form field: id, name, value, read-only while
 * sending, `aria-invalid`, `aria-describedby` (hint and the API's message) and the input handler. Spread it
 * (`<input {...fieldBinding(props)} type="date" />`); the getters keep it reactive.
 */
export const fieldBinding = (props: FieldBaseProps) => ({
  get id() {
    return props.form.fieldId(props.name)
  },
  get name() {
    return props.name
  },
  get value() {
    return props.form.value(props.name)
  },
  get readOnly() {
    return props.form.pending()
  },
  get "aria-invalid"() {
    return props.form.error(props.name) !== undefined
  },
  get "aria-describedby"() {
    return describedBy(props, `${props.form.fieldId(props.name)}-hint`)
  },
  onInput: (event: { readonly currentTarget: { readonly value: string } }) =>
    props.form.set(props.name, event.currentTarget.value)
})

export function FieldFrame(props: FieldBaseProps & { readonly children: JSX.Element }): JSX.Element {
  const { t } = useShared()
  return (
    <div class="field" classList={{ "field--invalid": props.form.error(props.name) !== undefined }}>
      <label for={props.form.fieldId(props.name)}>
        {props.label}
        <Show when={props.optional === true}>
          <span class="field__optional"> ({t("common.optional")})</span>
        </Show>
      </label>
      <Show when={props.hint}>
        <p class="field__hint" id={`${props.form.fieldId(props.name)}-hint`}>
          {props.hint}
        </p>
      </Show>
      {props.children}
      <Show when={props.form.error(props.name)}>
        {(message) => (
          <p class="field__error" id={props.form.errorId(props.name)}>
            {message()}
          </p>
        )}
      </Show>
    </div>
  )
}

export interface TextFieldProps extends FieldBaseProps {
  readonly type?: "text" | "email" | "tel" | "url" | "search"
  readonly autocomplete?: string
  readonly inputmode?: "text" | "numeric" | "email" | "tel" | "url" | "search"
  readonly maxLength?: number
  readonly spellcheck?: boolean
}

/** A labelled input bound to a form field, with its hint and the API's message for it. */
export function TextField(props: TextFieldProps): JSX.Element {
  return (
    <FieldFrame {...props}>
      <input
        {...fieldBinding(props)}
        type={props.type ?? "text"}
        autocomplete={props.autocomplete}
        inputmode={props.inputmode}
        maxLength={props.maxLength}
        spellcheck={props.spellcheck}
      />
    </FieldFrame>
  )
}

/** A labelled multi-line text field bound to a form field. */
export function TextAreaField(
  props: FieldBaseProps & { readonly rows?: number; readonly maxLength?: number }
): JSX.Element {
  return (
    <FieldFrame {...props}>
      <textarea {...fieldBinding(props)} rows={props.rows ?? 3} maxLength={props.maxLength} />
    </FieldFrame>
  )
}

/** The form's messages that concern no single field; announced when they appear. */
export function FormAlert(props: { readonly form: AnyForm }): JSX.Element {
  return (
    <div class="form-error" role="alert">
      <Show when={props.form.general().length > 0}>
        <For each={props.form.general()}>{(message) => <p>{message}</p>}</For>
      </Show>
    </div>
  )
}

/** The submit button: says it is working and cannot be pressed again while the request is on its way. */
export function SubmitButton(props: {
  readonly form: AnyForm
  readonly label: string
  readonly pendingLabel?: string | undefined
  readonly tone?: "primary" | "danger"
}): JSX.Element {
  const { t } = useShared()
  return (
    <button
      type="submit"
      class={props.tone === "danger" ? "button button--danger" : "button"}
      aria-disabled={props.form.pending()}
    >
      {props.form.pending() ? (props.pendingLabel ?? t("common.working")) : props.label}
    </button>
  )
}
