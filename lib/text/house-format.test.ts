import { readFileSync } from "node:fs";

import { describe, expect, it } from "vitest";

import {
  MAX_HOUSE_COPY_CHARS,
  parseHouseCopy,
  type HouseCopy,
  type ParseHouseCopyOptions,
} from "@/lib/text/house-format";

const seedArticle = readFileSync(new URL("../seed/seed-article.txt", import.meta.url), "utf8");

const DATELINE = "Jakarta, 18 Juni 2025 —";

function parseCopy(text: string, options?: ParseHouseCopyOptions): HouseCopy {
  const result = parseHouseCopy(text, options);
  if (!result.ok) throw new Error(`expected ok, got ${result.error.code}: ${result.error.message}`);
  return result.copy;
}

function parseError(input: unknown) {
  const result = parseHouseCopy(input);
  if (result.ok) throw new Error("expected an error, got ok");
  return result.error;
}

const paragraphsOf = (copy: HouseCopy) =>
  copy.blocks.flatMap((block) => (block.kind === "paragraph" ? [block.text] : []));
const warningCodesOf = (copy: HouseCopy) => copy.warnings.map((warning) => warning.code);
const hashtagNamesOf = (copy: HouseCopy) => copy.hashtags.map((hashtag) => hashtag.name);

describe("parseHouseCopy on the real seed article", () => {
  const copy = parseCopy(seedArticle);

  it("drops the portal prefix and has no title", () => {
    expect(copy.title).toBeNull();
    expect(copy.blocks.some((block) => JSON.stringify(block).includes("RI News Portal"))).toBe(false);
  });

  it("reads the dateline place and date", () => {
    expect(copy.datelinePlace).toBe("Seoul, Korea Selatan");
    expect(copy.datelineDate).toBe("2025-06-18");
  });

  it("removes the dateline from the first paragraph", () => {
    expect(paragraphsOf(copy)[0]).toMatch(/^Korea Utara akan mengirim ribuan pekerja/);
  });

  it("finds all 10 body paragraphs plus one Baca juga block, in source order", () => {
    expect(paragraphsOf(copy)).toHaveLength(10);
    expect(copy.blocks).toHaveLength(11);
    expect(paragraphsOf(copy)[9]).toMatch(/^Dalam pengarahan tertutup kepada parlemen/);
  });

  it("turns the Baca juga line into a bacaJuga block between the right paragraphs", () => {
    expect(copy.blocks[6]).toEqual({
      kind: "bacaJuga",
      title: "Movie Review: Brad Pitt Ngebut di Sirkuit! “F1” Sajikan Aksi Balap Memadukan Adrenalin dan Emosi",
    });
    expect(copy.blocks[5]).toMatchObject({ kind: "paragraph", text: expect.stringMatching(/^Meski jumlah pasti/) });
    expect(copy.blocks[7]).toMatchObject({ kind: "paragraph", text: expect.stringMatching(/^Ini merupakan kunjungan/) });
  });

  it("reads the pewarta credit with the name as written and keeps it out of the body", () => {
    expect(copy.credits).toEqual([{ role: "pewarta", name: "Setiawan S.TH" }]);
    expect(paragraphsOf(copy).some((text) => text.includes("Pewarta"))).toBe(false);
  });

  it("reads the hashtags in order, keeps typos and drops the duplicate", () => {
    expect(hashtagNamesOf(copy)).toEqual([
      "rinewsadvertaising",
      "iklanrinews",
      "ruangiklan",
      "terkinirinews",
      "beritarinews",
      "viralrinews",
      "updaterinews",
      "inforinews",
      "beritarepublikindonesia",
      "beritaindonesia",
      "republikindonesianews",
      "indonesianews",
      "republicindonesianews",
      "republicindonesiannews",
      "beritacepat",
      "beritabaru",
      "ri_news",
      "republikindonesiaportal",
      "pertalberitaindonesia",
      "rinewsportal",
      "republicindonesianewsportal",
      "republicindonesianportal",
      "teman",
      "all",
      "wartawan",
      "berita",
    ]);
    expect(hashtagNamesOf(copy).filter((name) => name === "republikindonesiaportal")).toHaveLength(1);
  });

  it("keeps the underscore in the ri_news slug", () => {
    expect(copy.hashtags.find((hashtag) => hashtag.name === "ri_news")?.slug).toBe("ri_news");
  });

  it("keeps hashtag lines out of the body", () => {
    expect(copy.blocks.some((block) => JSON.stringify(block).includes("#"))).toBe(false);
  });

  it("produces no warnings", () => {
    expect(copy.warnings).toEqual([]);
  });

  it("parses the same with CRLF line endings", () => {
    expect(parseCopy(seedArticle.replace(/\n/g, "\r\n"))).toEqual(copy);
  });
});

