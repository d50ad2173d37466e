export * from "./model.ts"
export * from "./providers.ts"
export * from "./repository.ts"
export * from "./service.ts"
