import { sql } from "drizzle-orm";
import {
  type AnySQLiteColumn,
  check,
  index,
  integer,
  primaryKey,
  sqliteTable,
  text,
  uniqueIndex,
} from "drizzle-orm/sqlite-core";

// Times are UTC epoch milliseconds; pages show them in Asia/Jakarta.
const epochMs = (name: string) => integer(name, { mode: "number" });
const createdAt = () => epochMs("created_at").notNull().default(sql`(unixepoch('subsec') * 1000)`);

export const USER_ROLES = ["contributor", "reporter", "editor", "admin"] as const;
export type UserRole = (typeof USER_ROLES)[number];

export const ARTICLE_STATUSES = ["draft", "review", "scheduled", "published", "withdrawn"] as const;
export type ArticleStatus = (typeof ARTICLE_STATUSES)[number];
/** What a story is (lib/articles/kinds.ts): labelled for readers; `advertorial` is sponsored content. */
export const ARTICLE_KINDS = ["berita", "opini", "advertorial", "rilis-pers", "foto", "video", "live"] as const;
export type ArticleKind = (typeof ARTICLE_KINDS)[number];

export const CREDIT_ROLES = ["pewarta", "editor", "penerjemah", "fotografer", "kontributor"] as const;
export type CreditRole = (typeof CREDIT_ROLES)[number];

export const users = sqliteTable(
  "users",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    email: text("email").notNull(),
    name: text("name").notNull(),
    slug: text("slug").notNull(),
    role: text("role", { enum: USER_ROLES }).notNull(),
    passwordHash: text("password_hash").notNull(),
    bio: text("bio"),
    /** The public job title on the Redaksi roster (jabatan); the role is about permissions only. */
    jobTitle: text("job_title"),
    /** Whether the account is listed on the Redaksi roster (an IT admin, say, is not). */
    onRoster: integer("on_roster", { mode: "boolean" }).notNull().default(true),
    photoMediaId: integer("photo_media_id").references((): AnySQLiteColumn => media.id, {
      onDelete: "set null",
    }),
    active: integer("active", { mode: "boolean" }).notNull().default(true),
    createdAt: createdAt(),
    updatedAt: epochMs("updated_at"),
  },
  (t) => [uniqueIndex("users_email_unique").on(sql`lower(${t.email})`), uniqueIndex("users_slug_unique").on(t.slug)],
);

export const sessions = sqliteTable(
  "sessions",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    tokenHash: text("token_hash").notNull(),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    expiresAt: epochMs("expires_at").notNull(),
    createdAt: createdAt(),
    userAgent: text("user_agent"),
    ipAddress: text("ip_address"),
    // A fixed-vocabulary summary of the User-Agent ("Chrome di Android", lib/auth/device.ts), shown to staff.
    device: text("device"),
    // Moved with the sliding expiry (at most hourly), so it is as fresh as that, not per request.
    lastSeenAt: epochMs("last_seen_at"),
  },
  (t) => [uniqueIndex("sessions_token_hash_unique").on(t.tokenHash), index("sessions_user_idx").on(t.userId)],
);

// Failed password attempts per counter: at sign-in per account, per client address and per both;
// at a password change per user (lib/auth/password-throttle.ts).
export const signInThrottles = sqliteTable(
  "sign_in_throttles",
  {
    // "account:<email>", "address:<ip>", "account-address:[<email>,<ip>]" or "password-change:<user id>".
    key: text("key").primaryKey(),
    failures: integer("failures").notNull(),
    lastFailureAt: epochMs("last_failure_at").notNull(),
  },
  // Forgetting and evicting the oldest counters walk this instead of the table.
  (t) => [index("sign_in_throttles_last_failure_idx").on(t.lastFailureAt)],
);

export const categories = sqliteTable(
  "categories",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    name: text("name").notNull(),
    slug: text("slug").notNull(),
    description: text("description"),
    position: integer("position").notNull().default(0),
  },
  (t) => [uniqueIndex("categories_slug_unique").on(t.slug)],
);

export const hashtags = sqliteTable(
  "hashtags",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    name: text("name").notNull(),
    slug: text("slug").notNull(),
    description: text("description"),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("hashtags_slug_unique").on(t.slug)],
);

