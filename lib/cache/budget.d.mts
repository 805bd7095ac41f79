export function pageCacheBudget(env?: NodeJS.ProcessEnv): { pages: number; volatile: number; gzip: number };
