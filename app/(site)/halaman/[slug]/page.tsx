import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { z } from "zod";
import { NewsroomRoster } from "@/components/newsroom-roster";
import { StaticPageContent } from "@/components/static-page-content";
import { parseParams, slugParam } from "@/lib/route-params";
import { getStaticPage, listNewsroomStaff, ROSTER_PAGE_SLUG } from "@/lib/static-pages";
import { staticPagePath } from "@/lib/urls";

type Props = { params: Promise<{ slug: string }> };

export const revalidate = 300;

export function generateStaticParams() {
  return [];
}

const paramsSchema = z.object({ slug: slugParam });

async function loadPage(params: Props["params"]) {
  const parsed = parseParams(paramsSchema, await params);
  const page = parsed && (await getStaticPage(parsed.slug));
  if (!page) notFound();
  return page;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = await loadPage(params);
  return { title: page.title, alternates: { canonical: staticPagePath(page.slug) } };
}

export default async function StaticPage({ params }: Props) {
  const page = await loadPage(params);
  const staff = page.slug === ROSTER_PAGE_SLUG ? await listNewsroomStaff() : [];
  return (
    <article className="mx-auto max-w-3xl">
      <h1 className="mb-6 text-3xl font-bold">{page.title}</h1>
      <StaticPageContent blocks={page.blocks} />
      <NewsroomRoster staff={staff} />
    </article>
  );
}
