// Who met whom on the corpus: the meetings timeline (lanes, marks by date, filters, following
// the selection), meeting marks on the time bar, and a chronology list that scrolls.
import { expect, test } from '@playwright/test';
import { corpusGraph, openCorpus } from './corpus.js';

// Each test opens the 1,400-node corpus, and a correction remounts it: slow on a loaded machine.
test.describe.configure({ timeout: 240_000 });

const graph = corpusGraph();
const byKey = new Map(graph.nodes.map((n) => [n.key, n]));
const attendees = new Map<string, string[]>();
for (const e of graph.edges) {
  if (e.attributes.type === 'attends' && byKey.get(e.source)!.attributes.type === 'person') attendees.set(e.target, [...(attendees.get(e.target) ?? []), e.source]);
}
const dated = [...attendees.keys()].filter((m) => byKey.get(m)!.attributes.start);
const meetingsOf = (person: string) => dated.filter((m) => attendees.get(m)!.includes(person));
const busiest = [...new Set([...attendees.values()].flat())].sort((a, b) => meetingsOf(b).length - meetingsOf(a).length || (a < b ? -1 : 1))[0]!;

for (const viewport of [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
]) {
  test(`the meetings timeline at ${viewport.width}×${viewport.height}: a lane per person, filters, following the selection`, async ({ page }, testInfo) => {
    await page.setViewportSize(viewport);
    await openCorpus(page);
    await page.locator('#toggle-meetings').click();
    const panel = page.getByTestId('meetings');
    await expect(panel).toBeVisible();
    await expect(page.locator('#meetings-summary')).toHaveText(new RegExp(`^${dated.length} meetings, `));
    // Every person-attended meeting is a mark on each attendee's lane (lanes past the first 80 are not drawn).
    const lanes = await panel.locator('.lane').count();
    expect(lanes).toBeGreaterThan(20);
    const person = byKey.get(busiest)!;
    await expect(panel.locator(`.lane[data-node="${busiest}"] .mark`)).toHaveCount(meetingsOf(busiest).length);
    await page.screenshot({ path: testInfo.outputPath(`meetings-${viewport.name}.png`) });

    // The axis spans the busy part of the dates: the corpus recalls a few old meetings, which sit
    // faded at the axis's edge, while the busiest lane's meetings spread over the track.
    const earliestYear = Math.min(...dated.map((m) => Number(String(byKey.get(m)!.attributes.start).slice(0, 4))));
    const firstTick = (await panel.locator('.meetings-axis span').first().textContent()) ?? '';
    expect(Number(firstTick.slice(0, 4))).toBeGreaterThan(earliestYear);
    await expect(panel.locator('.mark.outside').first()).toBeAttached();
    const lefts = await panel
      .locator(`.lane[data-node="${busiest}"] .mark:not(.outside)`)
      .evaluateAll((marks) => marks.map((mark) => parseFloat((mark as HTMLElement).style.left)));
    expect(Math.max(...lefts) - Math.min(...lefts)).toBeGreaterThan(30);

    // Filter by person: only meetings with someone of that name.
    await page.locator('#meetings-person').fill(person.attributes.label);
    await expect(page.locator('#meetings-summary')).toHaveText(new RegExp(`^${meetingsOf(busiest).length} meeting`));
    await page.locator('#meetings-person').fill('');
    // Filter by place: a place no meeting was held in empties the timeline.
    await page.locator('#meetings-place').fill('zzzz');
    await expect(panel.locator('.empty')).toHaveText('No dated meeting matches.');
    await page.locator('#meetings-place').fill('');

    // Following the selection: a person's own meetings, their lane first.
    await page.evaluate((key) => window.__newsgraph!.view.select(key), busiest);
    await expect(page.locator('#meetings-summary')).toContainText(`${meetingsOf(busiest).length} meeting`);
    await expect(panel.locator('.lane').first()).toHaveAttribute('data-node', busiest);
    // Clicking a mark selects the meeting.
    const mark = panel.locator(`.lane[data-node="${busiest}"] .mark`).first();
    const meeting = await mark.getAttribute('data-node');
    await mark.click();
    await expect.poll(() => page.evaluate(() => window.__newsgraph!.view.state.selected)).toBe(meeting);
  });
}

test('meeting days are marked on the time bar, and the chronology list scrolls', async ({ page }) => {
  await openCorpus(page);
  const days = new Set(graph.nodes.filter((n) => n.attributes.type === 'meeting' && n.attributes.start).map((n) => n.attributes.start));
  const marks = await page.locator('.timebar-meeting').count();
  expect(marks).toBeGreaterThan(0);
  expect(marks).toBeLessThanOrEqual(days.size);
  const list = page.locator('#chronology .chronology-list');
  const box = await list.evaluate((el) => ({ client: el.clientHeight, scroll: el.scrollHeight }));
  expect(box.client).toBeGreaterThan(200);
  expect(box.scroll).toBeGreaterThan(box.client);
  await list.evaluate((el) => (el.scrollTop = 2000));
  expect(await list.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
});
