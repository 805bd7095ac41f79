import { randomUUID } from "node:crypto";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { closeDatabase, getDb, migrateDatabase } from "./client";
import { seedDatabase } from "./seed";

/** The demo accounts' password in tests. */
export const TEST_STAFF_PASSWORD = "kata-sandi-uji";

/** Points the process at a new, migrated SQLite file in the temp directory and returns its path. */
export function openFreshDatabase(): string {
  const path = join(tmpdir(), `portal-test-${randomUUID()}.db`);
  closeDatabase();
  process.env.DATABASE_PATH = path;
  migrateDatabase(getDb());
  return path;
}

/** A fresh database with the demo content, its accounts' password TEST_STAFF_PASSWORD; returns its path. */
export async function seedFreshDatabase(options: { now?: number } = {}): Promise<string> {
  const path = openFreshDatabase();
  process.env.SEED_STAFF_PASSWORD = TEST_STAFF_PASSWORD;
  await seedDatabase({ log: () => {}, ...options });
  return path;
}
