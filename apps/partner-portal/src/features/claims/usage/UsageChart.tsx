import { useShared } from "@openpor/ui"
import { createUniqueId, For, type JSX, Show } from "solid-js"
import { chartLayout, formatMonth, type UsagePoint } from "./chart.ts"
import { useUsageT } from "./i18n.ts"

/**
 * Active users in front of licensed seats, one pair of bars per month, drawn as SVG. The image has a
 * title and a summary for assistive technology; the table beside it carries every number.
 */
export function UsageChart(props: {
  readonly target: string
  readonly points: readonly UsagePoint[]
}): JSX.Element {
  const t = useUsageT()
  const { locale } = useShared()
  const id = createUniqueId()
  const layout = () => chartLayout(props.points, 40 + Math.max(6, props.points.length) * 52, 260)
  const number = (n: number) => new Intl.NumberFormat(locale()).format(n)
  const last = () => props.points.at(-1)
  const summary = () =>
    t("chartSummary", {
      count: String(props.points.length),
      from: formatMonth(locale(), props.points[0]?.month ?? "2000-01"),
      to: formatMonth(locale(), last()?.month ?? "2000-01"),
      active: number(last()?.activeUsers ?? 0),
      seats: number(last()?.licensedSeats ?? 0)
    })
  return (
    <figure class="usage-chart">
      <svg
        viewBox={`0 0 ${layout().width} ${layout().height}`}
        width={layout().width}
        height={layout().height}
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        data-testid="usage-chart"
      >
        <title id={`${id}-title`}>{t("chartTitle", { target: props.target })}</title>
        <desc id={`${id}-desc`}>{summary()}</desc>
        <For each={layout().ticks}>
          {(tick) => (
            <g class="usage-chart__tick">
              <line x1="40" x2={layout().width} y1={tick.y} y2={tick.y} />
              <text x="34" y={tick.y + 4} text-anchor="end">
                {number(tick.value)}
              </text>
            </g>
          )}
        </For>
        <For each={layout().bars}>
          {(bar, i) => (
            <g class="usage-chart__month">
              <rect
                class="usage-chart__seats"
                x={bar.x}
                y={bar.seats.y}
                width={layout().barWidth}
                height={bar.seats.height}
              />
              <rect
                class="usage-chart__active"
                x={bar.x + layout().barWidth * 0.2}
                y={bar.active.y}
                width={layout().barWidth * 0.6}
                height={bar.active.height}
              />
              <text x={bar.x + layout().barWidth / 2} y={layout().height - 22} text-anchor="middle">
                {formatMonth(locale(), bar.month, "axis")}
              </text>
              <Show when={i() === 0 || bar.month.endsWith("-01")}>
                <text x={bar.x + layout().barWidth / 2} y={layout().height - 6} text-anchor="middle">
                  {bar.month.slice(0, 4)}
                </text>
              </Show>
              <title>
                {`${formatMonth(locale(), bar.month)}: ${number(props.points[i()]!.activeUsers)} ${t("activeUsers")}, ${number(props.points[i()]!.licensedSeats)} ${t("licensedSeats")}`}
              </title>
            </g>
          )}
        </For>
      </svg>
      <figcaption class="usage-chart__legend">
        <span class="usage-chart__key usage-chart__key--active">{t("activeUsers")}</span>
        <span class="usage-chart__key usage-chart__key--seats">{t("licensedSeats")}</span>
      </figcaption>
    </figure>
  )
}
