import { ARTICLE_KINDS, KIND_LABELS } from "@/lib/articles/kinds";
import { STATE_LABELS } from "@/lib/articles/workflow";
import { WORKFLOW_STATES, type ArticleListFilter } from "@/lib/articles/newsroom";
import { articleListPath } from "@/lib/newsroom/paths";

const selectClass = "block w-full rounded border border-neutral-400 bg-white px-2 py-1.5 text-sm";

/** A plain GET form: the filter lives in the URL, so a filtered list can be bookmarked and shared. */
export function ArticleFilters({
  filter,
  categories,
  authors,
}: {
  filter: ArticleListFilter;
  categories: { id: number; name: string }[];
  /** Omitted for someone who sees only their own articles. */
  authors?: { id: number; name: string }[];
}) {
  return (
    <form method="get" action={articleListPath} role="search" aria-label="Saring artikel" className="mb-4 grid gap-3 rounded border border-neutral-200 bg-white p-3 sm:grid-cols-6 sm:items-end">
      <div className="sm:col-span-2">
        <label htmlFor="filter-q" className="block text-xs font-semibold text-neutral-700">Judul</label>
        <input id="filter-q" name="q" type="search" maxLength={200} defaultValue={filter.text ?? ""} className={selectClass} />
      </div>
      <div>
        <label htmlFor="filter-status" className="block text-xs font-semibold text-neutral-700">Status</label>
        <select id="filter-status" name="status" defaultValue={filter.state ?? ""} className={selectClass}>
          <option value="">Semua (kecuali sampah)</option>
          {WORKFLOW_STATES.map((state) => (
            <option key={state} value={state}>{STATE_LABELS[state]}</option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="filter-kind" className="block text-xs font-semibold text-neutral-700">Jenis</label>
        <select id="filter-kind" name="jenis" defaultValue={filter.kind ?? ""} className={selectClass}>
          <option value="">Semua jenis</option>
          {ARTICLE_KINDS.map((kind) => (
            <option key={kind} value={kind}>{KIND_LABELS[kind]}</option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="filter-category" className="block text-xs font-semibold text-neutral-700">Rubrik</label>
        <select id="filter-category" name="category" defaultValue={filter.categoryId ?? ""} className={selectClass}>
          <option value="">Semua rubrik</option>
          {categories.map((category) => (
            <option key={category.id} value={category.id}>{category.name}</option>
          ))}
        </select>
      </div>
      {authors ? (
        <div>
          <label htmlFor="filter-author" className="block text-xs font-semibold text-neutral-700">Penulis</label>
          <select id="filter-author" name="author" defaultValue={filter.authorId ?? ""} className={selectClass}>
            <option value="">Semua penulis</option>
            {authors.map((author) => (
              <option key={author.id} value={author.id}>{author.name}</option>
            ))}
          </select>
        </div>
      ) : null}
      <div className="sm:col-span-6">
        <button type="submit" className="rounded bg-neutral-900 px-4 py-1.5 text-sm font-semibold text-white">Terapkan</button>
      </div>
    </form>
  );
}
