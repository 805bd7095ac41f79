import { isSponsored, kindLabel, type ArticleKind } from "@/lib/articles/kinds";

/** A story's kind as a small label (none for a plain Berita); sponsored content stands apart. */
export function KindLabel({ kind, className = "" }: { kind: ArticleKind; className?: string }) {
  const label = kindLabel(kind);
  if (!label) return null;
  const colors = isSponsored(kind) ? "border-amber-700 bg-amber-100 text-amber-950" : "border-neutral-800 bg-neutral-900 text-white";
  return <span className={`inline-block rounded border px-1.5 py-px text-xs font-bold uppercase tracking-wide ${colors} ${className}`}>{label}</span>;
}
