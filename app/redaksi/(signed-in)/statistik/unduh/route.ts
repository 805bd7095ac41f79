import { statisticsDownload } from "@/lib/newsroom/statistics-download";

export const GET = (request: Request) => statisticsDownload(request);
