import type { RoleName } from "@openpor/api-client"

/** Strings shared by the three apps. English is the reference: every other language has the same keys. */
export const en = {
  common: {
    loading: "Loading…",
    retry: "Try again",
    refresh: "Refresh",
    back: "Back",
    cancel: "Cancel",
    close: "Close",
    working: "Working…",
    optional: "optional"
  },
  data: {
    loadFailed: "This could not be loaded.",
    empty: "Nothing here yet."
  },
  pager: {
    label: "Pages",
    previous: "Previous page",
    next: "Next page",
    page: "Page {{ page }}"
  },
  form: {
    fixErrors: "Correct the highlighted fields and try again.",
    required: "Fill in this field."
  },
  toast: {
    region: "Notifications",
    dismiss: "Dismiss notification"
  },
  deadline: {
    daysLeft: {
      one: "{{ count }} business day left",
      few: "{{ count }} business days left",
      many: "{{ count }} business days left",
      other: "{{ count }} business days left"
    },
    lastDay: "Last business day",
    passed: "Deadline passed"
  },
  language: {
    label: "Language"
  },
  shell: {
    skipToContent: "Skip to main content",
    signedInAs: "Signed in as {{ name }}",
    signOut: "Sign out",
    signingOut: "Signing out…",
    mainNavigation: "Main navigation"
  },
  signIn: {
    title: "Sign in",
    intro: "Sign in with your OpenPOR account.",
    email: "Email address",
    password: "Password",
    submit: "Sign in",
    submitting: "Signing in…",
    emailRequired: "Enter your email address.",
    passwordRequired: "Enter your password.",
    invalidCredentials: "The email address or password is incorrect.",
    tooManyAttempts: "Too many failed sign-in attempts. Wait a few minutes, then try again.",
    signedOut: "You have signed out.",
    sessionExpired: "Your session has ended. Sign in again to continue.",
    sso: {
      or: "or",
      open: "Sign in with your organization (SSO)",
      email: "Work email address",
      hint: "Your organization’s sign-in page opens next. Your OpenPOR administrator must have set it up for your email domain.",
      submit: "Continue",
      submitting: "Opening your organization’s sign-in…",
      emailInvalid: "Enter an email address such as name@company.com."
    }
  },
  errors: {
    network: "The server cannot be reached. Check your connection and try again.",
    unexpected: "Something went wrong ({{ code }}). Try again.",
    forbidden: "You do not have permission to do this.",
    notFound: "This no longer exists, or you may not see it.",
    conflict: "This has changed in the meantime. Reload the page and try again.",
    loadSession: "Your account could not be loaded."
  },
  mailbox: {
    title: "Dev mailbox",
    intro:
      "Emails the system has sent while no SMTP server is configured. The dev mailbox exists only outside production.",
    list: "Emails",
    empty: "No emails yet.",
    unavailable: "The dev mailbox is not available on this server.",
    to: "To",
    sent: "Sent",
    subject: "Subject",
    noSubject: "(no subject)",
    backToList: "Back to all emails"
  },
  notFound: {
    title: "Page not found",
    body: "The page you opened does not exist.",
    home: "Go to the start page"
  },
  roles: {
    global_admin: "Global admin",
    account_admin: "Account admin",
    incentives_admin: "Incentives admin",
    incentives_user: "Incentives user",
    billing_admin: "Billing admin",
    tenant_admin: "Tenant admin",
    reviewer: "Reviewer",
    operator: "Operator",
    auditor: "Auditor"
  } satisfies Record<RoleName, string>,
  userKinds: {
    partner: "Partner",
    customer: "Customer",
    vendor: "Vendor"
  }
}

export type SharedMessages = typeof en
