import { randomUUID } from "node:crypto";
import { closeSync, copyFileSync, existsSync, fsyncSync, linkSync, mkdirSync, openSync, readdirSync, renameSync, rmSync, statSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { z } from "zod";
import { copyDatabaseSnapshot, databaseFileProblem, databasePath, releaseDatabaseFile } from "@/db/client";
import { mediaDir } from "@/lib/media/storage";

// Backups of the database and MEDIA_DIR into BACKUP_DIR, one folder each: <name>/portal.db (a
// consistent snapshot taken while the site runs) and <name>/media (the uploads at that moment).

export const DEFAULT_BACKUP_DIR = "data/backups";
export const DEFAULT_BACKUP_KEEP = 7;
const DATABASE_FILE = "portal.db";
const MEDIA_FOLDER = "media";
const DAY_MS = 24 * 60 * 60 * 1000;
const DAILY_CHECK_INTERVAL_MS = 60 * 60 * 1000;
// portal-2026-12-04T16-30-52-123Z: sorts by name in the order taken.
const BACKUP_NAME = /^portal-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z$/;
const PARTIAL_PREFIX = ".partial-";

export class BackupRefused extends Error {}

export type BackupSettings = { dir: string; keep: number };

const keepSchema = z.coerce.number().int().min(1).max(1000);

/** BACKUP_DIR (default data/backups; "off": none) and BACKUP_KEEP (default 7); null when off. */
export function backupSettings(env: Record<string, string | undefined> = process.env): BackupSettings | null {
  const dir = env.BACKUP_DIR?.trim() || DEFAULT_BACKUP_DIR;
  if (dir === "off") return null;
  const keep = keepSchema.safeParse(env.BACKUP_KEEP?.trim() || DEFAULT_BACKUP_KEEP);
  if (!keep.success) throw new BackupRefused(`BACKUP_KEEP must be a whole number from 1 to 1000, not "${env.BACKUP_KEEP}"`);
  return { dir: resolve(/*turbopackIgnore: true*/ process.cwd(), dir), keep: keep.data };
}

export type Backup = { name: string; path: string; takenAt: number };

function takenAtOf(name: string): number | null {
  const match = BACKUP_NAME.exec(name);
  return match ? Date.parse(`${match[1]}T${match[2]}:${match[3]}:${match[4]}.${match[5]}Z`) : null;
}

/** The finished backups in `dir`, newest first. */
export function listBackups(dir: string): Backup[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .map((name) => ({ name, path: join(dir, name), takenAt: takenAtOf(name) }))
    .filter((backup): backup is Backup => backup.takenAt !== null)
    .sort((a, b) => b.takenAt - a.takenAt);
}

/** A hard link where the file system allows one (no space used; uploads are never rewritten in place), else a copy. */
function linkOrCopy(source: string, destination: string): void {
  try {
    linkSync(source, destination);
  } catch {
    const partial = `${destination}${PARTIAL_PREFIX}${randomUUID()}`;
    copyFileSync(source, partial);
    renameSync(partial, destination);
  }
}

/** Puts every file under `from` that `to` lacks into `to`; names starting with a dot (unfinished uploads) are skipped. */
function mergeFiles(from: string, to: string): number {
  let added = 0;
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    if (entry.name.startsWith(".")) continue;
    const source = join(from, entry.name);
    const destination = join(to, entry.name);
    if (entry.isDirectory()) added += mergeFiles(source, destination);
    else if (entry.isFile() && !existsSync(destination)) {
      linkOrCopy(source, destination);
      added++;
    }
  }
  return added;
}

