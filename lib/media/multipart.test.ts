import { describe, expect, it } from "vitest";
import { parseMultipart } from "./multipart";

/** A body and content type exactly as fetch encodes a FormData. */
async function encoded(form: FormData): Promise<{ body: Buffer; contentType: string }> {
  const request = new Request("http://localhost/api/media", { method: "POST", body: form });
  return { body: Buffer.from(await request.arrayBuffer()), contentType: request.headers.get("content-type")! };
}

describe("parseMultipart", () => {
  it("reads the text fields and the file of a form as the browser sends it, the file in place (no copy)", async () => {
    const bytes = Buffer.from(Array.from({ length: 70_000 }, (_, i) => (i * 7) % 256));
    const form = new FormData();
    form.set("alt", "Warga menunggu di pos pengungsian");
    form.set("caption", "Pengungsi banjir di Semarang.\r\n--baris kedua");
    form.set("file", new File([bytes], "foto banjir.jpg", { type: "image/jpeg" }));
    const { body, contentType } = await encoded(form);

    const parsed = parseMultipart(body, contentType)!;
    expect(Object.fromEntries(parsed.fields)).toEqual({ alt: "Warga menunggu di pos pengungsian", caption: "Pengungsi banjir di Semarang.\r\n--baris kedua" });
    const file = parsed.files.get("file")!;
    expect(file.filename).toBe("foto banjir.jpg");
    expect(file.bytes.equals(bytes)).toBe(true);
    expect(file.bytes.buffer).toBe(body.buffer);
  });

  it("an empty file is a file with no bytes", async () => {
    const form = new FormData();
    form.set("file", new File([], "kosong.jpg"));
    const { body, contentType } = await encoded(form);
    expect(parseMultipart(body, contentType)!.files.get("file")!.bytes.length).toBe(0);
  });

  it("a body that is not well-formed multipart is null: no boundary, truncated, or cut inside a part", async () => {
    const form = new FormData();
    form.set("alt", "Teks");
    form.set("file", new File([Buffer.alloc(1000, 1)], "a.jpg"));
    const { body, contentType } = await encoded(form);
    expect(parseMultipart(body, "multipart/form-data")).toBeNull();
    expect(parseMultipart(body, "application/json")).toBeNull();
    expect(parseMultipart(body.subarray(0, body.length - 60), contentType)).toBeNull();
    expect(parseMultipart(body.subarray(0, 30), contentType)).toBeNull();
    expect(parseMultipart(Buffer.from("bukan multipart sama sekali"), contentType)).toBeNull();
  });
});
