import type { Metadata } from "next";
import { ArticleFilters } from "@/components/redaksi/article-filters";
import { ArticleTable } from "@/components/redaksi/article-table";
import { Pager } from "@/components/redaksi/pager";
import { requireUser } from "@/lib/auth/request";
import { can } from "@/lib/auth/roles";
import { articleListQuery, listArticleFilterChoices, listNewsroomArticles, parseArticleListParams } from "@/lib/articles/newsroom";
import { articleListPath } from "@/lib/newsroom/paths";

export const metadata: Metadata = { title: "Artikel" };

export default async function ArticleListPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser();
  const filter = parseArticleListParams(await searchParams);
  const list = listNewsroomArticles(user, filter);
  const choices = listArticleFilterChoices();
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold">Artikel</h1>
      <ArticleFilters filter={filter} categories={choices.categories} authors={can(user.role, "seeAllArticles") ? choices.authors : undefined} />
      <p className="mb-2 text-sm text-neutral-600" role="status">{list.total} artikel</p>
      <ArticleTable rows={list.items} caption="Daftar artikel" />
      <Pager page={list.page} pageCount={list.pageCount} label="Halaman daftar artikel" hrefFor={(page) => `${articleListPath}${articleListQuery({ ...filter, page })}`} />
    </>
  );
}
