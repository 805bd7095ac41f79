import Link from "next/link";
import { listAuditEntries, type AuditRow, type AuditSubjectType } from "@/lib/newsroom/audit";
import { mediaItemPath, newsroomArticlePath, newsroomCategoryPath, newsroomHashtagPath, staffMemberPath } from "@/lib/newsroom/paths";
import { formatWibDateTime } from "@/lib/time";
import { DataTable } from "@/components/redaksi/data-table";

const ACTIONS: Record<string, string> = {
  "article.submitted": "mengirim ke redaktur",
  "article.returned": "mengembalikan ke penulis",
  "article.published": "menerbitkan",
  "article.scheduled": "menjadwalkan",
  "article.rescheduled": "mengubah jadwal",
  "article.unscheduled": "membatalkan jadwal",
  "article.unpublished": "menarik dari situs",
  "article.withdrawn": "mencabut (Pencabutan)",
  "article.reinstated": "membatalkan pencabutan",
  "article.trashed": "membuang ke tempat sampah",
  "article.restored": "memulihkan",
  "article.went-live": "menayangkan sesuai jadwal",
  "article.corrected": "menambahkan koreksi",
  "article.live-entry-added": "menambah entri laporan langsung",
  "article.live-entry-edited": "mengubah entri laporan langsung",
  "article.live-entry-marked": "menandai entri sebagai momen penting",
  "article.live-entry-unmarked": "melepas tanda momen penting",
  "article.live-entry-deleted": "menghapus entri laporan langsung",
  "article.live-ended": "mengakhiri laporan langsung",
  "article.live-resumed": "melanjutkan laporan langsung",
  "article.proposed": "mengusulkan perubahan",
  "article.proposal-applied": "menerapkan usulan perubahan",
  "article.proposal-rejected": "menolak usulan perubahan",
  "user.created": "membuat akun",
  "user.updated": "mengubah akun",
  "user.deactivated": "menonaktifkan akun",
  "user.reactivated": "mengaktifkan kembali akun",
  "user.password-reset": "mengatur ulang kata sandi",
  "user.password-changed": "mengganti kata sandi",
  "user.profile-updated": "mengubah profil",
  "auth.signed-in": "masuk",
  "auth.signed-out": "keluar",
  "auth.sign-in-failed": "gagal masuk",
  "session.revoked": "mengakhiri sesi",
  "settings.updated": "mengubah pengaturan situs",
  "front-page.pin-headline": "menyematkan berita utama",
  "front-page.unpin-headline": "melepas sematan berita utama",
  "front-page.add-pick": "menambah Pilihan Redaksi",
  "front-page.remove-pick": "menghapus dari Pilihan Redaksi",
  "front-page.move-pick": "mengubah urutan Pilihan Redaksi",
  "front-page.start-breaking": "mengaktifkan berita sela",
  "front-page.stop-breaking": "mematikan berita sela",
  "front-page.expired": "mengakhiri sematan atau berita sela yang habis waktunya",
  "static-page.updated": "mengubah halaman statis",
  "ads-txt.updated": "mengubah ads.txt",
  "ad-slot.updated": "mengubah slot iklan",
  "box-redaksi.updated": "mengubah box redaksi",
  "analytics.updated": "mengubah tag analitik",
  "media.uploaded": "mengunggah gambar",
  "media.edited": "mengubah keterangan gambar",
  "category.created": "membuat rubrik",
  "category.updated": "mengubah rubrik",
  "category.moved": "memindahkan urutan rubrik",
  "category.deleted": "menghapus rubrik",
  "hashtag.updated": "mengubah tagar",
  "hashtag.merged": "menggabungkan tagar",
  "hashtag.deleted": "menghapus tagar",
};

const SYSTEM_ACTORS: Record<string, string> = {
  scheduler: "Penjadwal otomatis",
  cli: "Baris perintah (CLI)",
  ADMIN_EMAIL: "ADMIN_EMAIL saat server mulai",
  "sign-in": "Tak dikenal (formulir masuk)",
};

function actorName(row: AuditRow): string {
  if (row.actorName) return row.actorName;
  const via = row.details?.via;
  return typeof via === "string" && SYSTEM_ACTORS[via] ? SYSTEM_ACTORS[via] : "Sistem";
}

