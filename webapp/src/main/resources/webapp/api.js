// Talks to the JSON API. Errors come back as application/problem+json; they become ApiError so
// the page can show the server's own explanation (detail) instead of a generic failure.
import { apiParams } from './state.js';

/** A failed API call, carrying the problem+json fields. */
export class ApiError extends Error {
  constructor(status, title, detail) {
    super(detail || title || `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.title = title || 'Something went wrong';
    this.detail = detail || '';
  }
}

async function getJson(path, signal) {
  let response;
  try {
    response = await fetch(path, { headers: { Accept: 'application/json' }, signal });
  } catch (e) {
    if (e.name === 'AbortError') throw e;
    throw new ApiError(0, 'The server cannot be reached', 'Check that cvsearch is running, then try again.');
  }
  if (response.ok) return response.json();
  let problem = {};
  try {
    problem = await response.json();
  } catch {
    // Not JSON (a proxy's HTML error page, say): fall back to the status line below.
    problem = {};
  }
  throw new ApiError(response.status, problem.title || response.statusText, problem.detail);
}

/** GET /api/search for a page state. */
export const search = (state, size, signal) =>
  getJson(`/api/search?${apiParams(state, size)}`, signal);

/** GET /api/suggest: completions for a prefix. */
export const suggest = (prefix, signal) =>
  getJson(`/api/suggest?${new URLSearchParams({ q: prefix })}`, signal);

/** GET /api/works/{id}. */
export const work = (id, signal) => getJson(`/api/works/${encodeURIComponent(id)}`, signal);

/** GET /api/people/{id}. */
export const person = (id, signal) => getJson(`/api/people/${encodeURIComponent(id)}`, signal);

/** GET /api/stats: what the index holds, for the start page. */
export const stats = (signal) => getJson('/api/stats', signal);
