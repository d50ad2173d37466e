export * from "./model.ts"
export * from "./repository.ts"
