import { ProfileState, payoutDataOf } from "@openpor/domain"
import { Effect, Schema } from "effect"
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
      state: ProfileState,
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
      state: ProfileState,
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
        Effect.map(payoutDataOf(auth!.actor, params.id), ({ bank, tax, ...data }) => ({
          ...data,
          bank: bank === null ? null : { ...bank, updatedAt: bank.updatedAt.toISOString() },
          tax: tax === null ? null : { ...tax, updatedAt: tax.updatedAt.toISOString() }
        }))
    )
  ]
)
