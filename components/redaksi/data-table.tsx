// A table as wide as its column, not the window (a dashboard half, a phone): under 48rem, columns
// marked wide-only are hidden and the row shows the same facts under its first cell instead, so
// nothing (a date, above all) is cut off behind a sideways scroll.
/** A cell of a column that only a wide table shows. */
export const WIDE_ONLY = "hidden @3xl:table-cell";
/** What a narrow table shows under a row's first cell in place of its wide-only columns. */
export const NARROW_ONLY = "@3xl:hidden";

/** The newsroom's tables: a caption for screen readers, one header row, sideways scroll as a last resort. */
export function DataTable({
  caption,
  columns,
  wideOnly = [],
  children,
}: {
  caption: string;
  columns: string[];
  /** Columns hidden when the table is narrow (their cells use WIDE_ONLY, their facts NARROW_ONLY). */
  wideOnly?: string[];
  children: React.ReactNode;
}) {
  return (
    <div className="@container overflow-x-auto">
      <table className="w-full border-collapse text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b border-neutral-300 text-neutral-600">
            {columns.map((column, i) => (
              <th key={column} scope="col" className={`py-2 font-semibold ${i < columns.length - 1 ? "pr-3" : ""} ${wideOnly.includes(column) ? WIDE_ONLY : ""}`}>
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
