import { ReaderLayout, readerLayoutMetadata } from "@/components/reader-layout";

// Article pages: the reader layout without the leaderboard under the header. The article page
// shows it at its top instead, unless the story is sponsored content, which carries no other ads.
export const generateMetadata = readerLayoutMetadata;

export default function StoryLayout({ children }: { children: React.ReactNode }) {
  return <ReaderLayout leaderboard={false}>{children}</ReaderLayout>;
}
