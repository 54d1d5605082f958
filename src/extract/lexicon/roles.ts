// Titles and roles that introduce a person ("Presiden", "Juru Bicara",
// "Foreign Minister", "Mr"). Matched case-insensitively, longest first, so
// "Menteri Luar Negeri" wins over "Menteri". A role never ends a name: the
// person span is the name after it.

const lines = (s: string): string[] =>
  s
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .flatMap((l) => l.split(/\s*,\s*/));

export const ROLES_ID = lines(`
  presiden, wakil presiden, wapres, mantan presiden, presiden terpilih, wakil presiden terpilih, gubernur terpilih, bupati terpilih, wali kota terpilih, capres, cawapres, calon presiden, calon wakil presiden
  perdana menteri, pm, wakil perdana menteri, kanselir, raja, ratu, pangeran, putri mahkota, putra mahkota, sultan, kaisar, paus, emir, syekh, syeikh
  menteri, wakil menteri, wamen, menteri luar negeri, menlu, menteri pertahanan, menhan, menteri dalam negeri, mendagri
  menteri keuangan, menkeu, menteri perdagangan, mendag, menteri sosial, mensos, menteri agama, menag, menteri kesehatan, menkes
  menteri koordinator, menko, menko polhukam, menko perekonomian, menteri hukum dan ham, menkumham, menteri bumn, menteri pendidikan
  menteri perhubungan, menhub, menteri energi, menteri sekretaris negara, mensesneg, sekretaris kabinet, seskab, menteri unifikasi, menteri pertahanan nasional
  juru bicara, jubir, juru runding, pemimpin, pemimpin tertinggi, pemimpin redaksi, pimpinan, pemimpin oposisi
  ketua, ketua umum, ketum, wakil ketua, wakil ketua umum, ketua harian, ketua parlemen, sekretaris, sekretaris jenderal, sekjen, sekretaris negara
  bendahara, deputi, asisten deputi, deputi gubernur, deputi gubernur senior, direktur, direktur utama, dirut, direktur jenderal, dirjen, direktur eksekutif, kepala, kepala staf, wakil kepala
  panglima, panglima tni, kapolri, wakapolri, kapolda, kapolres, kapolsek, kabareskrim, kasad, kasal, kasau, pangdam, danjen
  kapolresta, kapolrestabes, wakapolda, wakapolres, wakapolresta, wakapolsek, kabid, kabid humas, kabidhumas, kasubdit, kasubbid, kasubbag
  kasat, kasatreskrim, kasatnarkoba, kasatlantas, kasatintelkam, kasatsamapta, kasatsabhara, kasatpolairud, kasatbinmas, kabag, kabagops
  kadis, kasi, kasie, kasihumas, kanit, kanitreskrim, panit, kaur, kapolsubsektor, dirreskrimum, dirreskrimsus, dirresnarkoba, dirlantas
  direskrimum, direskrimsus, diresnarkoba, kadiv humas, kadivhumas, karopenmas, kapuspen, kapendam, kapenrem, kapentak
  danramil, dandim, danrem, danlantamal, danlanal, danlanud, danyon, dansat, danki, danpuspom, danpomdam, pangkostrad, pangkoarmada, pangkogabwilhan
  kalapas, karutan, kakanwil, kajari, kajati, kasipidum, kasipidsus, kasi pidum, kasi pidsus, kasi intel, kasi intelijen
  jenderal, jendral, letnan jenderal, letjen, mayor jenderal, mayjen, brigadir jenderal, brigjen, laksamana, laksamana madya, laksamana muda, laksamana pertama, marsekal, marsekal madya, marsekal muda, marsekal pertama, marsekal lapangan, marsekal udara, kepala staf angkatan darat, kepala staf angkatan laut, kepala staf angkatan udara
  kolonel, letnan kolonel, mayor, kapten, komisaris jenderal, komjen, inspektur jenderal, irjen, ajun komisaris besar, akbp, kombes, komisaris besar
  letkol, kompol, komisaris polisi, akp, ajun komisaris polisi, iptu, inspektur polisi satu, ipda, inspektur polisi dua, aiptu, aipda
  bripka, brigadir, brigadir polisi, briptu, bripda, bharada, bharatu, bharaka, lettu, letda, letnan satu, letnan dua, serma, serka, sertu, serda
  pelda, peltu, praka, pratu, prada, kopda, koptu, kopka, laksda, laksma, marsda, marsma, marsdya
  gubernur, wakil gubernur, wagub, bupati, wakil bupati, wali kota, walikota, wakil wali kota, camat, lurah, kepala desa, kades
  duta besar, dubes, konsul jenderal, konjen, utusan khusus, utusan
  anggota, anggota dpr, hakim, hakim ketua, hakim konstitusi, hakim agung, ketua majelis hakim, jaksa, jaksa agung, jaksa penuntut umum,
  jaksa agung muda, jaksa agung muda pidana umum, jaksa agung muda pidana khusus, jaksa agung muda bidang pidana umum, jaksa agung muda bidang pidana khusus, jaksa agung muda intelijen, jaksa agung muda bidang intelijen, jaksa agung muda tindak pidana umum, jaksa agung muda tindak pidana khusus, jaksa agung muda bidang tindak pidana umum, jaksa agung muda bidang tindak pidana khusus, jaksa agung muda bidang tindak pidana militer, jaksa agung muda bidang perdata dan tata usaha negara, jampidum, jampidsus, jamintel, penyidik, kuasa hukum, pengacara
  presiden direktur, presdir, wakil presiden direktur, wakil direktur utama, wadirut, direktur keuangan, direktur operasional
  direktur bisnis, direktur komersial, kepala ekonom, ekonom kepala, chief executive officer, chief financial officer
  chief operating officer, chief technology officer, chief economist, cfo, coo, cto, founder, co-founder
  komisaris, komisaris utama, ceo, pendiri, pelatih, penyanyi, aktor, aktris, artis, sutradara, penulis, wartawan, koresponden
  pengamat, analis, peneliti, pakar, ahli, syahbandar, kepala syahbandar, profesor, guru besar, dosen, rektor, dekan, dokter, ustaz, ustadz, kiai, kyai, habib
  tersangka, terdakwa, terpidana, saksi, korban
  kiper, penjaga gawang, pemain, pemain depan, pemain belakang, pemain tengah, pemain sayap, penyerang, striker, bek, gelandang
  bek kanan, bek kiri, bek tengah, gelandang bertahan, gelandang serang, pemain sayap kanan, pemain sayap kiri
  winger, pelatih kepala, asisten pelatih, pelatih fisik, pelatih kiper, manajer, direktur teknik
  wasit, asisten wasit, atlet, atlet bulu tangkis, pebulu tangkis, pebulutangkis, petinju, pembalap, pesepak bola, pesepakbola
  petenis, pegolf, perenang, pelari, lifter, pebasket, pevoli, pesenam, pecatur, pegulat, pesilat, karateka, pejudo, pemanah
  ekonom, ekonom senior, ilmuwan, akademisi, aktivis, advokat, notaris, jaksa penuntut, dokter spesialis, perawat, psikolog
  jurnalis, fotografer, presenter, pembawa acara, penyiar, produser, komedian, pelawak, musisi, vokalis, gitaris, drumer, drummer
  penyanyi, pencipta lagu, penari, pelukis, seniman, budayawan, sejarawan, sastrawan, penyair, novelis, pengusaha, bankir
  politikus, politisi, legislator, senator, diplomat, insinyur, arsitek, konsultan, penasihat, pilot, ulama, pendeta, uskup
  bapak, pak, ibu, bu, mbak, mas, bung, tuan, nyonya, ny, ny., saudara, sdr
  dr., dr, prof., prof, ir., ir, drs., drs, h., hj., hj, kh, k.h., kh., ks, haji, hajah, ki, nyi, raden, raden mas, raden ajeng
`);

