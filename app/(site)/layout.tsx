import { ReaderLayout, readerLayoutMetadata } from "@/components/reader-layout";

export const generateMetadata = readerLayoutMetadata;

export default function SiteLayout({ children }: { children: React.ReactNode }) {
  return <ReaderLayout>{children}</ReaderLayout>;
}
