// Links printed author names to known people. The server gives a work's authors as printed
// ("L. Park", "Park, Lena") and, separately, the people it linked ({id, name}); we pair them by
// folded surname plus first initial so each known person gets a link at the right place.

const fold = (text) =>
  String(text ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z\s,.-]/g, '')
    .trim();

/** {first, last} of a name written "First Last" or "Last, First". */
function nameParts(name) {
  const text = fold(name).replace(/\*/g, '');
  if (text.includes(',')) {
    const [last, first] = text.split(',', 2);
    return { first: first.trim(), last: last.trim() };
  }
  const words = text.split(/\s+/).filter(Boolean);
  return { first: words.slice(0, -1).join(' '), last: words.at(-1) ?? '' };
}

function sameName(printed, known) {
  const a = nameParts(printed);
  const b = nameParts(known);
  if (!a.last || a.last !== b.last) return false;
  if (!a.first || !b.first) return true;
  const fa = a.first.replace(/[.-]/g, ' ').trim();
  const fb = b.first.replace(/[.-]/g, ' ').trim();
  return fa === fb || (fa.length <= 2 && fa[0] === fb[0]) || (fb.length <= 2 && fb[0] === fa[0]);
}

/**
 * Pairs authors with people: [{name, person|null}]. Linked people whose printed name we cannot
 * find are appended, so no known person is ever dropped from the page.
 */
export function linkAuthors(authors = [], people = []) {
  const left = [...(people ?? [])];
  const rows = (authors ?? []).map((name) => ({ name, person: null }));
  // Exact matches first, so "Lena Park" is not taken by a fuzzy "L. Park" pairing elsewhere.
  const exact = (printed, known) => fold(printed) === fold(known);
  for (const matches of [exact, sameName]) {
    for (const row of rows) {
      if (row.person) continue;
      const i = left.findIndex((p) => matches(row.name, p.name));
      if (i >= 0) row.person = left.splice(i, 1)[0];
    }
  }
  return rows.concat(left.map((p) => ({ name: p.name, person: p })));
}

/** "AO" for "Amara Osei": the letters of a placeholder avatar. */
export const initials = (name) =>
  String(name ?? '').split(/\s+/).map((w) => w[0] ?? '').filter((c) => /\p{L}/u.test(c))
    .slice(0, 2).join('').toUpperCase();
