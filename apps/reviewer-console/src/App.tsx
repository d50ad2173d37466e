import { createWebApp } from "@openpor/ui"
import { A, Navigate, Route, Router, useLocation, useNavigate, useSearchParams } from "@solidjs/router"
import { operationsRoutes } from "./features/operations/routes.tsx"
import { reviewRoutes } from "./features/review/routes.tsx"
import { messages } from "./i18n/messages/index.ts"
import { Home } from "./routes/Home.tsx"

/** The reviewer console: the shared app frame with this app's strings and start page. */
export const App = createWebApp({
  base: import.meta.env.BASE_URL,
  messages,
  home: Home,
  routes: [...reviewRoutes, ...operationsRoutes],
  router: { A, Navigate, Route, Router, useLocation, useNavigate, useSearchParams }
})
