// The HTTP API as the page uses it (docs/http-api.md). Every write carries the session's CSRF
// token and the ETag of the version the page last read, so that a change made by someone else in
// the meantime is refused (412) instead of being overwritten.

/** An answer the server refused, with its problem document (RFC 9457). */
export class Refused extends Error {
  constructor(status, problem) {
    super(problem.detail || problem.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
  }
}

export const api = {
  csrf: '',
  user: '',
  /** Whether this is the local user of a server without accounts (nobody signs in or out). */
  local: false,
  /** The ETag of the map as the page last read it: what every write names in If-Match. */
  etag: '',

  async session() {
    const s = await call('GET', '/api/session');
    return this.opened(s.body);
  },

  async signIn(name, password) {
    const s = await call('POST', '/api/session', { json: { name, password } });
    return this.opened(s.body);
  },

  opened(session) {
    this.csrf = session.csrf;
    this.user = session.user;
    this.local = session.local === true;
    return session;
  },

  async signOut() {
    await call('DELETE', '/api/session');
    this.csrf = '';
    this.user = '';
    this.etag = '';
  },

  async get(path) {
    const r = await call('GET', path);
    return r.body;
  },

  /** Reads the map and remembers its version. */
  async map(id) {
    const r = await call('GET', `/api/maps/${enc(id)}`);
    this.etag = r.etag;
    return r.body;
  },

  async text(path) {
    const r = await fetch(path, { credentials: 'same-origin' });
    if (!r.ok) throw new Refused(r.status, await problem(r));
    return r.text();
  },

  /** A write to a map: If-Match and X-CSRF-Token, and the new version remembered. */
  async write(method, path, options = {}) {
    const r = await call(method, path, { ...options, ifMatch: this.etag });
    if (r.etag) this.etag = r.etag;
    return r.body;
  },

  /**
   * Files sent to a map as multipart/form-data (an import). A dry run names the version too, so
   * that what it describes is the map as the page shows it, but makes none.
   */
  async upload(path, form, dryRun) {
    const r = await call('POST', path, { form, ifMatch: this.etag });
    if (r.etag && !dryRun) this.etag = r.etag;
    return r.body;
  },

  /** A write that is not to one map (creating one, checking text). */
  async post(path, options) {
    return (await call('POST', path, options)).body;
  },
};

export function enc(s) {
  return encodeURIComponent(s);
}

async function call(method, path, { json, text, form, ifMatch } = {}) {
  const headers = { Accept: 'application/json' };
  if (method !== 'GET') headers['X-CSRF-Token'] = api.csrf;
  if (ifMatch) headers['If-Match'] = ifMatch;
  let body;
  if (json !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(json);
  } else if (text !== undefined) {
    headers['Content-Type'] = 'text/plain';
    body = text;
  } else if (form !== undefined) {
    // The browser writes the multipart boundary into the Content-Type itself.
    body = form;
  }
  const r = await fetch(path, { method, headers, body, credentials: 'same-origin' });
  if (!r.ok) throw new Refused(r.status, await problem(r));
  const type = r.headers.get('Content-Type') || '';
  const answer = r.status === 204 || !type.includes('json') ? {} : await r.json();
  return { body: answer, etag: r.headers.get('ETag') || '' };
}

async function problem(r) {
  try {
    return await r.json();
  } catch (e) {
    return { title: r.statusText, detail: `the server answered ${r.status} ${r.statusText}` };
  }
}
