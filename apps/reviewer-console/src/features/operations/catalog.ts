/**
 * The strings of the operator's and auditor's screens (operations, audit log): one entry per feature, merged
 * into the app's catalog with one line per language.
 */
import {
  cs as auditCs,
  de as auditDe,
  en as auditEn,
  hu as auditHu,
  sv as auditSv
} from "../audit/messages.ts"
import {
  cs as directoryCs,
  de as directoryDe,
  en as directoryEn,
  hu as directoryHu,
  sv as directorySv
} from "../directory/messages.ts"
import {
  cs as eligibilityCs,
  de as eligibilityDe,
  en as eligibilityEn,
  hu as eligibilityHu,
  sv as eligibilitySv
} from "../eligibility/messages.ts"
import {
  cs as holidaysCs,
  de as holidaysDe,
  en as holidaysEn,
  hu as holidaysHu,
  sv as holidaysSv
} from "../holidays/messages.ts"
import {
  cs as programsCs,
  de as programsDe,
  en as programsEn,
  hu as programsHu,
  sv as programsSv
} from "../programs/messages.ts"
import {
  cs as testClockCs,
  de as testClockDe,
  en as testClockEn,
  hu as testClockHu,
  sv as testClockSv
} from "../test-clock/messages.ts"
import {
  cs as validationCs,
  de as validationDe,
  en as validationEn,
  hu as validationHu,
  sv as validationSv
} from "../validation/messages.ts"
import {
  cs as operationsCs,
  de as operationsDe,
  en as operationsEn,
  hu as operationsHu,
  sv as operationsSv
} from "./messages.ts"

export const en = {
  operations: operationsEn,
  programs: programsEn,
  eligibility: eligibilityEn,
  holidays: holidaysEn,
  testClock: testClockEn,
  directory: directoryEn,
  validation: validationEn,
  audit: auditEn
}

export const de: typeof en = {
  operations: operationsDe,
  programs: programsDe,
  eligibility: eligibilityDe,
  holidays: holidaysDe,
  testClock: testClockDe,
  directory: directoryDe,
  validation: validationDe,
  audit: auditDe
}

export const hu: typeof en = {
  operations: operationsHu,
  programs: programsHu,
  eligibility: eligibilityHu,
  holidays: holidaysHu,
  testClock: testClockHu,
  directory: directoryHu,
  validation: validationHu,
  audit: auditHu
}

export const sv: typeof en = {
  operations: operationsSv,
  programs: programsSv,
  eligibility: eligibilitySv,
  holidays: holidaysSv,
  testClock: testClockSv,
  directory: directorySv,
  validation: validationSv,
  audit: auditSv
}

export const cs: typeof en = {
  operations: operationsCs,
  programs: programsCs,
  eligibility: eligibilityCs,
  holidays: holidaysCs,
  testClock: testClockCs,
  directory: directoryCs,
  validation: validationCs,
  audit: auditCs
}
