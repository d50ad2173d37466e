/** The review feature's strings (queue, claim review, arbitration case), one file per language. */
export { cs } from "./messages/cs.ts"
export { de } from "./messages/de.ts"
export { en, type ReviewMessages } from "./messages/en.ts"
export { hu } from "./messages/hu.ts"
export { sv } from "./messages/sv.ts"
