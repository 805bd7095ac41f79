/** A plain GET form to /cari: works with JavaScript off, and in client components (the error pages). */
export function SearchForm({ id, defaultValue, className = "" }: { id: string; defaultValue?: string; className?: string }) {
  return (
    <form action="/cari" method="get" role="search" className={`flex ${className}`}>
      <label htmlFor={id} className="sr-only">
        Cari berita
      </label>
      <input
        id={id}
        name="q"
        type="search"
        defaultValue={defaultValue}
        placeholder="Cari berita…"
        maxLength={200}
        className="min-w-0 flex-1 rounded-l border border-neutral-500 px-3 py-2 text-base"
      />
      <button type="submit" className="rounded-r bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark">
        Cari
      </button>
    </form>
  );
}
