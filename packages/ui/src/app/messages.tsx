import { createContext, type JSX, useContext } from "solid-js"
import type { Catalog } from "../i18n/catalog.ts"
import { useTranslator } from "../i18n/context.tsx"

/**
 * The strings that every app's own catalog has and the shared frame shows: the app's name, who should
 * sign in, and its start page's title and notice for a user with another kind of account (`{{ email }}`).
 */
export type WebAppMessages = {
  readonly app: { readonly name: string }
  readonly signIn: { readonly intro: string }
  readonly home: { readonly title: string; readonly otherAccount: string }
}

const AppMessagesContext = createContext<Catalog<WebAppMessages>>()

export function AppMessagesProvider(props: {
  readonly messages: Catalog<WebAppMessages>
  readonly children: JSX.Element
}): JSX.Element {
  return <AppMessagesContext.Provider value={props.messages}>{props.children}</AppMessagesContext.Provider>
}

/** Translator of the app's {@link WebAppMessages}, in the current language. */
export const useAppMessages = () => {
  const messages = useContext(AppMessagesContext)
  if (messages === undefined) throw new Error("useAppMessages() must be used inside <AppMessagesProvider>")
  return useTranslator(messages)
}
