// The work page: title, authors linked to people, venue, year, topics, abstract, and every
// source file the work was read from.
import { backLink, block, facts, tags } from './detail.js';
import { el, joined, safeHref } from './dom.js';
import { filterLink, personLink } from './links.js';
import { typeName } from './labels.js';
import { linkAuthors } from './people.js';

const ID_NAMES = { doi: 'DOI', arxiv: 'arXiv', isbn: 'ISBN', url: 'Link', acl: 'ACL Anthology' };

function identifierLink(kind, value) {
  const k = kind.toLowerCase();
  const v = String(value);
  let url = null;
  if (k === 'doi') url = `https://doi.org/${encodeURI(v.replace(/^https?:\/\/(dx\.)?doi\.org\//i, ''))}`;
  else if (k === 'arxiv') url = `https://arxiv.org/abs/${encodeURIComponent(v).replace(/%2F/g, '/')}`;
  else if (/^https?:/i.test(v)) url = safeHref(v);
  return url ? el('a', { href: url, rel: 'noopener noreferrer', target: '_blank', text: v }) : el('span', { text: v });
}

function authors(state, w, people) {
  const rows = linkAuthors(w.authors, people);
  if (!rows.length) return null;
  const line = el('p', { class: 'work-authors', 'data-testid': 'work-authors' });
  rows.forEach((r, i) => {
    if (i) line.append(', ');
    line.append(r.person ? personLink(state, r.person) : el('span', { text: r.name }));
  });
  if (w.authorsComplete === false) line.append(el('span', { class: 'muted', text: ' et al.' }));
  return line;
}

function sources(list) {
  if (!list?.length) return null;
  return el('table', { class: 'sources' },
    el('thead', {}, el('tr', {}, ['File', 'Entry', 'Item', 'Section'].map((h) => el('th', { scope: 'col', text: h })))),
    el('tbody', {}, list.map((s) => el('tr', { 'data-testid': 'source' },
      el('td', { class: 'sources__file', text: s.file }),
      el('td', { text: s.localId ?? '—' }),
      el('td', { text: s.position ? `#${s.position}` : '—' }),
      el('td', { text: s.section ?? '—' })))));
}

/** Renders GET /api/works/{id} into the detail view. */
export function renderWork(view, detail, state) {
  const w = detail.work;
  const topicNames = detail.topicNames ?? [];
  const topicLinks = (w.topics ?? []).map((t, i) =>
    filterLink('topic', t, { class: 'tag', title: t }, topicNames[i] || t));
  const ids = Object.entries(w.identifiers ?? {});
  const venue = w.venue
    ? filterLink('venue', w.venue.id, { 'data-testid': 'work-venue' }, w.venue.name)
    : w.venueRaw || null;
  view.replaceChildren(
    backLink(state),
    el('article', { class: 'work' },
      el('header', { class: 'work__head' },
        el('p', { class: 'eyebrow', text: joined([typeName(w.type), w.venue?.name ?? w.venueRaw, w.year]) }),
        el('h1', { class: 'page-title', tabindex: '-1', 'data-testid': 'work-title', text: w.title }),
        authors(state, w, detail.people)),
      el('div', { class: 'detail-grid' },
        el('div', { class: 'detail-main' },
          block('Abstract', 'abstract', w.abstract
            ? el('p', { class: 'abstract', text: w.abstract })
            : el('p', { class: 'muted', text: 'None of the sources gives an abstract.' })),
          block('Sources', 'sources', el('p', { class: 'muted', text: sourceNote(w.sources?.length ?? 0) }), sources(w.sources))),
        el('aside', { class: 'detail-side', 'aria-label': 'Details' },
          block('Details', 'details', facts([
            ['Venue', venue],
            ['Printed as', w.venue && w.venueRaw && w.venueRaw !== w.venue.name ? w.venueRaw : null],
            ['Year', w.year],
            ['Date', w.date && w.year && w.date.startsWith(String(w.year)) && w.date !== String(w.year) ? w.date : null],
            ['Type', typeName(w.type)],
            ...ids.map(([k, v]) => [ID_NAMES[k.toLowerCase()] ?? k, identifierLink(k, v)]),
          ])),
          block('Topics', 'work-topics', tags(topicLinks, 'Topics')),
          block('Also listed as', 'variants', tags((w.titleVariants ?? []).filter((t) => t !== w.title), 'Title variants'))))),
  );
  return w.title;
}

const sourceNote = (n) => (n === 1 ? 'Read from one source.' : `Merged from ${n} sources.`);
