import type { SharedMessages } from "./messages/en.ts"

/** The translated name of a role; unknown role names are shown as they are. */
export const roleLabel = (messages: SharedMessages, role: string): string =>
  Object.hasOwn(messages.roles, role) ? messages.roles[role as keyof SharedMessages["roles"]] : role
