import Link from "next/link";
import { homePath } from "@/lib/urls";

/** Beranda › category › …: the path above the current page. */
export function Breadcrumb({ crumbs }: { crumbs: { name: string; href: string }[] }) {
  return (
    <nav aria-label="Breadcrumb" className="text-sm">
      <ol className="flex flex-wrap items-center gap-1 text-neutral-600">
        {[{ name: "Beranda", href: homePath() }, ...crumbs].map((crumb, index) => (
          <li key={crumb.href} className="flex items-center gap-1">
            {index > 0 && <span aria-hidden>›</span>}
            <Link prefetch={false} href={crumb.href} className="hover:text-brand hover:underline">
              {crumb.name}
            </Link>
          </li>
        ))}
      </ol>
    </nav>
  );
}
