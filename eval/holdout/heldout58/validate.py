#!/usr/bin/env python3
"""Checks the set58 gold against the corpus text.

- every entity name and alias occurs (whitespace-normalised, case-sensitive) in at least one of its docs,
  every listed doc exists, and every listed line contains one of the entity's surface forms;
- every relation uses known entity ids and a known predicate, and its evidence occurs on its line
  or on the line before/after (or spans two adjacent lines);
- every transfer object's start_line is its mask heading ("<section> <title>"), and its
  beteiligte_akteure lines contain their text;
- the manifest lists existing files, and no forbidden place name appears in the corpus.
Exit status 0 when everything passes."""
import json, os, re, sys
try:
    import yaml
except ImportError:
    yaml = None
B = os.path.dirname(os.path.abspath(__file__))
C, G = os.path.join(B, 'corpus'), os.path.join(B, 'gold')
norm = lambda s: re.sub(r'\s+', ' ', s).strip()
errors = []

def load_manifest():
    text = open(os.path.join(C, 'manifest.yaml'), encoding='utf-8').read()
    if yaml:
        return yaml.safe_load(text)['documents']
    docs, cur = [], None
    for line in text.splitlines():
        m = re.match(r'\s*-?\s*(\w+):\s*"?(.*?)"?\s*$', line)
        if line.strip().startswith('- '):
            cur = {}; docs.append(cur)
        if m and cur is not None:
            cur[m.group(1)] = m.group(2)
    return docs

docs = load_manifest()
LINES = {}
for d in docs:
    p = os.path.join(C, d['file'])
    if not os.path.exists(p):
        errors.append(f"manifest: missing file {d['file']}"); continue
    if os.path.splitext(d['file'])[0] != d['id']:
        errors.append(f"manifest: id {d['id']} is not the stem of {d['file']}")
    LINES[d['id']] = [norm(l) for l in open(p, encoding='utf-8').read().split('\n')]

ents = json.load(open(os.path.join(G, 'entities.json'), encoding='utf-8'))
rels = json.load(open(os.path.join(G, 'relations.json'), encoding='utf-8'))
tos = json.load(open(os.path.join(G, 'transfer_objects.json'), encoding='utf-8'))
TYPES = {'Organization', 'Municipality', 'Body', 'Programme', 'Person', 'ActionField', 'Measure', 'TransferObject'}
PREDS = {'memberOf', 'participatesIn', 'cooperatesWith', 'fundedBy', 'carriedBy', 'chairedBy', 'subOrganizationOf', 'involvesActor', 'addressesActionField'}
ids = {}
for e in ents:
    if e['id'] in ids: errors.append(f"entity id duplicated: {e['id']}")
    ids[e['id']] = e
    if e['type'] not in TYPES: errors.append(f"{e['id']}: unknown type {e['type']}")
    forms = [norm(f) for f in [e['name']] + e['aliases']]
    for d in e['docs']:
        if d not in LINES: errors.append(f"{e['id']}: unknown doc {d}")
    for f in forms:
        if not any(f in l for d in e['docs'] if d in LINES for l in LINES[d]):
            errors.append(f"{e['id']}: form {f!r} not found in its docs")
    for d, ls in e.get('lines', {}).items():
        if d not in e['docs']: errors.append(f"{e['id']}: lines for unlisted doc {d}")
        for i in ls:
            if d in LINES and not (1 <= i <= len(LINES[d]) and any(f in LINES[d][i - 1] for f in forms)):
                errors.append(f"{e['id']}: no surface form on {d}:{i}")
    for d in e['docs']:
        if d in LINES and not e.get('lines', {}).get(d):
            errors.append(f"{e['id']}: no lines for {d}")
for r in rels:
    tag = f"{r['subject']} {r['predicate']} {r['object']} @{r['doc']}:{r['line']}"
    if r['predicate'] not in PREDS: errors.append(f"{tag}: unknown predicate")
    for k in ('subject', 'object'):
        if r[k] not in ids: errors.append(f"{tag}: unknown {k} id")
    if r['doc'] not in LINES: errors.append(f"{tag}: unknown doc"); continue
    L, i, ev = LINES[r['doc']], r['line'], norm(r.get('evidence', ''))
    win = [L[j - 1] for j in (i - 1, i, i + 1) if 1 <= j <= len(L)]
    ok = any(ev in w for w in win) or ev in ' '.join(win)
    if not ev or not ok: errors.append(f"{tag}: evidence {ev!r} not at or next to its line")
    if r['predicate'] == 'memberOf' and ids.get(r['subject'], {}).get('type') != 'Person':
        errors.append(f"{tag}: memberOf subject is not a Person")
    if r['predicate'] == 'addressesActionField' and (ids.get(r['subject'], {}).get('type') != 'Measure' or ids.get(r['object'], {}).get('type') != 'ActionField'):
        errors.append(f"{tag}: addressesActionField must go Measure -> ActionField")
    if r['predicate'] == 'involvesActor' and ids.get(r['subject'], {}).get('type') != 'TransferObject':
        errors.append(f"{tag}: involvesActor subject is not a TransferObject")
for t in tos:
    L = LINES.get(t['doc'])
    if L is None: errors.append(f"mask {t['section']}: unknown doc"); continue
    h = L[t['start_line'] - 1]
    if h != norm(f"{t['section']} {t['title']}"):
        errors.append(f"mask {t['section']}: line {t['start_line']} is {h!r}, not its heading")
    if 'to-' + t['section'] not in ids: errors.append(f"mask {t['section']}: no TransferObject entity")
    for a in t['beteiligte_akteure']:
        if norm(a['text']) not in L[a['line'] - 1]:
            errors.append(f"mask {t['section']}: akteur text {a['text']!r} not on line {a['line']}")
FORBIDDEN = open(os.path.join(B, 'tools', 'forbidden_places.txt'), encoding='utf-8').read().split(', ') if os.path.exists(os.path.join(B, 'tools', 'forbidden_places.txt')) else []
for d, L in LINES.items():
    text = '\n'.join(L)
    for w in FORBIDDEN:
        w = w.strip().rstrip('.')
        if w and re.search(r'(?<![\wäöüß])' + re.escape(w) + r'(?![\wäöüß])', text):
            errors.append(f"{d}: forbidden place name {w!r}")
for e in errors: print('ERROR', e)
print(f"{len(ents)} entities, {len(rels)} relations, {len(tos)} masks, {sum(len(L) for L in LINES.values())} lines; {len(errors)} errors")
sys.exit(1 if errors else 0)
