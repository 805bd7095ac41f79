export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { prepareDatabase } = await import("./db/prepare");
  const { startInvalidationPolling } = await import("./lib/cache/invalidation");
  await prepareDatabase();
  startInvalidationPolling();
}
