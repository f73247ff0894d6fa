// The result column: type tabs, counts, hits, pagination, "did you mean", and the empty, loading
// and error states.
import { el, joined, num, replace } from './dom.js';
import { filterLink, navLink, personLink, workLink } from './links.js';
import { typeName } from './labels.js';
import { initials, linkAuthors } from './people.js';
import { appendSnippet, appendTitle } from './snippet.js';
import { EMPTY, hasFilters, searchOnly, withChanges } from './state.js';

const MAX_AUTHORS = 8;
const NOUNS = { '': ['result', 'results'], work: ['work', 'works'], person: ['person', 'people'] };

/** Tabs for all / works / people, with counts from the type facet. */
export function renderTabs(nav, response, state) {
  const counts = Object.fromEntries((response?.facets?.type ?? []).map((f) => [f.value, f.count]));
  const total = (counts.work ?? 0) + (counts.person ?? 0);
  const tab = (type, label, count) =>
    navLink(
      withChanges(searchOnly(state), { type }),
      {
        class: 'tab',
        'aria-current': state.type === type ? 'page' : null,
        'data-testid': `tab-${type || 'all'}`,
      },
      el('span', { text: label }),
      response ? el('span', { class: 'tab__count', text: num(count) }) : null,
    );
  replace(
    nav,
    tab('', 'All', total),
    tab('work', 'Works', counts.work ?? 0),
    tab('person', 'People', counts.person ?? 0),
  );
}

/** "Showing 1–10 of 123 results", the text screen readers hear after each search. */
export function summaryText(response, state) {
  if (!response) return '';
  const { total, page, size, tookMs } = response;
  if (total === 0) return 'No results';
  const from = (page - 1) * size + 1;
  const to = Math.min(total, page * size);
  const [one, many] = NOUNS[state.type] ?? NOUNS[''];
  const range = total > size ? `${num(from)}–${num(to)} of ` : '';
  const took = tookMs != null ? ` · ${num(tookMs)} ms` : '';
  return `${range}${num(total)} ${total === 1 ? one : many}${took}`;
}

function authorLine(state, hit) {
  const rows = linkAuthors(hit.authors, hit.people);
  const shown = rows.slice(0, MAX_AUTHORS);
  const line = el('p', { class: 'hit__authors' });
  shown.forEach((row, i) => {
    if (i > 0) line.append(', ');
    line.append(row.person ? personLink(state, row.person) : el('span', { text: row.name }));
  });
  if (rows.length > shown.length) {
    line.append(el('span', { class: 'muted', text: ` + ${rows.length - shown.length} more` }));
  }
  return rows.length ? line : null;
}

function topicList(hit) {
  const names = hit.topicNames?.length ? hit.topicNames : hit.topics ?? [];
  if (!names.length) return null;
  return el(
    'ul',
    { class: 'tags', 'aria-label': 'Topics' },
    names.map((name, i) =>
      el('li', {}, filterLink('topic', hit.topics?.[i] ?? name, { class: 'tag', title: hit.topics?.[i] }, name)),
    ),
  );
}

function snippets(hit) {
  const body = hit.highlights?.body ?? [];
  if (!body.length) return null;
  return el(
    'p',
    { class: 'hit__snippet', 'data-testid': 'snippet' },
    body.slice(0, 2).map((s, i) => appendSnippet(el('span', { class: i ? 'snippet-gap' : null }), s)),
  );
}

function workHit(state, hit) {
  const meta = joined([hit.venue?.name, hit.year, typeName(hit.pubType)]);
  return el(
    'li',
    {
      class: 'hit hit--work', 'data-testid': 'hit', 'data-type': 'work', 'data-id': hit.id,
      'data-venue': hit.venue?.id, 'data-year': hit.year,
    },
    el('h3', { class: 'hit__title' }, workLink(state, hit.id, appendTitle(el('span'), hit.title, hit.highlights?.title))),
    authorLine(state, hit),
    meta ? el('p', { class: 'hit__meta', text: meta }) : null,
    snippets(hit),
    topicList(hit),
  );
}

function personHit(state, hit) {
  const evidence = hit.evidence ?? [];
  const body = el('div', { class: 'hit__body' },
    el('p', { class: 'badge badge--person', text: 'Person' }),
    el('h3', { class: 'hit__title' },
      navLink({ ...searchOnly(state), person: hit.id }, { class: 'person-link' },
        appendTitle(el('span'), hit.name, hit.highlights?.name))),
    hit.position || hit.organization
      ? el('p', { class: 'hit__meta', text: joined([hit.position, hit.organization], ', ') })
      : null,
    // The works say why a person is here better than a passage of their CV; show the CV only
    // when no work matched.
    evidence.length ? null : snippets(hit),
    evidence.length
      ? el('div', { class: 'evidence' },
        el('p', { class: 'evidence__label', text: evidence.length === 1 ? 'Matching work' : 'Matching works' }),
        el('ul', { class: 'evidence__list', 'data-testid': 'evidence' },
          evidence.slice(0, 3).map((w) => el('li', {}, workLink(state, w.id, w.title),
            el('span', { class: 'muted', text: ` · ${joined([w.venue, w.year])}` })))))
      : null,
    topicList(hit));
  return el('li', { class: 'hit hit--person', 'data-testid': 'hit', 'data-type': 'person', 'data-id': hit.id },
    el('span', { class: 'avatar avatar--small', 'aria-hidden': 'true', text: initials(hit.name ?? '') }), body);
}

