// The facet sidebar: topic, venue and publication type as multi-select checkbox lists (show
// more, filter box for long lists), year as a histogram with a from–to range, and the chips of
// active filters.
import { el, num, replace } from './dom.js';
import { typeName } from './labels.js';
import { EMPTY, LIST_KEYS, searchOnly, toggle, withChanges } from './state.js';

const SHOWN = 6;
const FILTER_FROM = 10;
const BAR_STEPS = 12;
const MAX_BARS = 30;
const MIN_BARS = 10;

const DIMS = [
  { key: 'topic', title: 'Topic', noun: 'topics' },
  { key: 'venue', title: 'Venue', noun: 'venues' },
  { key: 'pubtype', title: 'Publication type', noun: 'types' },
];

// Per-dimension UI state that is not worth a URL: expanded lists and filter-box text.
const expanded = new Set();
const filterText = new Map();

function option(dim, value, state, go) {
  const id = `f-${dim.key}-${value.value}`.replace(/[^a-zA-Z0-9_-]/g, '_');
  const checked = state[dim.key].includes(value.value);
  const label = dim.key === 'pubtype' ? typeName(value.label || value.value) : value.label || value.value;
  return el('li', { class: 'facet__item' },
    el('input', {
      type: 'checkbox', id, class: 'facet__check', checked,
      'data-key': id, 'data-testid': `facet-${dim.key}-${value.value}`,
      onChange: () => go(toggle(state, dim.key, value.value)),
    }),
    el('label', { for: id, class: 'facet__label', title: label !== value.value ? value.value : null },
      el('span', { class: 'facet__name', text: label }),
      el('span', { class: 'facet__count', text: num(value.count) })));
}

function checkboxFacet(dim, values, state, go) {
  const selected = values.filter((v) => state[dim.key].includes(v.value));
  // Selected values stay visible even when they rank below the fold.
  const ordered = [...selected, ...values.filter((v) => !state[dim.key].includes(v.value))];
  const isOpen = expanded.has(dim.key);
  const query = (filterText.get(dim.key) ?? '').toLowerCase();
  const list = el('ul', { class: 'facet__list', id: `list-${dim.key}` });
  const more = el('button', { type: 'button', class: 'facet__more', 'aria-controls': `list-${dim.key}`,
    'aria-expanded': String(isOpen), 'data-key': `more-${dim.key}`, 'data-testid': `more-${dim.key}` });
  const fill = () => {
    const q = (filterText.get(dim.key) ?? '').toLowerCase();
    const matching = q ? ordered.filter((v) => `${v.label} ${v.value}`.toLowerCase().includes(q)) : ordered;
    const open = expanded.has(dim.key) || q !== '';
    const shown = open ? matching : matching.slice(0, Math.max(SHOWN, selected.length));
    replace(list, shown.map((v) => option(dim, v, state, go)),
      matching.length ? null : el('li', { class: 'facet__none', text: `No ${dim.noun} match` }));
    more.hidden = q !== '' || matching.length <= SHOWN;
    more.textContent = expanded.has(dim.key) ? 'Show fewer' : `Show ${matching.length - shown.length} more`;
    more.setAttribute('aria-expanded', String(expanded.has(dim.key)));
  };
  more.addEventListener('click', () => {
    if (expanded.has(dim.key)) expanded.delete(dim.key);
    else expanded.add(dim.key);
    fill();
  });
  const box = values.length > FILTER_FROM
    ? el('input', { type: 'search', class: 'facet__filter', placeholder: `Filter ${dim.noun}`,
      'aria-label': `Filter ${dim.noun}`, value: query, 'data-key': `filter-${dim.key}`,
      'data-testid': `filter-${dim.key}`,
      onInput: (e) => { filterText.set(dim.key, e.target.value); fill(); } })
    : null;
  fill();
  return section(dim.key, dim.title, box, list, more);
}

function section(key, title, ...children) {
  return el('section', { class: 'facet', 'aria-labelledby': `h-${key}`, 'data-testid': `facet-${key}` },
    el('h2', { class: 'facet__title', id: `h-${key}`, text: title }), ...children);
}

