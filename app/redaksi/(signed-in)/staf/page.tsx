import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/request";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { staffMemberPath } from "@/lib/newsroom/paths";
import { listStaff } from "@/lib/staff/newsroom";
import { DataTable } from "@/components/redaksi/data-table";

export const metadata: Metadata = { title: "Staf" };

export default async function StaffListPage() {
  const user = await requireUser("manageStaff");
  const staff = listStaff(user);
  return (
    <>
      <div className="mb-4 flex items-baseline justify-between">
        <h1 className="text-2xl font-bold">Staf</h1>
        <Link href="/redaksi/staf/baru" className="rounded bg-brand px-4 py-2 text-sm font-semibold text-white">Tambah staf</Link>
      </div>
      <DataTable caption="Akun staf redaksi" columns={["Nama", "Email", "Peran", "Status"]}>
        {staff.map((member) => (
          <tr key={member.id} className="border-b border-neutral-200">
            <td className="py-2 pr-3"><Link href={staffMemberPath(member.id)} className="font-medium underline-offset-2 hover:underline">{member.name}</Link></td>
            <td className="py-2 pr-3">{member.email}</td>
            <td className="py-2 pr-3">{ROLE_LABELS[member.role]}</td>
            <td className="py-2">{member.active ? "Aktif" : "Nonaktif"}</td>
          </tr>
        ))}
      </DataTable>
    </>
  );
}
