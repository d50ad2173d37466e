import { Effect } from "effect"
import type { Action } from "../authorization/policy.ts"
import { Forbidden, IllegalTransition } from "./errors.ts"

/**
 * Lifecycles as data. Each aggregate (claim, consent, enrollment, arbitration case) declares one table
 * `(state, action) → { to, allowedBy, guard? }`:
 * - `to`: the state the action leads to;
 * - `allowedBy`: the policy action (authorization/policy.ts) whose holder may perform it, or `"system"`
 *   for timers, imports and moves caused by another aggregate (nobody may ask for those over HTTP);
 * - `guard`: the business rule that must hold as well (e.g. the dispute window), given the aggregate's
 *   context; it returns the failure to raise, or `undefined` when the rule holds.
 *
 * `transition` is the only checker of a state change, and `available` (the actions a user is offered,
 * so the buttons in the apps) is derived from the same table. The tests enumerate every table whole.
 */
export type AllowedBy = Action | "system"

/** A row of a lifecycle table: the state it leads to, who may take it, and the guard that must hold. */
export interface Transition<S extends string, C, E> {
  readonly to: S
  readonly allowedBy: AllowedBy
  /** The business rule that must hold too: answers the failure to raise, or `undefined`. */
  readonly guard?: ((context: C) => E | undefined) | undefined
}

/** A lifecycle as data: the aggregate's states, actions and the table `(state, action) → Transition`. */
export interface Lifecycle<S extends string, A extends string, C = unknown, E = never> {
  /** The aggregate's name in errors and audit rows ("claim", "consent", …). */
  readonly aggregate: string
  readonly states: ReadonlyArray<S>
  readonly actions: ReadonlyArray<A>
  readonly table: { readonly [K in S]: { readonly [X in A]?: Transition<S, C, E> } }
}

/** Declares a lifecycle (an identity function that fixes the type parameters from the literal). */
export const lifecycle = <S extends string, A extends string, C = unknown, E = never>(
  spec: Lifecycle<S, A, C, E>
): Lifecycle<S, A, C, E> => spec

/**
 * Whether the actor holds a policy action on this aggregate. The caller binds actor and target, e.g.
 * `(a) => a !== "system" && policy[a](actor, target)`; the system (timers, imports) passes `isSystem`.
 */
export type Permits = (allowedBy: AllowedBy) => boolean

/** The permission of the system itself (timers, imports, moves caused by another aggregate). */
export const isSystem: Permits = (allowedBy) => allowedBy === "system"

/** The row for (state, action), or undefined when the table has none. */
export const rowOf = <S extends string, A extends string, C, E>(
  spec: Lifecycle<S, A, C, E>,
  from: S,
  action: A
): Transition<S, C, E> | undefined => spec.table[from][action]

/**
 * The one checker: the target state of `action` from `from`, or
 * - IllegalTransition (409) when the table has no such row,
 * - Forbidden (403) when the actor does not hold the row's `allowedBy`,
 * - the guard's failure when the business rule does not hold.
 */
export const transition = <S extends string, A extends string, C, E>(
  spec: Lifecycle<S, A, C, E>,
  args: {
    readonly id: string
    readonly from: S
    readonly action: A
    readonly context: C
    readonly permits: Permits
  }
): Effect.Effect<S, IllegalTransition | Forbidden | E> => {
  const row = rowOf(spec, args.from, args.action)
  if (row === undefined) {
    return Effect.fail(
      new IllegalTransition({ aggregate: spec.aggregate, id: args.id, from: args.from, action: args.action })
    )
  }
  if (!args.permits(row.allowedBy)) return Effect.fail(forbidden(row.allowedBy))
  const failure = row.guard?.(args.context)
  return failure === undefined ? Effect.succeed(row.to) : Effect.fail(failure)
}

/** The actions the table allows from `from` that the actor holds and whose guard holds now. */
export const available = <S extends string, A extends string, C, E>(
  spec: Lifecycle<S, A, C, E>,
  from: S,
  context: C,
  permits: Permits
): ReadonlyArray<A> =>
  spec.actions.filter((action) => {
    const row = rowOf(spec, from, action)
    return row !== undefined && permits(row.allowedBy) && row.guard?.(context) === undefined
  })

/** Every row of the table as `[from, action, to, allowedBy]` (for tests and documentation). */
export const rows = <S extends string, A extends string, C, E>(
  spec: Lifecycle<S, A, C, E>
): ReadonlyArray<readonly [S, A, S, AllowedBy]> =>
  spec.states.flatMap((from) =>
    spec.actions.flatMap((action) => {
      const row = rowOf(spec, from, action)
      return row === undefined ? [] : [[from, action, row.to, row.allowedBy] as const]
    })
  )

/** Forbidden for a policy action, worded as `authorize` words it. */
export const forbidden = (allowedBy: AllowedBy): Forbidden =>
  new Forbidden({
    action: allowedBy,
    reason:
      allowedBy === "system"
        ? "This change happens on its own (a deadline or an import); nobody can make it by hand"
        : `You are not allowed to ${allowedBy.replace(/([A-Z])/g, " $1").toLowerCase()}`
  })
