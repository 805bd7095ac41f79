// The pages a portal must have, seeded once and edited later in the newsroom. Body format: see
// lib/static-pages/index.ts (paragraphs separated by a blank line, "## " starts a section heading).
// The Redaksi page's roster is not text: the page lists the active staff from the users table.

export const STATIC_PAGES: { slug: string; title: string; body: string }[] = [
  {
    slug: "tentang-kami",
    title: "Tentang Kami",
    body: `RI News Portal adalah media siber yang menyajikan berita nasional dan internasional bagi pembaca di seluruh Indonesia: politik, ekonomi, olahraga, hiburan, teknologi, dan gaya hidup.

Kami percaya berita yang baik lahir dari verifikasi. Setiap naskah ditulis oleh pewarta, diperiksa oleh editor, dan baru terbit setelah fakta dan sumbernya dapat dipertanggungjawabkan. Kami memisahkan berita dari opini, dan memisahkan keduanya dari iklan.

## Prinsip kerja

Dalam bekerja, redaksi berpegang pada Undang-Undang Nomor 40 Tahun 1999 tentang Pers, Kode Etik Jurnalistik, dan Pedoman Pemberitaan Media Siber yang ditetapkan Dewan Pers.

Kesalahan dalam pemberitaan kami perbaiki secara terbuka. Ralat dan koreksi dicantumkan pada berita yang bersangkutan, lengkap dengan waktu perbaikannya, dan setiap pihak yang dirugikan oleh pemberitaan kami berhak menyampaikan hak jawab.

## Hubungi kami

Saran, pengaduan, dan hak jawab dapat disampaikan melalui halaman Kontak. Susunan pengelola redaksi dapat dilihat di halaman Redaksi.`,
  },
  {
    slug: "redaksi",
    title: "Redaksi",
    body: `RI News Portal dikelola oleh tim redaksi yang bertanggung jawab atas seluruh isi pemberitaan di situs ini. Pewarta mengumpulkan dan menulis berita, editor memeriksa dan menyunting naskah, dan pemimpin redaksi bertanggung jawab atas kebijakan pemberitaan.

Nama di bawah ini terhubung ke halaman penulis masing-masing, yang memuat berita yang telah mereka kerjakan. Untuk menghubungi redaksi, gunakan alamat pada halaman Kontak.`,
  },
  {
    slug: "kontak",
    title: "Kontak",
    body: `Redaksi RI News Portal menerima informasi, saran, dan pengaduan dari pembaca.

## Redaksi

Surel: redaksi@rinewsportal.example. Sertakan nama lengkap dan nomor yang dapat dihubungi agar kami dapat menindaklanjuti pesan Anda.

## Hak jawab dan koreksi

Pihak yang merasa dirugikan oleh pemberitaan kami dapat mengajukan hak jawab atau permintaan koreksi ke redaksi@rinewsportal.example dengan subjek "Hak Jawab", disertai tautan berita yang dimaksud dan penjelasan bagian yang dipersoalkan. Redaksi akan memprosesnya sesuai Pedoman Hak Jawab Dewan Pers.

## Iklan dan kerja sama

Surel: iklan@rinewsportal.example.`,
  },
  {
    slug: "pedoman-media-siber",
    title: "Pedoman Media Siber",
    body: `RI News Portal tunduk pada Pedoman Pemberitaan Media Siber yang ditetapkan Dewan Pers bersama organisasi pers, pengelola media siber, dan masyarakat (Peraturan Dewan Pers Nomor 1/Peraturan-DP/III/2012). Berikut ringkasan pokok-pokoknya; naskah lengkapnya dapat dibaca di situs Dewan Pers, dewanpers.or.id.

Pedoman ini berangkat dari pengakuan bahwa kemerdekaan berpendapat, kemerdekaan berekspresi, dan kemerdekaan pers adalah hak asasi manusia, dan bahwa media siber memiliki karakter khusus sehingga memerlukan pedoman agar pengelolaannya dilaksanakan secara profesional, memenuhi fungsi, hak, dan kewajibannya sesuai Undang-Undang Nomor 40 Tahun 1999 tentang Pers dan Kode Etik Jurnalistik.

## 1. Ruang lingkup

Media siber adalah segala bentuk media yang menggunakan wahana internet dan melaksanakan kegiatan jurnalistik, serta memenuhi persyaratan Undang-Undang Pers dan Standar Perusahaan Pers. Isi Buatan Pengguna adalah segala isi yang dibuat atau dipublikasikan oleh pengguna media siber, seperti artikel, gambar, komentar, suara, video, dan unggahan lain.

## 2. Verifikasi dan keberimbangan berita

Pada prinsipnya setiap berita harus melalui verifikasi. Berita yang dapat merugikan pihak lain memerlukan verifikasi pada berita yang sama untuk memenuhi prinsip akurasi dan keberimbangan.

Ketentuan itu hanya dapat dikecualikan bila berita benar-benar mengandung kepentingan publik yang mendesak, sumber pertamanya jelas identitasnya, kredibel, dan kompeten, subjek yang harus dikonfirmasi tidak diketahui keberadaannya atau tidak dapat diwawancarai, dan media menjelaskan kepada pembaca bahwa berita tersebut masih memerlukan verifikasi lebih lanjut. Setelah itu media wajib meneruskan verifikasi dan memuat hasilnya pada berita pemutakhiran yang ditautkan ke berita yang belum terverifikasi.

## 3. Isi Buatan Pengguna

Media siber wajib mencantumkan syarat dan ketentuan Isi Buatan Pengguna yang tidak bertentangan dengan Undang-Undang Pers dan Kode Etik Jurnalistik, dan mewajibkan pengguna mendaftar dan masuk sebelum mempublikasikan isi. Pengguna harus menyetujui bahwa isinya tidak memuat kebohongan, fitnah, sadisme, atau kecabulan; tidak memuat prasangka dan kebencian terkait suku, agama, ras, dan antargolongan, atau menganjurkan kekerasan; serta tidak diskriminatif dan tidak merendahkan martabat orang lemah, miskin, sakit, atau penyandang disabilitas.

Media siber berwenang menyunting atau menghapus isi yang melanggar ketentuan tersebut, wajib menyediakan mekanisme pengaduan yang mudah diakses, dan wajib menindaklanjuti pengaduan secepatnya, selambat-lambatnya 2 x 24 jam setelah pengaduan diterima. Media yang memenuhi kewajiban ini tidak dibebani tanggung jawab atas isi yang melanggar; media yang tidak menindaklanjuti pengaduan dalam batas waktu itu ikut bertanggung jawab.

## 4. Ralat, koreksi, dan hak jawab

Ralat, koreksi, dan hak jawab mengacu pada Undang-Undang Pers, Kode Etik Jurnalistik, dan Pedoman Hak Jawab Dewan Pers. Ketiganya wajib ditautkan pada berita yang diralat, dikoreksi, atau diberi hak jawab, dan wajib mencantumkan waktu pemuatannya.

Bila sebuah berita disebarluaskan media siber lain, tanggung jawab media pembuatnya terbatas pada berita di medianya sendiri; media yang mengutip wajib ikut melakukan koreksi, dan bertanggung jawab penuh atas akibat hukum bila tidak melakukannya. Sesuai Undang-Undang Pers, media yang tidak melayani hak jawab dapat dijatuhi pidana denda paling banyak Rp500.000.000.

## 5. Pencabutan berita

Berita yang sudah dipublikasikan tidak dapat dicabut karena alasan penyensoran dari pihak luar redaksi, kecuali terkait masalah suku, agama, ras, dan antargolongan, kesusilaan, masa depan anak, pengalaman traumatik korban, atau pertimbangan khusus lain yang ditetapkan Dewan Pers. Media siber lain wajib mengikuti pencabutan kutipan berita dari media asal, dan setiap pencabutan wajib disertai alasannya serta diumumkan kepada publik.

## 6. Iklan

Media siber wajib membedakan dengan tegas antara produk berita dan iklan. Setiap isi yang merupakan iklan atau isi berbayar wajib diberi keterangan "advertorial", "iklan", "ads", "sponsored", atau kata lain yang menjelaskan bahwa isi tersebut adalah iklan.

## 7. Hak cipta

Media siber wajib menghormati hak cipta sebagaimana diatur dalam peraturan perundang-undangan yang berlaku.

## 8. Pencantuman pedoman

Media siber wajib mencantumkan Pedoman Pemberitaan Media Siber di medianya secara terang dan jelas.

## 9. Sengketa

Penilaian akhir atas sengketa mengenai pelaksanaan Pedoman Pemberitaan Media Siber diselesaikan oleh Dewan Pers.`,
  },
];
