import { hashtagSlug } from "@/lib/text/slug";
import { pick, type Random, Zipf } from "./random";
import { DESKS, PLACES, SITEWIDE_HASHTAGS, TAIL_STEMS } from "./vocabulary";

export type HashtagDef = { name: string; slug: string };

/**
 * The archive's hashtags: a few sitewide ones (the biggest has ~30% of all articles), and per
 * desk a curated head plus a generated long tail that grows with the archive, each drawn with a
 * Zipf distribution so a handful are huge and most have a few dozen articles.
 */
export class HashtagCatalogue {
  readonly all: HashtagDef[] = [];
  private readonly sitewide: Zipf<HashtagDef>;
  private readonly perDesk = new Map<string, Zipf<HashtagDef>>();
  private readonly slugs = new Set<string>();

  constructor(random: Random, articleCount: number) {
    this.sitewide = new Zipf(SITEWIDE_HASHTAGS.map((name) => this.add(name)!), 1.1);
    // ~1 250 per desk at 1M articles, 30 at 20k.
    const tailPerDesk = Math.max(20, Math.round(articleCount / 800));
    for (const desk of DESKS) {
      const tags = desk.hashtags.map((name) => this.add(name)).filter((t): t is HashtagDef => t !== null);
      // Tail names as newsrooms coin them: "#BanjirBekasi", "#HargaCabaiMedan2024", "#Pilkada2027".
      const stems = [...TAIL_STEMS, ...desk.words.map(pascalCase)];
      for (let attempts = 0; tags.length < desk.hashtags.length + tailPerDesk && attempts < tailPerDesk * 20; attempts++) {
        const place = random() < 0.85 ? pascalCase(pick(random, PLACES)) : "";
        const year = !place || random() < 0.4 ? String(2019 + Math.floor(random() * 9)) : "";
        const tag = this.add(`${pick(random, stems)}${place}${year}`);
        if (tag) tags.push(tag);
      }
      this.perDesk.set(desk.slug, new Zipf(tags, 1));
    }
  }

  private add(name: string): HashtagDef | null {
    const slug = hashtagSlug(name);
    if (!slug || this.slugs.has(slug)) return null;
    this.slugs.add(slug);
    const tag = { name, slug };
    this.all.push(tag);
    return tag;
  }

  /** 1-5 distinct hashtags for an article of this desk. */
  draw(random: Random, deskSlug: string): HashtagDef[] {
    const desk = this.perDesk.get(deskSlug)!;
    const chosen = new Set<HashtagDef>();
    if (random() < 0.85) chosen.add(this.sitewide.draw(random));
    const wanted = chosen.size + 1 + Math.floor(random() * 4);
    for (let attempts = 0; chosen.size < wanted && attempts < 10; attempts++) chosen.add(desk.draw(random));
    return [...chosen];
  }
}

function pascalCase(words: string): string {
  return words
    .split(/[\s-]+/)
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join("");
}
