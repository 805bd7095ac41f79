import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { EditorChoices } from "@/lib/articles/editor";
import { ConflictMerge } from "./conflict-merge";
import { editorFields, type EditorFields } from "./editor-fields";

const choices: EditorChoices = { site: { name: "RI News", url: "https://example.test" }, categories: [], kinds: [], staff: [], places: [] };
const text = { type: "paragraph", content: [{ type: "text", text: "Teks yang sama di kedua versi." }] };

function fields(...media: object[]): EditorFields {
  return { ...editorFields(), title: "Judul", body: { type: "doc", content: [text, ...media] } };
}

/** The body's two sides as the writer reads them, or null when the body is not offered for merging. */
function bodySides(mine: EditorFields, theirs: EditorFields): { mine: string; theirs: string } | null {
  const html = renderToStaticMarkup(<ConflictMerge mine={mine} theirs={theirs} theirVersion={3} choices={choices} onMerge={() => {}} onKeepMine={() => {}} />);
  const side = (name: string) => new RegExp(`data-testid="merge-body-${name}"[^>]*>([\\s\\S]*?)</p>`).exec(html)?.[1];
  const [mineText, theirText] = [side("mine"), side("theirs")];
  return mineText === undefined || theirText === undefined ? null : { mine: mineText, theirs: theirText };
}

describe("ConflictMerge", () => {
  it("shows a body that differs only in an embed or a gallery as two different sides", () => {
    const embed = (id: string, title: string | null) => ({ type: "embed", attrs: { provider: "instagram", id, title } });
    const gallery = (...ids: number[]) => ({ type: "gallery", attrs: { items: ids.map((mediaId) => ({ mediaId, caption: null, credit: null, src: "/media/x/640.jpg", alt: "x" })) } });
    for (const [mine, theirs] of [
      [fields(embed("C1a2B3c4D5e", null)), fields(embed("Zz9y8X7w6V5", null))],
      [fields(embed("C1a2B3c4D5e", "Unggahan BNPB")), fields(embed("C1a2B3c4D5e", null))],
      [fields(gallery(1, 2)), fields(gallery(1, 3))],
      [fields(text), fields(gallery(1, 2))],
    ]) {
      const sides = bodySides(mine!, theirs!);
      expect(sides).not.toBeNull();
      expect(sides!.mine).not.toBe(sides!.theirs);
    }
    expect(bodySides(fields(gallery(1, 2)), fields(gallery(1, 3)))!.theirs).toContain("media #3");
  });

  it("leaves the body out when only what the editor shows differs", () => {
    const image = (alt: string | null) => ({ type: "image", attrs: { mediaId: 4, caption: "Keterangan", credit: null, ...(alt ? { src: "/media/x/640.jpg", alt } : {}) } });
    expect(bodySides(fields(image("Banjir")), fields(image(null)))).toBeNull();
  });
});
