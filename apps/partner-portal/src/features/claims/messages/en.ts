/** Claim wizard, claims list and claim detail strings; English is the reference. */
export const en = {
  nav: "Claims",
  statuses: {
    draft: "Draft",
    submitted: "Submitted",
    under_review: "Under review",
    partner_action_required: "Action required",
    approved: "Approved",
    rejected: "Rejected",
    disputed: "Disputed",
    rejected_final: "Rejected (final)",
    ended: "Ended"
  },
  consentStates: {
    awaiting_response: "Awaiting the customer's response",
    accepted: "Accepted by the customer",
    declined: "Declined by the customer",
    lapsed: "No response in time: deemed accepted",
    none: "Not asked yet: the customer contact is emailed when you submit"
  },
  areas: {
    business_applications: "Business Applications",
    modern_work_security: "Modern Work and Security"
  },
  areaHints: {
    business_applications: "Dynamics 365 products, claimed by subscription ID.",
    modern_work_security: "Microsoft 365 and security workloads of the customer's tenant."
  },
  roles: {
    build_intent_advisor: "Build intent – Advisor",
    usage_recognition: "Usage recognition – non-incentivized",
    influenced_revenue: "Influenced revenue recognition – non-incentivized",
    use_or_consume: "Use or consume"
  },
  roleExplanations: {
    build_intent_advisor:
      "Choose this if you influenced the customer's purchase of an eligible product and want to apply for presales incentives. Only for products bought through a volume licensing agreement or Web Direct.",
    usage_recognition:
      "Choose this if you drive the customer's adoption and usage of an eligible workload. Only for products bought through a volume licensing agreement or Web Direct.",
    influenced_revenue:
      "Choose this if you influenced the choice of an eligible product as a business influencer. For revenue association only, never for incentive payments. Only for products bought through a volume licensing agreement or Web Direct.",
    use_or_consume:
      "Choose this if you drive the adoption and usage of an eligible workload and want to apply for usage incentives."
  },
  list: {
    title: "Customer claims",
    intro: "Your claims to be partner of record for customers' workloads and subscriptions, newest first.",
    newClaim: "New claim",
    status: "Status",
    allStatuses: "All statuses",
    search: "Claim name or tenant ID",
    filters: "Filter claims",
    searchButton: "Search",
    clear: "Clear",
    caption: "Claims",
    columns: {
      name: "Claim",
      status: "Status",
      partnerId: "PartnerID",
      customer: "Customer tenant",
      role: "Partner role",
      due: "Your deadline",
      updated: "Last change"
    },
    empty: "No claims yet",
    emptyBodyViewer: "Your organization's Incentives admins and users create claims; they appear here.",
    emptyBody:
      "Create a claim to associate a customer's workloads or subscriptions with one of your locations.",
    noMatch: "No claims match",
    noMatchBody: "Try another status or search text, or clear the filters."
  },
  wizard: {
    titleNew: "New claim",
    titleEdit: "Edit claim",
    progress: "Step {{ step }} of {{ total }}",
    steps: {
      area: "Solution area",
      role: "Partner role",
      details: "Customer and PartnerID",
      products: "Products",
      contacts: "Contacts",
      review: "Review"
    },
    next: "Next",
    back: "Back",
    cancel: "Cancel",
    savedLocally: "What you type is saved on this device until you create the draft.",
    restored: "We restored the claim you started earlier.",
    startOver: "Start over",
    savedLocallyEdit: "Your changes are saved on this device until you save them to the claim.",
    restoredEdit: "We restored the changes you had not saved yet.",
    discardChanges: "Discard my changes",
    areaLegend: "Which solution area is the claim for?",
    roleLegend: "Which activity did you perform for the customer?",
    roleHint:
      "A claim with the wrong partner role can forfeit eligibility and incentive earnings. Choose the role whose description fits.",
    name: "Claim name",
    nameHint: "A name you choose, e.g. the customer and the project.",
    partnerIdLegend: "Claiming PartnerID",
    partnerIdHint:
      "Only locations enrolled in {{ program }} can claim with this role. If you are unsure which PartnerID to use, ask your global admin.",
    enrolledIn: "Enrolled in {{ program }}",
    whyInvited:
      "Invited to {{ program }} but not enrolled yet: an Incentives admin accepts the invitation on the Incentives page.",
    whyEnrolling: "The enrollment in {{ program }} is not complete yet.",
    whyNotEnrolled: "Not enrolled in {{ program }}.",
    whyNoRole: "You have no Incentives role at this location.",
    noEnrolledLocation:
      "None of your locations is enrolled in {{ program }}. Enroll a location on the Incentives page first, or choose another partner role.",
    noIncentivesRole:
      "You have no Incentives role at any location, so you cannot file claims. A global admin can give you the Incentives admin or user role of a location.",
    tenantId: "Customer tenant ID",
    tenantIdHint:
      "The customer's directory (tenant) ID, a GUID such as 11111111-1111-4111-8111-111111111111.",
    domain: "Customer domain",
    domainHint: "A verified domain of that tenant, e.g. contoso.onmicrosoft.com.",
    optOut: "Opt out of incentive payments for this claim",
    optOutHint: "The association is recorded, but you earn no incentive for it.",
    workloadsLegend: "Workloads the customer uses",
    workloadsHint: "Choose every workload whose adoption you drive. You may choose more than four.",
    subscriptions: "Subscription IDs",
    subscriptionsHint:
      "One Dynamics 365 subscription ID per line (a GUID), bought through volume licensing or Web Direct.",
    revenueHeading: "Revenue association",
    sellerName: "Dynamics solution seller name",
    customerName: "Customer name",
    isvProductName: "ISV product or solution name",
    customerContact: "Customer contact",
    customerContactHint:
      "When you submit, we email this person a link to approve or decline the association. All fields are required.",
    partnerContact: "Your contact",
    contactName: "Name",
    contactTitle: "Job title",
    contactEmail: "Email",
    contactLanguage: "Language of the contact's emails",
    contactLanguageHint:
      "The consent request and every later email to the customer contact are written in this language.",
    reviewIntro: "Check the details. Change any section with its Edit link before you create the draft.",
    edit: "Edit",
    editSection: "Edit {{ section }}",
    optedOut: "Opted out of incentive payments",
    notOptedOut: "Incentive payments requested",
    create: "Create draft",
    creating: "Creating…",
    save: "Save changes",
    saving: "Saving…",
    created: "Draft created",
    createdBody: "Next: upload the proof of execution and submit the claim.",
    savedChanges: "Changes saved",
    required: "Fill in this field.",
    chooseArea: "Choose a solution area.",
    chooseRole: "Choose a partner role.",
    choosePartnerId: "Choose the PartnerID that claims.",
    chooseWorkload: "Choose at least one workload.",
    addSubscription: "Add at least one subscription ID.",
    invalidEmail: "Enter an email address such as name@example.com.",
    stepProblems: "Correct the marked fields.",
    fromSubmission: "The last submission was refused for this step:"
  },
  detail: {
    allClaims: "All claims",
    summary: "Summary",
    status: "Status",
    partnerId: "PartnerID",
    tenant: "Customer tenant",
    domain: "Customer domain",
    area: "Solution area",
    role: "Partner role",
    workloads: "Workloads",
    subscriptions: "Subscriptions",
    incentives: "Incentive payments",
    optedOut: "Opted out",
    requested: "Requested",
    customerContact: "Customer contact",
    partnerContact: "Your contact",
    revenue: "Revenue association",
    created: "Created",
    submitted: "Submitted",
    consent: "Customer consent",
    consentState: "State",
    consentWindow: "The customer may decline until",
    official: "Official since",
    deadlines: "Deadlines",
    reviewStartBy: "Review starts by",
    partnerResponseBy: "Your answer is due by",
    disputeBy: "You may dispute until",
    disputeAnswerBy: "The dispute is decided by",
    noDeadlines: "No open deadlines.",
    arbitration: "Competing claim",
    arbitrationUnderReview:
      "Another partner claims the same customer workload or subscription. The reviewer compares the proofs of execution and may consult the current partner, which can take longer than 5 business days. You are told in the comments.",
    arbitrationInformation:
      "Another partner claims the same customer workload or subscription. The reviewer needs more information from you: see the comments.",
    arbitrationWon:
      "Another partner claimed the same customer workload or subscription. The review decided for your claim.",
    arbitrationLost:
      "Another partner claimed the same customer workload or subscription. The review decided for the other claim.",
    arbitrationDeadline: "Decision expected by",
    rejection: "Why the claim was rejected",
    rejectionReasons: {
      customer_declined: "The customer declined the association.",
      insufficient_poe: "The proof of execution was not sufficient.",
      missing_customer_consent_on_poe: "The proof of execution does not show the customer's consent.",
      missing_products: "The proof of execution does not name the claimed products.",
      poe_unavailable: "The proof of execution could not be opened.",
      no_partner_response: "No answer to the reviewer's request within 14 business days.",
      partner_request: "Ended at your request.",
      lost_arbitration: "Another partner's claim won the arbitration.",
      other: "Another reason (see the reviewer's note)."
    },
    rejectionText: "Reviewer's note",
    actions: "What you can do",
    editClaim: "Edit claim",
    noActions: "There is nothing to do on this claim right now.",
    incentivesUserNote:
      "Only an Incentives admin of the location can submit, dispute or disassociate this claim.",
    poe: "Proof of execution",
    poeIntro:
      "A document the customer signed, e.g. a statement of work. The newest valid proof wins when claims compete.",
    poeNone: "No document yet. Upload the proof of execution before you submit.",
    poeHidden: "{{ count }} documents (visible to the claiming organization only).",
    download: "Download",
    downloadNamed: "Download {{ name }}",
    template: "Download a POE template",
    templateHint:
      "A PDF pre-filled with this claim's customer, partner, role and products, for the customer to sign.",
    addNewer: "Add newer proof of execution",
    addNewerIntro:
      "Your association is approved. If another partner claims the same products, the most recent valid proof wins: add a newer signed document when you have one. The status does not change.",
    remove: "Remove",
    removeNamed: "Remove {{ name }}",
    removeTitle: "Remove {{ name }}?",
    removeBody: "The document is deleted from this claim. You can upload it again later.",
    removed: "{{ name }} removed",
    fileColumn: "File",
    sizeColumn: "Size",
    uploadedColumn: "Uploaded",
    dropHere: "Drag a file here, or",
    chooseFile: "Choose a file",
    fileTypes: "PDF, PNG, JPEG or Word (DOCX), up to 10 MB.",
    uploading: "Uploading {{ name }}: {{ percent }} %",
    uploaded: "{{ name }} uploaded",
    uploadTooLarge: "{{ name }} is larger than 10 MB. Upload a smaller file, e.g. a compressed PDF.",
    uploadUnsupported:
      "{{ name }} is not a PDF, PNG, JPEG or Word (DOCX) document. Save it in one of these formats and upload it again.",
    uploadFailed: "{{ name }} was not uploaded: {{ reason }}",
    submit: "Submit claim",
    resubmit: "Resubmit claim",
    submitTitle: "Submit this claim?",
    submitBody:
      "We email the customer contact ({{ email }}) a link to approve or decline the association. After submission you cannot edit the claim unless the reviewer asks for more information.",
    resubmitTitle: "Resubmit this claim?",
    resubmitBody: "The reviewer sees your changes and answers. You cannot edit the claim again unless asked.",
    acknowledgements: "Acknowledgements",
    acknowledgementsIntro: "Confirm each statement to submit the claim.",
    acknowledgementsMissing: "Tick every statement to submit the claim.",
    acknowledgementsConfirmed: "Confirmed at submission:",
    /** The default statements of every program (SPEC §5), shown in the user's language while unchanged. */
    statements: {
      poe_signed_by_customer: "The proof of execution is signed by the customer.",
      information_accurate: "The information in this claim is accurate, and the claim may be audited.",
      wrong_role_forfeits_incentives: "A wrong partner role or PartnerID can forfeit incentives."
    },
    submitting: "Submitting…",
    submitted_: "Claim submitted",
    resubmitted: "Claim resubmitted",
    submitNeedsPoe: "Upload the proof of execution first.",
    problems: "Fix these before you submit",
    problemsIntro: "The claim was not submitted. Each problem is listed with the step where you can fix it.",
    fixIn: "Fix in step “{{ step }}”",
    uploadBelow: "Upload it below",
    dispute: "Dispute the rejection",
    disputeTitle: "Dispute this rejection?",
    disputeBody:
      "You can dispute a rejection once, until {{ deadline }}. A reviewer looks at the claim again; explain why the decision should change.",
    disputeReason: "Why should the decision change?",
    disputeConfirm: "Dispute",
    disputed: "Dispute sent",
    disassociate: "Disassociate",
    disassociateTitle: "End this association?",
    disassociateBody:
      "The association with the customer ends for good (rejected, final) and you earn nothing more from it. This cannot be undone.",
    disassociateReason: "Reason for ending the association",
    disassociateConfirm: "End association",
    disassociated: "Association ended",
    reasonRequired: "Give a reason.",
    comments: "Comments",
    commentsNone: "No comments yet. The reviewer asks here when more information is needed.",
    commentLabel: "Add a comment",
    commentSend: "Post comment",
    commentSent: "Comment posted",
    systemNotice: "Notice from OpenPOR",
    notices: {
      arbitration:
        "This claim is now part of an arbitration case: another partner also claims, or already holds, some of the same workloads or subscriptions. The vendor compares every party's proof of execution and decides; the review may take longer than usual while the vendor consults the parties. If more information is needed, the reviewer asks you here in the comments."
    },
    olderComments: "Show older comments",
    olderCommentsLoading: "Loading older comments…",
    olderCommentsFailed: "The older comments could not be loaded.",
    olderCommentsLoaded: "Older comments shown: {{ count }}",
    authors: {
      partner: "Partner",
      vendor: "Reviewer",
      customer: "Customer",
      system: "System"
    },
    history: "History",
    historyNone: "Nothing recorded yet.",
    olderHistory: "Show earlier history",
    olderHistoryLoading: "Loading earlier history…",
    olderHistoryFailed: "The earlier history could not be loaded.",
    olderHistoryLoaded: "Earlier history entries shown: {{ count }}",
    statusChange: "{{ from }} → {{ to }}",
    by: "by {{ actor }}",
    events: {
      created: "Draft created",
      edit: "Claim edited",
      updated: "Claim edited",
      attach_poe: "Proof of execution uploaded",
      poe_attached: "Proof of execution uploaded",
      remove_poe: "Proof of execution removed",
      poe_removed: "Proof of execution removed",
      submit: "Submitted",
      submitted: "Submitted",
      resubmit: "Resubmitted",
      start_review: "Review started",
      assigned: "Reviewer assigned",
      approve: "Approved",
      approved: "Approved",
      reject: "Rejected",
      rejected: "Rejected",
      request_info: "More information requested",
      info_requested: "More information requested",
      no_partner_response: "Rejected: no answer in time",
      customer_decline: "Declined by the customer",
      customer_declined: "Declined by the customer",
      customer_accept: "Accepted by the customer",
      consent_request: "Customer asked for consent",
      official: "Association official",
      dispute: "Disputed",
      uphold_dispute: "Dispute upheld",
      reject_dispute: "Dispute rejected",
      rejected_final: "Rejected (final)",
      disassociate: "Disassociated",
      disassociated: "Disassociated",
      subscription_expired: "Subscription expired",
      ended: "Ended",
      superseded: "Superseded by another partner",
      commented: "Comment added",
      joined_arbitration: "Joined an arbitration case",
      win_arbitration: "Won the arbitration",
      other: "Recorded"
    }
  },
  problems: {
    domain_tenant_mismatch: {
      message: "The customer domain does not belong to the tenant ID.",
      todo: "Check the tenant ID and the domain with the customer."
    },
    product_not_in_tenant: {
      message: "A product or subscription is not in the customer's tenant: {{ item }}.",
      todo: "Claim only products the tenant uses; check the subscription and tenant ID with the customer."
    },
    subscription_not_business_applications: {
      message: "Subscription {{ item }} is not a Business Applications (Dynamics 365) product.",
      todo: "Enter the subscription ID of the customer's Dynamics 365 product."
    },
    subscription_is_csp: {
      message: "Subscription {{ item }} was bought through CSP (Cloud Solution Provider).",
      todo: "This partner role applies only to volume licensing or Web Direct purchases: remove the subscription or choose another role."
    },
    subscription_not_provisioned: {
      message: "Subscription {{ item }} is not provisioned or activated yet.",
      todo: "Ask the customer to activate the product, then submit again."
    },
    subscription_expired: {
      message: "Subscription {{ item }} has expired.",
      todo: "Claim the customer's current subscription in a new claim."
    },
    not_a_subscription_id: {
      message: "{{ item }} is not a subscription ID.",
      todo: "Enter the subscription ID, a GUID such as aaaaaaaa-0000-4000-8000-000000000001."
    },
    subscription_already_claimed: {
      message: "Your organization already holds or has an open claim on {{ item }}.",
      todo: "Remove it from this claim; see your existing claim instead."
    },
    location_not_enrolled: {
      message: "The PartnerID is not enrolled in the program of this partner role.",
      todo: "Choose an enrolled PartnerID, or enroll the location on the Incentives page first."
    },
    role_not_valid_for_solution_area: {
      message: "The partner role does not apply to the solution area.",
      todo: "Choose one of the roles listed for the solution area."
    },
    unknown_workload: {
      message: "{{ item }} is not a workload of the catalog.",
      todo: "Choose the workloads from the list."
    },
    missing_field: {
      message: "A required field is empty: {{ item }}.",
      todo: "Fill it in."
    },
    poe_required: {
      message: "The claim has no proof of execution.",
      todo: "Upload a document the customer signed, then submit again."
    },
    acknowledgements_required: {
      message: "Not every acknowledgement was confirmed.",
      todo: "Submit again and tick each statement."
    },
    unknown_partner_id: {
      message: "The PartnerID is not one of your organization's locations.",
      todo: "Choose one of your locations."
    },
    other: {
      message: "The claim was refused.",
      todo: "Check the details of this step."
    }
  },
  fields: {
    name: "Claim name",
    partnerId: "PartnerID",
    tenantId: "Customer tenant ID",
    customerDomain: "Customer domain",
    partnerRole: "Partner role",
    solutionArea: "Solution area",
    workloads: "Workloads",
    subscriptionIds: "Subscription IDs",
    customerContactName: "Customer contact name",
    customerContactTitle: "Customer contact job title",
    customerContactEmail: "Customer contact email",
    partnerContactName: "Your contact's name",
    partnerContactEmail: "Your contact's email",
    revenueSolutionSellerName: "Dynamics solution seller name",
    revenueCustomerName: "Customer name",
    revenueIsvProductName: "ISV product or solution name"
  }
}

export type ClaimMessages = typeof en
