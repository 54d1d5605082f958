// Countries: every English and Indonesian name i18n-iso-countries knows,
// plus the short forms, old names and demonyms the news uses. The canonical
// name is the short English name, so 'Korut', 'DPRK' and 'North Korea' meet.
import en from 'i18n-iso-countries/langs/en.json';
import id from 'i18n-iso-countries/langs/id.json';
import type { Lang } from '../../graph/types.js';
import generatedDemonyms from './demonyms.json';

type Names = Record<string, string | string[]>;

/** Short English names where the package's shortest name is not the usual one. */
const CANONICAL_OVERRIDES: Record<string, string> = {
  GB: 'United Kingdom',
  SY: 'Syria',
  LA: 'Laos',
  VA: 'Vatican City',
  MD: 'Moldova',
  FM: 'Micronesia',
  BN: 'Brunei',
  CD: 'DR Congo',
  CG: 'Republic of the Congo',
  VN: 'Vietnam',
  CZ: 'Czech Republic',
  TR: 'Turkey',
  CI: 'Ivory Coast',
  VG: 'British Virgin Islands',
  VI: 'US Virgin Islands',
  FK: 'Falkland Islands',
  CC: 'Cocos Islands',
  BQ: 'Caribbean Netherlands',
  MF: 'Saint Martin',
  SX: 'Sint Maarten',
};

/** Names the package lacks, by ISO code; `lang` limits a form to one language's text. */
const EXTRA: Array<[code: string, forms: string[], lang?: Lang]> = [
  ['US', ['Amerika', 'Paman Sam', 'Negeri Paman Sam'], 'id'],
  ['US', ['AS', 'A.S.'], 'id'],
  ['US', ['America', 'the States']],
  ['GB', ['Inggris', 'Kerajaan Inggris', 'Kerajaan Bersatu'], 'id'],
  ['GB', ['Britain', 'England', 'U.K.', 'Britania']],
  ['KP', ['Korut', 'Korea Utara', 'Republik Demokratik Rakyat Korea', 'RDRK'], 'id'],
  ['KP', ['DPRK', "Democratic People's Republic of Korea", 'N. Korea']],
  ['KR', ['Korsel', 'Korea Selatan', 'Republik Korea'], 'id'],
  ['KR', ['ROK', 'S. Korea']],
  ['CN', ['Tiongkok', 'RRT', 'RRC', 'Cina', 'Republik Rakyat Tiongkok', 'Republik Rakyat China', 'Republik Rakyat Cina'], 'id'],
  ['CN', ['PRC', 'Mainland China']],
  ['RU', ['Federasi Rusia', 'Rusia'], 'id'],
  ['RU', ['Russian Federation']],
  ['TW', ['Republic of China']],
  ['JP', ['Jepang', 'Nippon']],
  ['NL', ['Belanda', 'Holland']],
  ['DE', ['Jerman']],
  ['FR', ['Prancis', 'Perancis']],
  ['PH', ['Filipina']],
  ['SG', ['Singapura']],
  ['MY', ['Malaysia', 'Negeri Jiran']],
  ['ID', ['RI', 'NKRI', 'Republik Indonesia', 'Tanah Air'], 'id'],
  ['ID', ['Republic of Indonesia']],
  ['SA', ['Arab Saudi', 'Saudi', 'Kerajaan Arab Saudi']],
  ['AE', ['UEA', 'Uni Emirat Arab', 'Emirat Arab'], 'id'],
  ['AE', ['U.A.E.', 'Emirates']],
  ['IR', ['Republik Islam Iran', 'Persia']],
  ['SY', ['Suriah', 'Syria', 'Siria']],
  ['PS', ['Palestina', 'Palestine']],
  ['IL', ['Israel']],
  ['UA', ['Ukraina', 'Ukraine']],
  ['BY', ['Belarus', 'Belarusia']],
  ['CZ', ['Ceko', 'Czechia']],
  ['TR', ['Turki', 'Turkiye', 'Türkiye']],
  ['EG', ['Mesir']],
  ['IN', ['India']],
  ['VN', ['Vietnam', 'Viet Nam']],
  ['LA', ['Laos']],
  ['MM', ['Myanmar', 'Burma']],
  ['KH', ['Kamboja']],
  ['TL', ['Timor Leste', 'Timor-Leste', 'Timor Timur']],
  ['NZ', ['Selandia Baru']],
  ['AU', ['Australia', 'Negeri Kanguru']],
  ['VA', ['Vatikan', 'Takhta Suci', 'Holy See', 'the Vatican']],
  ['CD', ['RD Kongo', 'DRC', 'DR Congo']],
  ['BN', ['Brunei', 'Brunei Darussalam']],
  ['MK', ['Makedonia', 'Macedonia']],
  ['SZ', ['Swaziland']],
  // The standard Indonesian spellings (KBBI) where the package has an English-like one.
  ['LU', ['Luksemburg']],
  ['KG', ['Kirgizstan', 'Kirgistan']],
  ['KZ', ['Kazakstan']],
  ['SE', ['Swedia']],
  ['BA', ['Bosnia', 'Bosnia-Herzegovina', 'Bosnia Herzegovina']],
  ['SK', ['Slowakia']],
  ['MA', ['Maroko']],
  ['DZ', ['Aljazair']],
  ['LY', ['Libia']],
  ['ET', ['Etiopia']],
  ['LB', ['Libanon']],
  ['AF', ['Afganistan']],
  ['CL', ['Chili']],
  ['LT', ['Lituania']],
];

