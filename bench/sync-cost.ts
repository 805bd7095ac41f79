import { rmSync } from "node:fs";
import { parseArgs } from "node:util";
import { closeDatabase, getDb } from "@/db/client";
import { seedFreshDatabase } from "@/lib/seed/testing";
import { articleFormSchema, saveArticle } from "@/lib/articles/editor";
import { seededStaff } from "@/lib/newsroom/testing";

// What a sync on every commit (synchronous = FULL, db/client.ts) costs the save path on this disk:
// saves of one ~800-word draft through saveArticle (article, revision, audit entry), in rounds that
// alternate FULL and NORMAL so that other load on the machine falls on both.
// Usage: node --conditions=react-server --import tsx bench/sync-cost.ts [--saves 200] [--rounds 3]
// (react-server: lib/media is "server-only")

const { values } = parseArgs({ options: { saves: { type: "string", default: "200" }, rounds: { type: "string", default: "3" } } });
const saves = Number(values.saves);
const rounds = Number(values.rounds);

const path = await seedFreshDatabase();
const editor = seededStaff().editor;
const words = "Warga di pesisir utara Semarang mengungsi setelah banjir rob merendam permukiman mereka sejak pagi. ";
const body = (n: number) => JSON.stringify({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: `${n}. ${words.repeat(60)}` }] }] });

const first = saveArticle(editor, articleFormSchema.parse({ title: "Uji biaya sinkronisasi", body: body(0) }));
if (!first.ok) throw new Error("the first save was refused");
const articleId = String(first.article.id);
let version = first.article.version;

function timeSaves(mode: "FULL" | "NORMAL"): number[] {
  getDb().$client.pragma(`synchronous = ${mode}`);
  const times: number[] = [];
  for (let i = 0; i < saves; i++) {
    const start = performance.now();
    const saved = saveArticle(editor, articleFormSchema.parse({ articleId, version: String(version), title: "Uji biaya sinkronisasi", body: body(version) }));
    times.push(performance.now() - start);
    if (!saved.ok) throw new Error("a save was refused");
    version = saved.article.version;
  }
  return times;
}

const timings: Record<"FULL" | "NORMAL", number[]> = { FULL: [], NORMAL: [] };
for (let round = 0; round < rounds; round++) {
  for (const mode of ["FULL", "NORMAL"] as const) timings[mode].push(...timeSaves(mode));
}
for (const [mode, times] of Object.entries(timings)) {
  const sorted = times.sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]!.toFixed(2);
  console.log(`${mode.padEnd(6)} ${sorted.length} saves: median ${at(0.5)} ms, p95 ${at(0.95)} ms, mean ${(sorted.reduce((a, b) => a + b, 0) / sorted.length).toFixed(2)} ms`);
}
closeDatabase();
for (const suffix of ["", "-wal", "-shm"]) rmSync(`${path}${suffix}`, { force: true });
