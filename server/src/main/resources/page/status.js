// What the page shows, said outside the map: the legend beside it, and the page's state as
// read-only attributes of the body and a Performance API mark, for scripts that wait on them.

import { api } from './api.js';
import { el, fill } from './dom.js';
import * as graph from './graph.js';

/** Calls back once the map's next frame is on the screen. */
export function whenDrawn(then) {
  requestAnimationFrame(() => requestAnimationFrame(then));
}

/**
 * The page's state as read-only attributes of the body, for scripts that wait on it (the browser
 * tests, the benchmark): which map, its version, how many nodes and links are drawn.
 */
export function showStatus(state) {
  const b = document.body.dataset;
  if (state.map) {
    b.map = state.id;
    b.version = api.etag.replaceAll('"', '');
    b.nodes = state.cy.nodes('.box').length;
    b.links = state.cy.edges().length;
  } else {
    for (const k of ['map', 'version', 'nodes', 'links']) delete b[k];
  }
}

/** The legend: each kind on the map, each group's colour, and what a keystone looks like. */
export function fillLegend(map) {
  const kinds = [...new Set(map.nodes.map((n) => n.kind || 'node'))];
  const groups = map.groups || [];
  fill('legend',
    el('strong', {}, 'Legend'),
    kinds.map((k) => el('span', { class: 'entry' },
      el('span', { class: `swatch k-${k}`, style: `background-color:${graph.KIND_COLOURS[k]}` }), k)),
    groups.map((g) => el('span', { class: 'entry' },
      el('span', { class: 'dot', style: `background:${graph.groupColour(groups, g.name)}` }),
      `group ${g.name}`)),
    el('span', { class: 'entry' }, el('span', { class: 'swatch keystone' }),
      'keystone: at most 3, each holding a tenth of the value'));
}
