import { Notice, PageHeading } from "@openpor/ui"
import { type JSX, Show } from "solid-js"
import { useReviewT } from "../lib/i18n.ts"

/** A review page's title row: the heading, what stands beside it (a status), and the shortcuts overlay's button. */
export function ReviewTitle(props: {
  readonly heading: string
  readonly onHelp: () => void
  readonly children?: JSX.Element
}): JSX.Element {
  const t = useReviewT()
  return (
    <div class="review-title">
      <PageHeading>{props.heading}</PageHeading>
      {props.children}
      <button
        type="button"
        class="button button--secondary button--small shortcuts-button"
        onClick={() => props.onHelp()}
      >
        {t("shortcuts.open")}
      </button>
    </div>
  )
}

/** The item changed since it was loaded (a decision was refused as a version conflict): says so, offers to reload. */
export function ConflictNotice(props: {
  readonly when: boolean
  readonly onReload: () => void
}): JSX.Element {
  const t = useReviewT()
  return (
    <Show when={props.when}>
      <Notice tone="error">
        <p>{t("decide.conflict")}</p>
        <button type="button" class="button button--secondary" onClick={() => props.onReload()}>
          {t("decide.reload")}
        </button>
      </Notice>
    </Show>
  )
}
