import type { EnrollmentMessages } from "./en.ts"
import { en } from "./en.ts"
export const sv: EnrollmentMessages = en
