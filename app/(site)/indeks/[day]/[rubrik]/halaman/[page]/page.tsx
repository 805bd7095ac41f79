import { dayIndexRouteMetadata, renderDayIndex, type DayIndexProps } from "../../../../day-index-route";

// Serves /indeks/<day>/<rubrik>, and its ?page=N (rewritten here by next.config.ts).
export const revalidate = 300;

export function generateStaticParams() {
  return [];
}

export const generateMetadata = dayIndexRouteMetadata;

export default function DayIndexPage(props: DayIndexProps) {
  return renderDayIndex(props);
}
