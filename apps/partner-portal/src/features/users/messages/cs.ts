import type { UsersMessages } from "./en.ts"

export const cs: UsersMessages = {
  nav: "Uživatelé a role",
  title: "Uživatelé a role",
  intro:
    "Pozvěte lidi z organizace {{ organization }}, přidělte jim role a role jim odeberte. Pobídkové role se přidělují pro jednotlivá místa, ostatní platí pro celou organizaci. Změny platí od další akce uživatele.",
  notAllowed: "Uživatele a role spravují jen globální správci a správci účtu.",
  listHeading: "Uživatelé",
  empty: "Zatím žádní uživatelé",
  emptyBody: "Pozvěte prvního uživatele tlačítkem výše.",
  you: "vy",
  status: {
    active: "Aktivní",
    pending: "Pozvánka čeká",
    inactive: "Deaktivován"
  },
  rolesHeading: "Role",
  noRoles: "Zatím žádné role: uživatel nic neuvidí, dokud nějakou nedostane.",
  roleAt: "{{ role }} · {{ location }}",
  organizationWide: "celá organizace",
  removeRole: "Odebrat",
  removeRoleLabel: "Odebrat roli {{ role }} uživateli {{ name }}",
  removeTitle: "Odebrat roli {{ role }} uživateli {{ name }}?",
  removeBody: "{{ name }} od své další akce ztratí, co tato role umožňuje, a dostane o tom e-mail.",
  removed: "Role odebrána",
  giveRole: "Přidělit roli",
  giveRoleTo: "Přidělit roli uživateli {{ name }}",
  assign: "Přidělit roli",
  assigned: "Role přidělena",
  assignedBody: "{{ name }} má nyní roli {{ role }}.",
  role: "Role",
  location: "Místo",
  locationHint: "Pobídkové role se přidělují pro jednotlivá místa (PartnerID).",
  chooseLocation: "Vyberte místo",
  roleDescriptions: {
    global_admin: "Spravuje uživatele a všechny role; vidí vše v organizaci.",
    account_admin: "Spravuje uživatele a role, ale ne bankovní a daňové údaje.",
    billing_admin: "Vidí nároky a přiřazení zákazníků kvůli řešení problémů.",
    incentives_admin: "Registruje místo, upravuje bankovní a daňové profily, podává a spravuje nároky.",
    incentives_user: "Vidí programy, registrace a výnosy; připravuje koncepty nároků."
  },
  deactivate: "Deaktivovat",
  deactivateLabel: "Deaktivovat: {{ name }}",
  deactivateTitle: "Deaktivovat uživatele {{ name }}?",
  deactivateBody:
    "{{ name }} bude okamžitě odhlášen a už se nebude moci přihlásit. Role zůstanou zaznamenány; účet se nesmaže.",
  deactivated: "Uživatel deaktivován",
  invite: {
    open: "Pozvat uživatele",
    heading: "Pozvat uživatele",
    displayName: "Jméno",
    email: "E-mailová adresa",
    emailHint: "Na tuto adresu přijde pozvánka s odkazem na nastavení hesla.",
    role: "První role",
    submit: "Odeslat pozvánku",
    sent: "Pozvánka odeslána",
    sentBody: "{{ email }} dostane e-mail s odkazem na nastavení hesla.",
    cancel: "Zrušit"
  },
  errors: {
    last_global_admin:
      "Toto je poslední globální správce organizace. Nejprve udělejte globálním správcem někoho jiného.",
    global_admin_only:
      "Roli globálního správce může přidělit nebo odebrat a globálního správce deaktivovat jen globální správce.",
    email_in_use: "Tato adresa už patří uživateli vaší organizace.",
    invalid_email: "Zadejte platnou e-mailovou adresu, např. jmeno@example.com.",
    invalid_role: "Tuto roli nelze takto přidělit: pobídkové role potřebují místo, ostatní žádné.",
    missing_location: "Vyberte místo pro tuto roli.",
    not_found: "Tento uživatel nebo místo už neexistuje. Načtěte stránku znovu.",
    displayName: "Zadejte jméno osoby (nejvýše 200 znaků)."
  }
}
