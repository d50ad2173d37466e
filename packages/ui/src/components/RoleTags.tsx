import { For, type JSX } from "solid-js"
import { useShared } from "../i18n/context.tsx"

/** Role names (e.g. "incentives_admin") as a list of tags in the current language. */
export function RoleTags(props: { readonly roles: readonly string[] }): JSX.Element {
  const shared = useShared()
  return (
    <ul class="tag-list">
      <For each={props.roles}>{(role) => <li class="tag">{shared.role(role)}</li>}</For>
    </ul>
  )
}
