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
const MIGRATIONS_FOLDER = resolve(process.cwd(), "db", "migrations");

let current: { path: string; db: Database } | undefined;

export function databasePath(): string {
  return resolve(/*turbopackIgnore: true*/ process.cwd(), process.env.DATABASE_PATH || DEFAULT_DATABASE_PATH);
}

export function openDatabase(path: string): Database {
  mkdirSync(dirname(path), { recursive: true });
  const client = new BetterSqlite3(path);
  client.pragma("journal_mode = WAL");
  // In WAL mode NORMAL syncs only at checkpoints: a power cut can take back commits already
  // acknowledged to a writer. FULL syncs the WAL on every commit.
  client.pragma("synchronous = FULL");
  client.pragma(`journal_size_limit = ${WAL_SIZE_LIMIT_BYTES}`);
  client.pragma("foreign_keys = ON");
  client.pragma("busy_timeout = 5000");
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
  if (current?.path !== path) {
    current?.db.$client.close();
    current = { path, db: openDatabase(path) };
  }
  return current.db;
}

export function migrateDatabase(db: Database = getDb()): void {
  migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
}

export function closeDatabase(): void {
  current?.db.$client.close();
  current = undefined;
}

export type Transaction = Parameters<Parameters<Database["transaction"]>[0]>[0];
/** Either the database or an open transaction: lib functions that compose take this. */
export type DbExecutor = Database | Transaction;
