// Weapons: classes in both languages with their English canonical class, and
// well-known named systems whose names carry no digits (those with digits,
// "Hwasong-11", "F-16", are found by the pattern rule in mentions.ts).

export const WEAPON_CLASSES: Array<[canonical: string, ...forms: string[]]> = [
  ['intercontinental ballistic missile', 'rudal balistik antarbenua', 'rudal balistik antar benua', 'rudal antarbenua', 'ICBM', 'intercontinental ballistic missile', 'intercontinental ballistic missiles'],
  ['hypersonic ballistic missile', 'rudal balistik hipersonik', 'rudal hipersonik balistik', 'hypersonic ballistic missile', 'hypersonic ballistic missiles'],
  ['hypersonic missile', 'rudal hipersonik', 'hypersonic missile', 'hypersonic missiles', 'senjata hipersonik', 'hypersonic weapon', 'hypersonic weapons'],
  ['submarine-launched ballistic missile', 'rudal balistik yang diluncurkan dari kapal selam', 'SLBM', 'submarine-launched ballistic missile'],
  ['short-range ballistic missile', 'rudal balistik jarak pendek', 'short-range ballistic missile', 'short-range ballistic missiles', 'SRBM'],
  ['intermediate-range ballistic missile', 'rudal balistik jarak menengah', 'intermediate-range ballistic missile', 'IRBM'],
  ['ballistic missile', 'rudal balistik', 'peluru kendali balistik', 'ballistic missile', 'ballistic missiles'],
  ['cruise missile', 'rudal jelajah', 'cruise missile', 'cruise missiles'],
  ['anti-ship missile', 'rudal antikapal', 'rudal anti-kapal', 'anti-ship missile', 'anti-ship missiles'],
  ['anti-tank missile', 'rudal antitank', 'rudal anti-tank', 'anti-tank missile', 'anti-tank missiles'],
  ['air defence system', 'sistem pertahanan udara', 'pertahanan udara', 'air defense system', 'air defence system', 'air defense systems', 'air defence systems'],
  ['surface-to-air missile', 'rudal darat ke udara', 'rudal permukaan ke udara', 'surface-to-air missile', 'surface-to-air missiles'],
  ['missile launcher', 'peluncur rudal', 'missile launcher', 'missile launchers'],
  ['launcher', 'peluncur', 'peluncurnya', 'launcher', 'launchers'],
  ['missile', 'rudal', 'peluru kendali', 'misil', 'missile', 'missiles'],
  ['rocket', 'roket', 'rocket', 'rockets'],
  ['multiple rocket launcher', 'peluncur roket ganda', 'multiple rocket launcher', 'multiple rocket launchers', 'MLRS'],
  ['artillery shell', 'peluru artileri', 'amunisi artileri', 'artillery shell', 'artillery shells', 'artillery ammunition', 'artillery rounds'],
  ['artillery', 'artileri', 'artillery', 'meriam', 'howitzer', 'howitzers'],
  ['ammunition', 'amunisi', 'ammunition', 'munitions', 'munisi', 'peluru'],
  ['shell', 'shells', 'mortir', 'mortar', 'mortars'],
  ['drone', 'drone', 'drones', 'pesawat nirawak', 'pesawat tanpa awak', 'wahana nirawak', 'UAV', 'unmanned aerial vehicle', 'kamikaze drone', 'drone kamikaze'],
  ['tank', 'tank', 'tanks', 'tank tempur', 'main battle tank', 'main battle tanks'],
  ['armoured vehicle', 'kendaraan lapis baja', 'armored vehicle', 'armoured vehicle', 'armored vehicles', 'armoured vehicles'],
  ['fighter jet', 'jet tempur', 'pesawat tempur', 'fighter jet', 'fighter jets', 'warplane', 'warplanes'],
  ['bomber', 'pesawat pengebom', 'pengebom', 'bomber', 'bombers'],
  ['helicopter', 'helikopter serang', 'attack helicopter', 'attack helicopters', 'helikopter tempur', 'combat helicopter', 'combat helicopters', 'gunship', 'gunships', 'helikopter militer', 'military helicopter', 'military helicopters'],
  ['warship', 'kapal perang', 'warship', 'warships'],
  ['submarine', 'kapal selam', 'submarine', 'submarines'],
  ['aircraft carrier', 'kapal induk', 'aircraft carrier', 'aircraft carriers'],
  ['spy satellite', 'satelit mata-mata', 'satelit pengintai', 'satelit militer', 'spy satellite', 'spy satellites', 'reconnaissance satellite', 'military satellite'],
  ['nuclear weapon', 'senjata nuklir', 'nuclear weapon', 'nuclear weapons', 'hulu ledak nuklir', 'nuclear warhead', 'nuclear warheads', 'bom nuklir', 'nuclear bomb'],
  ['chemical weapon', 'senjata kimia', 'chemical weapon', 'chemical weapons'],
  ['rifle', 'senapan', 'senapan serbu', 'rifle', 'rifles', 'assault rifle', 'assault rifles'],
  ['small arms', 'senjata ringan', 'small arms'],
  ['grenade', 'granat', 'grenade', 'grenades'],
  ['landmine', 'ranjau', 'ranjau darat', 'landmine', 'landmines'],
  ['bomb', 'bom', 'bomb', 'bombs'],
  ['torpedo', 'torpedo', 'torpedoes'],
];

