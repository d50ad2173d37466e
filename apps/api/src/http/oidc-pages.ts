import type { Language, SsoApp, SsoFailureReason } from "@openpor/domain"

/**
 * The page a refused single sign-on shows (SPEC §12): the browser navigated to the API, so the answer is
 * a small HTML page in the user's language with what happened, what to do, and a link back to the app's
 * sign-in page — never a stack trace or a JSON error. Every reason has its text in every language (the
 * Record types make a missing one a compile error).
 */

interface PageTexts {
  readonly title: string
  readonly back: string
  readonly reasons: Record<SsoFailureReason, { readonly heading: string; readonly text: string }>
}

const ASK_ADMIN = {
  en: "Ask your organization's OpenPOR administrator to invite you, then sign in again.",
  de: "Bitten Sie die OpenPOR-Administration Ihrer Organisation, Sie einzuladen, und melden Sie sich dann erneut an.",
  hu: "Kérje meg szervezete OpenPOR-adminisztrátorát, hogy hívja meg Önt, majd jelentkezzen be újra.",
  sv: "Be din organisations OpenPOR-administratör att bjuda in dig och logga sedan in igen.",
  cs: "Požádejte správce OpenPOR ve vaší organizaci o pozvánku a pak se přihlaste znovu."
} as const

const TEXTS: Record<Language, PageTexts> = {
  en: {
    title: "Sign-in not completed",
    back: "Back to sign-in",
    reasons: {
      no_provider: {
        heading: "Single sign-on is not set up for this address",
        text: "No organization sign-in is configured for this email domain. Sign in with your email and password instead."
      },
      expired_flow: {
        heading: "This sign-in has expired",
        text: "The sign-in took too long or was started in another browser. Start it again from the sign-in page."
      },
      state_mismatch: {
        heading: "This sign-in could not be verified",
        text: "The answer from your organization's sign-in does not belong to the sign-in started in this browser. Nothing was changed; start again."
      },
      nonce_mismatch: {
        heading: "This sign-in could not be verified",
        text: "The identity token does not belong to the sign-in started in this browser. Nothing was changed; start again."
      },
      provider_error: {
        heading: "Your organization's sign-in did not succeed",
        text: "The identity provider refused or could not complete the sign-in. Try again; if it keeps failing, contact your administrator."
      },
      email_not_verified: {
        heading: "Your email address is not verified",
        text: "Your organization's sign-in did not confirm your email address, so OpenPOR cannot tell who you are. Contact your administrator."
      },
      domain_not_allowed: {
        heading: "This email domain may not sign in here",
        text: "Your organization's sign-in is not allowed for this email domain. Contact your administrator."
      },
      unknown_user: {
        heading: "You do not have an OpenPOR account yet",
        text: `Your organization's sign-in worked, but no OpenPOR user has your email address. ${ASK_ADMIN.en}`
      },
      not_member: {
        heading: "This account cannot sign in with this organization",
        text: `Your OpenPOR account belongs to another organization or is deactivated. ${ASK_ADMIN.en}`
      },
      identity_conflict: {
        heading: "This account is linked to another identity",
        text: "Your OpenPOR account is already linked to a different account of this identity provider. Contact your administrator."
      }
    }
  },
  de: {
    title: "Anmeldung nicht abgeschlossen",
    back: "Zurück zur Anmeldung",
    reasons: {
      no_provider: {
        heading: "Für diese Adresse ist keine Single Sign-On-Anmeldung eingerichtet",
        text: "Für diese E-Mail-Domain ist keine Anmeldung über Ihre Organisation eingerichtet. Melden Sie sich stattdessen mit E-Mail und Passwort an."
      },
      expired_flow: {
        heading: "Diese Anmeldung ist abgelaufen",
        text: "Die Anmeldung hat zu lange gedauert oder wurde in einem anderen Browser begonnen. Beginnen Sie sie erneut auf der Anmeldeseite."
      },
      state_mismatch: {
        heading: "Diese Anmeldung konnte nicht überprüft werden",
        text: "Die Antwort der Anmeldung Ihrer Organisation gehört nicht zu der in diesem Browser begonnenen Anmeldung. Es wurde nichts geändert; beginnen Sie erneut."
      },
      nonce_mismatch: {
        heading: "Diese Anmeldung konnte nicht überprüft werden",
        text: "Das Identitätstoken gehört nicht zu der in diesem Browser begonnenen Anmeldung. Es wurde nichts geändert; beginnen Sie erneut."
      },
      provider_error: {
        heading: "Die Anmeldung über Ihre Organisation ist fehlgeschlagen",
        text: "Der Identitätsanbieter hat die Anmeldung abgelehnt oder konnte sie nicht abschließen. Versuchen Sie es erneut; wenn es weiter fehlschlägt, wenden Sie sich an Ihre Administration."
      },
      email_not_verified: {
        heading: "Ihre E-Mail-Adresse ist nicht bestätigt",
        text: "Die Anmeldung Ihrer Organisation hat Ihre E-Mail-Adresse nicht bestätigt, daher kann OpenPOR Sie nicht zuordnen. Wenden Sie sich an Ihre Administration."
      },
      domain_not_allowed: {
        heading: "Diese E-Mail-Domain darf sich hier nicht anmelden",
        text: "Die Anmeldung Ihrer Organisation ist für diese E-Mail-Domain nicht freigegeben. Wenden Sie sich an Ihre Administration."
      },
      unknown_user: {
        heading: "Sie haben noch kein OpenPOR-Konto",
        text: `Die Anmeldung bei Ihrer Organisation hat funktioniert, aber kein OpenPOR-Benutzer hat Ihre E-Mail-Adresse. ${ASK_ADMIN.de}`
      },
      not_member: {
        heading: "Dieses Konto kann sich nicht über diese Organisation anmelden",
        text: `Ihr OpenPOR-Konto gehört zu einer anderen Organisation oder ist deaktiviert. ${ASK_ADMIN.de}`
      },
      identity_conflict: {
        heading: "Dieses Konto ist mit einer anderen Identität verknüpft",
        text: "Ihr OpenPOR-Konto ist bereits mit einem anderen Konto dieses Identitätsanbieters verknüpft. Wenden Sie sich an Ihre Administration."
      }
    }
  },
  hu: {
    title: "A bejelentkezés nem fejeződött be",
    back: "Vissza a bejelentkezéshez",
    reasons: {
      no_provider: {
        heading: "Ehhez a címhez nincs beállítva egyszeri bejelentkezés",
        text: "Ehhez az e-mail-tartományhoz nincs beállítva szervezeti bejelentkezés. Jelentkezzen be e-mail-címével és jelszavával."
      },
      expired_flow: {
        heading: "Ez a bejelentkezés lejárt",
        text: "A bejelentkezés túl sokáig tartott, vagy másik böngészőben kezdődött. Kezdje újra a bejelentkezési oldalon."
      },
      state_mismatch: {
        heading: "Ezt a bejelentkezést nem sikerült ellenőrizni",
        text: "A szervezeti bejelentkezés válasza nem az ebben a böngészőben indított bejelentkezéshez tartozik. Semmi sem változott; kezdje újra."
      },
      nonce_mismatch: {
        heading: "Ezt a bejelentkezést nem sikerült ellenőrizni",
        text: "Az azonosító token nem az ebben a böngészőben indított bejelentkezéshez tartozik. Semmi sem változott; kezdje újra."
      },
      provider_error: {
        heading: "A szervezeti bejelentkezés nem sikerült",
        text: "Az identitásszolgáltató elutasította vagy nem tudta befejezni a bejelentkezést. Próbálja újra; ha továbbra sem sikerül, forduljon az adminisztrátorhoz."
      },
      email_not_verified: {
        heading: "Az e-mail-címe nincs megerősítve",
        text: "A szervezeti bejelentkezés nem erősítette meg az e-mail-címét, ezért az OpenPOR nem tudja azonosítani Önt. Forduljon az adminisztrátorhoz."
      },
      domain_not_allowed: {
        heading: "Ezzel az e-mail-tartománnyal itt nem lehet bejelentkezni",
        text: "A szervezeti bejelentkezés ehhez az e-mail-tartományhoz nincs engedélyezve. Forduljon az adminisztrátorhoz."
      },
      unknown_user: {
        heading: "Még nincs OpenPOR-fiókja",
        text: `A szervezeti bejelentkezés sikerült, de egyetlen OpenPOR-felhasználónak sincs ilyen e-mail-címe. ${ASK_ADMIN.hu}`
      },
      not_member: {
        heading: "Ezzel a fiókkal nem lehet ezen a szervezeten keresztül bejelentkezni",
        text: `Az OpenPOR-fiókja másik szervezethez tartozik, vagy inaktiválták. ${ASK_ADMIN.hu}`
      },
      identity_conflict: {
        heading: "Ez a fiók másik identitáshoz van kapcsolva",
        text: "Az OpenPOR-fiókja már ennek az identitásszolgáltatónak egy másik fiókjához van kapcsolva. Forduljon az adminisztrátorhoz."
      }
    }
  },
  sv: {
    title: "Inloggningen slutfördes inte",
    back: "Tillbaka till inloggningen",
    reasons: {
      no_provider: {
        heading: "Enkel inloggning är inte konfigurerad för den här adressen",
        text: "Ingen organisationsinloggning är konfigurerad för den här e-postdomänen. Logga in med e-post och lösenord i stället."
      },
      expired_flow: {
        heading: "Inloggningen har gått ut",
        text: "Inloggningen tog för lång tid eller påbörjades i en annan webbläsare. Börja om från inloggningssidan."
      },
      state_mismatch: {
        heading: "Inloggningen kunde inte verifieras",
        text: "Svaret från organisationens inloggning hör inte till inloggningen som påbörjades i den här webbläsaren. Inget har ändrats; börja om."
      },
      nonce_mismatch: {
        heading: "Inloggningen kunde inte verifieras",
        text: "ID-token hör inte till inloggningen som påbörjades i den här webbläsaren. Inget har ändrats; börja om."
      },
      provider_error: {
        heading: "Inloggningen via din organisation misslyckades",
        text: "Identitetsleverantören nekade eller kunde inte slutföra inloggningen. Försök igen; kontakta din administratör om det fortsätter att misslyckas."
      },
      email_not_verified: {
        heading: "Din e-postadress är inte verifierad",
        text: "Organisationens inloggning bekräftade inte din e-postadress, så OpenPOR kan inte avgöra vem du är. Kontakta din administratör."
      },
      domain_not_allowed: {
        heading: "Den här e-postdomänen får inte logga in här",
        text: "Organisationens inloggning är inte tillåten för den här e-postdomänen. Kontakta din administratör."
      },
      unknown_user: {
        heading: "Du har inget OpenPOR-konto ännu",
        text: `Organisationens inloggning fungerade, men ingen OpenPOR-användare har din e-postadress. ${ASK_ADMIN.sv}`
      },
      not_member: {
        heading: "Det här kontot kan inte logga in via den här organisationen",
        text: `Ditt OpenPOR-konto tillhör en annan organisation eller är inaktiverat. ${ASK_ADMIN.sv}`
      },
      identity_conflict: {
        heading: "Kontot är kopplat till en annan identitet",
        text: "Ditt OpenPOR-konto är redan kopplat till ett annat konto hos den här identitetsleverantören. Kontakta din administratör."
      }
    }
  },
  cs: {
    title: "Přihlášení nebylo dokončeno",
    back: "Zpět na přihlášení",
    reasons: {
      no_provider: {
        heading: "Pro tuto adresu není nastaveno jednotné přihlášení",
        text: "Pro tuto e-mailovou doménu není nastaveno přihlášení přes organizaci. Přihlaste se raději e-mailem a heslem."
      },
      expired_flow: {
        heading: "Platnost tohoto přihlášení vypršela",
        text: "Přihlášení trvalo příliš dlouho nebo bylo zahájeno v jiném prohlížeči. Začněte znovu na přihlašovací stránce."
      },
      state_mismatch: {
        heading: "Toto přihlášení nebylo možné ověřit",
        text: "Odpověď přihlášení vaší organizace nepatří k přihlášení zahájenému v tomto prohlížeči. Nic se nezměnilo; začněte znovu."
      },
      nonce_mismatch: {
        heading: "Toto přihlášení nebylo možné ověřit",
        text: "Token identity nepatří k přihlášení zahájenému v tomto prohlížeči. Nic se nezměnilo; začněte znovu."
      },
      provider_error: {
        heading: "Přihlášení přes vaši organizaci se nezdařilo",
        text: "Poskytovatel identity přihlášení odmítl nebo ho nemohl dokončit. Zkuste to znovu; pokud se to opakuje, obraťte se na správce."
      },
      email_not_verified: {
        heading: "Vaše e-mailová adresa není ověřená",
        text: "Přihlášení vaší organizace nepotvrdilo vaši e-mailovou adresu, a OpenPOR proto nemůže určit, kdo jste. Obraťte se na správce."
      },
      domain_not_allowed: {
        heading: "S touto e-mailovou doménou se zde nelze přihlásit",
        text: "Přihlášení vaší organizace není pro tuto e-mailovou doménu povoleno. Obraťte se na správce."
      },
      unknown_user: {
        heading: "Zatím nemáte účet OpenPOR",
        text: `Přihlášení přes organizaci proběhlo, ale žádný uživatel OpenPOR nemá vaši e-mailovou adresu. ${ASK_ADMIN.cs}`
      },
      not_member: {
        heading: "Tento účet se nemůže přihlásit přes tuto organizaci",
        text: `Váš účet OpenPOR patří jiné organizaci nebo je deaktivován. ${ASK_ADMIN.cs}`
      },
      identity_conflict: {
        heading: "Tento účet je propojen s jinou identitou",
        text: "Váš účet OpenPOR je již propojen s jiným účtem tohoto poskytovatele identity. Obraťte se na správce."
      }
    }
  }
}

