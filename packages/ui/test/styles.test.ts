import { readFileSync } from "node:fs"
import { describe, expect, it } from "vitest"
import { contrastRatio } from "../src/contrast.ts"

const css = readFileSync(new URL("../src/styles.css", import.meta.url), "utf8")
const variables = new Map([...css.matchAll(/--([\w-]+):\s*(#[0-9a-f]{6})\s*;/gi)].map((m) => [m[1]!, m[2]!]))
const color = (name: string): string => {
  const value = variables.get(name)
  if (value === undefined) throw new Error(`--${name} is not defined as #rrggbb in styles.css`)
  return value
}

describe("contrastRatio", () => {
  it("matches the WCAG reference values", () => {
    expect(contrastRatio("#000000", "#ffffff")).toBeCloseTo(21, 5)
    expect(contrastRatio("#ffffff", "#ffffff")).toBeCloseTo(1, 5)
    expect(contrastRatio("#767676", "#ffffff")).toBeCloseTo(4.54, 2)
  })
})

describe("base styles meet WCAG AA", () => {
  const text: Array<[string, string]> = [
    ["text", "bg"],
    ["text", "surface"],
    ["muted", "bg"],
    ["muted", "surface"],
    ["primary", "bg"],
    ["primary", "surface"],
    ["primary-hover", "info-bg"],
    ["on-primary", "primary"],
    ["on-primary", "primary-hover"],
    ["header-text", "header-bg"],
    ["header-muted", "header-bg"],
    ["header-focus", "header-bg"],
    ["error", "error-bg"],
    ["error", "surface"],
    ["text", "error-bg"],
    ["text", "success-bg"],
    ["text", "info-bg"],
    ["info", "info-bg"],
    ["success", "success-bg"],
    ["warning", "warning-bg"],
    ["neutral", "neutral-bg"],
    ["muted", "neutral-bg"],
    ["on-primary", "danger"],
    ["on-primary", "danger-hover"]
  ]
  it.each(text)("text --color-%s on --color-%s has at least 4.5:1", (fg, bg) => {
    expect(contrastRatio(color(`color-${fg}`), color(`color-${bg}`))).toBeGreaterThanOrEqual(4.5)
  })

  const ui: Array<[string, string]> = [
    ["control-border", "surface"],
    ["focus", "bg"],
    ["focus", "surface"],
    ["error", "surface"]
  ]
  it.each(ui)("control --color-%s on --color-%s has at least 3:1", (fg, bg) => {
    expect(contrastRatio(color(`color-${fg}`), color(`color-${bg}`))).toBeGreaterThanOrEqual(3)
  })
})
