import { closeDatabase, databasePath, migrateDatabase } from "./client";
import { seedDatabase } from "./seed";

const commands: Record<string, () => Promise<void> | void> = {
  migrate: () => migrateDatabase(),
  seed: async () => {
    migrateDatabase();
    await seedDatabase();
  },
};

const name = process.argv[2] ?? "";
const command = commands[name];
if (!command) {
  console.error(`Usage: tsx db/cli.ts <${Object.keys(commands).join("|")}>`);
  process.exit(2);
}
await command();
console.log(`${name}: done (${databasePath()})`);
closeDatabase();