function Subject({ row }: { row: AuditRow }) {
  const fallback = typeof row.details?.title === "string" ? row.details.title : null;
  if (row.subjectType === "article" && row.subjectId) {
    return <Link href={newsroomArticlePath(row.subjectId)} className="underline">{row.subjectName ?? fallback ?? `Artikel #${row.subjectId}`}</Link>;
  }
  if (row.subjectType === "user" && row.subjectId) {
    return <Link href={staffMemberPath(row.subjectId)} className="underline">{row.subjectName ?? `Akun #${row.subjectId}`}</Link>;
  }
  if (row.subjectType === "media" && row.subjectId) {
    return <Link href={mediaItemPath(row.subjectId)} className="underline">{fallback ?? `Gambar #${row.subjectId}`}</Link>;
  }
  const name = typeof row.details?.name === "string" ? row.details.name : null;
  // A deleted one has no page left to link to.
  const gone = row.action.endsWith(".deleted");
  if (row.subjectType === "category" && row.subjectId) {
    const label = `Rubrik ${name ?? `#${row.subjectId}`}`;
    return gone ? <>{label}</> : <Link href={newsroomCategoryPath(row.subjectId)} className="underline">{label}</Link>;
  }
  if (row.subjectType === "hashtag" && row.subjectId) {
    const label = name ? `#${name}` : `Tagar #${row.subjectId}`;
    return gone ? <>{label}</> : <Link href={newsroomHashtagPath(row.subjectId)} className="underline">{label}</Link>;
  }
  return <>{fallback ?? "Situs"}</>;
}

const SESSION_SCOPES: Record<string, string> = { others: "semua perangkat lain", all: "semua sesi" };

/** Where a sign-in or a session came from; text only, as React escapes it. */
function sessionRemark(details: Record<string, unknown>): string | null {
  const { device, address, sessions, scope } = details;
  const parts = [
    typeof device === "string" ? device : null,
    typeof address === "string" ? `dari ${address}` : null,
    typeof scope === "string" && SESSION_SCOPES[scope] ? `${SESSION_SCOPES[scope]} (${Number(sessions)} sesi)` : null,
  ].filter(Boolean);
  return parts.length ? parts.join(" ") : null;
}

function Remark({ row }: { row: AuditRow }) {
  const note = row.details?.note;
  const scheduledAt = row.details?.scheduledAt;
  const session = row.details && /^(auth|session)\./.test(row.action) ? sessionRemark(row.details) : null;
  const mergedFrom = row.action === "hashtag.merged" && typeof row.details?.from === "string" ? row.details.from : null;
  return (
    <>
      {mergedFrom && <span>Dari #{mergedFrom} ({String(row.details?.moved ?? 0)} artikel dipindahkan)</span>}
      {typeof note === "string" && <q className="italic">{note}</q>}
      {typeof scheduledAt === "number" && row.action !== "article.went-live" && <span> Tayang {formatWibDateTime(scheduledAt)}</span>}
      {session && <span>{session}</span>}
    </>
  );
}

export function AuditList({ rows, caption }: { rows: AuditRow[]; caption: string }) {
  if (rows.length === 0) return <p className="text-sm text-neutral-600">Belum ada catatan.</p>;
  return (
    <DataTable caption={caption} columns={["Waktu", "Pelaku", "Tindakan", "Sasaran", "Keterangan"]}>
      {rows.map((row) => (
        <tr key={row.id} className="border-b border-neutral-200 align-top">
          <td className="py-2 pr-3 whitespace-nowrap">{formatWibDateTime(row.createdAt)}</td>
          <td className="py-2 pr-3">{actorName(row)}</td>
          <td className="py-2 pr-3">{ACTIONS[row.action] ?? row.action}</td>
          <td className="py-2 pr-3"><Subject row={row} /></td>
          <td className="py-2"><Remark row={row} /></td>
        </tr>
      ))}
    </DataTable>
  );
}

/** A record's own audit history, as a titled section of its newsroom page. */
export function SubjectHistory({ subjectType, subjectId, title, caption }: { subjectType: AuditSubjectType; subjectId: number; title: string; caption: string }) {
  const history = listAuditEntries({ subjectType, subjectId });
  return (
    <section aria-labelledby="history">
      <h2 id="history" className="mb-2 text-lg font-semibold">{title}</h2>
      <AuditList rows={history.items} caption={caption} />
    </section>
  );
}
