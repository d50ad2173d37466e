import type { UsersMessages } from "./en.ts"

export const hu: UsersMessages = {
  nav: "Felhasználók és szerepkörök",
  title: "Felhasználók és szerepkörök",
  intro:
    "Hívja meg a(z) {{ organization }} munkatársait, adjon nekik szerepköröket, és vonja vissza őket. Az ösztönzőszerepkörök telephelyenként érvényesek, a többi az egész szervezetre. A változások a felhasználó következő műveletétől érvényesek.",
  notAllowed: "A felhasználókat és szerepköröket csak a globális és a fiók-rendszergazdák kezelik.",
  listHeading: "Felhasználók",
  empty: "Még nincsenek felhasználók",
  emptyBody: "Hívja meg az első felhasználót a fenti gombbal.",
  you: "Ön",
  status: {
    active: "Aktív",
    pending: "Meghívás függőben",
    inactive: "Letiltva"
  },
  rolesHeading: "Szerepkörök",
  noRoles: "Még nincs szerepköre: a felhasználó semmit sem lát, amíg nem kap egyet.",
  roleAt: "{{ role }} · {{ location }}",
  organizationWide: "az egész szervezet",
  removeRole: "Eltávolítás",
  removeRoleLabel: "Eltávolítás: {{ role }}, {{ name }}",
  removeTitle: "Eltávolítja a(z) {{ role }} szerepkört tőle: {{ name }}?",
  removeBody:
    "{{ name }} a következő műveletétől elveszti, amit ez a szerepkör megenged, és e-mailben értesítést kap.",
  removed: "Szerepkör eltávolítva",
  giveRole: "Szerepkör adása",
  giveRoleTo: "Szerepkör adása: {{ name }}",
  assign: "Szerepkör adása",
  assigned: "Szerepkör megadva",
  assignedBody: "{{ name }} mostantól: {{ role }}.",
  role: "Szerepkör",
  location: "Telephely",
  locationHint: "Az ösztönzőszerepköröket telephelyenként (PartnerID) kell megadni.",
  chooseLocation: "Válasszon telephelyet",
  roleDescriptions: {
    global_admin: "Kezeli a felhasználókat és minden szerepkört; mindent lát a szervezetben.",
    account_admin: "Kezeli a felhasználókat és a szerepköröket, a banki és adóadatokat nem.",
    billing_admin: "Hibakereséshez látja az igényléseket és az ügyfél-hozzárendeléseket.",
    incentives_admin:
      "Regisztrálja a telephelyet, szerkeszti a banki és adóprofilokat, beküldi és kezeli az igényléseket.",
    incentives_user: "Látja a programokat, regisztrációkat és bevételeket; igénylésvázlatokat készít."
  },
  deactivate: "Letiltás",
  deactivateLabel: "Letiltás: {{ name }}",
  deactivateTitle: "Letiltja őt: {{ name }}?",
  deactivateBody:
    "{{ name }} azonnal kijelentkezik, és többé nem tud bejelentkezni. A szerepkörei nyilvántartásban maradnak; a fiók nem törlődik.",
  deactivated: "Felhasználó letiltva",
  invite: {
    open: "Felhasználó meghívása",
    heading: "Felhasználó meghívása",
    displayName: "Név",
    email: "E-mail-cím",
    emailHint: "Erre a címre megy a meghívó a jelszó beállítására szolgáló hivatkozással.",
    role: "Első szerepkör",
    submit: "Meghívó küldése",
    sent: "Meghívó elküldve",
    sentBody: "{{ email }} e-mailt kap egy hivatkozással a jelszó beállításához.",
    cancel: "Mégse"
  },
  errors: {
    last_global_admin:
      "Ő a szervezet utolsó globális rendszergazdája. Előbb tegyen meg valaki mást globális rendszergazdának.",
    global_admin_only:
      "Csak globális rendszergazda adhatja meg vagy vonhatja vissza a globális rendszergazdai szerepkört, illetve tilthat le globális rendszergazdát.",
    email_in_use: "Ez a cím már a szervezete egyik felhasználójáé.",
    invalid_email: "Adjon meg érvényes e-mail-címet, pl. nev@example.com.",
    invalid_role:
      "Ez a szerepkör így nem adható meg: az ösztönzőszerepkörökhöz telephely kell, a többihez nem.",
    missing_location: "Válassza ki a szerepkör telephelyét.",
    not_found: "Ez a felhasználó vagy telephely már nem létezik. Töltse be újra az oldalt.",
    displayName: "Adja meg a személy nevét (legfeljebb 200 karakter)."
  }
}
