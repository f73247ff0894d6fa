// The person page: who they are, where they work and studied, what they work on, and their works
// by year.
import { backLink, block, countBars, period, tags, yearBars } from './detail.js';
import { el, joined, num, safeHref } from './dom.js';
import { navLink, personLink, workLink } from './links.js';
import { typeName } from './labels.js';
import { initials, linkAuthors } from './people.js';
import { EMPTY, withChanges } from './state.js';

function contact(p) {
  const items = [];
  const home = safeHref(p.homepage);
  if (home) items.push(el('a', { href: home, rel: 'noopener noreferrer', target: '_blank', text: p.homepage.replace(/^https?:\/\//, '') }));
  else if (p.homepage) items.push(el('span', { text: p.homepage }));
  for (const mail of p.emails ?? []) {
    const ok = /^[^\s@<>"]+@[^\s@<>"]+$/.test(mail);
    items.push(ok ? el('a', { href: `mailto:${mail}`, text: mail }) : el('span', { text: mail }));
  }
  if (!items.length) return null;
  return el('ul', { class: 'contact', 'data-testid': 'contact' }, items.map((i) => el('li', {}, i)));
}

function stats(detail) {
  const pr = detail.person.profile ?? {};
  const items = [
    [detail.works?.length, 'works'],
    [pr.hIndex, 'h-index'],
    [pr.citations, 'citations'],
    [pr.papers, 'papers listed'],
  ].filter(([n]) => n != null);
  return el('ul', { class: 'stats' }, items.map(([n, label]) =>
    el('li', { class: 'stats__item' }, el('span', { class: 'stats__num', text: num(n) }), el('span', { class: 'stats__label', text: label }))));
}

function positions(list) {
  if (!list?.length) return null;
  return el('ol', { class: 'timeline' }, list.map((p) => el('li', { class: 'timeline__item' },
    el('p', { class: 'timeline__what', text: p.title || p.organization || p.periodRaw || '' }),
    el('p', { class: 'timeline__where', text: joined([p.title ? p.organization : null, p.team, p.location]) }),
    el('p', { class: 'timeline__when', text: period(p.start, p.end, p.periodRaw) }))));
}

function education(list) {
  if (!list?.length) return null;
  return el('ol', { class: 'timeline' }, list.map((e) => el('li', { class: 'timeline__item' },
    el('p', { class: 'timeline__what', text: joined([e.degree, e.field], ', ') || e.institution || '' }),
    el('p', { class: 'timeline__where', text: joined([e.degree || e.field ? e.institution : null, e.location]) }),
    el('p', { class: 'timeline__when', text: e.yearEnd ?? e.dateRaw ?? '' }),
    e.thesis ? el('p', { class: 'timeline__note', text: `Thesis: ${e.thesis}` }) : null)));
}

function worksByYear(state, detail) {
  const groups = new Map();
  for (const hit of detail.works ?? []) {
    const key = hit.year ?? 'Undated';
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(hit);
  }
  const keys = [...groups.keys()].sort((a, b) => (a === 'Undated' ? 1 : b === 'Undated' ? -1 : b - a));
  if (!keys.length) return el('p', { class: 'muted', text: 'No works linked to this person yet.' });
  return keys.map((year) => el('div', { class: 'year-group' },
    el('h3', { class: 'year-group__year', text: String(year) }),
    el('ol', { class: 'worklist' }, groups.get(year).map((hit) => {
      const others = linkAuthors(hit.authors, hit.people).filter((r) => r.person?.id !== detail.person.id);
      const authors = el('p', { class: 'worklist__authors' });
      others.slice(0, 8).forEach((r, i) => {
        if (i) authors.append(', ');
        authors.append(r.person ? personLink(state, r.person) : r.name);
      });
      if (others.length > 8) authors.append(` + ${others.length - 8} more`);
      return el('li', { class: 'worklist__item', 'data-testid': 'person-work' },
        el('p', { class: 'worklist__title' }, workLink(state, hit.id, hit.title)),
        others.length ? authors : null,
        el('p', { class: 'worklist__meta', text: joined([hit.venue?.name, typeName(hit.pubType)]) }));
    }))));
}

/** Renders GET /api/people/{id} into the detail view. */
export function renderPerson(view, detail, state) {
  const p = detail.person;
  const where = joined([p.currentPosition, p.currentOrganization], ', ');
  view.replaceChildren(
    backLink(state),
    el('header', { class: 'profile' },
      el('div', { class: 'avatar', 'aria-hidden': 'true', text: initials(p.name) }),
      el('div', { class: 'profile__text' },
        el('h1', { class: 'page-title', tabindex: '-1', 'data-testid': 'person-name', text: p.name }),
        where ? el('p', { class: 'profile__role', text: where }) : null,
        p.location ? el('p', { class: 'profile__place', text: p.location }) : null,
        contact(p),
        p.aliases?.length ? el('p', { class: 'muted', text: `Also written as ${p.aliases.join(', ')}` }) : null),
      stats(detail)),
    el('div', { class: 'detail-grid' },
      el('div', { class: 'detail-main' },
        block('Affiliations', 'affiliations', positions(p.positions)),
        block('Education', 'education', education(p.education)),
        block('Works', 'works', worksByYear(state, detail))),
      el('aside', { class: 'detail-side', 'aria-label': 'Summary' },
        block('Topics', 'topics', countBars(detail.topics, (t) => withChanges(EMPTY, { topic: [t.value] }))),
        block('Works per year', 'years', yearBars(detail.years)),
        block('Interests', 'interests', tags(p.interests, 'Interests')),
        block('Search', 'search-more', el('p', {},
          navLink(withChanges(EMPTY, { q: `"${p.name}"` }), {}, `Search for “${p.name}”`))),
        block('Sources', 'sources', tags(p.sources, 'Source files')))),
  );
  return p.name;
}
