import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDatabase, getDb } from "@/db/client";
import { seedFreshDatabase } from "@/lib/seed/testing";
import { tags } from "@/lib/cache/tags";
import { invalidatedSince, lastInvalidationId, seededStaff } from "@/lib/newsroom/testing";
import { editPublishedArticle, openNewsroomDesk, publishNewArticle } from "./newsroom-writers";

const articleRow = (id: number) =>
  getDb().$client.prepare("SELECT title, slug, status, category_id AS categoryId, author_id AS authorId, version, body_text AS text FROM articles WHERE id = ?").get(id) as {
    title: string;
    slug: string;
    status: string;
    categoryId: number | null;
    authorId: number;
    version: number;
    text: string;
  };

const tagsOf = (id: number) =>
  (getDb().$client.prepare("SELECT h.slug AS slug FROM article_hashtags ah JOIN hashtags h ON h.id = ah.hashtag_id WHERE ah.article_id = ?").all(id) as { slug: string }[]).map(
    (row) => row.slug,
  );

describe("the news day's newsroom writers", () => {
  beforeAll(async () => {
    await seedFreshDatabase();
  });
  afterAll(() => closeDatabase());

  it("publish, as the seeded editor, a new article in a category with two or three of its existing hashtags", () => {
    const desk = openNewsroomDesk([]);
    expect(desk.editor.id).toBe(seededStaff().editor.id);
    const hashtagsBefore = (getDb().$client.prepare("SELECT count(*) AS n FROM hashtags").get() as { n: number }).n;
    const mark = lastInvalidationId();

    const { id, slug } = publishNewArticle(desk);

    const row = articleRow(id);
    expect(row).toMatchObject({ slug, status: "published", authorId: desk.editor.id });
    expect(desk.desks.map((category) => category.id)).toContain(row.categoryId);
    expect(tagsOf(id).length).toBeGreaterThanOrEqual(2);
    expect(tagsOf(id).length).toBeLessThanOrEqual(3);
    expect((getDb().$client.prepare("SELECT count(*) AS n FROM hashtags").get() as { n: number }).n).toBe(hashtagsBefore);
    expect(invalidatedSince(mark)).toEqual(expect.arrayContaining([tags.article(id), tags.latest]));
  });

  it("edit a published story: a new title and first paragraph, as a new version at the same address", () => {
    const target = (getDb().$client.prepare("SELECT id FROM articles WHERE status = 'published' ORDER BY published_at DESC LIMIT 1").get() as { id: number }).id;
    const desk = openNewsroomDesk([target]);
    const before = articleRow(target);
    const mark = lastInvalidationId();

    editPublishedArticle(desk, Date.UTC(2026, 0, 5, 3, 4, 5));
    const after = articleRow(target);
    expect(after.title).toBe(`${before.title} (Diperbarui 10.04.05 WIB)`);
    expect(after.text.startsWith("Pembaruan 10.04.05 WIB: ")).toBe(true);
    expect(after).toMatchObject({ slug: before.slug, status: "published", version: before.version + 1 });
    expect(invalidatedSince(mark)).toContain(tags.article(target));

    editPublishedArticle(desk, Date.UTC(2026, 0, 5, 3, 9, 0));
    const again = articleRow(target);
    expect(again.title).toBe(`${before.title} (Diperbarui 10.09.00 WIB)`);
    expect(again.text.startsWith("Pembaruan 10.09.00 WIB: ")).toBe(true);
    expect(again.text).not.toContain("Pembaruan 10.04.05");
  });
});
