// A change to a large map, drawn without laying the whole map out again. The server's layered
// layout of a 10,000-node map takes minutes (BENCHMARKS.md, "The page on a 10,000-node map"),
// so after an edit the page keeps every box where it was and changes only what the edit changed:
// new nodes are placed beside a node they are linked to, links kept are left with their bends,
// new ones drawn straight. "Lay out again" asks for the whole layout when the person wants it.

import * as graph from './graph.js';

/** Above this many nodes an edit is drawn in place; at or below it the map is laid out again. */
export const LAY_OUT_EACH_EDIT_UP_TO = 1500;

/** What a node looks like on the map, to tell whether an edit changed it. */
function look(n, groups) {
  return JSON.stringify([n.kind, n.label, n.value, n.probability, n.date, n.stage, groups]);
}

function groupsOf(map) {
  const of = new Map();
  for (const g of map.groups || []) {
    for (const m of g.members) {
      if (!of.has(m)) of.set(m, []);
      of.get(m).push(g.name);
    }
  }
  return of;
}

/** A link as drawn: the same link kept through an edit keeps its edge and its bends. */
function linkKey(l) {
  return JSON.stringify([l.from, l.to, l.kind || '', l.date || '', l.note || '']);
}

/**
 * Changes the drawn map {@code cy} from {@code before} to {@code after} (both JSON maps) in one
 * batch; answers how many nodes it added, changed and removed, and how many links it drew anew.
 */
export function patch(cy, before, after, stones) {
  const groupsBefore = groupsOf(before);
  const groupsAfter = groupsOf(after);
  const old = new Map(before.nodes.map((n) => [n.id, n]));
  const now = new Map(after.nodes.map((n) => [n.id, n]));
  const counts = { added: 0, changed: 0, removed: 0, linked: 0 };
  cy.batch(() => {
    for (const id of old.keys()) {
      if (!now.has(id)) {
        remove(cy, id);
        counts.removed += 1;
      }
    }
    const edges = relink(cy, before, after);
    for (const n of after.nodes) {
      const groups = groupsAfter.get(n.id) || [];
      const was = old.get(n.id);
      if (was && look(was, groupsBefore.get(n.id) || []) === look(n, groups)) continue;
      const at = was ? cy.getElementById(n.id).position() : place(cy, n.id, after);
      if (was) remove(cy, n.id, false);
      cy.add(box(n, groups, after, at));
      counts[was ? 'changed' : 'added'] += 1;
    }
    cy.add(edges);
    counts.linked = edges.length;
    cy.nodes('.box').forEach((b) => { b.toggleClass('keystone', stones.has(b.id())); });
  });
  return counts;
}

/** Removes a box and what belongs to it; its links too when the node itself is gone. */
function remove(cy, id, links = true) {
  const node = cy.getElementById(id);
  cy.remove(cy.nodes('.text, .marker').filter((c) => c.data('owner') === id));
  if (!links) {
    // The box is drawn anew in place: its links are kept and reattached to the new box.
    const kept = node.connectedEdges().jsons();
    cy.remove(node);
    pending.push(...kept);
    return;
  }
  cy.remove(node);
}

const pending = [];

/**
 * Keeps the edges of links that are still there (renumbered as the map now numbers them),
 * removes the others with their notes, and answers the new links' edges to add.
 */
function relink(cy, before, after) {
  const byKey = new Map();
  cy.edges().forEach((e) => {
    const l = before.links[e.data('link') - 1];
    if (!l) return;
    const key = linkKey(l);
    if (!byKey.has(key)) byKey.set(key, []);
    byKey.get(key).push(e);
  });
  const notes = new Map(cy.nodes('.note').map((n) => [n.data('link'), n]));
  const add = [];
  const renumbered = [];
  after.links.forEach((l, i) => {
    const kept = byKey.get(linkKey(l))?.shift();
    if (kept) {
      renumbered.push([kept, notes.get(kept.data('link')), i + 1]);
    } else {
      add.push(edge(l, i + 1));
    }
  });
  for (const left of byKey.values()) {
    for (const e of left) {
      notes.get(e.data('link'))?.remove();
      e.remove();
    }
  }
  for (const [e, note, n] of renumbered) {
    e.data('link', n);
    note?.data('link', n);
  }
  return add;
}

let made = 0;

function edge(l, n) {
  made += 1;
  return {
    group: 'edges',
    data: {
      id: `added link ${made}`, link: n, source: l.from, target: l.to, kind: l.kind,
      curve: 'straight', distances: [], weights: [],
    },
  };
}

/** Where a new node goes: right of a node that leads to it, else left of one it leads to. */
function place(cy, id, map) {
  const from = map.links.find((l) => l.to === id && cy.getElementById(l.from).nonempty());
  if (from) return shifted(cy.getElementById(from.from).position(), 200);
  const to = map.links.find((l) => l.from === id && cy.getElementById(l.to).nonempty());
  if (to) return shifted(cy.getElementById(to.to).position(), -200);
  const all = cy.nodes('.box').boundingBox();
  const x = Number.isFinite(all.x1) ? all.x1 + 60 : 60;
  const y = Number.isFinite(all.y2) ? all.y2 + 60 : 60;
  return { x: x + 160 * (made++ % 6), y };
}

function shifted(p, dx) {
  made += 1;
  return { x: p.x + dx, y: p.y + 30 * ((made % 5) - 2) };
}

/** A box as the layout answer would give it, its text wrapped as the SVG wraps it (roughly). */
function box(n, groups, map, at) {
  const opportunity = ['client', 'prospect', 'lost'].includes(n.kind);
  const label = n.label || n.id;
  const lines = opportunity ? [amount(n, map)] : wrap(label, 22);
  const w = Math.max(...lines.map((s) => s.length)) * 7 + 24;
  const h = lines.length * 16 + 14;
  const laid = {
    id: n.id, label, kind: n.kind || 'node', groups, lines,
    beside: opportunity ? [label] : [],
    shapeX: at.x - w / 2, shapeY: at.y - h / 2, shapeWidth: w, shapeHeight: h,
  };
  const els = graph.elements({ nodes: [laid], links: [] }, map.groups || [], new Set());
  els.push(...pending.splice(0));
  return els;
}

function amount(n, map) {
  if (!n.value) return n.kind;
  return new Intl.NumberFormat('en-GB', {
    style: 'currency', currency: n.value.currency || map.currency || 'GBP', maximumFractionDigits: 0,
  }).format(n.value.amount);
}

function wrap(text, width) {
  const lines = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && (line + word).length >= width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  return [...lines, line];
}
