#!/usr/bin/env python3
"""Check the gold of this evaluation set against its corpus.

  python3 validate.py            # exits 0 when everything passes

Checks: manifest and files; entities (ids, types, every name/alias occurs in a listed doc,
every listed line carries a name/alias); relations (ids, predicates, type constraints,
evidence occurs at or next to its line); transfer objects (start_line is the mask heading,
catalogue page listed in the table of contents, actor lines carry their text).
Text is compared after whitespace collapsing; physical lines are joined with a space, or
directly after a line-final hyphen (a form may also match with that hyphen removed)."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = {'Organization', 'Municipality', 'Body', 'Programme', 'Person', 'ActionField', 'Measure', 'TransferObject'}
PREDS = {'memberOf', 'participatesIn', 'cooperatesWith', 'fundedBy', 'carriedBy', 'chairedBy', 'subOrganizationOf',
         'involvesActor', 'addressesActionField'}
KINDS = {'transferkatalog', 'arbeitspakete', 'zielvereinbarung', 'protokoll', 'praesentation'}
FIELDS = {'kurzbeschreibung', 'produkttyp', 'ausgangssituation', 'ziele', 'methoden', 'ressourcen', 'projektplan',
          'beteiligte_akteure', 'marketing', 'gelingensbedingungen', 'herausforderungen', 'anmerkungen', 'transfer_adressaten'}
errors = []
def err(msg): errors.append(msg)

def norm(s): return ' '.join(s.split())

def joined(text, dehyphen):
    out, lm, prev_h = [], [], False
    for i, raw in enumerate(text.split('\n'), 1):
        p = norm(raw)
        if not p: continue
        if out:
            if prev_h:
                if dehyphen and p[0].islower(): out.pop(); lm.pop()
            else:
                out.append(' '); lm.append(i)
        for ch in p: out.append(ch); lm.append(i)
        prev_h = len(p) >= 2 and p.endswith('-') and p[-2].isalpha()
    return ''.join(out), lm

def spans(form, doc):
    """(start_line, end_line) of every whole-word occurrence of form in doc."""
    res = []
    pat = re.compile(r'(?<!\w)' + re.escape(norm(form)) + r'(?!\w)')
    for s, lm in JOIN[doc]:
        res += [(lm[m.start()], lm[m.end() - 1]) for m in pat.finditer(s)]
    return res

def fold(s):
    s = s.lower()
    for a, b in (('ii', 'u'), ('{i', 'u'), ('ä', 'a'), ('é', 'a'), ('ö', 'o'), ('ü', 'u'), ('ß', 'ss'), ('–', '-'), ('—', '-')):
        s = s.replace(a, b)
    return norm(s)

# ---------------- manifest
man_path = os.path.join(HERE, 'corpus', 'manifest.yaml')
try:
    import yaml
    manifest = yaml.safe_load(open(man_path, encoding='utf-8'))['documents']
except ImportError:   # minimal reader for the flat manifest format
    manifest, cur = [], None
    for line in open(man_path, encoding='utf-8'):
        m = re.match(r'\s*(-\s+)?(\w+):\s*(.*)$', line)
        if not m or m.group(2) == 'documents': continue
        if m.group(1): cur = {}; manifest.append(cur)
        cur[m.group(2)] = m.group(3).strip().strip('"')
TEXT, JOIN = {}, {}
for d in manifest:
    for k in ('id', 'file', 'title', 'publisher', 'date', 'kind', 'format', 'language', 'licence'):
        if k not in d: err(f'manifest: {d.get("id")} lacks {k}')
    if d.get('kind') not in KINDS: err(f'manifest: bad kind {d.get("kind")}')
    if not re.fullmatch(r'\d{4}-\d{2}', str(d.get('date'))): err(f'manifest: bad date {d.get("date")}')
    p = os.path.join(HERE, 'corpus', d['file'])
    if not os.path.exists(p): err(f'manifest: missing file {p}'); continue
    if os.path.splitext(d['file'])[0] != d['id']: err(f'manifest: id {d["id"]} is not the file stem')
    TEXT[d['id']] = open(p, encoding='utf-8').read()
    JOIN[d['id']] = [joined(TEXT[d['id']], False), joined(TEXT[d['id']], True)]
if sorted(d['kind'] for d in manifest) != sorted(KINDS): err('manifest: need one document of each kind')
size = sum(len(t.encode('utf-8')) for t in TEXT.values())
if not 45000 <= size <= 55000: err(f'corpus size {size} bytes outside 45–55 KB')

# ---------------- entities
ents = json.load(open(os.path.join(HERE, 'gold', 'entities.json'), encoding='utf-8'))
byid = {}
for e in ents:
    eid = e.get('id')
    if eid in byid: err(f'entity: duplicate id {eid}')
    byid[eid] = e
    for k in ('type', 'name', 'aliases', 'docs', 'lines'):
        if k not in e: err(f'entity {eid}: missing {k}')
    if e.get('type') not in TYPES: err(f'entity {eid}: bad type {e.get("type")}')
    if e.get('type') == 'Person' and not (e.get('role') and e.get('affiliation')): err(f'entity {eid}: person without role/affiliation')
    docs = e.get('docs', [])
    if set(docs) != set(e.get('lines', {})): err(f'entity {eid}: docs and lines keys differ')
    for d in docs:
        if d not in TEXT: err(f'entity {eid}: unknown doc {d}')
    docs = [d for d in docs if d in TEXT]
    forms = [e['name']] + list(e.get('aliases', []))
    found = {f: any(spans(f, d) for d in docs) for f in forms}
    for a in e.get('aliases', []):
        if not found[a]: err(f'entity {eid}: alias "{a}" not found in its docs')
    if not found[e['name']] and not any(found[a] and fold(a) == fold(e['name']) for a in e.get('aliases', [])) \
            and not any(fold(e['name']) in fold(JOIN[d][1][0]) for d in docs):
        err(f'entity {eid}: name "{e["name"]}" not found in its docs (even after umlaut/OCR folding)')
    for d, lines in e.get('lines', {}).items():
        if d not in TEXT: continue
        cover = set()
        for f in forms:
            for a, b in spans(f, d): cover.update(range(a, b + 1))
        for ln in lines:
            if ln not in cover: err(f'entity {eid}: {d} line {ln} carries none of its names')

# ---------------- relations
rels = json.load(open(os.path.join(HERE, 'gold', 'relations.json'), encoding='utf-8'))
seen = set()
for i, r in enumerate(rels):
    tag = f'relation #{i} {r.get("subject")} {r.get("predicate")} {r.get("object")}'
    for k in ('subject', 'predicate', 'object', 'doc', 'line', 'evidence'):
        if k not in r: err(f'{tag}: missing {k}')
    s, o = byid.get(r['subject']), byid.get(r['object'])
    if not s or not o: err(f'{tag}: unknown entity'); continue
    if r['predicate'] not in PREDS: err(f'{tag}: bad predicate')
    if r['doc'] not in TEXT: err(f'{tag}: unknown doc'); continue
    p = r['predicate']
    if p == 'memberOf' and s['type'] != 'Person': err(f'{tag}: memberOf needs a person subject')
    if p == 'involvesActor' and s['type'] != 'TransferObject': err(f'{tag}: involvesActor needs a transfer object')
    if p == 'addressesActionField' and (s['type'] != 'Measure' or o['type'] != 'ActionField'): err(f'{tag}: measure -> action field expected')
    if p == 'chairedBy' and s['type'] != 'Body': err(f'{tag}: chairedBy needs a body subject')
    if p in ('participatesIn', 'cooperatesWith', 'fundedBy', 'carriedBy', 'subOrganizationOf') and 'Person' in (s['type'], o['type']):
        err(f'{tag}: person in an organisational relation')
    ev = norm(r['evidence'])
    starts = []
    for js, lm in JOIN[r['doc']]:
        k = js.find(ev)
        while k >= 0:
            starts.append(lm[k]); k = js.find(ev, k + 1)
    if not starts: err(f'{tag}: evidence not in {r["doc"]}: "{ev}"')
    elif not any(abs(x - r['line']) <= 1 for x in starts): err(f'{tag}: evidence not at/next to line {r["line"]} (found at {sorted(set(starts))})')
    key = (r['subject'], p, r['object'], r['doc'], r['line'], r['evidence'])
    if key in seen: err(f'{tag}: duplicate')
    seen.add(key)

# ---------------- transfer objects
tos = json.load(open(os.path.join(HERE, 'gold', 'transfer_objects.json'), encoding='utf-8'))
for t in tos:
    d = t.get('doc'); tag = f'mask {t.get("section")}'
    if d not in TEXT: err(f'{tag}: unknown doc'); continue
    lines = TEXT[d].split('\n')
    head = norm(lines[t['start_line'] - 1])
    if not (head.startswith(t['section'] + ' ') and norm(t['title']) in head): err(f'{tag}: start_line {t["start_line"]} is not its heading: "{head}"')
    if t.get('id') and byid.get(t['id'], {}).get('type') != 'TransferObject': err(f'{tag}: id {t.get("id")} is not a TransferObject entity')
    js = JOIN[d][1][0]
    toc = re.search(re.escape(norm(t['title'])) + r'\s*\(Seite (\d+)\)', js) or \
          re.search(re.escape(norm(t['title']).split()[0]) + r'[^()]{0,80}\(Seite (\d+)\)', js)
    if not toc or int(toc.group(1)) != t['catalogue_page']: err(f'{tag}: catalogue page {t["catalogue_page"]} not in the table of contents')
    if t.get('kbm_function') not in {'Strategische Ziele', 'Daten', 'Diskurs', 'Handlungsfelder', 'Maßnahmen'}: err(f'{tag}: bad kbm_function')
    for k in ('fields_present', 'fields_empty', 'fields_missing'):
        if not set(t.get(k, [])) <= FIELDS: err(f'{tag}: unknown field in {k}')
    if set(t['fields_present']) | set(t['fields_empty']) | set(t['fields_missing']) != FIELDS: err(f'{tag}: fields do not add up')
    for a in t.get('beteiligte_akteure', []):
        if norm(a['text']) not in norm(lines[a['line'] - 1]): err(f'{tag}: actor text not on line {a["line"]}: {a["text"]}')

print(f'{len(TEXT)} documents, {size} bytes; {len(ents)} entities, {len(rels)} relations, {len(tos)} masks')
if errors:
    print(f'{len(errors)} problem(s):'); [print('  -', m) for m in errors]; sys.exit(1)
print('OK')
