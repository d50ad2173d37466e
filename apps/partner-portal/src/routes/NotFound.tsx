import { NotFound as NotFoundPage } from "@openpor/ui"
import { A } from "@solidjs/router"
import type { JSX } from "solid-js"

export function NotFound(): JSX.Element {
  return <NotFoundPage homeLink={(label) => <A href="/">{label}</A>} />
}
