import { publishArticle, unpublishArticle } from "@/lib/articles/publishing";
import { invalidateTags } from "@/lib/cache/invalidation";
import { tags } from "@/lib/cache/tags";
import { closeDatabase, databasePath, migrateDatabase } from "./client";
import { seedDatabase } from "./seed";

const commands: Record<string, (arg?: string) => Promise<void> | void> = {
  migrate: () => migrateDatabase(),
  seed: async () => {
    migrateDatabase();
    await seedDatabase();
    invalidateTags([tags.site]);
  },
  publish: (slug) => publishArticle(requireArg(slug, "slug")),
  unpublish: (slug) => unpublishArticle(requireArg(slug, "slug")),
};

function requireArg(value: string | undefined, name: string): string {
  if (!value) usage(`missing <${name}>`);
  return value;
}

function usage(problem: string): never {
  console.error(`${problem}\nUsage: tsx db/cli.ts migrate | seed | publish <slug> | unpublish <slug>`);
  process.exit(2);
}

const [name = "", arg] = process.argv.slice(2);
const command = commands[name] ?? usage(`unknown command "${name}"`);
try {
  await command(arg);
  console.log(`${name}: done (${databasePath()})`);
} catch (error) {
  console.error(`${name} failed: ${error instanceof Error ? error.message : error}`);
  process.exitCode = 1;
} finally {
  closeDatabase();
}