export const media = sqliteTable("media", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  // Public URL path of the original ("/demo/nasional.jpg", "/media/<key>").
  url: text("url").notNull(),
  mimeType: text("mime_type").notNull(),
  width: integer("width").notNull(),
  height: integer("height").notNull(),
  byteSize: integer("byte_size"),
  alt: text("alt").notNull(),
  caption: text("caption"),
  credit: text("credit"),
  uploadedBy: integer("uploaded_by").references((): AnySQLiteColumn => users.id, { onDelete: "set null" }),
  createdAt: createdAt(),
});

export const articles = sqliteTable(
  "articles",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    slug: text("slug").notNull(),
    title: text("title").notNull(),
    dek: text("dek"),
    // The body document (lib/body/schema.ts), stored as JSON text.
    body: text("body", { mode: "json" }).notNull(),
    bodyText: text("body_text").notNull().default(""),
    datelinePlace: text("dateline_place"),
    kind: text("kind", { enum: ARTICLE_KINDS }).notNull().default("berita"),
    status: text("status", { enum: ARTICLE_STATUSES }).notNull().default("draft"),
    publishedAt: epochMs("published_at"),
    scheduledAt: epochMs("scheduled_at"),
    // The version the editor scheduled: the scheduler publishes exactly that one, or nothing.
    scheduledVersion: integer("scheduled_version"),
    categoryId: integer("category_id").references(() => categories.id, { onDelete: "set null" }),
    featuredMediaId: integer("featured_media_id").references(() => media.id, { onDelete: "set null" }),
    authorId: integer("author_id").references(() => users.id, { onDelete: "set null" }),
    seoTitle: text("seo_title"),
    seoDescription: text("seo_description"),
    // Pencabutan: when an editor withdrew the published article, and the reason readers are given.
    withdrawnAt: epochMs("withdrawn_at"),
    withdrawalReason: text("withdrawal_reason"),
    // A Live story's coverage ended (an editor's move): no more entries; its JSON-LD gets coverageEndTime.
    liveEndedAt: epochMs("live_ended_at"),
    version: integer("version").notNull().default(1),
    deletedAt: epochMs("deleted_at"),
    createdAt: createdAt(),
    updatedAt: epochMs("updated_at").notNull(),
  },
  (t) => [
    uniqueIndex("articles_slug_unique").on(t.slug),
    index("articles_status_published_idx").on(t.status, t.publishedAt, t.id),
    index("articles_category_published_idx").on(t.categoryId, t.status, t.publishedAt, t.id),
    index("articles_author_idx").on(t.authorId, t.status),
    index("articles_title_idx").on(sql`lower(${t.title})`),
  ],
);

export const articleCredits = sqliteTable(
  "article_credits",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    articleId: integer("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    role: text("role", { enum: CREDIT_ROLES }).notNull(),
    // A staff member, or a guest byline that needs no account.
    userId: integer("user_id").references(() => users.id, { onDelete: "set null" }),
    guestName: text("guest_name"),
    position: integer("position").notNull().default(0),
    // Listing copies, as in article_hashtags: author pages read one index.
    status: text("status", { enum: ARTICLE_STATUSES }).notNull(),
    publishedAt: epochMs("published_at"),
  },
  (t) => [
    index("article_credits_article_idx").on(t.articleId, t.position),
    index("article_credits_listing_idx").on(t.userId, t.status, t.publishedAt, t.articleId),
  ],
);

