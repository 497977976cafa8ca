#!/usr/bin/env python3
"""Validate the held-out gold set (standard library only).

Checks
  1. every entity id referenced in relations exists (and entity ids are unique);
  2. every relation's evidence occurs in the given line of the given document;
  3. every alias of every entity occurs (case-insensitively, whitespace collapsed)
     in at least one of the entity's documents;
  4. every document id used in entities, relations and transfer objects exists in
     corpus/manifest.yaml, and every manifest file exists;
  5. entity types and predicates are from the allowed lists;
plus sanity checks: line numbers in range, predicate argument types, required keys,
transfer-object start lines and actor lines.
Exit status 0 when everything passes.
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, 'corpus')
GOLD = os.path.join(HERE, 'gold')
TYPES = {'Organization', 'Municipality', 'Body', 'Programme', 'Person', 'ActionField', 'Measure', 'TransferObject'}
PREDICATES = {'memberOf', 'participatesIn', 'cooperatesWith', 'fundedBy', 'carriedBy', 'chairedBy',
              'subOrganizationOf', 'involvesActor', 'addressesActionField'}
KINDS = {'transfer-catalogue', 'work-packages', 'minutes', 'slides', 'target-agreement'}
ACTORS = {'Organization', 'Municipality', 'Body', 'Person', 'Programme'}
DOMAIN = {  # predicate: (allowed subject types, allowed object types)
    'memberOf': ({'Person'}, {'Organization', 'Municipality', 'Body'}),
    'participatesIn': ({'Organization', 'Municipality'}, {'Body', 'Programme'}),
    'cooperatesWith': ({'Organization', 'Municipality'}, {'Organization', 'Municipality'}),
    'fundedBy': ({'Organization', 'Programme', 'Measure', 'Body'}, {'Organization', 'Programme'}),
    'carriedBy': ({'Organization', 'Body', 'Measure'}, {'Organization', 'Municipality'}),
    'chairedBy': ({'Body'}, {'Person'}),
    'subOrganizationOf': ({'Organization', 'Body'}, {'Organization', 'Body', 'Municipality'}),
    'involvesActor': ({'TransferObject'}, ACTORS),
    'addressesActionField': ({'Measure'}, {'ActionField'}),
}


def parse_manifest(path):
    """Minimal parser for the two-level mapping used in manifest.yaml."""
    docs, cur = {}, None
    for raw in open(path, encoding='utf-8'):
        line = raw.rstrip('\n')
        if not line.strip() or line.lstrip().startswith('#') or line.strip() == 'documents:':
            continue
        indent = len(line) - len(line.lstrip(' '))
        key, _, val = line.strip().partition(':')
        val = val.strip()
        if len(val) >= 2 and val[0] == val[-1] == '"':
            val = val[1:-1]
        if indent == 2 and val == '':
            cur = docs.setdefault(key, {})
        elif indent == 4 and cur is not None:
            cur[key] = val
        else:
            raise ValueError(f'unexpected manifest line: {line!r}')
    return docs


def norm(s):
    return re.sub(r'\s+', ' ', s).strip().lower()


def main():
    errors = []
    err = errors.append
    manifest = parse_manifest(os.path.join(CORPUS, 'manifest.yaml'))
    texts = {}
    for doc, meta in manifest.items():
        for k in ('file', 'title', 'publisher', 'date', 'kind', 'language', 'licence'):
            if not meta.get(k):
                err(f'manifest: {doc} lacks {k}')
        if meta.get('kind') not in KINDS:
            err(f'manifest: {doc} has unknown kind {meta.get("kind")}')
        if not re.fullmatch(r'\d{4}(-\d{2}-\d{2})?', meta.get('date', '')):
            err(f'manifest: {doc} date not YYYY or YYYY-MM-DD')
        p = os.path.join(CORPUS, meta.get('file', ''))
        if not os.path.isfile(p):
            err(f'manifest: file missing for {doc}: {p}')
            continue
        if os.path.splitext(meta['file'])[0] != doc:
            err(f'manifest: file stem of {meta["file"]} differs from id {doc}')
        texts[doc] = open(p, encoding='utf-8').read().split('\n')
        if texts[doc] and texts[doc][-1] == '':
            texts[doc].pop()
    normdocs = {d: norm('\n'.join(ls)) for d, ls in texts.items()}

    ents = json.load(open(os.path.join(GOLD, 'entities.json'), encoding='utf-8'))
    rels = json.load(open(os.path.join(GOLD, 'relations.json'), encoding='utf-8'))
    tos = json.load(open(os.path.join(GOLD, 'transfer_objects.json'), encoding='utf-8'))

    # entities
    byid = {}
    for e in ents:
        for k in ('id', 'type', 'name', 'aliases', 'docs', 'lines'):
            if k not in e:
                err(f'entity {e.get("id")} lacks key {k}')
        if e['id'] in byid:
            err(f'duplicate entity id {e["id"]}')
        byid[e['id']] = e
        if e['type'] not in TYPES:
            err(f'entity {e["id"]}: unknown type {e["type"]}')
        for d in e['docs']:
            if d not in manifest:
                err(f'entity {e["id"]}: doc {d} not in manifest')
        for d, ls in e.get('lines', {}).items():
            if d not in e['docs']:
                err(f'entity {e["id"]}: lines for unlisted doc {d}')
            for n in ls:
                if d in texts and not 1 <= n <= len(texts[d]):
                    err(f'entity {e["id"]}: line {n} out of range in {d}')
        for a in e['aliases']:
            if not any(norm(a) in normdocs.get(d, '') for d in e['docs']):
                err(f'entity {e["id"]}: alias {a!r} not found in its docs {e["docs"]}')
        if e['type'] == 'Person' and not any(k in e for k in ('role', 'affiliation')):
            err(f'person {e["id"]} lacks role/affiliation')

    # relations
    seen = set()
    for i, r in enumerate(rels):
        tag = f'relation #{i} ({r.get("subject")} {r.get("predicate")} {r.get("object")})'
        for k in ('subject', 'predicate', 'object', 'doc', 'line', 'evidence'):
            if k not in r:
                err(f'{tag}: lacks key {k}')
        if r['predicate'] not in PREDICATES:
            err(f'{tag}: unknown predicate')
        for k in ('subject', 'object'):
            if r[k] not in byid:
                err(f'{tag}: unknown entity id {r[k]}')
        if r['doc'] not in manifest:
            err(f'{tag}: doc {r["doc"]} not in manifest')
            continue
        ls = texts[r['doc']]
        if not 1 <= r['line'] <= len(ls):
            err(f'{tag}: line {r["line"]} out of range')
        elif not r['evidence'] or r['evidence'] not in ls[r['line'] - 1]:
            err(f'{tag}: evidence not in {r["doc"]}:{r["line"]}: {r["evidence"]!r}')
        if r['subject'] in byid and r['object'] in byid and r['predicate'] in DOMAIN:
            st, ot = DOMAIN[r['predicate']]
            if byid[r['subject']]['type'] not in st:
                err(f'{tag}: subject type {byid[r["subject"]]["type"]} not allowed')
            if byid[r['object']]['type'] not in ot:
                err(f'{tag}: object type {byid[r["object"]]["type"]} not allowed')
            for k in ('subject', 'object'):
                if r['doc'] not in byid[r[k]]['docs']:
                    err(f'{tag}: {r[k]} does not list doc {r["doc"]}')
        if r['predicate'] == 'memberOf' and not r.get('role'):
            err(f'{tag}: memberOf without role')
        key = (r['subject'], r['predicate'], r['object'], r['doc'])
        if key in seen:
            err(f'{tag}: duplicate within document')
        seen.add(key)

    # transfer objects
    for t in tos:
        for k in ('section', 'title', 'kbm_function', 'catalogue_page', 'start_line', 'fields_present',
                  'fields_empty', 'fields_missing', 'beteiligte_akteure', 'doc'):
            if k not in t:
                err(f'transfer object {t.get("section")}: lacks {k}')
        if t['doc'] not in manifest:
            err(f'transfer object {t["section"]}: doc not in manifest')
            continue
        ls = texts[t['doc']]
        if not ls[t['start_line'] - 1].strip().startswith(t['section']):
            err(f'transfer object {t["section"]}: start_line {t["start_line"]} is not the section heading')
        for a in t['beteiligte_akteure']:
            if norm(a['text']) not in norm(ls[a['line'] - 1].replace('•', ' ')):
                err(f'transfer object {t["section"]}: actor text not on line {a["line"]}')
        if not any(e['type'] == 'TransferObject' and norm(e['name']) == norm(t['title']) for e in ents):
            err(f'transfer object {t["section"]}: no TransferObject entity named {t["title"]!r}')

    if errors:
        print(f'FAIL: {len(errors)} problem(s)')
        for e in errors:
            print(' -', e)
        return 1
    from collections import Counter
    print(f'OK: {len(manifest)} documents, {len(ents)} entities, {len(rels)} relations, {len(tos)} transfer objects')
    print(' entities :', dict(sorted(Counter(e["type"] for e in ents).items())))
    print(' relations:', dict(sorted(Counter(r["predicate"] for r in rels).items())))
    return 0


if __name__ == '__main__':
    sys.exit(main())
