import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import sharp from "sharp";
import { readDatabase } from "./support/database";
import { ACCOUNTS, staffPage } from "./redaksi-sign-in";

// Runs in the "last" project (playwright.config.ts), after the specs that upload: the queue it fills
// is the server's, and their uploads must not be refused because of it.

const PARALLEL_UPLOADS = 16;

/** A large photo of its own colour, so its content-derived key is new to this run's MEDIA_DIR. */
async function photo(index: number): Promise<Buffer> {
  const colour = ((index * 0x3a5f1) % 0xffffff).toString(16).padStart(6, "0");
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="2400" height="1600"><rect width="100%" height="100%" fill="#${colour}"/><circle cx="1200" cy="800" r="500" fill="#fff"/></svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 95 }).toBuffer();
}

function stored(bytes: Buffer): boolean {
  const key = createHash("sha256").update(bytes).digest("hex").slice(0, 32);
  return existsSync(join(process.env.E2E_MEDIA_DIR!, key.slice(0, 2), key));
}

test("uploads past the processing queue are refused with 429, a message and Retry-After, and nothing of theirs is stored", async ({ browser }) => {
  const page = await staffPage(browser, ACCOUNTS.reporter);
  const run = Date.now();
  const photos = await Promise.all(Array.from({ length: PARALLEL_UPLOADS }, (_, i) => photo(run + i)));
  const answers = await Promise.all(
    photos.map((buffer, i) =>
      page.request.post("/api/media", {
        multipart: { file: { name: `antrean-${i}.jpg`, mimeType: "image/jpeg", buffer }, alt: `Antrean ${run} ${i}`, caption: "Uji antrean unggahan.", credit: "Uji" },
        timeout: 120_000,
      }),
    ),
  );
  const statuses = answers.map((answer) => answer.status());
  expect(statuses.every((status) => status === 201 || status === 429), statuses.join(", ")).toBe(true);
  expect(statuses.filter((status) => status === 201).length).toBeGreaterThanOrEqual(1);
  expect(statuses.filter((status) => status === 429).length).toBeGreaterThanOrEqual(1);

  for (const [i, answer] of answers.entries()) {
    const row = readDatabase((db) => db.prepare("select count(*) as n from media where alt = ?").get(`Antrean ${run} ${i}`));
    if (answer.status() === 429) {
      expect(answer.headers()["retry-after"]).toMatch(/^\d+$/);
      expect((await answer.json()).message).toBe("Server sedang memproses banyak unggahan. Tunggu beberapa detik, lalu unggah lagi.");
      expect(row).toEqual({ n: 0 });
      expect(stored(photos[i]!)).toBe(false);
    } else {
      expect(row).toEqual({ n: 1 });
      expect(stored(photos[i]!)).toBe(true);
    }
  }

  // Once the queue has drained, the next upload goes through.
  const again = await page.request.post("/api/media", {
    multipart: { file: { name: "sesudahnya.jpg", mimeType: "image/jpeg", buffer: await photo(run + PARALLEL_UPLOADS) }, alt: `Antrean ${run} sesudahnya`, caption: "Uji.", credit: "Uji" },
  });
  expect(again.status()).toBe(201);
  await page.context().close();
});
