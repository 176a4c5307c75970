import type { ReactNode } from "react";
import { Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from "@utrecht/component-library-react";

export interface SortLink {
  /** Where a click on the heading goes: the same view sorted by this column. */
  href: string;
  sort: "ascending" | "descending" | "none";
  /** Read out with the link: "sort descending". */
  action: string;
}

export interface TableColumn {
  heading: string;
  sort?: SortLink;
  numeric?: boolean;
}

export interface TableRowData {
  key: string;
  /** The row's header cell, usually a link to the buurt. */
  header: ReactNode;
  cells: ReactNode[];
  data?: Record<`data-${string}`, string>;
}

interface SortableTableProps {
  id: string;
  caption: string;
  /** The first column heads the row headers; the rest match each row's cells. */
  columns: TableColumn[];
  rows: TableRowData[];
}

/** A table next to a map, sorted on the server by links in the headings: no script needed. */
export function SortableTable({ id, caption, columns, rows }: SortableTableProps) {
  const numeric = (column: TableColumn | undefined) => (column?.numeric ? "buurtbeeld-map-table__number" : undefined);
  return (
    <div className="buurtbeeld-map-table" role="region" aria-labelledby={`${id}-caption`} tabIndex={0} id={id}>
      <Table>
        <TableCaption id={`${id}-caption`}>{caption}</TableCaption>
        <TableHeader>
          <TableRow>
            {columns.map((column) => (
              <TableHeaderCell key={column.heading} scope="col" aria-sort={column.sort?.sort} className={numeric(column)}>
                {column.sort ? (
                  <a href={column.sort.href} className="utrecht-link buurtbeeld-map-table__sort" data-sort={column.sort.sort}>
                    {column.heading}
                    <span className="buurtbeeld-visually-hidden"> ({column.sort.action})</span>
                    <span aria-hidden="true" className="buurtbeeld-map-table__arrow">
                      {column.sort.sort === "ascending" ? "▲" : column.sort.sort === "descending" ? "▼" : "↕"}
                    </span>
                  </a>
                ) : (
                  column.heading
                )}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.key} {...row.data}>
              <TableHeaderCell scope="row">{row.header}</TableHeaderCell>
              {row.cells.map((cell, index) => (
                <TableCell key={index} className={numeric(columns[index + 1])}>
                  {cell}
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