/** Where each app's sign-in page is (static.ts serves the apps at these bases). */
export const APP_BASES: Record<SsoApp, string> = {
  partner: "/partner/",
  customer: "/customer/",
  reviewer: "/review/"
}

const escapeHtml = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (ch) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[ch]!
  )

/** The refusal page; `reason` is also in a data attribute for tests and support. */
export const refusalPage = (reason: SsoFailureReason, language: Language, app: SsoApp): string => {
  const texts = TEXTS[language]
  const { heading, text } = texts.reasons[reason]
  const back = `${APP_BASES[app]}sign-in`
  return `<!doctype html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(texts.title)} · OpenPOR</title>
<style>
body{font-family:system-ui,sans-serif;margin:0;padding:32px 16px;background:#f6f7f9;color:#1b1f24;line-height:1.5}
main{max-width:36rem;margin:0 auto;background:#fff;border:1px solid #d0d7de;border-radius:8px;padding:24px}
h1{font-size:1.375rem;margin:0 0 12px}
a{color:#0a58ca;font-weight:600}
a:focus-visible{outline:3px solid #0a58ca;outline-offset:2px}
</style>
</head>
<body>
<main data-sso-error="${reason}">
<h1>${escapeHtml(heading)}</h1>
<p>${escapeHtml(text)}</p>
<p><a href="${back}">${escapeHtml(texts.back)}</a></p>
</main>
</body>
</html>`
}
