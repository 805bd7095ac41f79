import Link from "next/link";
import { CREDIT_ROLE_LABELS } from "@/lib/articles/credit-roles";
import type { ArticleCreditView } from "@/lib/articles/public";
import { authorPath } from "@/lib/urls";

/** "Pewarta : Setiawan S.TH" — staff link to their author page; guest bylines are plain text. */
export function ArticleCredits({ credits }: { credits: ArticleCreditView[] }) {
  if (credits.length === 0) return null;
  return (
    <dl className="mt-8 space-y-1 border-t border-neutral-200 pt-4 text-sm">
      {credits.map((credit, i) => (
        <div key={i} className="flex gap-1">
          <dt className="font-semibold">{CREDIT_ROLE_LABELS[credit.role]} :</dt>
          <dd>
            {credit.authorSlug ? (
              <Link prefetch={false} href={authorPath(credit.authorSlug)} className="text-brand hover:underline">
                {credit.name}
              </Link>
            ) : (
              credit.name
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}
