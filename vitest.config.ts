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
    include: ["{lib,db,components}/**/*.test.{ts,tsx}"],
    environment: "node",
    pool: "forks",
    reporters: process.env.CI ? ["default", "json"] : ["default"],
    outputFile: { json: "test-reports/unit.json" },
  },
});
