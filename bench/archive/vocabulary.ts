// Word lists for the generated archive, each ordered from most to least frequent: the text
// generator draws from them with a Zipf distribution, so a word's rank here sets how many
// articles contain it (and so how long its FTS doclist is).

/** Function words: in nearly every article, as in real Indonesian prose. */
export const FUNCTION_WORDS = [
  "yang", "dan", "di", "itu", "dengan", "untuk", "tidak", "ini", "dari", "dalam", "akan", "pada",
  "juga", "ke", "karena", "ada", "oleh", "bahwa", "atau", "sudah", "telah", "lebih", "saat", "masih",
  "para", "bisa", "namun", "secara", "menjadi", "hingga", "sebagai", "setelah", "antara", "tersebut",
  "mereka", "kami", "kita", "ia", "jika", "agar", "serta", "sejak", "hanya", "sangat", "belum", "harus",
  "dapat", "lalu", "bagi", "tetapi", "sementara", "terhadap", "seperti", "melalui", "selain", "kembali",
  "sedang", "tanpa", "semua", "sebelum", "pun", "pula", "maupun", "yakni", "yaitu", "apabila", "ketika",
  "sehingga", "bahkan", "terutama", "tentang", "mengenai", "hampir", "sekitar", "selama", "beberapa",
  "sejumlah", "banyak", "setiap", "tiap", "seluruh", "berbagai", "sendiri", "lain", "tetap", "segera",
] as const;

/** Content words common to every desk, most frequent first. */
export const GENERAL_WORDS = [
  "pemerintah", "indonesia", "masyarakat", "warga", "daerah", "program", "kebijakan", "pihak", "tahun",
  "kegiatan", "negara", "wilayah", "presiden", "menteri", "kota", "provinsi", "data", "layanan",
  "pembangunan", "anggaran", "persen", "target", "upaya", "langkah", "rencana", "hasil", "kondisi",
  "situasi", "dampak", "sektor", "kerja", "pertumbuhan", "peningkatan", "penurunan", "kenaikan", "harga",
  "publik", "aparat", "petugas", "kepala", "ketua", "anggota", "tim", "lembaga", "badan", "dinas", "kantor",
  "gedung", "jalan", "lokasi", "kawasan", "pusat", "nasional", "internasional", "global", "lokal",
  "penting", "besar", "kecil", "tinggi", "rendah", "cepat", "baik", "utama", "khusus", "umum", "resmi",
  "terbuka", "langsung", "lanjutan", "pekan", "bulan", "hari", "jumlah", "informasi", "proses",
  "laporan", "dana", "keterangan", "wartawan", "acara", "rapat", "pertemuan", "kesempatan", "waktu",
  "tahap", "sistem", "aturan", "regulasi", "peraturan", "koordinasi", "pengawasan", "evaluasi",
  "pelaksanaan", "penerapan", "pengembangan", "pemantauan", "penanganan", "pelayanan", "kualitas",
  "kapasitas", "kebutuhan", "ketersediaan", "keamanan", "keselamatan", "kesejahteraan", "kepentingan",
  "kerja sama", "komitmen", "tantangan", "peluang", "solusi", "strategi", "prioritas", "capaian",
  "realisasi", "transparansi", "akuntabilitas", "partisipasi", "kolaborasi", "inovasi", "teknologi",
  "lingkungan", "sosial", "budaya", "pendidikan", "kesehatan", "ekonomi", "infrastruktur", "energi",
  "pangan", "air", "listrik", "transportasi", "perumahan", "desa", "kecamatan", "kabupaten", "pulau",
  "pesisir", "perbatasan", "generasi", "pemuda", "perempuan", "anak", "keluarga", "pekerja", "petani",
  "nelayan", "pedagang", "pengusaha", "investor", "konsumen", "pelajar", "mahasiswa", "guru", "dokter",
  "relawan", "tokoh", "pengamat", "akademisi", "peneliti", "ahli", "narasumber", "juru bicara",
  "direktur", "kepolisian", "pengadilan", "jaksa", "hakim", "kasus", "perkara", "sidang", "putusan",
  "tersangka", "korban", "saksi", "bukti", "laporan keuangan", "rekomendasi", "arahan", "instruksi",
  "sosialisasi", "pendampingan", "pelatihan", "bantuan", "subsidi", "insentif", "pajak", "tarif",
  "izin", "sertifikat", "dokumen", "aplikasi", "platform", "jaringan", "fasilitas", "sarana",
  "prasarana", "armada", "kendaraan", "penumpang", "pengunjung", "peserta", "penonton", "pendukung",
  "pemilih", "calon", "kandidat", "partai", "koalisi", "oposisi", "parlemen", "dewan", "komisi",
  "fraksi", "rancangan", "revisi", "usulan", "masukan", "kritik", "sorotan", "polemik", "perdebatan",
  "kesepakatan", "perjanjian", "nota", "kunjungan", "peresmian", "peluncuran", "pameran", "festival",
  "lomba", "kompetisi", "turnamen", "musim", "babak", "laga", "pertandingan", "skor", "gol", "medali",
  "rekor", "prestasi", "penghargaan", "apresiasi", "dukungan", "keberatan", "protes", "unjuk rasa",
  "demonstrasi", "mogok", "antrean", "kemacetan", "banjir", "longsor", "gempa", "kebakaran", "kekeringan",
  "cuaca", "hujan", "musim kemarau", "gelombang", "erupsi", "evakuasi", "pengungsi", "posko", "logistik",
] as const;

