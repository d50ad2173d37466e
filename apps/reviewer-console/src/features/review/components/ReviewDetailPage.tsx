import { AsyncView } from "@openpor/ui"
import { A, useParams } from "@solidjs/router"
import { createResource, type JSX, Show } from "solid-js"
import { useReviewT } from "../lib/i18n.ts"

/**
 * The frame of one item under review (a claim, a case) at `/…/:id`: the link back to the queue, then the item
 * once loaded. Loaded once, the page stays mounted while the item is replaced (focus stays where it is); until
 * then (or on an error) the loading and error states with a retry.
 */
export function ReviewDetailPage<T>(props: {
  readonly load: (id: string) => Promise<T>
  readonly loadingText: string
  readonly wide?: boolean
  /** Renders the item; read `item()` inside JSX so the view follows a replaced item. */
  readonly children: (item: () => T, reload: () => void, replace: (item: T) => void) => JSX.Element
}): JSX.Element {
  const params = useParams<{ id: string }>()
  const t = useReviewT()
  const [item, { refetch, mutate }] = createResource(() => params.id, props.load)
  return (
    <div class="page review-page" classList={{ "review-page--wide": props.wide === true }}>
      <p>
        <A href="/queue" class="back-link">
          {t("claim.backToQueue")}
        </A>
      </p>
      <Show
        when={item.error === undefined ? item.latest : undefined}
        fallback={
          <AsyncView resource={item} retry={refetch} loadingText={props.loadingText}>
            {() => null}
          </AsyncView>
        }
      >
        {(value) =>
          props.children(
            value,
            () => void refetch(),
            (next) => mutate(() => next)
          )
        }
      </Show>
    </div>
  )
}
