export * from "./model.ts"
export * from "./password-policy.ts"
export * from "./repository.ts"
