/** Customer approval strings; English is the reference. Shared strings live in @openpor/ui. */
export const en = {
  app: {
    name: "Customer approval"
  },
  signIn: {
    intro:
      "Sign in with your tenant admin account to see which partners want to be associated with your subscriptions and workloads."
  },
  home: {
    title: "Overview",
    tenant: "Your tenant",
    tenantName: "Name",
    tenantId: "Tenant ID",
    roles: "Your roles",
    requests: "Association requests",
    requestsNote: "Pending association requests from partners will appear here.",
    noTenant: "Your account is not linked to a customer tenant.",
    otherAccount:
      "This app is for customer tenant admins. The account {{ email }} is not a customer account. Sign out and sign in with your tenant admin account."
  }
}

export type CustomerMessages = typeof en
