// The environment of each `npm start` the end-to-end tests run (playwright.config.ts, e2e/support/varnish.ts).
export function serverEnv(port: number, own: Record<string, string | undefined>): Record<string, string> {
  return {
    PORT: String(port),
    HOSTNAME: "127.0.0.1",
    // The specs play clients behind a proxy so that sign-in throttling tests use their own addresses.
    TRUST_PROXY: "1",
    // Not the checkout's data/backups (lib/backups.test.ts covers backups).
    BACKUP_DIR: "off",
    SEED_STAFF_PASSWORD: "rahasia-e2e-2025",
    SITE_URL: `http://127.0.0.1:${port}`,
    NEXT_TELEMETRY_DISABLED: "1",
    ...(own as Record<string, string>),
  };
}
