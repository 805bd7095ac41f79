import { resolve } from "node:path";

export const DEFAULT_MEDIA_DIR = "data/media";

/** Where uploads are stored: MEDIA_DIR, outside public/ (served by app/media/[...path]). */
export function mediaDir(): string {
  return resolve(/*turbopackIgnore: true*/ process.cwd(), process.env.MEDIA_DIR || DEFAULT_MEDIA_DIR);
}
