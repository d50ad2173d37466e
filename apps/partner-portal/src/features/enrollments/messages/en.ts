/** Incentives overview and enrollment strings; English is the reference. */
export const en = {
  nav: "Incentives",
  title: "Incentives",
  intro:
    "Every incentive program for each of your locations: its status, what is needed to complete the enrollment, and more about the program.",
  caption: "Incentive programs of {{ location }} (PartnerID {{ partnerId }})",
  locationHeading: "{{ location }} · PartnerID {{ partnerId }}",
  empty: "No incentive programs yet",
  emptyBody:
    "Programs appear here when a location becomes eligible and is invited. Open programs are shown to every location.",
  columns: {
    program: "Program",
    status: "Status",
    action: "Action needed",
    resources: "Resources"
  },
  states: {
    invited: "Invited",
    action_required: "Action required",
    validating: "Validating enrollment",
    enrolled: "Enrolled",
    inactive: "Inactive / not eligible",
    discontinued: "Discontinued",
    enrolling: "Enrolling"
  },
  solutionAreas: {
    business_applications: "Business Applications",
    modern_work_security: "Modern Work and Security"
  },
  openProgram: "Open to all partners",
  notIncentivized: "Not incentivized",
  fiscalYear: "{{ fiscalYear }}, until {{ date }}",
  seeRequirements: "See eligibility requirements",
  requirementsIntro: "Requirements for this program and whether this location meets them:",
  requirementMet: "Met",
  requirementUnmet: "Not met",
  noRequirements: "This program has no eligibility requirements.",
  /** Why an enrollment cannot go on (the API's blockedReason) and what to do. */
  blocked: {
    tag: "Blocked: no Incentives admin",
    assignThen:
      "The Incentives admin you assign receives the invitation by email and completes the enrollment.",
    askAdmin:
      "Blocked: this location has no Incentives admin, and only an Incentives admin can enroll. Ask a Global or Account admin of your organization to assign one in Users and roles."
  },
  actions: {
    enroll: "Enroll",
    complete: "Complete enrollment",
    enrollLabel: "Enroll {{ location }} in {{ program }}",
    completeLabel: "Complete enrollment of {{ location }} in {{ program }}",
    invitedAdmin: "Accept the invitation and confirm the payout and tax profiles.",
    invitedOther: "An Incentives admin of this location can accept the invitation.",
    invitedNoAdmin:
      "Only an Incentives admin of this location can enroll. Assign one in Users and roles (you may assign yourself).",
    assignAdmin: "Assign an Incentives admin",
    actionRequired: "Complete the payout and tax information:",
    returnedReason: "Reason given by the vendor:",
    enrolling: "An Incentives admin of this location is completing the enrollment.",
    validating: "Waiting for the vendor to validate the bank and tax information (target: within 48 hours).",
    validatingDue: "Expected by {{ date }}.",
    validatingOverdue: "Validation is taking longer than 48 hours. No action is needed from you.",
    enrolled: "None. Renews automatically while the location stays eligible.",
    inactive: "The location does not meet the eligibility requirements at the moment.",
    discontinued: "None. The program is no longer offered."
  },
  missing: {
    bank_profile: "Add a bank profile.",
    bank_profile_choice: "Choose the bank profile to use (or set a default for the location).",
    bank_profile_returned: "The bank profile was returned by validation: correct it.",
    tax_profile: "Add a tax profile.",
    tax_profile_choice: "Choose the tax profile to use (or set a default for the location).",
    tax_profile_returned: "The tax profile was returned by validation: correct it."
  },
  profileStates: {
    pending_validation: "Waiting for validation",
    approved: "Validated",
    action_required: "Returned: action required"
  },
  resources: {
    guide: "Program guide",
    guideLabel: "Program guide: {{ program }}",
    details: "About {{ program }}",
    solutionArea: "Solution area",
    partnerRoles: "Partner roles",
    requirements: "Eligibility requirements",
    none: "None"
  },
  partnerRoles: {
    build_intent_advisor: "Build intent advisor",
    usage_recognition: "Usage recognition",
    influenced_revenue: "Influenced revenue",
    use_or_consume: "Use or consume"
  },
  enroll: {
    title: "Enroll in {{ program }}",
    location: "Location",
    status: "Status",
    intro:
      "Choose the bank profile that receives the incentive payments and the tax profile for this location. The location's default bank profile is preselected.",
    bankLegend: "Bank profile",
    taxLegend: "Tax profile",
    defaultTag: "Default for this location",
    profileState: "Validation: {{ state }}",
    bankMissing: "Bank data is missing: your organization has no bank profile yet.",
    taxMissing: "Tax data is missing: your organization has no tax profile yet.",
    addBank: "Add a bank profile",
    addTax: "Add a tax profile",
    editProfiles: "Review bank and tax profiles",
    returned: "Returned by validation. Reason given by the vendor:",
    submit: "Submit",
    continue: "Continue to payout and tax data",
    confirmTitle: "Submit the enrollment of {{ location }} in {{ program }}?",
    confirmBody:
      "The bank profile {{ bank }} and the tax profile {{ tax }} are sent to the vendor for validation, which usually takes up to 48 hours.",
    submitted: "Enrollment submitted",
    submittedBody: "The vendor validates the bank and tax information, usually within 48 hours.",
    enrolledNow: "Enrolled",
    enrolledNowBody: "The bank and tax profiles were already validated: the location is enrolled.",
    stillMissing: "The enrollment needs more information",
    notAdmin: "Only an Incentives admin of {{ location }} can enroll it.",
    nothingToDo: "This enrollment needs no action now.",
    back: "Back to incentives",
    chooseBank: "Choose a bank profile.",
    chooseTax: "Choose a tax profile."
  }
}

export type EnrollmentMessages = typeof en
