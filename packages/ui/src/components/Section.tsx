import type { JSX } from "solid-js"

export interface SectionProps {
  /** The id of the heading, which names the section. */
  readonly headingId: string
  readonly title: string
  /** Further classes besides `section`, e.g. "stack". */
  readonly class?: string
  readonly children: JSX.Element
}

/** A part of a page under its own `<h2>`, named by it for assistive technology. */
export function Section(props: SectionProps): JSX.Element {
  return (
    <section
      class={props.class === undefined ? "section" : `section ${props.class}`}
      aria-labelledby={props.headingId}
    >
      <h2 id={props.headingId}>{props.title}</h2>
      {props.children}
    </section>
  )
}
