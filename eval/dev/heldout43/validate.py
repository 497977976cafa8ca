#!/usr/bin/env python3
"""Checks the gold of this evaluation set against the corpus text.

- manifest: every document listed exists; ids are the file stems
- entities: every alias occurs in the documents listed for the entity (after whitespace
  normalisation: tabs and line breaks count as one space, so aliases broken at a line end
  are written with the hyphen and a space, e.g. "Jugend- amt"); the name occurs too unless
  the entity's note marks it as a canonical (repaired or qualified) name or the name minus a
  trailing "(...)" qualifier occurs; every listed line carries a mention of the entity
- relations: ids exist, predicate is known, the evidence occurs at its line or next to it
  (the line with its previous non-blank line and the next two non-blank lines)
- transfer objects: start_line is the mask heading "<section> <title>"; actor lines match
Exit status 0 when everything passes."""
import json, os, re, sys
ROOT = os.path.dirname(os.path.abspath(__file__))
WS = re.compile(r'\s+')
def norm(s): return WS.sub(' ', s).strip()

errors = []
# ---- manifest (tiny YAML reader for this file's flat structure)
docs = {}
cur = None
for ln in open(os.path.join(ROOT, 'corpus', 'manifest.yaml'), encoding='utf-8'):
    m = re.match(r'\s*-?\s*(\w+):\s*(.*)$', ln)
    if not m or m.group(1) == 'documents':
        continue
    k, v = m.group(1), m.group(2).strip().strip('"')
    if ln.lstrip().startswith('- '):
        cur = {}; docs_list = docs.setdefault('_list', []); docs_list.append(cur)
    cur[k] = v
texts = {}
for d in docs.get('_list', []):
    p = os.path.join(ROOT, 'corpus', d['file'])
    if not os.path.exists(p):
        errors.append('manifest: missing file %s' % d['file']); continue
    if os.path.splitext(d['file'])[0] != d['id']:
        errors.append('manifest: id %s is not the stem of %s' % (d['id'], d['file']))
    for k in ('title', 'publisher', 'date', 'kind', 'format', 'language', 'licence'):
        if not d.get(k):
            errors.append('manifest: %s lacks %s' % (d['id'], k))
    texts[d['id']] = open(p, encoding='utf-8').read().split('\n')
if len(texts) != 5:
    errors.append('manifest: expected 5 documents, found %d' % len(texts))

def flat(doc): return norm(' '.join(texts[doc]))
FLAT = {d: flat(d) for d in texts}
def nonblank(doc): return [i for i, l in enumerate(texts[doc], 1) if l.strip()]
NB = {d: nonblank(d) for d in texts}
def window(doc, line, before=1, after=2):
    nb = NB[doc]
    if line not in nb:
        return None
    k = nb.index(line)
    return norm(' '.join(texts[doc][i - 1] for i in nb[max(0, k - before): k + after + 1]))
def occurs(s, hay):
    return re.search(r'(?<![\w])' + re.escape(norm(s)) + r'(?![\w])', hay) is not None

ents = json.load(open(os.path.join(ROOT, 'gold', 'entities.json'), encoding='utf-8'))
TYPES = {'Organization', 'Municipality', 'Body', 'Programme', 'Person', 'ActionField', 'Measure', 'TransferObject'}
ids = {}
for e in ents:
    if e['id'] in ids: errors.append('duplicate entity id %s' % e['id'])
    ids[e['id']] = e
    if e['type'] not in TYPES: errors.append('%s: unknown type %s' % (e['id'], e['type']))
    for d in e['docs']:
        if d not in texts: errors.append('%s: unknown doc %s' % (e['id'], d))
    if set(e.get('lines', {})) != set(e['docs']):
        errors.append('%s: lines keys differ from docs' % e['id'])
    forms = [e['name']] + e['aliases']
    for a in e['aliases']:
        if not any(occurs(a, FLAT[d]) for d in e['docs'] if d in FLAT):
            errors.append('%s: alias %r not in its docs' % (e['id'], a))
    if not any(occurs(e['name'], FLAT[d]) for d in e['docs'] if d in FLAT):
        base = re.sub(r'\s*\([^()]*\)\s*$', '', e['name'])
        if not (any(occurs(base, FLAT[d]) for d in e['docs'] if d in FLAT) or 'anonical' in e.get('note', '')):
            errors.append('%s: name %r not in its docs and not marked canonical' % (e['id'], e['name']))
    for d, lines in e.get('lines', {}).items():
        for ln in lines:
            w = window(d, ln, before=0, after=2)
            first = norm(texts[d][ln - 1]) if 0 < ln <= len(texts[d]) else ''
            ok = w is not None and any(occurs(f, w) and (norm(f).split(' ')[0] in first) for f in forms)
            if not ok:
                errors.append('%s: no mention at %s:%d' % (e['id'], d, ln))

rels = json.load(open(os.path.join(ROOT, 'gold', 'relations.json'), encoding='utf-8'))
PREDS = {'memberOf', 'participatesIn', 'cooperatesWith', 'fundedBy', 'carriedBy', 'chairedBy',
         'subOrganizationOf', 'involvesActor', 'addressesActionField'}
for r in rels:
    tag = '%s %s %s (%s:%s)' % (r['subject'], r['predicate'], r['object'], r['doc'], r['line'])
    if r['subject'] not in ids or r['object'] not in ids: errors.append('unknown id in ' + tag)
    if r['predicate'] not in PREDS: errors.append('unknown predicate in ' + tag)
    if r['doc'] not in texts: errors.append('unknown doc in ' + tag); continue
    if r['predicate'] == 'memberOf' and ids.get(r['subject'], {}).get('type') != 'Person':
        errors.append('memberOf subject is not a Person: ' + tag)
    if r['predicate'] == 'addressesActionField' and (ids.get(r['subject'], {}).get('type') != 'Measure' or ids.get(r['object'], {}).get('type') != 'ActionField'):
        errors.append('addressesActionField must link Measure -> ActionField: ' + tag)
    if r['predicate'] == 'involvesActor' and ids.get(r['subject'], {}).get('type') != 'TransferObject':
        errors.append('involvesActor subject is not a TransferObject: ' + tag)
    w = window(r['doc'], r['line'])
    if w is None or norm(r['evidence']) not in w:
        errors.append('evidence not at/next to its line: %s %r' % (tag, r['evidence'][:60]))
    else:
        first = norm(texts[r['doc']][r['line'] - 1])
        if not any(tok in first for tok in norm(r['evidence']).split(' ')):
            errors.append('evidence does not touch its line: ' + tag)

masks = json.load(open(os.path.join(ROOT, 'gold', 'transfer_objects.json'), encoding='utf-8'))
for m in masks:
    L = texts[m['doc']]
    head = norm(L[m['start_line'] - 1])
    if head != norm(m['section'] + ' ' + m['title']):
        errors.append('mask %s: start_line %d is %r' % (m['section'], m['start_line'], head))
    if 'to-' + m['section'] not in ids:
        errors.append('mask %s has no TransferObject entity' % m['section'])
    for a in m['beteiligte_akteure']:
        if norm(a['text']) not in norm(L[a['line'] - 1]):
            errors.append('mask %s: actor line %d mismatch' % (m['section'], a['line']))

for e in errors:
    print('FAIL', e)
print('%d entities, %d relations, %d masks, %d documents: %s' % (len(ents), len(rels), len(masks), len(texts),
      'OK' if not errors else '%d problems' % len(errors)))
sys.exit(1 if errors else 0)
