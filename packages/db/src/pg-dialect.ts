import {
  type DatabaseIntrospector,
  type Kysely,
  PostgresDialect,
  type PostgresDialectConfig,
  type SchemaMetadata,
  sql,
  type TableMetadata
} from "kysely"

/**
 * PostgreSQL with an introspector that looks at this connection's own schema only.
 *
 * Kysely's migrator asks the introspector whether its tables exist, and the stock one reads every
 * table of every schema, calling `has_schema_privilege(name, …)` on each. When another process drops
 * its schema at that moment (tests give each run its own schema and drop it afterwards; several
 * deployments may share a database), that call fails with `schema "…" does not exist` and the
 * migration with it. This one reads only the tables of `current_schema()` (the configured
 * `search_path`), by catalog joins without name-based functions, so nothing outside it can interfere.
 */
export class ScopedPostgresDialect extends PostgresDialect {
  constructor(config: PostgresDialectConfig) {
    super(config)
  }

  override createIntrospector(db: Kysely<any>): DatabaseIntrospector {
    return new CurrentSchemaIntrospector(db)
  }
}

class CurrentSchemaIntrospector implements DatabaseIntrospector {
  readonly #db: Kysely<any>
  constructor(db: Kysely<any>) {
    this.#db = db
  }

  async getSchemas(): Promise<Array<SchemaMetadata>> {
    const { rows } = await sql<{ name: string | null }>`SELECT current_schema() AS name`.execute(this.#db)
    // No schema of the search path exists yet: none (the migrator creates its schema then).
    return rows.flatMap((r) => (r.name === null ? [] : [{ name: r.name }]))
  }

  async getTables(): Promise<Array<TableMetadata>> {
    const { rows } = await sql<{ schema: string; name: string; kind: string }>`
      SELECT n.nspname AS schema, c.relname AS name, c.relkind AS kind
      FROM pg_catalog.pg_class c
      JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'v', 'p', 'f')
      ORDER BY c.relname`.execute(this.#db)
    return rows.map((r) => ({
      schema: r.schema,
      name: r.name,
      isView: r.kind === "v",
      isForeign: r.kind === "f",
      columns: []
    }))
  }
}
