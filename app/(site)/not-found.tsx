import type { Metadata } from "next";
import { NotFoundContent } from "@/components/not-found-content";
import { notFoundMetadata } from "@/lib/seo/metadata";

export const metadata: Metadata = notFoundMetadata();

export default NotFoundContent;