/** Countries that no longer exist but still carry news (and history) weight. */
const FORMER: Array<[canonical: string, forms: string[]]> = [
  ['Soviet Union', ['Uni Soviet', 'Soviet Union', 'USSR', 'Soviet', 'Uni Sovyet']],
  ['Yugoslavia', ['Yugoslavia']],
];

/** Adjective and people forms, for "Russian Foreign Minister" and "pejabat AS". */
const DEMONYMS: Array<[code: string, forms: string[]]> = [
  ['US', ['American', 'Americans', 'U.S.', 'US']],
  ['GB', ['British', 'Briton', 'Britons', 'English']],
  ['KP', ['North Korean', 'North Koreans']],
  ['KR', ['South Korean', 'South Koreans']],
  ['RU', ['Russian', 'Russians']],
  ['CN', ['Chinese']],
  ['JP', ['Japanese']],
  ['UA', ['Ukrainian', 'Ukrainians']],
  ['FR', ['French']],
  ['DE', ['German', 'Germans']],
  ['IT', ['Italian', 'Italians']],
  ['ES', ['Spanish']],
  ['IR', ['Iranian', 'Iranians']],
  ['IQ', ['Iraqi', 'Iraqis']],
  ['IL', ['Israeli', 'Israelis']],
  ['PS', ['Palestinian', 'Palestinians']],
  ['SY', ['Syrian', 'Syrians']],
  ['SA', ['Saudi', 'Saudis']],
  ['TR', ['Turkish']],
  ['IN', ['Indian', 'Indians']],
  ['PK', ['Pakistani', 'Pakistanis']],
  ['AF', ['Afghan', 'Afghans']],
  ['ID', ['Indonesian', 'Indonesians']],
  ['MY', ['Malaysian', 'Malaysians']],
  ['SG', ['Singaporean', 'Singaporeans']],
  ['PH', ['Filipino', 'Philippine']],
  ['VN', ['Vietnamese']],
  ['TH', ['Thai']],
  ['AU', ['Australian', 'Australians']],
  ['CA', ['Canadian', 'Canadians']],
  ['BR', ['Brazilian', 'Brazilians']],
  ['MX', ['Mexican', 'Mexicans']],
  ['EG', ['Egyptian', 'Egyptians']],
  ['BY', ['Belarusian']],
  ['PL', ['Polish']],
  ['NL', ['Dutch']],
  ['TW', ['Taiwanese']],
  ['LB', ['Lebanese']],
  ['YE', ['Yemeni']],
  ['VE', ['Venezuelan']],
  ['CU', ['Cuban']],
  ['SE', ['Swedish']],
  ['FI', ['Finnish']],
  ['NO', ['Norwegian']],
  ['GR', ['Greek']],
  ['QA', ['Qatari']],
];

function names(table: Names, code: string): string[] {
  const v = table[code];
  return v === undefined ? [] : Array.isArray(v) ? v : [v];
}

/** The short English name for an ISO code: the override, else the shortest plain English name. */
function canonicalFor(code: string): string {
  const override = CANONICAL_OVERRIDES[code];
  if (override) return override;
  const plain = names(en.countries as Names, code).filter((n) => !/[,()]/.test(n) && !/^[A-Z.]+$/.test(n));
  return plain.sort((a, b) => a.length - b.length)[0] ?? names(en.countries as Names, code)[0] ?? code;
}

export interface CountryForm {
  form: string;
  canonical: string;
  code?: string;
  lang?: Lang;
}

function buildForms(): CountryForm[] {
  const forms: CountryForm[] = [];
  const codes = Object.keys(en.countries);
  for (const code of codes) {
    const canonical = canonicalFor(code);
    forms.push({ form: canonical, canonical, code });
    for (const form of names(en.countries as Names, code)) forms.push({ form, canonical, code, lang: 'en' });
    for (const form of names(id.countries as Names, code)) forms.push({ form, canonical, code, lang: 'id' });
  }
  for (const [code, list, lang] of EXTRA) {
    for (const form of list) forms.push({ form, canonical: canonicalFor(code), code, ...(lang ? { lang } : {}) });
  }
  for (const [canonical, list] of FORMER) for (const form of list) forms.push({ form, canonical });
  // Names with commas or parentheses are catalogue entries, never prose; "AS" in
  // English text is a preposition, and the package's 'AS' (American Samoa)
  // code collides with the Indonesian short form for the United States.
  return forms.filter((f) => !/[,()]/.test(f.form) && !(f.code === 'AS' && f.form.length <= 3));
}

/** Every country surface form (names, short forms, former states), built once. */
export const COUNTRY_FORMS: readonly CountryForm[] = buildForms();

/**
 * Demonyms and adjectives, which name a country's people but are not country mentions: the
 * list above (plurals and short forms the news uses), then every country's English demonyms
 * (demonyms.json, generated by scripts/gen-demonyms.ts) that it does not already give.
 */
export const DEMONYM_FORMS: readonly CountryForm[] = (() => {
  const given = new Set(DEMONYMS.flatMap(([, list]) => list));
  const rows = [...DEMONYMS, ...(generatedDemonyms as [string, string[]][]).map(([code, list]): [string, string[]] => [code, list.filter((f) => !given.has(f))])];
  return rows.flatMap(([code, list]) => list.map((form) => ({ form, canonical: canonicalFor(code), code })));
})();

/** The canonical English country name for an ISO 3166 alpha-2 code. */
export function countryName(code: string): string {
  return canonicalFor(code);
}
