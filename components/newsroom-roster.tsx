import Link from "next/link";
import type { StaffMember } from "@/lib/static-pages";
import { authorPath } from "@/lib/urls";

// What each newsroom role is called on the public roster.
const ROLE_TITLES: Record<StaffMember["role"], string> = {
  admin: "Pemimpin Redaksi",
  editor: "Redaktur",
  reporter: "Pewarta",
  contributor: "Kontributor",
};

export function NewsroomRoster({ staff }: { staff: StaffMember[] }) {
  if (staff.length === 0) return null;
  return (
    <section aria-labelledby="susunan-redaksi" className="mt-8">
      <h2 id="susunan-redaksi" className="text-xl font-bold">
        Susunan Redaksi
      </h2>
      <dl className="mt-3 divide-y divide-neutral-200 border-y border-neutral-200">
        {staff.map((member) => (
          <div key={member.slug} className="flex flex-wrap justify-between gap-2 py-3">
            <dt className="text-neutral-700">{ROLE_TITLES[member.role]}</dt>
            <dd className="font-semibold">
              <Link prefetch={false} href={authorPath(member.slug)} className="text-brand hover:underline">
                {member.name}
              </Link>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
