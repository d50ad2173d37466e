/** Home-page notifications (SPEC §3): strings in English, the reference language. */
export const en = {
  title: "Notifications",
  loading: "Loading notifications…",
  loadFailed: "The notifications could not be loaded.",
  empty: "No new notifications. Invitations you have opened stay on the Incentives overview.",
  invitation: "{{ location }} (PartnerID {{ partnerId }}) is invited to enroll in {{ program }}.",
  invitedOn: "Invited on {{ date }}",
  open: "Open the invitation",
  openLabel: "Open the invitation to {{ program }} for {{ location }}",
  overview: "All enrollments are on the Incentives overview."
}

export type NotificationMessages = typeof en
