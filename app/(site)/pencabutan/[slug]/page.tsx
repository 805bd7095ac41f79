import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { getWithdrawalNotice, type WithdrawalNotice } from "@/lib/articles/withdrawals";
import { parseParams, slugParam } from "@/lib/route-params";
import { withdrawalMetadata } from "@/lib/seo/metadata";
import { formatWibDate, formatWibDateTime } from "@/lib/time";
import { homePath, staticPagePath } from "@/lib/urls";

type Props = { params: Promise<{ slug: string }> };

// Reached at the withdrawn article's own address, answered 410 (lib/server/withdrawn-articles.ts).
// It changes only with the withdrawal itself, through the article's tags.
export const revalidate = 3600;

export function generateStaticParams() {
  return [];
}

const paramsSchema = z.object({ slug: slugParam });

async function loadNotice(params: Props["params"]): Promise<WithdrawalNotice> {
  const parsed = parseParams(paramsSchema, await params);
  const notice = parsed && (await getWithdrawalNotice(parsed.slug));
  if (!notice) notFound();
  return notice;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return withdrawalMetadata(await loadNotice(params));
}

export default async function WithdrawalNoticePage({ params }: Props) {
  const notice = await loadNotice(params);
  return (
    <article aria-labelledby="judul-pencabutan" className="mx-auto max-w-3xl">
      <p className="text-sm font-semibold uppercase tracking-wide text-red-800">Artikel dicabut</p>
      <h1 id="judul-pencabutan" className="mt-2 text-3xl font-bold">
        {notice.title}
      </h1>
      <p className="mt-3 text-neutral-700">
        {notice.publishedAt !== null && <>Terbit {formatWibDate(notice.publishedAt)}. </>}
        Dicabut oleh redaksi pada <time dateTime={new Date(notice.withdrawnAt).toISOString()}>{formatWibDateTime(notice.withdrawnAt)}</time>.
      </p>
      <section aria-labelledby="alasan-pencabutan" className="mt-6 rounded border border-neutral-300 bg-neutral-50 p-4">
        <h2 id="alasan-pencabutan" className="text-lg font-semibold">
          Alasan pencabutan
        </h2>
        <p className="mt-2 whitespace-pre-line">{notice.reason}</p>
      </section>
      <p className="mt-6 text-sm text-neutral-700">
        Isi berita ini tidak lagi ditampilkan. Pencabutan dilakukan sesuai{" "}
        <Link prefetch={false} href={staticPagePath("pedoman-media-siber")} className="underline">
          Pedoman Pemberitaan Media Siber
        </Link>
        .
      </p>
      <p className="mt-6">
        <Link prefetch={false} href={homePath()} className="font-semibold underline">
          Kembali ke beranda
        </Link>
      </p>
    </article>
  );
}
