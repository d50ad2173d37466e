import { execFileSync } from "node:child_process"
import { fileURLToPath } from "node:url"
import { expect, it } from "vitest"

/** Runs the example as `npm start` does and checks every line it prints. */
it("takes a claim from draft to official in business time, printing each step and its deadlines", () => {
  const script = fileURLToPath(new URL("../claim-lifecycle.ts", import.meta.url))
  const output = execFileSync(process.execPath, [script], { encoding: "utf8", timeout: 30_000 })
  const window = "consentWindowEndsAt=2026-03-09T09:00:00.000Z"
  expect(output.trimEnd().split("\n")).toEqual([
    "2026-03-02 09:00 drafted: status=draft consent=none poe=0 official=false",
    "2026-03-02 09:00 poe attached: status=draft consent=none poe=1 official=false",
    `2026-03-02 09:00 submitted: status=submitted consent=awaiting_response poe=1 official=false reviewStartBy=2026-03-09T09:00:00.000Z ${window}`,
    `2026-03-04 10:00 approved: status=approved consent=awaiting_response poe=1 official=false ${window}`,
    `2026-03-09 08:59 window still open: status=approved consent=awaiting_response poe=1 official=false ${window}`,
    `2026-03-09 09:00 window ended: status=approved consent=lapsed poe=1 official=true ${window}`,
    "official since 2026-03-09T09:00:00.000Z",
    "email claim.consent_request to it.lead@northwind.example",
    "email claim.submitted to admin@contoso.example, contact.1000001@partner.example",
    "email claim.approved to admin@contoso.example, contact.1000001@partner.example",
    "email claim.official to admin@contoso.example, contact.1000001@partner.example"
  ])
})
