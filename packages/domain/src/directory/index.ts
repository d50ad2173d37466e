export * from "./directory-service.ts"
export * from "./errors.ts"
export * from "./model.ts"
export * from "./repository.ts"