/** Reporting verbs and other verbs of news prose. */
export const VERBS = [
  "mengatakan", "menyampaikan", "menjelaskan", "menegaskan", "mengungkapkan", "menambahkan", "meminta",
  "mendorong", "melakukan", "memberikan", "menyebutkan", "memastikan", "meningkatkan", "menurunkan",
  "membangun", "mengembangkan", "melaksanakan", "mengumumkan", "menerima", "menggelar", "menghadiri",
  "meninjau", "mengevaluasi", "menyiapkan", "mengimbau", "mencatat", "menargetkan", "mempercepat",
  "memperkuat", "memperluas", "mengawasi", "menindaklanjuti", "menyoroti", "membahas", "menyepakati",
  "menolak", "mendukung", "mengkritik", "menanggapi", "mengakui", "membantah", "memprediksi",
  "memproyeksikan", "mengalokasikan", "menyalurkan", "mendistribusikan", "meluncurkan", "meresmikan",
  "memperpanjang", "menunda", "membatalkan", "menghentikan", "melanjutkan", "mengajak", "mengingatkan",
  "menilai", "memperkirakan", "menyusun", "merampungkan", "menuntaskan", "mengantisipasi", "mewaspadai",
] as const;

export type DeskVocabulary = {
  /** Category slug, as seeded by lib/seed. */
  slug: string;
  /** Share of the archive this desk writes (relative weight). */
  weight: number;
  subjects: readonly string[];
  actions: readonly string[];
  objects: readonly string[];
  /** Words of this desk's prose, most frequent first. */
  words: readonly string[];
  /** This desk's hashtags, most used first; the generator adds a long tail after them. */
  hashtags: readonly string[];
};

