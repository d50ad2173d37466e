import { precompressPlugin } from "./precompress.ts"

/**
 * Vite settings shared by the web apps (Node only: for their vite.config.ts). packages/ui does not depend
 * on vite, so this returns a plain configuration for the app to pass to `defineConfig`, together with the
 * plugins the app brings (vite-plugin-solid).
 */

const ICON =
  "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 32 32'%3E%3Crect width='32' height='32' rx='6' fill='%2310243e'/%3E%3Cpath d='M9 23V9h7a5 5 0 0 1 0 10h-4v4z' fill='%23ffd24d'/%3E%3C/svg%3E"

const escapeHtml = (text: string): string =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;")

/**
 * The page of every app: head (charset, viewport, icon, `title` until the app sets its own), the `#root`
 * the app renders into, and `entry`, the content of the app's own index.html (its module script).
 */
export const appDocument = (title: string, entry: string): string => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="color-scheme" content="light" />
    <link rel="icon" href="${ICON}" />
    <title>${escapeHtml(title)}</title>
  </head>
  <body>
    <noscript>OpenPOR needs JavaScript.</noscript>
    <div id="root"></div>
    ${entry.trim()}
  </body>
</html>
`

/** A vite plugin that puts the app's index.html (its entry script) into {@link appDocument}. */
export const appDocumentPlugin = (title: string) => ({
  name: "openpor-app-document",
  transformIndexHtml: { order: "pre" as const, handler: (html: string): string => appDocument(title, html) }
})

export interface WebAppBuildOptions<P> {
  /** Where the API serves the app, e.g. "/partner/". */
  readonly base: string
  /** The app's English name, e.g. "Partner portal" (the page is titled "OpenPOR <name>" until it runs). */
  readonly name: string
  /** Port of the `vite` dev server (the next free one when taken). */
  readonly devPort: number
  readonly plugins: readonly P[]
}

/**
 * The vite configuration of a web app: built to `dist/` for the API to serve at `base`, every text file
 * precompressed (brotli and gzip, see precompress.ts); in `vite` dev mode, /api is proxied to the API on
 * port 3000.
 */
export const webAppConfig = <P>(options: WebAppBuildOptions<P>) => ({
  base: options.base,
  plugins: [...options.plugins, appDocumentPlugin(`OpenPOR ${options.name}`), precompressPlugin()],
  server: {
    port: options.devPort,
    strictPort: false,
    proxy: { "/api": { target: "http://localhost:3000", changeOrigin: false } }
  },
  build: { outDir: "dist", emptyOutDir: true, target: "es2022" }
})
