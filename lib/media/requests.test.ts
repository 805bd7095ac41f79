import { readdirSync } from "node:fs";
import { count } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { media } from "@/db/schema";
import { receiveUpload } from "./requests";
import { seededMediaLibrary, testImage } from "./testing";
import { uploadQueue, type QueuePlace } from "./upload-queue";

const library = seededMediaLibrary();

const mediaRows = () => getDb().select({ n: count() }).from(media).get()!.n;
const storedFolders = () => readdirSync(library.dir).filter((name) => !name.startsWith("."));

/** POST /api/media as the browser's upload form sends it. */
function uploadRequest(file: Buffer, alt: string): Request {
  const form = new FormData();
  form.set("file", new File([new Uint8Array(file)], "banjir.png", { type: "image/png" }));
  form.set("alt", alt);
  form.set("caption", "Pengungsi banjir di Semarang.");
  form.set("credit", "Andi Foto/RI News");
  return new Request("http://localhost/api/media", { method: "POST", body: form });
}

describe("POST /api/media after the session check", { timeout: 60_000 }, () => {
  it("refuses an upload while every place in the queue is taken, with 429, Retry-After and a message, storing nothing; takes it once a place is free", async () => {
    const image = await testImage("png", 640, 480, { seed: 0x123456 });
    const rowsBefore = mediaRows();
    const taken: QueuePlace[] = [];
    for (let place = uploadQueue.tryEnter(); place; place = uploadQueue.tryEnter()) taken.push(place);
    expect(taken).toHaveLength(uploadQueue.limits.running + uploadQueue.limits.waiting);
    try {
      const refused = await receiveUpload(library.staff.contributor, uploadRequest(image, "Ditolak karena antrean penuh"));
      expect(refused.status).toBe(429);
      expect(refused.headers.get("retry-after")).toMatch(/^\d+$/);
      expect(await refused.json()).toEqual({ message: "Server sedang memproses banyak unggahan. Tunggu beberapa detik, lalu unggah lagi." });
      expect(mediaRows()).toBe(rowsBefore);
      expect(storedFolders()).toEqual([]);

      taken.pop()!.leave();
      const accepted = await receiveUpload(library.staff.contributor, uploadRequest(image, "Diterima setelah ada tempat"));
      expect(accepted.status).toBe(201);
      expect((await accepted.json()).media).toMatchObject({ alt: "Diterima setelah ada tempat", width: 640, height: 480 });
      expect(mediaRows()).toBe(rowsBefore + 1);
      expect(storedFolders()).toHaveLength(1);
      expect(uploadQueue.size).toBe(taken.length);
    } finally {
      for (const place of taken) place.leave();
    }
    expect(uploadQueue.size).toBe(0);
  });

  it("answers missing details and a body that is not multipart with 400, storing nothing, and gives its place back", async () => {
    const before = mediaRows();
    const missing = await receiveUpload(library.staff.contributor, uploadRequest(await testImage("png", 300, 300), ""));
    expect(missing.status).toBe(400);
    expect((await missing.json()).fieldErrors).toEqual({ alt: ["Wajib diisi."] });
    const broken = await receiveUpload(
      library.staff.contributor,
      new Request("http://localhost/api/media", { method: "POST", headers: { "content-type": "multipart/form-data; boundary=xyz" }, body: "bukan multipart" }),
    );
    expect(broken.status).toBe(400);
    expect((await broken.json()).message).toBe("Unggahan tidak terbaca utuh. Coba unggah lagi.");
    expect(mediaRows()).toBe(before);
    expect(uploadQueue.size).toBe(0);
  });
});