export const DESKS: readonly DeskVocabulary[] = [
  {
    slug: "nasional",
    weight: 24,
    subjects: ["Pemerintah", "Kementerian Perhubungan", "BMKG", "Pemprov DKI", "Basarnas", "BNPB", "Kementerian PUPR", "Kemenkes", "Polri", "TNI", "Kemendikbudristek", "Pemkot Surabaya"],
    actions: ["Percepat", "Evaluasi", "Siapkan", "Umumkan", "Tinjau", "Perketat", "Perluas", "Tambah", "Pastikan", "Benahi"],
    objects: ["Program Mudik Gratis", "Penanganan Banjir Rob", "Perbaikan Jalan Nasional", "Sistem Peringatan Dini Gempa", "Layanan Transportasi Publik", "Distribusi Air Bersih", "Pembangunan Tanggul Laut", "Vaksinasi Anak", "Penerimaan Siswa Baru", "Penataan Pasar Tradisional", "Pengamanan Arus Balik", "Rehabilitasi Sekolah Rusak"],
    words: ["banjir", "jalan tol", "mudik", "sekolah", "bencana", "gempa", "bmkg", "polisi", "tni", "pemudik", "pelabuhan", "bandara", "kereta", "bus", "tanggul", "sungai", "sampah", "polusi", "udara", "rumah sakit", "puskesmas", "vaksin", "zonasi", "siswa", "kurikulum", "bansos", "kemiskinan", "stunting", "gizi", "pasar", "rob", "longsor", "cuaca ekstrem", "pengungsian", "lalu lintas", "ganjil genap", "krl", "mrt", "lrt", "transjakarta"],
    hashtags: ["Nasional", "Jakarta", "Infrastruktur", "Mudik", "Banjir", "Pendidikan", "Kesehatan", "Bencana", "Transportasi", "Cuaca"],
  },
  {
    slug: "politik",
    weight: 18,
    subjects: ["DPR", "KPU", "Bawaslu", "Partai Koalisi", "Mahkamah Konstitusi", "Istana", "Fraksi Oposisi", "KPK", "Mendagri", "DPD"],
    actions: ["Kaji", "Sahkan", "Tunda", "Kritik", "Awasi", "Tolak", "Bahas", "Gugat", "Usulkan", "Soroti"],
    objects: ["Revisi Undang-Undang Pemilu", "Anggaran Pilkada", "Aturan Kampanye Digital", "Pembentukan Panitia Khusus", "Netralitas Aparatur Negara", "Ambang Batas Pencalonan", "Daftar Pemilih Tetap", "Reshuffle Kabinet", "Dana Partai Politik", "Sengketa Hasil Pilkada"],
    words: ["pemilu", "pilkada", "dpr", "kpu", "bawaslu", "partai", "koalisi", "oposisi", "kabinet", "menteri", "undang-undang", "ruu", "kampanye", "suara", "pemilih", "tps", "gugatan", "mahkamah konstitusi", "korupsi", "kpk", "anggaran", "fraksi", "paripurna", "legislatif", "eksekutif", "reshuffle", "elektabilitas", "survei", "capres", "cawapres", "gubernur", "bupati", "wali kota", "netralitas", "asn", "demokrasi", "konstitusi"],
    hashtags: ["Politik", "Pemilu", "Pilkada", "DPR", "KPU", "Korupsi", "KPK", "Kabinet", "Demokrasi", "Bawaslu"],
  },
  {
    slug: "ekonomi",
    weight: 16,
    subjects: ["Bank Indonesia", "OJK", "BPS", "Kementerian Keuangan", "Pelaku UMKM", "Pertamina", "PLN", "Bursa Efek Indonesia", "Kadin", "Bulog"],
    actions: ["Proyeksikan", "Pertahankan", "Catat", "Perluas", "Waspadai", "Naikkan", "Turunkan", "Pangkas", "Dorong", "Jaga"],
    objects: ["Suku Bunga Acuan", "Inflasi Pangan", "Ekspor Nikel", "Kredit Usaha Rakyat", "Nilai Tukar Rupiah", "Harga BBM", "Stok Beras", "Tarif Listrik", "Pertumbuhan Ekonomi", "Penerimaan Pajak", "Investasi Asing", "Harga Cabai"],
    words: ["rupiah", "inflasi", "suku bunga", "bank", "kredit", "ekspor", "impor", "neraca", "perdagangan", "investasi", "saham", "ihsg", "obligasi", "umkm", "bbm", "beras", "cabai", "minyak goreng", "nikel", "batu bara", "sawit", "pajak", "apbn", "defisit", "utang", "pertumbuhan", "pdb", "konsumsi", "daya beli", "harga", "tarif", "dolar", "pasar modal", "fintech", "pinjol", "bulog", "stok", "pasokan"],
    hashtags: ["Ekonomi", "Rupiah", "UMKM", "Bisnis", "Inflasi", "HargaBeras", "BBM", "Saham", "Investasi", "Pajak"],
  },
  {
    slug: "internasional",
    weight: 12,
    subjects: ["PBB", "Uni Eropa", "ASEAN", "Pemerintah Jepang", "Bank Dunia", "Gedung Putih", "Kremlin", "Beijing", "NATO", "WHO"],
    actions: ["Bahas", "Dorong", "Sepakati", "Soroti", "Luncurkan", "Kecam", "Tawarkan", "Perpanjang", "Tangguhkan", "Serukan"],
    objects: ["Kerja Sama Iklim", "Bantuan Kemanusiaan", "Perjanjian Dagang Baru", "Keamanan Pangan Global", "Gencatan Senjata", "Sanksi Ekonomi", "Perundingan Damai", "Krisis Pengungsi", "Tarif Impor Baru", "Latihan Militer Bersama"],
    words: ["gaza", "ukraina", "rusia", "amerika serikat", "china", "jepang", "korea", "eropa", "asean", "pbb", "nato", "perang", "konflik", "gencatan senjata", "diplomasi", "sanksi", "pengungsi", "kemanusiaan", "iklim", "kedutaan", "duta besar", "perbatasan", "rudal", "militer", "pemilu", "parlemen", "perdana menteri", "kanselir", "tarif", "perundingan", "kesepakatan", "krisis", "wni", "evakuasi"],
    hashtags: ["Internasional", "Dunia", "ASEAN", "Gaza", "Ukraina", "Palestina", "PBB", "AmerikaSerikat", "China", "Timteng"],
  },
  {
    slug: "olahraga",
    weight: 12,
    subjects: ["Timnas Indonesia", "PBSI", "Persib Bandung", "Atlet Angkat Besi", "Pebalap Muda Indonesia", "PSSI", "Persija Jakarta", "Timnas U-23", "Ganda Putra Indonesia", "Petinju Nasional"],
    actions: ["Raih", "Siapkan", "Targetkan", "Tuntaskan", "Amankan", "Rebut", "Pertahankan", "Kejar", "Bidik", "Lewati"],
    objects: ["Tiket Semifinal", "Pemusatan Latihan", "Medali Emas", "Kemenangan Perdana", "Poin Penuh di Kandang", "Gelar Juara", "Tiket Piala Dunia", "Posisi Puncak Klasemen", "Laga Uji Coba", "Rekor Nasional"],
    words: ["timnas", "sepak bola", "gol", "pelatih", "pemain", "klub", "liga", "klasemen", "pertandingan", "laga", "stadion", "suporter", "bulu tangkis", "ganda", "tunggal", "smash", "final", "semifinal", "medali", "emas", "perak", "perunggu", "atlet", "motogp", "sirkuit", "pebalap", "basket", "voli", "naturalisasi", "kualifikasi", "piala dunia", "sea games", "asian games", "olimpiade", "wasit", "penalti"],
    hashtags: ["Olahraga", "Timnas", "Sepakbola", "Bulutangkis", "Liga1", "PialaDunia", "MotoGP", "Persib", "Persija", "SEAGames"],
  },
  {
    slug: "hiburan",
    weight: 8,
    subjects: ["Film Horor Lokal", "Penyanyi Pendatang Baru", "Festival Musik", "Sutradara Muda", "Grup K-Pop", "Aktris Senior", "Band Indie", "Rumah Produksi", "Komika Ternama", "Penyanyi Dangdut"],
    actions: ["Pecahkan", "Rilis", "Umumkan", "Gelar", "Hadirkan", "Bocorkan", "Tunda", "Tampilkan", "Raih", "Rayakan"],
    objects: ["Rekor Penonton", "Album Kedua", "Jadwal Konser", "Film Terbaru", "Kolaborasi Lintas Negara", "Trailer Perdana", "Tur Asia", "Serial Web", "Penghargaan Bergengsi", "Lagu Religi"],
    words: ["film", "bioskop", "penonton", "aktor", "aktris", "sutradara", "konser", "album", "lagu", "penyanyi", "musisi", "band", "festival", "panggung", "penggemar", "trailer", "serial", "drama", "sinetron", "k-pop", "idol", "selebritas", "pernikahan", "perceraian", "netizen", "viral", "media sosial", "tiket", "box office", "streaming"],
    hashtags: ["Hiburan", "Film", "Musik", "Selebriti", "KPop", "Konser", "FilmIndonesia", "Viral", "Drakor", "Dangdut"],
  },
  {
    slug: "teknologi",
    weight: 6,
    subjects: ["Startup Lokal", "Komdigi", "Peneliti BRIN", "Operator Seluler", "Perusahaan Rintisan AI", "Raksasa Teknologi", "Bank Digital", "Pengembang Gim", "BSSN", "Produsen Ponsel"],
    actions: ["Kembangkan", "Uji Coba", "Perkenalkan", "Perketat", "Perluas", "Luncurkan", "Hentikan", "Investasikan", "Amankan", "Integrasikan"],
    objects: ["Jaringan 5G", "Kecerdasan Buatan Berbahasa Indonesia", "Perlindungan Data Pribadi", "Satelit Internet Desa", "Aplikasi Layanan Publik", "Ponsel Lipat", "Pusat Data", "Kendaraan Listrik", "Sistem Pembayaran Digital", "Pusat Riset Semikonduktor"],
    words: ["aplikasi", "internet", "ponsel", "smartphone", "ai", "kecerdasan buatan", "data pribadi", "kebocoran", "peretas", "siber", "startup", "unicorn", "5g", "satelit", "pusat data", "cloud", "algoritma", "gim", "e-commerce", "dompet digital", "qris", "kendaraan listrik", "baterai", "chip", "semikonduktor", "platform", "pengguna", "fitur", "pembaruan", "keamanan siber"],
    hashtags: ["Teknologi", "Digital", "AI", "Startup", "Gadget", "KeamananSiber", "5G", "MobilListrik", "Ecommerce", "DataPribadi"],
  },
  {
    slug: "gaya-hidup",
    weight: 4,
    subjects: ["Ahli Gizi", "Pegiat Wisata", "Desainer Muda", "Komunitas Lari", "Dokter Spesialis", "Psikolog", "Koki Ternama", "Pengrajin Batik", "Pelatih Kebugaran", "Pemandu Wisata"],
    actions: ["Bagikan", "Kenalkan", "Rekomendasikan", "Ingatkan", "Tampilkan", "Ungkap", "Sarankan", "Jelaskan", "Hadirkan", "Ajak"],
    objects: ["Tips Pola Makan Sehat", "Destinasi Wisata Tersembunyi", "Kain Tenun Nusantara", "Rute Lari Akhir Pekan", "Cara Menjaga Kesehatan Mental", "Kuliner Khas Daerah", "Tren Busana Muslim", "Manfaat Tidur Cukup", "Resep Takjil Sederhana", "Desa Wisata Unggulan"],
    words: ["kesehatan", "gizi", "diet", "olahraga", "tidur", "stres", "mental", "kuliner", "resep", "makanan", "minuman", "kopi", "wisata", "liburan", "pantai", "gunung", "hotel", "desa wisata", "batik", "tenun", "busana", "fesyen", "kecantikan", "kulit", "rambut", "parenting", "anak", "keluarga", "lari", "yoga"],
    hashtags: ["GayaHidup", "Kesehatan", "Wisata", "Kuliner", "Fesyen", "Parenting", "Resep", "Liburan", "Batik", "Kecantikan"],
  },
];

