import type { StaticPageBlock } from "@/lib/static-pages";

export function StaticPageContent({ blocks }: { blocks: StaticPageBlock[] }) {
  return (
    <div className="space-y-4">
      {blocks.map((block, index) =>
        block.type === "heading" ? (
          <h2 key={index} className="pt-4 text-xl font-bold">
            {block.text}
          </h2>
        ) : (
          <p key={index} className="text-lg leading-relaxed">
            {block.text}
          </p>
        ),
      )}
    </div>
  );
}
