import { NewsroomHeader } from "@/components/redaksi/newsroom-header";
import { requireUser } from "@/lib/auth/request";
import { signOutAction } from "../actions";

export default async function SignedInLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser();
  return (
    <>
      <NewsroomHeader user={user} signOut={signOutAction} />
      <main id="konten" className="mx-auto max-w-6xl px-4 py-6">
        {children}
      </main>
    </>
  );
}
