import type { Kysely } from "kysely"
import type { Migration } from "kysely/migration"
import * as foundation from "./2026-11-21-0001-foundation.ts"
import * as enrollment from "./2026-11-21-0002-enrollment.ts"
import * as claims from "./2026-11-21-0003-claims.ts"
import * as review from "./2026-11-21-0004-review.ts"
import * as attribution from "./2026-11-21-0005-attribution.ts"
import * as programGuide from "./2026-11-29-0006-program-guide.ts"
import * as acknowledgements from "./2026-11-30-0007-acknowledgements.ts"
import * as porEventImport from "./2026-11-30-0008-por-event-import.ts"
import * as usage from "./2026-11-30-0009-usage.ts"
import * as arbitrationNotices from "./2026-11-30-0010-arbitration-notices.ts"
import * as notificationsLanguage from "./2026-11-30-0011-notifications-language.ts"
import * as revenueChannels from "./2026-11-30-0013-revenue-channels.ts"
import * as webhooks from "./2026-11-30-0014-webhooks.ts"
import * as bulkClaims from "./2026-11-30-0015-bulk-claims.ts"
import * as exportIndexes from "./2026-11-30-0016-export-indexes.ts"
import * as identityProviders from "./2026-11-30-0017-identity-providers.ts"
import * as jobTraceContext from "./2026-11-30-0018-job-trace-context.ts"
import type { Dialect } from "./dialect.ts"

interface DialectMigration {
  up(db: Kysely<any>, dialect: Dialect): Promise<void>
  down?(db: Kysely<any>, dialect: Dialect): Promise<void>
}

/** Every migration, by date-prefixed name. Append new ones; never edit a released one. */
const all: Record<string, DialectMigration> = {
  "2026-11-21-0001-foundation": foundation,
  "2026-11-21-0002-enrollment": enrollment,
  "2026-11-21-0003-claims": claims,
  "2026-11-21-0004-review": review,
  "2026-11-21-0005-attribution": attribution,
  "2026-11-29-0006-program-guide": programGuide,
  "2026-11-30-0007-acknowledgements": acknowledgements,
  "2026-11-30-0011-notifications-language": notificationsLanguage,
  "2026-11-30-0008-por-event-import": porEventImport,
  "2026-11-30-0010-arbitration-notices": arbitrationNotices,
  "2026-11-30-0013-revenue-channels": revenueChannels,
  "2026-11-30-0009-usage": usage,
  "2026-11-30-0015-bulk-claims": bulkClaims,
  "2026-11-30-0016-export-indexes": exportIndexes,
  "2026-11-30-0017-identity-providers": identityProviders,
  "2026-11-30-0014-webhooks": webhooks,
  "2026-11-30-0018-job-trace-context": jobTraceContext
}

export const migrationsFor = (dialect: Dialect): Record<string, Migration> =>
  Object.fromEntries(
    Object.entries(all).map(([name, m]) => {
      const down = m.down
      return [
        name,
        {
          up: (db: Kysely<any>) => m.up(db, dialect),
          ...(down === undefined ? {} : { down: (db: Kysely<any>) => down(db, dialect) })
        }
      ]
    })
  )

export const latestMigration = Object.keys(all).sort().at(-1)!
