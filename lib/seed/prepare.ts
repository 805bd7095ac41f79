import { demoContent } from "@/lib/server/environment";
import { databasePath, migrateDatabase } from "@/db/client";
import { isDatabaseEmpty, seedDatabase } from "./index";

/** Run at server start: bring the schema up to date and give an empty database its first content (index.ts). */
export async function prepareDatabase(log: (line: string) => void = console.log): Promise<void> {
  migrateDatabase();
  if (!isDatabaseEmpty()) return;
  const demo = demoContent();
  log(`Empty database at ${databasePath()}: adding ${demo ? "demo content" : "settings, static pages and categories (DEMO_CONTENT=off)"}.`);
  await seedDatabase({ log, demo });
  if (!demo && !(process.env.ADMIN_EMAIL && process.env.ADMIN_PASSWORD)) {
    log("No staff account exists: set ADMIN_EMAIL and ADMIN_PASSWORD, or run `npm run user:create`, to sign in to /redaksi.");
  }
}