describe("parseHouseCopy input validation", () => {
  it.each([null, undefined, 42, {}, ["teks"], Buffer.from("teks")])("rejects non-string input %#", (input) => {
    expect(parseError(input)).toEqual({ code: "not-text", message: "Naskah harus berupa teks." });
  });

  it.each(["", "   ", "\n\n\t\r\n", "\u00a0\u200b\ufeff"])("rejects empty or whitespace-only input %j", (text) => {
    expect(parseError(text)).toEqual({ code: "empty", message: "Naskah kosong." });
  });

  it("rejects a 2 MB paste with a clear message", () => {
    const paste = `${DATELINE} ${"Lorem ipsum dolor sit amet. ".repeat(75_000)}`;
    expect(paste.length).toBeGreaterThan(2_000_000);
    expect(parseError(paste)).toEqual({ code: "too-long", message: "Naskah terlalu panjang (maksimal 1.000.000 karakter)." });
  });

  it("accepts copy of exactly MAX_HOUSE_COPY_CHARS characters", () => {
    expect(MAX_HOUSE_COPY_CHARS).toBe(1_000_000);
    const text = `${DATELINE} ${"a".repeat(MAX_HOUSE_COPY_CHARS - DATELINE.length - 1)}`;
    expect(text.length).toBe(MAX_HOUSE_COPY_CHARS);
    expect(paragraphsOf(parseCopy(text))).toHaveLength(1);
  });

  it("rejects copy without any body paragraph", () => {
    const error = { code: "no-paragraphs", message: "Naskah tidak berisi paragraf." };
    expect(parseError("#banjir, #jakarta")).toEqual(error);
    expect(parseError("Pewarta : Budi\nBaca juga : Judul lain")).toEqual(error);
    expect(parseError("RI News Portal.")).toEqual(error);
    expect(parseError(`${DATELINE}\nPewarta : Budi`)).toEqual(error);
  });

  it("ignores malformed options instead of throwing", () => {
    const options = { portalNames: "RI News Portal" } as unknown as ParseHouseCopyOptions;
    expect(parseCopy(`RI News Portal. ${DATELINE} Isi.`, options).datelinePlace).toBe("Jakarta");
  });
});

describe("parseHouseCopy normalization", () => {
  it("treats CRLF and lone CR as line breaks", () => {
    const copy = parseCopy(`${DATELINE} Satu.\r\nDua.\rTiga.\r\n\r\nEmpat.`);
    expect(paragraphsOf(copy)).toEqual(["Satu.", "Dua.", "Tiga.", "Empat."]);
  });

  it("collapses stray spaces, tabs and NBSP and trims lines", () => {
    const copy = parseCopy(`  Jakarta,\u00a0 18\tJuni  2025 \u00a0—\t Satu  dua\u00a0\u00a0tiga.  \n\t Empat\u00a0lima. \t`);
    expect(copy.datelinePlace).toBe("Jakarta");
    expect(copy.datelineDate).toBe("2025-06-18");
    expect(paragraphsOf(copy)).toEqual(["Satu dua tiga.", "Empat lima."]);
  });

  it("removes the BOM and zero-width characters", () => {
    const copy = parseCopy(`\ufeffRI News\u200b Portal. Jakarta, 18 Ju\u200cni 2025 — Isi\u200d berita\u2060.`);
    expect(copy.datelineDate).toBe("2025-06-18");
    expect(paragraphsOf(copy)).toEqual(["Isi berita."]);
  });

  it("treats blank lines as spacing only", () => {
    expect(paragraphsOf(parseCopy(`${DATELINE} Satu.\n\n\n\nDua.`))).toEqual(["Satu.", "Dua."]);
  });
});

