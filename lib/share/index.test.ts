import { describe, expect, it } from "vitest";
import { shareLinks } from "./index";

describe("shareLinks", () => {
  it("builds plain share URLs for WhatsApp, Facebook, X and Telegram, encoding title and address", () => {
    const links = shareLinks("https://contoh.id/berita/a-b?x=1", "Banjir & longsor: 10% warga");
    expect(links.map((link) => link.network)).toEqual(["WhatsApp", "Facebook", "X", "Telegram"]);
    expect(links[0]!.href).toBe("https://wa.me/?text=Banjir%20%26%20longsor%3A%2010%25%20warga%20https%3A%2F%2Fcontoh.id%2Fberita%2Fa-b%3Fx%3D1");
    expect(links[1]!.href).toBe("https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fcontoh.id%2Fberita%2Fa-b%3Fx%3D1");
    expect(links[2]!.href).toBe("https://x.com/intent/post?text=Banjir%20%26%20longsor%3A%2010%25%20warga&url=https%3A%2F%2Fcontoh.id%2Fberita%2Fa-b%3Fx%3D1");
    expect(links[3]!.href).toBe("https://t.me/share/url?url=https%3A%2F%2Fcontoh.id%2Fberita%2Fa-b%3Fx%3D1&text=Banjir%20%26%20longsor%3A%2010%25%20warga");
  });
});
