// The map as text: the .netmap the server writes for the map, editable. As it is typed the text is
// checked (POST /api/check, nothing stored) and each problem is marked at its line; "Apply" replaces
// the map with the text (PUT, If-Match), so the picture and the text stay one map.

import { api, enc } from './api.js';
import { el, fill } from './dom.js';

export class Editor {
  constructor(state, change) {
    this.state = state;
    this.change = change;
    this.loaded = '';
    this.timer = 0;
    this.asked = 0;
  }

  build() {
    if (this.area) return;
    this.area = el('textarea', {
      id: 'netmap', class: 'code', spellcheck: 'false', wrap: 'off',
      'aria-label': 'The map file', 'aria-describedby': 'text-problems',
    });
    this.gutter = el('div', { class: 'gutter', 'aria-hidden': 'true' });
    this.problems = el('ul', { id: 'text-problems', class: 'text-problems', 'aria-live': 'polite' });
    this.apply = el('button', { type: 'button', disabled: true }, 'Apply to the map');
    this.revert = el('button', { type: 'button', disabled: true }, 'Discard my text');
    fill('editor',
      el('p', { class: 'hint' }, 'The map file, in step with the picture. Problems are marked at their line as you type; Apply makes the text the map.'),
      el('div', { class: 'code-wrap' }, this.gutter, this.area),
      this.problems,
      el('div', { class: 'actions' }, this.apply, this.revert));
    this.area.addEventListener('input', () => this.typed());
    this.area.addEventListener('scroll', () => { this.gutter.scrollTop = this.area.scrollTop; });
    this.apply.onclick = () => this.save();
    this.revert.onclick = () => this.show(this.loaded);
  }

  /** Reads the map's text again, unless the person has changes of their own not yet applied. */
  async load() {
    this.build();
    const text = await api.text(`/api/maps/${enc(this.state.id)}?format=netmap`);
    if (this.dirty()) {
      this.loaded = text;
      fill(this.problems, el('li', { class: 'warning' },
        'The map has changed since you began typing: Apply makes your text the map, Discard shows the map as it now is.'));
      return;
    }
    this.loaded = text;
    this.show(text);
  }

  dirty() {
    return this.area.value !== this.loaded && this.area.dataset.edited === 'yes';
  }

  show(text) {
    this.area.value = text;
    this.area.dataset.edited = 'no';
    this.mark([]);
    fill(this.problems);
    this.apply.disabled = true;
    this.revert.disabled = true;
  }

  typed() {
    this.area.dataset.edited = 'yes';
    this.apply.disabled = false;
    this.revert.disabled = false;
    this.numberLines([]);
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.check(), 300);
  }

  async check() {
    const asked = ++this.asked;
    const answer = await api.post('/api/check', { text: this.area.value });
    if (asked !== this.asked) return; // a later check is under way
    this.mark(answer.problems);
  }

  mark(problems) {
    this.numberLines(problems);
    fill(this.problems, problems.map((p) => el('li', { class: p.severity },
      el('button', { type: 'button', onclick: () => this.goTo(p.line, p.column) },
        `line ${p.line}, column ${p.column}`),
      ` ${p.severity}: ${p.message}${p.hint ? ` — ${p.hint}` : ''}`)));
  }

  numberLines(problems) {
    const at = new Map();
    for (const p of problems || []) {
      if (!at.has(p.line) || p.severity === 'error') at.set(p.line, p);
    }
    const count = this.area.value.split('\n').length;
    const lines = [];
    for (let i = 1; i <= count; i++) {
      const p = at.get(i);
      lines.push(el('div', { class: p ? `line ${p.severity}` : 'line', title: p ? p.message : null, 'data-line': i },
        p ? (p.severity === 'error' ? '✖ ' : '▲ ') : '', String(i)));
    }
    fill(this.gutter, lines);
    this.gutter.scrollTop = this.area.scrollTop;
  }

  goTo(line, column) {
    const lines = this.area.value.split('\n');
    let offset = 0;
    for (let i = 0; i < line - 1 && i < lines.length; i++) offset += lines[i].length + 1;
    offset += Math.max(0, (column || 1) - 1);
    this.area.focus();
    this.area.setSelectionRange(offset, offset);
  }

  async save() {
    try {
      await this.change(() => api.write('PUT', `/api/maps/${enc(this.state.id)}`, { text: this.area.value }),
        'The map is now your text.');
    } catch (e) {
      this.mark(e.problem?.problems || []);
      return;
    }
    this.area.dataset.edited = 'no';
    await this.load();
  }
}
