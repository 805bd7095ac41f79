import { responsiveSources } from "@/lib/media/variants";

type PictureImage = { src: string; width: number; height: number; alt: string };

/**
 * An image at the size the reader's screen needs. An upload was stored at fixed widths in AVIF,
 * WebP and JPEG (lib/media), so the browser picks a file that already exists: no optimizer runs at
 * request time and every file is cached for a year. Any other image (the demo pictures in public/)
 * is a plain <img>.
 */
export function MediaPicture({ image, sizes, priority = false, className }: { image: PictureImage; sizes: string; priority?: boolean; className?: string }) {
  const sources = responsiveSources(image.src);
  const img = (
    // eslint-disable-next-line @next/next/no-img-element -- the sizes are pre-generated; <picture> offers them per format
    <img
      src={image.src}
      srcSet={sources?.jpg}
      sizes={sources ? sizes : undefined}
      width={image.width}
      height={image.height}
      alt={image.alt}
      loading={priority ? "eager" : "lazy"}
      fetchPriority={priority ? "high" : undefined}
      decoding="async"
      className={className}
    />
  );
  if (!sources) return img;
  return (
    <picture>
      <source type="image/avif" srcSet={sources.avif} sizes={sizes} />
      <source type="image/webp" srcSet={sources.webp} sizes={sizes} />
      {img}
    </picture>
  );
}
