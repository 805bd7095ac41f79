import BetterSqlite3 from "better-sqlite3";

// The end-to-end server's database (playwright.config.ts puts its path in E2E_DATABASE_PATH), read
// by the tests to find their subjects and to see what the server wrote.
export function readDatabase<T>(read: (db: BetterSqlite3.Database) => T): T {
  const path = process.env.E2E_DATABASE_PATH;
  if (!path) throw new Error("E2E_DATABASE_PATH is not set");
  const db = new BetterSqlite3(path, { readonly: true, fileMustExist: true });
  try {
    return read(db);
  } finally {
    db.close();
  }
}

export type ArticleRow = { id: number; slug: string; title: string };

/** Published articles, newest first. */
export function publishedArticles(): ArticleRow[] {
  return readDatabase(
    (db) => db.prepare("select id, slug, title from articles where status = 'published' order by published_at desc, id desc").all() as ArticleRow[],
  );
}
