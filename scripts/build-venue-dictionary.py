#!/usr/bin/env python3
"""Builds the generated venue dictionary from the CORE lists and the ACL Anthology venue list.

Usage: scripts/build-venue-dictionary.py [VENUES_DIR] [OUT_TSV]
  VENUES_DIR defaults to ../shared/data/venues (relative to the repository root),
  OUT_TSV to indexer/src/main/resources/dev/cvsearch/indexer/venue/venues-generated.tsv.

Output: TSV with a header, columns id, name, kind, aliases ('|'-separated). Only facts from the
inputs go in (acronyms, official titles, kind); hand-made display names and extra aliases live in
venues-curated.tsv, which the Java loader lets win over this file.
"""
import csv
import glob
import os
import re
import sys

import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
VENUES_DIR = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "..", "shared", "data", "venues")
OUT = sys.argv[2] if len(sys.argv) > 2 else os.path.join(
    ROOT, "indexer/src/main/resources/dev/cvsearch/indexer/venue/venues-generated.tsv")

# Newer CORE editions win when the same CORE id carries different titles or acronyms.
SOURCE_ORDER = ["ICORE2026", "CORE2023", "CORE2021", "CORE2020", "CORE2018", "CORE2017",
                "CORE2014", "CORE2013", "ERA2010"]
# FoR codes useful for a CS search engine: 08xx/46xx (computing), plus signal processing,
# communications, electronics and cognitive science.
USEFUL_FOR = ("08", "46", "0906", "1005", "1702", "4006", "4008", "4009", "5204")
# ACL venue keys that are containers, not venues.
ACL_SKIP = {"ws", "all", "findings"}


def slug(text):
    text = text.lower().replace("&", " and ").replace("*", "star")
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


def clean_title(title):
    return re.sub(r"\s+", " ", title).strip().strip(",")


def split_parenthetical(title):
    """'Advances in NIPS (was NIPS)' -> ('Advances in NIPS', ['NIPS'])."""
    extra = []
    for m in re.finditer(r"\((?:was|previously|formerly)\s+(?:the\s+)?([^)]*)\)", title, re.I):
        for part in re.split(r",|\band\b", m.group(1)):
            part = part.strip()
            if part and len(part) <= 60 and not re.search(r"\d{4}|changed|joined", part, re.I):
                extra.append(part)
    base = clean_title(re.sub(r"\([^)]*\)", " ", title))
    return base, extra


def kind_from_words(title, default):
    t = title.lower()
    if re.search(r"\bworkshop\b", t):
        return "workshop"
    if re.search(r"\b(journal|transactions|letters|magazine|review)\b", t):
        return "journal"
    if re.search(r"\b(conference|symposium|congress|summit|meeting|colloquium|forum)\b", t):
        return "conference"
    return default


def source_rank(source):
    return SOURCE_ORDER.index(source) if source in SOURCE_ORDER else len(SOURCE_ORDER)


class Entry:
    def __init__(self, vid, name, kind):
        self.id, self.name, self.kind, self.aliases = vid, name, kind, []

    def add(self, *aliases):
        for a in aliases:
            a = clean_title(a or "")
            if a and a not in self.aliases:
                self.aliases.append(a)


def acl_entries(entries):
    data = yaml.safe_load(open(os.path.join(VENUES_DIR, "acl-anthology-venues.yaml"), encoding="utf-8"))
    for key, v in data.items():
        if key in ACL_SKIP:
            continue
        acronym = str(v.get("acronym") or "").strip()
        name = clean_title(str(v.get("name") or ""))
        base, extra = split_parenthetical(name)
        display = acronym if acronym and acronym != acronym.lower() else base
        default = "conference" if v.get("is_toplevel") else "workshop"
        kind = kind_from_words(base, default)
        e = entries.setdefault(key, Entry(key, display, kind))
        e.add(acronym, base, re.sub(r"^The\s+", "", base), *extra)


def core_rows():
    for path in sorted(glob.glob(os.path.join(VENUES_DIR, "*.csv"))):
        with open(path, encoding="utf-8") as f:
            rows = list(csv.reader(f))
        header = [h.strip().lower() for h in rows[0]]
        journal = "acronym" not in header and "title" in header
        for row in rows[1:]:
            if len(row) < 5 or not row[0].strip().isdigit():
                continue
            if journal:
                title, source, fors = row[1], row[2], row[5:8]
                yield ("J" + row[0].strip(), title, "", source.strip(), fors, True)
            else:
                title, acronym, source, fors = row[1], row[2], row[3], row[6:9]
                yield ("C" + row[0].strip(), title, acronym.strip(), source.strip(), fors, False)


def words(text):
    return set(re.findall(r"[a-z]{4,}", text.lower()))


def same_venue(entry, acronym, title):
    """Same acronym, same venue? 'MuC' (Mensch & Computer) is not 'MUC' (Message Understanding)."""
    if acronym in entry.aliases:
        return True
    title_words = words(title)
    return any(len(title_words & words(a)) * 2 >= max(1, len(title_words)) for a in entry.aliases)


def core_entries(entries):
    groups = {}
    for core_id, title, acronym, source, fors, journal in core_rows():
        groups.setdefault(core_id, []).append((source_rank(source), title, acronym, fors, journal))
    by_acronym = {}
    for e in entries.values():
        for a in e.aliases:
            by_acronym.setdefault(a.upper(), e)
    used = set(entries)
    for core_id, rows in sorted(groups.items(), key=lambda kv: min(r[0] for r in kv[1])):
        rows.sort(key=lambda r: r[0])
        fors = [f.strip() for r in rows for f in r[3] if f.strip()]
        if fors and not any(f.startswith(USEFUL_FOR) for f in fors):
            continue
        _, title, acronym, _, journal = rows[0]
        base, extra = split_parenthetical(title)
        if not base:
            continue
        existing = by_acronym.get(acronym.upper()) if acronym else None
        if existing is not None and not same_venue(existing, acronym, base):
            existing = None
        if existing is not None:
            existing.add(*[split_parenthetical(r[1])[0] for r in rows], *extra)
            continue
        kind = "journal" if journal else kind_from_words(base, "conference")
        vid = slug(acronym) if acronym else slug(base)
        if vid in used:
            vid = slug(acronym + " " + base) if acronym else vid + "-" + core_id.lower()
        used.add(vid)
        e = entries[vid] = Entry(vid, acronym or base, kind)
        e.add(acronym, *[split_parenthetical(r[1])[0] for r in rows], *[r[2] for r in rows], *extra)
        if acronym:
            by_acronym.setdefault(acronym.upper(), e)


def main():
    entries = {}
    acl_entries(entries)
    core_entries(entries)
    with open(OUT, "w", encoding="utf-8", newline="\n") as out:
        out.write("# Generated by scripts/build-venue-dictionary.py from the CORE lists and the ACL\n")
        out.write("# Anthology venue list. Do not edit; put corrections in venues-curated.tsv.\n")
        out.write("id\tname\tkind\taliases\n")
        for e in sorted(entries.values(), key=lambda e: e.id):
            aliases = [a.replace("|", "/").replace("\t", " ") for a in e.aliases]
            out.write(f"{e.id}\t{e.name}\t{e.kind}\t{'|'.join(aliases)}\n")
    print(f"wrote {len(entries)} venues to {OUT}", file=sys.stderr)


if __name__ == "__main__":
    main()
