export * from "./actor.ts"
export * from "./authorize.ts"
export * from "./policy.ts"
