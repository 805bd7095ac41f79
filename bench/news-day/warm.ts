import { get } from "../page-weight";

// Every URL of the set twice before measuring, so that the load measures a warm cache rather than
// first renders: the first request renders the page, the second is the cache hit that the front
// keeps (lib/server/front.ts). A few at a time: a render is CPU work, and the server has at most two cores.

export type WarmUp = { seconds: number; statuses: Record<string, number>; failures: { path: string; answer: string }[] };

const MAX_REPORTED = 20;

export async function warmAll(origin: string, paths: readonly string[], { concurrency, headers, onProgress }: { concurrency: number; headers: Record<string, string>; onProgress?: (done: number) => void }): Promise<WarmUp> {
  const started = performance.now();
  const statuses: Record<string, number> = {};
  const failures: WarmUp["failures"] = [];
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < paths.length) {
      const path = paths[next++]!;
      let answer: string;
      try {
        await get(`${origin}${path}`, headers);
        answer = String((await get(`${origin}${path}`, headers)).status);
      } catch (error) {
        answer = error instanceof Error ? error.message : String(error);
      }
      const key = /^\d+$/.test(answer) ? answer : "error";
      statuses[key] = (statuses[key] ?? 0) + 1;
      if (!/^[23]\d\d$/.test(answer) && failures.length < MAX_REPORTED) failures.push({ path, answer });
      if (++done % 500 === 0) onProgress?.(done);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { seconds: (performance.now() - started) / 1000, statuses, failures };
}
