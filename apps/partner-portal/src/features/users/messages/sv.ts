import type { UsersMessages } from "./en.ts"

export const sv: UsersMessages = {
  nav: "Användare och roller",
  title: "Användare och roller",
  intro:
    "Bjud in personerna i {{ organization }}, ge dem roller och ta bort roller. Incitamentsroller ges per plats; övriga roller gäller hela organisationen. Ändringar gäller från användarens nästa åtgärd.",
  notAllowed: "Endast globala administratörer och kontoadministratörer hanterar användare och roller.",
  listHeading: "Användare",
  empty: "Inga användare ännu",
  emptyBody: "Bjud in den första användaren med knappen ovan.",
  you: "du",
  status: {
    active: "Aktiv",
    pending: "Inbjudan väntar",
    inactive: "Inaktiverad"
  },
  rolesHeading: "Roller",
  noRoles: "Inga roller ännu: användaren ser ingenting förrän hen får en.",
  roleAt: "{{ role }} · {{ location }}",
  organizationWide: "hela organisationen",
  removeRole: "Ta bort",
  removeRoleLabel: "Ta bort {{ role }} från {{ name }}",
  removeTitle: "Ta bort {{ role }} från {{ name }}?",
  removeBody: "{{ name }} förlorar det som rollen tillåter från nästa åtgärd och informeras via e-post.",
  removed: "Rollen har tagits bort",
  giveRole: "Ge en roll",
  giveRoleTo: "Ge en roll till {{ name }}",
  assign: "Ge roll",
  assigned: "Rollen har getts",
  assignedBody: "{{ name }} är nu {{ role }}.",
  role: "Roll",
  location: "Plats",
  locationHint: "Incitamentsroller ges per plats (PartnerID).",
  chooseLocation: "Välj en plats",
  roleDescriptions: {
    global_admin: "Hanterar användare och alla roller; ser allt i organisationen.",
    account_admin: "Hanterar användare och roller, men inte bank- och skatteuppgifter.",
    billing_admin: "Ser anspråk och kundkopplingar för felsökning.",
    incentives_admin:
      "Registrerar platsen, redigerar bank- och skatteprofiler, skickar in och hanterar anspråk.",
    incentives_user: "Ser program, registreringar och intäkter; skapar utkast till anspråk."
  },
  deactivate: "Inaktivera",
  deactivateLabel: "Inaktivera {{ name }}",
  deactivateTitle: "Inaktivera {{ name }}?",
  deactivateBody:
    "{{ name }} loggas ut direkt och kan inte längre logga in. Rollerna finns kvar i historiken; kontot tas inte bort.",
  deactivated: "Användaren har inaktiverats",
  invite: {
    open: "Bjud in en användare",
    heading: "Bjud in en användare",
    displayName: "Namn",
    email: "E-postadress",
    emailHint: "Inbjudan med en länk för att välja lösenord skickas till den här adressen.",
    role: "Första roll",
    submit: "Skicka inbjudan",
    sent: "Inbjudan har skickats",
    sentBody: "{{ email }} får ett e-postmeddelande med en länk för att välja lösenord.",
    cancel: "Avbryt"
  },
  errors: {
    last_global_admin:
      "Det här är organisationens sista globala administratör. Gör någon annan till global administratör först.",
    global_admin_only:
      "Endast en global administratör kan ge eller ta bort rollen global administratör eller inaktivera en global administratör.",
    email_in_use: "Adressen tillhör redan en användare i din organisation.",
    invalid_email: "Ange en giltig e-postadress, t.ex. namn@example.com.",
    invalid_role: "Rollen kan inte ges så här: incitamentsroller kräver en plats, övriga ingen.",
    missing_location: "Välj plats för rollen.",
    not_found: "Användaren eller platsen finns inte längre. Ladda om sidan.",
    displayName: "Ange personens namn (högst 200 tecken)."
  }
}
