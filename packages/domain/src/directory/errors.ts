import { Schema } from "effect"

/** The directory import's own failures (all 400): each tells the operator what to fix in the file. */
export class EmptyImport extends Schema.TaggedError<EmptyImport>()("EmptyImport", {}) {
  override get message() {
    return "The import contains no tenants and no subscriptions"
  }
}

/** A directory import has more rows than one import takes. */
export class ImportTooLarge extends Schema.TaggedError<ImportTooLarge>()("ImportTooLarge", {
  maxRows: Schema.Number
}) {
  override get message() {
    return `An import holds at most ${this.maxRows} rows; split the directory into batches`
  }
}

/** A directory import names the same tenant or subscription twice. */
export class DuplicateImportRow extends Schema.TaggedError<DuplicateImportRow>()("DuplicateImportRow", {
  entity: Schema.Literals(["Tenant", "Subscription"]),
  id: Schema.String
}) {
  override get message() {
    return `${this.entity} ${this.id} appears twice in the import`
  }
}

/** A subscription of a directory import names a tenant that is neither known nor in the import. */
export class UnknownTenant extends Schema.TaggedError<UnknownTenant>()("UnknownTenant", {
  subscriptionId: Schema.String,
  tenantId: Schema.String
}) {
  override get message() {
    return `Subscription ${this.subscriptionId} names tenant ${this.tenantId}, which is neither in the directory nor in this import`
  }
}

/** A tenant the directory does not hold (404 not_found). */
export class TenantNotInDirectory extends Schema.TaggedError<TenantNotInDirectory>()("TenantNotInDirectory", {
  tenantId: Schema.String
}) {
  override get message() {
    return `Tenant ${this.tenantId} is not in the directory`
  }
}

/** Every failure of the directory's use cases. */
export type DirectoryError =
  | EmptyImport
  | ImportTooLarge
  | DuplicateImportRow
  | UnknownTenant
  | TenantNotInDirectory
