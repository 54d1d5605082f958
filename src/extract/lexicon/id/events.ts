/** Heads of named events' names: "Perang Dunia II", "Piala Dunia", "Olimpiade Paris", "Revolusi Prancis". */
export const EVENT_HEADS_ID = new Set(['perang', 'piala', 'olimpiade', 'festival', 'revolusi', 'tragedi', 'kejuaraan']);
