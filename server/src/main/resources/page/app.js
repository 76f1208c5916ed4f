// The page: one map at a time, read from the server; every edit goes to the server, and the map,
// its text, the headline and the charts are then read again for the version the edit made.

import { api, enc, Refused } from './api.js';
import { el, fill, say } from './dom.js';
import * as graph from './graph.js';
import { showSelected } from './panel.js';
import { Forms } from './forms.js';
import { Editor } from './editor.js';
import { showHeadline, showCharts } from './charts.js';
import { askToSignIn, showWho } from './session.js';
import { patch, LAY_OUT_EACH_EDIT_UP_TO } from './patch.js';
import { showStatus, whenDrawn, fillLegend } from './status.js';
import { Imports } from './imports.js';

// drawFrom: a link's start while dragging on the map; pickFrom: while choosing its two ends one
// after the other (a tap on a phone, or the keyboard and the list of nodes).
const state = {
  id: '', map: null, cy: null, selected: '', drawing: false, drawFrom: '', pickFrom: '',
  laidOut: '',
};
const forms = new Forms(state, change);
const editor = new Editor(state, change);
const imports = new Imports(state, change);

async function start() {
  try {
    await api.session();
  } catch (e) {
    if (e instanceof Refused && e.status === 401) return askToSignIn(listMaps);
    return say(e.message, 'error');
  }
  showWho();
  await listMaps();
}

/** Back to the form, with nothing of the last person's maps left on the page. */
function signedOut() {
  if (state.cy) state.cy.destroy();
  Object.assign(state, { id: '', map: null, cy: null, selected: '', laidOut: '' });
  fill('maps');
  delete document.body.dataset.map;
  delete document.body.dataset.version;
  showStatus(state);
  askToSignIn(listMaps);
  say('Signed out.', 'done');
}

async function listMaps(choose) {
  const { maps } = await api.get('/api/maps');
  const select = document.getElementById('maps');
  fill(select, maps.length === 0 ? el('option', { value: '' }, '(no map yet: upload one)') : null,
    maps.map((m) => el('option', { value: m.id }, `${m.name} (${m.role}, version ${m.version})`)));
  const id = choose || (maps.some((m) => m.id === state.id) ? state.id : maps[0]?.id);
  document.getElementById('workspace').hidden = !id;
  if (!id) return say('Upload a map file (.netmap or .json) to begin, or start a new map.');
  select.value = id;
  if (id === state.id) await refresh();
  else await open(id);
}

async function open(id) {
  state.id = id;
  state.selected = '';
  state.laidOut = '';
  await refresh();
}

/**
 * Reads the map as it now is and shows it. The map is laid out again by the server unless it is
 * large and was laid out before (the same map, one edit ago): then only what changed is redrawn.
 */
async function refresh(layOut = false) {
  const id = state.id;
  performance.mark('networth:read');
  const before = state.map;
  // Asked for at once with the rest, unless this is an edit of a large map drawn before.
  const inPlace = !layOut && state.cy && before && state.laidOut === id
    && before.nodes.length > LAY_OUT_EACH_EDIT_UP_TO;
  const [map, critical, summary, layout] = await Promise.all([
    api.map(id),
    api.get(`/api/maps/${enc(id)}/critical`).catch(() => ({ keystones: [] })),
    api.get(`/api/maps/${enc(id)}/summary`),
    inPlace ? null : api.get(`/api/maps/${enc(id)}/layout`),
  ]);
  const stones = keystones(critical, summary.totalValue);
  state.map = map;
  if (inPlace) {
    const c = patch(state.cy, before, map, stones);
    state.provisional = state.provisional || c.added + c.changed + c.linked > 0;
  } else {
    drawMap(layout, stones);
    state.laidOut = id;
    state.provisional = false;
  }
  fillLegend(state.map);
  document.getElementById('lay-out').hidden = !state.provisional;
  whenDrawn(() => performance.mark('networth:drawn'));
  showStatus(state);
  showHeadline(summary, map);
  fillFilters(map);
  forms.show(map);
  editor.load();
  imports.reset();
  imports.load().catch((e) => say(e.message, 'error'));
  showCharts(state, summary);
  showHistory();
  if (state.selected && state.cy.getElementById(state.selected).nonempty()) {
    select(state.selected, false, false);
  } else {
    state.selected = '';
    showSelected(state, '');
  }
  document.title = `${map.title || 'Untitled map'} — networth`;
}

/** The SVG's rule: at most three nodes, each alone holding a tenth of the value. */
function keystones(critical, total) {
  const held = (critical.keystones || []).filter((k) => k.value >= total / 10).slice(0, 3);
  return new Set(held.map((k) => k.id));
}

