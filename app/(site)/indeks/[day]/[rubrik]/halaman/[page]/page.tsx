// Serves /indeks/<day>/<rubrik>, and its ?page=N (rewritten here by next.config.ts): the day's page
// with a rubrik param. Route segment config must be written in each route's own file.
export { default, generateMetadata, generateStaticParams } from "../../../halaman/[page]/page";

export const revalidate = 300;
