import { For, type JSX, Show } from "solid-js"
import { useShared } from "../i18n/context.tsx"
import type { ApiForm } from "./api-form.tsx"

export interface SelectOption {
  readonly value: string
  readonly label: string
  readonly disabled?: boolean
}

export interface SelectFieldProps {
  readonly form: ApiForm<any>
  readonly name: string
  readonly label: string
  readonly hint?: string
  readonly optional?: boolean
  readonly options: readonly SelectOption[]
  /** Called after the form's value changed (e.g. to show or hide dependent fields). */
  readonly onChange?: (value: string) => void
}

/**
 * A labelled native `<select>` bound to a form field (`createApiForm`), with its hint and the API's message
 * for it — the select counterpart of `TextField` (native, so keyboards and phones handle it well).
 */
export function SelectField(props: SelectFieldProps): JSX.Element {
  const { t } = useShared()
  const id = () => props.form.fieldId(props.name)
  const hintId = () => `${id()}-hint`
  const describedBy = () =>
    [
      props.hint === undefined ? undefined : hintId(),
      props.form.error(props.name) === undefined ? undefined : props.form.errorId(props.name)
    ]
      .filter((value) => value !== undefined)
      .join(" ") || undefined
  return (
    <div class="field" classList={{ "field--invalid": props.form.error(props.name) !== undefined }}>
      <label for={id()}>
        {props.label}
        <Show when={props.optional === true}>
          <span class="field__optional"> ({t("common.optional")})</span>
        </Show>
      </label>
      <Show when={props.hint}>
        <p class="field__hint" id={hintId()}>
          {props.hint}
        </p>
      </Show>
      <select
        id={id()}
        name={props.name}
        disabled={props.form.pending()}
        aria-invalid={props.form.error(props.name) !== undefined}
        aria-describedby={describedBy()}
        onChange={(event) => {
          props.form.set(props.name, event.currentTarget.value)
          props.onChange?.(event.currentTarget.value)
        }}
      >
        <For each={props.options}>
          {(option) => (
            <option
              value={option.value}
              disabled={option.disabled}
              selected={props.form.value(props.name) === option.value}
            >
              {option.label}
            </option>
          )}
        </For>
      </select>
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
