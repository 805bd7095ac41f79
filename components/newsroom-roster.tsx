import Link from "next/link";
import type { StaffMember } from "@/lib/static-pages";
import { authorPath } from "@/lib/urls";

// An account an admin has not given a job title yet: named without one, never by its role.
const UNTITLED = "Staf Redaksi";

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
            <dt className="text-neutral-700">{member.jobTitle ?? UNTITLED}</dt>
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
