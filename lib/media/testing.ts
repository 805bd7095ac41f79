import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll } from "vitest";
import { closeDatabase } from "@/db/client";
import type { UserRole } from "@/db/schema";
import { seedFreshDatabase } from "@/lib/seed/testing";
import type { StaffUser } from "@/lib/auth/session";
import { seededStaff } from "@/lib/newsroom/testing";

// Image fixtures made with sharp at test time (no binaries in the repository), and a temporary MEDIA_DIR.

/** Points MEDIA_DIR at a new temporary folder; returns it and a function removing it. */
export function temporaryMediaDir(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), "portal-media-"));
  process.env.MEDIA_DIR = dir;
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * For a test file about the media library: a freshly seeded database and an empty MEDIA_DIR before its
 * tests (the seeded staff and the folder are on the answer from then on), both gone after them.
 */
export function seededMediaLibrary(): { staff: Record<UserRole, StaffUser>; dir: string } {
  const library = {} as { staff: Record<UserRole, StaffUser>; dir: string };
  let mediaDir: ReturnType<typeof temporaryMediaDir>;
  beforeAll(async () => {
    await seedFreshDatabase();
    library.staff = seededStaff();
    mediaDir = temporaryMediaDir();
    library.dir = mediaDir.dir;
  });
  afterAll(() => {
    closeDatabase();
    mediaDir.remove();
  });
  return library;
}

/** A photo-like picture (a gradient with a shape) so encoders have something to do. */
export function testImage(format: "jpeg" | "png" | "webp", width = 1800, height = 1200, options: { alpha?: boolean; seed?: number } = {}): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
    <defs><linearGradient id="g"><stop offset="0" stop-color="#0a5" /><stop offset="1" stop-color="#${(options.seed ?? 0x1e40af).toString(16).padStart(6, "0")}" /></linearGradient></defs>
    <rect width="100%" height="100%" fill="url(#g)" ${options.alpha ? 'fill-opacity="0.5"' : ""} />
    <circle cx="${width / 3}" cy="${height / 2}" r="${Math.min(width, height) / 4}" fill="#f97316" />
  </svg>`;
  return sharp(Buffer.from(svg))[format]().toBuffer();
}
