#!/usr/bin/env python3
"""Checks the gold of this set against its corpus.
- every entity's name/aliases occur in the text; every listed doc contains a form, every listed line contains one
- every alias occurs in at least one listed doc
- every relation's ids exist, and its evidence occurs on its line or the line before/after
- every transfer object's start_line is its mask heading "<section> <title>"
- manifest files exist
Whitespace (tabs, runs of spaces) is normalised to one space before matching."""
import json, os, re, sys
B = os.path.dirname(os.path.abspath(__file__))
def norm(s): return re.sub(r'\s+', ' ', s).strip()
man = open(os.path.join(B, 'corpus', 'manifest.yaml'), encoding='utf-8').read()
files = re.findall(r'^\s+file:\s*(\S+)', man, re.M)
ids_m = re.findall(r'^\s+- id:\s*(\S+)', man, re.M)
err = []
TEXT = {}
for i, f in zip(ids_m, files):
    p = os.path.join(B, 'corpus', f)
    if not os.path.exists(p): err.append('missing file ' + f); continue
    if os.path.splitext(f)[0] != i: err.append('id/file stem mismatch ' + i)
    TEXT[i] = [norm(l) for l in open(p, encoding='utf-8').read().split('\n')]
G = lambda n: json.load(open(os.path.join(B, 'gold', n), encoding='utf-8'))
E, R, T = G('entities.json'), G('relations.json'), G('transfer_objects.json')
ids = set()
for e in E:
    if e['id'] in ids: err.append('duplicate entity id ' + e['id'])
    ids.add(e['id'])
    forms = [norm(e['name'])] + [norm(a) for a in e['aliases']]
    for d in e['docs']:
        if d not in TEXT: err.append('%s: unknown doc %s' % (e['id'], d)); continue
        if not any(f in l for f in forms for l in TEXT[d]): err.append('%s: no form in %s' % (e['id'], d))
        for n in e.get('lines', {}).get(d, []):
            if not any(f in TEXT[d][n - 1] for f in forms): err.append('%s: no form on %s:%d' % (e['id'], d, n))
    if set(e.get('lines', {})) - set(e['docs']): err.append('%s: lines for unlisted doc' % e['id'])
    for a in e['aliases']:
        if not any(norm(a) in l for d in e['docs'] if d in TEXT for l in TEXT[d]): err.append('%s: alias %r not in its docs' % (e['id'], a))
for r in R:
    for k in ('subject', 'object'):
        if r[k] not in ids: err.append('relation: unknown %s %s' % (k, r[k]))
    ls = TEXT.get(r['doc'])
    if ls is None: err.append('relation: unknown doc ' + r['doc']); continue
    ev = norm(r['evidence']); n = r['line']
    win = [ls[i - 1] for i in (n - 1, n, n + 1) if 1 <= i <= len(ls)]
    if not any(ev in l for l in win) and ev not in ' '.join(win):
        err.append('relation evidence not at %s:%d: %r' % (r['doc'], n, ev))
for t in T:
    ls = TEXT.get(t['doc'])
    if ls is None: err.append('mask: unknown doc'); continue
    if not ls[t['start_line'] - 1].startswith(t['section'] + ' ' + t['title']):
        err.append('mask %s: start_line %d is not its heading' % (t['section'], t['start_line']))
    for b in t.get('beteiligte_akteure', []):
        if not ls[b['line'] - 1].lstrip('• ').startswith(norm(b['text'])[:25]): err.append('mask %s: actor line %d' % (t['section'], b['line']))
    if 'to-' + t['section'] not in ids: err.append('mask %s has no TransferObject entity' % t['section'])
if err:
    print('\n'.join(err)); print('FAILED: %d problems' % len(err)); sys.exit(1)
print('OK: %d docs, %d entities, %d relations, %d masks' % (len(TEXT), len(E), len(R), len(T)))
