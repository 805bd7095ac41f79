import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { transitionArticle, type Transition } from "@/lib/articles/workflow";
import { backupSettings, createBackup, restoreBackup } from "@/lib/backups";
import { generatePassword, newPasswordSchema } from "@/lib/auth/password";
import { invalidateTags } from "@/lib/cache/invalidation";
import { tags } from "@/lib/cache/tags";
import { addStaffAccount } from "@/lib/staff/newsroom";
import { USER_ROLES, articles } from "@/db/schema";
import { closeDatabase, databasePath, getDb, migrateDatabase } from "@/db/client";
import { seedDatabase } from "@/lib/seed";

const USAGE = `Usage: tsx lib/cli/main.ts migrate | seed | publish <slug> | unpublish <slug> | backup | restore <backup-folder-or-file>
       tsx lib/cli/main.ts user:create --email <email> --name <name> [--role contributor|reporter|editor|admin]
         (password from USER_PASSWORD, or generated and printed once)`;

/** Moves an article by slug through the workflow as the server itself; already there is not an error. */
function moveArticle(slug: string, transition: Extract<Transition, "publish" | "unpublish">): void {
  const article = getDb().select({ id: articles.id, status: articles.status }).from(articles).where(eq(articles.slug, slug)).get();
  if (!article) throw new Error(`No article with slug "${slug}"`);
  const target = transition === "publish" ? "published" : "draft";
  if (article.status === target) return console.log(`"${slug}" is already ${target}`);
  transitionArticle({ kind: "system", via: "cli" }, { articleId: article.id, transition });
}

const newUserSchema = z.object({
  email: z.email(),
  name: z.string().trim().min(1).max(120),
  role: z.enum(USER_ROLES).default("admin"),
  password: newPasswordSchema.optional(),
});

async function createUser(args: string[]): Promise<void> {
  const { values } = parseArgs({ args, options: { email: { type: "string" }, name: { type: "string" }, role: { type: "string" } } });
  const parsed = newUserSchema.safeParse({ ...values, password: process.env.USER_PASSWORD || undefined });
  if (!parsed.success) usage(z.prettifyError(parsed.error));
  const password = parsed.data.password ?? generatePassword();
  await addStaffAccount({ ...parsed.data, email: parsed.data.email.toLowerCase(), password }, { actorId: null, via: "cli" });
  console.log(`Created ${parsed.data.role} ${parsed.data.email}${parsed.data.password ? "" : ` with password ${password} (shown only this once)`}`);
}

const commands: Record<string, (args: string[]) => Promise<void> | void> = {
  migrate: () => migrateDatabase(),
  seed: async () => {
    migrateDatabase();
    await seedDatabase();
    invalidateTags([tags.site]);
  },
  publish: ([slug]) => moveArticle(requireArg(slug, "slug"), "publish"),
  unpublish: ([slug]) => moveArticle(requireArg(slug, "slug"), "unpublish"),
  backup: async () => {
    const settings = backupSettings() ?? usage("BACKUP_DIR is off: set BACKUP_DIR to the folder to back up into");
    const backup = await createBackup(settings);
    console.log(`Backed up to ${backup.path} (the newest ${settings.keep} backups are kept)`);
  },
  restore: async ([source]) => {
    const { mediaFilesAdded } = await restoreBackup(resolve(requireArg(source, "backup-folder-or-file")));
    console.log(`Restored from ${source} (${mediaFilesAdded} media files added to MEDIA_DIR). Start the server again.`);
  },
  "user:create": (args) => {
    migrateDatabase();
    return createUser(args);
  },
};

function requireArg(value: string | undefined, name: string): string {
  if (!value) usage(`missing <${name}>`);
  return value;
}

function usage(problem: string): never {
  console.error(`${problem}\n${USAGE}`);
  process.exit(2);
}

const [name = "", ...args] = process.argv.slice(2);
const command = commands[name] ?? usage(`unknown command "${name}"`);
try {
  await command(args);
  console.log(`${name}: done (${databasePath()})`);
} catch (error) {
  console.error(`${name} failed: ${error instanceof Error ? error.message : error}`);
  process.exitCode = 1;
} finally {
  closeDatabase();
}
