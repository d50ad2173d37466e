import { Effect, Option } from "effect"
import type { Actor } from "../authorization/actor.ts"
import { authorize } from "../authorization/authorize.ts"
import { defaultAcknowledgements, defaultPrograms } from "../catalog/catalog.ts"
import type { ProgramId } from "../ids.ts"
import { transition } from "../shared/lifecycle.ts"
import type { makeEligibility } from "./eligibility.ts"
import { DuplicateAcknowledgement, DuplicateRequirement, RequirementRemoved } from "./errors.ts"
import type { Kernel } from "./kernel.ts"
import { programLifecycle, vendorPermits } from "./lifecycle.ts"
import { Program, Requirement } from "./model.ts"

/** The fields of an incentive program an operator creates or edits. */
export interface ProgramInput {
  readonly id: string
  readonly name: string
  readonly solutionArea: Program["solutionArea"]
  readonly partnerRoles: Program["partnerRoles"]
  readonly open: boolean
  readonly incentivized: boolean
  readonly arbitrationPolicy: Program["arbitrationPolicy"]
  readonly allowedChannels: Program["allowedChannels"]
  readonly requirements: ReadonlyArray<{ readonly id: string; readonly name: string }>
  /** The program guide's address; null removes it; absent keeps the current one. */
  readonly guideUrl?: string | null | undefined
  /** The statements confirmed at submission; absent keeps the current ones (the defaults for a new program). */
  readonly acknowledgements?: ReadonlyArray<{ readonly id: string; readonly text: string }> | undefined
}

/**
 * The program catalog (operators): the default programs, creating and changing a program and its
 * eligibility requirements, discontinuing it. Each change re-evaluates every location's eligibility.
 */
export const makePrograms = (k: Kernel, eligibility: ReturnType<typeof makeEligibility>) => {
  const requirementsOf = (
    id: ProgramId,
    requirements: ReadonlyArray<{ readonly id: string; readonly name: string }>
  ) => requirements.map((r) => new Requirement({ id: r.id, programId: id, name: r.name }))

  const save = (program: Program) =>
    Effect.gen(function* () {
      yield* k.repo.upsertProgram(program)
      for (const r of program.requirements) yield* k.repo.upsertRequirement(r)
    })

  /** Adds the default programs that are not in the catalog yet. */
  const ensureCatalog = Effect.gen(function* () {
    const existing = new Set((yield* k.repo.listPrograms).map((p) => p.id as string))
    for (const d of defaultPrograms) {
      if (existing.has(d.id)) continue
      const id = d.id as ProgramId
      const program = new Program({
        id,
        name: d.name,
        solutionArea: d.solutionArea,
        partnerRoles: [...d.partnerRoles],
        open: d.open,
        incentivized: d.incentivized,
        status: d.status,
        arbitrationPolicy: d.arbitrationPolicy,
        allowedChannels: [...d.allowedChannels],
        guideUrl: d.guideUrl ?? null,
        acknowledgements: (d.acknowledgements ?? defaultAcknowledgements).map((a) => ({ ...a })),
        requirements: requirementsOf(id, d.eligibilityRequirements)
      })
      yield* k.tx.transaction(save(program))
    }
  })

  /** Creates or changes an incentive program with its requirements and statements (operators). */
  const upsertProgram = Effect.fn("EnrollmentService.upsertProgram")(function* (
    actor: Actor,
    input: ProgramInput
  ) {
    yield* authorize("manageCatalog", actor)
    const id = input.id as ProgramId
    return yield* k.tx.transaction(
      Effect.gen(function* () {
        // Concurrent writes of one program (also its creation) run one after the other: exactly one
        // "created", and no update undoes a concurrent discontinuation.
        yield* k.repo.lockProgram(id)
        const before = Option.getOrUndefined(yield* k.repo.findProgram(id))
        if (before !== undefined) {
          yield* transition(programLifecycle, {
            id,
            from: before.status,
            action: "change",
            context: { programId: id },
            permits: vendorPermits(actor)
          })
        }
        const ids = new Set(input.requirements.map((r) => r.id))
        if (ids.size !== input.requirements.length) {
          return yield* new DuplicateRequirement()
        }
        const acknowledgements = (
          input.acknowledgements ??
          before?.acknowledgements ??
          defaultAcknowledgements
        ).map((a) => ({ id: a.id, text: a.text.trim() }))
        if (new Set(acknowledgements.map((a) => a.id)).size !== acknowledgements.length) {
          return yield* new DuplicateAcknowledgement()
        }
        const removed = (before?.requirements ?? []).filter((r) => !ids.has(r.id))
        if (removed.length > 0) {
          return yield* new RequirementRemoved({ requirementIds: removed.map((r) => r.id) })
        }
        const program = new Program({
          ...input,
          id,
          status: "active",
          guideUrl: input.guideUrl === undefined ? (before?.guideUrl ?? null) : input.guideUrl,
          acknowledgements,
          requirements: requirementsOf(id, input.requirements)
        })
        yield* save(program)
        yield* k.audit.append({
          actor,
          action: before === undefined ? "program.created" : "program.updated",
          entityType: "program",
          entityId: program.id,
          before: before ?? null,
          after: program
        })
        // Becoming open, or new requirements, change who is eligible.
        yield* eligibility.evaluateEverywhere(actor, program)
        return program
      })
    )
  })

  /** Stops offering a program; its enrollments become discontinued (idempotent). */
  const discontinueProgram = Effect.fn("EnrollmentService.discontinueProgram")(function* (
    actor: Actor,
    id: ProgramId
  ) {
    yield* authorize("manageCatalog", actor)
    return yield* k.tx.transaction(
      Effect.gen(function* () {
        yield* k.repo.lockProgram(id)
        const program = yield* k.loadProgram(id)
        const status = yield* transition(programLifecycle, {
          id,
          from: program.status,
          action: "discontinue",
          context: { programId: id },
          permits: vendorPermits(actor)
        })
        if (status === program.status) return program
        const next = new Program({ ...program, status })
        yield* k.repo.upsertProgram(next)
        yield* k.audit.append({
          actor,
          action: "program.discontinued",
          entityType: "program",
          entityId: id,
          before: { status: program.status },
          after: { status: "discontinued" }
        })
        yield* eligibility.evaluateEverywhere(actor, next)
        return next
      })
    )
  })

  return { methods: { ensureCatalog, listPrograms: k.repo.listPrograms, upsertProgram, discontinueProgram } }
}
