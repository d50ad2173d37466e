import { Schema } from "effect"
import type { ProgramStatus } from "../enrollment/model.ts"

/**
 * Codes of SPEC appendix A, each vocabulary defined once here as a schema (solution areas, partner roles,
 * workloads, incentive kinds, channels); the API's enums, the generated client and the apps' labels
 * derive from these. The catalog is configuration; these are the defaults.
 */
export const SolutionArea = Schema.Literals(["business_applications", "modern_work_security"])
export type SolutionArea = typeof SolutionArea.Type

/**
 * The partner roles a claim can name (appendix A); each has a name, solution area and program in
 * `defaultPartnerRoles`.
 */
export const PartnerRole = Schema.Literals([
  "build_intent_advisor",
  "usage_recognition",
  "influenced_revenue",
  "use_or_consume"
])
/** A partner role code (see the {@link PartnerRole} schema). */
export type PartnerRole = typeof PartnerRole.Type

/** The customer workloads a Modern Work or Security claim can name (Exchange, SharePoint, Teams, …). */
export const Workload = Schema.Literals([
  "exchange",
  "sharepoint",
  "teams",
  "intune",
  "defender_endpoint",
  "defender_office365",
  "entra_id_p1",
  "purview_information_protection",
  "viva"
])
/** A workload code (see the {@link Workload} schema). */
export type Workload = typeof Workload.Type

/** The incentive kinds attribution answers for: `deploy`, `manage`, `accelerator`, `usage`. */
export const IncentiveKind = Schema.Literals(["deploy", "manage", "accelerator", "usage"])
/** An incentive kind (see the {@link IncentiveKind} schema). */
export type IncentiveKind = typeof IncentiveKind.Type

/** How a subscription was bought: volume licensing, web direct or a Cloud Solution Provider. */
export const Channel = Schema.Literals(["volume_licensing", "web_direct", "csp"])
/** A sales channel (see the {@link Channel} schema). */
export type Channel = typeof Channel.Type

/**
 * How a program recommends a winner among competing claims: the most recent POE, the first registered claim,
 * or the reviewer alone.
 */
export const ArbitrationPolicy = Schema.Literals(["most_recent_poe", "first_registered", "reviewer_decides"])
/** An arbitration policy (see the {@link ArbitrationPolicy} schema). */
export type ArbitrationPolicy = typeof ArbitrationPolicy.Type

/** An incentive program of the default catalog: its id, name, solution area, partner roles and rules. */
export interface ProgramDefinition {
  readonly id: string
  readonly name: string
  readonly solutionArea: SolutionArea
  readonly partnerRoles: ReadonlyArray<PartnerRole>
  /** Open programs have no eligibility criteria: no invitation email, shown on the overview only. */
  readonly open: boolean
  readonly incentivized: boolean
  readonly status: ProgramStatus
  readonly arbitrationPolicy: ArbitrationPolicy
  /** Channels a claimed subscription may be bought through (Business Applications roles). */
  readonly allowedChannels: ReadonlyArray<Channel>
  readonly eligibilityRequirements: ReadonlyArray<{ readonly id: string; readonly name: string }>
  /** The program guide's address, when the vendor publishes one. */
  readonly guideUrl?: string
  /** The statements a partner confirms at submission (default: defaultAcknowledgements). */
  readonly acknowledgements?: ReadonlyArray<{ readonly id: string; readonly text: string }>
}

/**
 * The statements every program asks a partner to confirm at submission unless an operator changes
 * them (SPEC §5, seed 001 "complete the acknowledgements, then submit").
 */
export const defaultAcknowledgements: ReadonlyArray<{ readonly id: string; readonly text: string }> = [
  { id: "poe_signed_by_customer", text: "The proof of execution is signed by the customer." },
  {
    id: "information_accurate",
    text: "The information in this claim is accurate, and the claim may be audited."
  },
  {
    id: "wrong_role_forfeits_incentives",
    text: "A wrong partner role or PartnerID can forfeit incentives."
  }
]

/** A partner role as the catalog describes it: its name, solution area, program and a note. */
export interface PartnerRoleDefinition {
  readonly role: PartnerRole
  readonly name: string
  readonly solutionArea: SolutionArea
  readonly programId: string
  readonly note: string
}

/** A workload and its display name. */
export interface WorkloadDefinition {
  readonly code: Workload
  readonly name: string
}

/** What most programs are: invited (not open), active, the most recent POE wins arbitration. */
const program = (
  definition: Omit<ProgramDefinition, "open" | "status" | "arbitrationPolicy"> &
    Partial<Pick<ProgramDefinition, "open" | "status" | "arbitrationPolicy">>
): ProgramDefinition => ({
  open: false,
  status: "active",
  arbitrationPolicy: "most_recent_poe",
  ...definition
})

