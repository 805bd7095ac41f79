import { describe, expect, it } from "vitest";
import { csvField, toCsv } from "./csv";

describe("CSV", () => {
  it("quotes fields with a comma, a quote or a line break, doubling the quotes", () => {
    expect(csvField("Banjir, longsor")).toBe('"Banjir, longsor"');
    expect(csvField('Menteri: "Tidak ada"')).toBe('"Menteri: ""Tidak ada"""');
    expect(csvField("baris\nbaru")).toBe('"baris\nbaru"');
    expect(csvField("baris\r\nbaru")).toBe('"baris\r\nbaru"');
    expect(csvField("Biasa saja")).toBe("Biasa saja");
    expect(csvField("")).toBe("");
    expect(csvField(null)).toBe("");
  });

  it("keeps a spreadsheet from running a text field as a formula", () => {
    expect(csvField("=HYPERLINK(\"http://contoh.example\")")).toBe("\"'=HYPERLINK(\"\"http://contoh.example\"\")\"");
    expect(csvField("+62 812")).toBe("'+62 812");
    expect(csvField("-1 persen")).toBe("'-1 persen");
    expect(csvField("@akun")).toBe("'@akun");
    expect(csvField("\t=1+1")).toBe("'\t=1+1");
    expect(csvField("\r=1+1")).toBe("\"'\r=1+1\"");
    expect(csvField("Harga naik 5% = wajar")).toBe("Harga naik 5% = wajar");
  });

  it("leaves numbers as numbers", () => {
    expect(csvField(1500)).toBe("1500");
    expect(csvField(-3)).toBe("-3");
  });

  it("writes a header row and the rows, each ending in CRLF", () => {
    expect(toCsv(["Judul", "Dibaca"], [["A, B", 2], ["C", null]])).toBe('Judul,Dibaca\r\n"A, B",2\r\nC,\r\n');
  });
});
