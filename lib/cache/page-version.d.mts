export const PAGE_VERSION_HEADER: "x-page-version";
