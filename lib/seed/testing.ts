import { openFreshDatabase } from "@/db/testing";
import { seedDatabase } from "@/lib/seed";

/** The demo accounts' password in tests. */
export const TEST_STAFF_PASSWORD = "kata-sandi-uji";

/** A fresh database with the demo content, its accounts' password TEST_STAFF_PASSWORD; returns its path. */
export async function seedFreshDatabase(options: { now?: number } = {}): Promise<string> {
  const path = openFreshDatabase();
  process.env.SEED_STAFF_PASSWORD = TEST_STAFF_PASSWORD;
  await seedDatabase({ log: () => {}, ...options });
  return path;
}
