import type { LoadResult } from "../load";
import type { Goal } from "../report";
import type { HitRatio } from "../varnish";
import type { PhaseServerStats } from "./stats";

// The news-day targets (issue 11), each a ratio of this run's own quiet phase, so that a slower
// or busier machine moves both phases and not the verdict.

export type PhaseResult = {
  name: "quiet" | "writers";
  load: LoadResult;
  server: PhaseServerStats;
  rssBytesAfter: number;
  /** Share of the CPU other work used just before the phase (see bench/cpu.ts). */
  otherCpuBusyBefore: number | null;
  /** `--via varnish`: what Varnish answered during the phase. */
  varnish?: HitRatio;
};

const MIN_THROUGHPUT_RATIO = 0.9;
const MAX_P99_RATIO = 1.5;
const MIN_ARTICLES_FROM_CACHE = 0.95;
const MIN_VARNISH_HIT_RATIO = 0.95;

const percent = (ratio: number) => `${(ratio * 100).toFixed(1)}%`;

export function evaluateNewsDayGoals(quiet: PhaseResult, writers: PhaseResult): Goal[] {
  const throughput = writers.load.requestsPerSec / quiet.load.requestsPerSec;
  const p99 = writers.load.latencyP99Ms / quiet.load.latencyP99Ms;
  const unanswered = quiet.load.timeouts + writers.load.timeouts;
  const articles = writers.server.pageCache?.article.fromCache ?? null;
  return [
    {
      name: "throughput with writers vs quiet",
      target: `>= ${percent(MIN_THROUGHPUT_RATIO)}`,
      actual: `${percent(throughput)} (${writers.load.requestsPerSec.toFixed(0)} vs ${quiet.load.requestsPerSec.toFixed(0)} req/s)`,
      pass: throughput >= MIN_THROUGHPUT_RATIO,
    },
    {
      name: "p99 with writers vs quiet",
      target: `<= ${MAX_P99_RATIO}x`,
      actual: `${p99.toFixed(2)}x (${writers.load.latencyP99Ms.toFixed(1)} vs ${quiet.load.latencyP99Ms.toFixed(1)} ms)`,
      pass: p99 <= MAX_P99_RATIO,
    },
    {
      name: "requests without an answer within 2 s",
      target: "0",
      actual: `${unanswered} (quiet ${quiet.load.timeouts}, writers ${writers.load.timeouts})`,
      pass: unanswered === 0,
    },
    {
      name: "article pages from the cache, with writers",
      target: `>= ${percent(MIN_ARTICLES_FROM_CACHE)}`,
      actual: articles === null ? (writers.server.pageCache ? "no article requests counted" : "n/a: the page cache reports no counters") : percent(articles),
      pass: articles === null ? null : articles >= MIN_ARTICLES_FROM_CACHE,
    },
    ...(writers.varnish
      ? [
          {
            name: "Varnish hit ratio, with writers",
            target: `>= ${percent(MIN_VARNISH_HIT_RATIO)}`,
            actual: writers.varnish.ratio === null ? "no lookups" : percent(writers.varnish.ratio),
            pass: writers.varnish.ratio === null ? null : writers.varnish.ratio >= MIN_VARNISH_HIT_RATIO,
          },
        ]
      : []),
  ];
}
