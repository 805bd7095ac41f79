import { execFileSync } from "node:child_process";
import { desc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signIn } from "@/lib/auth/sign-in";
import { tags } from "@/lib/cache/tags";
import { slugify } from "@/lib/text/slug";
import { closeDatabase, getDb } from "@/db/client";
import { articles, auditLog, cacheInvalidations, users } from "@/db/schema";
import { SEED_ARTICLE } from "@/lib/seed";
import { seedFreshDatabase } from "@/lib/seed/testing";

const slug = slugify(SEED_ARTICLE.title);
let databasePath: string;

function cli(...args: string[]): string {
  return execFileSync("node_modules/.bin/tsx", ["lib/cli/main.ts", ...args], {
    env: { ...process.env, DATABASE_PATH: databasePath, USER_PASSWORD: "kata-sandi-cli-2025" },
    encoding: "utf8",
  });
}

// Each command is a fresh `tsx` process: seconds each on a busy machine.
const CLI_TEST_TIMEOUT_MS = 60_000;

const seedArticle = () => getDb().select().from(articles).where(eq(articles.slug, slug)).get()!;

describe("lib/cli/main.ts", () => {
  beforeAll(async () => {
    databasePath = await seedFreshDatabase();
  });
  afterAll(() => closeDatabase());

  it("unpublish and publish go through the workflow: an audit entry, a new version, the article's pages invalidated", () => {
    const before = seedArticle();
    cli("unpublish", slug);
    expect(seedArticle()).toMatchObject({ status: "draft", version: before.version + 1 });
    expect(getDb().select().from(auditLog).orderBy(desc(auditLog.id)).get()).toMatchObject({
      actorId: null,
      action: "article.unpublished",
      details: expect.objectContaining({ via: "cli" }),
    });
    const invalidated = getDb().select({ tag: cacheInvalidations.tag }).from(cacheInvalidations).all().map((row) => row.tag);
    expect(invalidated).toEqual(expect.arrayContaining([tags.article(before.id), tags.articleSlug(slug), tags.latest]));

    expect(cli("unpublish", slug)).toContain("already draft");
    cli("publish", slug);
    expect(seedArticle()).toMatchObject({ status: "published", publishedAt: before.publishedAt });
  }, CLI_TEST_TIMEOUT_MS);

  it("user:create adds an account that signs in with USER_PASSWORD", async () => {
    cli("user:create", "--email", "Pemred@RINewsPortal.example", "--name", "Pemimpin Redaksi", "--role", "admin");
    expect(getDb().select().from(users).where(eq(users.email, "pemred@rinewsportal.example")).get()).toMatchObject({ role: "admin", name: "Pemimpin Redaksi" });
    expect((await signIn({ email: "pemred@rinewsportal.example", password: "kata-sandi-cli-2025" }, { address: "192.0.2.60" })).ok).toBe(true);
  }, CLI_TEST_TIMEOUT_MS);
});
