import { flatten, resolveTemplate, translator } from "@solid-primitives/i18n"
import {
  type Accessor,
  createContext,
  createMemo,
  createRenderEffect,
  createSignal,
  type JSX,
  onCleanup,
  useContext
} from "solid-js"
import type { Catalog, Messages } from "./catalog.ts"
import {
  isLocale,
  LOCALE_STORAGE_KEY,
  type Locale,
  type LocaleStorage,
  pickInitialLocale,
  readStoredLocale,
  storeLocale
} from "./locales.ts"
import { type SharedMessages, sharedMessages } from "./messages/index.ts"
import { roleLabel } from "./roles.ts"

export interface LocaleContextValue {
  readonly locale: Accessor<Locale>
  /** Switches the language of every component, updates `<html lang>` and remembers the choice. */
  readonly setLocale: (locale: Locale) => void
}

const LocaleContext = createContext<LocaleContextValue>()

const browserStorage = (): LocaleStorage | undefined => {
  try {
    return typeof localStorage === "undefined" ? undefined : localStorage
  } catch {
    return undefined
  }
}

export function LocaleProvider(props: {
  /** The language to start with (e.g. the one a link asks for); default the remembered or preferred one. */
  readonly initial?: Locale | undefined
  readonly children: JSX.Element
}): JSX.Element {
  const storage = browserStorage()
  const preferred = typeof navigator === "undefined" ? [] : navigator.languages
  const [locale, setLocaleSignal] = createSignal<Locale>(
    props.initial ?? pickInitialLocale(readStoredLocale(storage), preferred)
  )
  createRenderEffect(() => {
    if (typeof document !== "undefined") document.documentElement.lang = locale()
  })
  // Another tab (or another of the three apps) changed the language: follow it.
  if (typeof window !== "undefined") {
    const onStorage = (event: StorageEvent) => {
      if (event.key === LOCALE_STORAGE_KEY && isLocale(event.newValue)) setLocaleSignal(event.newValue)
    }
    window.addEventListener("storage", onStorage)
    onCleanup(() => window.removeEventListener("storage", onStorage))
  }
  const value: LocaleContextValue = {
    locale,
    setLocale(next) {
      setLocaleSignal(next)
      storeLocale(storage, next)
    }
  }
  return <LocaleContext.Provider value={value}>{props.children}</LocaleContext.Provider>
}

export const useLocale = (): LocaleContextValue => {
  const context = useContext(LocaleContext)
  if (context === undefined) throw new Error("useLocale() must be used inside <LocaleProvider>")
  return context
}

/**
 * A translator over `catalog` that follows the current language: `t("signIn.title")`,
 * `t("shell.signedInAs", { name })`. Each app passes its own catalog; shared strings use {@link useShared}.
 */
export const useTranslator = <M extends Messages>(catalog: Catalog<M>) => {
  const { locale } = useLocale()
  const dictionary = createMemo(() => flatten(catalog[locale()]))
  return translator(dictionary, resolveTemplate)
}

/** Translator for the strings shared by all apps, plus the raw messages for lookups such as role names. */
export const useShared = () => {
  const { locale } = useLocale()
  const t = useTranslator(sharedMessages)
  const messages = (): SharedMessages => sharedMessages[locale()]
  return { t, locale, role: (role: string): string => roleLabel(messages(), role) }
}
