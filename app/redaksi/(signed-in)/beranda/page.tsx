import type { Metadata } from "next";
import { ActionForm, type FieldSpec } from "@/components/redaksi/action-form";
import { BREAKING_LABELS, getFrontPageDesk, MAX_PICKS, type CuratedArticle } from "@/lib/articles/front-page";
import { readForPage, requireUser } from "@/lib/auth/request";
import { formatWibDate, formatWibDateTime } from "@/lib/time";
import { changeFrontPageAction } from "./actions";

export const metadata: Metadata = { title: "Halaman depan" };

function Story({ article }: { article: CuratedArticle }) {
  return (
    <>
      <span className="font-semibold">{article.title}</span>
      {!article.published && <span className="ml-2 text-sm text-red-800">(tidak terbit: tidak tampil, diganti berita terbaru)</span>}
    </>
  );
}

/** The front page editors curate: the pinned headline, Pilihan Redaksi and the breaking strip. */
export default async function FrontPageDeskPage() {
  const user = await requireUser("publish");
  const desk = readForPage(() => getFrontPageDesk(user));
  const articleField = (label: string): FieldSpec => ({
    name: "articleId",
    label,
    kind: "select",
    required: true,
    options: [{ value: "", label: "— Pilih artikel terbit —" }, ...desk.choices.map((a) => ({ value: String(a.id), label: `${a.title} (${a.publishedAt ? formatWibDate(a.publishedAt) : "-"})` }))],
  });

  return (
    <div className="space-y-10">
      <h1 className="text-2xl font-bold">Halaman depan</h1>

      <section aria-labelledby="berita-utama" className="space-y-3">
        <h2 id="berita-utama" className="text-lg font-semibold">Berita utama</h2>
        {desk.headline ? (
          <div className="space-y-2 rounded border border-neutral-200 bg-white p-3">
            <p>
              Disematkan: <Story article={desk.headline.article} />
              {desk.headline.until && <span className="block text-sm text-neutral-700">Sampai {formatWibDateTime(desk.headline.until)}</span>}
            </p>
            <ActionForm action={changeFrontPageAction} fields={[]} hidden={{ kind: "unpin-headline" }} submitLabel="Lepas sematan" variant="secondary" />
          </div>
        ) : (
          <p className="text-sm text-neutral-700">Tidak ada yang disematkan: berita terbaru menjadi berita utama.</p>
        )}
        <ActionForm
          action={changeFrontPageAction}
          idPrefix="utama-"
          hidden={{ kind: "pin-headline" }}
          fields={[articleField("Artikel"), { name: "until", label: "Sampai (WIB, opsional)", kind: "datetime-local", hint: "Kosongkan agar tetap tersemat sampai dilepas." }]}
          submitLabel="Sematkan"
        />
      </section>

      <section aria-labelledby="pilihan-redaksi" className="space-y-3">
        <h2 id="pilihan-redaksi" className="text-lg font-semibold">Pilihan Redaksi</h2>
        {desk.picks.length === 0 ? (
          <p className="text-sm text-neutral-700">Belum ada pilihan: beranda tidak menampilkan bagian ini.</p>
        ) : (
          <ol className="space-y-2">
            {desk.picks.map((article, index) => (
              <li key={article.id} className="flex flex-wrap items-center gap-2 rounded border border-neutral-200 bg-white p-2">
                <span className="w-6 text-right font-bold">{index + 1}.</span>
                <span className="min-w-0 flex-1">
                  <Story article={article} />
                </span>
                {index > 0 && (
                  <ActionForm action={changeFrontPageAction} fields={[]} hidden={{ kind: "move-pick", articleId: article.id, direction: "up" }} submitLabel="Naik" variant="secondary" />
                )}
                {index < desk.picks.length - 1 && (
                  <ActionForm action={changeFrontPageAction} fields={[]} hidden={{ kind: "move-pick", articleId: article.id, direction: "down" }} submitLabel="Turun" variant="secondary" />
                )}
                <ActionForm action={changeFrontPageAction} fields={[]} hidden={{ kind: "remove-pick", articleId: article.id }} submitLabel="Hapus" variant="danger" />
              </li>
            ))}
          </ol>
        )}
        {desk.picks.length < MAX_PICKS && (
          <ActionForm action={changeFrontPageAction} idPrefix="pilihan-" hidden={{ kind: "add-pick" }} fields={[articleField("Tambahkan artikel")]} submitLabel="Tambahkan" />
        )}
      </section>

      <section aria-labelledby="berita-sela" className="space-y-3">
        <h2 id="berita-sela" className="text-lg font-semibold">Berita sela (breaking news)</h2>
        {desk.breaking ? (
          <div className="space-y-2 rounded border border-red-300 bg-red-50 p-3">
            <p>
              {desk.breaking.label}: <Story article={desk.breaking.article} />
              <span className="block text-sm text-neutral-700">Tampil di setiap halaman sampai {formatWibDateTime(desk.breaking.until)}</span>
            </p>
            <ActionForm action={changeFrontPageAction} fields={[]} hidden={{ kind: "stop-breaking" }} submitLabel="Matikan berita sela" variant="danger" />
          </div>
        ) : (
          <p className="text-sm text-neutral-700">Tidak aktif.</p>
        )}
        <ActionForm
          action={changeFrontPageAction}
          idPrefix="sela-"
          hidden={{ kind: "start-breaking" }}
          fields={[
            articleField("Artikel"),
            { name: "label", label: "Label", kind: "select", options: BREAKING_LABELS.map((label) => ({ value: label, label })) },
            { name: "until", label: "Tampil sampai (WIB)", kind: "datetime-local", required: true, hint: "Paling lama tujuh hari." },
          ]}
          submitLabel="Aktifkan berita sela"
        />
      </section>
    </div>
  );
}
