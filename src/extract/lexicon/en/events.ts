/** Heads of named events' names: "World War II", "Bastille Day", "the Olympic Games", "World Cup". */
export const EVENT_HEADS_EN = new Set(['war', 'day', 'olympics', 'games', 'cup', 'festival', 'championship', 'championships', 'revolution', 'massacre', 'crisis']);
