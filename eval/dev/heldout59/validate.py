#!/usr/bin/env python3
"""Check the gold of this evaluation set against the corpus text.

Checks
  * corpus/manifest.yaml lists every corpus file (id = file stem).
  * entities.json: unique ids; every alias occurs in at least one listed doc; the name occurs
    in a listed doc (unless the entity marks it "name_normalised": true, i.e. the name is the
    corrected spelling of an OCR surface form that is itself listed as alias); every listed
    (doc, line) contains the name or an alias starting on that line; every doc in "docs" has lines.
  * relations.json: subject/object ids exist; predicate is known; evidence occurs at or next to
    its line (lines line-1 .. line+1, joined); predicate/type constraints.
  * transfer_objects.json: start_line is the mask heading "<section> <title>"; actor lines
    contain the actor text; every mask has a TransferObject entity with the same title.

Text normalisation (used for all matching): line-end hyphenation is undone ("Bildungs-\\n
management" -> "Bildungsmanagement"; "Ottilie-\\nBrenner" -> "Ottilie-Brenner"), a dash at a
line end is joined to the next word, and every run of whitespace (tabs, newlines) becomes one
space. Matching is case-sensitive.
Run: python3 validate.py   (exit code 0 = passed)
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, 'corpus')
GOLD = os.path.join(HERE, 'gold')

PREDICATES = {'memberOf', 'participatesIn', 'cooperatesWith', 'fundedBy', 'carriedBy',
              'chairedBy', 'subOrganizationOf', 'involvesActor', 'addressesActionField'}
TYPES = {'Organization', 'Municipality', 'Body', 'Programme', 'Person', 'ActionField',
         'Measure', 'TransferObject'}
ACTORS = {'Organization', 'Municipality', 'Body'}


def _apply(s, lines, pattern, repl):
    """Replace regex matches in s, keeping a per-character line list in step."""
    out, outl, pos = [], [], 0
    for m in re.finditer(pattern, s):
        out.append(s[pos:m.start()]); outl.extend(lines[pos:m.start()])
        r = repl if isinstance(repl, str) else repl(m)
        out.append(r); outl.extend([lines[m.start()]] * len(r))
        pos = m.end()
    out.append(s[pos:]); outl.extend(lines[pos:])
    return ''.join(out), outl


def normalize(text):
    """Return (normalised text, 1-based source line of every character)."""
    lines, n = [], 1
    for ch in text:
        lines.append(n)
        if ch == '\n':
            n += 1
    s = text
    s, lines = _apply(s, lines, r'(?<=\w)-[ \t]*\n\s*(?=[a-zäöüß])', '')
    s, lines = _apply(s, lines, r'(?<=\w)-[ \t]*\n\s*(?=[A-ZÄÖÜ])', '-')
    s, lines = _apply(s, lines, r'(?<=\w)–[ \t]*\n\s*(?=\w)', '–')
    s, lines = _apply(s, lines, r'\s+', ' ')
    return s, lines


def ws(s):
    return re.sub(r'\s+', ' ', s).strip()


def find_all(form, s):
    pat = r'(?<![\w-])' + re.escape(form) + r'(?![\w]|-\w)'
    return [m.start() for m in re.finditer(pat, s)]


def load_docs():
    docs = {}
    for f in sorted(os.listdir(CORPUS)):
        if f.endswith(('.txt', '.md')):
            raw = open(os.path.join(CORPUS, f), encoding='utf-8').read()
            norm, lmap = normalize(raw)
            docs[os.path.splitext(f)[0]] = {'file': f, 'raw': raw, 'lines': raw.split('\n'),
                                           'norm': norm, 'lmap': lmap}
    return docs


def window(doc, line, before=1, after=1):
    ls = doc['lines']
    lo, hi = max(1, line - before), min(len(ls), line + after)
    chunk = '\n'.join(ls[lo - 1:hi])
    return normalize(chunk)[0]


def near_lines(doc, line):
    """The line itself, its direct neighbours and the nearest non-blank neighbours."""
    ls = doc['lines']
    near = {line - 1, line, line + 1}
    for step in (-1, 1):
        i = line + step
        while 1 <= i <= len(ls) and not ls[i - 1].strip():
            i += step
        near.add(i)
    return near


def evidence_at(doc, evidence, line):
    """Evidence (normalised) occurs in the text and starts at or next to the given line."""
    ev = ws(evidence)
    near = near_lines(doc, line)
    return any(doc['lmap'][m.start()] in near for m in re.finditer(re.escape(ev), doc['norm']))


def main():
    errors = []
    docs = load_docs()
    # manifest
    man = open(os.path.join(CORPUS, 'manifest.yaml'), encoding='utf-8').read()
    ids = re.findall(r'^\s*-\s*id:\s*(\S+)', man, re.M)
    files = re.findall(r'^\s*file:\s*(\S+)', man, re.M)
    for d, v in docs.items():
        if d not in ids:
            errors.append(f'manifest: missing id {d}')
        if v['file'] not in files:
            errors.append(f'manifest: missing file {v["file"]}')
    for k in ('title', 'publisher', 'date', 'kind', 'format', 'language', 'licence'):
        if len(re.findall(rf'^\s*{k}:', man, re.M)) != len(docs):
            errors.append(f'manifest: key {k} not given for every document')

    ents = json.load(open(os.path.join(GOLD, 'entities.json'), encoding='utf-8'))
    rels = json.load(open(os.path.join(GOLD, 'relations.json'), encoding='utf-8'))
    tos = json.load(open(os.path.join(GOLD, 'transfer_objects.json'), encoding='utf-8'))
    byid = {}
    for e in ents:
        if e['id'] in byid:
            errors.append(f'entity id duplicated: {e["id"]}')
        byid[e['id']] = e
        if e['type'] not in TYPES:
            errors.append(f'{e["id"]}: unknown type {e["type"]}')
        for d in e['docs']:
            if d not in docs:
                errors.append(f'{e["id"]}: unknown doc {d}')
        forms = [e['name']] + e['aliases']
        if len(set(e['aliases'])) != len(e['aliases']) or e['name'] in e['aliases']:
            errors.append(f'{e["id"]}: duplicate alias')
        for a in e['aliases']:
            if not any(find_all(a, docs[d]['norm']) for d in e['docs'] if d in docs):
                errors.append(f'{e["id"]}: alias not found in its docs: {a!r}')
        if not e.get('name_normalised'):
            if not any(find_all(e['name'], docs[d]['norm']) for d in e['docs'] if d in docs):
                errors.append(f'{e["id"]}: name not found in its docs: {e["name"]!r}')
        if e['type'] == 'Person' and ('role' not in e or 'affiliation' not in e):
            errors.append(f'{e["id"]}: person without role/affiliation')
        lines = e.get('lines', {})
        for d in e['docs']:
            if not lines.get(d):
                errors.append(f'{e["id"]}: no lines for doc {d}')
        for d, ls in lines.items():
            if d not in e['docs']:
                errors.append(f'{e["id"]}: lines for unlisted doc {d}')
                continue
            starts = set()
            for f in forms:
                for p in find_all(f, docs[d]['norm']):
                    starts.add(docs[d]['lmap'][p])
            for l in ls:
                if l not in starts:
                    errors.append(f'{e["id"]}: no name/alias starts on {d}:{l}')
    # relations
    seen = set()
    for i, r in enumerate(rels):
        tag = f'relation {i} ({r.get("subject")} {r.get("predicate")} {r.get("object")})'
        for k in ('subject', 'predicate', 'object', 'doc', 'line', 'evidence'):
            if k not in r:
                errors.append(f'{tag}: missing {k}')
        if r['predicate'] not in PREDICATES:
            errors.append(f'{tag}: unknown predicate')
        s, o = byid.get(r['subject']), byid.get(r['object'])
        if not s or not o:
            errors.append(f'{tag}: unknown subject/object')
            continue
        p = r['predicate']
        ok = {
            'memberOf': s['type'] == 'Person' and o['type'] in ACTORS,
            'participatesIn': s['type'] in ACTORS and o['type'] in ('Body', 'Programme'),
            'cooperatesWith': s['type'] in ACTORS and o['type'] in ACTORS,
            'fundedBy': o['type'] in ACTORS | {'Programme'},
            'carriedBy': o['type'] in ACTORS,
            'chairedBy': s['type'] == 'Body' and o['type'] == 'Person',
            'subOrganizationOf': s['type'] in ACTORS and o['type'] in ACTORS,
            'involvesActor': s['type'] == 'TransferObject' and o['type'] in ACTORS,
            'addressesActionField': s['type'] == 'Measure' and o['type'] == 'ActionField',
        }[p]
        if not ok:
            errors.append(f'{tag}: type constraint violated ({s["type"]} -> {o["type"]})')
        if r['doc'] not in docs:
            errors.append(f'{tag}: unknown doc'); continue
        if r['doc'] not in s['docs'] or r['doc'] not in o['docs']:
            errors.append(f'{tag}: subject or object not listed in doc {r["doc"]}')
        if not evidence_at(docs[r['doc']], r['evidence'], r['line']):
            errors.append(f'{tag}: evidence not at/next to {r["doc"]}:{r["line"]}: {r["evidence"]!r}')
        key = (r['subject'], p, r['object'], r['doc'], r['line'])
        if key in seen:
            errors.append(f'{tag}: duplicate relation at same line')
        seen.add(key)
    # transfer objects
    for t in tos:
        d = docs.get(t['doc'])
        if not d:
            errors.append(f'mask {t["section"]}: unknown doc'); continue
        head = ws(d['lines'][t['start_line'] - 1])
        if head != ws(f'{t["section"]} {t["title"]}'):
            errors.append(f'mask {t["section"]}: start_line {t["start_line"]} is {head!r}')
        for a in t['beteiligte_akteure']:
            if ws(a['text']) not in window(d, a['line'], 0, 1):
                errors.append(f'mask {t["section"]}: actor text not at line {a["line"]}: {a["text"]!r}')
        if not any(e['type'] == 'TransferObject' and e['name'] == t['title'] for e in ents):
            errors.append(f'mask {t["section"]}: no TransferObject entity named {t["title"]!r}')
        fields = set(t['fields_present']) | set(t['fields_empty']) | set(t['fields_missing'])
        if len(fields) != 13:
            errors.append(f'mask {t["section"]}: fields do not add up to 13')
    if errors:
        print('\n'.join(errors))
        print(f'FAILED: {len(errors)} problem(s)')
        return 1
    n = lambda p: sum(1 for r in rels if r['predicate'] == p)
    print(f'OK: {len(docs)} documents, {len(ents)} entities, {len(rels)} relations, {len(tos)} masks')
    for p in sorted(PREDICATES):
        print(f'  {p}: {n(p)}')
    return 0


if __name__ == '__main__':
    sys.exit(main())
