import sharp from "sharp";

/** A test photo drawn with sharp, each in its own colour so its content-derived key is new to this run's MEDIA_DIR. */
export async function photo(width: number, height: number, format: "jpeg" | "png" = "jpeg"): Promise<Buffer> {
  const colour = Math.floor(Math.random() * 0xffffff).toString(16).padStart(6, "0");
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="100%" height="100%" fill="#${colour}"/><circle cx="${width / 2}" cy="${height / 2}" r="${height / 3}" fill="#fff"/></svg>`;
  return sharp(Buffer.from(svg))[format]().toBuffer();
}