/** Named systems without digits in the name, by canonical name. */
/**
 * Craft that serve armies and civilians alike: a weapon only where the
 * sentence speaks of war ("destroying nine helicopters"), never in a rescue
 * ("a rescue helicopter evacuated …"). By canonical class, then the forms.
 */
export const MILITARY_CONTEXT_CLASSES: Array<[canonical: string, ...forms: string[]]> = [
  ['helicopter', 'helikopter', 'helicopter', 'helicopters'],
  ['transport aircraft', 'pesawat angkut', 'pesawat angkut militer', 'transport aircraft', 'transport plane', 'transport planes', 'military transport aircraft'],
];

/**
 * Words that put a sentence at war, by which a MILITARY_CONTEXT_CLASSES
 * form is a weapon: armed forces, attacks, destruction, combat.
 */
export const MILITARY_CUES = new Set([
  'military', 'militer', 'army', 'armed', 'forces', 'troops', 'soldiers', 'war', 'warfare', 'strike', 'strikes', 'struck', 'airstrike',
  'airstrikes', 'attack', 'attacks', 'attacked', 'attacking', 'destroy', 'destroys', 'destroyed', 'destroying', 'shot', 'downed',
  'shoot', 'combat', 'battle', 'offensive', 'enemy', 'bombing', 'bombed', 'militants', 'insurgents', 'invasion', 'airfield', 'airbase',
  'tentara', 'pasukan', 'prajurit', 'perang', 'serangan', 'menyerang', 'diserang', 'serang', 'menghancurkan', 'dihancurkan',
  'hancur', 'menembak', 'ditembak', 'menembakkan', 'tempur', 'musuh', 'invasi', 'menggempur', 'gempur', 'militan', 'bombardir',
  'tni', 'idf', 'angkatan', 'pertempuran', 'operasi', 'menjatuhkan', 'dijatuhkan', 'rudal', 'missile', 'missiles',
]);

/** Words right before a craft that make it civilian whatever the sentence says: "rescue helicopter", "helikopter SAR". */
export const CIVILIAN_CRAFT_WORDS = new Set([
  'rescue', 'medical', 'ambulance', 'news', 'police', 'tourist', 'private', 'charter', 'firefighting', 'sar', 'basarnas', 'evakuasi',
  'medis', 'polisi', 'wisata', 'sewa', 'penyelamat', 'pemadam', 'evacuation', 'civilian', 'sipil', 'komersial', 'commercial',
]);

export const NAMED_WEAPONS: Array<[canonical: string, ...forms: string[]]> = [
  ['Iskander', 'Iskander', 'Iskander-M'],
  ['Kinzhal', 'Kinzhal'],
  ['Kalibr', 'Kalibr'],
  ['Zircon', 'Zircon', 'Tsirkon'],
  ['Sarmat', 'Sarmat'],
  ['Avangard', 'Avangard'],
  ['Lancet', 'Lancet'],
  ['HIMARS', 'HIMARS'],
  ['ATACMS', 'ATACMS'],
  ['Patriot', 'Patriot'],
  ['Javelin', 'Javelin'],
  ['NLAW', 'NLAW'],
  ['Stinger', 'Stinger'],
  ['Storm Shadow', 'Storm Shadow'],
  ['SCALP', 'SCALP'],
  ['Taurus', 'Taurus'],
  ['Tomahawk', 'Tomahawk'],
  ['Harpoon', 'Harpoon'],
  ['Bayraktar TB2', 'Bayraktar', 'Bayraktar TB2'],
  ['Shahed', 'Shahed'],
  ['Leopard', 'Leopard'],
  ['Abrams', 'Abrams'],
  ['Challenger', 'Challenger'],
  ['Bradley', 'Bradley'],
  ['Iron Dome', 'Iron Dome'],
  ['THAAD', 'THAAD'],
  ['Aegis', 'Aegis'],
  ['Hwasong', 'Hwasong'],
  ['Pukguksong', 'Pukguksong'],
  ['Haegeum', 'Haegeum'],
  ['Malliyong', 'Malliyong'],
  ['Oreshnik', 'Oreshnik'],
  ['Grad', 'Grad'],
  ['Smerch', 'Smerch'],
  ['Caesar', 'Caesar'],
  ['Gripen', 'Gripen'],
  ['Rafale', 'Rafale'],
  ['Eurofighter Typhoon', 'Eurofighter', 'Eurofighter Typhoon'],
  ['Sukhoi', 'Sukhoi'],
  ['MiG', 'MiG'],
];

