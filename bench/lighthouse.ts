import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs, promisify } from "node:util";
import { z } from "zod";
import { table } from "./report";

// `npm run lighthouse -- [--url http://localhost:3000] [--runs 3]`: Lighthouse 12.2.3 (the last for
// Node 20) on Debian's Chromium, mobile preset, against a running `npm start` with the demo content;
// each page `runs` times, the median run (by performance score) reported.

const LIGHTHOUSE = "lighthouse@12.2.3";
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
const METRICS = ["first-contentful-paint", "largest-contentful-paint", "total-blocking-time", "cumulative-layout-shift", "speed-index"] as const;
// Demo content every fresh install has (lib/seed).
const PAGES = {
  home: "/",
  article: "/berita/korea-utara-kirim-ribuan-pekerja-militer-dan-penjinak-ranjau-ke-kursk-rusia",
  hashtag: "/tag/rinewsportal",
  search: "/cari?q=korea",
};

const lighthouseReport = z.object({
  categories: z.record(z.string(), z.object({ score: z.number().nullable() })),
  audits: z.record(z.string(), z.object({ displayValue: z.string().optional(), numericValue: z.number().optional() })),
});
type Run = z.infer<typeof lighthouseReport>;

const args = z
  .object({ url: z.url().default("http://localhost:3000"), runs: z.coerce.number().int().min(1).max(9).default(3) })
  .parse(parseArgs({ options: { url: { type: "string" }, runs: { type: "string" } } }).values);
const chromium = process.env.CHROME_PATH ?? "/usr/bin/chromium";

async function lighthouse(url: string, dir: string): Promise<Run> {
  const output = join(dir, "report.json");
  await promisify(execFile)(
    "npx",
    ["--yes", LIGHTHOUSE, url, "--quiet", "--output=json", `--output-path=${output}`, `--only-categories=${CATEGORIES.join(",")}`, "--chrome-flags=--headless=new --no-sandbox --disable-gpu"],
    { env: { ...process.env, CHROME_PATH: chromium }, maxBuffer: 64 * 1024 * 1024 },
  );
  return lighthouseReport.parse(JSON.parse(readFileSync(output, "utf8")));
}

const score = (run: Run, category: string) => Math.round((run.categories[category]?.score ?? 0) * 100);

const dir = mkdtempSync(join(tmpdir(), "lighthouse-"));
const rows: string[][] = [];
const results: Record<string, Run> = {};
try {
  for (const [name, path] of Object.entries(PAGES)) {
    const runs: Run[] = [];
    for (let i = 0; i < args.runs; i++) runs.push(await lighthouse(new URL(path, args.url).href, dir));
    const median = runs.sort((a, b) => score(a, "performance") - score(b, "performance"))[Math.floor(runs.length / 2)]!;
    results[name] = median;
    rows.push([
      name,
      `${runs.map((run) => score(run, "performance")).join("/")}`,
      ...CATEGORIES.map((category) => String(score(median, category))),
      ...METRICS.map((metric) => median.audits[metric]?.displayValue ?? "-"),
    ]);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
console.log(`${LIGHTHOUSE}, mobile preset, ${args.runs} runs per page, median by performance score (${args.url})\n`);
console.log(table(["page", "perf runs", ...CATEGORIES, "FCP", "LCP", "TBT", "CLS", "SI"], rows));
mkdirSync("bench/results", { recursive: true });
const file = `bench/results/lighthouse-${new Date().toISOString().replace(/[:.]/g, "-")}.json`;
writeFileSync(file, JSON.stringify(results, null, 2));
console.log(`\nMedian runs written to ${file}`);
