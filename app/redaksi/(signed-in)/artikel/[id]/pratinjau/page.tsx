import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { readForPage, requireUser } from "@/lib/auth/request";
import { getNewsroomArticle } from "@/lib/articles/newsroom";
import { articlePreviewFramePath, articlePreviewPath, newsroomArticlePath } from "@/lib/newsroom/paths";
import { recordIdParam } from "@/lib/route-params";

export const metadata: Metadata = { title: "Pratinjau" };

const SCREENS = {
  ponsel: { label: "Ponsel", width: 390 },
  desktop: { label: "Desktop", width: 1280 },
} as const;
const screenParam = z.enum(Object.keys(SCREENS) as [keyof typeof SCREENS]).catch("ponsel");

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ layar?: string | string[] }> };

/** The preview at a phone's or a desktop's width: the public page in a frame of that width. */
export default async function ArticlePreviewPage({ params, searchParams }: Props) {
  const user = await requireUser();
  const id = await recordIdParam(params);
  const article = readForPage(() => getNewsroomArticle(user, id));
  const screen = screenParam.parse((await searchParams).layar);

  return (
    <div className="space-y-4">
      <p className="rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm" role="note">
        Pratinjau &ldquo;{article.title}&rdquo; ({article.state === "published" ? "versi tersimpan" : "belum terbit"}).{" "}
        <Link href={newsroomArticlePath(article.id)} className="underline">Kembali ke editor</Link>
      </p>
      <nav aria-label="Lebar layar" className="flex gap-2">
        {Object.entries(SCREENS).map(([key, { label, width }]) => (
          <Link
            key={key}
            href={`${articlePreviewPath(article.id)}?layar=${key}`}
            aria-current={key === screen ? "page" : undefined}
            className="rounded border border-neutral-400 px-3 py-1 text-sm aria-[current=page]:border-neutral-900 aria-[current=page]:bg-neutral-900 aria-[current=page]:text-white"
          >
            {label} ({width} px)
          </Link>
        ))}
      </nav>
      {/* Scrolls sideways when the frame is wider than the screen, so it takes focus for keyboard scrolling. */}
      <div tabIndex={0} role="region" aria-label="Bingkai pratinjau" className="overflow-x-auto rounded border border-neutral-300 bg-neutral-200 p-2">
        <iframe
          src={articlePreviewFramePath(article.id)}
          title={`Pratinjau di layar ${SCREENS[screen].label.toLowerCase()}`}
          width={SCREENS[screen].width}
          className="mx-auto h-[80vh] max-w-none bg-white"
        />
      </div>
    </div>
  );
}