/**
 * Head nouns after which a capitalised name is a weapon system
 * ("rudal Hwasong", "drone Shahed", "tank Leopard").
 */
export const WEAPON_HEADS = new Set([
  'rudal', 'misil', 'roket', 'drone', 'tank', 'jet', 'pesawat', 'kapal', 'sistem', 'peluncur', 'senapan',
  'missile', 'missiles', 'rocket', 'rockets', 'drones', 'tanks', 'jets', 'system', 'systems', 'launcher',
]);

/**
 * English class nouns before which a capitalised name is the system:
 * "Gripen fighter jets", "Leopard tanks", "Apache helicopters". Keyed by
 * lower-cased words joined with a space; one or two words.
 */
export const WEAPON_CLASS_AFTER_EN = new Set([
  'fighter jets', 'fighter jet', 'fighters', 'jets', 'warplanes', 'tanks', 'tank', 'battle tanks',
  'missiles', 'missile', 'drones', 'drone', 'howitzers', 'howitzer', 'helicopters', 'helicopter', 'attack helicopters',
  'submarines', 'submarine', 'warships', 'frigates', 'frigate', 'corvettes', 'destroyers', 'launchers', 'rockets',
  'interceptors', 'air defence systems', 'air defense systems', 'air defence system', 'air defense system',
  'rifles', 'armoured vehicles', 'armored vehicles', 'bombers',
]);

/**
 * Lower-case qualifiers that may stand between a system's name and its class
 * noun: "Tomahawk cruise missiles", "Kinzhal hypersonic missiles", "Shahed
 * kamikaze drones". One or two of them, then a class of WEAPON_CLASS_AFTER_EN.
 */
export const WEAPON_QUALIFIERS_EN = new Set([
  'cruise', 'ballistic', 'hypersonic', 'supersonic', 'subsonic', 'guided', 'anti-ship', 'anti-tank', 'anti-aircraft',
  'anti-radiation', 'anti-missile', 'land-attack', 'long-range', 'short-range', 'medium-range', 'intermediate-range',
  'surface-to-air', 'air-to-air', 'air-to-surface', 'air-launched', 'ship-launched', 'sea-launched', 'ground-launched',
  'kamikaze', 'attack', 'combat', 'stealth', 'unmanned', 'suicide', 'loitering', 'strike', 'tactical', 'strategic',
  'nuclear', 'nuclear-capable', 'precision', 'main', 'self-propelled', 'armoured', 'armored', 'multirole', 'multi-role',
  'interceptor', 'naval', 'heavy', 'light', 'advanced', 'modern', 'new', 'older', 'upgraded',
]);


/**
 * Heads that name a transport service, vessel or aircraft by the name after
 * them ("Kereta Api Argo Bromo", "KA Turangga", "KM Sinar Bangun", "KRI
 * Nanggala", "pesawat Garuda …"). The name is the vehicle's, never a
 * person's. Acronyms match letter for letter; words in any case.
 * `generic`: a common noun, after which a known body, country or weapon
 * stays what it is ("pesawat Garuda Indonesia", "kapal Rusia").
 * `warship`: the navy's own prefix, whose vessels are weapons.
 */
export const VEHICLE_HEADS: Array<{ form: string; generic?: boolean; warship?: boolean }> = [
  { form: 'kereta api' }, { form: 'kereta cepat' }, { form: 'commuter line' }, { form: 'commuterline' },
  { form: 'KA' }, { form: 'KRL' }, { form: 'LRT' }, { form: 'MRT' }, { form: 'KM' }, { form: 'KMP' },
  { form: 'KRI', warship: true }, { form: 'HMS', warship: true }, { form: 'USS', warship: true }, { form: 'BRP', warship: true },
  { form: 'INS', warship: true }, { form: 'HMAS', warship: true }, { form: 'HMCS', warship: true }, { form: 'HMNZS', warship: true },
  { form: 'RFS', warship: true }, { form: 'ROKS', warship: true }, { form: 'USNS', warship: true }, { form: 'HNLMS', warship: true },
  { form: 'TCG', warship: true },
  { form: 'kereta', generic: true }, { form: 'pesawat', generic: true }, { form: 'kapal', generic: true }, { form: 'bus', generic: true },
  { form: 'kapal motor', generic: true }, { form: 'kapal feri', generic: true }, { form: 'feri', generic: true },
];

