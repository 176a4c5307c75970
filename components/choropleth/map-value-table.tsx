import { type SortLink, SortableTable } from "@/components/tables/sortable-table.tsx";

export interface MapTableRow {
  code: string;
  name: string;
  href: string;
  wijk: string;
  value: string;
  classLabel: string;
  status: "PUBLISHED" | "SUPPRESSED" | "NO_DATA";
}

export type SortableColumn = SortLink & { key: string; heading: string };

interface MapValueTableProps {
  id: string;
  caption: string;
  columns: { name: SortableColumn; wijk: string; value: SortableColumn; classLabel: string };
  rows: MapTableRow[];
}

/** The indicator map's values as a table: buurt, wijk, value and the class it has on the map. */
export function MapValueTable({ id, caption, columns, rows }: MapValueTableProps) {
  return (
    <SortableTable
      id={id}
      caption={caption}
      columns={[
        { heading: columns.name.heading, sort: columns.name },
        { heading: columns.wijk },
        { heading: columns.value.heading, sort: columns.value, numeric: true },
        { heading: columns.classLabel },
      ]}
      rows={rows.map((row) => ({
        key: row.code,
        header: (
          <a href={row.href} className="utrecht-link">
            {row.name}
          </a>
        ),
        cells: [row.wijk, row.value, row.classLabel],
        data: { "data-buurt": row.code, "data-status": row.status },
      }))}
    />
  );
}
