import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { ActionForm } from "@/components/redaksi/action-form";
import { getCurrentUser } from "@/lib/auth/request";
import { safeReturnPath } from "@/lib/newsroom/paths";
import { signInAction } from "../actions";

export const metadata: Metadata = { title: "Masuk" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string | string[] }> }) {
  const returnTo = safeReturnPath((await searchParams).next);
  if (await getCurrentUser()) redirect(returnTo);
  return (
    <main id="konten" className="mx-auto max-w-sm px-4 py-16">
      <h1 className="mb-1 text-2xl font-bold">Masuk ke Redaksi</h1>
      <p className="mb-6 text-sm text-neutral-600">Khusus staf redaksi.</p>
      <ActionForm
        action={signInAction}
        hidden={{ next: returnTo }}
        fields={[
          { name: "email", kind: "email", label: "Email", autoComplete: "username", required: true, maxLength: 254 },
          { name: "password", kind: "password", label: "Kata sandi", autoComplete: "current-password", required: true, maxLength: 200 },
        ]}
        submitLabel="Masuk"
        pendingLabel="Memeriksa…"
      />
    </main>
  );
}
