export * from "./model.ts"
export { type IdentityProviderInput, issuerProblem, SsoConfig, type SsoSettings } from "./providers.ts"
export * from "./repository.ts"
export * from "./service.ts"