describe("parseHouseCopy portal prefix", () => {
  it.each(["RI News Portal. ", "ri news portal, ", "RI NEWS PORTAL: ", "RI News Portal - ", "RI News Portal — ", "RI News Portal "])(
    "drops the prefix %j",
    (prefix) => {
      const copy = parseCopy(`${prefix}${DATELINE} Isi.`);
      expect(copy.datelinePlace).toBe("Jakarta");
      expect(paragraphsOf(copy)).toEqual(["Isi."]);
    },
  );

  it("drops a prefix that stands alone on its own line", () => {
    expect(parseCopy(`RI News Portal.\n${DATELINE} Isi.`).datelinePlace).toBe("Jakarta");
  });

  it("keeps a word that merely starts with the portal name", () => {
    const copy = parseCopy("RI News Portalku adalah situs berita.");
    expect(paragraphsOf(copy)).toEqual(["RI News Portalku adalah situs berita."]);
  });

  it("does not drop the portal name in the middle of a line", () => {
    expect(paragraphsOf(parseCopy(`${DATELINE} Menurut RI News Portal, isi.`))).toEqual(["Menurut RI News Portal, isi."]);
  });

  it("uses the portalNames option instead of the default", () => {
    const copy = parseCopy(`Kabar Nusantara: ${DATELINE} Isi.`, { portalNames: ["Kabar Nusantara"] });
    expect(copy.datelinePlace).toBe("Jakarta");
    expect(parseCopy(`RI News Portal. ${DATELINE} Isi.`, { portalNames: [] }).datelinePlace).toBe("RI News Portal. Jakarta");
  });
});

