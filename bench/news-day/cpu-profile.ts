import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { Session } from "node:inspector/promises";
import { join } from "node:path";
import { PROFILE_FILE, WRITERS_POLL_MS } from "./protocol";

/** Where the front writes its profile, beside the server process's at `outputPath`. */
export function frontProfilePath(outputPath: string): string {
  return outputPath.replace(/\.cpuprofile$/, "-front.cpuprofile");
}

/**
 * --cpu-prof: profiles this process while the `profile` file exists, then writes the profile where
 * it said (the front, through `outputPathFor`, beside it).
 */
export function watchProfileRequests(dir: string, outputPathFor: (requested: string) => string = (requested) => requested): void {
  const requestPath = join(dir, PROFILE_FILE);
  let profiling: { session: Session; outputPath: string } | null = null;
  let switching = false;
  setInterval(async () => {
    const wanted = existsSync(requestPath);
    if (switching || wanted === (profiling !== null)) return;
    switching = true;
    try {
      if (wanted) {
        const session = new Session();
        session.connect();
        await session.post("Profiler.enable");
        await session.post("Profiler.start");
        profiling = { session, outputPath: outputPathFor(readFileSync(requestPath, "utf8")) };
      } else if (profiling) {
        const { session, outputPath } = profiling;
        profiling = null;
        const { profile } = await session.post("Profiler.stop");
        session.disconnect();
        writeFileSync(outputPath, JSON.stringify(profile));
      }
    } catch (error) {
      console.error("News day bench: the CPU profile failed:", error);
    } finally {
      switching = false;
    }
  }, WRITERS_POLL_MS).unref();
}
