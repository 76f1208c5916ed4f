// The side panel for the selected node: its facts as the map holds them, its routes, its credit
// under each attribution model, and what would be lost without it, each from the analysis routes.

import { api, enc } from './api.js';
import { el, fill, money, percent } from './dom.js';

const MODELS = ['first', 'last', 'linear', 'position', 'time-decay', 'shapley', 'markov'];
const OPPORTUNITIES = ['client', 'prospect', 'lost'];

/** Answers asked once per map version: the credit of every node under every model. */
const kept = new Map();

async function credits(state) {
  const key = `${state.id}@${api.etag}`;
  if (!kept.has(key)) {
    kept.clear();
    kept.set(key, api.get(`/api/maps/${enc(state.id)}/attribute?model=all&by=node`));
  }
  return kept.get(key);
}

export async function showSelected(state, id) {
  const panel = document.getElementById('selected');
  if (!id) {
    fill(panel, el('h2', {}, 'Selected'),
      el('p', { class: 'hint' }, 'Click a node on the map, or search for it, to see its facts,',
        ' routes, credit and what would be lost without it.'));
    return;
  }
  const node = state.map.nodes.find((n) => n.id === id);
  if (!node) return;
  const currency = state.map.currency;
  const opportunity = OPPORTUNITIES.includes(node.kind);
  fill(panel,
    el('h2', {}, node.label || node.id, el('span', { class: `tag k-${node.kind || 'node'}` }, node.kind || 'node')),
    facts(node, state.map),
    el('h3', {}, opportunity ? 'Routes to it' : 'What it led to'),
    el('div', { id: 'routes' }, el('p', { class: 'hint' }, 'Counting…')),
    el('h3', {}, opportunity ? 'How its value is credited' : 'Credit under each model'),
    el('div', { id: 'credit' }, el('p', { class: 'hint' }, 'Counting…')),
    el('h3', {}, 'What if it were gone'),
    el('div', { id: 'gone' }, el('p', { class: 'hint' }, 'Counting…')));
  const base = `/api/maps/${enc(state.id)}`;
  const stillShown = () => state.selected === id;

  if (opportunity) {
    api.get(`${base}/paths?for=${enc(id)}&limit=20`).then((p) => stillShown() && fill('routes',
      el('p', {}, `${p.count} route${p.count === 1 ? '' : 's'}${p.listed < p.count ? `, the ${p.listed} shortest shown` : ''}:`),
      el('ol', { class: 'routes' }, p.routes.map((r) => el('li', {}, r.nodes.map((n) => label(state, n)).join(' → '))))))
      .catch((e) => fill('routes', el('p', { class: 'error' }, e.message)));
  } else {
    const reached = state.cy.getElementById(id).successors('node.box')
      .filter((n) => OPPORTUNITIES.includes(n.data('kind')));
    fill('routes', reached.length === 0
      ? el('p', {}, 'No opportunity yet.')
      : el('ul', { class: 'chips' }, reached.map((n) => el('li', {}, n.data('label')))));
  }

  if (opportunity) {
    api.get(`${base}/attribute?model=all&by=node&for=${enc(id)}`)
      .then((a) => stillShown() && split(a, currency))
      .catch((e) => fill('credit', el('p', { class: 'error' }, e.message)));
  } else {
    credits(state).then((a) => stillShown() && own(a, id, currency))
      .catch((e) => fill('credit', el('p', { class: 'error' }, e.message)));
  }

  api.get(`${base}/whatif?without=${enc(id)}`).then((w) => stillShown() && fill('gone',
    el('p', {}, w.lost.length === 0
      ? 'No opportunity would be lost.'
      : `${w.lost.length} opportunit${w.lost.length === 1 ? 'y' : 'ies'} would be lost (${money(w.valueAtRisk, currency)} at risk, ${percent(w.valueAtRisk / (w.totalValue || 1))} of the value): ${w.lost.map((n) => label(state, n)).join(', ')}.`),
    w.weakened.length === 0 ? null
      : el('p', {}, `${w.weakened.length} weakened (${money(w.valueWeakened, currency)}): ${w.weakened.map((n) => label(state, n)).join(', ')}.`)))
    .catch((e) => fill('gone', el('p', { class: 'error' }, e.message)));
}

/** A node's credit under every model, across all the opportunities. */
function own(a, id, currency) {
  const row = a.credits.find((c) => c.id === id);
  if (!row) {
    fill('credit', el('p', {}, 'No credit: no route to an opportunity passes through it.'));
    return;
  }
  fill('credit', el('table', { class: 'numbers' },
    el('thead', {}, el('tr', {}, ['model', 'credit', 'share'].map((h) => el('th', { scope: 'col' }, h)))),
    el('tbody', {}, MODELS.map((m) => el('tr', {},
      el('th', { scope: 'row' }, m),
      el('td', {}, row.credit[m] === null ? '—' : money(row.credit[m], currency)),
      el('td', {}, row.credit[m] === null || !a.total ? '—' : percent(row.credit[m] / a.total)))))),
  el('p', { class: 'hint' }, 'Shapley counts only the origins (— for the others).'));
}

/** How an opportunity's value is split among the nodes on its routes, under the chosen model. */
function split(a, currency) {
  const model = el('select', { 'aria-label': 'Attribution model' }, MODELS.map((m) => el('option', { value: m }, m)));
  model.value = 'linear';
  const table = el('table', { class: 'numbers' });
  const draw = () => {
    const m = model.value;
    const rows = a.credits.filter((c) => c.credit[m]).sort((x, y) => y.credit[m] - x.credit[m]);
    fill(table,
      el('thead', {}, el('tr', {}, ['node', m, 'share'].map((h) => el('th', { scope: 'col' }, h)))),
      el('tbody', {}, rows.map((c) => el('tr', { 'data-node': c.id },
        el('th', { scope: 'row' }, c.label),
        el('td', {}, money(c.credit[m], currency)),
        el('td', {}, percent(c.credit[m] / (a.total || 1)))))));
  };
  model.onchange = draw;
  draw();
  fill('credit', el('label', { class: 'field' }, 'Model ', model), table,
    el('p', { class: 'hint' }, `Of its ${money(a.total, currency)} (${a.weightBasis}).`));
}

function label(state, id) {
  const n = state.map.nodes.find((x) => x.id === id);
  return n ? n.label || n.id : id;
}

function facts(node, map) {
  const rows = [];
  const add = (k, v) => v !== undefined && v !== null && v !== '' && rows.push(el('div', {}, el('dt', {}, k), el('dd', {}, v)));
  const amount = (m) => (m ? money(m.amount, m.currency || map.currency) : '');
  add('id', node.id);
  add('date', node.date);
  add('until', node.until);
  add('value', amount(node.value));
  add('probability', node.probability !== undefined ? percent(node.probability) : '');
  add('stage', node.stage);
  add('next step', node.next ? `${node.next.step || ''} ${node.next.date || ''}`.trim() : '');
  add('cost', node.cost ? `${amount(node.cost)}${node.costEvery ? ` a ${node.costEvery}` : ''}` : '');
  add('hours', node.hours !== undefined ? `${node.hours}${node.hoursEvery ? ` a ${node.hoursEvery}` : ''}` : '');
  add('note', node.note);
  add('groups', (map.groups || []).filter((g) => g.members.includes(node.id)).map((g) => g.name).join(', '));
  for (const [k, v] of Object.entries(node.attributes || {})) add(k, v);
  for (const d of node.deals || []) add('further deal', `${d.outcome} ${d.date || ''} ${amount(d.value)} ${d.stage || ''}`.trim());
  return el('dl', { class: 'facts' }, rows);
}
