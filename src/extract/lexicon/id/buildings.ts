/** Heads of buildings' names: "Gedung Putih", "Istana Merdeka", "Menara BCA". A building is a place. */
export const BUILDING_HEADS_ID = new Set(['gedung', 'istana', 'menara', 'masjid', 'gereja', 'hotel', 'stadion', 'bandara', 'wisma', 'balai']);
