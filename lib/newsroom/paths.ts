// Newsroom URL paths, in one place so pages, actions, proxy.ts and tests agree.
export const NEWSROOM_PATH = "/redaksi";
export const SIGN_IN_PATH = "/redaksi/masuk";
export const articleListPath = "/redaksi/artikel";
export const newArticlePath = "/redaksi/artikel/baru";
export const newsroomArticlePath = (id: number) => `/redaksi/artikel/${id}`;
/** The compare view of an article's revisions; without versions it compares the newest with the one before. */
export const revisionComparePath = (id: number, versions?: { from: number; to: number }) =>
  `/redaksi/artikel/${id}/revisi${versions ? `?dari=${versions.from}&ke=${versions.to}` : ""}`;
export const frontPageDeskPath = "/redaksi/beranda";
export const mediaLibraryPath = "/redaksi/media";
export const mediaItemPath = (id: number) => `/redaksi/media/${id}`;
export const categoryListPath = "/redaksi/rubrik";
export const newsroomCategoryPath = (id: number) => `/redaksi/rubrik/${id}`;
export const hashtagListPath = "/redaksi/tagar";
export const newsroomHashtagPath = (id: number) => `/redaksi/tagar/${id}`;
export const staffListPath = "/redaksi/staf";
export const statisticsPath = "/redaksi/statistik";
export const statisticsDownloadPath = "/redaksi/statistik/unduh";
export const staffMemberPath = (id: number) => `/redaksi/staf/${id}`;
export const adSlotsPath = "/redaksi/iklan";

/** A newsroom path to return to after signing in; anything else (another site, a protocol-relative URL) is dropped. */
export function safeReturnPath(value: unknown): string {
  if (typeof value !== "string" || value.length > 500 || !/^\/redaksi(?:[/?#]|$)/.test(value) || value.startsWith(SIGN_IN_PATH)) {
    return NEWSROOM_PATH;
  }
  return value;
}
export const articlePreviewPath = (id: number) => `/redaksi/artikel/${id}/pratinjau`;
/** The preview alone, in the public site's frame: what the preview page shows at phone or desktop width. */
export const articlePreviewFramePath = (id: number) => `/redaksi/pratinjau/${id}`;
/** A proposed change compared with the article's live (or scheduled) version, where an editor applies or rejects it. */
export const proposalComparePath = (articleId: number, proposalId: number) => `/redaksi/artikel/${articleId}/revisi?usulan=${proposalId}`;
