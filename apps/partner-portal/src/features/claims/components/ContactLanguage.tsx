import { LOCALE_NAMES, LOCALES } from "@openpor/ui"
import { For, type JSX, Show } from "solid-js"
import { useClaimText } from "../lib/text.ts"
import type { StepProps } from "./WizardSteps.tsx"

/** The customer contact's language: their emails and the page their link opens are in it (SPEC §8). */
export function ContactLanguage(props: { readonly step: StepProps }): JSX.Element {
  const { t } = useClaimText()
  const id = "claim-customerContactLanguage"
  const error = () => props.step.error("customerContactLanguage")
  return (
    <div class="field" classList={{ "field--invalid": error() !== undefined }}>
      <label for={id}>{t("wizard.contactLanguage")}</label>
      <p class="field__hint" id={`${id}-hint`}>
        {t("wizard.contactLanguageHint")}
      </p>
      <select
        id={id}
        aria-invalid={error() !== undefined}
        aria-describedby={[`${id}-hint`, ...(error() === undefined ? [] : [`${id}-error`])].join(" ")}
        onChange={(event) => props.step.set("customerContactLanguage", event.currentTarget.value)}
      >
        <For each={LOCALES}>
          {(code) => (
            <option value={code} lang={code} selected={code === props.step.draft.customerContactLanguage}>
              {LOCALE_NAMES[code]}
            </option>
          )}
        </For>
      </select>
      <Show when={error()}>
        {(message) => (
          <p class="field__error" id={`${id}-error`}>
            {message()}
          </p>
        )}
      </Show>
    </div>
  )
}
