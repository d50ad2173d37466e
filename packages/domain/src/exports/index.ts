export * from "./export-service.ts"
export * from "./repository.ts"