const requirement = (id: string, name: string) => ({ id, name })

/** The default catalog (SPEC §3, §5 and appendix A). */
export const defaultPrograms: ReadonlyArray<ProgramDefinition> = [
  program({
    id: "prg_osa",
    name: "Online Services Advisor",
    solutionArea: "business_applications",
    partnerRoles: ["build_intent_advisor"],
    incentivized: true,
    allowedChannels: ["volume_licensing", "web_direct"],
    eligibilityRequirements: [
      requirement("req_osa_competency", "Business Applications specialization"),
      requirement("req_osa_agreement", "Signed incentives agreement")
    ]
  }),
  program({
    id: "prg_mws_usage",
    name: "Modern Work and Security Usage",
    solutionArea: "modern_work_security",
    partnerRoles: ["use_or_consume"],
    incentivized: true,
    allowedChannels: ["volume_licensing", "web_direct", "csp"],
    eligibilityRequirements: [
      requirement("req_mws_designation", "Solutions Partner for Modern Work or Security"),
      requirement("req_mws_agreement", "Signed incentives agreement")
    ]
  }),
  program({
    id: "prg_usage_bizapps",
    name: "Usage Recognition – Business Applications",
    solutionArea: "business_applications",
    partnerRoles: ["usage_recognition"],
    incentivized: false,
    allowedChannels: ["volume_licensing", "web_direct"],
    eligibilityRequirements: [
      requirement("req_usage_bizapps_terms", "Business Applications usage recognition terms accepted")
    ]
  }),
  program({
    id: "prg_revenue_association",
    name: "Business Applications Revenue Association",
    solutionArea: "business_applications",
    partnerRoles: ["influenced_revenue"],
    incentivized: false,
    // Seed 001: revenue is associated "only if the customer bought the products under a volume licensing
    // agreement or Web Direct" — a CSP subscription is refused with subscription_is_csp.
    allowedChannels: ["volume_licensing", "web_direct"],
    eligibilityRequirements: [
      requirement("req_revenue_dynamics_seller", "Registered Dynamics solution seller")
    ]
  }),
  program({
    id: "prg_legacy_deploy",
    name: "Online Incentives – Deployment (legacy)",
    solutionArea: "modern_work_security",
    partnerRoles: [],
    incentivized: true,
    status: "discontinued",
    arbitrationPolicy: "first_registered",
    allowedChannels: ["volume_licensing", "web_direct"],
    eligibilityRequirements: []
  })
]

/**
 * What each partner role means, one entry per `PartnerRole` (a role without an entry does not compile).
 * `defaultPartnerRoles` lists them in the order of `PartnerRole`.
 */
const partnerRoleEntries: { readonly [R in PartnerRole]: Omit<PartnerRoleDefinition, "role"> } = {
  build_intent_advisor: {
    name: "Build intent – Advisor",
    solutionArea: "business_applications",
    programId: "prg_osa",
    note: "presales incentive; volume licensing or web direct only"
  },
  usage_recognition: {
    name: "Usage recognition – non-incentivized",
    solutionArea: "business_applications",
    programId: "prg_usage_bizapps",
    note: "volume licensing or web direct only"
  },
  influenced_revenue: {
    name: "Influenced revenue recognition – non-incentivized",
    solutionArea: "business_applications",
    programId: "prg_revenue_association",
    note: "attribution only, never paid; volume licensing or web direct only"
  },
  use_or_consume: {
    name: "Use or consume",
    solutionArea: "modern_work_security",
    programId: "prg_mws_usage",
    note: "workloads; may opt out of payment"
  }
}

/** Every partner role with its catalog entry. */
export const defaultPartnerRoles: ReadonlyArray<PartnerRoleDefinition> = PartnerRole.literals.map((role) => ({
  role,
  ...partnerRoleEntries[role]
}))

/** Product names of the workloads (the same in every language), one per `Workload`. */
export const workloadNames: { readonly [W in Workload]: string } = {
  exchange: "Exchange Online",
  sharepoint: "SharePoint Online",
  teams: "Microsoft Teams",
  intune: "Microsoft Intune",
  defender_endpoint: "Microsoft Defender for Endpoint",
  defender_office365: "Microsoft Defender for Office 365",
  entra_id_p1: "Microsoft Entra ID P1/P2",
  purview_information_protection: "Microsoft Purview Information Protection",
  viva: "Microsoft Viva"
}

/** Every workload with its display name. */
export const defaultWorkloads: ReadonlyArray<WorkloadDefinition> = Workload.literals.map((code) => ({
  code,
  name: workloadNames[code]
}))

/** The catalog entry of a partner role. */
export const partnerRoleDefinition = (role: PartnerRole): PartnerRoleDefinition | undefined =>
  defaultPartnerRoles.find((r) => r.role === role)
