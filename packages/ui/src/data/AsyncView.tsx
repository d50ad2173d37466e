import { type JSX, Match, type Resource, Show, Switch } from "solid-js"
import { errorText, Notice } from "../components/Notice.tsx"
import { describeError } from "../errors.ts"
import { useShared } from "../i18n/context.tsx"

export interface AsyncViewProps<T> {
  /** A Solid resource, e.g. `createResource(() => client.GET("/api/v1/…"))`. */
  readonly resource: Resource<T>
  /** Loads again (the resource's `refetch`); offered as "Try again" after an error. */
  readonly retry: () => unknown
  /** Whether the loaded value counts as empty (then `empty` is shown instead of the children). */
  readonly isEmpty?: (value: T) => boolean
  /** What an empty result shows, e.g. an {@link EmptyState} saying what to do next. */
  readonly empty?: JSX.Element
  /** Text while loading the first time (default "Loading…"). */
  readonly loadingText?: string
  /** Short explanation in front of the error message (default "This could not be loaded."). */
  readonly errorIntro?: string
  readonly children: (value: T) => JSX.Element
}

/**
 * The three states every data view has: loading (announced politely), error (the API's reason in the
 * user's language, with "Try again") and empty; otherwise the children with the value. While reloading,
 * the last value stays on screen so nothing jumps.
 */
export function AsyncView<T>(props: AsyncViewProps<T>): JSX.Element {
  const { t } = useShared()
  const value = () => (props.resource.error === undefined ? props.resource.latest : undefined)
  return (
    <Switch>
      <Match when={props.resource.error !== undefined}>
        <Notice tone="error">
          <p>
            {props.errorIntro ?? t("data.loadFailed")} {errorText(t, describeError(props.resource.error))}
          </p>
          <button type="button" class="button button--secondary" onClick={() => void props.retry()}>
            {t("common.retry")}
          </button>
        </Notice>
      </Match>
      <Match when={value() === undefined}>
        <p class="status" role="status">
          {props.loadingText ?? t("common.loading")}
        </p>
      </Match>
      <Match when={props.isEmpty?.(value() as T) === true}>
        <Show when={props.empty} fallback={<p class="status">{t("data.empty")}</p>}>
          {props.empty}
        </Show>
      </Match>
      <Match when={true}>{props.children(value() as T)}</Match>
    </Switch>
  )
}