/** Hashtags any desk uses, most used first: the first becomes the archive's biggest hashtag. */
export const SITEWIDE_HASHTAGS = ["BeritaTerkini", "Indonesia", "RINewsPortal", "BeritaHariIni", "Viral", "Breaking", "Terpopuler", "InfoTerkini"] as const;

export const PLACES = [
  "Jakarta", "Surabaya", "Bandung", "Medan", "Semarang", "Makassar", "Palembang", "Denpasar", "Yogyakarta",
  "Malang", "Bekasi", "Tangerang", "Depok", "Bogor", "Batam", "Pekanbaru", "Padang", "Banda Aceh",
  "Bandar Lampung", "Pontianak", "Banjarmasin", "Balikpapan", "Samarinda", "Manado", "Palu", "Kendari",
  "Ambon", "Jayapura", "Sorong", "Kupang", "Mataram", "Serang", "Cirebon", "Tasikmalaya", "Solo", "Magelang",
  "Purwokerto", "Tegal", "Kediri", "Jember", "Banyuwangi", "Madiun", "Probolinggo", "Pasuruan", "Sidoarjo",
  "Gresik", "Lamongan", "Tuban", "Bojonegoro", "Klaten", "Sleman", "Bantul", "Kudus", "Pati", "Jepara",
  "Cilacap", "Garut", "Sukabumi", "Cianjur", "Karawang", "Purwakarta", "Subang", "Indramayu", "Kuningan",
  "Lebak", "Pandeglang", "Cilegon", "Jambi", "Bengkulu", "Pangkalpinang", "Tanjungpinang", "Dumai",
  "Bukittinggi", "Sibolga", "Pematangsiantar", "Binjai", "Lhokseumawe", "Palangka Raya", "Tarakan",
  "Gorontalo", "Bitung", "Ternate", "Tidore", "Manokwari", "Merauke", "Timika", "Labuan Bajo", "Ende",
  "Bima", "Sumbawa", "Singaraja", "Gianyar", "Tabanan", "Parepare", "Bone", "Gowa", "Maros", "Mamuju",
  "Nunukan", "Sampit", "Ketapang", "Singkawang", "Mandalika", "Toba", "Nias", "Mentawai", "Natuna", "Wakatobi",
] as const;

