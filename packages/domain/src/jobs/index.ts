export * from "./model.ts"
export * from "./repository.ts"
export * from "./telemetry.ts"
export * from "./worker.ts"
