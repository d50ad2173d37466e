import { checkCatalog } from "@openpor/ui/i18n/catalog.ts"
import { describe, expect, it } from "vitest"
import { chartLayout, formatMonth, niceStep } from "../src/features/claims/usage/chart.ts"
import { usageMessages } from "../src/features/claims/usage/messages.ts"

describe("the Usage tab", () => {
  it("is complete in all five languages", () => {
    expect(checkCatalog(usageMessages)).toEqual([])
  })

  it("scales the bars from 0 to a round number above the largest value", () => {
    expect([niceStep(0), niceStep(7), niceStep(450), niceStep(4_730)]).toEqual([1, 2, 200, 2_000])
    const layout = chartLayout(
      [
        { month: "2026-01", activeUsers: 100, licensedSeats: 400 },
        { month: "2026-02", activeUsers: 0, licensedSeats: 473 }
      ],
      400,
      240
    )
    expect(layout.max).toBe(600)
    expect(layout.ticks.map((t) => t.value)).toEqual([0, 200, 400, 600])
    const [first, second] = layout.bars
    const plot = layout.plotBottom - layout.plotTop
    expect(first!.seats.height).toBeCloseTo((plot * 400) / 600)
    expect(first!.active.y + first!.active.height).toBeCloseTo(layout.plotBottom)
    expect(second!.active.height).toBe(0)
    expect(second!.x).toBeGreaterThan(first!.x + layout.barWidth)
    expect(second!.x + layout.barWidth).toBeLessThanOrEqual(400)
  })

  it("writes months in the viewer's language", () => {
    expect(formatMonth("en", "2026-07")).toBe("July 2026")
    expect(formatMonth("de", "2026-03", "axis")).toBe("Mär")
  })
})
