// The interactive map: Cytoscape.js drawing the boxes and routes that the server's layered layout
// (ELK, the SVG's own) placed, in the SVG's colours and shapes (render/svg, core's KindStyle and
// the Okabe–Ito palette for groups). Nothing is laid out here, so the page and the SVG agree.

/** Fill per kind: KindStyle's colours. */
export const KIND_COLOURS = {
  person: '#8ecae6',
  organisation: '#adb5bd',
  channel: '#ffb703',
  event: '#cdb4db',
  media: '#ffafcc',
  content: '#bde0fe',
  job: '#e9c46a',
  project: '#a8dadc',
  client: '#2a9d8f',
  prospect: '#90be6d',
  lost: '#c8c8c8',
  node: '#dee2e6',
};

/** Group markers: Okabe and Ito's palette, in the map's order of groups (GroupStyle). */
export const OKABE_ITO = [
  '#0072b2', '#e69f00', '#009e73', '#d55e00', '#cc79a7', '#56b4e9', '#000000', '#f0e442',
];

export function groupColour(groups, name) {
  const i = groups.findIndex((g) => g.name === name);
  return OKABE_ITO[Math.max(0, i) % OKABE_ITO.length];
}

const STYLE = [
  {
    selector: 'node.box',
    style: {
      shape: 'round-rectangle',
      width: 'data(w)',
      height: 'data(h)',
      'background-color': 'data(fill)',
      'border-color': '#666',
      'border-width': 1.2,
      label: 'data(inside)',
      'text-wrap': 'wrap',
      'text-valign': 'center',
      'text-halign': 'center',
      'font-size': 12,
      'font-family': 'system-ui, sans-serif',
      color: '#111',
    },
  },
  {
    selector: 'node.k-organisation, node.k-event, node.k-media, node.k-content, node.k-job, node.k-project',
    style: { 'corner-radius': 4 },
  },
  { selector: 'node.k-person, node.k-node', style: { shape: 'ellipse' } },
  // The SVG's channel is a hexagon. Cytoscape's own, not a custom 'polygon': 3.33 fails to
  // bound a custom polygon that has a border.
  { selector: 'node.k-channel', style: { shape: 'hexagon' } },
  {
    selector: 'node.k-client, node.k-prospect, node.k-lost',
    style: { 'corner-radius': 'data(round)', 'font-weight': 'bold' },
  },
  { selector: 'node.k-client', style: { 'border-style': 'double', 'border-width': 4 } },
  { selector: 'node.k-prospect', style: { 'border-style': 'dashed' } },
  // The SVG crosses a lost opportunity out: a grey line through its middle, under its amount.
  {
    selector: 'node.k-lost',
    style: {
      'background-image': 'data(cross)',
      'background-width': '100%',
      'background-height': '100%',
    },
  },
  { selector: 'node.keystone', style: { 'border-color': '#111', 'border-width': 3 } },
  {
    selector: 'node.text',
    style: {
      width: 1,
      height: 1,
      'background-opacity': 0,
      'border-width': 0,
      label: 'data(text)',
      'text-wrap': 'wrap',
      'text-halign': 'right',
      'text-valign': 'center',
      'text-justification': 'left',
      'font-size': 12,
      'font-family': 'system-ui, sans-serif',
      color: '#222',
      events: 'no',
    },
  },
  { selector: 'node.note', style: { 'font-size': 10, color: '#555', 'font-style': 'italic' } },
  {
    selector: 'node.marker',
    style: {
      width: 8,
      height: 8,
      shape: 'ellipse',
      'background-color': 'data(fill)',
      'border-color': '#fff',
      'border-width': 1,
      events: 'no',
    },
  },
  {
    selector: 'edge',
    style: {
      width: 1.4,
      'line-color': '#777',
      'target-arrow-color': '#777',
      'target-arrow-shape': 'triangle',
      'curve-style': 'data(curve)',
      'segment-distances': 'data(distances)',
      'segment-weights': 'data(weights)',
      'edge-distances': 'node-position',
      'arrow-scale': 0.9,
    },
  },
  { selector: '.dim', style: { opacity: 0.12 } },
  {
    selector: 'edge.on',
    style: { 'line-color': '#d62828', 'target-arrow-color': '#d62828', width: 2.5 },
  },
  { selector: 'node.box:selected', style: { 'overlay-color': '#0072b2', 'overlay-opacity': 0.2 } },
  { selector: 'node.source', style: { 'border-color': '#d62828', 'border-width': 3 } },
  { selector: '.hidden', style: { display: 'none' } },
];

