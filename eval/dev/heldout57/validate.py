#!/usr/bin/env python3
"""Checks the gold of this evaluation set against its corpus.

  python3 validate.py            (exit status 0 = all checks pass)

Checks
  manifest   every document of corpus/manifest.yaml exists, ids are file stems, required keys present
  entities   ids unique, types known; the name (unless name_in_text is false) and every alias occur in at
             least one listed doc; every listed doc contains a name/alias or an anaphoric line; every
             listed line has a name/alias starting on it or is an anaphoric line; lines inside the file
  relations  predicate known; subject/object are entity ids; doc known; the evidence occurs at or next
             to the given line (lines line-1 .. line+1); type constraints of the predicates
  masks      start_line is the heading "<section> <title>"; the TOC gives the catalogue page; every
             beteiligte_akteure text occurs on its line; field lists are disjoint and complete
Text is compared after whitespace normalisation (tabs, line breaks -> one space); a hyphen at a line
end may also be glued to the next line ("Schul-\\namt" -> "Schul-amt"), as the shared gold writes it.
"""
import json, os, re, sys

ROOT = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(ROOT, 'tools'))
from textnorm import variants, find_all, norm_ws  # noqa: E402

TYPES = {'Organization', 'Municipality', 'Body', 'Programme', 'Person', 'ActionField', 'Measure', 'TransferObject'}
PREDICATES = {'memberOf', 'participatesIn', 'cooperatesWith', 'fundedBy', 'carriedBy', 'chairedBy',
              'subOrganizationOf', 'involvesActor', 'addressesActionField'}
ACTORS = {'Organization', 'Municipality', 'Body', 'Person'}
FIELDS = ['kurzbeschreibung', 'produkttyp', 'ausgangssituation', 'ziele', 'methoden', 'ressourcen', 'projektplan',
          'beteiligte_akteure', 'marketing', 'gelingensbedingungen', 'herausforderungen', 'anmerkungen', 'transfer_adressaten']
errors = []


def err(*a):
    errors.append(' '.join(str(x) for x in a))


def read_manifest(path):
    """Minimal reader for the flat manifest format (list of key: value maps)."""
    docs, cur = [], None
    for line in open(path, encoding='utf-8'):
        if not line.strip() or line.strip() == 'documents:':
            continue
        m = re.match(r'^\s*(-\s+)?(\w+):\s*(.*)$', line)
        if not m:
            err('manifest: cannot parse', line.rstrip()); continue
        if m.group(1):
            cur = {}; docs.append(cur)
        v = m.group(3).strip()
        if v.startswith('"') and v.endswith('"'):
            v = v[1:-1]
        cur[m.group(2)] = v
    return docs


