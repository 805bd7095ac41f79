import { ROLE_LABELS } from "@/lib/auth/roles";
import type { StaffMember } from "@/lib/staff/newsroom";
import type { FieldSpec } from "./action-form";

/** The account fields an admin edits, for the create and edit forms. */
export function staffAccountFields(member?: StaffMember): FieldSpec[] {
  return [
    { name: "name", label: "Nama", required: true, maxLength: 120, defaultValue: member?.name },
    { name: "email", kind: "email", label: "Email", required: true, maxLength: 254, autoComplete: "off", defaultValue: member?.email },
    {
      name: "role",
      kind: "select",
      label: "Peran",
      defaultValue: member?.role ?? "reporter",
      options: Object.entries(ROLE_LABELS).map(([value, label]) => ({ value, label })),
      hint: "Kontributor: tulisan sendiri saja. Pewarta: melihat semua artikel. Redaktur: menyunting dan menerbitkan. Admin: juga staf dan pengaturan.",
    },
    {
      name: "jobTitle",
      label: "Jabatan",
      maxLength: 80,
      defaultValue: member?.jobTitle ?? "",
      hint: "Tampil di Susunan Redaksi, misalnya Pemimpin Redaksi atau Redaktur Pelaksana. Tidak mengubah hak akses.",
    },
    {
      name: "onRoster",
      kind: "select",
      label: "Tampil di Susunan Redaksi",
      defaultValue: member?.onRoster === false ? "tidak" : "ya",
      options: [
        { value: "ya", label: "Ya" },
        { value: "tidak", label: "Tidak (misalnya admin TI)" },
      ],
    },
  ];
}
