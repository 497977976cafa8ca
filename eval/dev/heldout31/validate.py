#!/usr/bin/env python3
"""Validate the Rennsburg/Wipfertal evaluation set (corpus/ + gold/).

Checks the JSON formats, ids and types, that every relation points at existing
entities, that every evidence string occurs on its line, that every alias occurs in
one of the entity's documents, the entity line index, the transfer objects against
the catalogue text, and the manifest against the corpus folder.
Standard library only. Exit status 1 on any error.

    python3 validate.py [SET_DIR]
"""
import collections
import json
import os
import re
import sys

BASE = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.join(BASE, 'corpus')
GOLD = os.path.join(BASE, 'gold')

ENTITY_TYPES = {'Organization', 'Municipality', 'Body', 'Programme', 'Person', 'ActionField', 'Measure', 'TransferObject'}
PREDICATES = {'memberOf', 'participatesIn', 'cooperatesWith', 'fundedBy', 'carriedBy', 'chairedBy',
              'subOrganizationOf', 'involvesActor', 'addressesActionField'}
ACTORS = {'Organization', 'Municipality', 'Body'}
# predicate -> (allowed subject types, allowed object types)
SIGNATURE = {
    'memberOf': ({'Person'}, ACTORS),
    'participatesIn': (ACTORS, {'Body', 'Programme'}),
    'cooperatesWith': (ACTORS, ACTORS),
    'fundedBy': (ACTORS | {'Programme', 'TransferObject'}, ACTORS | {'Programme'}),
    'carriedBy': (ACTORS | {'Programme', 'TransferObject'}, ACTORS),
    'chairedBy': ({'Body'}, {'Person'}),
    'subOrganizationOf': (ACTORS, ACTORS),
    'involvesActor': ({'TransferObject'}, ACTORS | {'Person'}),
    'addressesActionField': ({'Measure'}, {'ActionField'}),
}
MASK_FIELDS = ['kurzbeschreibung', 'produkttyp', 'ausgangssituation', 'ziele', 'methoden', 'ressourcen',
               'projektplan', 'beteiligte_akteure', 'marketing', 'gelingensbedingungen', 'herausforderungen',
               'anmerkungen', 'transfer_adressaten']
KINDS = {'transfer_catalogue', 'work_packages', 'agreement', 'minutes', 'presentation'}
ID_RE = re.compile(r'^[a-z0-9][a-z0-9.\-]*$')

errors = []


def err(msg):
    errors.append(msg)


def norm(s):
    return re.sub(r'\s+', ' ', s).strip()


def load_json(name):
    path = os.path.join(GOLD, name)
    try:
        with open(path, encoding='utf-8') as fh:
            return json.load(fh)
    except Exception as exc:  # noqa: BLE001
        err('%s: cannot be read as JSON (%s)' % (name, exc))
        return None


# ---------------------------------------------------------------- corpus
docs = {}
if not os.path.isdir(CORPUS):
    err('corpus/ missing')
else:
    for fn in sorted(os.listdir(CORPUS)):
        if fn.endswith(('.txt', '.md')):
            with open(os.path.join(CORPUS, fn), encoding='utf-8') as fh:
                docs[os.path.splitext(fn)[0]] = fh.read().split('\n')
if len(docs) != 5:
    err('expected 5 documents in corpus/, found %d' % len(docs))

# every doc as one string, lines joined by a space, plus a de-hyphenated variant
joined = {d: norm(' '.join(ls)) for d, ls in docs.items()}
dehyph = {d: re.sub(r'(\w)- (?=[a-zäöüß])', r'\1', joined[d]) for d in docs}
line_norm = {d: [norm(l) for l in ls] for d, ls in docs.items()}


def occurs(form, doc):
    f = norm(form)
    return bool(f) and (f in joined[doc] or f in dehyph[doc])


# ---------------------------------------------------------------- manifest
man_path = os.path.join(CORPUS, 'manifest.yaml')
if not os.path.isfile(man_path):
    err('corpus/manifest.yaml missing')
