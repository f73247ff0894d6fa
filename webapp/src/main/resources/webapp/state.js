// The URL is the state. readState and toSearch are inverses: toSearch(readState(s)) names the
// same page as s, so a copied link, a reload and the back button all land on the same view.

/** Repeatable filter parameters: OR within one, AND across them. */
export const LIST_KEYS = ['venue', 'topic', 'year', 'pubtype'];

const SORTS = ['relevance', 'newest'];
const TYPES = ['work', 'person'];

/** The state of an empty page. */
export const EMPTY = Object.freeze({
  q: '',
  type: '',
  venue: [],
  topic: [],
  year: [],
  pubtype: [],
  yearFrom: null,
  yearTo: null,
  sort: 'relevance',
  page: 1,
  person: '',
  work: '',
});

const toYear = (text) => {
  const n = Number.parseInt(text ?? '', 10);
  return Number.isFinite(n) && n > 0 && n < 10000 ? n : null;
};

const unique = (values) => [...new Set(values.map((v) => v.trim()).filter((v) => v !== ''))];

/** Parses a query string ("?q=…&venue=…") into a state object; unknown or bad values fall back. */
export function readState(search = location.search) {
  const p = new URLSearchParams(search);
  const page = Number.parseInt(p.get('page') ?? '1', 10);
  const state = {
    q: (p.get('q') ?? '').trim(),
    type: TYPES.includes(p.get('type')) ? p.get('type') : '',
    yearFrom: toYear(p.get('yearFrom')),
    yearTo: toYear(p.get('yearTo')),
    sort: SORTS.includes(p.get('sort')) ? p.get('sort') : 'relevance',
    page: Number.isFinite(page) && page > 0 ? page : 1,
    person: p.get('person') ?? '',
    work: p.get('work') ?? '',
  };
  for (const key of LIST_KEYS) state[key] = unique(p.getAll(key));
  return state;
}

/** Builds the query string for a state, leaving defaults out so URLs stay short. */
export function toSearch(state) {
  const p = new URLSearchParams();
  if (state.q) p.set('q', state.q);
  if (state.type) p.set('type', state.type);
  for (const key of LIST_KEYS) for (const v of state[key] ?? []) p.append(key, v);
  if (state.yearFrom != null) p.set('yearFrom', String(state.yearFrom));
  if (state.yearTo != null) p.set('yearTo', String(state.yearTo));
  if (state.sort && state.sort !== 'relevance') p.set('sort', state.sort);
  if (state.page > 1) p.set('page', String(state.page));
  if (state.person) p.set('person', state.person);
  if (state.work) p.set('work', state.work);
  const s = p.toString();
  return s ? `?${s}` : '?';
}

/** A new state: the old one with changes applied; filter changes go back to page 1. */
export function withChanges(state, changes) {
  const next = { ...state, ...changes };
  if (!('page' in changes)) next.page = 1;
  return next;
}

/** The search part of a state: no open person or work page. */
export const searchOnly = (state) => ({ ...state, person: '', work: '' });

/** Toggles one value of a repeatable filter. */
export function toggle(state, key, value) {
  const values = state[key].includes(value)
    ? state[key].filter((v) => v !== value)
    : [...state[key], value];
  return withChanges(searchOnly(state), { [key]: values });
}

/** Whether any filter (not the query) is set. */
export const hasFilters = (state) =>
  LIST_KEYS.some((k) => state[k].length > 0) || state.yearFrom != null || state.yearTo != null;

/** Whether the page shows a search at all (as opposed to the start page). */
export const isSearch = (state) => state.q !== '' || hasFilters(state) || state.type !== '';

/** Query parameters for GET /api/search. */
export function apiParams(state, size) {
  const p = new URLSearchParams();
  p.set('q', state.q);
  if (state.type) p.set('type', state.type);
  for (const key of LIST_KEYS) for (const v of state[key]) p.append(key, v);
  if (state.yearFrom != null) p.set('yearFrom', String(state.yearFrom));
  if (state.yearTo != null) p.set('yearTo', String(state.yearTo));
  p.set('sort', state.sort);
  p.set('page', String(state.page));
  p.set('size', String(size));
  return p;
}
