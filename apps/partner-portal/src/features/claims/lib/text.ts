import { useT } from "../i18n.ts"
import { en } from "../messages/en.ts"

/**
 * The claim strings looked up by a key built at run time (a status, role, reason or error code from the
 * API), with a fallback when the catalog has no such key.
 */
export const useClaimText = () => {
  const t = useT()
  const lookup = (key: string, params?: Record<string, string>): string | undefined =>
    (t as unknown as (k: string, p?: Record<string, string>) => string | undefined)(key, params)
  return {
    t,
    lookup,
    status: (status: string) => lookup(`statuses.${status}`) ?? status,
    area: (area: string) => lookup(`areas.${area}`) ?? area,
    role: (role: string) => lookup(`roles.${role}`) ?? role,
    consent: (state: string | null) => lookup(`consentStates.${state ?? "none"}`) ?? state ?? "",
    reason: (reason: string) => lookup(`detail.rejectionReasons.${reason}`) ?? reason,
    event: (action: string) =>
      lookup(`detail.events.${action.replace(/^claim\./, "")}`) ?? (lookup("detail.events.other") as string),
    author: (type: string) => lookup(`detail.authors.${type}`) ?? type,
    /** A submission problem: what is wrong and what to do, in the user's language. */
    problem: (code: string, item: string | undefined, fieldLabel: string | undefined) => {
      const known = lookup(`problems.${code}.message`) !== undefined ? code : "other"
      const shown = item ?? fieldLabel ?? ""
      return {
        message: lookup(`problems.${known}.message`, { item: shown }) ?? code,
        todo: lookup(`problems.${known}.todo`) ?? ""
      }
    },
    field: (field: string | undefined) => (field === undefined ? undefined : lookup(`fields.${field}`)),
    /**
     * A statement to acknowledge (SPEC §5): a default one, still worded as by default, in the user's
     * language; one an operator wrote or changed as stored.
     */
    statement: (a: { readonly id: string; readonly text: string }) =>
      (en.detail.statements as Record<string, string>)[a.id] === a.text
        ? (lookup(`detail.statements.${a.id}`) ?? a.text)
        : a.text
  }
}
