import { Context, Effect, Layer } from "effect"
import { makeAcceptance } from "./acceptance.ts"
import { makeEligibility } from "./eligibility.ts"
import { makeKernel } from "./kernel.ts"
import { makePayoutProfiles } from "./payout-profiles.ts"
import { makePrograms } from "./programs.ts"
import { makeRollover } from "./rollover.ts"
import { makeValidation } from "./validation.ts"
import { makeViews } from "./views.ts"

/**
 * The enrollment capability (SPEC §3), one use case per file:
 * - views.ts — reading enrollments (one, lists, the validation queue, a location's payout defaults);
 * - eligibility.ts — requirements, agreements, imports, invitations, and what follows from them;
 * - acceptance.ts — the Incentives admin enrolls with bank and tax profiles;
 * - payout-profiles.ts — bank and tax profiles, their defaults and their validation status;
 * - validation.ts — the operator approves or returns an enrollment's payout data;
 * - rollover.ts — the fiscal-year rollover job;
 * - programs.ts — the program catalog.
 * They share kernel.ts (loaders, emails, `move`: every state change through lifecycle.ts).
 */
const make = Effect.gen(function* () {
  const kernel = yield* makeKernel
  const views = makeViews(kernel)
  const acceptance = makeAcceptance(kernel, views)
  const profiles = makePayoutProfiles(kernel, views, acceptance)
  const eligibility = makeEligibility(kernel, views)
  return {
    ...views.queries,
    ...acceptance.methods,
    ...makeValidation(kernel, views, profiles).methods,
    ...profiles.methods,
    ...makePrograms(kernel, eligibility).methods,
    ...eligibility.methods,
    ...makeRollover(kernel, views).methods
  }
})

/** The methods of EnrollmentService, each with the precise errors its implementation can raise. */
export type EnrollmentServiceShape = Effect.Success<typeof make>

/**
 * The enrollment capability (SPEC §3): programs and their requirements, a location's enrollment and its
 * acceptance, bank and tax payout profiles and their validation by the vendor, and the fiscal-year rollover.
 */
export class EnrollmentService extends Context.Service<EnrollmentService, EnrollmentServiceShape>()(
  "@openpor/domain/enrollment/EnrollmentService"
) {
  static readonly layer = Layer.effect(EnrollmentService, make)
}