function drawMap(layout, stones) {
  const container = document.getElementById('cy');
  const view = state.cy ? { zoom: state.cy.zoom(), pan: state.cy.pan() } : null;
  if (state.cy) state.cy.destroy();
  state.cy = graph.draw(container, graph.elements(layout, state.map.groups || [], stones));
  if (view && state.keepView) {
    state.cy.viewport(view);
  }
  state.keepView = false;
  state.cy.on('tap', (ev) => {
    if (ev.target === state.cy) {
      state.selected = '';
      graph.clear(state.cy);
      showSelected(state, '');
    }
  });
  state.cy.on('tap', 'node.box', (ev) => select(ev.target.id(), false));
  state.cy.on('tapstart', 'node.box', (ev) => {
    if (!state.drawing) return;
    state.drawFrom = ev.target.id();
    ev.target.addClass('source');
    state.cy.userPanningEnabled(false);
    say(`Drawing a link from ${ev.target.data('label')}: let go on the node it led to.`);
  });
  state.cy.on('tapend', (ev) => {
    if (!state.drawing || !state.drawFrom) return;
    const from = state.drawFrom;
    state.drawFrom = '';
    state.cy.userPanningEnabled(true);
    const to = ev.target !== state.cy && ev.target.isNode?.() ? ev.target.id() : '';
    if (to && to !== from) {
      state.cy.nodes().removeClass('source');
      state.pickFrom = '';
      linkDrawn(from, to);
    }
    // Let go where it began: a tap, which chooses the link's start (see select).
  });
}

function linkDrawn(from, to) {
  forms.linkFrom(from, to);
  say(`A link from ${from} to ${to}: say what kind, when, and save it.`);
}

/**
 * Selects a node; chosen from a list (not on the map), the map also brings it into view. While
 * drawing a link, the first node chosen is where it starts and the second where it ends.
 */
function select(id, bringIntoView = true, choosing = true) {
  const node = state.cy.getElementById(id);
  if (node.empty()) return;
  if (state.drawing && choosing) {
    if (!state.pickFrom) {
      state.pickFrom = id;
      node.addClass('source');
      say(`Drawing a link from ${node.data('label')}: now choose the node it led to.`);
      return;
    }
    if (state.pickFrom !== id) {
      const from = state.pickFrom;
      state.pickFrom = '';
      state.cy.nodes().removeClass('source');
      linkDrawn(from, id);
      return;
    }
  }
  state.selected = id;
  state.cy.$(':selected').unselect();
  node.select();
  const lit = graph.light(state.cy, node);
  if (bringIntoView) graph.focus(state.cy, node, lit.boxes);
  say(lit.opportunity
    ? `The routes to ${node.data('label')}: ${lit.count} nodes lead to it.`
    : `What ${node.data('label')} led to: ${lit.count} nodes.`);
  showSelected(state, id);
  forms.edit(id);
}

function fillFilters(map) {
  const kind = document.getElementById('filter-kind');
  const group = document.getElementById('filter-group');
  const kinds = [...new Set(map.nodes.map((n) => n.kind || 'node'))];
  const keepKind = kind.value;
  const keepGroup = group.value;
  fill(kind, el('option', { value: '' }, 'all'), kinds.map((k) => el('option', { value: k }, k)));
  fill(group, el('option', { value: '' }, 'all'),
    (map.groups || []).map((g) => el('option', { value: g.name }, g.name)));
  kind.value = kinds.includes(keepKind) ? keepKind : '';
  group.value = (map.groups || []).some((g) => g.name === keepGroup) ? keepGroup : '';
  // On a map of thousands of nodes these lists are most of an edit's work in the browser: the
  // names are listed again only when they changed, the buttons only while the list is open.
  const names = map.nodes.map((n) => n.label || n.id);
  const listed = names.join('\n');
  if (listed !== state.names) {
    state.names = listed;
    fill('node-names', names.map((n) => el('option', { value: n })));
  }
  fillNodeList();
  applyFilters();
}

function fillNodeList() {
  if (!document.querySelector('.node-list').open) return fill('node-list');
  const key = `${state.id}@${api.etag}`;
  if (state.nodeList === key) return undefined;
  state.nodeList = key;
  return fill('node-list', state.map.nodes.map((n) => el('li', {},
    el('button', { type: 'button', 'data-id': n.id, onclick: () => select(n.id) }, `${n.label || n.id} (${n.kind || 'node'})`))));
}

function applyFilters() {
  const kind = document.getElementById('filter-kind').value;
  const group = document.getElementById('filter-group').value;
  const shown = graph.filter(state.cy, (n) =>
    (!kind || n.data('kind') === kind) && (!group || n.data('groups').includes(group)));
  const all = state.cy.nodes('.box').length;
  const which = [kind && `kind ${kind}`, group && `group ${group}`].filter((w) => w).join(', ');
  fill('shown', which ? `Showing ${shown} of ${all} nodes (${which}).` : '');
}

function search() {
  const q = document.getElementById('search').value.trim().toLowerCase();
  const found = document.getElementById('found');
  if (!q || !state.map) return fill(found);
  const hits = state.map.nodes
    .filter((n) => `${n.id} ${n.label || ''}`.toLowerCase().includes(q))
    .slice(0, 12);
  fill(found, hits.map((n) => el('li', {},
    el('button', { type: 'button', onclick: () => { select(n.id); fill(found); } },
      `${n.label || n.id} (${n.kind || 'node'})`))));
  const exact = hits.find((n) => (n.label || n.id).toLowerCase() === q || n.id.toLowerCase() === q);
  if (exact) select(exact.id);
}