/** Cytoscape's elements for a layout answer (GET /api/maps/{id}/layout) and its map's groups. */
export function elements(layout, groups, keystones) {
  const out = [];
  for (const n of layout.nodes) {
    const w = n.shapeWidth;
    const h = n.shapeHeight;
    const cx = n.shapeX + w / 2;
    const cy = n.shapeY + h / 2;
    const classes = ['box', `k-${n.kind}`];
    if (keystones.has(n.id)) classes.push('keystone');
    out.push({
      group: 'nodes',
      data: {
        id: n.id,
        label: n.label,
        kind: n.kind,
        groups: n.groups,
        w,
        h,
        round: h / 2,
        fill: KIND_COLOURS[n.kind] || KIND_COLOURS.node,
        inside: n.lines.join('\n'),
        cross: n.kind === 'lost' ? crossedOut(w, h) : undefined,
      },
      position: { x: cx, y: cy },
      classes: classes.join(' '),
    });
    if (n.beside.length > 0) {
      out.push(text(`${n.id}\u0000beside`, n.id, n.beside.join('\n'), n.shapeX + w + 6, cy));
    }
    n.groups.forEach((g, i) => {
      out.push({
        group: 'nodes',
        data: { id: `${n.id}\u0000group\u0000${g}`, owner: n.id, fill: groupColour(groups, g) },
        position: { x: n.shapeX + w - 4 - 9 * i, y: n.shapeY + 4 },
        classes: 'marker',
      });
    });
  }
  const centre = new Map(out.filter((e) => e.classes.startsWith('box')).map((e) => [e.data.id, e.position]));
  for (const l of layout.links) {
    const s = centre.get(l.from);
    const t = centre.get(l.to);
    const bends = l.points.slice(1, -1);
    const segments = bends.map((p) => segment(s, t, p)).filter((p) => p !== null);
    out.push({
      group: 'edges',
      data: {
        id: `link ${l.link}`,
        link: l.link,
        source: l.from,
        target: l.to,
        kind: l.kind,
        curve: segments.length > 0 ? 'segments' : 'straight',
        distances: segments.map((p) => p.d),
        weights: segments.map((p) => p.w),
      },
    });
    if (l.note.length > 0 && l.noteAt) {
      const note = text(`link ${l.link}\u0000note`, null, l.note.join('\n'), l.noteAt[0], l.noteAt[1] - 4);
      note.classes += ' note';
      note.data.link = l.link;
      out.push(note);
    }
  }
  return out;
}

/** The SVG's line through a lost opportunity: 6 pixels in from each end, at half its height. */
function crossedOut(w, h) {
  const line = `<line x1="6" y1="${h / 2}" x2="${w - 6}" y2="${h / 2}" stroke="#666" stroke-width="1.2"/>`;
  return `data:image/svg+xml;utf8,${encodeURIComponent(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}">${line}</svg>`)}`;
}

function text(id, owner, value, x, y) {
  return { group: 'nodes', data: { id, owner, text: value }, position: { x, y }, classes: 'text' };
}

/** A bend of a route as Cytoscape's segments take it: along the line from s to t, and aside. */
function segment(s, t, p) {
  const dx = t.x - s.x;
  const dy = t.y - s.y;
  const length2 = dx * dx + dy * dy;
  if (length2 === 0) return null;
  const w = ((p[0] - s.x) * dx + (p[1] - s.y) * dy) / length2;
  const d = ((p[1] - s.y) * dx - (p[0] - s.x) * dy) / Math.sqrt(length2);
  return { w, d };
}

/** A Cytoscape instance over the container, its nodes fixed where the layout put them. */
export function draw(container, els) {
  // eslint-disable-next-line no-undef
  const cy = cytoscape({
    container,
    elements: els,
    style: STYLE,
    layout: { name: 'preset' },
    autoungrabify: true,
    boxSelectionEnabled: false,
    minZoom: 0.05,
    maxZoom: 4,
  });
  show(cy);
  return cy;
}

/**
 * The whole map when it can be read so; else, as the SVG does on a narrow screen, the map at a
 * size its labels can be read, from its left edge (where the routes begin), the rest a pan away.
 */
export function show(cy) {
  cy.fit(cy.nodes(':visible'), 20);
  const readable = 0.55;
  if (cy.zoom() < readable) {
    const box = cy.nodes(':visible').boundingBox();
    cy.zoom(readable);
    cy.pan({ x: 20 - box.x1 * readable, y: cy.height() / 2 - ((box.y1 + box.y2) / 2) * readable });
  }
}

/** The things that belong to a box: its text beside, its group markers, its notes. */
function companions(cy, boxes, edges) {
  const ids = new Set(boxes.map((n) => n.id()));
  const links = new Set(edges.map((e) => e.data('link')));
  return cy.nodes('.text, .marker').filter((n) => ids.has(n.data('owner')) || links.has(n.data('link')));
}

/**
 * Lights up what leads to an opportunity (every route to it), or what a node led to; dims the
 * rest. Returns how many other nodes are lit.
 */
export function light(cy, node) {
  clear(cy);
  const opportunity = ['client', 'prospect', 'lost'].includes(node.data('kind'));
  const reach = opportunity ? node.predecessors() : node.successors();
  const boxes = reach.nodes().union(node);
  const edges = reach.edges();
  const on = boxes.union(edges).union(companions(cy, boxes, edges));
  cy.elements().difference(on).addClass('dim');
  edges.addClass('on');
  return { opportunity, count: reach.nodes().length, boxes };
}

/** Brings what is lit into view: all of it when it can be read so, else the chosen node. */
export function focus(cy, node, boxes) {
  cy.fit(boxes, 40);
  if (cy.zoom() < 0.45) {
    cy.zoom(0.45);
    cy.center(node);
  }
}

export function clear(cy) {
  cy.elements().removeClass('dim on');
}

/** Shows only the boxes that pass the filter (and the links between two shown); answers how many. */
export function filter(cy, keep) {
  const shown = cy.nodes('.box').filter((n) => keep(n));
  cy.batch(() => {
    cy.nodes('.box').difference(shown).addClass('hidden');
    shown.removeClass('hidden');
    for (const c of cy.nodes('.text, .marker')) {
      const owner = c.data('owner');
      if (owner) c.toggleClass('hidden', cy.getElementById(owner).hasClass('hidden'));
    }
    const notes = new Map(cy.nodes('.note').map((n) => [n.data('link'), n]));
    for (const e of cy.edges()) {
      const hide = e.source().hasClass('hidden') || e.target().hasClass('hidden');
      e.toggleClass('hidden', hide);
      notes.get(e.data('link'))?.toggleClass('hidden', hide);
    }
  });
  return shown.length;
}
