import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDatabase, getDb } from "@/db/client";
import { articles, redirects } from "@/db/schema";
import { openFreshDatabase } from "@/db/testing";
import { createArticle } from "@/lib/articles/store";
import { paragraphsToBody } from "@/lib/body/schema";
import { tags } from "@/lib/cache/tags";
import { findArticleRedirect, recordSlugChange } from "./index";

function renameArticle(id: number, slug: string): string[] {
  const db = getDb();
  return db.transaction((tx) => {
    const old = tx.select({ slug: articles.slug }).from(articles).where(eq(articles.id, id)).get()!.slug;
    tx.update(articles).set({ slug }).where(eq(articles.id, id)).run();
    return recordSlugChange(id, old, tx);
  });
}

describe("slug-change redirects", () => {
  let id: number;
  beforeAll(() => {
    openFreshDatabase();
    id = createArticle({ title: "Judul Awal", body: paragraphsToBody([{ kind: "paragraph", text: "Isi." }]), status: "published", publishedAt: Date.now() }).id;
  });
  afterAll(() => closeDatabase());

  it("sends an old slug to the current one, and collapses chains", async () => {
    expect(renameArticle(id, "judul-kedua")).toEqual([tags.articleSlug("judul-awal")]);
    expect(await findArticleRedirect("judul-awal")).toBe("/berita/judul-kedua");
    expect(new Set(renameArticle(id, "judul-ketiga"))).toEqual(new Set([tags.articleSlug("judul-kedua"), tags.articleSlug("judul-awal")]));
    expect(await findArticleRedirect("judul-awal")).toBe("/berita/judul-ketiga");
    expect(await findArticleRedirect("judul-kedua")).toBe("/berita/judul-ketiga");
    expect(await findArticleRedirect("tidak-pernah-ada")).toBeNull();
  });

  it("forgets the redirect of a slug the article takes back", async () => {
    renameArticle(id, "judul-awal");
    expect(await findArticleRedirect("judul-awal")).toBeNull();
    expect(await findArticleRedirect("judul-ketiga")).toBe("/berita/judul-awal");
    expect(getDb().select().from(redirects).all().map((r) => r.fromPath).sort()).toEqual(["/berita/judul-kedua", "/berita/judul-ketiga"]);
  });

  it("does not redirect to an article that is not published", async () => {
    getDb().update(articles).set({ status: "draft" }).where(eq(articles.id, id)).run();
    expect(await findArticleRedirect("judul-kedua")).toBeNull();
  });
});
