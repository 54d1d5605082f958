/** Heads of buildings' names: "White House", "Oval Office", "Convention Center". A building is a place. ("Kremlin" is left out: it mostly stands for the Russian presidency, "Kremlin spokesman".) */
export const BUILDING_HEADS_EN = new Set([
  'house', 'palace', 'office', 'building', 'tower', 'center', 'centre', 'hall', 'stadium', 'airport', 'hotel',
  'cathedral', 'mosque', 'church', 'pentagon',
]);
