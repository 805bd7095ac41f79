import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { and, desc, eq, lte, ne, type SQL } from "drizzle-orm";
import { getDb } from "@/db/client";
import { articles, articleViews, categories, media, settings, staticPages, users, type UserRole } from "@/db/schema";
import { configuredPasswordProblem, generatePassword, hashPassword } from "@/lib/auth/password";
import { paragraphsToBody } from "@/lib/body/schema";
import { importHouseCopy } from "@/lib/articles/import-house-copy";
import { createArticle, type CreditInput } from "@/lib/articles/store";
import { ConfigurationError, demoContent } from "@/lib/server/environment";
import { BOX_REDAKSI_KEY, type BoxRedaksi } from "@/lib/settings";
import { hashtagSlug, slugify } from "@/lib/text/slug";
import { wibToEpoch } from "@/lib/time";
import { generateDemoArticles } from "./demo-articles";
import { DEMO_READ_ARTICLES, demoViews } from "./demo-views";
import { STATIC_PAGES } from "./static-pages";

// Every step inserts only what is missing (looked up by a natural key), so a second run changes nothing.

const SEED_DIR = resolve(process.cwd(), "lib/seed");

export const SITE_NAME = "RI News Portal";

export const CATEGORIES = [
  ["Nasional", "nasional"],
  ["Internasional", "internasional"],
  ["Politik", "politik"],
  ["Ekonomi", "ekonomi"],
  ["Olahraga", "olahraga"],
  ["Hiburan", "hiburan"],
  ["Teknologi", "teknologi"],
  ["Gaya Hidup", "gaya-hidup"],
] as const;

export const STAFF: { role: UserRole; name: string; email: string; jobTitle: string; bio: string }[] = [
  { role: "admin", name: "Bambang Sutrisno", email: "admin@rinewsportal.example", jobTitle: "Pemimpin Redaksi", bio: "Pemimpin Redaksi RI News Portal." },
  { role: "editor", name: "Rina Kartika", email: "editor@rinewsportal.example", jobTitle: "Redaktur Pelaksana", bio: "Redaktur pelaksana desk nasional dan internasional." },
  { role: "reporter", name: "Setiawan S.TH", email: "setiawan@rinewsportal.example", jobTitle: "Pewarta", bio: "Pewarta desk internasional." },
  { role: "contributor", name: "Yusuf Hidayat", email: "kontributor@rinewsportal.example", jobTitle: "Kontributor Daerah", bio: "Kontributor daerah." },
];

export const SEED_ARTICLE = {
  title: "Korea Utara Kirim Ribuan Pekerja Militer dan Penjinak Ranjau ke Kursk, Rusia",
  dek: "Sekretaris Dewan Keamanan Rusia Sergei Shoigu menyebut Pyongyang akan mengirim 1.000 penjinak ranjau dan 5.000 pekerja konstruksi militer untuk memulihkan wilayah Kursk.",
  publishedAt: wibToEpoch("2025-06-18", "10:00"),
};

export const MOVIE_REVIEW = {
  title: "Movie Review: Brad Pitt Ngebut di Sirkuit! “F1” Sajikan Aksi Balap Memadukan Adrenalin dan Emosi",
  dek: "Film arahan Joseph Kosinski ini memadukan adegan balap yang direkam di sirkuit sungguhan dengan kisah comeback yang menyentuh.",
  publishedAt: wibToEpoch("2025-06-17", "14:00"),
};

type Log = (line: string) => void;

function seedSettings() {
  const db = getDb();
  const values: Record<string, unknown> = {
    site_name: SITE_NAME,
    site_tagline: "Berita terkini dari seluruh Indonesia dan dunia",
    site_url: process.env.SITE_URL ?? "http://localhost:3000",
  };
  db.insert(settings)
    .values(Object.entries(values).map(([key, value]) => ({ key, value })))
    .onConflictDoNothing()
    .run();
}

