#!/usr/bin/env python3
"""Check the gold of this evaluation set against the corpus text.

Usage: python3 validate.py   (from any directory)
Checks
  * manifest: every document listed exists and every corpus file is listed;
  * entities: ids unique, types valid, every alias occurs in one of the entity's listed docs,
    every listed doc contains a surface form (name or alias), every listed line has a surface
    form starting on it (forms may run on over following lines: whitespace, tabs and line
    breaks between the words of a form are treated alike);
  * relations: ids known, predicate valid, subject/object types plausible, the evidence text
    occurs starting at the given line or the line before/after it;
  * transfer_objects: start_line is the mask heading "<section> <title>", every listed actor
    item occurs at its line, involvesActor relations agree with the actor lists.
Exit status 0 when everything passes.
"""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
C, G = os.path.join(HERE, 'corpus'), os.path.join(HERE, 'gold')
TYPES = {'Organization', 'Municipality', 'Body', 'Programme', 'Person', 'ActionField', 'Measure', 'TransferObject'}
PREDS = {'memberOf', 'participatesIn', 'cooperatesWith', 'fundedBy', 'carriedBy', 'chairedBy',
         'subOrganizationOf', 'involvesActor', 'addressesActionField'}
errors = []
def err(msg): errors.append(msg)

def pattern(s):
    return re.compile(r'\s+'.join(re.escape(t) for t in s.split()))
def line_of(text, pos): return text.count('\n', 0, pos) + 1

# manifest
man = open(os.path.join(C, 'manifest.yaml'), encoding='utf-8').read()
ids = re.findall(r'^\s*- id:\s*(\S+)', man, re.M)
files = re.findall(r'^\s*file:\s*(\S+)', man, re.M)
DOCS = {}
for i, f in zip(ids, files):
    p = os.path.join(C, f)
    if not os.path.exists(p): err('manifest: missing file %s' % f); continue
    if os.path.splitext(f)[0] != i: err('manifest: id %s does not match file %s' % (i, f))
    DOCS[i] = open(p, encoding='utf-8').read()
for f in os.listdir(C):
    if f.endswith(('.txt', '.md')) and f not in files: err('manifest: %s not listed' % f)
for key in ('title', 'publisher', 'date', 'kind', 'format', 'language', 'licence'):
    if len(re.findall(r'^\s*%s:' % key, man, re.M)) != len(ids): err('manifest: key %s missing somewhere' % key)

# entities
ents = json.load(open(os.path.join(G, 'entities.json'), encoding='utf-8'))
E = {}
for e in ents:
    if e['id'] in E: err('entity id duplicated: %s' % e['id'])
    E[e['id']] = e
    if e['type'] not in TYPES: err('%s: bad type %s' % (e['id'], e['type']))
    if not e['docs']: err('%s: no docs' % e['id'])
    forms = [e['name']] + e['aliases']
    pats = [pattern(f) for f in forms]
    for d in e['docs']:
        if d not in DOCS: err('%s: unknown doc %s' % (e['id'], d)); continue
        if not any(p.search(DOCS[d]) for p in pats): err('%s: no surface form in %s' % (e['id'], d))
    for a in e['aliases']:
        if not any(pattern(a).search(DOCS[d]) for d in e['docs'] if d in DOCS):
            err('%s: alias %r not found in its docs' % (e['id'], a))
    for d, ls in e.get('lines', {}).items():
        if d not in e['docs']: err('%s: lines for unlisted doc %s' % (e['id'], d)); continue
        starts = {line_of(DOCS[d], m.start()) for p in pats for m in p.finditer(DOCS[d])}
        for l in ls:
            if l not in starts: err('%s: no surface form starts at %s:%d' % (e['id'], d, l))

# relations
rels = json.load(open(os.path.join(G, 'relations.json'), encoding='utf-8'))
ORGLIKE = {'Organization', 'Municipality', 'Body'}
for n, r in enumerate(rels):
    tag = 'relation %d (%s %s %s)' % (n, r.get('subject'), r.get('predicate'), r.get('object'))
    if r['predicate'] not in PREDS: err(tag + ': bad predicate')
    if r['subject'] not in E or r['object'] not in E: err(tag + ': unknown entity'); continue
    st, ot = E[r['subject']]['type'], E[r['object']]['type']
    p = r['predicate']
    if p == 'memberOf' and (st != 'Person' or ot not in ORGLIKE): err(tag + ': memberOf needs Person -> organisation')
    if p == 'involvesActor' and st != 'TransferObject': err(tag + ': involvesActor needs a TransferObject subject')
    if p == 'addressesActionField' and (st not in {'Measure', 'TransferObject'} or ot != 'ActionField'): err(tag + ': addressesActionField types')
    if p == 'chairedBy' and st != 'Body': err(tag + ': chairedBy needs a Body subject')
    if p in {'participatesIn'} and ot not in {'Body', 'Programme'}: err(tag + ': participatesIn object must be Body or Programme')
    if p in {'subOrganizationOf', 'carriedBy', 'cooperatesWith'} and st not in ORGLIKE | {'Programme', 'TransferObject'}: err(tag + ': subject type %s' % st)
    if r['doc'] not in DOCS: err(tag + ': unknown doc'); continue
    if r['doc'] not in E[r['subject']]['docs'] or r['doc'] not in E[r['object']]['docs']:
        err(tag + ': subject/object not listed for doc %s' % r['doc'])
    t = DOCS[r['doc']]
    ok = any(abs(line_of(t, m.start()) - r['line']) <= 1 for m in pattern(r['evidence']).finditer(t))
    if not ok: err(tag + ': evidence not at %s:%d: %r' % (r['doc'], r['line'], r['evidence']))

# transfer objects
tos = json.load(open(os.path.join(G, 'transfer_objects.json'), encoding='utf-8'))
for m in tos:
    lines = DOCS[m['doc']].split('\n')
    head = ' '.join(lines[m['start_line'] - 1].split())
    if not head.startswith(m['section'] + ' ' + ' '.join(m['title'].split())):
        err('mask %s: start_line %d is %r' % (m['section'], m['start_line'], head))
    if any(' '.join(l.split()).startswith(m['section'] + ' ') for l in lines[:m['start_line'] - 1]):
        err('mask %s: an earlier line already starts with the section number' % m['section'])
    for it in m.get('beteiligte_akteure', []):
        if ' '.join(lines[it['line'] - 1].replace('•', ' ').split()) != it['text']:
            err('mask %s: actor item not at line %d: %r' % (m['section'], it['line'], it['text']))
    toid = 'to-' + m['section']
    if toid not in E: err('mask %s: no TransferObject entity %s' % (m['section'], toid)); continue
    want = {(toid, a) for it in m.get('beteiligte_akteure', []) for a in it.get('actor_ids', [])}
    have = {(r['subject'], r['object']) for r in rels if r['predicate'] == 'involvesActor' and r['subject'] == toid}
    if want != have: err('mask %s: involvesActor relations differ from actor lists: %s' % (m['section'], want ^ have))
    fields = set(m['fields_present']) | set(m['fields_empty']) | set(m['fields_missing'])
    if len(fields) != 13: err('mask %s: expected 13 fields, got %d' % (m['section'], len(fields)))

for e_ in errors: print('ERROR', e_)
from collections import Counter
print('documents: %d, entities: %d %s, relations: %d %s, masks: %d' % (
    len(DOCS), len(ents), dict(Counter(e['type'] for e in ents)), len(rels),
    dict(Counter(r['predicate'] for r in rels)), len(tos)))
print('FAILED (%d errors)' % len(errors) if errors else 'OK')
sys.exit(1 if errors else 0)
