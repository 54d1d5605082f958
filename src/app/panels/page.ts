// The page's panels around the canvas: the filters sidebar, the details column and the who-met-whom
// strip, each shown or collapsed by a header button. On a narrow screen (a phone) the panels are
// drawers over the canvas: the filters closed at first, so the canvas comes first.
import { byId } from '../dom.js';

export const PHONE = '(max-width: 700px)';

export type PanelName = 'left' | 'right' | 'meetings';

export interface Page {
  isPhone(): boolean;
  shown(panel: PanelName): boolean;
  show(panel: PanelName, shown: boolean): void;
  /** Called after a panel was shown or collapsed, so the canvas can take the room. */
  onResize(listener: () => void): void;
}

export function bindPage(): Page {
  const stage = byId('stage');
  const meetings = byId('meetings');
  const buttons: Record<PanelName, HTMLButtonElement> = {
    left: byId<HTMLButtonElement>('toggle-left'),
    right: byId<HTMLButtonElement>('toggle-right'),
    meetings: byId<HTMLButtonElement>('toggle-meetings'),
  };
  const phone = window.matchMedia(PHONE);
  const listeners: (() => void)[] = [];
  const shown = (panel: PanelName) => (panel === 'meetings' ? !meetings.hidden : stage.dataset[panel] === 'shown');
  const show = (panel: PanelName, on: boolean) => {
    // On a phone one drawer at a time: the filters and a bottom sheet together would cover the canvas.
    if (on && phone.matches) for (const other of ['left', 'right', 'meetings'] as const) if (other !== panel && shown(other)) set(other, false);
    set(panel, on);
    listeners.forEach((listener) => listener());
  };
  const set = (panel: PanelName, on: boolean) => {
    if (panel === 'meetings') meetings.hidden = !on;
    else stage.dataset[panel] = on ? 'shown' : 'hidden';
    buttons[panel].setAttribute('aria-expanded', String(on));
  };
  for (const panel of ['left', 'right', 'meetings'] as const) buttons[panel].addEventListener('click', () => show(panel, !shown(panel)));
  // A tap beside the open filters drawer closes it; it never reaches the canvas or a filter.
  byId('scrim').addEventListener('click', () => show('left', false));
  const fit = () => set('left', !phone.matches);
  phone.addEventListener('change', () => {
    fit();
    listeners.forEach((listener) => listener());
  });
  fit();
  set('right', true);
  set('meetings', false);
  return { isPhone: () => phone.matches, shown, show, onResize: (listener) => listeners.push(listener) };
}
