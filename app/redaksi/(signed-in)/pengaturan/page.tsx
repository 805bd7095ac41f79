import type { Metadata } from "next";
import { ActionForm } from "@/components/redaksi/action-form";
import { ADS_TXT_MAX_LENGTH, getEditableAdsTxt } from "@/lib/ads/ads-txt";
import { getEditableAnalyticsId } from "@/lib/settings/analytics";
import { requireUser } from "@/lib/auth/request";
import { getEditableBoxRedaksi, getEditableSettings } from "@/lib/settings/newsroom";
import { listEditableStaticPages } from "@/lib/static-pages/newsroom";
import { SOCIAL_NETWORKS, type SocialNetwork } from "@/lib/settings";
import { updateAdsTxtAction, updateAnalyticsAction, updateBoxRedaksiAction, updateSettingsAction, updateStaticPageAction } from "./actions";

export const metadata: Metadata = { title: "Pengaturan" };

const NETWORK_LABELS: Record<SocialNetwork, string> = { facebook: "Facebook", instagram: "Instagram", x: "X (Twitter)", youtube: "YouTube", tiktok: "TikTok" };

export default async function SettingsPage() {
  const user = await requireUser("manageSettings");
  const site = getEditableSettings(user);
  const pages = listEditableStaticPages(user);
  const adsTxt = getEditableAdsTxt(user);
  const box = getEditableBoxRedaksi(user);
  const analyticsId = getEditableAnalyticsId(user);
  return (
    <div className="max-w-2xl space-y-10">
      <h1 className="text-2xl font-bold">Pengaturan</h1>
      <section aria-labelledby="site">
        <h2 id="site" className="mb-3 text-lg font-semibold">Situs</h2>
        <ActionForm
          action={updateSettingsAction}
          idPrefix="site-"
          fields={[
            { name: "name", label: "Nama situs", required: true, maxLength: 80, defaultValue: site.name },
            { name: "tagline", label: "Slogan", maxLength: 200, defaultValue: site.tagline },
            { name: "url", kind: "url", label: "Alamat situs (SITE_URL)", required: true, maxLength: 500, defaultValue: site.url, hint: "Dipakai untuk tautan kanonis, RSS, dan peta situs." },
            ...SOCIAL_NETWORKS.map((network) => ({
              name: network,
              kind: "url" as const,
              label: NETWORK_LABELS[network],
              maxLength: 500,
              defaultValue: site.socialLinks[network] ?? "",
            })),
          ]}
          submitLabel="Simpan pengaturan"
        />
      </section>
      <section aria-labelledby="box-redaksi">
        <h2 id="box-redaksi" className="mb-1 text-lg font-semibold">Box redaksi</h2>
        <p className="mb-3 text-sm text-neutral-700">Yang diminta verifikasi Dewan Pers; tampil di halaman Redaksi dan Kontak. Kosongkan yang belum ada.</p>
        <ActionForm
          action={updateBoxRedaksiAction}
          idPrefix="box-"
          fields={[
            { name: "companyName", label: "Nama perusahaan (PT)", maxLength: 160, defaultValue: box.companyName },
            { name: "address", kind: "textarea", label: "Alamat redaksi", rows: 3, maxLength: 500, defaultValue: box.address },
            { name: "phone", label: "Telepon redaksi", maxLength: 40, defaultValue: box.phone },
            { name: "email", kind: "email", label: "Email redaksi", maxLength: 254, defaultValue: box.email },
            { name: "responsiblePerson", label: "Penanggung Jawab", maxLength: 120, defaultValue: box.responsiblePerson },
            { name: "editorInChief", label: "Pemimpin Redaksi", maxLength: 120, defaultValue: box.editorInChief },
            { name: "dewanPersNumber", label: "Nomor verifikasi Dewan Pers (jika ada)", maxLength: 60, defaultValue: box.dewanPersNumber },
          ]}
          submitLabel="Simpan box redaksi"
        />
      </section>
      <section aria-labelledby="ads-txt">
        <h2 id="ads-txt" className="mb-3 text-lg font-semibold">ads.txt</h2>
        <ActionForm
          action={updateAdsTxtAction}
          idPrefix="ads-"
          fields={[
            {
              name: "adsTxt",
              kind: "textarea",
              label: "Isi /ads.txt",
              rows: 8,
              maxLength: ADS_TXT_MAX_LENGTH,
              defaultValue: adsTxt,
              hint: "Satu penjual per baris: domain, ID penerbit, DIRECT atau RESELLER (dari jaringan iklan Anda). Kosongkan untuk meniadakan /ads.txt.",
            },
          ]}
          submitLabel="Simpan ads.txt"
        />
      </section>
      <section aria-labelledby="analytics">
        <h2 id="analytics" className="mb-1 text-lg font-semibold">Analitik</h2>
        <p className="mb-3 text-sm text-neutral-700">
          Bila diisi, pembaca melihat pemberitahuan persetujuan; skrip Google baru dimuat setelah pembaca memilih &quot;Setuju&quot;. Kosongkan untuk mematikan.
        </p>
        <ActionForm
          action={updateAnalyticsAction}
          idPrefix="analytics-"
          fields={[
            {
              name: "analyticsId",
              label: "ID Google Analytics 4 atau Google Tag Manager",
              maxLength: 40,
              defaultValue: analyticsId,
              hint: "Contoh: G-XXXXXXXXXX (GA4) atau GTM-XXXXXXX (Tag Manager).",
            },
          ]}
          submitLabel="Simpan analitik"
        />
      </section>
      <section aria-labelledby="pages" className="space-y-6">
        <div>
          <h2 id="pages" className="text-lg font-semibold">Halaman statis</h2>
          <p className="text-sm text-neutral-700">Paragraf dipisahkan satu baris kosong; baris yang diawali &quot;## &quot; menjadi subjudul.</p>
        </div>
        {pages.map((page) => (
          <details key={page.id} className="rounded border border-neutral-200 bg-white p-3">
            <summary className="cursor-pointer font-semibold">{page.title}</summary>
            <ActionForm
              action={updateStaticPageAction}
              hidden={{ id: page.id }}
              idPrefix={`page-${page.id}-`}
              className="mt-3 space-y-4"
              fields={[
                { name: "title", label: "Judul", required: true, maxLength: 120, defaultValue: page.title },
                { name: "body", kind: "textarea", label: "Isi", required: true, rows: 14, maxLength: 50000, defaultValue: page.body },
              ]}
              submitLabel="Simpan halaman"
            />
          </details>
        ))}
      </section>
    </div>
  );
}