export const FOREIGN_PLACES = [
  "Tokyo, Jepang", "Jenewa, Swiss", "Kairo, Mesir", "Canberra, Australia", "Bangkok, Thailand", "Kuala Lumpur, Malaysia",
  "Singapura", "Manila, Filipina", "Hanoi, Vietnam", "Seoul, Korea Selatan", "Beijing, China", "New Delhi, India",
  "Washington, Amerika Serikat", "New York, Amerika Serikat", "London, Inggris", "Paris, Prancis", "Berlin, Jerman",
  "Moskow, Rusia", "Kyiv, Ukraina", "Doha, Qatar", "Riyadh, Arab Saudi", "Istanbul, Turki", "Brussel, Belgia",
] as const;

export const FIRST_NAMES = [
  "Andi", "Siti", "Dimas", "Nur", "Rizky", "Agus", "Budi", "Dewi", "Eko", "Fitri", "Gilang", "Hendra", "Indah",
  "Joko", "Kartika", "Lestari", "Muhammad", "Nanda", "Oktaviani", "Putri", "Rahmat", "Sri", "Teguh", "Utami",
  "Wahyu", "Yusuf", "Zainal", "Ahmad", "Bayu", "Citra", "Dian", "Fajar", "Galih", "Hadi", "Irfan", "Jihan",
  "Kurniawan", "Lukman", "Maya", "Novi", "Prasetyo", "Ratna", "Slamet", "Taufik", "Umar", "Vina", "Wulan",
  "Yanti", "Arif", "Bambang", "Cahya", "Dedi", "Endang", "Fauzi", "Gita", "Hasan", "Ika", "Januar", "Kiki",
] as const;

