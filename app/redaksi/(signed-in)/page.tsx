import type { Metadata } from "next";
import Link from "next/link";
import { ArticleTable } from "@/components/redaksi/article-table";
import { ProposalTable } from "@/components/redaksi/proposals";
import { listOpenProposals } from "@/lib/articles/proposals";
import { STATE_LABELS } from "@/lib/articles/workflow";
import { requireUser } from "@/lib/auth/request";
import { articleListQuery, countArticlesByState, listNewsroomArticles, WORKFLOW_STATES, type ArticleListFilter } from "@/lib/articles/newsroom";
import { articleListPath } from "@/lib/newsroom/paths";

export const metadata: Metadata = { title: "Beranda" };

const SHORT_LIST = 5;

export default async function DashboardPage() {
  const user = await requireUser();
  const counts = countArticlesByState(user);
  const proposals = listOpenProposals(user);
  const sections: { title: string; filter: ArticleListFilter }[] = [
    { title: "Draf saya", filter: { state: "draft", authorId: user.id } },
    { title: "Menunggu tinjauan", filter: { state: "review" } },
    { title: "Terjadwal", filter: { state: "scheduled" } },
    { title: "Baru terbit", filter: { state: "published" } },
  ];

  return (
    <>
      <h1 className="mb-4 text-2xl font-bold">Halo, {user.name}</h1>
      <section aria-labelledby="counts" className="mb-8">
        <h2 id="counts" className="sr-only">Jumlah artikel per status</h2>
        <ul className="grid grid-cols-2 gap-3 sm:grid-cols-5">
          {WORKFLOW_STATES.map((state) => (
            <li key={state}>
              <Link href={`${articleListPath}${articleListQuery({ state })}`} className="block rounded border border-neutral-200 bg-white p-3 hover:border-neutral-400">
                <span className="block text-2xl font-bold" data-testid={`count-${state}`}>{counts[state]}</span>
                <span className="text-sm text-neutral-700">{STATE_LABELS[state]}</span>
              </Link>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="open-proposals" className="mb-8">
        <h2 id="open-proposals" className="mb-2 text-lg font-semibold">Usulan perubahan</h2>
        <ProposalTable rows={proposals} caption="Usulan perubahan yang menunggu redaktur" />
      </section>
      <div className="grid gap-8 lg:grid-cols-2">
        {sections.map(({ title, filter }) => {
          const list = listNewsroomArticles(user, filter);
          return (
            <section key={title} aria-label={title}>
              <div className="mb-2 flex items-baseline justify-between">
                <h2 className="text-lg font-semibold">{title}</h2>
                {list.total > SHORT_LIST && (
                  <Link href={`${articleListPath}${articleListQuery(filter)}`} className="text-sm underline">
                    Lihat semua ({list.total})
                  </Link>
                )}
              </div>
              <ArticleTable rows={list.items.slice(0, SHORT_LIST)} caption={title} />
            </section>
          );
        })}
      </div>
    </>
  );
}