def main():
    man = read_manifest(os.path.join(ROOT, 'corpus', 'manifest.yaml'))
    text, var = {}, {}
    for d in man:
        for k in ('id', 'file', 'title', 'publisher', 'date', 'kind', 'format', 'language', 'licence'):
            if k not in d:
                err('manifest: missing', k, d.get('id'))
        p = os.path.join(ROOT, 'corpus', d['file'])
        if not os.path.exists(p):
            err('manifest: file missing', d['file']); continue
        if os.path.splitext(d['file'])[0] != d['id']:
            err('manifest: id is not the file stem', d['id'])
        text[d['id']] = open(p, encoding='utf-8').read()
        var[d['id']] = variants(text[d['id']])
    kinds = sorted(d.get('kind') for d in man)
    if kinds != sorted(['transferkatalog', 'arbeitspakete', 'zielvereinbarung', 'protokoll', 'praesentation']):
        err('manifest: expected one document of each kind, got', kinds)
    nlines = {d: t.count('\n') + (0 if t.endswith('\n') else 1) for d, t in text.items()}

    def starts(doc, form):
        out = set()
        for txt, lines, _ in var[doc]:
            for a, _b in find_all(form, txt):
                out.add(lines[a])
        return out

    def window_has(doc, line, ev):
        """The evidence starts on line-1, line or line+1 (it may run on over later lines)."""
        ev = norm_ws(ev)
        for t, lines, _ in var[doc]:
            i = t.find(ev)
            while i >= 0:
                st = lines[i] if t[i] != ' ' else lines[i + 1]
                if abs(st - line) <= 1:
                    return True
                i = t.find(ev, i + 1)
        return False

    G = os.path.join(ROOT, 'gold')
    ents = json.load(open(os.path.join(G, 'entities.json'), encoding='utf-8'))
    rels = json.load(open(os.path.join(G, 'relations.json'), encoding='utf-8'))
    masks = json.load(open(os.path.join(G, 'transfer_objects.json'), encoding='utf-8'))

    # ---------------- entities
    by = {}
    for e in ents:
        for k in ('id', 'type', 'name', 'aliases', 'docs', 'lines'):
            if k not in e:
                err('entity: missing key', k, e.get('id'))
        if e['id'] in by:
            err('entity: duplicate id', e['id'])
        by[e['id']] = e
        if e['type'] not in TYPES:
            err('entity: bad type', e['id'], e['type'])
        for d in e['docs']:
            if d not in text:
                err('entity: unknown doc', e['id'], d)
        if set(e['lines']) != set(e['docs']):
            err('entity: lines keys differ from docs', e['id'])
        ana = e.get('anaphoric_lines', {})
        forms = ([e['name']] if e.get('name_in_text', True) else []) + e['aliases']
        all_forms = [e['name']] + e['aliases']
        for f in forms:
            if not any(starts(d, f) for d in e['docs'] if d in text):
                err('entity: form not found in its docs', e['id'], repr(f))
        for d in e['docs']:
            if d not in text:
                continue
            have = set().union(*[starts(d, f) for f in all_forms])
            if not have and d not in ana:
                err('entity: no form in listed doc', e['id'], d)
            for ln in e['lines'].get(d, []):
                if not 1 <= ln <= nlines[d]:
                    err('entity: line out of range', e['id'], d, ln)
                elif ln not in have and ln not in ana.get(d, []):
                    err('entity: no form starts on listed line', e['id'], d, ln)
            for ln in ana.get(d, []):
                if ln not in e['lines'][d]:
                    err('entity: anaphoric line not in lines', e['id'], d, ln)
        if e['type'] == 'Person' and not e.get('role'):
            err('entity: person without role', e['id'])

    # ---------------- relations
    seen = set()
    for r in rels:
        for k in ('subject', 'predicate', 'object', 'doc', 'line', 'evidence'):
            if k not in r:
                err('relation: missing key', k, r)
        p, s, o = r['predicate'], by.get(r['subject']), by.get(r['object'])
        if p not in PREDICATES:
            err('relation: bad predicate', r)
        if s is None or o is None:
            err('relation: unknown entity', r['subject'], r['object']); continue
        if r['doc'] not in text:
            err('relation: unknown doc', r['doc']); continue
        if not 1 <= r['line'] <= nlines[r['doc']]:
            err('relation: line out of range', r); continue
        if not window_has(r['doc'], r['line'], r['evidence']):
            err('relation: evidence not at line', r['doc'], r['line'], repr(r['evidence']))
        key = (r['subject'], p, r['object'], r['doc'], r['line'])
        if key in seen:
            err('relation: duplicate', key)
        seen.add(key)
        st, ot = s['type'], o['type']
        ok = {
            'memberOf': st in ('Person', 'Municipality') and ot in ACTORS,
            'participatesIn': st in ACTORS and ot in ('Body', 'Programme'),
            'cooperatesWith': st in ACTORS and ot in ACTORS,
            'fundedBy': st in ACTORS | {'Programme'} and ot in ACTORS | {'Programme'},
            'carriedBy': st in ACTORS | {'Programme'} and ot in ACTORS,
            'chairedBy': st in ('Body', 'Organization') and ot in ACTORS,
            'subOrganizationOf': st in ('Organization', 'Body') and ot in ACTORS,
            'involvesActor': st == 'TransferObject' and ot in ACTORS,
            'addressesActionField': st == 'Measure' and ot == 'ActionField',
        }.get(p, False)
        if not ok:
            err('relation: type constraint', p, r['subject'], st, r['object'], ot)
        if s['id'] == o['id']:
            err('relation: reflexive', r)

    # ---------------- masks
    for m in masks:
        d = m['doc']
        lines = text[d].split('\n')
        if norm_ws(lines[m['start_line'] - 1]) != m['section'] + ' ' + m['title']:
            err('mask: start_line is not the heading', m['section'], m['start_line'])
        toc = [l for l in lines if norm_ws(l).startswith(m['section'] + ' ')]
        if not any(norm_ws(l).endswith(' ' + str(m['catalogue_page'])) for l in toc):
            err('mask: catalogue page not in TOC', m['section'])
        if not any(('(Seite %d)' % m['catalogue_page']) in norm_ws(l) for l in lines):
            err('mask: catalogue page not in overview table', m['section'])
        f = m['fields_present'] + m['fields_empty'] + m['fields_missing']
        if sorted(f) != sorted(FIELDS):
            err('mask: fields not a partition', m['section'])
        for b in m['beteiligte_akteure']:
            if norm_ws(b['text']) not in norm_ws(lines[b['line'] - 1].replace('•', '')):
                err('mask: actor text not on line', m['section'], b['line'])
        to = [e for e in ents if e['type'] == 'TransferObject' and e['name'] == m['title']]
        if not to:
            err('mask: no TransferObject entity', m['section'])
        elif m['start_line'] not in to[0]['lines'].get(d, []):
            err('mask: TransferObject entity does not list the heading line', m['section'])

    # ---------------- report
    from collections import Counter
    print('documents', len(text), 'bytes', sum(len(t.encode('utf-8')) for t in text.values()))
    print('entities', len(ents), dict(Counter(e['type'] for e in ents)))
    print('relations', len(rels), dict(Counter(r['predicate'] for r in rels)))
    print('masks', len(masks))
    if errors:
        print('\n'.join(errors))
        print('FAILED:', len(errors), 'problem(s)')
        return 1
    print('OK')
    return 0


if __name__ == '__main__':
    sys.exit(main())
