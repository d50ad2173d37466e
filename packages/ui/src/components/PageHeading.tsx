import { createRenderEffect, type JSX, onMount } from "solid-js"
import { useAppName } from "./AppShell.tsx"

let initialPage = true

export interface PageHeadingProps {
  readonly children: string
  /** Move focus to the heading when the page opens (default true; never on the first page of a visit). */
  readonly focus?: boolean
}

/**
 * The page's `<h1>`. Sets the document title and, after in-app navigation, takes focus so that screen
 * reader and keyboard users start reading at the new page.
 */
export function PageHeading(props: PageHeadingProps): JSX.Element {
  const appName = useAppName()
  let heading!: HTMLHeadingElement
  createRenderEffect(() => {
    document.title = `${props.children} – OpenPOR ${appName()}`
  })
  onMount(() => {
    if (!initialPage && props.focus !== false) heading.focus()
    initialPage = false
  })
  return (
    <h1 class="page-heading" tabindex="-1" ref={heading}>
      {props.children}
    </h1>
  )
}
