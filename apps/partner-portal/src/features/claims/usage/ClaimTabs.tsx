import { A } from "@solidjs/router"
import { type JSX, Show } from "solid-js"
import { useUsageT } from "./i18n.ts"

/**
 * The claim page's tabs as links (each its own address, so a tab can be bookmarked and the browser's
 * back button works): Details, and Usage while the association is official.
 */
export function ClaimTabs(props: {
  readonly claimId: string
  readonly current: "details" | "usage"
  readonly official: boolean
}): JSX.Element {
  const t = useUsageT()
  return (
    <Show when={props.official || props.current === "usage"}>
      <nav aria-label={t("tabs.label")}>
        <ul class="claim-tabs">
          <li>
            <A
              href={`/claims/${props.claimId}`}
              end
              aria-current={props.current === "details" ? "page" : undefined}
            >
              {t("tabs.details")}
            </A>
          </li>
          <li>
            <A
              href={`/claims/${props.claimId}/usage`}
              aria-current={props.current === "usage" ? "page" : undefined}
            >
              {t("tabs.usage")}
            </A>
          </li>
        </ul>
      </nav>
    </Show>
  )
}
