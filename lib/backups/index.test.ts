import { existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, writeSync, closeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { closeDatabase, getDb } from "@/db/client";
import { openFreshDatabase } from "@/db/testing";
import { BackupRefused, backupSettings, createBackup, listBackups, restoreBackup, takeDailyBackupIfDue } from "./index";

let scratch: string;
let backupDir: string;
let media: string;

beforeEach(() => {
  scratch = mkdtempSync(join(tmpdir(), "portal-backups-"));
  backupDir = join(scratch, "backups");
  media = join(scratch, "media");
  mkdirSync(join(media, "ab", "ab12"), { recursive: true });
  writeFileSync(join(media, "ab", "ab12", "400.jpg"), "gambar");
  mkdirSync(join(media, ".upload-unfinished"));
  writeFileSync(join(media, ".upload-unfinished", "400.jpg"), "setengah");
});
afterEach(() => {
  closeDatabase();
  rmSync(scratch, { recursive: true, force: true });
});

const settings = () => ({ dir: backupDir, keep: 7, media });

/** A migrated database file holding `rows` probe rows, closed (nobody has it open). */
function databaseWithRows(rows: number): string {
  const path = openFreshDatabase();
  const client = getDb().$client;
  client.exec("create table probe (n integer primary key, data blob)");
  const insert = client.prepare("insert into probe (data) values (randomblob(65536))");
  client.transaction(() => {
    for (let i = 0; i < rows; i++) insert.run();
  })();
  closeDatabase();
  return path;
}

const probeRows = (path: string) => {
  const client = new BetterSqlite3(path, { readonly: true });
  try {
    return client.prepare("select n, hex(substr(data, 1, 8)) as head from probe order by n").all() as { n: number; head: string }[];
  } finally {
    client.close();
  }
};

const leftovers = (dir: string) => readdirSync(dir).filter((name) => name.includes(".restoring-"));

describe("createBackup and restoreBackup", () => {
  it("backs up one consistent snapshot while another connection keeps writing, with the media, and restores it into a new path", async () => {
    const path = databaseWithRows(200); // about 13 MB: the copy takes several steps
    const live = new BetterSqlite3(path);
    const write = live.prepare("insert into probe (data) values (randomblob(1024))");
    const committed = () => live.prepare("select count(*) from probe").pluck().get() as number;
    const before = committed();
    let writing = true;
    let writesDuringBackup = 0;
    const writeWhileBackingUp = () => {
      if (!writing) return;
      write.run();
      writesDuringBackup++;
      setImmediate(writeWhileBackingUp);
    };
    setImmediate(writeWhileBackingUp);
    const backup = await createBackup({ ...settings(), database: path });
    writing = false;
    const after = committed();
    expect(writesDuringBackup).toBeGreaterThan(0);

    expect(readFileSync(join(backup.path, "media", "ab", "ab12", "400.jpg"), "utf8")).toBe("gambar");
    expect(statSync(join(backup.path, "media", "ab", "ab12", "400.jpg")).ino).toBe(statSync(join(media, "ab", "ab12", "400.jpg")).ino);
    expect(existsSync(join(backup.path, "media", ".upload-unfinished"))).toBe(false);

    const restoredPath = join(scratch, "restored", "portal.db");
    const restoredMedia = join(scratch, "restored-media");
    const { mediaFilesAdded } = await restoreBackup(backup.path, { database: restoredPath, media: restoredMedia });
    expect(mediaFilesAdded).toBe(1);
    expect(readFileSync(join(restoredMedia, "ab", "ab12", "400.jpg"), "utf8")).toBe("gambar");

    const restored = new BetterSqlite3(restoredPath);
    expect(restored.pragma("integrity_check", { simple: true })).toBe("ok");
    restored.close();
    const rows = probeRows(restoredPath);
    expect(rows.length).toBeGreaterThanOrEqual(before);
    expect(rows.length).toBeLessThanOrEqual(after);
    // Exactly what had committed up to one moment: the live file's first rows, none missing.
    expect(rows).toEqual(probeRows(path).slice(0, rows.length));
    live.close();
  }, 30_000);

  it("refuses a corrupt backup, a file that is no database and another program's database, and leaves the database as it was", async () => {
    const target = databaseWithRows(1);
    const good = databaseWithRows(3);
    const expected = probeRows(target);

    const corrupt = join(scratch, "corrupt.db");
    writeFileSync(corrupt, readFileSync(good));
    const fd = openSync(corrupt, "r+");
    writeSync(fd, Buffer.alloc(statSync(corrupt).size - 4096, 0xab), 0, undefined, 4096); // every page but the first
    closeSync(fd);
    const text = join(scratch, "notes.txt");
    writeFileSync(text, "Ini bukan basis data.\n".repeat(500));
    const foreign = join(scratch, "foreign.db");
    const other = new BetterSqlite3(foreign);
    other.exec("create table notes (text)");
    other.close();

    for (const [source, reason] of [[corrupt, /integrity check failed|corrupt|malformed/], [text, /not a SQLite database/], [foreign, /not this portal's/]] as const) {
      const refusal = restoreBackup(source, { database: target, media });
      await expect(refusal).rejects.toBeInstanceOf(BackupRefused);
      await expect(refusal).rejects.toThrow(reason);
      expect(probeRows(target)).toEqual(expected);
      expect(leftovers(resolve(target, ".."))).toEqual([]);
    }
  });

  it("refuses while another connection has the database open, and replaces it once that is closed", async () => {
    const target = databaseWithRows(1);
    const source = databaseWithRows(4);
    const server = new BetterSqlite3(target);
    server.pragma("journal_mode = WAL");
    server.prepare("insert into probe (data) values (x'01')").run();
    const before = probeRows(target);

    await expect(restoreBackup(source, { database: target, media })).rejects.toThrow(/in use: stop the server/);
    expect(probeRows(target)).toEqual(before);

    server.close();
    await restoreBackup(source, { database: target, media });
    expect(existsSync(`${target}-wal`)).toBe(false);
    expect(probeRows(target)).toEqual(probeRows(source));
    expect(leftovers(resolve(target, ".."))).toEqual([]);
  });

  it("restores over a database file that is no longer a database", async () => {
    const source = databaseWithRows(2);
    const target = join(scratch, "broken", "portal.db");
    mkdirSync(join(scratch, "broken"));
    writeFileSync(target, "rusak ".repeat(1000));
    await restoreBackup(source, { database: target, media });
    expect(probeRows(target)).toEqual(probeRows(source));
  });
});

describe("retention and the daily schedule", () => {
  it("keeps the newest BACKUP_KEEP backups", async () => {
    const database = databaseWithRows(1);
    const start = Date.parse("2026-12-01T20:00:00Z");
    for (let day = 0; day < 4; day++) await createBackup({ dir: backupDir, keep: 2, media, database, now: new Date(start + day * 86_400_000) });
    expect(listBackups(backupDir).map((backup) => backup.takenAt)).toEqual([start + 3 * 86_400_000, start + 2 * 86_400_000]);
  });

  it("takes a backup when there is none or the newest is a day old, not sooner", async () => {
    databaseWithRows(1);
    process.env.MEDIA_DIR = media;
    const start = Date.parse("2026-12-01T20:00:00Z");
    const daily = (hoursLater: number) => takeDailyBackupIfDue({ dir: backupDir, keep: 7 }, new Date(start + hoursLater * 3_600_000));
    expect(await daily(0)).not.toBeNull();
    expect(await daily(23)).toBeNull();
    expect(await daily(24)).not.toBeNull();
    expect(listBackups(backupDir)).toHaveLength(2);
  });

  it("reads BACKUP_DIR and BACKUP_KEEP, with 'off' turning backups off and a clear message for a bad count", () => {
    expect(backupSettings({})).toEqual({ dir: resolve("data/backups"), keep: 7 });
    expect(backupSettings({ BACKUP_DIR: "/srv/cadangan", BACKUP_KEEP: "30" })).toEqual({ dir: "/srv/cadangan", keep: 30 });
    expect(backupSettings({ BACKUP_DIR: "off" })).toBeNull();
    expect(() => backupSettings({ BACKUP_KEEP: "tujuh" })).toThrow('BACKUP_KEEP must be a whole number from 1 to 1000, not "tujuh"');
    expect(() => backupSettings({ BACKUP_KEEP: "0" })).toThrow(/BACKUP_KEEP/);
  });
});