async function showHistory() {
  const { versions } = await api.get(`/api/maps/${enc(state.id)}/history`);
  const current = versions[versions.length - 1].version;
  fill('history', versions.slice().reverse().map((v) => el('li', { value: v.version },
    el('span', {}, `${v.version}. ${v.change}`),
    el('small', {}, ` ${v.by}, ${new Date(v.made).toLocaleString()}`),
    v.version === current ? el('em', {}, ' (now)')
      : el('button', { type: 'button', 'aria-label': `Restore version ${v.version}`,
        onclick: () => restore(v.version) }, 'Restore'))));
}

async function restore(version) {
  await change(() => api.write('POST', `/api/maps/${enc(state.id)}/restore`, { json: { version } }),
    `Restored version ${version} (as a new version).`);
}

/**
 * Makes a change and shows the map as it then is; a 412 says someone else changed the map and
 * offers to reload; a 422 is handed back to the form that asked.
 */
async function change(write, done) {
  try {
    await write();
  } catch (e) {
    if (e instanceof Refused && e.status === 412) {
      document.getElementById('stale-text').textContent =
        'Someone else changed this map since you read it, so your change was not made.';
      document.getElementById('stale').hidden = false;
      document.getElementById('reload').focus();
      return false;
    }
    if (e instanceof Refused && e.status === 422) throw e;
    say(e.message, 'error');
    return false;
  }
  state.keepView = true;
  await listMaps(state.id);
  say(typeof done === 'function' ? done() : done, 'done');
  return true;
}

async function upload(file) {
  const text = await file.text();
  const json = file.name.endsWith('.json');
  try {
    const made = await api.post('/api/maps', json ? { json: JSON.parse(text) } : { text });
    await listMaps(made.id);
    say(`Uploaded ${file.name}.`, 'done');
  } catch (e) {
    const problems = e.problem?.problems || [];
    say(`${file.name} was not stored: ${problems.map((p) => `line ${p.line}: ${p.message}`).join('; ') || e.message}`, 'error');
  }
}

function wire() {
  document.getElementById('maps').onchange = (e) => open(e.target.value);
  document.getElementById('upload').onchange = (e) => e.target.files[0] && upload(e.target.files[0]);
  document.getElementById('new-map').onclick = async () => {
    const made = await api.post('/api/maps', { text: 'title "Untitled"\n' });
    await listMaps(made.id);
  };
  document.getElementById('undo').onclick = () =>
    change(() => api.write('POST', `/api/maps/${enc(state.id)}/undo`), 'Took back the latest change.');
  document.getElementById('reload').onclick = async () => {
    document.getElementById('stale').hidden = true;
    await refresh();
    say('Reloaded: this is the map as it now is.', 'done');
  };
  const download = document.getElementById('download');
  const format = document.getElementById('format');
  const link = () => { download.href = `/api/maps/${enc(state.id)}?format=${format.value}`; };
  format.onchange = link;
  download.onfocus = link;
  download.onmouseenter = link;
  download.onclick = link;
  document.getElementById('fit').onclick = () => state.cy.fit(state.cy.nodes(':visible'), 20);
  document.getElementById('fit-read').onclick = () => graph.show(state.cy);
  document.getElementById('zoom-in').onclick = () => zoom(1.25);
  document.getElementById('zoom-out').onclick = () => zoom(0.8);
  const draw = document.getElementById('draw-link');
  draw.onclick = () => {
    state.drawing = !state.drawing;
    state.pickFrom = '';
    state.cy?.nodes().removeClass('source');
    draw.setAttribute('aria-pressed', String(state.drawing));
    say(state.drawing
      ? 'Drag from one node to the node it led to, or choose the two one after the other.'
      : 'Drawing links is off.');
  };
  document.getElementById('sign-out').onclick = async () => {
    await api.signOut();
    signedOut();
  };
  document.getElementById('lay-out').onclick = async () => {
    say('Laying the whole map out again…');
    await refresh(true);
    say('Laid out again: every node where the SVG puts it.', 'done');
  };
  document.querySelector('.node-list').addEventListener('toggle', () => {
    state.nodeList = '';
    fillNodeList();
  });
  document.getElementById('filter-kind').onchange = applyFilters;
  document.getElementById('filter-group').onchange = applyFilters;
  document.getElementById('search').oninput = search;
  document.addEventListener('keydown', (e) => {
    const typing = ['INPUT', 'TEXTAREA', 'SELECT'].includes(e.target.tagName);
    if ((e.ctrlKey || e.metaKey) && e.key === 'z' && !typing) {
      e.preventDefault();
      document.getElementById('undo').click();
    } else if (e.key === '/' && !typing) {
      e.preventDefault();
      document.getElementById('search').focus();
    }
  });
}

function zoom(by) {
  const cy = state.cy;
  cy.zoom({ level: cy.zoom() * by, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
}

wire();
start();
