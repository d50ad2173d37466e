export {
  ATTRIBUTION_BATCH_JOB,
  AttributionPolicy,
  AttributionService,
  type Subject
} from "./attribution-service.ts"
export * from "./engine.ts"
export * from "./model.ts"
export * from "./repository.ts"
