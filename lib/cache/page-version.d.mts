export const PAGE_VERSION_HEADER: "x-page-version";
export const PAGE_TAGS_HEADER: "x-page-cache-tags";
export const PAGE_KEY_HEADER: "x-page-cache-key";
