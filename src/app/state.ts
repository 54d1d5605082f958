// What the reducers read. Interactions replace these values and refresh the renderer
// without reindexing, so hovering never touches the graph itself.
export interface ViewState {
  hovered: string | null;
  /** The hovered node and its neighbours, computed once per hover so each reducer call is a lookup. */
  focus: Set<string>;
  selected: string | null;
}

export const createViewState = (): ViewState => ({ hovered: null, focus: new Set(), selected: null });
