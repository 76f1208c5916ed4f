// The forms that add and change nodes, costs, links and groups. Each sends a piece of the JSON map
// (docs/json-format.md) to its edit route; what the checker refuses comes back as problems, each
// shown beside the field it names (or above the form when it names none).

import { api, enc, Refused } from './api.js';
import { el, fill } from './dom.js';

const KINDS = ['person', 'organisation', 'channel', 'event', 'media', 'content', 'job', 'project',
  'client', 'prospect', 'lost', 'node'];
const OPPORTUNITIES = ['client', 'prospect', 'lost'];
const EVERY = ['', 'week', 'month', 'quarter', 'year'];

/** A labelled field; its problems appear in the span beside it. */
function field(labelText, name, input) {
  input.name = name;
  input.id = `f-${name}-${Math.random().toString(36).slice(2, 8)}`;
  return el('div', { class: 'row', 'data-field': name },
    el('label', { for: input.id }, labelText), input,
    el('span', { class: 'problem', role: 'alert' }));
}

const text = (value = '', attrs = {}) => el('input', { type: 'text', value, ...attrs });
const number = (value = '', attrs = {}) => el('input', { type: 'number', step: 'any', value, ...attrs });
const choice = (options, value = '') => {
  const s = el('select', {}, options.map((o) => el('option', { value: o }, o || '(once)')));
  s.value = value;
  return s;
};

/** Shows the checker's problems beside their fields; true when there were any. */
function showProblems(form, e) {
  form.querySelectorAll('.problem').forEach((p) => { p.textContent = ''; });
  form.querySelectorAll('[aria-invalid]').forEach((i) => i.removeAttribute('aria-invalid'));
  if (!(e instanceof Refused)) return false;
  const problems = e.problem.problems || [{ message: e.message, field: e.problem.field }];
  for (const p of problems) {
    const row = form.querySelector(`[data-field="${CSS.escape(p.field || '')}"]`) || form.querySelector('.form-problem');
    const span = row.classList.contains('form-problem') ? row : row.querySelector('.problem');
    // Beside its field a problem need not name the node again: "nodes[3] ('Sam').date: …".
    const message = p.field ? p.message.replace(/^\w+\[\d+\](?: \('.*?'\))?\.\w+: /, '') : p.message;
    span.textContent = `${span.textContent ? `${span.textContent} ` : ''}${message}${p.hint ? ` (${p.hint})` : ''}`;
    row.querySelector('input, select')?.setAttribute('aria-invalid', 'true');
  }
  return true;
}

const value = (form, name) => form.elements[name].value.trim();

export class Forms {
  constructor(state, change) {
    this.state = state;
    this.change = change;
    this.editing = '';
  }

  /** Draws the forms for the map; the node form adds until a node is chosen. */
  show() {
    this.editing = this.state.selected;
    this.render();
  }

  edit(id) {
    this.editing = id;
    this.render();
  }

  /** A link drawn on the map: the link form, filled in and ready to be saved. */
  linkFrom(from, to) {
    document.getElementById('edit').open = true;
    const form = document.getElementById('link-form');
    form.elements.from.value = from;
    form.elements.to.value = to;
    form.elements.kind.focus();
  }

  render() {
    const node = this.state.map.nodes.find((n) => n.id === this.editing);
    fill('forms',
      this.nodeForm(node),
      node ? this.costForm(node) : null,
      this.linkForm(node),
      this.groupForm(node),
      this.settingsForm());
  }

  async send(form, write, done) {
    try {
      const ok = await this.change(write, done);
      if (ok) showProblems(form, null);
    } catch (e) {
      if (!showProblems(form, e)) throw e;
    }
  }