export const articleHashtags = sqliteTable(
  "article_hashtags",
  {
    articleId: integer("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    hashtagId: integer("hashtag_id")
      .notNull()
      .references(() => hashtags.id, { onDelete: "cascade" }),
    position: integer("position").notNull().default(0),
    // Copies of the article's status and published_at keep hashtag listings on one index
    // (no join-then-sort over every article of a big hashtag); the article service keeps them in step.
    status: text("status", { enum: ARTICLE_STATUSES }).notNull(),
    publishedAt: epochMs("published_at"),
  },
  (t) => [
    primaryKey({ columns: [t.articleId, t.hashtagId] }),
    index("article_hashtags_listing_idx").on(t.hashtagId, t.status, t.publishedAt, t.articleId),
  ],
);

// "revision": a version as saved or moved; "autosave": one that the same writer's next autosave may
// replace; "proposal": a writer's change to a published or scheduled article, waiting for an editor
// (its `version` is the version it was written on; the article itself is untouched).
export const REVISION_KINDS = ["revision", "autosave", "proposal"] as const;
export type RevisionKind = (typeof REVISION_KINDS)[number];
export const PROPOSAL_STATES = ["open", "applied", "rejected"] as const;
export type ProposalState = (typeof PROPOSAL_STATES)[number];

export const articleRevisions = sqliteTable(
  "article_revisions",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    articleId: integer("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    version: integer("version").notNull(),
    // Full snapshot of the article, its credits and hashtags as saved.
    snapshot: text("snapshot", { mode: "json" }).notNull(),
    authorId: integer("author_id").references(() => users.id, { onDelete: "set null" }),
    note: text("note"),
    createdAt: createdAt(),
    kind: text("kind", { enum: REVISION_KINDS }).notNull().default("revision"),
    // Proposals only: open until an editor applies or rejects it (with a note back to the writer).
    proposalState: text("proposal_state", { enum: PROPOSAL_STATES }),
    reviewNote: text("review_note"),
    reviewedBy: integer("reviewed_by").references(() => users.id, { onDelete: "set null" }),
    reviewedAt: epochMs("reviewed_at"),
  },
  (t) => [
    index("article_revisions_article_idx").on(t.articleId, t.version),
    // One open proposal per writer per article: the writer's next save updates it.
    uniqueIndex("article_revisions_open_proposal_unique")
      .on(t.articleId, t.authorId)
      .where(sql`kind = 'proposal' and proposal_state = 'open'`),
    index("article_revisions_open_proposals_idx").on(t.proposalState, t.createdAt).where(sql`kind = 'proposal'`),
  ],
);

// Dated correction notes ("Koreksi") an editor adds to a published article; shown at its end.
/** Pedoman Media Siber's kinds of public note: a correction, an erratum, a right of reply. */
export const CORRECTION_KINDS = ["koreksi", "ralat", "hak-jawab"] as const;
export type CorrectionKind = (typeof CORRECTION_KINDS)[number];

export const articleCorrections = sqliteTable(
  "article_corrections",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    articleId: integer("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: CORRECTION_KINDS }).notNull().default("koreksi"),
    note: text("note").notNull(),
    /** A right of reply's published text, when it is published apart (http or https). */
    replyUrl: text("reply_url"),
    createdAt: createdAt(),
    createdBy: integer("created_by").references(() => users.id, { onDelete: "set null" }),
  },
  (t) => [index("article_corrections_article_idx").on(t.articleId, t.createdAt)],
);

// The timestamped entries of a Live story (lib/articles/live-reports.ts), newest first on its page.
export const liveEntries = sqliteTable(
  "live_entries",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    articleId: integer("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    // A body document (lib/body/schema.ts), as the article's own.
    body: text("body", { mode: "json" }).notNull(),
    /** A key moment: also listed at the top of the report. */
    isKey: integer("is_key", { mode: "boolean" }).notNull().default(false),
    createdAt: createdAt(),
    createdBy: integer("created_by").references(() => users.id, { onDelete: "set null" }),
    updatedAt: epochMs("updated_at").notNull(),
  },
  (t) => [index("live_entries_article_idx").on(t.articleId, t.createdAt)],
);
export type LiveEntry = typeof liveEntries.$inferSelect;

// An old public path and what now lives elsewhere: exactly one of an article, a category or a hashtag.
export const redirects = sqliteTable(
  "redirects",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    fromPath: text("from_path").notNull(),
    articleId: integer("article_id").references(() => articles.id, { onDelete: "cascade" }),
    categoryId: integer("category_id").references(() => categories.id, { onDelete: "cascade" }),
    hashtagId: integer("hashtag_id").references(() => hashtags.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("redirects_from_path_unique").on(t.fromPath),
    index("redirects_article_idx").on(t.articleId),
    index("redirects_category_idx").on(t.categoryId),
    index("redirects_hashtag_idx").on(t.hashtagId),
    check(
      "redirects_one_target",
      // Bare column names: drizzle-kit would qualify them with the temporary table name of its rebuild.
      sql`(article_id is not null) + (category_id is not null) + (hashtag_id is not null) = 1`,
    ),
  ],
);

export const articleViews = sqliteTable(
  "article_views",
  {
    articleId: integer("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    // Calendar day in WIB, "2025-06-18".
    day: text("day").notNull(),
    views: integer("views").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.day] }), index("article_views_day_idx").on(t.day, t.views)],
);

