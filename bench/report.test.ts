import { describe, expect, it } from "vitest";
import { evaluateGoals, type PageResult } from "./report";
import type { BenchTargets } from "./targets";

const inputs: BenchTargets = {
  article: { id: 1, slug: "berita", words: 700 },
  hashtag: { slug: "tagar", articles: 500, pages: 25, deepPage: 25 },
  category: { slug: "nasional", articles: 100 },
  search: { query: "pemerintah indonesia", matches: 40 },
};

function article(latencyP99Ms: number, bareNode: PageResult["bareNode"]): PageResult {
  return {
    name: "article",
    path: "/berita/berita",
    weight: { status: 200 } as PageResult["weight"],
    load: { requestsPerSec: 1200, latencyP50Ms: 24, latencyP99Ms, requests: 12_000, errors: 0, timeouts: 0, non2xx: 0 },
    otherCpuBusyBefore: 0,
    rssBytesAfter: 0,
    nginx: null,
    bareNode,
  };
}

const bareNodeGoal = (page: PageResult) =>
  evaluateGoals([page], [], { heaviestPage: null, heaviestGzipBytes: null }, inputs).find((goal) => goal.name.startsWith("article p99 within"));

describe("the article's p99 against a bare Node server's", () => {
  it("passes within 1.5x and fails past it, naming the bare server's figures", () => {
    const bare = { requestsPerSec: 1150, latencyP99Ms: 100, cpuMsPerRequest: 0.84 };
    expect(bareNodeGoal(article(140, bare))).toMatchObject({ pass: true, actual: "1.40x (bare Node 100.0 ms at 0.84 ms of CPU a request)" });
    expect(bareNodeGoal(article(160, bare))).toMatchObject({ pass: false });
  });

  it("is not judged when the bare server did not run (more than one server process)", () => {
    expect(bareNodeGoal(article(140, null))).toMatchObject({ pass: null, actual: "bare Node not run" });
  });
});
