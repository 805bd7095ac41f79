import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const fromRoot = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  resolve: {
    alias: {
      "@": fromRoot("."),
      // "server-only" throws outside React Server Components; tests run lib/ directly.
      "server-only": fromRoot("node_modules/server-only/empty.js"),
    },
  },
  test: {
    include: ["{lib,db,components,bench}/**/*.test.{ts,tsx}"],
    environment: "node",
    // What next.config.ts's experimental.authInterrupts sets for the server, so forbidden() works in tests.
    env: { __NEXT_EXPERIMENTAL_AUTH_INTERRUPTS: "true" },
    pool: "forks",
    // Budgets for a loaded two-core machine: seeding a test database, a 50 000-row sitemap or an
    // image's every size take a few seconds there, near Vitest's default 5 s (10 s for hooks).
    testTimeout: 30_000,
    hookTimeout: 60_000,
    reporters: process.env.CI ? ["default", "json"] : ["default"],
    outputFile: { json: "test-reports/unit.json" },
  },
});
