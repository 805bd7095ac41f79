export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { prepareDatabase } = await import("./lib/seed/prepare");
  const { startInvalidationPolling } = await import("./lib/cache/invalidation");
  await prepareDatabase();
  startInvalidationPolling();
  // Build workers may load this file too; publishing articles is for a running server only, and for
  // one server process of several (lib/cluster.ts).
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const { runsSingletonJobs } = await import("./lib/cluster");
  if (!runsSingletonJobs()) return;
  const { ensureAdminFromEnv } = await import("./lib/staff/newsroom");
  const { startScheduler } = await import("./lib/articles/scheduler");
  const { startSharedCachePurging } = await import("./lib/cache/shared-cache-purge");
  await ensureAdminFromEnv();
  startScheduler();
  startSharedCachePurging();
  // `npm run bench -- --scenario news-day` only: its newsroom writers run in this process.
  if (process.env.NEWS_DAY_BENCH_DIR) {
    const { startNewsDayBench } = await import("./bench/news-day/in-server");
    startNewsDayBench(process.env.NEWS_DAY_BENCH_DIR);
  }
}