  nodeForm(node) {
    const n = node || {};
    const kind = choice(KINDS, n.kind || 'person');
    const form = el('form', { id: 'node-form', class: 'form', 'aria-label': node ? 'Change the node' : 'Add a node' },
      el('h3', {}, node ? `Change ${n.label || n.id}` : 'Add a person, organisation, channel…'),
      el('p', { class: 'form-problem problem', role: 'alert' }),
      field('Kind', 'kind', kind),
      field('Name', 'id', text(n.id, { required: true, readonly: !!node })),
      field('Label', 'label', text(n.label || '', { placeholder: 'as shown, when not the name' })),
      field('Date', 'date', text(n.date || '', { placeholder: '2014-03' })),
      el('fieldset', { class: 'opportunity' },
        el('legend', {}, 'Opportunity'),
        field('Value', 'value', number(n.value?.amount ?? '')),
        field('Probability %', 'probability', number(n.probability !== undefined ? Math.round(n.probability * 100) : '', { min: 0, max: 100 })),
        field('Stage', 'stage', text(n.stage || '')),
        field('Next step', 'next', text(n.next?.step || '')),
        field('Next step by', 'nextDate', text(n.next?.date || '', { placeholder: '2014-06-30' }))),
      field('Note', 'note', text(n.note || '')),
      el('div', { class: 'actions' },
        el('button', { type: 'submit' }, node ? 'Save' : 'Add'),
        node ? el('button', { type: 'button', onclick: () => this.edit('') }, 'New node') : null,
        node ? el('button', { type: 'button', class: 'danger', onclick: () => this.removeNode(node) }, 'Remove') : null));
    const opportunity = form.querySelector('fieldset.opportunity');
    const toggle = () => { opportunity.hidden = !OPPORTUNITIES.includes(kind.value); };
    kind.addEventListener('change', toggle);
    toggle();
    form.onsubmit = (ev) => {
      ev.preventDefault();
      const body = node ? { ...node } : {};
      body.id = value(form, 'id');
      body.kind = kind.value;
      for (const k of ['label', 'date', 'note', 'stage']) {
        if (value(form, k)) body[k] = value(form, k);
        else delete body[k];
      }
      delete body.value;
      delete body.probability;
      delete body.next;
      if (OPPORTUNITIES.includes(kind.value)) {
        if (value(form, 'value')) body.value = { amount: Number(value(form, 'value')) };
        if (value(form, 'probability')) body.probability = Number(value(form, 'probability')) / 100;
        if (value(form, 'next') || value(form, 'nextDate')) {
          body.next = { step: value(form, 'next') };
          if (value(form, 'nextDate')) body.next.date = value(form, 'nextDate');
        }
      } else {
        delete body.stage;
      }
      const base = `/api/maps/${enc(this.state.id)}/nodes`;
      this.send(form,
        () => (node ? api.write('PUT', `${base}/${enc(node.id)}`, { json: body }) : api.write('POST', base, { json: body })),
        node ? `Saved ${body.id}.` : `Added ${body.kind} ${body.id}.`);
    };
    return form;
  }

  removeNode(node) {
    this.state.selected = '';
    this.editing = '';
    this.change(() => api.write('DELETE', `/api/maps/${enc(this.state.id)}/nodes/${enc(node.id)}`),
      `Removed ${node.id}, with its links.`);
  }

  costForm(node) {
    const form = el('form', { class: 'form', 'aria-label': 'Its cost' },
      el('h3', {}, `What ${node.label || node.id} costs`),
      el('p', { class: 'form-problem problem', role: 'alert' }),
      field('Money', 'cost', number(node.cost?.amount ?? '', { min: 0 })),
      field('every', 'costEvery', choice(EVERY, node.costEvery || '')),
      field('Hours', 'hours', number(node.hours ?? '', { min: 0 })),
      field('every', 'hoursEvery', choice(EVERY, node.hoursEvery || '')),
      el('div', { class: 'actions' }, el('button', { type: 'submit' }, 'Save the cost'),
        node.cost || node.hours !== undefined
          ? el('button', { type: 'button', class: 'danger', onclick: () => this.send(form,
            () => api.write('DELETE', `/api/maps/${enc(this.state.id)}/nodes/${enc(node.id)}/cost`), 'Cost removed.') }, 'Remove the cost')
          : null));
    form.onsubmit = (ev) => {
      ev.preventDefault();
      const body = {};
      if (value(form, 'cost')) body.cost = { amount: Number(value(form, 'cost')) };
      if (value(form, 'hours')) body.hours = Number(value(form, 'hours'));
      if (value(form, 'costEvery') && body.cost) body.costEvery = value(form, 'costEvery');
      if (value(form, 'hoursEvery') && body.hours !== undefined) body.hoursEvery = value(form, 'hoursEvery');
      this.send(form, () => api.write('PUT', `/api/maps/${enc(this.state.id)}/nodes/${enc(node.id)}/cost`, { json: body }),
        `Saved what ${node.id} costs.`);
    };
    return form;
  }

  linkForm(node) {
    const links = (this.state.map.links || []).map((l, i) => ({ ...l, n: i + 1 }))
      .filter((l) => node && (l.from === node.id || l.to === node.id));
    const form = el('form', { id: 'link-form', class: 'form', 'aria-label': 'Add a link' },
      el('h3', {}, 'Add a link (or draw one on the map)'),
      el('p', { class: 'form-problem problem', role: 'alert' }),
      field('From', 'from', text(node?.id || '', { list: 'node-names', required: true })),
      field('To', 'to', text('', { list: 'node-names', required: true })),
      field('Kind', 'kind', text('', { placeholder: 'introduced, referred, met at…' })),
      field('Date', 'date', text('', { placeholder: '2013-05' })),
      field('Note', 'note', text('')),
      el('div', { class: 'actions' }, el('button', { type: 'submit' }, 'Add the link')));
    const names = new Map(this.state.map.nodes.map((n) => [n.label || n.id, n.id]));
    const id = (s) => names.get(s) || s;
    form.onsubmit = (ev) => {
      ev.preventDefault();
      const body = { from: id(value(form, 'from')), to: id(value(form, 'to')) };
      for (const k of ['kind', 'date', 'note']) if (value(form, k)) body[k] = value(form, k);
      this.send(form, () => api.write('POST', `/api/maps/${enc(this.state.id)}/links`, { json: body }),
        `Added the link from ${body.from} to ${body.to}.`);
    };
    if (links.length === 0) return form;
    return el('div', {}, form, el('h3', {}, 'Its links'),
      el('ul', { class: 'links' }, links.map((l) => this.linkRow(l))));
  }