function syncToDisk(path: string): void {
  const fd = openSync(path, "r");
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Removes the oldest backups past `keep`, and folders of backups that never finished (a crash) after a day. */
export function pruneBackups(dir: string, keep: number, now = Date.now()): string[] {
  const removed = listBackups(dir).slice(keep).map((backup) => backup.path);
  for (const name of existsSync(dir) ? readdirSync(dir) : []) {
    const takenAt = name.startsWith(PARTIAL_PREFIX) ? takenAtOf(name.slice(PARTIAL_PREFIX.length)) : null;
    if (takenAt !== null && takenAt < now - DAY_MS) removed.push(join(dir, name));
  }
  for (const path of removed) rmSync(path, { recursive: true, force: true });
  return removed;
}

export type BackupOptions = { database?: string; media?: string; now?: Date } & BackupSettings;

/**
 * Backs up the live database and MEDIA_DIR into a new folder of `dir` and keeps the newest `keep`
 * backups there. The database first: every upload it names was on disk before its row committed.
 */
export async function createBackup({ dir, keep, database = databasePath(), media = mediaDir(), now = new Date() }: BackupOptions): Promise<Backup> {
  if (!existsSync(database)) throw new BackupRefused(`No database at ${database}`);
  const name = `portal-${now.toISOString().replace(/[:.]/g, "-")}`;
  const partial = join(dir, `${PARTIAL_PREFIX}${name}`);
  mkdirSync(partial, { recursive: true });
  try {
    await copyDatabaseSnapshot(database, join(partial, DATABASE_FILE));
    if (existsSync(media)) mergeFiles(media, join(partial, MEDIA_FOLDER));
    const path = join(dir, name);
    renameSync(partial, path);
    pruneBackups(dir, keep, now.getTime());
    return { name, path, takenAt: now.getTime() };
  } catch (error) {
    rmSync(partial, { recursive: true, force: true });
    throw error;
  }
}

export type RestoreOptions = { database?: string; media?: string };

/**
 * Replaces the database with a backup (a backup folder, or a database file alone) and adds the
 * backup's uploads that MEDIA_DIR lacks. Refused, with nothing changed, when the backup fails
 * SQLite's integrity check, is not this portal's database, or the database is open in another
 * process (a running server keeps serving, and caching pages of, the file it opened).
 */
export async function restoreBackup(source: string, { database = databasePath(), media = mediaDir() }: RestoreOptions = {}): Promise<{ mediaFilesAdded: number }> {
  if (!existsSync(source)) throw new BackupRefused(`Nothing to restore at ${source}`);
  const isFolder = statSync(source).isDirectory();
  const backupDatabase = isFolder ? join(source, DATABASE_FILE) : source;
  if (!existsSync(backupDatabase)) throw new BackupRefused(`${source} is not a backup folder: it holds no ${DATABASE_FILE}`);

  mkdirSync(dirname(database), { recursive: true });
  // Beside the database, so that the final rename stays on one file system and is atomic.
  const incoming = join(dirname(database), `.${basename(database)}.restoring-${randomUUID()}`);
  try {
    try {
      await copyDatabaseSnapshot(backupDatabase, incoming);
    } catch (error) {
      throw new BackupRefused(`${backupDatabase} cannot be restored: ${databaseFileProblem(backupDatabase) ?? (error as Error).message}`);
    }
    const problem = databaseFileProblem(incoming);
    if (problem) throw new BackupRefused(`${backupDatabase} cannot be restored: ${problem}`);
    syncToDisk(incoming);
    if (existsSync(database) && !releaseDatabaseFile(database)) {
      throw new BackupRefused(`${database} is in use: stop the server (and any other process using the database), then restore again`);
    }
    for (const suffix of ["-wal", "-shm", "-journal"]) rmSync(`${database}${suffix}`, { force: true });
    renameSync(incoming, database);
    syncToDisk(dirname(database));
  } finally {
    for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(`${incoming}${suffix}`, { force: true });
  }
  const backupMedia = join(source, MEDIA_FOLDER);
  return { mediaFilesAdded: isFolder && existsSync(backupMedia) ? mergeFiles(backupMedia, media) : 0 };
}

/** Takes a backup when the newest in BACKUP_DIR is a day old or there is none (null: none was due). */
export async function takeDailyBackupIfDue(settings: BackupSettings, now = new Date()): Promise<Backup | null> {
  const newest = listBackups(settings.dir)[0];
  if (newest && newest.takenAt > now.getTime() - DAY_MS) return null;
  return createBackup({ ...settings, now });
}

/**
 * The server's daily backup: checked at start and every hour, so a restart neither skips a day nor
 * takes an extra one. Runs in the server process; the copy yields to requests between its steps.
 */
export function startDailyBackups(log: (line: string) => void = console.log): void {
  let settings: BackupSettings | null;
  try {
    settings = backupSettings();
  } catch (error) {
    return console.error(`Daily backups are off: ${(error as Error).message}`);
  }
  if (!settings) return log("Daily backups are off (BACKUP_DIR=off).");
  const active = settings;
  let running = false;
  const check = async () => {
    if (running) return;
    running = true;
    try {
      const backup = await takeDailyBackupIfDue(active);
      if (backup) log(`Backup taken: ${backup.path}`);
    } catch (error) {
      console.error("Daily backup failed:", error);
    } finally {
      running = false;
    }
  };
  void check();
  setInterval(check, DAILY_CHECK_INTERVAL_MS).unref();
}
