import { createUniqueId, For, type JSX, Show } from "solid-js"

/** A labelled text input (or textarea) with its hint and the message next to it. */
export function InputField(props: {
  readonly label: string
  readonly value: string
  readonly onInput: (value: string) => void
  readonly error?: string | undefined
  readonly hint?: string | undefined
  readonly type?: "text" | "email"
  readonly multiline?: boolean
  readonly autocomplete?: string
  readonly inputmode?: "text" | "email"
  readonly maxLength?: number
  readonly readOnly?: boolean
  readonly id?: string
}): JSX.Element {
  const id = props.id ?? createUniqueId()
  const describedBy = () =>
    [
      props.hint === undefined ? undefined : `${id}-hint`,
      props.error === undefined ? undefined : `${id}-error`
    ]
      .filter((x) => x !== undefined)
      .join(" ") || undefined
  return (
    <div class="field" classList={{ "field--invalid": props.error !== undefined }}>
      <label for={id}>{props.label}</label>
      <Show when={props.hint}>
        <p class="field__hint" id={`${id}-hint`}>
          {props.hint}
        </p>
      </Show>
      <Show
        when={props.multiline === true}
        fallback={
          <input
            id={id}
            type={props.type ?? "text"}
            value={props.value}
            autocomplete={props.autocomplete}
            inputmode={props.inputmode}
            maxLength={props.maxLength}
            readOnly={props.readOnly}
            aria-invalid={props.error !== undefined}
            aria-describedby={describedBy()}
            onInput={(event) => props.onInput(event.currentTarget.value)}
          />
        }
      >
        <textarea
          id={id}
          rows={4}
          value={props.value}
          maxLength={props.maxLength}
          aria-invalid={props.error !== undefined}
          aria-describedby={describedBy()}
          onInput={(event) => props.onInput(event.currentTarget.value)}
        />
      </Show>
      <Show when={props.error}>
        {(message) => (
          <p class="field__error" id={`${id}-error`}>
            {message()}
          </p>
        )}
      </Show>
    </div>
  )
}

export interface Choice {
  readonly value: string
  readonly label: string
  /** Explanation under the label. */
  readonly description?: string | undefined
  /** Why the choice is not available (shown, and the choice disabled). */
  readonly disabledReason?: string | undefined
}

/** A fieldset of radio buttons or checkboxes, each with its explanation; its message next to the legend. */
export function ChoiceGroup(props: {
  readonly legend: string
  readonly hint?: string | undefined
  readonly type: "radio" | "checkbox"
  readonly choices: readonly Choice[]
  readonly selected: readonly string[]
  readonly onChange: (value: string, checked: boolean) => void
  readonly error?: string | undefined
  readonly id?: string
}): JSX.Element {
  const id = props.id ?? createUniqueId()
  const describedBy = () =>
    [
      props.hint === undefined ? undefined : `${id}-hint`,
      props.error === undefined ? undefined : `${id}-error`
    ]
      .filter((x) => x !== undefined)
      .join(" ") || undefined
  return (
    <fieldset
      class="choice-group"
      classList={{ "field--invalid": props.error !== undefined }}
      id={id}
      tabindex="-1"
      aria-describedby={describedBy()}
    >
      <legend>{props.legend}</legend>
      <Show when={props.hint}>
        <p class="field__hint" id={`${id}-hint`}>
          {props.hint}
        </p>
      </Show>
      <Show when={props.error}>
        {(message) => (
          <p class="field__error" id={`${id}-error`}>
            {message()}
          </p>
        )}
      </Show>
      <ul class="choices">
        <For each={props.choices}>
          {(choice) => {
            const inputId = `${id}-${choice.value}`
            const notes = () =>
              [
                choice.description === undefined ? undefined : `${inputId}-description`,
                choice.disabledReason === undefined ? undefined : `${inputId}-why`
              ]
                .filter((x) => x !== undefined)
                .join(" ") || undefined
            return (
              <li class="choice" classList={{ "choice--disabled": choice.disabledReason !== undefined }}>
                <input
                  id={inputId}
                  type={props.type}
                  name={id}
                  value={choice.value}
                  checked={props.selected.includes(choice.value)}
                  disabled={choice.disabledReason !== undefined}
                  aria-describedby={notes()}
                  onChange={(event) => props.onChange(choice.value, event.currentTarget.checked)}
                />
                <div class="choice__text">
                  <label for={inputId}>{choice.label}</label>
                  <Show when={choice.description}>
                    <p class="choice__description" id={`${inputId}-description`}>
                      {choice.description}
                    </p>
                  </Show>
                  <Show when={choice.disabledReason}>
                    <p class="choice__why" id={`${inputId}-why`}>
                      {choice.disabledReason}
                    </p>
                  </Show>
                </div>
              </li>
            )
          }}
        </For>
      </ul>
    </fieldset>
  )
}