describe("parseHouseCopy dateline", () => {
  it.each([
    ["hyphen", "-"],
    ["en dash", "–"],
    ["em dash", "—"],
    ["double hyphen", "--"],
  ])("accepts a %s after the date, with or without spaces", (_name, dash) => {
    for (const line of [`Jakarta 18 Juni 2025 ${dash} Isi.`, `Jakarta 18 Juni 2025${dash}Isi.`]) {
      const copy = parseCopy(line);
      expect(copy.datelinePlace).toBe("Jakarta");
      expect(copy.datelineDate).toBe("2025-06-18");
      expect(paragraphsOf(copy)).toEqual(["Isi."]);
      expect(copy.warnings).toEqual([]);
    }
  });

  it("tolerates a comma before the day", () => {
    const copy = parseCopy("Jakarta, 18 Juni 2025 – Isi.");
    expect(copy.datelinePlace).toBe("Jakarta");
    expect(copy.datelineDate).toBe("2025-06-18");
  });

  it("keeps commas and case inside the place", () => {
    expect(parseCopy("Seoul, Korea Selatan 18 Juni 2025 — Isi.").datelinePlace).toBe("Seoul, Korea Selatan");
    expect(parseCopy("Kab. Tanjung Jabung Barat, JAMBI, 1 Mei 2025 — Isi.").datelinePlace).toBe(
      "Kab. Tanjung Jabung Barat, JAMBI",
    );
  });

  it.each([
    ["Jan", "01"],
    ["Feb", "02"],
    ["Mar", "03"],
    ["Apr", "04"],
    ["Mei", "05"],
    ["Jun", "06"],
    ["Jul", "07"],
    ["Agu", "08"],
    ["Agt", "08"],
    ["Ags.", "08"],
    ["Sep", "09"],
    ["Sept", "09"],
    ["Okt", "10"],
    ["Nov", "11"],
    ["Des", "12"],
    ["DESEMBER", "12"],
    ["oktober", "10"],
  ])("reads the month %s", (month, number) => {
    expect(parseCopy(`Medan, 5 ${month} 2025 — Isi.`).datelineDate).toBe(`2025-${number}-05`);
  });

  it("keeps the place but drops an impossible date with a warning", () => {
    const copy = parseCopy("Jakarta, 31 Februari 2025 — Isi berita.");
    expect(copy.datelinePlace).toBe("Jakarta");
    expect(copy.datelineDate).toBeNull();
    expect(warningCodesOf(copy)).toEqual(["invalid-dateline-date"]);
    expect(copy.warnings[0]?.message).toBe("Tanggal dateline “31 Februari 2025” tidak valid; tanggal dikosongkan.");
    expect(paragraphsOf(copy)).toEqual(["Isi berita."]);
  });

  it("warns with no-dateline and still parses the body when there is no dateline", () => {
    const copy = parseCopy("Korea Utara akan mengirim pekerja.\nParagraf kedua.\nPewarta : Budi\n#berita");
    expect(copy.datelinePlace).toBeNull();
    expect(copy.datelineDate).toBeNull();
    expect(copy.title).toBeNull();
    expect(paragraphsOf(copy)).toEqual(["Korea Utara akan mengirim pekerja.", "Paragraf kedua."]);
    expect(copy.credits).toEqual([{ role: "pewarta", name: "Budi" }]);
    expect(hashtagNamesOf(copy)).toEqual(["berita"]);
    expect(copy.warnings).toHaveLength(1);
    expect(copy.warnings[0]?.code).toBe("no-dateline");
    expect(copy.warnings[0]?.message).toMatch(/^Dateline tidak ditemukan; /);
  });

  it("does not take a date more than 100 characters into the first line as a dateline", () => {
    const copy = parseCopy("Presiden berpidato pada acara yang digelar di Istana Negara, Jakarta, dan disaksikan ribuan warga dari berbagai daerah pada 17 Agustus 2025 — ramai.");
    expect(copy.datelinePlace).toBeNull();
    expect(warningCodesOf(copy)).toEqual(["no-dateline"]);
  });

  it("rejects a dateline whose place is longer than 100 characters", () => {
    const copy = parseCopy(`${"Tempat ".repeat(20)}18 Juni 2025 — Isi.`);
    expect(copy.datelinePlace).toBeNull();
    expect(warningCodesOf(copy)).toEqual(["no-dateline"]);
  });

  it("starts the body on the next line when the dateline stands alone", () => {
    const copy = parseCopy(`${DATELINE}\nIsi pertama.\nIsi kedua.`);
    expect(copy.datelinePlace).toBe("Jakarta");
    expect(paragraphsOf(copy)).toEqual(["Isi pertama.", "Isi kedua."]);
  });

  it("parses a 5 000-character single line without a dateline without hanging", () => {
    const line = `Seoul, Korea ${"Selatan, 18 Juni ".repeat(300)}`.slice(0, 5_000);
    const copy = parseCopy(line);
    expect(paragraphsOf(copy)).toEqual([line.trim()]);
    expect(warningCodesOf(copy)).toEqual(["no-dateline"]);
  });
});

describe("parseHouseCopy title", () => {
  it("takes the first line as the title when the second line starts with the dateline", () => {
    const copy = parseCopy(`Korea Utara Kirim Pekerja ke Kursk\n\n${DATELINE} Isi pertama.\nIsi kedua.`);
    expect(copy.title).toBe("Korea Utara Kirim Pekerja ke Kursk");
    expect(copy.datelinePlace).toBe("Jakarta");
    expect(paragraphsOf(copy)).toEqual(["Isi pertama.", "Isi kedua."]);
  });

  it("drops the portal prefix from a title line and from the dateline line after it", () => {
    expect(parseCopy(`RI News Portal. Judul Berita\n${DATELINE} Isi.`).title).toBe("Judul Berita");
    expect(parseCopy(`Judul Berita\nRI News Portal. ${DATELINE} Isi.`)).toMatchObject({
      title: "Judul Berita",
      datelinePlace: "Jakarta",
    });
  });

  it("has no title when neither of the first two lines has a dateline", () => {
    const copy = parseCopy("Baris pertama.\nBaris kedua.");
    expect(copy.title).toBeNull();
    expect(paragraphsOf(copy)).toEqual(["Baris pertama.", "Baris kedua."]);
  });

  it("has no title when the dateline is on the first line", () => {
    expect(parseCopy(`${DATELINE} Isi.\nJakarta, 19 Juni 2025 — Lagi.`).title).toBeNull();
  });
});

