import { createUniqueId, For, type JSX } from "solid-js"
import { useLocale, useShared } from "../i18n/context.tsx"
import { isLocale, LOCALE_NAMES, LOCALES, type Locale } from "../i18n/locales.ts"

/**
 * Select of the five languages, each named in its own language; the choice applies at once and is handed
 * to `onChoose` (the shell saves it as the signed-in user's language).
 */
export function LanguageSwitcher(props: { readonly onChoose?: (locale: Locale) => void }): JSX.Element {
  const { t } = useShared()
  const { locale, setLocale } = useLocale()
  const id = createUniqueId()
  return (
    <div class="language-switcher">
      <label for={id}>{t("language.label")}</label>
      <select
        id={id}
        value={locale()}
        onChange={(event) => {
          const value = event.currentTarget.value
          if (!isLocale(value)) return
          setLocale(value)
          props.onChoose?.(value)
        }}
      >
        <For each={LOCALES}>
          {(code) => (
            <option value={code} lang={code} selected={code === locale()}>
              {LOCALE_NAMES[code]}
            </option>
          )}
        </For>
      </select>
    </div>
  )
}
