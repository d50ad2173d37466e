import { Effect, Option } from "effect"
import type { Actor } from "../authorization/actor.ts"
import { authorize } from "../authorization/authorize.ts"
import { maskIban } from "../enrollment/model.ts"
import { EnrollmentRepository } from "../enrollment/repository.ts"
import { EnrollmentNotFound } from "./errors.ts"

/** The bank and tax profiles an enrollment was submitted with, for validation (IBAN masked). */
export const payoutDataOf = Effect.fn("Operations.payoutDataOf")(function* (
  actor: Actor,
  enrollmentId: string
) {
  yield* authorize("readValidationQueue", actor)
  const repo = yield* EnrollmentRepository
  const enrollment = yield* repo.findEnrollment(enrollmentId)
  if (Option.isNone(enrollment)) return yield* new EnrollmentNotFound({ id: enrollmentId })
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
        updatedAt: p.updatedAt
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
        updatedAt: p.updatedAt
      })
    })
  }
})
