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
  cs as holidaysCs,
  de as holidaysDe,
  en as holidaysEn,
  hu as holidaysHu,
  sv as holidaysSv
} from "../holidays/messages.ts"
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
  holidays: holidaysEn,
  testClock: testClockEn,
  directory: directoryEn,
  validation: validationEn,
  audit: auditEn
}

export const de: typeof en = {
  operations: operationsDe,
  holidays: holidaysDe,
  testClock: testClockDe,
  directory: directoryDe,
  validation: validationDe,
  audit: auditDe
}

export const hu: typeof en = {
  operations: operationsHu,
  holidays: holidaysHu,
  testClock: testClockHu,
  directory: directoryHu,
  validation: validationHu,
  audit: auditHu
}

export const sv: typeof en = {
  operations: operationsSv,
  holidays: holidaysSv,
  testClock: testClockSv,
  directory: directorySv,
  validation: validationSv,
  audit: auditSv
}

export const cs: typeof en = {
  operations: operationsCs,
  holidays: holidaysCs,
  testClock: testClockCs,
  directory: directoryCs,
  validation: validationCs,
  audit: auditCs
}