export const ROLES_EN = lines(`
  president, vice president, former president, president-elect, prime minister, deputy prime minister, premier, chancellor, chancellor of the exchequer
  king, queen, prince, princess, crown prince, emperor, pope, sultan, emir, sheikh
  minister, foreign minister, defence minister, defense minister, interior minister, finance minister, trade minister
  deputy foreign minister, unification minister, secretary, secretary of state, defense secretary, defence secretary
  secretary-general, secretary general, general secretary, home secretary, foreign secretary, press secretary, executive secretary
  adviser, advisor, senior adviser, senior advisor, special adviser, special advisor, security adviser, security advisor
  national security adviser, national security advisor, deputy national security adviser, deputy national security advisor
  presidential adviser, presidential advisor, chief adviser, chief advisor, economic adviser, economic advisor
  negotiator, chief negotiator, trade negotiator, deputy press secretary, cabinet secretary, chief secretary, permanent secretary, undersecretary, under secretary, assistant secretary
  spokesman, spokeswoman, spokesperson, chief spokesman, leader, supreme leader, opposition leader, party leader
  chairman, chairwoman, chair, director, director general, director-general, chief, chief executive, ceo, founder
  general, gen., lieutenant general, lt. gen., major general, maj. gen., brigadier general, admiral, adm., colonel, col., commander, marshal, field marshal, air marshal, air chief marshal, army chief, air force chief, navy chief
  ambassador, envoy, special envoy, diplomat, top diplomat, chief diplomat, consul, governor, mayor, senator, sen., representative, rep., congressman, congresswoman
  judge, justice, prosecutor, attorney general, lawyer, analyst, expert, professor, researcher, correspondent, reporter
  goalkeeper, goalie, striker, defender, midfielder, winger, captain, capt., coach, head coach, assistant coach, manager
  referee, athlete, cyclist, sprinter, tennis player, footballer, golfer, swimmer
  economist, chief economist, strategist, scientist, academic, lecturer, scholar, historian, activist, attorney, doctor
  journalist, editor, columnist, author, novelist, actor, actress, rapper, musician, filmmaker, comedian, banker, investor
  speaker, house speaker, speaker of the house
  commander-in-chief, commander in chief, editor-in-chief, editor in chief, chief-of-staff, chief of staff
  attorney-general, solicitor-general, solicitor general, governor-general, governor general, surgeon-general, surgeon general
  inspector-general, inspector general, auditor-general, auditor general, vice-president, vice-chancellor, vice chancellor
  mr, mr., mrs, mrs., ms, ms., dr, dr., prof, prof., sir, dame, lord
`);

/** Titles that are only honorifics: they introduce a name but say nothing about an office. */
export const HONORIFICS = new Set(
  lines(`
    bapak, pak, ibu, bu, mbak, mas, bung, tuan, nyonya, saudara, sdr, dr., dr, prof., prof, ir., ir, drs., drs, h., hj., hj, kh, k.h., kh., ks
    haji, hajah, ki, nyi, raden, raden mas, raden ajeng
    mr, mr., mrs, mrs., ms, ms., sir, dame, lord
  `),
);

/**
 * Titles of nobility and royalty that annotators keep inside the name
 * ("Pangeran Diponegoro", "Raden Ajeng Kartini"), unlike religious, academic
 * and everyday honorifics ("Haji", "Dr.", "Bapak"), which stay outside it.
 */
export const NOBLE_TITLES = new Set(['pangeran', 'raden', 'raden mas', 'raden ajeng', 'bung']);
