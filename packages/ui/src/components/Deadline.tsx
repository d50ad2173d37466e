import { type JSX, Show } from "solid-js"
import { useShared } from "../i18n/context.tsx"
import { formatDateTime, pluralCategory } from "../i18n/format.ts"

export interface DeadlineProps {
  /** The deadline, an ISO instant (stored as an instant; shown in the viewer's time zone). */
  readonly at: string
  /** Business days left, as the API computed them on the vendor calendar; null/undefined to leave it out. */
  readonly businessDaysLeft?: number | null | undefined
  /** Now, for tests and the test clock (default: the browser's clock). */
  readonly now?: Date | undefined
}

/** The text for N business days left ("3 business days left", "Last business day", …) in the current language. */
export const useBusinessDaysLeft = () => {
  const { t, locale } = useShared()
  return (count: number, at: string, now: Date = new Date()): string => {
    if (Date.parse(at) < now.getTime()) return t("deadline.passed")
    if (count <= 0) return t("deadline.lastDay")
    return t(`deadline.daysLeft.${pluralCategory(locale(), count)}`, { count: String(count) })
  }
}

/**
 * A deadline as a date and time in the viewer's time zone with the business days left beside it, e.g.
 * "Dec 4, 2026, 6:00 PM · 3 business days left". The count is shown as text, never as colour alone.
 */
export function Deadline(props: DeadlineProps): JSX.Element {
  const { locale } = useShared()
  const daysLeft = useBusinessDaysLeft()
  return (
    <span class="deadline">
      <time class="deadline__date" datetime={props.at}>
        {formatDateTime(locale(), props.at)}
      </time>
      <Show when={props.businessDaysLeft !== undefined && props.businessDaysLeft !== null}>
        <span class="deadline__left">{daysLeft(props.businessDaysLeft!, props.at, props.now)}</span>
      </Show>
    </span>
  )
}