export const auditLog = sqliteTable(
  "audit_log",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    actorId: integer("actor_id").references(() => users.id, { onDelete: "set null" }),
    action: text("action").notNull(),
    subjectType: text("subject_type", { enum: ["article", "user", "settings", "category", "hashtag", "media"] }).notNull(),
    subjectId: integer("subject_id"),
    details: text("details", { mode: "json" }),
    createdAt: createdAt(),
  },
  (t) => [
    index("audit_log_created_idx").on(t.createdAt),
    index("audit_log_subject_idx").on(t.subjectType, t.subjectId),
  ],
);

export const settings = sqliteTable("settings", {
  key: text("key").primaryKey(),
  value: text("value", { mode: "json" }).notNull(),
});

// Static pages a portal must have (Tentang Kami, Redaksi, Kontak, Pedoman Media Siber); body as plain paragraphs.
export const staticPages = sqliteTable(
  "static_pages",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    slug: text("slug").notNull(),
    title: text("title").notNull(),
    body: text("body").notNull(),
    position: integer("position").notNull().default(0),
    updatedAt: epochMs("updated_at").notNull(),
  },
  (t) => [uniqueIndex("static_pages_slug_unique").on(t.slug)],
);

export const AD_PLACEMENTS = ["leaderboard", "sidebar", "in-article", "listing"] as const;
export type AdPlacement = (typeof AD_PLACEMENTS)[number];
export const AD_KINDS = ["banner", "snippet"] as const;
export type AdKind = (typeof AD_KINDS)[number];

// The fixed ad slots (lib/ads/slots.ts): one row per placement once an admin has saved it.
export const adSlots = sqliteTable("ad_slots", {
  placement: text("placement", { enum: AD_PLACEMENTS }).primaryKey(),
  enabled: integer("enabled", { mode: "boolean" }).notNull().default(false),
  kind: text("kind", { enum: AD_KINDS }).notNull().default("banner"),
  mediaId: integer("media_id").references((): AnySQLiteColumn => media.id, { onDelete: "set null" }),
  targetUrl: text("target_url"),
  alt: text("alt"),
  snippet: text("snippet"),
  startsAt: epochMs("starts_at"),
  endsAt: epochMs("ends_at"),
  /** In-article: the paragraph it follows; listing: after every this many items. */
  position: integer("position"),
  updatedAt: epochMs("updated_at").notNull(),
});

// Cache tags invalidated by any process (server, seed, CLI); each server applies new rows to its page cache.
export const cacheInvalidations = sqliteTable(
  "cache_invalidations",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    tag: text("tag").notNull(),
    invalidatedAt: epochMs("invalidated_at").notNull(),
  },
  (t) => [index("cache_invalidations_at_idx").on(t.invalidatedAt)],
);

export type User = typeof users.$inferSelect;
export type Session = typeof sessions.$inferSelect;
export type Category = typeof categories.$inferSelect;
export type Hashtag = typeof hashtags.$inferSelect;
export type Media = typeof media.$inferSelect;
export type Article = typeof articles.$inferSelect;
export type NewArticle = typeof articles.$inferInsert;
export type ArticleCredit = typeof articleCredits.$inferSelect;
export type ArticleRevision = typeof articleRevisions.$inferSelect;
export type ArticleCorrection = typeof articleCorrections.$inferSelect;
export type AuditLogEntry = typeof auditLog.$inferSelect;
export type StaticPage = typeof staticPages.$inferSelect;
export type AdSlotRow = typeof adSlots.$inferSelect;
