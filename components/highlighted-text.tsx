import { highlightSegments } from "@/lib/search";

/** Text from the search index with its matched words in <mark>; plain React text, never HTML. */
export function HighlightedText({ text }: { text: string }) {
  return highlightSegments(text).map((segment, index) =>
    segment.match ? (
      <mark key={index} className="bg-yellow-200 text-inherit">
        {segment.text}
      </mark>
    ) : (
      segment.text
    ),
  );
}
