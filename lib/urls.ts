// Public URL paths, in one place so pages, feeds and sitemaps agree.
export const articlePath = (slug: string) => `/berita/${slug}`;
export const hashtagPath = (slug: string) => `/tag/${slug}`;
export const categoryPath = (slug: string) => `/kategori/${slug}`;
export const authorPath = (slug: string) => `/penulis/${slug}`;
