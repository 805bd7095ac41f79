import Image from "next/image";
import { uploadedMedia } from "@/lib/media/variants";
import { MediaPicture } from "./media-picture";

type Featured = { url: string; width: number; height: number; alt: string; caption: string | null; credit: string | null };

const SIZES = "(min-width: 1024px) 640px, 100vw";

/** An article's featured photo with its caption and credit, loaded first (it is the page's largest paint). */
export function FeaturedImage({ image }: { image: Featured }) {
  return (
    <figure className="mt-5">
      {uploadedMedia(image.url) ? (
        <MediaPicture image={{ ...image, src: image.url }} sizes={SIZES} priority className="h-auto w-full rounded" />
      ) : (
        <Image src={image.url} alt={image.alt} width={image.width} height={image.height} sizes={SIZES} preload className="h-auto w-full rounded" />
      )}
      {(image.caption || image.credit) && (
        <figcaption className="mt-2 text-sm text-neutral-600">
          {image.caption}
          {image.credit && <span> (Foto: {image.credit})</span>}
        </figcaption>
      )}
    </figure>
  );
}
