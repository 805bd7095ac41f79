import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { z } from "zod";
import { BoxRedaksiSection } from "@/components/box-redaksi";
import { NewsroomRoster } from "@/components/newsroom-roster";
import { StaticPageContent } from "@/components/static-page-content";
import { parseParams, slugParam } from "@/lib/route-params";
import { staticPageMetadata } from "@/lib/seo/metadata";
import { getCachedBoxRedaksi, getCachedSiteSettings } from "@/lib/settings";
import { BOX_REDAKSI_PAGE_SLUGS, getStaticPage, listNewsroomStaff, ROSTER_PAGE_SLUG } from "@/lib/static-pages";

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
  const site = await getCachedSiteSettings();
  const page = await loadPage(params);
  // Described by its first paragraph: a section heading is no description.
  const body = page.blocks
    .filter((block) => block.type === "paragraph")
    .map((block) => block.text)
    .join("\n\n");
  return staticPageMetadata(site, { title: page.title, slug: page.slug, body });
}

export default async function StaticPage({ params }: Props) {
  const page = await loadPage(params);
  const [staff, box] = await Promise.all([
    page.slug === ROSTER_PAGE_SLUG ? listNewsroomStaff() : [],
    BOX_REDAKSI_PAGE_SLUGS.includes(page.slug) ? getCachedBoxRedaksi() : null,
  ]);
  return (
    <article className="mx-auto max-w-3xl">
      <h1 className="mb-6 text-3xl font-bold">{page.title}</h1>
      <StaticPageContent blocks={page.blocks} />
      {box && <BoxRedaksiSection box={box} />}
      <NewsroomRoster staff={staff} />
    </article>
  );
}
