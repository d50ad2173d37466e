import { authorize, EnrollmentRepository, maskIban } from "@openpor/domain"
import { Effect, Option, Schema } from "effect"
import { HttpError } from "../http/errors.ts"
import { group, route } from "../http/route.ts"

const PayoutDataView = Schema.Struct({
  enrollmentId: Schema.String,
  bank: Schema.NullOr(
    Schema.Struct({
      id: Schema.String,
      label: Schema.String,
      accountHolder: Schema.String,
      ibanMasked: Schema.String,
      bic: Schema.String,
      bankName: Schema.String,
      country: Schema.String,
      currency: Schema.String,
      state: Schema.String,
      updatedAt: Schema.String
    })
  ),
  tax: Schema.NullOr(
    Schema.Struct({
      id: Schema.String,
      legalName: Schema.String,
      country: Schema.String,
      taxId: Schema.String,
      address: Schema.String,
      state: Schema.String,
      updatedAt: Schema.String
    })
  )
})

/** What the operator validates: the bank and tax data an enrollment was submitted with. */
export const validationRoutes = group(
  "/api/v1/ops/enrollments",
  "Operations: programs, eligibility, validation",
  [
    route(
      {
        method: "get",
        path: "/{id}/payout-data",
        operationId: "getEnrollmentPayoutData",
        summary:
          "The bank and tax profiles an enrollment was submitted with, for validation (operator, auditor; IBAN masked)",
        auth: "session",
        params: Schema.Struct({ id: Schema.String }),
        response: PayoutDataView,
        status: 200,
        errors: [401, 403, 404]
      },
      ({ auth, params }) =>
        Effect.gen(function* () {
          yield* authorize("readValidationQueue", auth!.actor)
          const repo = yield* EnrollmentRepository
          const enrollment = yield* repo.findEnrollment(params.id)
          if (Option.isNone(enrollment))
            return yield* Effect.fail(
              new HttpError(404, "not_found", `Enrollment ${params.id} was not found`)
            )
          const { bankProfileId, taxProfileId } = enrollment.value
          const bank = bankProfileId === null ? Option.none() : yield* repo.findBankProfile(bankProfileId)
          const tax = taxProfileId === null ? Option.none() : yield* repo.findTaxProfile(taxProfileId)
          return {
            enrollmentId: enrollment.value.id,
            bank: Option.match(bank, {
              onNone: () => null,
              onSome: (p) => ({
                id: p.id,
                label: p.label,
                accountHolder: p.accountHolder,
                ibanMasked: maskIban(p.iban),
                bic: p.bic,
                bankName: p.bankName,
                country: p.country,
                currency: p.currency,
                state: p.state,
                updatedAt: p.updatedAt.toISOString()
              })
            }),
            tax: Option.match(tax, {
              onNone: () => null,
              onSome: (p) => ({
                id: p.id,
                legalName: p.legalName,
                country: p.country,
                taxId: p.taxId,
                address: p.address,
                state: p.state,
                updatedAt: p.updatedAt.toISOString()
              })
            })
          }
        })
    )
  ]
)
