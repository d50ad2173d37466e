import { createWebApp } from "@openpor/ui"
import { A, Navigate, Route, Router, useLocation, useNavigate, useSearchParams } from "@solidjs/router"
import { partnerRoutes } from "./features/routes.tsx"
import { messages } from "./i18n/messages/index.ts"
import { Home } from "./routes/Home.tsx"

/** The partner portal: the shared app frame with this app's strings, start page and feature pages. */
export const App = createWebApp({
  base: import.meta.env.BASE_URL,
  messages,
  home: Home,
  routes: [...partnerRoutes],
  router: { A, Navigate, Route, Router, useLocation, useNavigate, useSearchParams }
})
