// What an upload may be, and what the newsroom is told when it is not. Shared by the server's checks
// and the upload form (which refuses an oversized file before sending it).

export const MAX_UPLOAD_BYTES = 15 * 1024 * 1024;
export const ALT_MAX = 300;
export const CAPTION_MAX = 500;
export const CREDIT_MAX = 150;
/** Decompression bombs: a 1 MB PNG can claim 30 000 × 30 000 pixels. 50 MP covers newsroom cameras. */
export const MAX_INPUT_PIXELS = 50_000_000;
export const MIN_DIMENSION = 100;
/** For the file input's `accept`; the server judges by content, never by this. */
export const ACCEPTED_TYPES = "image/jpeg,image/png,image/webp";

export const megabytes = (bytes: number) => `${(bytes / (1024 * 1024)).toLocaleString("id-ID", { maximumFractionDigits: 1 })} MB`;

export const UPLOAD_MESSAGES = {
  empty: "Berkas kosong. Pilih berkas gambar.",
  tooLarge: (bytes?: number) => `Berkas terlalu besar${bytes ? ` (${megabytes(bytes)})` : ""}. Ukuran maksimal ${megabytes(MAX_UPLOAD_BYTES)}.`,
  svg: "Gambar SVG tidak diterima karena bisa berisi skrip. Unggah JPEG, PNG, atau WebP.",
  notImage: "Berkas ini bukan gambar JPEG, PNG, atau WebP (jenisnya diperiksa dari isi berkas, bukan dari namanya).",
  corrupt: "Gambar rusak atau terpotong sehingga tidak bisa dibaca. Ekspor ulang gambarnya, lalu unggah lagi.",
  tooManyPixels: `Dimensi gambar terlalu besar (maksimal ${MAX_INPUT_PIXELS / 1_000_000} megapiksel). Perkecil dulu, lalu unggah lagi.`,
  malformed: "Unggahan tidak terbaca utuh. Coba unggah lagi.",
  busy: "Server sedang memproses banyak unggahan. Tunggu beberapa detik, lalu unggah lagi.",
  tooSmall: `Gambar terlalu kecil (minimal ${MIN_DIMENSION} × ${MIN_DIMENSION} piksel).`,
} as const;
