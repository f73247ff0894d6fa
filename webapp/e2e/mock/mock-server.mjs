// A stand-in for the cvsearch server while the real one is being written: serves the page and
// answers the HTTP API from data.json with the same shapes (drill-sideways facet counts, escaped
// <mark> highlights, problem+json errors). Start: node mock-server.mjs [port].
import { readFile } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const webapp = path.resolve(here, '../../src/main/resources/webapp');
const data = JSON.parse(await readFile(path.join(here, 'data.json'), 'utf8'));
const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'";
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml' };

const esc = (s) => String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#x27;' })[c]);
const tokens = (q) => q.toLowerCase().split(/[^a-z0-9]+/).filter((t) => t.length > 1);
const mark = (text, toks) => {
  let out = esc(text);
  for (const t of toks) out = out.replace(new RegExp(`\\b(${t}\\w*)`, 'gi'), '<mark>$1</mark>');
  return out;
};

const docs = [
  ...data.works.map((w) => ({ kind: 'work', w, text: `${w.title} ${w.abstract} ${w.authors.join(' ')}`.toLowerCase() })),
  ...data.people.map((p) => ({ kind: 'person', p, text: `${p.name} ${p.interests.join(' ')}`.toLowerCase() })),
];
const workHit = (w, toks) => ({
  id: w.id, type: 'work', title: w.title, name: null, venue: { id: w.venue.id, name: w.venue.name }, year: w.year,
  topics: w.topics, topicNames: w.topics.map((t) => data.topicNames[t] ?? t), authors: w.authors,
  people: data.people.filter((p) => w.people.includes(p.id)).map((p) => ({ id: p.id, name: p.name })),
  pubType: w.type, highlights: { title: [mark(w.title, toks)], body: toks.length ? [mark(w.abstract, toks)] : [] },
  score: 1, position: null, organization: null, evidence: null,
});
const personHit = (p, toks) => ({
  id: p.id, type: 'person', title: null, name: p.name, venue: null, year: null, topics: [], topicNames: [],
  authors: [], people: [], pubType: null, highlights: { name: [mark(p.name, toks)] }, score: 1,
  position: p.currentPosition, organization: p.currentOrganization,
  evidence: data.works.filter((w) => w.people.includes(p.id) && toks.some((t) => w.title.toLowerCase().includes(t)))
    .slice(0, 3).map((w) => ({ id: w.id, title: w.title, year: w.year, venue: w.venue.name })),
});

function search(params) {
  const q = params.get('q') ?? '';
  if (q.length > 500) throw Object.assign(new Error('the query is too long'), { status: 400 });
  const toks = tokens(q);
  if (Number(params.get('yearFrom') || 0) > Number(params.get('yearTo') || 9999)) {
    throw Object.assign(new Error(`yearFrom (${params.get('yearFrom')}) is after yearTo (${params.get('yearTo')}); swap them or drop one`), { status: 400 });
  }
  const sel = { venue: params.getAll('venue'), topic: params.getAll('topic'), year: params.getAll('year'), type: params.getAll('type'), pubtype: params.getAll('pubtype') };
  const from = Number(params.get('yearFrom') || 0);
  const to = Number(params.get('yearTo') || 9999);
  const value = (d, dim) => d.kind === 'person' ? (dim === 'type' ? ['person'] : []) : {
    venue: [d.w.venue.id], topic: d.w.topics, year: [String(d.w.year)], type: ['work'], pubtype: [d.w.type] }[dim];
  const matchesQ = (d) => toks.every((t) => d.text.includes(t));
  const inRange = (d) => d.kind === 'person' || (d.w.year >= from && d.w.year <= to);
  const passes = (d, skip) => Object.entries(sel).every(([dim, vals]) => dim === skip || !vals.length || value(d, dim).some((v) => vals.includes(v)));
  const base = docs.filter((d) => matchesQ(d) && inRange(d));
  const hits = base.filter((d) => passes(d, null));
  if (params.get('sort') === 'newest') hits.sort((a, b) => (b.w?.year ?? 0) - (a.w?.year ?? 0));
  const facets = {};
  for (const dim of Object.keys(sel)) {
    const counts = new Map();
    for (const d of base.filter((x) => passes(x, dim))) for (const v of value(d, dim)) counts.set(v, (counts.get(v) ?? 0) + 1);
    const label = (v) => dim === 'topic' ? data.topicNames[v] ?? v : dim === 'venue' ? data.works.find((w) => w.venue.id === v)?.venue.name : v;
    facets[dim] = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .map(([v, c]) => ({ value: v, label: label(v), count: c, selected: sel[dim].includes(v) }));
  }
  const page = Number(params.get('page') || 1);
  const size = Number(params.get('size') || 10);
  const slice = hits.slice((page - 1) * size, page * size);
  return {
    total: hits.length, page, size, tookMs: 3,
    hits: slice.map((d) => (d.kind === 'work' ? workHit(d.w, toks) : personHit(d.p, toks))),
    facets, didYouMean: q === 'keywrd' ? 'keyword' : null,
  };
}

