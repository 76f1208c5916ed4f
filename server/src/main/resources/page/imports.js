// Import: another program's files merged into the map by the server's importers (the same as
// `networth import`). The files are first sent as a dry run, whose summary says what would be
// added, merged and left out; only "Import into the map" changes the map, as one change that one
// undo takes back. A file the source cannot read is answered with its problems, each with its
// file, row and field, shown beside the form.

import { api, enc, Refused } from './api.js';
import { el, fill } from './dom.js';

/** "1 person", "3 people", "2 organisations": as the command line counts them. */
function count(n, what) {
  if (n === 1) return `1 ${what}`;
  const plural = { person: 'people', media: 'media', content: 'content', opportunity: 'opportunities',
    node: 'nodes of unknown kind' }[what] || `${what}s`;
  return `${n.toLocaleString('en-GB')} ${plural}`;
}

/** {"person": 3, "link": 2} as "3 people, 2 links". */
function counted(counts) {
  return Object.entries(counts || {}).map(([what, n]) => count(n, what)).join(', ');
}

function total(counts) {
  return Object.values(counts || {}).reduce((a, b) => a + b, 0);
}

/** Where a problem is: a sheet's row (its line), or a file's line, and the column. */
function place(p) {
  const row = /\.(csv|tsv|xlsx)$/i.test(p.file || '') ? 'row' : 'line';
  const at = [p.line > 0 && `${row} ${p.line}`, p.column > 0 && `column ${p.column}`]
    .filter((x) => x).join(', ');
  return [p.file, at].filter((x) => x).join(', ');
}

export class Imports {
  constructor(state, change) {
    this.state = state;
    this.change = change;
    this.sources = null;
    this.form = document.getElementById('import-form');
    this.form.addEventListener('submit', (e) => {
      e.preventDefault();
      this.preview();
    });
    document.getElementById('import-source').onchange = () => this.about();
    document.getElementById('import-files').onchange = () => this.clear();
    document.getElementById('import-open').onclick = () => this.open();
  }

  /** Opens the control and puts the keyboard on its first field. */
  async open() {
    const card = document.getElementById('import');
    card.open = true;
    await this.load();
    card.scrollIntoView({ block: 'nearest' });
    document.getElementById('import-source').focus();
  }

  /** The sources the server has, read once. */
  async load() {
    if (this.sources) return;
    const { importers } = await api.get('/api/importers');
    this.sources = importers;
    fill('import-source', importers.length === 0
      ? el('option', { value: '' }, '(no importer on this server)')
      : importers.map((i) => el('option', { value: i.name }, i.name)));
    this.about();
  }

  about() {
    const chosen = (this.sources || []).find((i) => i.name === this.selected());
    fill('import-about', chosen ? chosen.description : '');
    this.clear();
  }

  selected() {
    return document.getElementById('import-source').value;
  }

  /** Forgets a summary or problems shown: the files or the source have changed. */
  clear() {
    fill('import-problems');
    fill('import-summary');
    this.pending = null;
  }

  /** Another map, or another version of it: a summary shown is of what it was. */
  reset() {
    if (this.pending && this.pending.map !== this.state.id) this.clear();
  }

  body() {
    const form = new FormData();
    for (const f of document.getElementById('import-files').files) form.append('file', f, f.name);
    return form;
  }

  path(dryRun) {
    return `/api/maps/${enc(this.state.id)}/imports?source=${enc(this.selected())}`
      + (dryRun ? '&dryRun=true' : '');
  }

  async preview() {
    this.clear();
    await this.load();
    if (document.getElementById('import-files').files.length === 0) {
      return this.problems([{ message: 'Choose the file or files to import first (a zip as the program exports it, or the files in it).' }]);
    }
    let report;
    try {
      report = await api.upload(this.path(true), this.body(), true);
    } catch (e) {
      return this.refused(e);
    }
    this.pending = { map: this.state.id, report };
    return this.summary(report);
  }

  refused(e) {
    if (!(e instanceof Refused)) return this.problems([{ message: e.message }]);
    if (e.status === 412) {
      return this.problems([{ message: 'Someone else changed this map since you read it: reload it, then preview again.' }]);
    }
    return this.problems(e.problem.problems || [{ message: e.message }], e.status === 422);
  }

