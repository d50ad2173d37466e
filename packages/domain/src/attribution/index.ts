export * from "./engine.ts"
export * from "./model.ts"
