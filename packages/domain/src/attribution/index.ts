export * from "./attribution-service.ts"
export * from "./engine.ts"
export * from "./model.ts"
export * from "./repository.ts"
