import { databasePath, migrateDatabase } from "./client";
import { isDatabaseEmpty, seedDatabase } from "./seed";

/** Run at server start: bring the schema up to date and give an empty database the demo content. */
export async function prepareDatabase(log: (line: string) => void = console.log): Promise<void> {
  migrateDatabase();
  if (isDatabaseEmpty()) {
    log(`Empty database at ${databasePath()}: adding demo content.`);
    await seedDatabase({ log });
  }
}
