import { randomUUID } from "node:crypto";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { closeDatabase, getDb, migrateDatabase } from "./client";

/** Points the process at a new, migrated SQLite file in the temp directory and returns its path. */
export function openFreshDatabase(): string {
  const path = join(tmpdir(), `portal-test-${randomUUID()}.db`);
  closeDatabase();
  process.env.DATABASE_PATH = path;
  migrateDatabase(getDb());
  return path;
}
