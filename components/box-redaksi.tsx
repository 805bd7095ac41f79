import type { BoxRedaksi } from "@/lib/settings";

const ROWS: [keyof BoxRedaksi, string][] = [
  ["companyName", "Perusahaan"],
  ["responsiblePerson", "Penanggung Jawab"],
  ["editorInChief", "Pemimpin Redaksi"],
  ["address", "Alamat Redaksi"],
  ["phone", "Telepon"],
  ["email", "Email"],
  ["dewanPersNumber", "Verifikasi Dewan Pers"],
];

/** The portal's box redaksi: who publishes it and how to reach the newsroom; only what is filled in. */
export function BoxRedaksiSection({ box }: { box: BoxRedaksi }) {
  const rows = ROWS.filter(([key]) => box[key]);
  if (rows.length === 0) return null;
  return (
    <section aria-labelledby="box-redaksi" className="mt-8">
      <h2 id="box-redaksi" className="text-xl font-bold">
        Box Redaksi
      </h2>
      <dl className="mt-3 divide-y divide-neutral-200 border-y border-neutral-200">
        {rows.map(([key, label]) => (
          <div key={key} className="flex flex-wrap justify-between gap-2 py-3">
            <dt className="text-neutral-700">{label}</dt>
            <dd className="whitespace-pre-line font-semibold sm:text-right">
              {key === "email" ? (
                <a href={`mailto:${box.email}`} className="text-brand hover:underline">
                  {box.email}
                </a>
              ) : (
                box[key]
              )}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
