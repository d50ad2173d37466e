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
    title: "Association requests",
    otherAccount:
      "This app is for customer tenant admins. The account {{ email }} is not a customer account. Sign out and sign in with your tenant admin account."
  },
  nav: {
    subscriptions: "Subscriptions"
  },
  requests: {
    intro:
      "Partners ask to be associated with the subscriptions and workloads of {{ tenant }}. Decline any request you do not agree with — you can do so at any time.",
    pending: "Waiting for your decision",
    pendingEmpty: "No requests are waiting for your decision.",
    pendingEmptyBody:
      "When a partner asks to be associated with your organization, the request appears here and your contact receives an email.",
    history: "Decided requests",
    historyEmpty: "No decided requests yet.",
    historyEmptyBody: "Requests you decline or accept, and those that lapse or end, are listed here.",
    historyCaption: "Decided association requests, newest first",
    pagesPending: "Pages of requests waiting for your decision",
    pagesHistory: "Pages of decided requests",
    columns: {
      partner: "Partner",
      products: "Workloads or subscriptions",
      outcome: "Outcome",
      submitted: "Submitted",
      actions: "Actions"
    }
  },
  request: {
    asks: "asks to be your partner of record for:",
    partnerId: "PartnerID",
    solutionArea: "Solution area",
    submitted: "Submitted",
    declineBy: "Decline by",
    vendorReview: "Vendor review",
    status: "Status",
    meaning:
      "If you do not decline, the association becomes official once the vendor approves it and this period has passed. The partner can then see usage data of these products to support you.",
    unknownProduct: "Unknown product",
    decline: "Decline",
    accept: "Accept now",
    endAssociation: "End association",
    declineTitle: "Decline the request of {{ partner }}?",
    declineBody:
      "{{ partner }} will not be associated with these products and will not see their usage data. The partner is told that you declined.",
    endTitle: "End the association with {{ partner }}?",
    endBody:
      "The association ends now: {{ partner }} no longer earns for these products or sees their usage data. The partner is told that you declined.",
    reason: "Reason",
    reasonHint: "The partner sees this.",
    declining: "Declining…",
    acceptTitle: "Accept the request of {{ partner }} now?",
    acceptBody:
      "You agree now instead of letting the decline period pass. The association becomes official once the vendor approves it. You can still end it later.",
    accepting: "Accepting…",
    declined: "You declined the request of {{ partner }}.",
    accepted: "You accepted the request of {{ partner }}.",
    outcomeOn: "on {{ date }}"
  },
  outcome: {
    waiting: "Waiting for your decision",
    declined: "Declined",
    accepted: "Accepted",
    lapsed: "Accepted (no reply)",
    rejected: "Rejected by the vendor",
    ended: "Ended",
    open: "Not decided yet"
  },
  claimStatus: {
    draft: "Draft",
    submitted: "Submitted",
    under_review: "Under review",
    partner_action_required: "Waiting for the partner",
    approved: "Approved",
    rejected: "Rejected",
    disputed: "Disputed",
    rejected_final: "Rejected (final)",
    ended: "Ended"
  },
  solutionAreas: {
    business_applications: "Business Applications",
    modern_work_security: "Modern Work and Security"
  },
  link: {
    title: "Association request",
    intro: "You opened this page from the email about a partner's request. No account is needed.",
    decidedDeclined: "This request was declined on {{ date }}. Nothing more to do.",
    decidedAccepted: "This request was accepted on {{ date }}.",
    decidedOther: "This request has been decided: {{ outcome }}.",
    expiredTitle: "This link has expired",
    expiredBody:
      "Links in these emails work for a limited time. Ask the partner who sent the request for a new one, or ask your organization's tenant admin to sign in to see and decline all requests.",
    invalidTitle: "This link does not work",
    invalidBody:
      "The link may be incomplete or changed. Open it again from the email (copy the whole address), or ask your organization's tenant admin to sign in to see and decline all requests.",
    signInInstead: "Sign in as tenant admin"
  },
  subscriptions: {
    title: "Subscriptions",
    intro:
      "Name the partner that helps you with a subscription as its partner of record. The partner is told, and only the partner named most recently counts.",
    caption: "Subscriptions of {{ tenant }} with their partner of record",
    empty: "Your tenant has no subscriptions in the directory.",
    emptyBody: "Subscriptions appear here once the vendor's directory lists them for your tenant.",
    product: "Product",
    id: "Subscription ID",
    channel: "Channel",
    state: "State",
    partnerOfRecord: "Partner of record",
    actions: "Actions",
    none: "None",
    since: "since {{ date }}",
    add: "Add partner",
    change: "Change partner",
    remove: "Remove partner",
    dialogAdd: "Add a partner of record for {{ product }}",
    dialogChange: "Change the partner of record for {{ product }}",
    dialogBody: "Enter the PartnerID the partner gave you. The partner is emailed.",
    dialogReplaces:
      "{{ partner }} is the partner of record now; the new partner replaces it and both are told.",
    partnerIdLabel: "PartnerID",
    partnerIdHint: "7 digits, e.g. 1000001",
    save: "Save partner of record",
    saving: "Saving…",
    saved: "{{ partner }} is now the partner of record for {{ product }}.",
    removeTitle: "Remove {{ partner }} as partner of record for {{ product }}?",
    removeBody: "{{ partner }} no longer counts as your partner for this subscription and is told by email.",
    removing: "Removing…",
    removed: "{{ product }} has no partner of record now.",
    unknownPartnerId:
      "There is no partner with PartnerID {{ partnerId }}. Check the number with your partner.",
    partnerIdFormat: "A PartnerID has 7 digits, e.g. 1000001."
  },
  channels: {
    volume_licensing: "Volume Licensing",
    web_direct: "Web Direct",
    csp: "Cloud Solution Provider"
  },
  states: {
    not_provisioned: "Not provisioned",
    active: "Active",
    grace: "Grace period",
    expired: "Expired"
  }
}

export type CustomerMessages = typeof en
