import {
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@utrecht/component-library-react";
import type { IndicatorTableRow } from "@/lib/figures/figure-table-model.ts";

interface IndicatorTableProps {
  caption: string;
  firstColumn: string;
  columns: { key: string; heading: string }[];
  rows: IndicatorTableRow[];
  /** Heading of the last column, the buurt's figures over the years; none when absent. */
  trendColumn?: string;
}

/** Indicators of one theme for a buurt, its wijk and its gemeente; every cell says a value or why not. */
export function IndicatorTable({ caption, firstColumn, columns, rows, trendColumn }: IndicatorTableProps) {
  return (
    <div className="buurtbeeld-indicator-table" role="region" aria-label={caption} tabIndex={0}>
      <Table>
        <TableCaption>{caption}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{firstColumn}</TableHeaderCell>
            {columns.map((column) => (
              <TableHeaderCell key={column.key} scope="col" className="buurtbeeld-indicator-table__number">
                {column.heading}
              </TableHeaderCell>
            ))}
            {trendColumn ? <TableHeaderCell scope="col">{trendColumn}</TableHeaderCell> : null}
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.key} data-indicator={row.key} data-stands-out={row.standsOut ? "true" : undefined}>
              <TableHeaderCell scope="row">
                <span className="buurtbeeld-indicator-table__name">{row.label}</span>
                <span className="buurtbeeld-indicator-table__description">{row.description}</span>
                {row.standsOut ? <strong className="buurtbeeld-indicator-table__stands-out">{row.standsOut}</strong> : null}
              </TableHeaderCell>
              {row.cells.map((cell, index) => (
                <TableCell
                  key={columns[index]!.key}
                  data-mark={cell.mark ? "true" : undefined}
                  className={`buurtbeeld-indicator-table__number buurtbeeld-indicator-table__cell--${cell.status.toLowerCase()}`}
                >
                  {cell.text}
                  {cell.mark ? <strong className="buurtbeeld-indicator-table__mark">{cell.mark}</strong> : null}
                </TableCell>
              ))}
              {trendColumn ? <TableCell className="buurtbeeld-indicator-table__trend">{row.trend}</TableCell> : null}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
