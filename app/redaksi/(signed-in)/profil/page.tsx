import type { Metadata } from "next";
import { ActionForm } from "@/components/redaksi/action-form";
import { SessionList } from "@/components/redaksi/session-list";
import { currentSessionToken, requireUser } from "@/lib/auth/request";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { listActiveSessions } from "@/lib/auth/session";
import { getStaffMember, listProfilePhotoChoices } from "@/lib/staff/newsroom";
import { authorPath } from "@/lib/urls";
import { changePasswordAction, endOtherSessionsAction, endSessionAction, updateProfileAction } from "./actions";

export const metadata: Metadata = { title: "Profil" };

export default async function ProfilePage() {
  const user = await requireUser();
  const me = getStaffMember(user, user.id);
  const photos = listProfilePhotoChoices();
  const sessions = listActiveSessions(user, user.id, await currentSessionToken());
  return (
    <div className="max-w-2xl space-y-10">
      <div>
        <h1 className="text-2xl font-bold">Profil</h1>
        <p className="text-sm text-neutral-700">
          {me.email} · {ROLE_LABELS[me.role]} · halaman penulis: <a href={authorPath(me.slug)} className="underline">{authorPath(me.slug)}</a>
        </p>
      </div>
      <section aria-labelledby="profile">
        <h2 id="profile" className="mb-3 text-lg font-semibold">Data diri</h2>
        <ActionForm
          action={updateProfileAction}
          idPrefix="profile-"
          fields={[
            { name: "name", label: "Nama", required: true, maxLength: 120, defaultValue: me.name },
            { name: "bio", kind: "textarea", label: "Bio", rows: 4, maxLength: 1000, defaultValue: me.bio ?? "", hint: "Tampil di halaman penulis Anda." },
            {
              name: "photoMediaId",
              kind: "select",
              label: "Foto",
              defaultValue: me.photoMediaId ? String(me.photoMediaId) : "",
              options: [{ value: "", label: "Tanpa foto" }, ...photos.map((photo) => ({ value: String(photo.id), label: `${photo.alt} (${photo.url})` }))],
              hint: "Dipilih dari pustaka media.",
            },
          ]}
          submitLabel="Simpan profil"
        />
      </section>
      <section aria-labelledby="password">
        <h2 id="password" className="mb-3 text-lg font-semibold">Ganti kata sandi</h2>
        <ActionForm
          action={changePasswordAction}
          idPrefix="password-"
          fields={[
            { name: "currentPassword", kind: "password", label: "Kata sandi saat ini", required: true, autoComplete: "current-password", maxLength: 200 },
            { name: "newPassword", kind: "password", label: "Kata sandi baru", required: true, autoComplete: "new-password", maxLength: 200, hint: "Minimal 10 karakter." },
            { name: "confirmPassword", kind: "password", label: "Ulangi kata sandi baru", required: true, autoComplete: "new-password", maxLength: 200 },
          ]}
          submitLabel="Ganti kata sandi"
        />
      </section>
      <section aria-labelledby="sessions" className="space-y-4">
        <h2 id="sessions" className="text-lg font-semibold">Sesi aktif</h2>
        <p className="text-sm text-neutral-700">Perangkat tempat Anda masuk. Akhiri sesi yang tidak Anda kenali, lalu ganti kata sandi.</p>
        <SessionList sessions={sessions} caption="Sesi aktif Anda" endAction={endSessionAction} />
        <ActionForm action={endOtherSessionsAction} fields={[]} submitLabel="Keluar dari semua perangkat lain" pendingLabel="Mengakhiri…" variant="danger" idPrefix="others-" />
      </section>
    </div>
  );
}