describe("parseHouseCopy Baca juga", () => {
  it.each([
    "Baca juga : Judul Lain",
    "Baca Juga: Judul Lain",
    "BACA JUGA : Judul Lain",
    "baca juga Judul Lain",
    "Baca juga:Judul Lain",
    "Baca  juga  :  Judul Lain",
    "Bacajuga: Judul Lain",
    "Baca juga – Judul Lain",
  ])("reads %j as a bacaJuga block", (line) => {
    const copy = parseCopy(`${DATELINE} Satu.\n${line}\nDua.`);
    expect(copy.blocks).toEqual([
      { kind: "paragraph", text: "Satu." },
      { kind: "bacaJuga", title: "Judul Lain" },
      { kind: "paragraph", text: "Dua." },
    ]);
  });

  it("drops a Baca juga line without a title, with a warning", () => {
    const copy = parseCopy(`${DATELINE} Satu.\nBaca juga :\nDua.`);
    expect(copy.blocks.map((block) => block.kind)).toEqual(["paragraph", "paragraph"]);
    expect(warningCodesOf(copy)).toEqual(["empty-baca-juga"]);
  });

  it("does not treat a word that merely starts with 'Baca juga' as one", () => {
    expect(paragraphsOf(parseCopy(`${DATELINE} Satu.\nBaca jugalah ini.`))).toEqual(["Satu.", "Baca jugalah ini."]);
  });
});

describe("parseHouseCopy credits", () => {
  it("reads Pewarta, Editor, Penerjemah, Fotografer and Kontributor lines in order", () => {
    const copy = parseCopy(
      [
        `${DATELINE} Satu.`,
        "Editor : Rina Marlina",
        "Dua.",
        "penerjemah:Ayu",
        "FOTOGRAFER :  Dedi S.Sos",
        "Kontributor: Tono",
        "Pewarta : Setiawan S.TH",
      ].join("\n"),
    );
    expect(copy.credits).toEqual([
      { role: "editor", name: "Rina Marlina" },
      { role: "penerjemah", name: "Ayu" },
      { role: "fotografer", name: "Dedi S.Sos" },
      { role: "kontributor", name: "Tono" },
      { role: "pewarta", name: "Setiawan S.TH" },
    ]);
    expect(paragraphsOf(copy)).toEqual(["Satu.", "Dua."]);
  });

  it("drops a duplicate role and name, ignoring case", () => {
    const copy = parseCopy(`${DATELINE} Isi.\nPewarta : Budi\nPewarta: budi\nEditor : Budi`);
    expect(copy.credits).toEqual([
      { role: "pewarta", name: "Budi" },
      { role: "editor", name: "Budi" },
    ]);
  });

  it("drops a credit without a name, with a warning", () => {
    const copy = parseCopy(`${DATELINE} Isi.\nEditor :`);
    expect(copy.credits).toEqual([]);
    expect(warningCodesOf(copy)).toEqual(["empty-credit-name"]);
  });

  it("leaves sentences that start with a role word but have no colon in the body", () => {
    expect(paragraphsOf(parseCopy(`${DATELINE} Isi.\nEditor senior itu menolak berkomentar.`))).toEqual([
      "Isi.",
      "Editor senior itu menolak berkomentar.",
    ]);
  });
});

