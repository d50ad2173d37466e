import { execFileSync } from "node:child_process"
import { fileURLToPath } from "node:url"
import { expect, it } from "vitest"

/** Runs the example as `npm start` does and checks every line it prints (the README walkthrough's answers). */
it("prints who earns on each date, why, and the intervals of seed 000", () => {
  const script = fileURLToPath(new URL("../attribution.ts", import.meta.url))
  const output = execFileSync(process.execPath, [script], { encoding: "utf8", timeout: 20_000 })
  expect(output.trimEnd().split("\n")).toEqual([
    "policy: DPOR from 2014-10-01, DPOR needs POE from 2015-03-02, no OSA for deploy from 2015-04-30",
    "2014-09-15 deploy: 3000001 (osa) eligible=true because rule_1_period > rule_1_before_dpor",
    "2014-11-15 deploy: 3000001 (osa) eligible=true because rule_2_period > rule_2_osa_no_dpor",
    "2015-02-20 deploy: 1000001 (dpor) eligible=true because rule_2_period > dpor_added > rule_2_osa_overridden > rule_2_dpor_attached",
    "2015-03-02 deploy: nobody eligible=false because rule_3_period > dpor_added > rule_3_osa_superseded > rule_3_dpor_without_poe",
    "2015-03-09 deploy: 1000001 (dpor) eligible=true because rule_3_period > dpor_added > rule_3_osa_superseded > dpor_poe > rule_3_dpor_with_poe",
    "2015-06-01 deploy: 1000001 (dpor) eligible=true because rule_3_period > dpor_added > rule_3_osa_superseded > dpor_poe > rule_3_dpor_with_poe",
    "2015-03-02 why: Partner 1000001 is the DPOR but has not submitted proof of execution (POE) for this subscription since it was added on 2015-02-16. Nobody earns until it submits POE.",
    "OSA form received 2015-04-29: accepted",
    "OSA form received 2015-05-04: refused (osa_forms_not_accepted)",
    "OSA only, 2015-04-29 deploy: 3000001 (osa) because rule_3_osa_never_dpor",
    "OSA only, 2015-04-30 deploy: nobody because rule_4_osa_not_for_deploy",
    "OSA only, 2015-04-30 manage: 3000001 (osa) because rule_3_osa_never_dpor",
    "deploy intervals:",
    "  2014-09-01 .. 2015-02-15: 3000001 (osa)",
    "  2015-02-16 .. 2015-03-01: 1000001 (dpor)",
    "  2015-03-02 .. 2015-03-08: nobody",
    "  2015-03-09 .. open: 1000001 (dpor)"
  ])
})