  linkRow(l) {
    const form = el('form', { class: 'form inline', 'aria-label': `Link ${l.from} to ${l.to}` },
      el('span', {}, `${l.from} → ${l.to}`),
      el('p', { class: 'form-problem problem', role: 'alert' }),
      field('Kind', 'kind', text(l.kind || '')),
      field('Date', 'date', text(l.date || '')),
      field('Note', 'note', text(l.note || '')),
      el('div', { class: 'actions' }, el('button', { type: 'submit' }, 'Save'),
        el('button', { type: 'button', class: 'danger', onclick: () => this.send(form,
          () => api.write('DELETE', `/api/maps/${enc(this.state.id)}/links/${l.n}`), 'Link removed.') }, 'Remove')));
    form.onsubmit = (ev) => {
      ev.preventDefault();
      // The form does not show a link's attributes; it sends them back so that saving keeps them.
      const body = l.attributes ? { from: l.from, to: l.to, attributes: l.attributes } : { from: l.from, to: l.to };
      for (const k of ['kind', 'date', 'note']) if (value(form, k)) body[k] = value(form, k);
      this.send(form, () => api.write('PUT', `/api/maps/${enc(this.state.id)}/links/${l.n}`, { json: body }), 'Link saved.');
    };
    return el('li', {}, form);
  }

  groupForm(node) {
    const groups = this.state.map.groups || [];
    const form = el('form', { class: 'form', 'aria-label': 'Groups' },
      el('h3', {}, 'Groups'),
      el('p', { class: 'form-problem problem', role: 'alert' }),
      field('Group', 'name', text('', { list: 'group-names', placeholder: 'social' })),
      field('Members', 'members', text(node ? node.id : '', { placeholder: 'LinkedIn, Twitter' })),
      el('datalist', { id: 'group-names' }, groups.map((g) => el('option', { value: g.name }))),
      el('div', { class: 'actions' }, el('button', { type: 'submit' }, 'Save the group'),
        el('button', { type: 'button', class: 'danger', onclick: () => {
          const name = value(form, 'name');
          this.send(form, () => api.write('DELETE', `/api/maps/${enc(this.state.id)}/groups/${enc(name)}`), `Removed the group ${name}.`);
        } }, 'Remove the group')),
      el('ul', { class: 'chips' }, groups.map((g) => el('li', {},
        el('button', { type: 'button', onclick: () => {
          form.elements.name.value = g.name;
          form.elements.members.value = g.members.join(', ');
        } }, `${g.name}: ${g.members.join(', ')}`)))));
    form.onsubmit = (ev) => {
      ev.preventDefault();
      const name = value(form, 'name');
      const members = value(form, 'members').split(',').map((s) => s.trim()).filter((s) => s);
      const exists = groups.some((g) => g.name === name);
      const base = `/api/maps/${enc(this.state.id)}/groups`;
      this.send(form, () => (exists ? api.write('PUT', `${base}/${enc(name)}`, { json: { members } })
        : api.write('POST', base, { json: { name, members } })), `Saved the group ${name}.`);
    };
    return form;
  }

  settingsForm() {
    const m = this.state.map;
    const form = el('form', { class: 'form', 'aria-label': 'The map' },
      el('h3', {}, 'The map'),
      el('p', { class: 'form-problem problem', role: 'alert' }),
      field('Title', 'title', text(m.title || '')),
      field('Currency', 'currency', text(m.currency || '', { placeholder: 'GBP', maxlength: 3 })),
      field('An hour is worth', 'rate', number(m.rate?.amount ?? '', { min: 0 })),
      el('div', { class: 'actions' }, el('button', { type: 'submit' }, 'Save')));
    form.onsubmit = (ev) => {
      ev.preventDefault();
      const body = {};
      if (value(form, 'title')) body.title = value(form, 'title');
      if (value(form, 'currency')) body.currency = value(form, 'currency');
      if (value(form, 'rate')) body.rate = { amount: Number(value(form, 'rate')) };
      this.send(form, () => api.write('PUT', `/api/maps/${enc(this.state.id)}/settings`, { json: body }), 'Saved.');
    };
    return form;
  }
}
