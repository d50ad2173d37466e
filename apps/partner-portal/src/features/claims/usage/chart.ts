/** One month of a usage series as the API answers it. */
export interface UsagePoint {
  readonly month: string
  readonly activeUsers: number
  readonly licensedSeats: number
}

export interface ChartBar {
  readonly month: string
  readonly x: number
  /** The licensed seats' bar (behind) and the active users' bar (in front), in chart units. */
  readonly seats: { readonly y: number; readonly height: number }
  readonly active: { readonly y: number; readonly height: number }
}

export interface ChartLayout {
  readonly width: number
  readonly height: number
  readonly plotTop: number
  readonly plotBottom: number
  readonly barWidth: number
  readonly max: number
  /** Gridlines: value and its height in chart units. */
  readonly ticks: ReadonlyArray<{ readonly value: number; readonly y: number }>
  readonly bars: ReadonlyArray<ChartBar>
}

/** A round step for about four gridlines (1, 2 or 5 × a power of ten). */
export const niceStep = (max: number): number => {
  if (max <= 0) return 1
  const raw = max / 4
  const power = 10 ** Math.floor(Math.log10(raw))
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw)
  return step ?? 10 * power
}

/**
 * The geometry of the bar chart (a viewBox the SVG scales to its width): per month a licensed-seats bar
 * with the active-users bar in front of it, on a scale from 0 to a round number above the largest value.
 */
export const chartLayout = (points: ReadonlyArray<UsagePoint>, width = 640, height = 240): ChartLayout => {
  const plotTop = 8
  // Below the plot: the month's name and, under the first month and every January, its year.
  const plotBottom = height - 40
  const left = 40
  const largest = Math.max(0, ...points.map((p) => Math.max(p.activeUsers, p.licensedSeats)))
  const step = niceStep(largest)
  const max = Math.max(step, Math.ceil(largest / step) * step)
  const scale = (v: number) => ((plotBottom - plotTop) * v) / max
  const slot = (width - left) / Math.max(1, points.length)
  const barWidth = Math.max(4, slot * 0.7)
  const ticks = Array.from({ length: Math.round(max / step) + 1 }, (_, i) => ({
    value: i * step,
    y: plotBottom - scale(i * step)
  }))
  const bars = points.map((p, i) => ({
    month: p.month,
    x: left + i * slot + (slot - barWidth) / 2,
    seats: { y: plotBottom - scale(p.licensedSeats), height: scale(p.licensedSeats) },
    active: { y: plotBottom - scale(p.activeUsers), height: scale(p.activeUsers) }
  }))
  return { width, height, plotTop, plotBottom, barWidth, max, ticks, bars }
}

/**
 * A month `YYYY-MM` as the viewer's locale writes it: "long" with its year ("July 2026", "2026. július"),
 * "axis" the month's short name alone (under a bar).
 */
export const formatMonth = (locale: string, month: string, style: "long" | "axis" = "long"): string => {
  const [year, m] = month.split("-").map(Number)
  const options: Intl.DateTimeFormatOptions =
    style === "long"
      ? { year: "numeric", month: "long", timeZone: "UTC" }
      : { month: "short", timeZone: "UTC" }
  return new Intl.DateTimeFormat(locale, options).format(new Date(Date.UTC(year!, m! - 1, 1)))
}
