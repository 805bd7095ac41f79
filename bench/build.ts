import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { runScript } from "./server";

// `next build` with a distDir of its own rewrites two shared files to point at that folder:
// tsconfig.json (adds `<distDir>/types/**/*.ts` to "include") and next-env.d.ts (imports
// `<distDir>/types/routes.d.ts`). Others build and type-check in the same checkout, so the
// benchmark puts both back, and leaves tsconfig.json alone if anything else changed in it.

type Snapshot = { path: string; text: string | null };

function snapshot(path: string): Snapshot {
  return { path, text: existsSync(path) ? readFileSync(path, "utf8") : null };
}

function onlyDistDirIncludesAdded(before: string, after: string, distDir: string): boolean {
  try {
    const previous = JSON.parse(before) as { include?: unknown };
    const current = JSON.parse(after) as { include?: unknown };
    if (Array.isArray(current.include)) {
      current.include = current.include.filter((entry) => typeof entry !== "string" || !entry.startsWith(`${distDir}/`));
    }
    return JSON.stringify(previous) === JSON.stringify(current);
  } catch {
    return false;
  }
}

export async function buildInto(distDir: string, warn: (line: string) => void): Promise<void> {
  const tsconfig = snapshot("tsconfig.json");
  const nextEnv = snapshot("next-env.d.ts");
  try {
    await runScript("build", { NEXT_DIST_DIR: distDir });
  } finally {
    const tsconfigNow = snapshot(tsconfig.path).text;
    if (tsconfig.text !== null && tsconfigNow !== null && tsconfigNow !== tsconfig.text) {
      if (onlyDistDirIncludesAdded(tsconfig.text, tsconfigNow, distDir)) writeFileSync(tsconfig.path, tsconfig.text);
      else warn(`tsconfig.json changed during the build in more ways than Next's ${distDir} includes; left as it is`);
    }
    if (nextEnv.text !== null && snapshot(nextEnv.path).text !== nextEnv.text) writeFileSync(nextEnv.path, nextEnv.text);
  }
}
