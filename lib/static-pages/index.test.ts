import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDatabase, getDb } from "@/db/client";
import { users } from "@/db/schema";
import { openFreshDatabase } from "@/db/testing";
import { seedDatabase } from "@/lib/seed";
import { addStaff } from "@/lib/articles/test-fixtures";
import { getStaticPage, listNewsroomStaff, listStaticPages, staticPageBlocks } from "./index";

describe("staticPageBlocks", () => {
  it("turns blank-line separated text into paragraphs, and '## ' lines into headings", () => {
    expect(staticPageBlocks("Pembuka\nbaris dua.\r\n\r\n## Bagian satu\n\n\n  Isi bagian.  \n")).toEqual([
      { type: "paragraph", text: "Pembuka baris dua." },
      { type: "heading", text: "Bagian satu" },
      { type: "paragraph", text: "Isi bagian." },
    ]);
  });

  it("keeps markup as text", () => {
    expect(staticPageBlocks("<script>alert(1)</script>")).toEqual([{ type: "paragraph", text: "<script>alert(1)</script>" }]);
  });
});

describe("static pages and the newsroom roster", () => {
  beforeAll(async () => {
    openFreshDatabase();
    await seedDatabase({ log: () => {}, now: Date.UTC(2026, 0, 10) });
    addStaff("Mantan Redaktur", { active: false, role: "editor" });
  });
  afterAll(() => closeDatabase());

  it("seeds the four pages a portal must have, in footer order", async () => {
    expect((await listStaticPages()).map((page) => page.title)).toEqual(["Tentang Kami", "Redaksi", "Kontak", "Pedoman Media Siber"]);
  });

  it("reads a page with its sections, and nothing for an unknown slug", async () => {
    const guideline = await getStaticPage("pedoman-media-siber");
    expect(guideline!.blocks.filter((block) => block.type === "heading").map((block) => block.text)).toEqual([
      "1. Ruang lingkup",
      "2. Verifikasi dan keberimbangan berita",
      "3. Isi Buatan Pengguna",
      "4. Ralat, koreksi, dan hak jawab",
      "5. Pencabutan berita",
      "6. Iklan",
      "7. Hak cipta",
      "8. Pencantuman pedoman",
      "9. Sengketa",
    ]);
    expect(await getStaticPage("tidak-ada")).toBeNull();
  });

  it("lists active staff, most senior first, with job titles, names and author pages but no contact details", async () => {
    const roster = await listNewsroomStaff();
    expect(roster).toEqual([
      { name: "Bambang Sutrisno", slug: "bambang-sutrisno", jobTitle: "Pemimpin Redaksi" },
      { name: "Rina Kartika", slug: "rina-kartika", jobTitle: "Redaktur Pelaksana" },
      { name: "Setiawan S.TH", slug: "setiawan-s-th", jobTitle: "Pewarta" },
      { name: "Yusuf Hidayat", slug: "yusuf-hidayat", jobTitle: "Kontributor Daerah" },
    ]);
    expect(JSON.stringify(roster)).not.toContain("@");
  });

  it("leaves out an account an admin keeps off the roster, and one deactivated", async () => {
    const itAdmin = getDb().insert(users).values({ name: "Admin TI", slug: "admin-ti", email: "ti@contoh.example", role: "admin", passwordHash: "x", onRoster: false }).returning().get();
    addStaff("Mantan Pewarta", { active: false });
    const names = (await listNewsroomStaff()).map((member) => member.name);
    expect(names).not.toContain(itAdmin.name);
    expect(names).not.toContain("Mantan Pewarta");
  });
});
