/** Users and roles strings; English is the reference. */
export const en = {
  nav: "Users and roles",
  title: "Users and roles",
  intro:
    "Invite the people of {{ organization }}, give them roles and take roles away. Incentive roles are given per location; the other roles apply to the whole organization. Changes apply from the user's next action.",
  notAllowed: "Only Global admins and Account admins manage users and roles.",
  listHeading: "Users",
  empty: "No users yet",
  emptyBody: "Invite the first user with the button above.",
  you: "you",
  status: {
    active: "Active",
    pending: "Invitation pending",
    inactive: "Deactivated"
  },
  rolesHeading: "Roles",
  noRoles: "No roles yet: this user sees nothing until given one.",
  roleAt: "{{ role }} · {{ location }}",
  organizationWide: "whole organization",
  removeRole: "Remove",
  removeRoleLabel: "Remove {{ role }} from {{ name }}",
  removeTitle: "Remove {{ role }} from {{ name }}?",
  removeBody: "{{ name }} loses what this role allows from their next action and is told by email.",
  removed: "Role removed",
  giveRole: "Give a role",
  giveRoleTo: "Give a role to {{ name }}",
  assign: "Give role",
  assigned: "Role given",
  assignedBody: "{{ name }} is now {{ role }}.",
  role: "Role",
  location: "Location",
  locationHint: "Incentive roles are given per location (PartnerID).",
  chooseLocation: "Choose a location",
  roleDescriptions: {
    global_admin: "Manages users and every role; sees everything in the organization.",
    account_admin: "Manages users and roles, but not bank and tax data.",
    billing_admin: "Sees claims and customer associations for troubleshooting.",
    incentives_admin: "Enrolls the location, edits bank and tax profiles, submits and manages claims.",
    incentives_user: "Sees programs, enrollments and earnings; drafts claims."
  },
  deactivate: "Deactivate",
  deactivateLabel: "Deactivate {{ name }}",
  deactivateTitle: "Deactivate {{ name }}?",
  deactivateBody:
    "{{ name }} is signed out at once and can no longer sign in. Their roles stay recorded; the account is not deleted.",
  deactivated: "User deactivated",
  invite: {
    open: "Invite a user",
    heading: "Invite a user",
    displayName: "Name",
    email: "Email address",
    emailHint: "The invitation with a link to set a password goes to this address.",
    role: "First role",
    submit: "Send invitation",
    sent: "Invitation sent",
    sentBody: "{{ email }} gets an email with a link to set a password.",
    cancel: "Cancel"
  },
  errors: {
    last_global_admin: "This is the organization's last Global admin. Make someone else Global admin first.",
    global_admin_only:
      "Only a Global admin can give or take the Global admin role, or deactivate a Global admin.",
    email_in_use: "This address is already a user of your organization.",
    invalid_email: "Enter a valid email address, e.g. name@example.com.",
    invalid_role: "This role cannot be given like this: incentive roles need a location, the others none.",
    missing_location: "Choose the location for this role.",
    not_found: "This user or location no longer exists. Reload the page.",
    displayName: "Enter the person's name (up to 200 characters)."
  }
}

export type UsersMessages = typeof en
