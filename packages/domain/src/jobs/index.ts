export * from "./model.ts"
export * from "./repository.ts"
export { currentTraceparent, spanFromTraceparent } from "./telemetry.ts"
export * from "./worker.ts"