/** A demo box redaksi; a real portal fills in its own under Pengaturan. */
function seedDemoBoxRedaksi() {
  const box: BoxRedaksi = {
    companyName: "PT RI Media Nusantara",
    address: "Jl. Merdeka Barat No. 10\nJakarta Pusat 10110",
    phone: "(021) 555-0100",
    email: "redaksi@rinewsportal.example",
    responsiblePerson: "Bambang Sutrisno",
    editorInChief: "Bambang Sutrisno",
    dewanPersNumber: "",
  };
  getDb().insert(settings).values({ key: BOX_REDAKSI_KEY, value: box }).onConflictDoNothing().run();
}

function seedCategories(): Map<string, number> {
  const db = getDb();
  db.insert(categories)
    .values(CATEGORIES.map(([name, slug], position) => ({ name, slug, position })))
    .onConflictDoNothing({ target: categories.slug })
    .run();
  return new Map(db.select({ slug: categories.slug, id: categories.id }).from(categories).all().map((c) => [c.slug, c.id]));
}

function seedStaticPages(now: number) {
  getDb()
    .insert(staticPages)
    .values(STATIC_PAGES.map((page, position) => ({ ...page, position, updatedAt: now })))
    .onConflictDoNothing({ target: staticPages.slug })
    .run();
}

/** SEED_STAFF_PASSWORD, checked before anything is written; undefined means one is generated per account. */
function seedStaffPassword(): string | undefined {
  const password = process.env.SEED_STAFF_PASSWORD || undefined;
  const problem = password && configuredPasswordProblem("SEED_STAFF_PASSWORD", password);
  if (problem) throw new ConfigurationError(`${problem}: no demo accounts were created.`);
  return password;
}

async function seedStaff(chosenPassword: string | undefined, log: Log): Promise<Map<UserRole, number>> {
  const db = getDb();
  const ids = new Map<UserRole, number>();
  const created: string[] = [];
  for (const staff of STAFF) {
    const existing = db.select({ id: users.id }).from(users).where(eq(users.email, staff.email)).get();
    if (existing) {
      ids.set(staff.role, existing.id);
      continue;
    }
    const password = chosenPassword ?? generatePassword();
    const row = db
      .insert(users)
      .values({ ...staff, slug: slugify(staff.name), passwordHash: await hashPassword(password) })
      .returning({ id: users.id })
      .get();
    ids.set(staff.role, row.id);
    created.push(`  ${staff.role.padEnd(12)} ${staff.email.padEnd(34)} ${chosenPassword ? "(SEED_STAFF_PASSWORD)" : password}`);
  }
  if (created.length) log(`Newsroom accounts created (passwords are shown only this once):\n${created.join("\n")}`);
  return ids;
}

function seedMedia(): Map<string, number> {
  const db = getDb();
  const ids = new Map<string, number>();
  for (const [name, slug] of CATEGORIES) {
    const url = `/demo/${slug}.jpg`;
    const existing = db.select({ id: media.id }).from(media).where(eq(media.url, url)).get();
    const id =
      existing?.id ??
      db
        .insert(media)
        .values({ url, mimeType: "image/jpeg", width: 1600, height: 900, alt: `Ilustrasi rubrik ${name}`, caption: `Ilustrasi ${name}`, credit: "Redaksi RI News Portal" })
        .returning({ id: media.id })
        .get().id;
    ids.set(slug, id);
  }
  return ids;
}

function articleExists(title: string): boolean {
  return !!getDb().select({ id: articles.id }).from(articles).where(eq(articles.title, title)).get();
}

function importSeedCopy(file: string, article: typeof SEED_ARTICLE, categoryId: number, featuredMediaId: number, log: Log) {
  if (articleExists(article.title)) return;
  const result = importHouseCopy(readFileSync(resolve(SEED_DIR, file), "utf8"), {
    ...article,
    categoryId,
    featuredMediaId,
    status: "published",
    portalNames: [SITE_NAME],
  });
  if (!result.ok) throw new Error(`Seed copy ${file} did not import: ${result.error.message}`);
  if (result.pendingReferences.length) log(`${file}: unresolved Baca juga: ${result.pendingReferences.join("; ")}`);
}

