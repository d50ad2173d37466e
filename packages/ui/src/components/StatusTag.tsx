import type { JSX } from "solid-js"

export type Tone = "neutral" | "info" | "success" | "warning" | "danger"

/** A status as text in a coloured tag (the text says it; the colour only repeats it). */
export function StatusTag(props: { readonly tone?: Tone; readonly children: JSX.Element }): JSX.Element {
  return <span class={`status-tag status-tag--${props.tone ?? "neutral"}`}>{props.children}</span>
}
