import { type JSX, Show } from "solid-js"

export interface EmptyStateProps {
  readonly title: string
  /** What to do next, as a sentence (a paragraph before the children). */
  readonly hint?: string
  /** What to do next. */
  readonly children?: JSX.Element
  /** A link or button that leads on. */
  readonly action?: JSX.Element
}

/** What an empty list shows: what is missing and what the user can do next. */
export function EmptyState(props: EmptyStateProps): JSX.Element {
  return (
    <div class="empty-state" role="status">
      <p class="empty-state__title">{props.title}</p>
      <Show when={props.hint !== undefined || props.children}>
        <div class="empty-state__body">
          <Show when={props.hint}>
            <p>{props.hint}</p>
          </Show>
          {props.children}
        </div>
      </Show>
      <Show when={props.action}>
        <div>{props.action}</div>
      </Show>
    </div>
  )
}