  /** Every problem, each with its file and place, and that the map was not changed. */
  problems(list, nothingImported = false) {
    fill('import-problems',
      el('ul', {}, list.map((p) => el('li', {},
        [place(p), p.message].filter((x) => x).join(': '),
        p.hint ? ` (${p.hint})` : ''))),
      nothingImported ? el('p', {}, 'Nothing was imported: the map is as it was.') : null);
    return undefined;
  }

  /** What the dry run found, with the button that makes it so. */
  summary(r) {
    const merged = { ...r.unchanged };
    for (const [what, n] of Object.entries(r.updated)) merged[what] = (merged[what] || 0) + n;
    const reasons = {};
    for (const s of r.skipped) reasons[s.reason] = (reasons[s.reason] || 0) + 1;
    const items = [
      el('li', { 'data-count': 'added' }, el('span', { class: 'verb' }, 'Add'), ' ',
        counted(r.added) || 'nothing new'),
      el('li', { 'data-count': 'merged' }, el('span', { class: 'verb' }, 'Merge'), ' ',
        total(merged) === 0 ? 'nothing: none of it is on the map yet'
          : `${counted(merged)} already on the map`
            + (total(r.updated) ? `, ${counted(r.updated)} of them filled in with what the files add` : '')),
      el('li', { 'data-count': 'skipped' }, el('span', { class: 'verb' }, 'Skip'), ' ',
        r.skippedRows === 0 ? 'no row'
          : `${count(r.skippedRows, 'row')}: ${Object.entries(reasons).map(([why, n]) => `${n} ${why}`).join('; ')}`),
    ];
    fill('import-summary',
      el('h3', {}, r.changesMap ? `What importing ${r.files.join(', ')} would do` : 'Nothing new'),
      el('ul', { class: 'counts' }, items),
      r.keptApart.length ? el('p', { class: 'hint' }, `Kept apart: ${r.keptApart.join(' ')}`) : null,
      this.details(r),
      r.changesMap
        ? el('div', { class: 'actions' },
          el('button', { type: 'button', id: 'import-confirm', onclick: () => this.confirm() }, 'Import into the map'),
          el('button', { type: 'button', onclick: () => this.clear() }, 'Cancel'))
        : el('p', { class: 'hint' }, 'The map already holds all of it: there is nothing to import.'));
    document.getElementById('import-confirm')?.focus();
  }

  /** Each item and what became of it, and each row left out, in a list one opens. */
  details(r) {
    const shown = 300;
    const said = { added: 'add', updated: 'merge and fill in', unchanged: 'merge' };
    const lines = [
      ...r.changes.map((c) => `${said[c.action]} ${c.what} ${c.name}${c.reason ? ` (${c.reason})` : ''} — ${c.file} row ${c.row}`),
      ...r.skipped.map((s) => `skip ${s.file} row ${s.row}: ${s.reason}`),
    ];
    if (lines.length === 0) return null;
    // A short list is open at once: it says more than the counts.
    return el('details', { open: lines.length <= 12 },
      el('summary', {}, `Each item (${lines.length.toLocaleString('en-GB')})`),
      el('ol', {}, lines.slice(0, shown).map((l) => el('li', {}, l))),
      lines.length > shown ? el('p', { class: 'hint' }, `and ${lines.length - shown} more`) : null);
  }

  async confirm() {
    const { report } = this.pending || {};
    if (!report) return;
    let done;
    let ok;
    try {
      ok = await this.change(async () => {
      try {
        done = await api.upload(this.path(false), this.body(), false);
      } catch (e) {
        if (e instanceof Refused && e.status === 422) {
          this.refused(e);
          fill('import-summary');
        }
        throw e;
      }
      }, () => `Imported from ${done.source}: added ${counted(done.added) || 'nothing'}. Undo takes the whole import back.`);
    } catch (e) {
      // Refused by the checker: its problems are shown beside the form already.
      return;
    }
    if (!ok) return;
    this.pending = null;
    document.getElementById('import-files').value = '';
    fill('import-summary', el('p', { class: 'done' },
      `Imported ${done.files.join(', ')}: added ${counted(done.added) || 'nothing'}`
      + (total(done.updated) ? `, filled in ${counted(done.updated)}` : '')
      + ` (version ${done.version}). Undo takes the whole import back.`));
  }
}
