export * from "./lifecycle.ts"
export * from "./model.ts"
export * from "./recommendation.ts"
export * from "./repository.ts"
