import type { CreditRole } from "@/db/schema";

export type CreditLike = { role: CreditRole; name: string; authorSlug: string | null };

// Who wrote the piece: the byline roles. Editors, translators and photographers are credited on
// the page but are not its authors.
const AUTHOR_ROLES: ReadonlySet<CreditRole> = new Set(["pewarta", "kontributor"]);

/** The article's authors, in credit order, each once. */
export function articleAuthors<T extends CreditLike>(credits: readonly T[]): T[] {
  const seen = new Set<string>();
  return credits.filter((credit) => {
    const key = credit.authorSlug ?? `guest:${credit.name}`;
    if (!AUTHOR_ROLES.has(credit.role) || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
