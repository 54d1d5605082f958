import { describe, expect, it } from 'vitest';
import { fixtureGraph } from '../../graph/fixture.js';
import { createView } from '../controllers/view.js';
import { happenings } from './chronology.js';

describe('chronology', () => {
  it('lists meetings and events only, oldest first, undated last', () => {
    const graph = fixtureGraph();
    graph.mergeNodeAttributes('meeting:kim-putin-vostochny-2023', { date: '2023-09' });
    graph.addNode('meeting:undated-talks', { ...graph.getNodeAttributes('meeting:kim-putin-vostochny-2023'), label: 'Talks', date: undefined });
    expect(happenings(createView(graph, new Map()))).toEqual([
      'event:uji-coba-rudal',
      'meeting:kim-putin-vostochny-2023',
      'meeting:undated-talks',
    ]);
  });
});