function seedDemoArticles(now: number, categoryIds: Map<string, number>, mediaIds: Map<string, number>, staffIds: Map<UserRole, number>) {
  const editorId = staffIds.get("editor")!;
  for (const demo of generateDemoArticles()) {
    if (articleExists(demo.title)) continue;
    const pewarta: CreditInput =
      "staff" in demo.pewarta ? { role: "pewarta", userId: staffIds.get(demo.pewarta.staff)! } : { role: "pewarta", guestName: demo.pewarta.guest };
    const time = now - demo.hoursAgo * 3_600_000;
    createArticle({
      title: demo.title,
      dek: demo.dek,
      body: paragraphsToBody(demo.paragraphs.map((text) => ({ kind: "paragraph", text }))),
      datelinePlace: demo.datelinePlace,
      status: demo.status,
      publishedAt: demo.status === "published" ? time : null,
      scheduledAt: demo.status === "scheduled" ? time : null,
      categoryId: categoryIds.get(demo.categorySlug),
      featuredMediaId: mediaIds.get(demo.categorySlug),
      authorId: "userId" in pewarta ? pewarta.userId : editorId,
      credits: demo.withEditor ? [pewarta, { role: "editor", userId: editorId }] : [pewarta],
      hashtags: demo.hashtags.map((name) => ({ name, slug: hashtagSlug(name) })),
    });
  }
}

/** A week of views on a site nobody has read yet: the seed article first, then the newest stories. */
function seedDemoViews(now: number) {
  const db = getDb();
  if (db.select({ articleId: articleViews.articleId }).from(articleViews).limit(1).get()) return;
  const readable = (title: SQL) =>
    db
      .select({ id: articles.id, publishedAt: articles.publishedAt })
      .from(articles)
      .where(and(eq(articles.status, "published"), lte(articles.publishedAt, now), title))
      .orderBy(desc(articles.publishedAt))
      .limit(DEMO_READ_ARTICLES)
      .all();
  const read = [...readable(eq(articles.title, SEED_ARTICLE.title)), ...readable(ne(articles.title, SEED_ARTICLE.title))];
  const views = demoViews(read.map((article) => ({ id: article.id, publishedAt: article.publishedAt ?? now })), now);
  if (views.length) db.insert(articleViews).values(views).run();
}

/**
 * What a new site starts with: settings, the static pages and the categories, then (unless
 * DEMO_CONTENT=off, a production first start) demo content: one account per role, the seed
 * article and its neighbours, a week of views, and a box redaksi.
 */
export async function seedDatabase({ log = console.log, now = Date.now(), demo = demoContent() }: { log?: Log; now?: number; demo?: boolean } = {}) {
  const staffPassword = demo ? seedStaffPassword() : undefined;
  seedSettings();
  seedStaticPages(now);
  const categoryIds = seedCategories();
  if (!demo) return;
  seedDemoBoxRedaksi();
  const staffIds = await seedStaff(staffPassword, log);
  const mediaIds = seedMedia();
  // The review first, so the seed article's "Baca juga" resolves to it.
  importSeedCopy("movie-review.txt", MOVIE_REVIEW, categoryIds.get("hiburan")!, mediaIds.get("hiburan")!, log);
  importSeedCopy("seed-article.txt", SEED_ARTICLE, categoryIds.get("internasional")!, mediaIds.get("internasional")!, log);
  seedDemoArticles(now, categoryIds, mediaIds, staffIds);
  seedDemoViews(now);
}

export function isDatabaseEmpty(): boolean {
  return !getDb().select({ id: categories.id }).from(categories).limit(1).get();
}
