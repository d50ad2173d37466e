import { Effect } from "effect"
import { Forbidden } from "../shared/errors.ts"
import type { Actor } from "./actor.ts"
import { policy } from "./policy.ts"

type PolicyArgs<A extends keyof typeof policy> =
  Parameters<(typeof policy)[A]> extends [Actor, ...infer Rest] ? Rest : never

/** Fails with Forbidden unless the policy allows the action. */
export const authorize = <A extends keyof typeof policy>(action: A, actor: Actor, ...args: PolicyArgs<A>) =>
  (policy[action] as unknown as (actor: Actor, ...rest: PolicyArgs<A>) => boolean)(actor, ...args)
    ? Effect.void
    : Effect.fail(new Forbidden({ action, reason: `You are not allowed to ${describe(action)}` }))

const describe = (action: string): string => action.replace(/([A-Z])/g, " $1").toLowerCase()
