export * from "./errors.ts"
export * from "./history-import.ts"
export {
  type DporAssignment,
  type PorEventOfOrganization,
  type PorEventRecord,
  PorRepository
} from "./model.ts"
export * from "./por-service.ts"
