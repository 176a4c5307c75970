import "@utrecht/table-css/dist/index.css";
import { Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from "@utrecht/component-library-react";

export interface MapTableRow {
  code: string;
  name: string;
  href: string;
  wijk: string;
  value: string;
  classLabel: string;
  status: "PUBLISHED" | "SUPPRESSED" | "NO_DATA";
}

export interface SortableColumn {
  key: string;
  heading: string;
  /** Where a click on the heading goes: the same view sorted by this column. */
  href: string;
  sort: "ascending" | "descending" | "none";
  /** Read out with the link: "sort descending". */
  action: string;
}

interface MapValueTableProps {
  id: string;
  caption: string;
  columns: { name: SortableColumn; wijk: string; value: SortableColumn; classLabel: string };
  rows: MapTableRow[];
}

/** The map's values as a table, sorted on the server by links in the headings: no script needed. */
export function MapValueTable({ id, caption, columns, rows }: MapValueTableProps) {
  const sortHeading = (column: SortableColumn, className?: string) => (
    <TableHeaderCell scope="col" aria-sort={column.sort} className={className}>
      <a href={column.href} className="utrecht-link buurtbeeld-map-table__sort" data-sort={column.sort}>
        {column.heading}
        <span className="buurtbeeld-visually-hidden"> ({column.action})</span>
        <span aria-hidden="true" className="buurtbeeld-map-table__arrow">
          {column.sort === "ascending" ? "▲" : column.sort === "descending" ? "▼" : "↕"}
        </span>
      </a>
    </TableHeaderCell>
  );
  return (
    <div className="buurtbeeld-map-table" role="region" aria-labelledby={`${id}-caption`} tabIndex={0} id={id}>
      <Table>
        <TableCaption id={`${id}-caption`}>{caption}</TableCaption>
        <TableHeader>
          <TableRow>
            {sortHeading(columns.name)}
            <TableHeaderCell scope="col">{columns.wijk}</TableHeaderCell>
            {sortHeading(columns.value, "buurtbeeld-map-table__number")}
            <TableHeaderCell scope="col">{columns.classLabel}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.code} data-buurt={row.code} data-status={row.status}>
              <TableHeaderCell scope="row">
                <a href={row.href} className="utrecht-link">
                  {row.name}
                </a>
              </TableHeaderCell>
              <TableCell>{row.wijk}</TableCell>
              <TableCell className="buurtbeeld-map-table__number">{row.value}</TableCell>
              <TableCell>{row.classLabel}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
