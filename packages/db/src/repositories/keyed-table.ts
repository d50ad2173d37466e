import { Effect, Option } from "effect"
import type { Kysely, Selectable } from "kysely"
import type { Database } from "../schema.ts"
import { compiledOnce, parameter, type Query } from "./query.ts"

/** The tables whose rows are keyed by a text `id`. */
export type KeyedTableName = {
  [T in keyof Database]: Database[T] extends { id: string } ? T : never
}[keyof Database]

type Untyped = Kysely<any>

/**
 * The statements every table of domain values keyed by `id` needs, written once: insert a value, update it
 * (optimistically: only at the version the caller read), find one by id, and list those with one column's
 * value in an order. `encode` gives a value's row but its id (a `rowMapping`'s), `decode` a row's value.
 */
export const keyedTable = <T extends KeyedTableName, A extends { readonly id: string }>(
  query: Query,
  table: T,
  codec: { readonly encode: (value: A) => object; readonly decode: (row: Selectable<Database[T]>) => A }
) => {
  // Kysely cannot type a statement on a table chosen by a type parameter; these statements use an untyped
  // view of the database, and the columns they write are typed by the table's row mapping.
  const untyped = (db: Kysely<Database>) => db as unknown as Untyped
  const name: string = table
  const decode = (row: unknown) => codec.decode(row as Selectable<Database[T]>)
  const findById = compiledOnce((db) =>
    untyped(db).selectFrom(name).selectAll().where("id", "=", parameter("id"))
  )
  return {
    insert: (value: A): Effect.Effect<void> =>
      query((db) =>
        untyped(db)
          .insertInto(name)
          .values({ id: value.id, ...codec.encode(value) })
          .execute()
      ).pipe(Effect.asVoid),
    /** False when the row is no longer at `expectedVersion` (someone else changed it): nothing is written. */
    update: (value: A, expectedVersion: number): Effect.Effect<boolean> =>
      query((db) =>
        untyped(db)
          .updateTable(name)
          .set(codec.encode(value))
          .where("id", "=", value.id)
          .where("version", "=", expectedVersion)
          .executeTakeFirst()
      ).pipe(Effect.map((r) => Number(r.numUpdatedRows) === 1)),
    find: (id: string): Effect.Effect<Option.Option<A>> =>
      findById(query, { id }, (rows) => Option.fromNullishOr(rows[0]).pipe(Option.map(decode))),
    /** The rows whose `column` is `value`, ordered by the columns `orderBy` (ascending). */
    listWhere: (
      column: keyof Database[T] & string,
      value: string,
      ...orderBy: ReadonlyArray<keyof Database[T] & string>
    ): Effect.Effect<Array<A>> =>
      query((db) => {
        let q = untyped(db)
          .selectFrom(name)
          .selectAll()
          .where(column as string, "=", value)
        for (const c of orderBy) q = q.orderBy(c as string)
        return q.execute()
      }).pipe(Effect.map((rows) => rows.map(decode)))
  }
}
