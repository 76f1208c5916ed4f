// The headline, what would be lost without each group, and the credit charts: the same sentences
// and numbers as `networth summary`, `whatif --without group:NAME` and `attribute --by group`,
// read again after each edit.

import { api, enc } from './api.js';
import { el, fill, money, percent } from './dom.js';
import { OKABE_ITO } from './graph.js';

const MODELS = ['first', 'last', 'linear', 'position', 'time-decay', 'shapley', 'markov'];

export function showHeadline(summary, map) {
  const count = summary.opportunities.length;
  fill('headline',
    el('h2', { id: 'map-title' }, map.title || 'Untitled map'),
    el('p', { class: 'total' },
      `${count} opportunit${count === 1 ? 'y' : 'ies'} worth ${money(summary.totalValue, summary.currency)}`),
    el('ul', { class: 'sentences' },
      summary.lead.map((s) => el('li', { class: 'lead' }, s)),
      summary.groups.map((g) => el('li', {}, g.headline))));
}

export async function showCharts(state, summary) {
  const base = `/api/maps/${enc(state.id)}`;
  const groups = state.map.groups || [];
  const [attribution, ...whatifs] = await Promise.all([
    api.get(`${base}/attribute?by=group`),
    ...groups.map((g) => api.get(`${base}/whatif?without=${enc(`group:${g.name}`)}`)),
  ]);
  fill('charts',
    el('section', { class: 'card' },
      el('h2', {}, 'What if a group were gone'),
      groups.length === 0
        ? el('p', { class: 'hint' }, 'The map has no groups yet: add one (social = LinkedIn, Twitter…) to see what each would take with it.')
        : el('table', { id: 'whatif', class: 'numbers' },
          el('thead', {}, el('tr', {},
            ['group', 'lost', 'value at risk', 'share', 'weakened'].map((h) => el('th', { scope: 'col' }, h)))),
          el('tbody', {}, groups.map((g, i) => {
            const w = whatifs[i];
            return el('tr', { 'data-group': g.name },
              el('th', { scope: 'row' }, g.name),
              el('td', {}, `${w.lost.length} of ${summary.opportunities.length}`),
              el('td', {}, money(w.valueAtRisk, summary.currency)),
              el('td', {}, percent(w.totalValue ? w.valueAtRisk / w.totalValue : 0)),
              el('td', {}, String(w.weakened.length)));
          })))),
    el('section', { class: 'card' },
      el('h2', {}, 'Credit by group under each model'),
      groups.length === 0
        ? el('p', { class: 'hint' }, 'The map has no groups yet: once it has one, each group\'s credit under every model shows here.')
        : bars(attribution, summary.currency)));
}

/** Horizontal bars, one row per group, one bar per model; the numbers written beside each. */
function bars(attribution, currency) {
  const max = Math.max(1, ...attribution.credits.flatMap((c) => MODELS.map((m) => c.credit[m] || 0)));
  return el('div', { class: 'bars', role: 'table', 'aria-label': 'Credit by group and model' },
    el('div', { class: 'key', 'aria-hidden': 'true' }, MODELS.map((m, i) =>
      el('span', { class: 'entry' }, el('span', { class: 'dot', style: `background:${OKABE_ITO[i]}` }), m))),
    attribution.credits.map((c) => el('div', { class: 'bar-row', role: 'row', 'data-row': c.id },
      el('div', { class: 'bar-name', role: 'rowheader' }, c.label),
      el('div', { class: 'bar-set', role: 'cell' }, MODELS.map((m, i) => {
        const v = c.credit[m];
        return el('div', { class: 'bar-line' },
          el('span', { class: 'bar', 'data-series': m, style: `width:${((v || 0) / max) * 70}%;background:${OKABE_ITO[i]}` }),
          el('span', { class: 'bar-value' }, `${m} ${v === null ? '—' : money(v, currency)}`));
      })))));
}
