import type { Metadata } from "next";
import { ActionForm, type FieldSpec } from "@/components/redaksi/action-form";
import { AD_PLACEMENT_LABELS, AD_SIZES, AD_SNIPPET_MAX_BYTES, getEditableAdSlots, MAX_AD_POSITION, POSITIONED_PLACEMENTS, type AdSlotSettings } from "@/lib/ads/slots";
import { requireUser } from "@/lib/auth/request";
import { listMediaItems, listMedia, type MediaItem } from "@/lib/media/library";
import { toWibIsoString } from "@/lib/time";
import { saveAdSlotAction } from "./actions";

export const metadata: Metadata = { title: "Iklan" };

const RECENT_IMAGES = 50;

const wibInput = (epoch: number | null) => (epoch === null ? "" : toWibIsoString(epoch).slice(0, 16));

function sizeText(slot: AdSlotSettings): string {
  const { width, height, phone } = AD_SIZES[slot.placement];
  return `${width}×${height}${phone ? ` (ponsel ${phone.width}×${phone.height})` : ""}`;
}

function fieldsFor(slot: AdSlotSettings, images: MediaItem[]): FieldSpec[] {
  const positioned = POSITIONED_PLACEMENTS.includes(slot.placement);
  return [
    { name: "enabled", kind: "select", label: "Status", defaultValue: slot.enabled ? "on" : "off", options: [{ value: "off", label: "Nonaktif" }, { value: "on", label: "Aktif" }] },
    { name: "kind", kind: "select", label: "Jenis", defaultValue: slot.kind, options: [{ value: "banner", label: "Banner (gambar dan tautan)" }, { value: "snippet", label: "Kode jaringan iklan" }] },
    ...(positioned
      ? [
          {
            name: "position",
            kind: "number" as const,
            label: slot.placement === "in-article" ? "Setelah paragraf ke-" : "Setiap berapa berita",
            min: 1,
            max: MAX_AD_POSITION,
            defaultValue: slot.position === null ? "" : String(slot.position),
            hint: `1 sampai ${MAX_AD_POSITION}.`,
          },
        ]
      : []),
    {
      name: "mediaId",
      kind: "select",
      label: "Gambar banner",
      defaultValue: slot.mediaId === null ? "" : String(slot.mediaId),
      options: [{ value: "", label: "— Pilih gambar —" }, ...images.map((image) => ({ value: String(image.id), label: `#${image.id} · ${image.alt} (${image.width}×${image.height})` }))],
      hint: `Dari pustaka media (${RECENT_IMAGES} terbaru). Ditampilkan dalam kotak ${sizeText(slot)} piksel.`,
    },
    { name: "targetUrl", kind: "url", label: "Alamat tujuan banner", maxLength: 500, defaultValue: slot.targetUrl ?? "", hint: "Diawali http:// atau https://." },
    { name: "alt", label: "Teks alternatif banner", maxLength: 200, defaultValue: slot.alt ?? "" },
    {
      name: "snippet",
      kind: "textarea",
      label: "Kode jaringan iklan",
      rows: 6,
      defaultValue: slot.snippet ?? "",
      hint: `Paling banyak ${AD_SNIPPET_MAX_BYTES / 1000} KB. Dijalankan dalam iframe terisolasi, terpisah dari halaman.`,
    },
    { name: "startsAt", kind: "datetime-local", label: "Mulai tayang (WIB, opsional)", defaultValue: wibInput(slot.startsAt) },
    { name: "endsAt", kind: "datetime-local", label: "Selesai tayang (WIB, opsional)", defaultValue: wibInput(slot.endsAt) },
  ];
}

export default async function AdSlotsPage() {
  const user = await requireUser("manageSettings");
  const slots = getEditableAdSlots(user);
  const recent = listMedia({ pageSize: RECENT_IMAGES }).items;
  const chosen = slots.flatMap((slot) => (slot.mediaId !== null && !recent.some((image) => image.id === slot.mediaId) ? [slot.mediaId] : []));
  const images = [...recent, ...listMediaItems(chosen)];
  return (
    <div className="max-w-2xl space-y-10">
      <div>
        <h1 className="text-2xl font-bold">Iklan</h1>
        <p className="mt-1 text-sm text-neutral-700">
          Slot iklan di tempat tetap dengan ukuran yang sudah dipesan. Setiap slot berlabel &quot;Iklan&quot;; slot nonaktif atau di luar jadwalnya tidak tampil sama sekali.
        </p>
      </div>
      {slots.map((slot) => (
        <section key={slot.placement} aria-labelledby={`slot-${slot.placement}`}>
          <h2 id={`slot-${slot.placement}`} className="mb-3 text-lg font-semibold">
            {AD_PLACEMENT_LABELS[slot.placement]}
          </h2>
          <ActionForm
            action={saveAdSlotAction}
            hidden={{ placement: slot.placement }}
            idPrefix={`${slot.placement}-`}
            fields={fieldsFor(slot, images)}
            submitLabel="Simpan slot"
          />
        </section>
      ))}
    </div>
  );
}
