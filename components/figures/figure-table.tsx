import {
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@utrecht/component-library-react";
import type { FigureTableGroup } from "@/lib/figures/figure-table-model.ts";

interface FigureTableProps {
  caption: string;
  figureHeading: string;
  unitHeading: string;
  columns: { key: string; heading: string }[];
  groups: FigureTableGroup[];
}

/** Figures of several areas side by side; every cell says its value or why there is none. */
export function FigureTable({ caption, figureHeading, unitHeading, columns, groups }: FigureTableProps) {
  return (
    <div className="buurtbeeld-figure-table" role="region" aria-label={caption} tabIndex={0}>
      <Table className="buurtbeeld-figure-table__table">
        <TableCaption>{caption}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{figureHeading}</TableHeaderCell>
            {columns.map((column) => (
              <TableHeaderCell key={column.key} scope="col" className="buurtbeeld-figure-table__number">
                {column.heading}
              </TableHeaderCell>
            ))}
            <TableHeaderCell scope="col">{unitHeading}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        {groups.map((group) => (
          <TableBody key={group.label}>
            <TableRow className="buurtbeeld-figure-table__group">
              <TableHeaderCell scope="colgroup" colSpan={columns.length + 2}>
                {group.label}
              </TableHeaderCell>
            </TableRow>
            {group.rows.map((row) => (
              <TableRow key={row.key}>
                <TableHeaderCell scope="row" lang={row.labelLang}>
                  {row.label}
                </TableHeaderCell>
                {row.cells.map((cell, index) => (
                  <TableCell
                    key={columns[index]!.key}
                    className={`buurtbeeld-figure-table__number buurtbeeld-figure-table__cell--${cell.status.toLowerCase()}`}
                  >
                    {cell.text}
                  </TableCell>
                ))}
                <TableCell lang={row.unitLang}>{row.unit}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        ))}
      </Table>
    </div>
  );
}
