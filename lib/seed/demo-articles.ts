// Deterministic demo articles: the same list on every run (a fixed PRNG seed), so the seed
// can look each one up by slug and stay idempotent. Enough of them that every category,
// the home page and the common hashtags have more than one page of 20.

export type DemoArticle = {
  title: string;
  dek: string;
  categorySlug: string;
  datelinePlace: string;
  paragraphs: string[];
  hashtags: string[];
  pewarta: { staff: "reporter" | "contributor" } | { guest: string };
  withEditor: boolean;
  /** Hours before the seed time; negative means in the future. */
  hoursAgo: number;
  status: "published" | "draft" | "review" | "scheduled";
};

type CategoryTopics = {
  slug: string;
  places: string[];
  subjects: string[];
  actions: string[];
  objects: string[];
  hashtags: string[];
};

const TOPICS: CategoryTopics[] = [
  {
    slug: "nasional",
    places: ["Jakarta", "Bandung", "Surabaya", "Semarang", "Makassar"],
    subjects: ["Pemerintah", "Kementerian Perhubungan", "BMKG", "Pemprov DKI", "Basarnas"],
    actions: ["Percepat", "Evaluasi", "Siapkan", "Umumkan", "Tinjau"],
    objects: ["Program Mudik Gratis", "Penanganan Banjir Rob", "Perbaikan Jalan Nasional", "Sistem Peringatan Dini Gempa", "Layanan Transportasi Publik"],
    hashtags: ["nasional", "beritaindonesia", "jakarta", "infrastruktur"],
  },
  {
    slug: "internasional",
    places: ["Tokyo, Jepang", "Jenewa, Swiss", "Kairo, Mesir", "Canberra, Australia", "Bangkok, Thailand"],
    subjects: ["PBB", "Uni Eropa", "ASEAN", "Pemerintah Jepang", "Bank Dunia"],
    actions: ["Bahas", "Dorong", "Sepakati", "Soroti", "Luncurkan"],
    objects: ["Kerja Sama Iklim", "Bantuan Kemanusiaan", "Perjanjian Dagang Baru", "Keamanan Pangan Global", "Gencatan Senjata"],
    hashtags: ["internasional", "dunia", "asean", "beritaindonesia"],
  },
  {
    slug: "politik",
    places: ["Jakarta", "Yogyakarta", "Medan", "Denpasar", "Palembang"],
    subjects: ["DPR", "KPU", "Bawaslu", "Partai Koalisi", "Mahkamah Konstitusi"],
    actions: ["Kaji", "Sahkan", "Tunda", "Kritik", "Awasi"],
    objects: ["Revisi Undang-Undang Pemilu", "Anggaran Pilkada", "Aturan Kampanye Digital", "Pembentukan Panitia Khusus", "Netralitas Aparatur Negara"],
    hashtags: ["politik", "pemilu", "dpr", "beritaindonesia"],
  },
  {
    slug: "ekonomi",
    places: ["Jakarta", "Batam", "Balikpapan", "Surabaya", "Bandung"],
    subjects: ["Bank Indonesia", "OJK", "BPS", "Kementerian Keuangan", "Pelaku UMKM"],
    actions: ["Proyeksikan", "Pertahankan", "Catat", "Perluas", "Waspadai"],
    objects: ["Suku Bunga Acuan", "Inflasi Pangan", "Ekspor Nikel", "Kredit Usaha Rakyat", "Nilai Tukar Rupiah"],
    hashtags: ["ekonomi", "rupiah", "umkm", "bisnis"],
  },
  {
    slug: "olahraga",
    places: ["Jakarta", "Bandung", "Kuala Lumpur, Malaysia", "Doha, Qatar", "Mandalika"],
    subjects: ["Timnas Indonesia", "PBSI", "Persib Bandung", "Atlet Angkat Besi", "Pebalap Muda Indonesia"],
    actions: ["Raih", "Siapkan", "Targetkan", "Tuntaskan", "Amankan"],
    objects: ["Tiket Semifinal", "Pemusatan Latihan", "Medali Emas", "Kemenangan Perdana", "Poin Penuh di Kandang"],
    hashtags: ["olahraga", "timnas", "sepakbola", "bulutangkis"],
  },
  {
    slug: "hiburan",
    places: ["Jakarta", "Bandung", "Bali", "Seoul, Korea Selatan", "Los Angeles, Amerika Serikat"],
    subjects: ["Film Horor Lokal", "Penyanyi Pendatang Baru", "Festival Musik", "Sutradara Muda", "Grup K-Pop"],
    actions: ["Pecahkan", "Rilis", "Umumkan", "Gelar", "Hadirkan"],
    objects: ["Rekor Penonton", "Album Kedua", "Jadwal Konser", "Film Terbaru", "Kolaborasi Lintas Negara"],
    hashtags: ["hiburan", "film", "musik", "selebriti"],
  },
  {
    slug: "teknologi",
    places: ["Jakarta", "Bandung", "Yogyakarta", "Singapura", "San Francisco, Amerika Serikat"],
    subjects: ["Startup Lokal", "Kominfo", "Peneliti BRIN", "Operator Seluler", "Perusahaan Rintisan AI"],
    actions: ["Kembangkan", "Uji Coba", "Perkenalkan", "Perketat", "Perluas"],
    objects: ["Jaringan 5G", "Kecerdasan Buatan Berbahasa Indonesia", "Perlindungan Data Pribadi", "Satelit Internet Desa", "Aplikasi Layanan Publik"],
    hashtags: ["teknologi", "digital", "ai", "startup"],
  },
  {
    slug: "gaya-hidup",
    places: ["Jakarta", "Bali", "Bandung", "Malang", "Lombok"],
    subjects: ["Ahli Gizi", "Pegiat Wisata", "Desainer Muda", "Komunitas Lari", "Dokter Spesialis"],
    actions: ["Bagikan", "Kenalkan", "Rekomendasikan", "Ingatkan", "Tampilkan"],
    objects: ["Tips Pola Makan Sehat", "Destinasi Wisata Tersembunyi", "Kain Tenun Nusantara", "Rute Lari Akhir Pekan", "Cara Menjaga Kesehatan Mental"],
    hashtags: ["gayahidup", "kesehatan", "wisata", "kuliner"],
  },
];

