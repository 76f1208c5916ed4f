// Building the page from data without ever parsing data as HTML: every text goes in through
// textContent or an attribute, so a label such as "<b>Ann</b>" shows as those characters.

/** An element: el('p', {class: 'x', onclick: f}, 'text', child, [more children]). */
export function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k.startsWith('on') && typeof v === 'function') e.addEventListener(k.slice(2), v);
    else if (k === 'class') e.className = v;
    else if (k === 'value') e.value = v;
    else e.setAttribute(k, v === true ? '' : String(v));
  }
  append(e, children);
  return e;
}

function append(e, children) {
  for (const c of children) {
    if (c === undefined || c === null || c === false) continue;
    if (Array.isArray(c)) append(e, c);
    else if (c instanceof Node) e.appendChild(c);
    else e.appendChild(document.createTextNode(String(c)));
  }
}

/** Replaces what an element holds. */
export function fill(target, ...children) {
  const e = typeof target === 'string' ? document.getElementById(target) : target;
  e.replaceChildren();
  append(e, children);
  return e;
}

/** An amount as people read it: £234,250. */
export function money(amount, currency) {
  if (amount === undefined || amount === null) return '';
  try {
    return new Intl.NumberFormat('en-GB', {
      style: 'currency',
      currency: currency || 'GBP',
      maximumFractionDigits: 0,
    }).format(amount);
  } catch (e) {
    return `${Math.round(amount)} ${currency || ''}`.trim();
  }
}

export function percent(share) {
  return `${Math.round(share * 100)}%`;
}

/** Says something in the status line, where a screen reader hears it too. */
export function say(text, tone = 'info') {
  const s = document.getElementById('status');
  s.className = `status ${tone}`;
  s.textContent = text;
}
