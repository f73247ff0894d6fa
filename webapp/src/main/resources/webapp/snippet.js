// Highlighted snippets. The server escapes text and adds only <mark>…</mark>; we trust nothing:
// the snippet is split on exactly those two tags, every other piece is decoded as escaped text
// and inserted as a text node. No HTML parser ever sees CV text, so <script> or <img onerror> in a
// snippet shows as letters and runs nothing.

const TAG = /<mark>|<\/mark>/g;
const ENTITY = /&(#x[0-9a-f]+|#[0-9]+|amp|lt|gt|quot|apos|nbsp);/gi;
const NAMED = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the entities an HTML escaper produces; anything else stays as written. */
export function decodeEntities(text) {
  return text.replace(ENTITY, (whole, name) => {
    const key = name.toLowerCase();
    if (key in NAMED) return NAMED[key];
    const code = key.startsWith('#x') ? Number.parseInt(key.slice(2), 16) : Number.parseInt(key.slice(1), 10);
    return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** Splits a snippet into [{text, marked}] runs. */
export function parseSnippet(snippet) {
  const runs = [];
  let depth = 0;
  let last = 0;
  const push = (raw) => {
    if (raw) runs.push({ text: decodeEntities(raw), marked: depth > 0 });
  };
  for (const match of String(snippet ?? '').matchAll(TAG)) {
    push(snippet.slice(last, match.index));
    depth = match[0] === '<mark>' ? depth + 1 : Math.max(0, depth - 1);
    last = match.index + match[0].length;
  }
  push(String(snippet ?? '').slice(last));
  return runs;
}

/** Appends a snippet to a node as text nodes and <mark> elements. */
export function appendSnippet(node, snippet) {
  for (const run of parseSnippet(snippet)) {
    if (run.marked) {
      const mark = document.createElement('mark');
      mark.textContent = run.text;
      node.append(mark);
    } else {
      node.append(document.createTextNode(run.text));
    }
  }
  return node;
}

/** A title from its highlight when the server sent one, else plain text. */
export function appendTitle(node, plain, highlights) {
  const snippet = highlights?.[0];
  if (snippet && !snippet.startsWith('…') && parseSnippet(snippet).some((r) => r.marked)) {
    return appendSnippet(node, snippet);
  }
  node.textContent = plain ?? '';
  return node;
}
