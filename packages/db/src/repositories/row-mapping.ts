import type { Insertable, Selectable } from "kysely"

/**
 * How a field of a domain value is stored in its column:
 * - `text`: as is (strings, string literals, branded ids, nullable or not);
 * - `int`: a number (PostgreSQL returns bigint columns as strings, so reads go through `Number`);
 * - `bool`: 1 or 0;
 * - `date` / `date?`: an ISO 8601 string (`date?`: or NULL);
 * - `json` / `json?`: JSON text (`json?`: or NULL).
 */
export type ColumnKind = "text" | "int" | "bool" | "date" | "date?" | "json" | "json?"

const decoders: Record<ColumnKind, (value: any) => unknown> = {
  text: (v) => v,
  int: (v) => Number(v),
  bool: (v) => v === 1,
  date: (v) => new Date(v),
  "date?": (v) => (v === null ? null : new Date(v)),
  json: (v) => JSON.parse(v),
  "json?": (v) => (v === null ? null : JSON.parse(v))
}

const encoders: Record<ColumnKind, (value: any) => unknown> = {
  text: (v) => v,
  int: (v) => v,
  bool: (v) => (v ? 1 : 0),
  date: (v: Date) => v.toISOString(),
  "date?": (v: Date | null) => (v === null ? null : v.toISOString()),
  json: (v) => JSON.stringify(v),
  "json?": (v) => (v === null ? null : JSON.stringify(v))
}

/** A field's column: its name alone (stored as text), or its name and how it is stored. */
export type ColumnOf<Row> = (keyof Row & string) | readonly [keyof Row & string, ColumnKind]

type NameOf<C> = C extends readonly [infer N, ColumnKind] ? N : C

/** The values `encode` gives: one per mapped column, typed as the table wants them written. */
export type Encoded<Row, S> = {
  [K in keyof S as NameOf<S[K]> & string]: Insertable<Row>[NameOf<S[K]> & keyof Insertable<Row>]
}

/** The fields a domain class is constructed from. */
export type PropsOf<C extends abstract new (...args: any) => any> = ConstructorParameters<C>[0]

/** The fields a domain class is constructed from, but its `id` (the key, written and read apart). */
export type FieldsOf<C extends abstract new (...args: any) => any> = Omit<PropsOf<C>, "id">

/**
 * One table's columns for the fields of a domain value, written once: `decode` builds the fields from
 * a selected row, `encode` the row's values from the fields (for `insertInto(...).values` and
 * `updateTable(...).set`). Every field must name its column, so a new field without a column is a
 * compile error. `rowMapping<Table, Fields>()({ field: "column", other: ["other_column", "date"] })`.
 */
export const rowMapping =
  <Row, A extends object>() =>
  <const S extends { readonly [K in keyof A]-?: ColumnOf<Row> }>(columns: S) => {
    const entries = Object.entries(columns as Record<string, ColumnOf<Row>>).map(([field, column]) => {
      const [name, kind] = typeof column === "string" ? [column, "text" as const] : column
      return { field, name, decode: decoders[kind], encode: encoders[kind] }
    })
    return {
      decode: (row: Selectable<Row>): A => {
        const fields: Record<string, unknown> = {}
        for (const c of entries) fields[c.field] = c.decode((row as Record<string, unknown>)[c.name])
        return fields as A
      },
      encode: (value: A): Encoded<Row, S> => {
        const values: Record<string, unknown> = {}
        for (const c of entries) values[c.name] = c.encode((value as Record<string, unknown>)[c.field])
        return values as Encoded<Row, S>
      }
    }
  }