function yearFacet(values, state, go) {
  const counts = new Map(values.map((v) => [Number(v.value), v.count]).filter(([y]) => Number.isFinite(y)));
  const years = [...counts.keys()].sort((a, b) => a - b);
  const last = years.at(-1);
  // At least MIN_BARS slots, so a two-year histogram still reads as a histogram, not two blocks.
  const first = Math.min(Math.max(years[0], last - MAX_BARS + 1), last - MIN_BARS + 1);
  const max = Math.max(...counts.values(), 1);
  const from = state.yearFrom;
  const to = state.yearTo;
  const inRange = (y) => (from == null || y >= from) && (to == null || y <= to);
  const bars = [];
  for (let y = first; y <= last; y++) {
    const count = counts.get(y) ?? 0;
    const step = count === 0 ? 0 : Math.max(1, Math.round((count / max) * BAR_STEPS));
    if (count === 0) {
      bars.push(el('span', { class: 'bar bar--static bar--h0', title: `${y}: 0` }));
      continue;
    }
    bars.push(el('button', {
      type: 'button', class: `bar bar--h${step}${inRange(y) ? '' : ' bar--out'}`,
      'aria-label': `${y}: ${count}`, title: `${y}: ${num(count)}`, 'data-key': `bar-${y}`,
      onClick: () => go(withChanges(searchOnly(state), { yearFrom: y, yearTo: y, year: [] })),
    }));
  }
  const input = (name, label, value) => el('label', { class: 'range__field' },
    el('span', { class: 'range__label', text: label }),
    el('input', { type: 'number', name, inputmode: 'numeric', min: '1900', max: '2100', class: 'range__input',
      value: value ?? '', placeholder: String(name === 'yearFrom' ? years[0] : last),
      'data-testid': `year-${name === 'yearFrom' ? 'from' : 'to'}` }));
  const form = el('form', { class: 'range', 'data-testid': 'year-range',
    onSubmit: (e) => {
      e.preventDefault();
      const data = new FormData(e.target);
      const read = (k) => (String(data.get(k) ?? '').trim() === '' ? null : Number(data.get(k)));
      let [a, b] = [read('yearFrom'), read('yearTo')];
      if (a != null && b != null && a > b) [a, b] = [b, a];
      go(withChanges(searchOnly(state), { yearFrom: a, yearTo: b }));
    } },
    input('yearFrom', 'From', from), el('span', { class: 'range__dash', 'aria-hidden': 'true', text: '–' }),
    input('yearTo', 'To', to),
    el('button', { type: 'submit', class: 'button button--small', text: 'Apply', 'data-testid': 'year-apply' }));
  return section('year', 'Year',
    years.length ? el('div', { class: 'histogram', role: 'group', 'aria-label': 'Works per year; choose a year' }, bars) : null,
    years.length ? el('div', { class: 'histogram__axis', 'aria-hidden': 'true' },
      el('span', { text: String(first) }), el('span', { text: String(last) })) : null,
    form);
}

/** Fills the sidebar from a search response. */
export function renderFacets(aside, response, state, go) {
  const facets = response?.facets ?? {};
  const parts = [];
  for (const dim of DIMS) {
    const values = facets[dim.key] ?? [];
    if (values.length || state[dim.key].length) parts.push(checkboxFacet(dim, values, state, go));
  }
  const yearIndex = Math.min(parts.length, 2);
  if ((facets.year ?? []).length || state.yearFrom != null || state.yearTo != null) {
    parts.splice(yearIndex, 0, yearFacet(facets.year ?? [], state, go));
  }
  replace(aside, parts.length ? parts : el('p', { class: 'muted', text: 'No filters for these results.' }));
}

/** Chips for the active filters, each removable, plus "clear all". */
export function renderChips(container, response, state, go) {
  const labels = new Map();
  for (const key of LIST_KEYS) {
    for (const v of response?.facets?.[key] ?? []) labels.set(`${key}:${v.value}`, v.label);
  }
  const names = { venue: 'Venue', topic: 'Topic', year: 'Year', pubtype: 'Type' };
  const chips = [];
  const chip = (text, next, testid) => chips.push(el('li', {},
    el('button', { type: 'button', class: 'chip', 'aria-label': `Remove filter ${text}`,
      'data-testid': testid, onClick: () => go(next) },
    el('span', { text }), el('span', { class: 'chip__x', 'aria-hidden': 'true', text: '×' }))));
  for (const key of LIST_KEYS) {
    for (const value of state[key]) {
      const label = labels.get(`${key}:${value}`) ?? value;
      chip(`${names[key]}: ${key === 'pubtype' ? typeName(label) : label}`, toggle(state, key, value), `chip-${key}-${value}`);
    }
  }
  if (state.yearFrom != null || state.yearTo != null) {
    const { yearFrom: a, yearTo: b } = state;
    const text = a != null && b != null ? (a === b ? `${a}` : `${a}–${b}`) : a != null ? `${a} and later` : `up to ${b}`;
    chip(`Years: ${text}`, withChanges(searchOnly(state), { yearFrom: null, yearTo: null }), 'chip-years');
  }
  if (!chips.length) return replace(container);
  replace(container,
    el('ul', { class: 'chips__list', 'aria-label': 'Active filters' }, chips),
    el('button', { type: 'button', class: 'chips__clear', 'data-testid': 'clear-all',
      onClick: () => go(withChanges(EMPTY, { q: state.q, type: state.type, sort: state.sort })), text: 'Clear all' }));
}
