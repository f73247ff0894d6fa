// The page controller: reads the state from the URL, fetches, renders, and turns user actions
// into history entries. Everything the page shows follows from location.search.
import * as api from './api.js';
import { backLink } from './detail.js';
import { el, replace } from './dom.js';
import { renderChips, renderFacets } from './facets.js';
import { renderHome } from './home.js';
import { renderPerson } from './person.js';
import {
  didYouMean, emptyState, errorState, renderHits, renderPagination, renderSkeleton, renderTabs, summaryText,
} from './results.js';
import { EMPTY, isSearch, readState, searchOnly, toSearch, withChanges } from './state.js';
import { setupSuggest } from './suggest.js';
import { renderWork } from './work.js';

const PAGE_SIZE = 10;
const $ = (id) => document.getElementById(id);
const ui = {
  form: $('search-form'), input: $('q'), listbox: $('suggestions'), progress: $('progress'),
  home: $('home-view'), search: $('search-view'), detail: $('detail-view'),
  tabs: $('tabs'), facets: $('filters'), summary: $('summary'), chips: $('chips'), notice: $('notice'),
  results: $('results'), pagination: $('pagination'), sort: $('sort'), filtersToggle: $('filters-toggle'),
  resultsHeading: $('results-heading'),
};

let state = readState();
let controller = null;
let hasResults = false;

/** Goes to a new state: a history entry, then a render. */
function go(next, { focus = null, replaceEntry = false } = {}) {
  const url = toSearch(next);
  if (replaceEntry) history.replaceState(null, '', url);
  else history.pushState(null, '', url);
  state = readState(url);
  render(focus);
}

function showView(name) {
  ui.home.hidden = name !== 'home';
  ui.search.hidden = name !== 'search';
  ui.detail.hidden = name !== 'detail';
}

function setBusy(busy) {
  ui.progress.hidden = !busy;
  document.body.classList.toggle('is-loading', busy);
  ui.search.setAttribute('aria-busy', String(busy));
  // A hook for tests and tools: "ready" once the current state is on screen.
  document.body.dataset.status = busy ? 'loading' : 'ready';
}

// A re-render replaces the nodes under focus; put focus back on the twin of the old one.
function restoreFocus(key) {
  if (!key) return;
  document.querySelector(`[data-key="${CSS.escape(key)}"]`)?.focus();
}

async function render(focus = null) {
  controller?.abort();
  controller = new AbortController();
  const { signal } = controller;
  const focusKey = document.activeElement?.dataset?.key;
  if (document.activeElement !== ui.input) ui.input.value = state.q;
  ui.sort.value = state.sort;
  setBusy(true);
  try {
    if (state.work || state.person) await renderDetail(signal, focus);
    else if (isSearch(state)) await renderSearch(signal, focus, focusKey);
    else {
      showView('home');
      document.title = 'cvsearch';
      await renderHome(ui.home, signal);
      setBusy(false);
    }
  } catch (e) {
    if (e.name === 'AbortError') return;
    setBusy(false);
    const target = state.work || state.person ? ui.detail : ui.results;
    const message = errorState(e, () => render(), searchOnly(state));
    if (target === ui.results) {
      ui.summary.textContent = 'Search failed';
      replace(ui.pagination);
      replace(ui.notice);
      replace(ui.results, el('li', { class: 'hit hit--message' }, message));
    } else {
      replace(ui.detail, backLink(state), message);
    }
    hasResults = false;
  }
}

async function renderSearch(signal, focus, focusKey) {
  showView('search');
  document.title = state.q ? `${state.q} – cvsearch` : 'Search – cvsearch';
  setBusy(true);
  if (!hasResults) {
    renderSkeleton(ui.results);
    renderTabs(ui.tabs, null, state);
  }
  const response = await api.search(state, PAGE_SIZE, signal);
  setBusy(false);
  hasResults = true;
  renderTabs(ui.tabs, response, state);
  renderFacets(ui.facets, response, state, go);
  renderChips(ui.chips, response, state, go);
  ui.summary.textContent = summaryText(response, state);
  replace(ui.notice, didYouMean(response, state));
  if (response.hits.length) renderHits(ui.results, response, state);
  else replace(ui.results, el('li', { class: 'hit hit--message' }, emptyState(response, state)));
  renderPagination(ui.pagination, response, state);
  restoreFocus(focusKey);
  if (focus === 'results') {
    ui.resultsHeading.focus();
    ui.resultsHeading.scrollIntoView({ block: 'start' });
  }
}

async function renderDetail(signal, focus) {
  showView('detail');
  setBusy(true);
  replace(ui.detail, el('div', { class: 'detail-skeleton', 'aria-hidden': 'true' },
    el('div', { class: 'sk sk--title' }), el('div', { class: 'sk sk--line' }), el('div', { class: 'sk sk--block' })));
  const title = state.work
    ? renderWork(ui.detail, await api.work(state.work, signal), state)
    : renderPerson(ui.detail, await api.person(state.person, signal), state);
  setBusy(false);
  document.title = `${title} – cvsearch`;
  if (focus !== 'none') ui.detail.querySelector('.page-title')?.focus({ preventScroll: true });
  window.scrollTo(0, 0);
}

function wire() {
  const suggest = setupSuggest(ui.input, ui.listbox, (choice) => {
    if (choice.kind === 'person' && choice.id) go({ ...EMPTY, person: choice.id });
    else if (choice.kind === 'work' && choice.id) go({ ...EMPTY, work: choice.id });
    else if (choice.kind === 'venue' && choice.id) go(withChanges(EMPTY, { venue: [choice.id] }));
    else go(withChanges(searchOnly(state), { q: choice.text }));
  });
  ui.form.addEventListener('submit', (e) => {
    e.preventDefault();
    suggest.close();
    go(withChanges(searchOnly(state), { q: ui.input.value.trim() }));
  });
  ui.sort.addEventListener('change', () => go(withChanges(searchOnly(state), { sort: ui.sort.value })));
  ui.filtersToggle.addEventListener('click', () => {
    const open = ui.filtersToggle.getAttribute('aria-expanded') !== 'true';
    ui.filtersToggle.setAttribute('aria-expanded', String(open));
    document.body.classList.toggle('filters-open', open);
    if (open) ui.facets.querySelector('input, button')?.focus();
  });
  // Plain left clicks on in-page links become pushState; modified clicks open tabs as usual.
  document.addEventListener('click', (e) => {
    const a = e.target.closest?.('a[data-nav]');
    if (!a || e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    go(readState(a.getAttribute('href')), { focus: a.dataset.focus ?? null });
  });
  window.addEventListener('popstate', () => {
    state = readState();
    render('none');
  });
}

wire();
render('none');
