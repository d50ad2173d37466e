import type { ApiClient, Me } from "@openpor/api-client"
import {
  type Accessor,
  createContext,
  createMemo,
  createSignal,
  type JSX,
  onCleanup,
  useContext
} from "solid-js"
import { useLocale } from "./i18n/context.tsx"
import { isLocale } from "./i18n/locales.ts"
import { loadSession, type SessionState } from "./session-state.ts"

export interface SessionContextValue {
  readonly client: ApiClient
  readonly state: Accessor<SessionState>
  /** The signed-in user, kept while signing out so that leaving pages can still render. */
  readonly me: Accessor<Me | undefined>
  /** Signs in and loads the user; rejects with the API's error (e.g. `invalid_credentials`). */
  signIn(email: string, password: string): Promise<Me>
  signOut(): Promise<void>
  reload(): Promise<void>
}

const SessionContext = createContext<SessionContextValue>()

export function SessionProvider(props: {
  readonly client: ApiClient
  readonly children: JSX.Element
}): JSX.Element {
  const client = props.client
  const { setLocale } = useLocale()
  const [state, setState] = createSignal<SessionState>({ status: "loading" })
  const me = createMemo<Me | undefined>((previous) => {
    const current = state()
    return current.status === "signed_in" ? current.me : previous
  }, undefined)

  const reload = async () => {
    setState({ status: "loading" })
    setState(await loadSession(client))
  }
  void reload()

  onCleanup(
    client.onUnauthenticated(() => {
      if (state().status === "signed_in") setState({ status: "signed_out", reason: "expired" })
    })
  )

  const value: SessionContextValue = {
    client,
    state,
    me,
    reload,
    async signIn(email, password) {
      await client.signIn(email, password)
      const user = await client.me()
      setState({ status: "signed_in", me: user })
      // The language the user chose (in any of the apps, SPEC §8) follows them; best effort.
      client
        .GET("/api/v1/me/language")
        .then(({ language }) => {
          if (isLocale(language)) setLocale(language)
        })
        .catch(() => undefined)
      return user
    },
    async signOut() {
      await client.signOut()
      setState({ status: "signed_out", reason: "signed_out" })
    }
  }
  return <SessionContext.Provider value={value}>{props.children}</SessionContext.Provider>
}

export const useSession = (): SessionContextValue => {
  const context = useContext(SessionContext)
  if (context === undefined) throw new Error("useSession() must be used inside <SessionProvider>")
  return context
}

/** The signed-in user, for components rendered inside {@link AuthGate}. */
export const useCurrentUser = (): Accessor<Me> => {
  const { me } = useSession()
  return () => {
    const current = me()
    if (current === undefined) throw new Error("useCurrentUser() must be used inside <AuthGate>")
    return current
  }
}