const GUEST_PEWARTA = ["Andi Pratama", "Siti Rahmawati", "Dimas Saputra", "Nur Aisyah", "Rizky Ramadhan"];
const COMMON_HASHTAGS = ["rinewsportal", "beritaterkini"];

const OPENINGS = [
  "{subject} menyampaikan langkah terbaru terkait {object} dalam keterangan resmi pada {day}.",
  "Perhatian publik kembali tertuju pada {object} setelah {subject} mengumumkan rencananya pada {day}.",
  "{subject} menegaskan komitmennya terhadap {object} saat ditemui wartawan pada {day}.",
];
const MIDDLES = [
  "Menurut sejumlah pengamat, kebijakan ini akan berdampak langsung pada masyarakat di {place} dan sekitarnya dalam beberapa bulan ke depan.",
  "Data yang dihimpun menunjukkan tren yang terus meningkat sejak awal tahun, sehingga langkah cepat dinilai perlu diambil.",
  "Sejumlah warga yang ditemui mengaku menyambut baik rencana tersebut, meski berharap pelaksanaannya diawasi dengan ketat.",
  "Koordinasi dengan pemerintah daerah dan pemangku kepentingan lain disebut telah dimulai sejak pekan lalu.",
  "Anggaran untuk program ini akan dibahas lebih lanjut bersama pihak terkait agar tepat sasaran.",
  "Pihak terkait juga membuka kanal pengaduan bagi masyarakat yang ingin menyampaikan masukan.",
  "Evaluasi menyeluruh dijadwalkan berlangsung pada akhir kuartal untuk menilai capaian di lapangan.",
];
const QUOTES = [
  "“Kami ingin memastikan manfaatnya dirasakan langsung oleh masyarakat,” ujar juru bicara {subject}.",
  "“Ini bukan pekerjaan satu pihak, semua harus terlibat,” kata seorang pejabat yang hadir dalam acara tersebut.",
  "“Target kami jelas dan terukur, dan kami akan melaporkannya secara terbuka,” tuturnya.",
];
const CLOSINGS = [
  "Perkembangan selanjutnya akan terus dipantau dan disampaikan kepada publik.",
  "Langkah lanjutan dijadwalkan diumumkan dalam waktu dekat.",
  "Masyarakat diimbau mengikuti informasi resmi dari kanal pemerintah dan media terpercaya.",
];
const DAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"];

function mulberry32(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generateDemoArticles(count = 184): DemoArticle[] {
  const random = mulberry32(20250618);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const fill = (template: string, words: Record<string, string>) =>
    template.replace(/\{(\w+)\}/g, (_, key: string) => words[key] ?? "");

  const seenTitles = new Set<string>();
  const result: DemoArticle[] = [];
  for (let i = 0; result.length < count; i++) {
    const topic = TOPICS[i % TOPICS.length]!;
    const subject = pick(topic.subjects);
    const object = pick(topic.objects);
    const place = pick(topic.places);
    const title = `${subject} ${pick(topic.actions)} ${object}`;
    if (seenTitles.has(title)) continue;
    seenTitles.add(title);

    const words = { subject, object, place, day: `${pick(DAYS)} (${1 + Math.floor(random() * 28)}/${1 + Math.floor(random() * 12)})` };
    const middles = [...MIDDLES].sort(() => random() - 0.5).slice(0, 2 + Math.floor(random() * 3));
    const paragraphs = [fill(pick(OPENINGS), words), ...middles.map((m) => fill(m, words)), fill(pick(QUOTES), words), fill(pick(CLOSINGS), words)];

    const ownTags = [...topic.hashtags].sort(() => random() - 0.5).slice(0, 2 + Math.floor(random() * 2));
    const n = result.length;
    const roll = random();
    result.push({
      title,
      dek: `${subject} dan ${object.toLowerCase()}: apa yang berubah dan siapa yang terdampak.`,
      categorySlug: topic.slug,
      datelinePlace: place,
      paragraphs,
      hashtags: [...ownTags, ...COMMON_HASHTAGS.filter(() => random() < 0.8)],
      pewarta: roll < 0.35 ? { staff: "reporter" } : roll < 0.5 ? { staff: "contributor" } : { guest: pick(GUEST_PEWARTA) },
      withEditor: random() < 0.7,
      hoursAgo: n * 10 + Math.floor(random() * 8),
      status: "published",
    });
  }
  // A few that must never be visible to readers.
  const hidden: DemoArticle["status"][] = ["draft", "draft", "review", "scheduled"];
  hidden.forEach((status, k) => {
    const article = result[result.length - 1 - k]!;
    article.status = status;
    article.hoursAgo = status === "scheduled" ? -48 : 1;
  });
  return result;
}
