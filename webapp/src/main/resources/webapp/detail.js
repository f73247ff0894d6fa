// Pieces the person and work pages share: the back link, titled sections, definition rows,
// tag lists and horizontal count bars.
import { el, num } from './dom.js';
import { navLink } from './links.js';
import { isSearch, searchOnly } from './state.js';

const WIDTH_STEPS = 12;
const BAR_STEPS = 12;
const MIN_BARS = 10;

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

/** A small year histogram, oldest to newest, read out as one labelled image. */
export function yearBars(values) {
  const counts = new Map((values ?? []).map((v) => [Number(v.value), v.count]).filter(([y]) => Number.isFinite(y)));
  if (!counts.size) return null;
  const years = [...counts.keys()].sort((a, b) => a - b);
  const max = Math.max(...counts.values(), 1);
  const bars = [];
  const first = Math.min(years[0], years.at(-1) - MIN_BARS + 1);
  for (let y = first; y <= years.at(-1); y++) {
    const n = counts.get(y) ?? 0;
    const step = n === 0 ? 0 : Math.max(1, Math.round((n / max) * BAR_STEPS));
    bars.push(el('span', { class: `bar bar--static bar--h${step}`, title: `${y}: ${num(n)}` }));
  }
  const label = years.map((y) => `${y}: ${counts.get(y)}`).join(', ');
  return el('div', {},
    el('div', { class: 'histogram', role: 'img', 'aria-label': `Works per year. ${label}` }, bars),
    el('div', { class: 'histogram__axis', 'aria-hidden': 'true' },
      el('span', { text: String(first) }), el('span', { text: String(years.at(-1)) })));
}

/** A period "2021 – now" from start/end strings or the raw text. */
export function period(start, end, raw) {
  if (start || end) return `${start ?? '?'} – ${end ?? 'now'}`;
  return raw ?? '';
}
