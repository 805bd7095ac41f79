import type { LoadResult } from "../load";
import type { Goal } from "../report";
import type { HitRatio } from "../varnish";
import type { PhaseServerStats } from "./stats";

// The news-day targets (issue 11), each a ratio of this run's own quiet load, so that a slower
// or busier machine moves both phases and not the verdict. The quiet load is measured before the
// writers and again after them, and the targets compare with the mean of the two: a machine's
// speed drifts from one minute to the next, and a single quiet minute before the writers judged
// that drift as the writers' cost (README, "News day").

export type PhaseResult = {
  name: "quiet" | "writers" | "quiet-again";
  load: LoadResult;
  server: PhaseServerStats;
  rssBytesAfter: number;
  /** Share of the CPU other work used just before the phase (see bench/cpu.ts). */
  otherCpuBusyBefore: number | null;
  /**
   * In cores, how long the front's and the server process's threads were ready to run with both
   * cores taken through the phase's load (Linux run-queue wait; 0.05 = a twentieth of the phase):
   * what the writers cost the front as a wait for the CPU rather than as work. Null off Linux.
   */
  waitingForCore: { front: number | null; serverProcess: number | null };
  /** `--via varnish`: what Varnish answered during the phase. */
  varnish?: HitRatio;
};

const MIN_THROUGHPUT_RATIO = 0.9;
const MAX_P99_RATIO = 1.5;
const MIN_ARTICLES_FROM_CACHE = 0.95;
const MIN_VARNISH_HIT_RATIO = 0.95;

const percent = (ratio: number) => `${(ratio * 100).toFixed(1)}%`;

const mean = (a: number, b: number) => (a + b) / 2;

export function evaluateNewsDayGoals(quiet: PhaseResult, writers: PhaseResult, quietAgain: PhaseResult): Goal[] {
  const quietRequestsPerSec = mean(quiet.load.requestsPerSec, quietAgain.load.requestsPerSec);
  const quietP99Ms = mean(quiet.load.latencyP99Ms, quietAgain.load.latencyP99Ms);
  const throughput = writers.load.requestsPerSec / quietRequestsPerSec;
  const p99 = writers.load.latencyP99Ms / quietP99Ms;
  const unanswered = quiet.load.timeouts + writers.load.timeouts + quietAgain.load.timeouts;
  const articles = writers.server.pageCache?.article.fromCache ?? null;
  return [
    {
      name: "throughput with writers vs quiet",
      target: `>= ${percent(MIN_THROUGHPUT_RATIO)}`,
      actual:
        `${percent(throughput)} (${writers.load.requestsPerSec.toFixed(0)} vs ${quietRequestsPerSec.toFixed(0)} req/s; ` +
        `before ${percent(writers.load.requestsPerSec / quiet.load.requestsPerSec)}, after ${percent(writers.load.requestsPerSec / quietAgain.load.requestsPerSec)})`,
      pass: throughput >= MIN_THROUGHPUT_RATIO,
    },
    {
      name: "p99 with writers vs quiet",
      target: `<= ${MAX_P99_RATIO}x`,
      actual: `${p99.toFixed(2)}x (${writers.load.latencyP99Ms.toFixed(1)} vs ${quietP99Ms.toFixed(1)} ms; before ${quiet.load.latencyP99Ms.toFixed(1)}, after ${quietAgain.load.latencyP99Ms.toFixed(1)})`,
      pass: p99 <= MAX_P99_RATIO,
    },
    {
      name: "requests without an answer within 2 s",
      target: "0",
      actual: `${unanswered} (quiet ${quiet.load.timeouts}, writers ${writers.load.timeouts}, quiet again ${quietAgain.load.timeouts})`,
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
