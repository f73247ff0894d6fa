// Builds DOM nodes from data. Text always goes in through textContent, never innerHTML, so a CV
// that contains markup shows it as text. The only markup the page accepts is the server's <mark>
// (see snippet.js).

/**
 * Creates an element: el('a', {class: 'x', href: '?q=1', text: 'go'}, child, …).
 * Keys: class, text, on{Event} (listeners), data-* / aria-* / any attribute; null/false skip.
 */
export function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value == null || value === false) continue;
    if (key === 'class') node.className = value;
    else if (key === 'text') node.textContent = String(value);
    else if (key.startsWith('on') && typeof value === 'function') {
      node.addEventListener(key.slice(2).toLowerCase(), value);
    } else if (key === 'href') node.setAttribute('href', safeHref(value) ?? '#');
    else node.setAttribute(key, value === true ? '' : String(value));
  }
  append(node, ...children);
  return node;
}

/** Appends children, skipping null/false and turning strings into text nodes. */
export function append(node, ...children) {
  for (const child of children.flat(Infinity)) {
    if (child == null || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/** Replaces all children of a node. */
export function replace(node, ...children) {
  node.replaceChildren();
  return append(node, ...children);
}

/**
 * Returns the URL if it is safe to put in an href (same-page query, http(s), mailto), else null:
 * a "javascript:" homepage from a hostile CV must never become a clickable script.
 */
export function safeHref(url) {
  const text = String(url ?? '').trim();
  if (text.startsWith('?') || text.startsWith('#')) return text;
  let parsed;
  try {
    parsed = new URL(text, location.origin);
  } catch {
    return null;
  }
  if (!/^(https?:|mailto:)$/.test(parsed.protocol)) return null;
  if (!/^(https?:|mailto:)/i.test(text)) return null;
  return parsed.href;
}

/** Formats a count with thousands separators in the page language. */
export const num = (n) => new Intl.NumberFormat(document.documentElement.lang || 'en').format(n ?? 0);

/** Joins non-empty parts with a separator. */
export const joined = (parts, sep = ' · ') => parts.filter((p) => p != null && p !== '').join(sep);