describe("parseHouseCopy hashtags", () => {
  it("skips empty hashtags (#, #,) with a warning and keeps the rest", () => {
    const copy = parseCopy(`${DATELINE} Isi.\n#banjir, #, #jakarta #,\n#`);
    expect(hashtagNamesOf(copy)).toEqual(["banjir", "jakarta"]);
    expect(warningCodesOf(copy)).toEqual(["empty-hashtag"]);
    expect(copy.warnings[0]?.message).toBe("3 tagar kosong (“#”) diabaikan.");
  });

  it("trims punctuation around hashtag names", () => {
    const copy = parseCopy(`${DATELINE} Isi.\n#banjir. #Jakarta! #(pemilu) #ri_news_`);
    expect(copy.hashtags).toEqual([
      { name: "banjir", slug: "banjir" },
      { name: "Jakarta", slug: "jakarta" },
      { name: "pemilu", slug: "pemilu" },
      { name: "ri_news_", slug: "ri_news_" },
    ]);
  });

  it("slugs hashtags with emoji or accents and skips emoji-only ones with a warning", () => {
    const copy = parseCopy(`${DATELINE} Isi.\n#Jakarta🔥, #café, #🔥, #🎉🎉`);
    expect(copy.hashtags).toEqual([
      { name: "Jakarta🔥", slug: "jakarta" },
      { name: "café", slug: "cafe" },
    ]);
    expect(warningCodesOf(copy)).toEqual(["hashtag-without-letters"]);
    expect(copy.warnings[0]?.message).toContain("#🔥, #🎉🎉");
  });

  it("drops duplicates by slug and keeps the first display form", () => {
    const copy = parseCopy(`${DATELINE} Isi.\n#Banjir #banjir\n#BANJIR, #Ri_News #ri_news`);
    expect(copy.hashtags).toEqual([
      { name: "Banjir", slug: "banjir" },
      { name: "Ri_News", slug: "ri_news" },
    ]);
  });

  it("splits hashtags written without a separator and tolerates a trailing comma", () => {
    const copy = parseCopy(`${DATELINE} Isi.\n#satu#dua ##tiga,\n#empat,`);
    expect(hashtagNamesOf(copy)).toEqual(["satu", "dua", "tiga", "empat"]);
    expect(copy.warnings).toEqual([]);
  });

  it("skips hashtags longer than 100 characters with a warning", () => {
    const copy = parseCopy(`${DATELINE} Isi.\n#${"a".repeat(101)} #pendek`);
    expect(hashtagNamesOf(copy)).toEqual(["pendek"]);
    expect(warningCodesOf(copy)).toEqual(["hashtag-too-long"]);
  });

  it("leaves a #word inside a sentence in the paragraph", () => {
    const copy = parseCopy(`${DATELINE} Warganet ramai memakai #SaveKPK di media sosial.\n#berita`);
    expect(paragraphsOf(copy)).toEqual(["Warganet ramai memakai #SaveKPK di media sosial."]);
    expect(hashtagNamesOf(copy)).toEqual(["berita"]);
  });

  it("never turns a hashtag line into a paragraph, warning when it sits inside the body", () => {
    const copy = parseCopy(`${DATELINE} Satu.\n#salah, #tempat\nDua.\n#akhir`);
    expect(paragraphsOf(copy)).toEqual(["Satu.", "Dua."]);
    expect(hashtagNamesOf(copy)).toEqual(["salah", "tempat", "akhir"]);
    expect(warningCodesOf(copy)).toEqual(["hashtags-inside-body"]);
  });

  it("reads hashtags around a trailing credit line without a warning", () => {
    const copy = parseCopy(`${DATELINE} Isi.\n#satu\nPewarta : Budi\n#dua\n,`);
    expect(hashtagNamesOf(copy)).toEqual(["satu", "dua"]);
    expect(copy.credits).toEqual([{ role: "pewarta", name: "Budi" }]);
    expect(copy.warnings).toEqual([]);
  });
});

describe("parseHouseCopy worst-case input stays linear", () => {
  const nearMax = MAX_HOUSE_COPY_CHARS - 10;
  it.each([
    ["one long word line", "a".repeat(nearMax)],
    ["repeated place-like commas", "Seoul, ".repeat(nearMax / 7)],
    ["repeated almost-datelines", "Jakarta 18 Juni 2025 ".repeat(nearMax / 21)],
    ["repeated day numbers", "Jakarta 1 ".repeat(nearMax / 10)],
    ["a hashtag of punctuation", `#${"!".repeat(nearMax - 2)}a`],
    ["many hashtags", "#a ".repeat(nearMax / 3)],
    ["hashes only", "#".repeat(nearMax)],
    ["dashes only", "-".repeat(nearMax)],
    ["alternating NBSP and tabs", `a${"\u00a0\t".repeat(nearMax / 2 - 1)}b`],
    ["a Baca juga line of colons", `Baca juga${" :".repeat(nearMax / 2 - 10)}`],
    ["many short lines", `${DATELINE} x\n${"baris\n".repeat(nearMax / 6 - 10)}`],
  ])("finishes without throwing for %s (~1 MB)", (_name, text) => {
    // Catastrophic backtracking would blow the test timeout; no wall-clock assertion here.
    expect(typeof parseHouseCopy(text).ok).toBe("boolean");
  });
});
