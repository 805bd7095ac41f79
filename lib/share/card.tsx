import { and, eq } from "drizzle-orm";
import { ImageResponse } from "next/og";
import { getDb } from "@/db/client";
import { articles, categories } from "@/db/schema";
import { cachedRead } from "@/lib/cache/cached-read";
import { tags } from "@/lib/cache/tags";
import { isBuildPhase } from "@/lib/seo/build-phase";
import { PUBLIC_CACHE_CONTROL } from "@/lib/cache/cache-control";
import { isShareCardFormat, SHARE_CARD_FORMATS } from "@/lib/seo/share-image";
import { truncateText } from "@/lib/seo/text";
import { getSiteSettings } from "@/lib/settings";

// The generated share image of an article that has no photo large enough for social previews.

type ShareCard = { title: string; categoryName: string | null; siteName: string };

function readShareCard(articleId: number): ShareCard | null {
  const row = getDb()
    .select({ title: articles.title, categoryName: categories.name })
    .from(articles)
    .leftJoin(categories, eq(categories.id, articles.categoryId))
    .where(and(eq(articles.id, articleId), eq(articles.status, "published")))
    .get();
  return row ? { ...row, siteName: getSiteSettings().name } : null;
}

const getShareCard = cachedRead("share-card", readShareCard, (articleId) => [tags.article(articleId)]);

const BRAND = "#b91c1c";
// The bundled font has no emoji, and fetching one needs the network: pictographs are left out.
const PICTOGRAPHS = /[\p{Extended_Pictographic}\u{FE0F}\u{200D}]/gu;

export async function shareCardResponse(id: string, format: string): Promise<Response> {
  const articleId = /^[1-9]\d{0,9}$/.test(id) ? Number(id) : null;
  if (!articleId || !isShareCardFormat(format) || isBuildPhase()) return new Response("Tidak ditemukan", { status: 404 });
  const card = await getShareCard(articleId);
  if (!card) return new Response("Tidak ditemukan", { status: 404 });

  const size = SHARE_CARD_FORMATS[format];
  const title = truncateText(card.title.replace(PICTOGRAPHS, ""), 140);
  const titleSize = size.height >= 900 ? 76 : title.length > 90 ? 52 : 62;
  return new ImageResponse(
    (
      <div style={{ display: "flex", flexDirection: "column", width: "100%", height: "100%", background: "#ffffff", borderTop: `24px solid ${BRAND}` }}>
        <div style={{ display: "flex", flexDirection: "column", flexGrow: 1, justifyContent: "center", padding: "48px 72px" }}>
          {card.categoryName && (
            <div style={{ display: "flex", color: BRAND, fontSize: 32, letterSpacing: 2, textTransform: "uppercase", marginBottom: 24 }}>
              {card.categoryName}
            </div>
          )}
          <div style={{ display: "flex", color: "#171717", fontSize: titleSize, lineHeight: 1.2 }}>{title}</div>
        </div>
        <div style={{ display: "flex", justifyContent: "space-between", alignItems: "center", background: "#171717", color: "#ffffff", padding: "28px 72px", fontSize: 34 }}>
          <span>{card.siteName.replace(PICTOGRAPHS, "")}</span>
        </div>
      </div>
    ),
    { ...size, headers: { "cache-control": PUBLIC_CACHE_CONTROL } },
  );
}
