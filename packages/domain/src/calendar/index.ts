export * from "./business-calendar.ts"
export * from "./calendar-service.ts"
export * from "./clock.ts"
