// International news agencies and outlets, and the English words that cite one as a source
// ("Reuters reported", "told AFP", "according to the BBC"). Outlets are media, not actors.

/** [canonical, ...surface forms]. */
export const OUTLETS_EN: Array<[canonical: string, ...forms: string[]]> = [
  ['Korean Central News Agency', 'KCNA', 'Korean Central News Agency'],
  ['Yonhap', 'Yonhap'],
  ['TASS', 'TASS', 'Tass'],
  ['RIA Novosti', 'RIA Novosti', 'RIA'],
  ['Interfax', 'Interfax'],
  ['Xinhua', 'Xinhua'],
  ['Reuters', 'Reuters'],
  ['Associated Press', 'Associated Press', 'AP'],
  ['Agence France-Presse', 'AFP', 'Agence France-Presse'],
  ['Bloomberg', 'Bloomberg'],
  ['BBC', 'BBC'],
  ['CNN', 'CNN'],
  ['Al Jazeera', 'Al Jazeera', 'Aljazeera'],
  ['The New York Times', 'New York Times', 'The New York Times', 'NYT'],
  ['The Washington Post', 'Washington Post', 'The Washington Post'],
  ['The Wall Street Journal', 'Wall Street Journal', 'WSJ'],
  ['Financial Times', 'Financial Times'],
  ['The Guardian', 'The Guardian'],
  ['Voice of America', 'VOA', 'Voice of America'],
  ['Sputnik', 'Sputnik'],
  ['Korea JoongAng Daily', 'Korea JoongAng Daily', 'Korea Joongang Daily', 'JoongAng Daily'],
  ['Asia One', 'Asia One', 'AsiaOne'],
  ['Rodong Sinmun', 'Rodong Sinmun'],
];

/** Words that cite a source right before it ("as reported by Politico") and right after it ("Politico reported"). */
export const CITING_BEFORE_EN = /\b(reported by|quoted by|cited by)\s*$/i;
export const CITING_AFTER_EN = /^\s*(reported|reports)\b/i;
