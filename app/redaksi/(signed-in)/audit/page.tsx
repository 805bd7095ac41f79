import type { Metadata } from "next";
import { z } from "zod";
import { AuditList } from "@/components/redaksi/audit-list";
import { Pager } from "@/components/redaksi/pager";
import { requireUser } from "@/lib/auth/request";
import { ACCESS_ACTIONS, listAuditEntries } from "@/lib/newsroom/audit";
import { parsePageParam } from "@/lib/pagination";

export const metadata: Metadata = { title: "Log audit" };

// "access" is not a subject of its own: sign-ins, sign-outs and ended sessions, all about accounts.
const SUBJECTS = [
  { value: "article", label: "Artikel" },
  { value: "user", label: "Akun staf" },
  { value: "access", label: "Masuk, keluar & sesi" },
  { value: "settings", label: "Pengaturan" },
  { value: "category", label: "Rubrik" },
  { value: "hashtag", label: "Tagar" },
] as const;
const subjectParam = z.enum(["article", "user", "access", "settings", "category", "hashtag"]).optional().catch(undefined);

export default async function AuditLogPage({ searchParams }: { searchParams: Promise<{ subject?: string; page?: string }> }) {
  await requireUser("viewAuditLog");
  const query = await searchParams;
  const subject = subjectParam.parse(query.subject);
  const log = listAuditEntries({
    ...(subject === "access" ? { actions: ACCESS_ACTIONS } : { subjectType: subject }),
    page: parsePageParam(query.page) ?? 1,
  });
  const hrefFor = (page: number) => `/redaksi/audit?${new URLSearchParams({ ...(subject && { subject }), page: String(page) })}`;

  return (
    <>
      <h1 className="mb-4 text-2xl font-bold">Log audit</h1>
      <form method="get" className="mb-4 flex flex-wrap items-end gap-3" aria-label="Saring log audit">
        <div>
          <label htmlFor="audit-subject" className="block text-xs font-semibold text-neutral-700">Sasaran</label>
          <select id="audit-subject" name="subject" defaultValue={subject ?? ""} className="rounded border border-neutral-400 bg-white px-2 py-1.5 text-sm">
            <option value="">Semua</option>
            {SUBJECTS.map((subject) => (
              <option key={subject.value} value={subject.value}>{subject.label}</option>
            ))}
          </select>
        </div>
        <button type="submit" className="rounded bg-neutral-900 px-4 py-1.5 text-sm font-semibold text-white">Terapkan</button>
      </form>
      <AuditList rows={log.items} caption="Log audit: siapa melakukan apa, kapan" />
      <Pager page={log.page} pageCount={log.pageCount} label="Halaman log audit" hrefFor={hrefFor} />
    </>
  );
}
