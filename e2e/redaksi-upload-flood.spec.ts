import { expect, test } from "@playwright/test";
import sharp from "sharp";
import { readDatabase } from "./support/database";
import { ACCOUNTS, staffPage } from "./redaksi-sign-in";

// A signed-in session floods the upload route (app/api/media): the queue (lib/media/upload-queue.ts)
// takes what it can hold, refuses the rest at once with 429, and the server stays up.

const PARALLEL_UPLOADS = 50;
const BUSY = "Server sedang memproses banyak unggahan. Tunggu beberapa detik, lalu unggah lagi.";

/** A photo of its own colour, so that its content-derived key is new to this run's MEDIA_DIR. */
function photo(index: number): Promise<Buffer> {
  const colour = ((index * 0x2f1b3 + Date.now()) % 0xffffff).toString(16).padStart(6, "0");
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1800" height="1200"><rect width="100%" height="100%" fill="#${colour}"/><circle cx="900" cy="600" r="${200 + index * 5}" fill="#fff"/></svg>`;
  return sharp(Buffer.from(svg)).jpeg().toBuffer();
}

test("fifty parallel uploads from one editor: some are stored, the rest get 429 with a message, none a 5xx, and the server answers on", async ({ browser, baseURL }) => {
  const page = await staffPage(browser, ACCOUNTS.editor);
  const run = `Banjir unggahan ${Date.now()}`;
  const photos = await Promise.all(Array.from({ length: PARALLEL_UPLOADS + 1 }, (_, index) => photo(index)));
  const upload = (index: number) =>
    page.request.post("/api/media", {
      headers: { origin: baseURL! },
      multipart: { file: { name: `banjir-${index}.jpg`, mimeType: "image/jpeg", buffer: photos[index]! }, alt: `${run} ${index}`, caption: "Uji banjir unggahan.", credit: "Uji" },
      timeout: 60_000,
    });

  const responses = await Promise.all(Array.from({ length: PARALLEL_UPLOADS }, (_, index) => upload(index)));
  const statuses = responses.map((response) => response.status());
  expect(statuses.filter((status) => status !== 201 && status !== 429), statuses.join(" ")).toEqual([]);
  const stored = statuses.filter((status) => status === 201).length;
  expect(stored, statuses.join(" ")).toBeGreaterThan(0);
  expect(stored, statuses.join(" ")).toBeLessThan(PARALLEL_UPLOADS);
  for (const response of responses.filter((response) => response.status() === 429)) {
    expect(response.headers()["retry-after"]).toBe("10");
    expect((await response.json()).message).toBe(BUSY);
  }
  // A refused upload leaves nothing behind.
  expect(readDatabase((db) => db.prepare("select count(*) as n from media where alt like ?").get(`${run} %`))).toEqual({ n: stored });

  // Every place in the queue was given back: the next upload is taken, and pages answer as before.
  const after = await upload(PARALLEL_UPLOADS);
  expect(after.status()).toBe(201);
  expect((await page.request.get("/")).status()).toBe(200);
  await page.goto("/redaksi/media");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Pustaka media");
  await page.context().close();
});
