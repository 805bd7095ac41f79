import { parseArgs } from "node:util";
import { z } from "zod";

export const USAGE = `Usage: npm run bench -- [options]

  --scenario NAME    pages (default): each page loaded on its own; news-day: a weighted URL set
                     under load: quiet, with newsroom writers in the server, quiet again (needs wrk)
  --articles N       published articles to generate (default 20000; 1000000 works)
  --connections N    concurrent connections per page load or news-day phase (default 32)
  --duration S       seconds of load per page (default 10), or per news-day phase (default 60)
  --urls N           news-day: article URLs in the set, the most read first (default 5000)
  --page-cache-mb N  news-day: the server's PAGE_CACHE_MAX_MB, to hold the whole set (default 2048)
  --cpu-prof         news-day: CPU profiles of the server process and the front during each phase, beside the report
  --no-writers       news-day: a control run, the same phases with the writers left off: how far
                     this machine's throughput and p99 move between phases on their own
  --processes N      pages: server processes (the server's WEB_CONCURRENCY; default 1, npm start's
                     default is one per core); news-day runs one (its counters are one process's)
  --via WHERE        origin (default): the load goes straight to the server; varnish: through Varnish
                     as deploy/varnish ships it (on --port + 2, purged by the server), with its hit
                     ratio per news-day phase (needs varnish and varnish-modules)
  --port N           port of the server under test (default 3200)
  --runs N           calls per lib read when timing queries (default 50)
  --wait-idle S      before each page's load, wait up to S seconds for other work to leave the CPU (default 0)
  --tool T           load generator: auto (wrk when installed, else autocannon), wrk, autocannon
  --dist-dir DIR     Next build output used by the benchmark (default .next-bench, leaves .next alone)
  --skip-build       reuse the existing build in --dist-dir
  --db PATH          database to use: reused when it exists, generated there (and kept) when not
  --keep-db          keep the generated temporary database and print its path
  --help             this text`;

const positiveInt = z.coerce.number().int().positive();

const SCENARIOS = ["pages", "news-day"] as const;
const DEFAULT_DURATION: Record<(typeof SCENARIOS)[number], number> = { pages: 10, "news-day": 60 };

const optionsSchema = z.object({
  scenario: z.enum(SCENARIOS).default("pages"),
  articles: positiveInt.default(20_000),
  connections: positiveInt.default(32),
  duration: positiveInt.optional(),
  urls: positiveInt.default(5_000),
  pageCacheMb: positiveInt.default(2048),
  cpuProf: z.boolean().default(false),
  noWriters: z.boolean().default(false),
  processes: positiveInt.max(64).default(1),
  via: z.enum(["origin", "varnish"]).default("origin"),
  port: positiveInt.max(65_535).default(3200),
  runs: positiveInt.default(50),
  waitIdle: z.coerce.number().int().min(0).default(0),
  tool: z.enum(["auto", "wrk", "autocannon"]).default("auto"),
  distDir: z.string().min(1).default(".next-bench"),
  skipBuild: z.boolean().default(false),
  db: z.string().min(1).optional(),
  keepDb: z.boolean().default(false),
}).transform((options) => ({ ...options, duration: options.duration ?? DEFAULT_DURATION[options.scenario] }));

export type BenchOptions = z.infer<typeof optionsSchema>;

/** The parsed options, or null when --help was asked for. Throws with a readable message on bad input. */
export function parseOptions(argv: string[]): BenchOptions | null {
  const { values } = parseArgs({
    args: argv,
    options: {
      scenario: { type: "string" },
      articles: { type: "string" },
      connections: { type: "string" },
      duration: { type: "string" },
      urls: { type: "string" },
      "page-cache-mb": { type: "string" },
      "cpu-prof": { type: "boolean" },
      "no-writers": { type: "boolean" },
      processes: { type: "string" },
      via: { type: "string" },
      port: { type: "string" },
      runs: { type: "string" },
      "wait-idle": { type: "string" },
      tool: { type: "string" },
      "dist-dir": { type: "string" },
      "skip-build": { type: "boolean" },
      db: { type: "string" },
      "keep-db": { type: "boolean" },
      help: { type: "boolean" },
    },
    strict: true,
  });
  if (values.help) return null;
  const parsed = optionsSchema.safeParse({
    scenario: values.scenario,
    articles: values.articles,
    connections: values.connections,
    duration: values.duration,
    urls: values.urls,
    pageCacheMb: values["page-cache-mb"],
    cpuProf: values["cpu-prof"],
    noWriters: values["no-writers"],
    processes: values.processes,
    via: values.via,
    port: values.port,
    runs: values.runs,
    waitIdle: values["wait-idle"],
    tool: values.tool,
    distDir: values["dist-dir"],
    skipBuild: values["skip-build"],
    db: values.db,
    keepDb: values["keep-db"],
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const flag = String(issue.path[0] ?? "").replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
    throw new Error(`--${flag}: ${issue.message}`);
  }
  return parsed.data;
}