export const LAST_NAMES = [
  "Pratama", "Rahmawati", "Saputra", "Aisyah", "Ramadhan", "Setiawan", "Santoso", "Wijaya", "Hidayat",
  "Kusuma", "Nugroho", "Lestari", "Siregar", "Nasution", "Harahap", "Simanjuntak", "Sinaga", "Lubis",
  "Tanjung", "Purnomo", "Susanto", "Hakim", "Firmansyah", "Permana", "Gunawan", "Wibowo", "Suryadi",
  "Hartono", "Handayani", "Maharani", "Anggraini", "Putra", "Utomo", "Syahputra", "Situmorang", "Pangaribuan",
  "Manurung", "Daulay", "Rangkuti", "Sihombing", "Tampubolon", "Hutapea", "Latuconsina", "Pattimura",
  "Mandagi", "Rumengan", "Sondakh", "Tumbelaka", "Baso", "Daeng", "Rasyid", "Fadillah", "Iskandar",
] as const;

export const DAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"] as const;

/** Hashtag-ready stems for the long tail ("#BanjirBekasi", "#Pilkada2027"). */
export const TAIL_STEMS = [
  "Banjir", "Gempa", "Longsor", "Macet", "Pilkada", "Pemilu", "Mudik", "Festival", "Harga", "Info", "Kuliner",
  "Wisata", "Demo", "Kebakaran", "Sidang", "Liga", "Konser", "Pasar", "Cuaca", "Lalin", "Sekolah", "Vaksin",
] as const;
