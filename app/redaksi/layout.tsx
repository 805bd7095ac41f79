import type { Metadata } from "next";
import { newsroomMetadata } from "@/lib/seo/metadata";

// Staff pages: rendered per request for the signed-in person, never cached, never indexed.
export const dynamic = "force-dynamic";

export const metadata: Metadata = { ...newsroomMetadata(), title: { default: "Redaksi", template: "%s | Redaksi" } };

export default function NewsroomLayout({ children }: { children: React.ReactNode }) {
  return <div className="min-h-screen bg-neutral-50">{children}</div>;
}
