import { createWebApp, langParameter } from "@openpor/ui"
import { A, Navigate, Route, Router, useLocation, useNavigate, useSearchParams } from "@solidjs/router"
import { useT } from "./i18n/index.ts"
import { messages } from "./i18n/messages/index.ts"
import { Requests } from "./routes/Requests.tsx"
import { Start } from "./routes/Start.tsx"
import { Subscriptions } from "./routes/Subscriptions.tsx"

/**
 * The customer approval app: the association requests (start page; with `?token=` the one request of a
 * signed email link, without an account) and the Digital Partner of Record on each subscription.
 */
export const App = createWebApp({
  base: import.meta.env.BASE_URL,
  messages,
  home: Requests,
  routes: [
    { path: "/", component: Start, access: "public" },
    { path: "/subscriptions", component: Subscriptions, navLabel: () => useT()("nav.subscriptions") }
  ],
  router: { A, Navigate, Route, Router, useLocation, useNavigate, useSearchParams },
  // The signed link opens in the language of its email: `?lang=` (the contact's language chosen on the
  // claim, SPEC §8), otherwise English, the default of a contact's emails.
  linkLocale: (query) => langParameter(query) ?? (query.has("token") ? "en" : undefined)
})
