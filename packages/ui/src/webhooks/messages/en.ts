/**
 * Strings of the webhook settings (partner portal's organization settings, reviewer console's operations);
 * English is the reference. Event types are keyed by `eventKey` (the type with "_" for "."), one entry per
 * value of the client's WEBHOOK_EVENT_TYPES.
 */
export const en = {
  title: "Webhooks",
  intro: {
    organization:
      "Webhooks send events about your organization's claims, enrollments and partner-of-record changes to your own systems as signed HTTPS requests (Standard Webhooks). You only ever receive events about your own organization.",
    vendor:
      "Vendor-wide endpoints receive the chosen events of every partner organization as signed HTTPS requests (Standard Webhooks)."
  },
  list: {
    heading: "Endpoints",
    caption: "Webhook endpoints",
    add: "Add endpoint",
    empty: "No endpoints yet",
    emptyManage: "Add an endpoint to receive events in your own systems.",
    emptyRead: "No one has added an endpoint yet.",
    url: "URL",
    events: "Events",
    status: "Status",
    description: "Description",
    allEvents: "All events",
    added: "Endpoint added"
  },
  status: {
    enabled: "Enabled",
    disabled: "Disabled",
    enabledFailing: "Enabled, failing since {{ date }}",
    failingSince: "Disabled: failing since {{ date }}"
  },
  form: {
    addHeading: "Add an endpoint",
    editHeading: "Edit the endpoint",
    url: "Endpoint URL",
    urlHint:
      "Where OpenPOR sends events. It must start with https:// (http://localhost or http://127.0.0.1 only while testing).",
    description: "Description",
    descriptionHint: "What receives the events, e.g. “CRM sync”.",
    events: "Events to send",
    eventsHint: "Only the events you choose are sent to this endpoint.",
    selectAll: "Select all events",
    create: "Add endpoint",
    save: "Save changes",
    cancel: "Cancel"
  },
  errors: {
    webhook_url_not_allowed:
      "This address is not allowed: use https:// (http:// only for localhost or 127.0.0.1 while testing).",
    url: "Enter a complete address, e.g. https://example.com/webhooks.",
    events: "Choose at least one event.",
    description: "The description is too long (up to 500 characters).",
    version_conflict: "Someone changed this endpoint in the meantime. Reload the page and try again."
  },
  secret: {
    createdTitle: "Endpoint added: copy its signing secret",
    rotatedTitle: "New signing secret: copy it now",
    warning:
      "This secret is shown only once. Store it in your receiver's configuration now: it cannot be shown again. If you lose it, rotate the secret.",
    usage: "Your receiver checks the signature of every event with this secret (webhook-signature header).",
    label: "Signing secret",
    copy: "Copy secret",
    copied: "Secret copied",
    copyFailed: "Copying was not allowed by the browser: select the secret and copy it yourself.",
    done: "I have stored the secret"
  },
  endpoint: {
    back: "All endpoints",
    title: "Webhook endpoint",
    description: "Description",
    noDescription: "No description",
    events: "Events",
    secret: "Signing secret",
    createdAt: "Added",
    updatedAt: "Last changed",
    failing:
      "OpenPOR stopped sending to this endpoint after it failed since {{ date }}. Fix the receiver, then enable the endpoint again.",
    failingEnabled:
      "Deliveries to this endpoint have failed since {{ date }}. OpenPOR keeps retrying; an endpoint that fails for days is disabled.",
    manual: "This endpoint is disabled: no events are sent to it until it is enabled again.",
    edit: "Edit",
    saved: "Endpoint saved",
    enable: "Enable",
    enabled: "Endpoint enabled",
    disable: "Disable",
    disableTitle: "Disable this endpoint?",
    disableBody:
      "No events are sent to {{ url }} until you enable it again. Events in the meantime are not sent later.",
    disabled: "Endpoint disabled",
    rotate: "Rotate secret",
    rotateTitle: "Rotate the signing secret?",
    rotateBody:
      "The current secret stops working at once: events are signed with the new one from now on. Update your receiver right after.",
    delete: "Delete",
    deleteTitle: "Delete this endpoint?",
    deleteBody: "{{ url }} receives no more events and its delivery log is deleted. This cannot be undone.",
    deleted: "Endpoint deleted",
    sendTest: "Send test event",
    testSent: "Test event sent",
    testSentBody: "It appears in the deliveries below."
  },
  deliveries: {
    heading: "Deliveries",
    caption: "Deliveries to this endpoint, newest first",
    filter: "Show",
    all: "All deliveries",
    refresh: "Refresh",
    event: "Event",
    status: "Status",
    attempts: "Attempts",
    lastStatusCode: "Last response",
    time: "Created",
    open: "Details",
    openLabel: "Details of {{ event }} at {{ time }}",
    none: "—",
    empty: "No deliveries yet",
    emptyBody: "Send a test event to see how your receiver answers.",
    emptyFiltered: "No deliveries with this status.",
    pages: "Pages of deliveries"
  },
  deliveryStatus: {
    pending: "Pending",
    succeeded: "Succeeded",
    failed: "Failed"
  },
  delivery: {
    title: "Webhook delivery",
    back: "Back to the endpoint",
    id: "Delivery ID (webhook-id)",
    attempts: "Attempts",
    createdAt: "Created",
    nextAttemptAt: "Next attempt",
    payload: "Payload",
    payloadLabel: "The JSON body that was sent",
    attemptLog: "Attempts",
    attemptCaption: "Each attempt to send this delivery, oldest first",
    at: "Time",
    statusCode: "Status code",
    duration: "Duration",
    durationValue: "{{ ms }} ms",
    response: "Response",
    error: "Error",
    noResponse: "No response",
    noAttempts: "Not sent yet.",
    redeliver: "Redeliver",
    redeliverTitle: "Send this event again?",
    redeliverBody:
      "The same event with the same webhook-id is sent to the endpoint now; your receiver may have seen it before.",
    redelivered: "Sent again",
    redeliveredBody: "The new attempt appears in the log."
  },
  events: {
    claim_status_changed: {
      label: "Claim status changed",
      description: "A claim was submitted, approved, rejected, disputed or otherwise changed its status."
    },
    claim_consent_changed: {
      label: "Customer consent changed",
      description: "The customer accepted or declined the association, or the consent window lapsed."
    },
    claim_arbitration_joined: {
      label: "Claim joined arbitration",
      description:
        "A claim competes with another one for the same workload and is now in an arbitration case."
    },
    claim_case_resolved: {
      label: "Arbitration case resolved",
      description: "The reviewer decided an arbitration case the claim was part of."
    },
    enrollment_state_changed: {
      label: "Enrollment state changed",
      description: "A location's enrollment in a program became active, needs action, or ended."
    },
    dpor_added: {
      label: "Partner of record added",
      description: "A customer named the partner as digital partner of record for a subscription."
    },
    dpor_removed: {
      label: "Partner of record removed",
      description: "A customer removed the partner as digital partner of record for a subscription."
    },
    endpoint_test: {
      label: "Test event",
      description: "Sent only by the “Send test event” button."
    }
  }
}

export type WebhooksMessages = typeof en