/** The hit list. */
export function renderHits(list, response, state) {
  replace(list, response.hits.map((hit) => (hit.type === 'person' ? personHit(state, hit) : workHit(state, hit))));
}

/** Placeholder cards of the same size as hits, so nothing jumps when results arrive. */
export function renderSkeleton(list, count = 5) {
  replace(
    list,
    Array.from({ length: count }, () =>
      el('li', { class: 'hit hit--skeleton', 'aria-hidden': 'true' },
        el('div', { class: 'sk sk--title' }), el('div', { class: 'sk sk--line' }),
        el('div', { class: 'sk sk--line sk--short' }), el('div', { class: 'sk sk--block' })),
    ),
  );
}

/** Page links: previous, a window of numbers with gaps, next. */
export function renderPagination(nav, response, state) {
  const pages = Math.ceil(response.total / response.size);
  if (pages <= 1) return replace(nav);
  const current = response.page;
  const link = (page, text, label, extra = {}) =>
    navLink(withChanges(state, { page }), { class: 'page', 'aria-label': label, 'data-focus': 'results', ...extra }, text);
  const wanted = new Set([1, pages, current - 1, current, current + 1].filter((p) => p >= 1 && p <= pages));
  const items = [];
  let previous = 0;
  for (const p of [...wanted].sort((a, b) => a - b)) {
    if (p - previous > 1) items.push(el('li', { class: 'page page--gap', 'aria-hidden': 'true', text: '…' }));
    items.push(el('li', {}, p === current
      ? el('span', { class: 'page page--current', 'aria-current': 'page', text: String(p) })
      : link(p, String(p), `Page ${p}`)));
    previous = p;
  }
  replace(
    nav,
    el('ul', { class: 'pages' },
      el('li', {}, current > 1 ? link(current - 1, '‹ Previous', 'Previous page', { 'data-testid': 'prev' }) : null),
      items,
      el('li', {}, current < pages ? link(current + 1, 'Next ›', 'Next page', { 'data-testid': 'next' }) : null)),
  );
}

/** "Did you mean …?" above the hits. */
export function didYouMean(response, state) {
  if (!response.didYouMean || response.didYouMean === state.q) return null;
  return el('p', { class: 'notice', 'data-testid': 'did-you-mean' },
    'Did you mean ',
    navLink(withChanges(searchOnly(state), { q: response.didYouMean }), { class: 'notice__link' }, response.didYouMean),
    '?');
}

/** Search syntax help, shown on the start page and when nothing matched. */
export function searchTips() {
  const tip = (code, text) => el('li', {}, el('code', { text: code }), ` ${text}`);
  return el('ul', { class: 'tips' },
    tip('"speech recognition"', 'an exact phrase'),
    tip('pruning -vision', 'leave a word out'),
    tip('ASR OR "speech recognition"', 'either one'),
    tip('author:park venue:icassp', 'search one field'),
    tip('wav2*', 'any word starting with wav2'));
}

/** The state when nothing matched: say why and offer ways out. */
export function emptyState(response, state) {
  const ways = [];
  if (response.didYouMean) {
    ways.push(el('li', {}, 'Check the spelling: ',
      navLink(withChanges(searchOnly(state), { q: response.didYouMean }), {}, response.didYouMean)));
  }
  if (hasFilters(state)) {
    ways.push(el('li', {}, navLink(withChanges(EMPTY, { q: state.q, type: state.type }), { 'data-testid': 'drop-filters' }, 'Search again without filters')));
  }
  if (state.type) {
    ways.push(el('li', {}, navLink(withChanges(searchOnly(state), { type: '' }), {}, 'Search works and people')));
  }
  if (state.q.includes(' ')) ways.push(el('li', { text: 'Use fewer or more general words.' }));
  return el('div', { class: 'empty', 'data-testid': 'empty' },
    el('h2', { class: 'empty__title' }, state.q ? `Nothing matches “${state.q}”` : 'Nothing matches these filters'),
    ways.length ? el('ul', { class: 'empty__ways' }, ways) : null,
    el('p', { class: 'muted', text: 'You can also search with:' }),
    searchTips());
}

/**
 * A failed request: the server's title and detail. Retrying helps only when the server or the
 * network failed; for a request the server refused, offer a way back instead.
 */
export function errorState(error, onRetry, state) {
  const transient = !error.status || error.status >= 500;
  return el('div', { class: 'error', role: 'alert', 'data-testid': 'error' },
    el('h2', { class: 'error__title', text: error.title ?? 'Something went wrong' }),
    error.detail ? el('p', { class: 'error__detail', text: error.detail }) : null,
    transient
      ? el('button', { type: 'button', class: 'button', onClick: onRetry, text: 'Try again' })
      : navLink(withChanges(EMPTY, { q: state.q }), { class: 'button' },
        state.q ? `Search “${state.q}” without filters` : 'Start a new search'));
}
