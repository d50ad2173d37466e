export * from "./actor.ts"
export * from "./authorize.ts"
export * from "./errors.ts"
export * from "./policy.ts"
