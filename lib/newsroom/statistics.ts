import { sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/client";
import { assertCan } from "@/lib/auth/roles";
import type { StaffUser } from "@/lib/auth/session";
import { toCsv } from "@/lib/text/csv";
import { formatWibDateTime, wibDay } from "@/lib/time";
import { articlePath } from "@/lib/urls";

// Readers' views for editors, from article_views (one row per article per WIB day, lib/views/index.ts).
// A period is a range of WIB days ending today, so every read starts on article_views_day_idx and
// touches only that period's rows, whatever the size of the archive; each table is cut to its top
// STATISTICS_LIMIT rows. Only articles published now are counted, as on Terpopuler: an article
// taken down or trashed leaves the statistics (its counts stay, and return if it is republished).

export const STATISTICS_PERIODS = ["hari-ini", "7-hari", "30-hari"] as const;
export type StatisticsPeriod = (typeof STATISTICS_PERIODS)[number];
export const DEFAULT_PERIOD: StatisticsPeriod = "7-hari";

export const PERIOD_LABELS: Record<StatisticsPeriod, string> = {
  "hari-ini": "Hari ini",
  "7-hari": "7 hari terakhir",
  "30-hari": "30 hari terakhir",
};

const PERIOD_DAYS: Record<StatisticsPeriod, number> = { "hari-ini": 1, "7-hari": 7, "30-hari": 30 };

/** `?periode=`: anything but a known period (missing, repeated, malformed) is the default. */
export const periodParam = z.enum(STATISTICS_PERIODS).catch(DEFAULT_PERIOD);

export const STATISTICS_KINDS = ["artikel", "rubrik", "penulis"] as const;
export type StatisticsKind = (typeof STATISTICS_KINDS)[number];

/** Rows per table: a list deeper than this says nothing, and keeps each read bounded. */
export const STATISTICS_LIMIT = 100;

const DAY_MS = 24 * 60 * 60 * 1000;

/** The WIB days a period covers, first and last ("2026-05-04"). */
export function periodDays(period: StatisticsPeriod, now: number): { from: string; to: string } {
  return { from: wibDay(now - (PERIOD_DAYS[period] - 1) * DAY_MS), to: wibDay(now) };
}

export type ArticleViewsRow = { id: number; title: string; slug: string; publishedAt: number | null; categoryName: string | null; views: number };
/** A rubrik's or a staff member's total; `id` null is the articles with no rubrik. */
export type GroupViewsRow = { id: number | null; name: string; views: number; articles: number };

export type ViewStatistics = {
  period: StatisticsPeriod;
  from: string;
  to: string;
  /** Every view in the period, and how many articles were read (beyond the tables' limit too). */
  totalViews: number;
  articlesRead: number;
  articles: ArticleViewsRow[];
  categories: GroupViewsRow[];
  authors: GroupViewsRow[];
};

/**
 * Each article read in the period with its views there: one range of the (day, views) index. The
 * cross join keeps article_views outside; left to itself SQLite may start from every published
 * article and seek each one's views, which grows with the archive instead of with the period.
 */
function periodViews(from: string, to: string): SQL {
  return sql`period_views as (
    select article_views.article_id, sum(article_views.views) as views
    from article_views cross join articles on articles.id = article_views.article_id
    where article_views.day between ${from} and ${to} and articles.status = 'published' and articles.deleted_at is null
    group by article_views.article_id
  )`;
}

export function topArticlesSql(from: string, to: string, limit: number): SQL {
  return sql`with ${periodViews(from, to)}
    select articles.id, articles.title, articles.slug, articles.published_at as publishedAt, categories.name as categoryName, period_views.views
    from period_views join articles on articles.id = period_views.article_id
    left join categories on categories.id = articles.category_id
    order by period_views.views desc, articles.published_at desc, articles.id desc
    limit ${limit}`;
}

export function categoryTotalsSql(from: string, to: string, limit: number): SQL {
  return sql`with ${periodViews(from, to)}
    select categories.id, coalesce(categories.name, 'Tanpa rubrik') as name, sum(period_views.views) as views, count(*) as articles
    from period_views join articles on articles.id = period_views.article_id
    left join categories on categories.id = articles.category_id
    group by categories.id
    order by views desc, max(articles.published_at) desc, name
    limit ${limit}`;
}

// Authors as the author pages count them: every staff member credited on the article, in any role
// (article_credits); one article counts once for each of them, however many roles they had on it.
export function authorTotalsSql(from: string, to: string, limit: number): SQL {
  return sql`with ${periodViews(from, to)},
    credited as (
      select distinct article_credits.user_id, article_credits.article_id
      from period_views join article_credits on article_credits.article_id = period_views.article_id
      where article_credits.user_id is not null
    )
    select users.id, users.name, sum(period_views.views) as views, count(*) as articles
    from credited join period_views on period_views.article_id = credited.article_id
    join users on users.id = credited.user_id
    join articles on articles.id = credited.article_id
    group by users.id
    order by views desc, max(articles.published_at) desc, users.name
    limit ${limit}`;
}

function totalsSql(from: string, to: string): SQL {
  return sql`with ${periodViews(from, to)} select coalesce(sum(views), 0) as views, count(*) as articles from period_views`;
}

/** Editors and admins: views per article, per rubrik and per author over a period ending today. */
export function getViewStatistics(viewer: StaffUser, period: StatisticsPeriod, now = Date.now(), limit = STATISTICS_LIMIT): ViewStatistics {
  assertCan(viewer, "viewStatistics");
  const { from, to } = periodDays(period, now);
  const db = getDb();
  const totals = db.get<{ views: number; articles: number }>(totalsSql(from, to));
  return {
    period,
    from,
    to,
    totalViews: totals.views,
    articlesRead: totals.articles,
    articles: db.all<ArticleViewsRow>(topArticlesSql(from, to, limit)),
    categories: db.all<GroupViewsRow>(categoryTotalsSql(from, to, limit)),
    authors: db.all<GroupViewsRow>(authorTotalsSql(from, to, limit)),
  };
}

/** A download goes deeper than the page's tables, and is still bounded. */
export const CSV_LIMIT = 5_000;

/** Editors and admins: one table of a period as CSV, with its file name ("statistik-artikel-7-hari-2026-05-04.csv"). */
export function statisticsCsv(viewer: StaffUser, period: StatisticsPeriod, kind: StatisticsKind, now = Date.now()): { filename: string; csv: string } {
  assertCan(viewer, "viewStatistics");
  const { from, to } = periodDays(period, now);
  const db = getDb();
  const filename = `statistik-${kind}-${period}-${to}.csv`;
  if (kind === "artikel") {
    const rows = db.all<ArticleViewsRow>(topArticlesSql(from, to, CSV_LIMIT));
    return {
      filename,
      csv: toCsv(
        ["Judul", "Rubrik", "Tayang", "Alamat", "Dibaca"],
        rows.map((row) => [row.title, row.categoryName, row.publishedAt === null ? null : formatWibDateTime(row.publishedAt), articlePath(row.slug), row.views]),
      ),
    };
  }
  const rows = db.all<GroupViewsRow>((kind === "rubrik" ? categoryTotalsSql : authorTotalsSql)(from, to, CSV_LIMIT));
  return { filename, csv: toCsv([kind === "rubrik" ? "Rubrik" : "Penulis", "Artikel dibaca", "Dibaca"], rows.map((row) => [row.name, row.articles, row.views])) };
}
