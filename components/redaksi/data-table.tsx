/** The newsroom's tables: scrolls sideways on a phone, a caption for screen readers, one header row. */
export function DataTable({ caption, columns, children }: { caption: string; columns: string[]; children: React.ReactNode }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b border-neutral-300 text-neutral-600">
            {columns.map((column, i) => (
              <th key={column} scope="col" className={`py-2 font-semibold ${i < columns.length - 1 ? "pr-3" : ""}`}>
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
