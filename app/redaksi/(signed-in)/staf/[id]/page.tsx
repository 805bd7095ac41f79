import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/components/redaksi/action-form";
import { SubjectHistory } from "@/components/redaksi/audit-list";
import { SessionList } from "@/components/redaksi/session-list";
import { staffAccountFields } from "@/components/redaksi/staff-fields";
import { currentSessionToken, readForPage, requireUser } from "@/lib/auth/request";
import { listActiveSessions } from "@/lib/auth/session";
import { staffListPath } from "@/lib/newsroom/paths";
import { getStaffMember } from "@/lib/staff/newsroom";
import { recordIdParam } from "@/lib/route-params";
import { endStaffSessionsAction, resetStaffPasswordAction, setStaffActiveAction, updateStaffAction } from "../actions";

export const metadata: Metadata = { title: "Akun staf" };

export default async function StaffMemberPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser("manageStaff");
  const id = await recordIdParam(params);
  const member = readForPage(() => getStaffMember(user, id));
  const sessions = listActiveSessions(user, member.id, await currentSessionToken());

  return (
    <div className="space-y-8">
      <div>
        <p className="mb-2 text-sm"><Link href={staffListPath} className="underline">← Semua staf</Link></p>
        <h1 className="text-2xl font-bold">{member.name}</h1>
        <p className="text-sm text-neutral-700">{member.active ? "Aktif" : "Nonaktif: tidak dapat masuk."}</p>
      </div>
      <section aria-labelledby="account" className="max-w-lg">
        <h2 id="account" className="mb-3 text-lg font-semibold">Akun</h2>
        <ActionForm action={updateStaffAction} hidden={{ id: member.id }} fields={staffAccountFields(member)} submitLabel="Simpan" idPrefix="account-" />
      </section>
      <section aria-labelledby="access" className="max-w-lg space-y-4">
        <h2 id="access" className="text-lg font-semibold">Akses</h2>
        <ActionForm
          action={setStaffActiveAction}
          hidden={{ id: member.id, active: member.active ? "false" : "true" }}
          fields={[]}
          submitLabel={member.active ? "Nonaktifkan akun" : "Aktifkan kembali"}
          variant={member.active ? "danger" : "primary"}
          idPrefix="active-"
        />
        <ActionForm action={resetStaffPasswordAction} hidden={{ id: member.id }} fields={[]} submitLabel="Atur ulang kata sandi" variant="secondary" idPrefix="reset-" />
      </section>
      <section aria-labelledby="sessions" className="space-y-4">
        <h2 id="sessions" className="text-lg font-semibold">Sesi aktif</h2>
        <SessionList sessions={sessions} caption={`Sesi aktif ${member.name}`} />
        <ActionForm action={endStaffSessionsAction} hidden={{ id: member.id }} fields={[]} submitLabel="Akhiri semua sesi" pendingLabel="Mengakhiri…" variant="danger" idPrefix="sessions-" />
      </section>
      <SubjectHistory subjectType="user" subjectId={member.id} title="Riwayat akun" caption="Riwayat akun ini" />
    </div>
  );
}
