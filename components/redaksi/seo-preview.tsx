import type { ArticleBody } from "@/lib/body/schema";
import { articleDescription } from "@/lib/seo/metadata";
import { LARGE_IMAGE_MIN_WIDTH, type ImageLike } from "@/lib/seo/share-image";
import { truncateText } from "@/lib/seo/text";
import { slugify } from "@/lib/text/slug";
import { articlePath } from "@/lib/urls";
import type { EditorFields } from "./editor-fields";

// How Google's result and a social share card will show the article, from the same functions that
// write its metadata (lib/seo/metadata.ts), so the preview cannot drift from what is published.

const RESULT_TITLE_CHARS = 60;

type Props = {
  fields: EditorFields;
  site: { name: string; url: string };
  /** The featured image as the share card would use it. */
  image: ImageLike | null;
};

export function SeoPreview({ fields, site, image }: Props) {
  const title = fields.title.trim() || "Judul artikel";
  const description =
    articleDescription({ dek: fields.dek, seoDescription: fields.seoDescription, body: fields.body as ArticleBody }) || "Ringkasan artikel.";
  const host = new URL(site.url).host;
  const path = articlePath(slugify(fields.slug || fields.title) || "…");
  const shareImage = image && image.width >= LARGE_IMAGE_MIN_WIDTH ? image : null;

  return (
    <div className="grid gap-3 sm:grid-cols-2">
      <figure aria-label="Pratinjau hasil pencarian" className="min-w-0 space-y-1 rounded border border-neutral-200 bg-white p-3 text-sm">
        <figcaption className="text-xs font-semibold uppercase text-neutral-600">Hasil pencarian</figcaption>
        <p className="truncate text-neutral-700">
          {site.name} · {host}
          {path.replaceAll("/", " › ")}
        </p>
        <p className="text-lg leading-snug text-blue-800" data-testid="search-preview-title">
          {truncateText(`${fields.seoTitle.trim() || title} | ${site.name}`, RESULT_TITLE_CHARS)}
        </p>
        <p className="text-neutral-700" data-testid="search-preview-description">{description}</p>
      </figure>
      <figure aria-label="Pratinjau kartu bagikan" className="min-w-0 overflow-hidden rounded border border-neutral-200 bg-white text-sm">
        {shareImage ? (
          // eslint-disable-next-line @next/next/no-img-element -- a newsroom preview of the exact file networks will fetch
          <img src={shareImage.url} alt={shareImage.alt} className="aspect-[1.91/1] w-full object-cover" />
        ) : (
          <div className="flex aspect-[1.91/1] items-end bg-neutral-900 p-3 font-serif text-lg font-bold leading-tight text-white" data-testid="share-preview-card">
            {title}
          </div>
        )}
        <figcaption className="space-y-1 p-3">
          <span className="block text-xs uppercase text-neutral-600">{host}</span>
          <span className="block font-semibold" data-testid="share-preview-title">{title}</span>
          <span className="line-clamp-2 block text-neutral-700">{description}</span>
          {!shareImage && <span className="block text-xs text-neutral-600">Tanpa foto utama selebar {LARGE_IMAGE_MIN_WIDTH} px, kartu bergambar judul dibuat otomatis.</span>}
        </figcaption>
      </figure>
    </div>
  );
}