function person(id) {
  const p = data.people.find((x) => x.id === id);
  if (!p) return null;
  const works = data.works.filter((w) => w.people.includes(id));
  const count = (vals) => [...vals.reduce((m, v) => m.set(v, (m.get(v) ?? 0) + 1), new Map())];
  return {
    person: p, works: works.map((w) => workHit(w, [])),
    topics: count(works.flatMap((w) => w.topics)).sort((a, b) => b[1] - a[1]).map(([v, c]) => ({ value: v, label: data.topicNames[v] ?? v, count: c, selected: false })),
    years: count(works.map((w) => String(w.year))).sort().map(([v, c]) => ({ value: v, label: v, count: c, selected: false })),
  };
}

const server = http.createServer(async (req, res) => {
  const url = new URL(req.url, 'http://x');
  const json = (status, body, type = 'application/json') => {
    res.writeHead(status, { 'Content-Type': type, 'Content-Security-Policy': CSP });
    res.end(JSON.stringify(body));
  };
  const problem = (status, detail) => json(status, { type: 'about:blank', title: status === 404 ? 'Not found' : 'Bad request', status, detail }, 'application/problem+json');
  try {
    if (url.pathname === '/api/search') return json(200, search(url.searchParams));
    if (url.pathname === '/api/suggest') {
      const q = (url.searchParams.get('q') ?? '').toLowerCase();
      const all = [...data.people.map((p) => ({ text: p.name, kind: 'person', id: p.id })),
        ...data.works.map((w) => ({ text: w.title, kind: 'work', id: w.id })),
        ...[...new Map(data.works.map((w) => [w.venue.id, w.venue])).values()].map((v) => ({ text: v.name, kind: 'venue', id: v.id }))];
      return json(200, { q, suggestions: all.filter((s) => s.text.toLowerCase().split(/\s+/).some((w) => w.startsWith(q))).slice(0, 8) });
    }
    if (url.pathname.startsWith('/api/works/')) {
      const w = data.works.find((x) => x.id === decodeURIComponent(url.pathname.slice(11)));
      if (!w) return problem(404, 'no work with this id');
      return json(200, { work: w, topicNames: w.topics.map((t) => data.topicNames[t] ?? t), people: data.people.filter((p) => w.people.includes(p.id)).map((p) => ({ id: p.id, name: p.name })) });
    }
    if (url.pathname.startsWith('/api/people/')) {
      const body = person(decodeURIComponent(url.pathname.slice(12)));
      return body ? json(200, body) : problem(404, 'no person with this id');
    }
    if (url.pathname === '/api/stats') return json(200, { works: data.works.length, people: data.people.length });
    if (url.pathname === '/api/health') return json(200, { status: 'ok' });
    const file = path.join(webapp, url.pathname === '/' ? 'index.html' : path.normalize(url.pathname));
    if (!file.startsWith(webapp)) return problem(404, 'not found');
    const body = await readFile(file);
    res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'Content-Security-Policy': CSP });
    res.end(body);
  } catch (e) {
    if (e.code === 'ENOENT') return problem(404, 'not found');
    return problem(e.status ?? 500, e.message);
  }
});
server.listen(Number(process.argv[2] ?? 0), '127.0.0.1', () => console.log(`mock listening on ${server.address().port}`));
