import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import * as schema from "./schema";

export type Database = BetterSQLite3Database<typeof schema> & { $client: BetterSqlite3.Database };

export const DEFAULT_DATABASE_PATH = "data/portal.db";
/** The size the WAL file is cut back to once checkpointed, however far a long reader let it grow. */
export const WAL_SIZE_LIMIT_BYTES = 32 * 1024 * 1024;
/**
 * The pages a connection keeps in memory (SQLite's default is 2 MB). A search ranks up to a thousand
 * candidates, whose rows reach past the article body's overflow pages to their status: some 4 000
 * pages, which a 2 MB cache reads again from the file on every search, and which evict the pages
 * the listings read.
 */
export const PAGE_CACHE_BYTES = 64 * 1024 * 1024;
const MIGRATIONS_FOLDER = resolve(process.cwd(), "db", "migrations");

/**
 * Next bundles this module once per layer (pages, route handlers, instrumentation), each copy with its
 * own module state, so the process-wide connection is kept on globalThis: with one connection per
 * layer, every write through one (a publish, the view counts) made SQLite empty the page cache of
 * the others, and the next render read its pages from the file again.
 */
const SHARED_CONNECTION = Symbol.for("ri-news-portal.database-connection");
type SharedConnection = { path: string; client: BetterSqlite3.Database };
const processGlobal = globalThis as { [SHARED_CONNECTION]?: SharedConnection };

/** This copy's drizzle over the shared connection. */
let current: { client: BetterSqlite3.Database; db: Database } | undefined;

export function databasePath(): string {
  return resolve(/*turbopackIgnore: true*/ process.cwd(), process.env.DATABASE_PATH || DEFAULT_DATABASE_PATH);
}

export function openDatabase(path: string): Database {
  return drizzleOver(openConnection(path));
}

function openConnection(path: string): BetterSqlite3.Database {
  mkdirSync(dirname(path), { recursive: true });
  const client = new BetterSqlite3(path);
  client.pragma("journal_mode = WAL");
  // In WAL mode NORMAL syncs only at checkpoints: a power cut can take back commits already
  // acknowledged to a writer. FULL syncs the WAL on every commit.
  client.pragma("synchronous = FULL");
  client.pragma(`journal_size_limit = ${WAL_SIZE_LIMIT_BYTES}`);
  client.pragma(`cache_size = -${PAGE_CACHE_BYTES / 1024}`);
  client.pragma("foreign_keys = ON");
  client.pragma("busy_timeout = 5000");
  return client;
}

function drizzleOver(client: BetterSqlite3.Database): Database {
  return withImmediateTransactions(drizzle({ client, schema }));
}

/**
 * Every transaction takes the write lock when it begins. A deferred one reads first, and when another
 * connection (the CLI, a second server) commits before its first write, SQLite cannot upgrade its
 * snapshot and fails with SQLITE_BUSY_SNAPSHOT instead of waiting: busy_timeout does not apply.
 * All transactions here write, so none loses concurrency by this.
 */
function withImmediateTransactions(db: Database): Database {
  const begin = db.transaction.bind(db);
  db.transaction = (run, config) => begin(run, { behavior: "immediate", ...config });
  return db;
}

/**
 * The process-wide database, opened on first use (never at import time, so `next build`
 * needs no data file). A change of DATABASE_PATH (tests) opens the new file.
 */
export function getDb(): Database {
  const path = databasePath();
  let shared = processGlobal[SHARED_CONNECTION];
  if (shared?.path !== path) {
    shared?.client.close();
    shared = processGlobal[SHARED_CONNECTION] = { path, client: openConnection(path) };
  }
  if (current?.client !== shared.client) current = { client: shared.client, db: drizzleOver(shared.client) };
  return current.db;
}

export function migrateDatabase(db: Database = getDb()): void {
  migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
}

export function closeDatabase(): void {
  processGlobal[SHARED_CONNECTION]?.client.close();
  delete processGlobal[SHARED_CONNECTION];
  current = undefined;
}

export type Transaction = Parameters<Parameters<Database["transaction"]>[0]>[0];
/** Either the database or an open transaction: lib functions that compose take this. */
export type DbExecutor = Database | Transaction;

// The backup API copies this many pages (4 KB each by default) per step, yielding to the event loop in between.
const SNAPSHOT_PAGES_PER_STEP = 1000;

/**
 * Copies the database at `source` into a new file `destination`: one consistent snapshot, taken
 * while other connections and processes go on writing.
 */
export async function copyDatabaseSnapshot(source: string, destination: string): Promise<void> {
  const client = new BetterSqlite3(source, { fileMustExist: true });
  try {
    // @NOTE SQLite's backup API starts over whenever another connection commits between two of its
    // steps, so on a busy site (view counts every 5 s, a second server) a large copy might never end.
    // A read transaction held across all steps pins one snapshot for every step instead; WAL lets
    // writers go on meanwhile (the WAL cannot be checkpointed past it until the copy is done).
    client.exec("begin");
    client.prepare("select count(*) from sqlite_schema").get();
    await client.backup(destination, { progress: () => SNAPSHOT_PAGES_PER_STEP });
    client.exec("commit");
  } finally {
    client.close();
  }
}

/** Why the file at `path` cannot serve as this app's database, or null when it can. */
export function databaseFileProblem(path: string): string | null {
  let client: BetterSqlite3.Database | undefined;
  try {
    client = new BetterSqlite3(path, { fileMustExist: true });
    const problems = client.prepare("pragma integrity_check(20)").pluck().all() as string[];
    if (problems.join() !== "ok") return `integrity check failed: ${problems.join("; ")}`;
    const migrated = client.prepare("select 1 from sqlite_schema where type = 'table' and name = '__drizzle_migrations'").get();
    if (!migrated || !client.prepare("select 1 from __drizzle_migrations limit 1").get()) {
      return "it is a SQLite database, but not this portal's (no applied migrations)";
    }
    return null;
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === "SQLITE_NOTADB") return "it is not a SQLite database";
    if (code === "SQLITE_CORRUPT") return `the database is corrupt (${(error as Error).message})`;
    return (error as Error).message;
  } finally {
    client?.close();
  }
}

/**
 * Prepares the database at `path` to be replaced by another file: false while any connection (a
 * running server, a CLI command) has it open. Otherwise its WAL is checkpointed into the file and
 * removed, so that no -wal is left behind to be read as part of the file put in its place.
 */
export function releaseDatabaseFile(path: string): boolean {
  const client = new BetterSqlite3(path, { timeout: 0, fileMustExist: true });
  try {
    // Leaving WAL mode needs the only connection to the file (every open WAL connection holds a
    // shared lock on it), so this doubles as the check that nobody uses it.
    client.pragma("journal_mode = DELETE");
    return true;
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === "SQLITE_BUSY") return false;
    // A file that is no database (a corrupt one being restored over) has no WAL worth keeping.
    if (code === "SQLITE_NOTADB" || code === "SQLITE_CORRUPT") return true;
    throw error;
  } finally {
    client.close();
  }
}
