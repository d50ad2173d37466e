import type { AllowedBy } from "../src/index.ts"

/**
 * Every (state, action) pair of a lifecycle with what the hand-written table of allowed rows expects:
 * the target state and who may do it, or `illegal_transition` when the table has no such row.
 */
export const everyPair = <S extends string, A extends string>(
  states: ReadonlyArray<S>,
  actions: ReadonlyArray<A>,
  allowed: ReadonlyArray<readonly [S, A, S, AllowedBy]>
) =>
  states.flatMap((from) =>
    actions.map((action) => {
      const row = allowed.find(([f, a]) => f === from && a === action)
      return { from, action, expected: row?.[2] ?? ("illegal_transition" as const), allowedBy: row?.[3] }
    })
  )
