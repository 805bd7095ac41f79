import Link from "next/link";
import { NEWSROOM_PATH } from "@/lib/newsroom/paths";

// Rendered with a 403 when a signed-in staff member opens a page their role does not reach.
export default function NewsroomForbidden() {
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold">Akses ditolak</h1>
      <p role="alert" className="mb-4 rounded border border-red-300 bg-red-50 px-3 py-2 text-sm font-medium text-red-800">
        Anda tidak berhak membuka halaman itu.
      </p>
      <Link href={NEWSROOM_PATH} className="font-semibold text-red-800 underline">
        Kembali ke beranda redaksi
      </Link>
    </>
  );
}
