// Pieces the person and work pages share: the back link, titled sections, definition rows,
// tag lists and horizontal count bars.
import { el, num } from './dom.js';
import { navLink } from './links.js';
import { isSearch, searchOnly } from './state.js';

const WIDTH_STEPS = 12;

/** "← Back to results" when a search is behind the page, else "← New search". */
export function backLink(state) {
  const behind = searchOnly(state);
  return navLink(behind, { class: 'back', 'data-testid': 'back' },
    isSearch(behind) ? '← Back to results' : '← New search');
}

/** A titled section of a detail page; null when it has nothing to show. */
export function block(title, testid, ...children) {
  if (!children.flat().some((c) => c != null && c !== false)) return null;
  const id = `sec-${testid}`;
  return el('section', { class: 'block', 'aria-labelledby': id, 'data-testid': testid },
    el('h2', { class: 'block__title', id, text: title }), ...children);
}

/** A <dl> of label/value rows, skipping empty values. */
export function facts(rows) {
  const items = rows.filter(([, value]) => value != null && value !== '' && !(Array.isArray(value) && !value.length));
  if (!items.length) return null;
  return el('dl', { class: 'facts' }, items.map(([label, value]) =>
    el('div', { class: 'facts__row' }, el('dt', { text: label }), el('dd', {}, value))));
}

/** A list of tags; items are strings or nodes. */
export const tags = (items, label) =>
  items?.length ? el('ul', { class: 'tags', 'aria-label': label }, items.map((t) => el('li', {}, t instanceof Node ? t : el('span', { class: 'tag', text: t })))) : null;

/** Horizontal bars for facet-like values [{label, count, href-state}]. */
export function countBars(values, linkFor) {
  if (!values?.length) return null;
  const max = Math.max(...values.map((v) => v.count), 1);
  return el('ul', { class: 'countbars' }, values.map((v) => {
    const step = Math.max(1, Math.round((v.count / max) * WIDTH_STEPS));
    const label = linkFor ? navLink(linkFor(v), { class: 'countbars__label' }, v.label || v.value)
      : el('span', { class: 'countbars__label', text: v.label || v.value });
    return el('li', { class: 'countbars__row' }, label,
      el('span', { class: 'countbars__count', text: num(v.count) }),
      el('span', { class: `countbars__bar countbars__bar--w${step}`, 'aria-hidden': 'true' }));
  }));
}

/** A period "2021 – now" from start/end strings or the raw text. */
export function period(start, end, raw) {
  if (start || end) return `${start ?? '?'} – ${end ?? 'now'}`;
  return raw ?? '';
}