else:
    with open(man_path, encoding='utf-8') as fh:
        man = fh.read()
    ids = re.findall(r'^\s*-\s*id:\s*(\S+)\s*$', man, re.M)
    files = re.findall(r'^\s+file:\s*(\S+)\s*$', man, re.M)
    kinds = re.findall(r'^\s+kind:\s*(\S+)\s*$', man, re.M)
    langs = re.findall(r'^\s+language:\s*(\S+)\s*$', man, re.M)
    if sorted(ids) != sorted(docs):
        err('manifest ids %s do not match corpus stems %s' % (sorted(ids), sorted(docs)))
    for f in files:
        if not os.path.isfile(os.path.join(CORPUS, f)):
            err('manifest names missing file %s' % f)
    for i, f in zip(ids, files):
        if os.path.splitext(f)[0] != i:
            err('manifest: file %s does not match id %s' % (f, i))
    if sorted(kinds) != sorted(KINDS):
        err('manifest kinds %s: expected one document of each of %s' % (kinds, sorted(KINDS)))
    if langs != ['de'] * len(ids):
        err('manifest: every document needs language: de')
    for key in ('title', 'description', 'publisher', 'parties', 'date', 'format', 'licence'):
        if len(re.findall(r'^\s+%s:' % key, man, re.M)) != len(ids):
            err('manifest: field %s missing for some document' % key)

# ---------------------------------------------------------------- entities
entities = load_json('entities.json') or []
ent = {}
if not isinstance(entities, list):
    err('entities.json must be a list')
    entities = []
for e in entities:
    if not isinstance(e, dict):
        err('entity is not an object: %r' % (e,))
        continue
    for k in ('id', 'type', 'name', 'aliases', 'docs'):
        if k not in e:
            err('entity %s lacks %s' % (e.get('id'), k))
    eid = e.get('id')
    if not isinstance(eid, str) or not ID_RE.match(eid):
        err('bad entity id %r' % (eid,))
        continue
    if eid in ent:
        err('duplicate entity id %s' % eid)
    ent[eid] = e
    if e.get('type') not in ENTITY_TYPES:
        err('entity %s: unknown type %r' % (eid, e.get('type')))
    if not isinstance(e.get('name'), str) or not e.get('name').strip():
        err('entity %s: empty name' % eid)
    if not isinstance(e.get('aliases'), list) or not all(isinstance(a, str) and a.strip() for a in e.get('aliases', [])):
        err('entity %s: aliases must be a list of non-empty strings' % eid)
    if len(set(e.get('aliases', []))) != len(e.get('aliases', [])):
        err('entity %s: duplicate aliases' % eid)
    edocs = e.get('docs') or []
    if not edocs:
        err('entity %s: no docs' % eid)
    for d in edocs:
        if d not in docs:
            err('entity %s: unknown doc %s' % (eid, d))
    for a in e.get('aliases', []):
        if not any(occurs(a, d) for d in edocs if d in docs):
            err('entity %s: alias %r does not occur in its documents' % (eid, a))
    lines = e.get('lines')
    if lines is not None:
        if not isinstance(lines, dict) or set(lines) != set(edocs):
            err('entity %s: lines must be a dict keyed by exactly its docs' % eid)
        else:
            for d, ls in lines.items():
                if d in docs and (not ls or not all(isinstance(n, int) and 1 <= n <= len(docs[d]) for n in ls)):
                    err('entity %s: bad line numbers for %s: %r' % (eid, d, ls))
    if e.get('type') == 'Person':
        for k in ('role', 'affiliation'):
            if k in e and not isinstance(e[k], str):
                err('entity %s: %s must be a string' % (eid, k))

# ---------------------------------------------------------------- relations
relations = load_json('relations.json') or []
if not isinstance(relations, list):
    err('relations.json must be a list')
    relations = []
seen = set()
mentioned = collections.defaultdict(set)
for i, r in enumerate(relations):
    tag = 'relation #%d' % i
    if not isinstance(r, dict):
        err('%s is not an object' % tag)
        continue
    for k in ('subject', 'predicate', 'object', 'doc', 'line', 'evidence'):
        if k not in r:
            err('%s lacks %s' % (tag, k))
    s, p, o, d = r.get('subject'), r.get('predicate'), r.get('object'), r.get('doc')
    tag = '%s (%s %s %s)' % (tag, s, p, o)
    if p not in PREDICATES:
        err('%s: unknown predicate' % tag)
    if s not in ent:
        err('%s: unknown subject' % tag)
    if o not in ent:
        err('%s: unknown object' % tag)
    if s == o:
        err('%s: subject equals object' % tag)
    if s in ent and o in ent and p in SIGNATURE:
        st, ot = SIGNATURE[p]
        if ent[s].get('type') not in st or ent[o].get('type') not in ot:
            err('%s: types %s -> %s not allowed' % (tag, ent[s].get('type'), ent[o].get('type')))
    if d not in docs:
        err('%s: unknown doc %s' % (tag, d))
        continue
    key = (s, p, o, d)
    if key in seen:
        err('%s: duplicate in %s' % (tag, d))
    seen.add(key)
    if p == 'cooperatesWith' and (o, p, s, d) in seen:
        err('%s: symmetric duplicate in %s' % (tag, d))
    ln, ev = r.get('line'), r.get('evidence')
    if not isinstance(ln, int) or not 1 <= ln <= len(docs[d]):
        err('%s: line %r out of range' % (tag, ln))
        continue
    if not isinstance(ev, str) or not norm(ev):
        err('%s: empty evidence' % tag)
        continue
    if norm(ev) not in line_norm[d][ln - 1]:
        err('%s: evidence %r not on %s line %d' % (tag, ev, d, ln))
    if 'role' in r and not (isinstance(r['role'], str) and r['role'].strip()):
        err('%s: role must be a non-empty string' % tag)
    for x in (s, o):
        if x in ent and d not in (ent[x].get('docs') or []):
            err('%s: entity %s is not listed for document %s' % (tag, x, d))

