import { For, type JSX } from "solid-js"

export interface Column<T> {
  readonly header: string
  readonly cell: (row: T) => JSX.Element
  /** Right-aligned with tabular numerals (IDs, dates, amounts). */
  readonly numeric?: boolean
}

export interface DataTableProps<T> {
  /** Names the table for assistive technology (visually hidden unless `showCaption`). */
  readonly caption: string
  readonly showCaption?: boolean
  readonly columns: readonly Column<T>[]
  readonly rows: readonly T[]
}

/**
 * A table that stays a table on wide screens and becomes one card per row below 40rem (each cell then
 * shows its column header as a label), so a phone never scrolls sideways.
 */
export function DataTable<T>(props: DataTableProps<T>): JSX.Element {
  return (
    <div class="data-table">
      <table>
        <caption class={props.showCaption === true ? "data-table__caption" : "visually-hidden"}>
          {props.caption}
        </caption>
        <thead>
          <tr>
            <For each={props.columns}>
              {(column) => (
                <th scope="col" class={column.numeric === true ? "numeric" : undefined}>
                  {column.header}
                </th>
              )}
            </For>
          </tr>
        </thead>
        <tbody>
          <For each={props.rows}>
            {(row) => (
              <tr>
                <For each={props.columns}>
                  {(column) => (
                    <td data-label={column.header} class={column.numeric === true ? "numeric" : undefined}>
                      {column.cell(row)}
                    </td>
                  )}
                </For>
              </tr>
            )}
          </For>
        </tbody>
      </table>
    </div>
  )
}
