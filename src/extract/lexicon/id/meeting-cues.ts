// Indonesian words that tell a meeting, a visit, a call or a plan, and the words around them that
// change what they tell. Closed classes, written as regular-expression fragments because the
// language builds words with affixes ("kunjungan(?:nya)?"); src/extract/meetings/cues.ts joins
// them with the English list. Order inside a list matters where one word begins another.

import type { MeetingWords } from '../../meetings/words.js';

export const MEETING_WORDS_ID: MeetingWords = {
  cues: {
    meet: [
      'bertemu(?:\\s+dengan)?', 'menemuinya', 'menemui', 'temui', 'berjumpa(?:\\s+dengan)?', 'bertatap\\s+muka(?:\\s+dengan)?',
      'makan\\s+(?:pagi|siang|malam)\\s+(?:bersama|dengan)',
    ],
    talks: ['pertemuan(?!\\s+puncak)(?:nya)?', 'pembicaraan(?:nya)?', 'perundingan(?:nya)?', 'berunding', 'rapat'],
    summit: ['KTT', 'pertemuan\\s+puncak', 'konferensi\\s+tingkat\\s+tinggi'],
    host: ['menerimanya', 'menjamunya', 'menyambutnya', 'menjamu', 'menyambut(?!\\s+baik)(?:\\s+kedatangan)?', 'menerima\\s+(?:kunjungan|kedatangan)', 'jamuan'],
    attend: ['menghadiri', 'turut\\s+hadir', 'ikut\\s+hadir'],
    visit: [
      'kunjungan(?:nya)?', 'berkunjung', 'mengunjungi', 'kunjungi', 'melawat', 'lawatan(?:nya)?', 'menyambangi', 'tiba\\s+di', 'bertolak\\s+ke',
      'perjalanan(?:nya)?(?:\\s+resmi)?\\s+ke',
    ],
  },
  // "Prabowo diterima Putra Mahkota Mohammed bin Salman", "Zelensky menerima Kanselir Jerman Friedrich Merz":
  // received by or receiving someone named (not "usulan itu diterima", "menerima laporan").
  hostNamed: ['(?:diterima(?:\\s+oleh)?|menerima)(?=\\s+(?:(?:jajaran|delegasi|rombongan|pimpinan|direksi|para|sejumlah)\\s+)*\\p{Lu})'],
  planned: [
    'akan', 'diundang', 'undangan', 'kemungkinan', 'bakal', 'dijadwalkan', 'berencana', 'direncanakan', 'rencana(?:nya)?', 'hendak', 'ingin',
    'undangan\\s+untuk', 'mengundang', 'mendatang',
  ],
  plannedAfterCue: ['yang\\s+akan\\s+(?:digelar|diadakan|dilaksanakan|berlangsung|dihadiri)'],
  notPlanned: ['akan\\s+(?:memicu|membantu|mencakup)'],
  phone: [
    'melalui\\s+(?:sambungan\\s+)?(?:telepon|video|panggilan)', 'lewat\\s+(?:sambungan\\s+)?telepon', 'via\\s+(?:telepon|video)',
    'percakapan\\s+telepon', 'panggilan\\s+(?:telepon|video)', 'sambungan\\s+telepon', 'konferensi\\s+video', 'menelepon', 'ditelepon',
    'bertelepon', 'berbicara\\s+melalui\\s+telepon',
  ],
  groupNouns: ['pemimpin', 'menteri', 'menlu', 'kepala\\s+negara', 'presiden', 'tokoh', 'pihak', 'pejabat', 'utusan', 'delegasi', 'diplomat'],
  groupCounts: { kedua: 2, keduanya: 2, ketiga: 3, ketiganya: 3, keempat: 4, kelima: 5 },
  events: {
    test: ['uji\\s+coba', 'menguji(?:coba)?', 'diuji'],
    launch: ['meluncurkan', 'luncurkan', 'diluncurkan', 'menembakkan', 'ditembakkan'],
    signing: ['menandatangani', 'penandatanganan', 'ditandatangani', 'meneken', 'teken'],
  },
  denied: ['batal\\s+(?:bertemu|berkunjung|digelar|hadir)', 'dibatalkan', 'membantah\\s+(?:akan\\s+)?(?:bertemu|pertemuan)', 'tidak\\s+(?:jadi\\s+)?(?:bertemu|berkunjung)', 'belum\\s+(?:pernah\\s+)?(?:bertemu|berkunjung)', 'tak\\s+(?:jadi\\s+)?bertemu'],
  wishVerbs: ['ingin', 'mau', 'berharap', 'hendak'],
  cancelWords: ['batal', 'membatalkan', 'dibatalkan'],
  hypothetical: ['ingin', 'hendak', 'berharap', 'kemungkinan', 'mungkin', 'bisa\\s+saja', 'jika', 'apabila', 'seandainya', 'bersedia', 'siap\\s+(?:bertemu|berunding)', 'mengusulkan', 'usulan'],
};
