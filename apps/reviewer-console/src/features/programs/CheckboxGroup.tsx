import type { ApiForm } from "@openpor/ui"
import { createUniqueId, For, type JSX, Show } from "solid-js"
import { splitChoices, toggleChoice } from "./catalog.ts"

/**
 * A labelled group of checkboxes bound to one form field (comma-separated values), with its hint and the
 * message for the field under it.
 */
export function CheckboxGroup(props: {
  readonly form: ApiForm<any>
  readonly name: string
  readonly legend: string
  readonly hint?: string
  readonly options: readonly { readonly value: string; readonly label: string }[]
}): JSX.Element {
  const id = createUniqueId()
  const chosen = () => new Set(splitChoices(props.form.value(props.name)))
  return (
    <fieldset
      class="field ops-choices"
      classList={{ "field--invalid": props.form.error(props.name) !== undefined }}
      aria-describedby={
        [
          props.hint === undefined ? undefined : `${id}-hint`,
          props.form.error(props.name) === undefined ? undefined : props.form.errorId(props.name)
        ]
          .filter((value) => value !== undefined)
          .join(" ") || undefined
      }
    >
      <legend>{props.legend}</legend>
      <Show when={props.hint}>
        <p class="field__hint" id={`${id}-hint`}>
          {props.hint}
        </p>
      </Show>
      <For each={props.options}>
        {(option, index) => (
          <label
            class="ops-choice"
            for={index() === 0 ? props.form.fieldId(props.name) : `${id}-${option.value}`}
          >
            <input
              id={index() === 0 ? props.form.fieldId(props.name) : `${id}-${option.value}`}
              type="checkbox"
              value={option.value}
              checked={chosen().has(option.value)}
              aria-invalid={props.form.error(props.name) !== undefined}
              disabled={props.form.pending()}
              onChange={(event) =>
                props.form.set(
                  props.name,
                  toggleChoice(props.form.value(props.name), option.value, event.currentTarget.checked)
                )
              }
            />
            {option.label}
          </label>
        )}
      </For>
      <Show when={props.form.error(props.name)}>
        {(message) => (
          <p class="field__error" id={props.form.errorId(props.name)}>
            {message()}
          </p>
        )}
      </Show>
    </fieldset>
  )
}
