import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/components/redaksi/action-form";
import { staffAccountFields } from "@/components/redaksi/staff-fields";
import { requireUser } from "@/lib/auth/request";
import { staffListPath } from "@/lib/newsroom/paths";
import { createStaffAction } from "../actions";

export const metadata: Metadata = { title: "Tambah staf" };

export default async function NewStaffPage() {
  await requireUser("manageStaff");
  return (
    <div className="max-w-lg">
      <p className="mb-2 text-sm"><Link href={staffListPath} className="underline">← Semua staf</Link></p>
      <h1 className="mb-4 text-2xl font-bold">Tambah staf</h1>
      <p className="mb-4 text-sm text-neutral-700">Kata sandi sementara dibuat otomatis dan ditampilkan sekali setelah akun dibuat.</p>
      <ActionForm action={createStaffAction} fields={staffAccountFields()} submitLabel="Buat akun" />
    </div>
  );
}
