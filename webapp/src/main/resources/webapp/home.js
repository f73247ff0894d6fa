// The start page: what the index holds, topics and venues to browse, and the query syntax.
import * as api from './api.js';
import { el, num, replace } from './dom.js';
import { filterLink } from './links.js';
import { searchTips } from './results.js';
import { EMPTY } from './state.js';

const browse = (key, values) =>
  el('ul', { class: 'tags tags--browse' }, values.slice(0, 12).map((v) => el('li', {},
    filterLink(key, v.value, { class: 'tag tag--browse', title: v.value }, v.label || v.value,
      el('span', { class: 'tag__count', text: num(v.count) })))));

/** Fills the start page; the counts arrive a moment later and do not move the layout. */
export async function renderHome(view, signal) {
  const statsLine = el('p', { class: 'hero__stats', 'data-testid': 'stats' }, '\u00a0');
  const browseBox = el('div', { class: 'home__browse' });
  replace(view,
    el('section', { class: 'hero' },
      el('h1', { class: 'hero__title', tabindex: '-1', text: 'Find researchers and their work' }),
      el('p', { class: 'hero__lead', text: 'Search CVs, publication lists and abstracts. Narrow by topic, venue and year; open a person to see their affiliations, education and every paper.' }),
      statsLine),
    browseBox,
    el('section', { class: 'home__tips', 'aria-labelledby': 'tips-title' },
      el('h2', { class: 'home__heading', id: 'tips-title', text: 'Search syntax' }),
      searchTips()));
  const [stats, facets] = await Promise.allSettled([
    api.stats(signal),
    api.search({ ...EMPTY }, 1, signal),
  ]);
  if (stats.status === 'fulfilled' && stats.value) {
    statsLine.textContent = `${num(stats.value.works)} works · ${num(stats.value.people)} people`;
  }
  if (facets.status === 'fulfilled') {
    const f = facets.value.facets ?? {};
    replace(browseBox,
      f.topic?.length ? el('section', {}, el('h2', { class: 'home__heading', text: 'Browse by topic' }), browse('topic', f.topic)) : null,
      f.venue?.length ? el('section', {}, el('h2', { class: 'home__heading', text: 'Browse by venue' }), browse('venue', f.venue)) : null);
  }
}
