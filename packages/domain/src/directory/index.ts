export * from "./directory-service.ts"
export * from "./model.ts"
export * from "./repository.ts"
