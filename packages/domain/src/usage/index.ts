export * from "./import-usage.ts"
export * from "./model.ts"
export * from "./repository.ts"
export * from "./usage-service.ts"
