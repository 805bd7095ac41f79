import Link from "next/link";
import { can, ROLE_LABELS, type Permission } from "@/lib/auth/roles";
import type { StaffUser } from "@/lib/auth/session";
import { adSlotsPath, articleListPath, categoryListPath, frontPageDeskPath, hashtagListPath, mediaLibraryPath, newArticlePath, statisticsPath } from "@/lib/newsroom/paths";
import { NavLink } from "./nav-link";
import { SignOutButton } from "./sign-out-button";

const SECTIONS: { href: string; label: string; permission?: Permission }[] = [
  { href: "/redaksi", label: "Beranda" },
  { href: newArticlePath, label: "Tulis", permission: "writeOwnDrafts" },
  { href: articleListPath, label: "Artikel" },
  { href: frontPageDeskPath, label: "Halaman depan", permission: "publish" },
  { href: mediaLibraryPath, label: "Media", permission: "writeOwnDrafts" },
  { href: categoryListPath, label: "Rubrik", permission: "manageTaxonomy" },
  { href: hashtagListPath, label: "Tagar", permission: "manageTaxonomy" },
  { href: statisticsPath, label: "Statistik", permission: "viewStatistics" },
  { href: "/redaksi/audit", label: "Log audit", permission: "viewAuditLog" },
  { href: "/redaksi/staf", label: "Staf", permission: "manageStaff" },
  { href: "/redaksi/pengaturan", label: "Pengaturan", permission: "manageSettings" },
  { href: adSlotsPath, label: "Iklan", permission: "manageSettings" },
];

/** Links only to what this role may open; the pages check again on the server. */
export function NewsroomHeader({ user, signOut }: { user: StaffUser; signOut: () => Promise<void> }) {
  return (
    <header className="border-b border-neutral-200 bg-white">
      <a href="#konten" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:p-2">
        Langsung ke konten
      </a>
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3">
        <Link href="/redaksi" className="text-lg font-bold text-brand">
          Redaksi
        </Link>
        <nav aria-label="Menu redaksi" className="flex flex-wrap gap-1">
          {SECTIONS.filter((section) => !section.permission || can(user.role, section.permission)).map((section) => (
            <NavLink key={section.href} href={section.href}>
              {section.label}
            </NavLink>
          ))}
        </nav>
        <div className="ml-auto flex items-center gap-3 text-sm">
          <Link href="/redaksi/profil" className="underline-offset-2 hover:underline">
            {user.name} <span className="text-neutral-600">({ROLE_LABELS[user.role]})</span>
          </Link>
          <Link href="/" className="text-neutral-600 underline-offset-2 hover:underline">
            Lihat situs
          </Link>
          <SignOutButton signOut={signOut} />
        </div>
      </div>
    </header>
  );
}
