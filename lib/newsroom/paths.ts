// Newsroom URL paths, in one place so pages, actions, proxy.ts and tests agree.
export const NEWSROOM_PATH = "/redaksi";
export const SIGN_IN_PATH = "/redaksi/masuk";
export const articleListPath = "/redaksi/artikel";
export const newArticlePath = "/redaksi/artikel/baru";
export const newsroomArticlePath = (id: number) => `/redaksi/artikel/${id}`;
export const mediaLibraryPath = "/redaksi/media";
export const mediaItemPath = (id: number) => `/redaksi/media/${id}`;
export const staffListPath = "/redaksi/staf";
export const staffMemberPath = (id: number) => `/redaksi/staf/${id}`;

/** A newsroom path to return to after signing in; anything else (another site, a protocol-relative URL) is dropped. */
export function safeReturnPath(value: unknown): string {
  if (typeof value !== "string" || value.length > 500 || !/^\/redaksi(?:[/?#]|$)/.test(value) || value.startsWith(SIGN_IN_PATH)) {
    return NEWSROOM_PATH;
  }
  return value;
}
