/** Partner portal strings; English is the reference. Shared strings live in @openpor/ui. */
export const en = {
  app: {
    name: "Partner portal"
  },
  signIn: {
    intro: "Sign in with your partner account to manage your locations' incentive programs and claims."
  },
  home: {
    title: "Overview",
    organization: "Organization",
    organizationRoles: "Your roles in the organization",
    locations: "Your locations",
    locationsIntro: "Incentive roles are assigned per location. Each location has its own PartnerID.",
    noLocations:
      "You have no role at any location yet. Ask your organization's global admin or account admin to assign you one.",
    partnerId: "PartnerID",
    city: "City",
    roles: "Your roles",
    noRolesAtLocation: "No role at this location",
    organizationRolesApply: "Your organization-wide roles apply here.",
    otherAccount:
      "This portal is for partner users. The account {{ email }} is not a partner account. Sign out and sign in with your partner account."
  }
}

export type PartnerMessages = typeof en
