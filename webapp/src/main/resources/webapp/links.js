// Links inside the page. Every one is a real <a href="?…"> so it opens in a new tab, can be
// copied, and works without script; app.js turns plain clicks into history.pushState.
import { el } from './dom.js';
import { EMPTY, searchOnly, toSearch, withChanges } from './state.js';

/** A link to another page state. */
export const navLink = (state, props, ...children) =>
  el('a', { ...props, href: toSearch(state), 'data-nav': '' }, ...children);

/** A link to a person page, keeping the search behind it. */
export const personLink = (state, person, props = {}) =>
  navLink({ ...searchOnly(state), person: person.id }, { class: 'person-link', ...props }, person.name);

/** A link to a work page, keeping the search behind it. */
export const workLink = (state, id, ...children) =>
  navLink({ ...searchOnly(state), work: id }, { class: 'work-link' }, ...children);

/** A link to a fresh search filtered on one facet value. */
export const filterLink = (key, value, props, ...children) =>
  navLink(withChanges(EMPTY, { [key]: [value] }), props, ...children);