# ---------------------------------------------------------------- transfer objects
tos = load_json('transfer_objects.json') or []
if not isinstance(tos, list):
    err('transfer_objects.json must be a list')
    tos = []
involves = {(r.get('subject'), r.get('object'), r.get('line')) for r in relations if r.get('predicate') == 'involvesActor'}
sections = set()
for t in tos:
    sec = t.get('section')
    tag = 'transfer object %s' % sec
    for k in ('section', 'title', 'kbm_function', 'catalogue_page', 'start_line', 'fields_present',
              'fields_empty', 'fields_missing', 'beteiligte_akteure', 'doc'):
        if k not in t:
            err('%s lacks %s' % (tag, k))
    d = t.get('doc')
    if d not in docs:
        err('%s: unknown doc %s' % (tag, d))
        continue
    if sec in sections:
        err('%s: duplicate section' % tag)
    sections.add(sec)
    sl = t.get('start_line')
    if not isinstance(sl, int) or not 1 <= sl <= len(docs[d]) or \
            not line_norm[d][sl - 1].startswith('%s %s' % (sec, norm(t.get('title', '')))):
        err('%s: start_line %r does not hold "%s %s"' % (tag, sl, sec, t.get('title')))
    page = t.get('catalogue_page')
    toc = [l for l in line_norm[d] if l.startswith(sec + ' ') and re.search(r'\.{3,}\s*%s$' % page, l or '')]
    if not toc:
        err('%s: no table-of-contents line with page %r' % (tag, page))
    fp, fe, fm = t.get('fields_present', []), t.get('fields_empty', []), t.get('fields_missing', [])
    allf = fp + fe + fm
    if sorted(allf) != sorted(MASK_FIELDS) or len(set(allf)) != len(allf):
        err('%s: fields_present/empty/missing must partition the 13 mask fields' % tag)
    tid = 'to-%s' % sec
    if tid not in ent or ent[tid].get('type') != 'TransferObject':
        err('%s: no TransferObject entity %s' % (tag, tid))
    for b in t.get('beteiligte_akteure', []):
        ln = b.get('line')
        if not isinstance(ln, int) or not 1 <= ln <= len(docs[d]) or norm(b.get('text', '')) not in line_norm[d][ln - 1]:
            err('%s: actor text %r not on line %r' % (tag, b.get('text'), ln))
        if 'entity' in b:
            if b['entity'] not in ent:
                err('%s: unknown actor entity %s' % (tag, b['entity']))
            elif (tid, b['entity'], ln) not in involves:
                err('%s: actor %s has no involvesActor relation on line %s' % (tag, b['entity'], ln))
for eid, e in ent.items():
    if e.get('type') == 'TransferObject' and eid[3:] not in sections:
        err('TransferObject entity %s has no product mask in transfer_objects.json' % eid)

# ---------------------------------------------------------------- report
tc = collections.Counter(e.get('type') for e in entities)
pc = collections.Counter(r.get('predicate') for r in relations)
print('documents:', len(docs), '| entities:', len(entities), '| relations:', len(relations),
      '| transfer objects:', len(tos))
print('entities by type:', ', '.join('%s %d' % kv for kv in sorted(tc.items())))
print('relations by predicate:', ', '.join('%s %d' % kv for kv in sorted(pc.items())))
if errors:
    for m in errors:
        print('ERROR:', m)
    print('FAILED (%d errors)' % len(errors))
    sys.exit(1)
print('OK')
