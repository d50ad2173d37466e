import type { Component, JSX } from "solid-js"

/** A route component as the router renders it; nested routes arrive as `children`. */
export type RouteComponent = Component<{ readonly children?: JSX.Element }>

/**
 * The parts of `@solidjs/router` that `createWebApp` uses. packages/ui does not depend on the router, so
 * each app passes these from its own import of it (which also keeps one router instance per app).
 */
export interface RouterKit {
  readonly Router: Component<{ base?: string; root?: RouteComponent; children?: JSX.Element }>
  readonly Route: (props: {
    path?: string
    component?: RouteComponent
    children?: JSX.Element
  }) => JSX.Element
  readonly A: Component<{ href: string; end?: boolean; children?: JSX.Element }>
  readonly Navigate: (props: { href: string }) => JSX.Element
  readonly useNavigate: () => (to: string, options?: { replace?: boolean }) => void
  readonly useLocation: () => { readonly pathname: string; readonly search: string; readonly hash: string }
  readonly useSearchParams: () => readonly [Readonly<Record<string, unknown>>, ...unknown[]]
}
