#!/usr/bin/env python3
"""Validate the Kirnwald evaluation set (corpus + gold), standard library only.

Checks
  * corpus/manifest.yaml lists every corpus file once; ids are the file stems
  * gold/entities.json: format, unique ids, known types and documents; every alias
    occurs in one of the entity's documents; every listed line mentions the entity
  * gold/relations.json: format, known predicates, subject/object exist and have
    admissible types, no duplicates; every evidence string occurs in its document
    and starts on the given line ("..." marks an elided gap)
  * gold/transfer_objects.json: format; start_line is the mask heading; field
    lists partition the 13 mask fields and agree with the headings in the text;
    every BETEILIGTE AKTEURE item occurs on its line; one TransferObject entity per mask
Exit status 1 on any error.
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, 'corpus')
GOLD = os.path.join(HERE, 'gold')

ERRORS = []


def err(msg):
    ERRORS.append(msg)


TYPES = {'Organization', 'Municipality', 'Body', 'Programme', 'Person', 'ActionField', 'Measure', 'TransferObject'}
ACTOR = {'Organization', 'Municipality', 'Body'}
PRED = {
    'memberOf': ({'Person'}, ACTOR),
    'participatesIn': (ACTOR, {'Body', 'Programme'}),
    'cooperatesWith': (ACTOR, ACTOR),
    'fundedBy': (ACTOR | {'Programme', 'TransferObject', 'Measure'}, {'Organization', 'Programme', 'Municipality'}),
    'carriedBy': ({'Organization', 'Body', 'Programme'}, {'Organization', 'Municipality'}),
    'chairedBy': ({'Body'}, {'Person'}),
    'subOrganizationOf': ({'Organization', 'Body'}, ACTOR),
    'involvesActor': ({'TransferObject'}, ACTOR | {'Person'}),
    'addressesActionField': ({'Measure'}, {'ActionField'}),
}
FIELDS = [('kurzbeschreibung', 'KURZBESCHREIBUNG'), ('produkttyp', 'PRODUKTTyP'),
          ('ausgangssituation', 'AUSGANGSSITUATION'), ('ziele', 'ZIELE UND ANFORDERUNGEN'),
          ('methoden', 'METHODEN, UMSETZUNG'), ('ressourcen', 'RESSOURCEN'), ('projektplan', 'PROJEKTPLAN'),
          ('beteiligte_akteure', 'BETEILIGTE AKTEURE'), ('marketing', 'MARKETING ÖA'),
          ('gelingensbedingungen', 'GELINGENSBEDINGUNGEN'), ('herausforderungen', 'HERAUSFORDERUNGEN'),
          ('anmerkungen', 'ANMERKUNGEN'), ('transfer_adressaten', 'POTENZIELLE TRANSFER-ADRESSATEN')]
KBM = {'Strategische Ziele', 'Daten', 'Diskurs', 'Handlungsfelder', 'Maßnahmen'}
ID_RE = re.compile(r'^[a-z0-9][a-z0-9.\-]*$')


def norm(s):
    return ' '.join(s.split())


def flex(s, boundary=False):
    """Regex for s where any whitespace run matches any whitespace run (incl. line breaks, tabs)."""
    body = r'\s+'.join(re.escape(t) for t in s.split())
    if boundary:
        body = r'(?<!\w)' + body + r'(?!\w)'
    return body


# ------------------------------------------------------------------ manifest and corpus
def load_manifest():
    path = os.path.join(CORPUS, 'manifest.yaml')
    if not os.path.exists(path):
        err('corpus/manifest.yaml missing')
        return {}
    docs, cur = [], None
    required = ['id', 'file', 'title', 'description', 'publisher', 'parties', 'date', 'kind', 'format', 'language',
                'licence']
    for raw in open(path, encoding='utf-8'):
        line = raw.rstrip('\n')
        m = re.match(r'^\s*-\s+id:\s*(.+)$', line)
        if m:
            cur = {'id': m.group(1).strip().strip('"')}
            docs.append(cur)
            continue
        m = re.match(r'^\s+([a-z_]+):\s*(.*)$', line)
        if m and cur is not None:
            cur[m.group(1)] = m.group(2).strip().strip('"')
    out = {}
    for d in docs:
        for k in required:
            if not d.get(k):
                err('manifest: document %s lacks %s' % (d.get('id'), k))
        if d.get('kind') not in {'transfer_catalogue', 'work_packages', 'agreement', 'minutes', 'presentation'}:
            err('manifest: document %s has unknown kind %r' % (d.get('id'), d.get('kind')))
        if d.get('language') != 'de':
            err('manifest: document %s language is not de' % d.get('id'))
        f = d.get('file', '')
        if os.path.splitext(f)[0] != d['id']:
            err('manifest: id %s is not the stem of %s' % (d['id'], f))
        p = os.path.join(CORPUS, f)
        if not os.path.isfile(p):
            err('manifest: file %s missing' % f)
            continue
        if d['id'] in out:
            err('manifest: duplicate id %s' % d['id'])
        out[d['id']] = open(p, encoding='utf-8').read()
    on_disk = {os.path.splitext(f)[0] for f in os.listdir(CORPUS) if f.endswith(('.txt', '.md'))}
    for stem in on_disk - set(out):
        err('corpus file %s not in manifest' % stem)
    kinds = sorted(d.get('kind') for d in docs)
    if len(set(kinds)) != len(kinds):
        err('manifest: kinds are not distinct: %s' % kinds)
    return out


class Doc:
    def __init__(self, text):
        self.text = text
        self.lines = text.split('\n')
        self.starts = [0]
        for l in self.lines[:-1]:
            self.starts.append(self.starts[-1] + len(l) + 1)

    def line_span(self, n):
        s = self.starts[n - 1]
        return s, s + len(self.lines[n - 1])

    def window(self, n, k=2):
        s = self.starts[n - 1]
        e = self.starts[min(n - 1 + k, len(self.lines) - 1)] + len(self.lines[min(n - 1 + k, len(self.lines) - 1)])
        return s, e


# ------------------------------------------------------------------ entities
def check_entities(docs):
    path = os.path.join(GOLD, 'entities.json')
    try:
        ents = json.load(open(path, encoding='utf-8'))
    except Exception as e:  # noqa
        err('entities.json unreadable: %s' % e)
        return {}
    if not isinstance(ents, list):
        err('entities.json is not a list')
        return {}
    byid = {}
    allowed = {'id', 'type', 'name', 'aliases', 'docs', 'lines', 'note', 'role', 'affiliation', 'role_only'}
    for e in ents:
        if not isinstance(e, dict):
            err('entity is not an object: %r' % (e,))
            continue
        eid = e.get('id')
        for k in ('id', 'type', 'name', 'aliases', 'docs'):
            if k not in e:
                err('entity %s lacks %s' % (eid, k))
        extra = set(e) - allowed
        if extra:
            err('entity %s has unknown keys %s' % (eid, sorted(extra)))
        if not isinstance(eid, str) or not ID_RE.match(eid):
            err('bad entity id %r' % (eid,))
            continue
        if eid in byid:
            err('duplicate entity id %s' % eid)
        byid[eid] = e
        if e.get('type') not in TYPES:
            err('entity %s has unknown type %r' % (eid, e.get('type')))
        if not isinstance(e.get('name'), str) or not e['name'].strip():
            err('entity %s has empty name' % eid)
        if not isinstance(e.get('aliases'), list) or not all(isinstance(a, str) and a.strip() for a in e['aliases']):
            err('entity %s: aliases must be a list of non-empty strings' % eid)
            e['aliases'] = []
        if len(set(e['aliases'])) != len(e['aliases']):
            err('entity %s has duplicate aliases' % eid)
        if not isinstance(e.get('docs'), list) or not e['docs']:
            err('entity %s has no docs' % eid)
            e['docs'] = []
        for d in e['docs']:
            if d not in docs:
                err('entity %s: unknown doc %s' % (eid, d))
        if e.get('type') == 'Person':
            for k in ('role', 'affiliation'):
                if not isinstance(e.get(k), str) or not e[k]:
                    err('person %s lacks %s' % (eid, k))
        forms = [e['name']] + e['aliases']
        core = re.sub(r'\s*\([^()]*\)\s*$', '', e['name'])
        forms_lines = list(dict.fromkeys([core] + forms))
        # aliases must be surface forms
        for a in e['aliases']:
            rx = re.compile(flex(a), re.IGNORECASE)
            if not any(rx.search(docs[d].text) for d in e['docs'] if d in docs):
                err('entity %s: alias %r not found in its documents' % (eid, a))
        if not any(re.search(flex(f), docs[d].text, re.IGNORECASE) for f in forms_lines for d in e['docs'] if d in docs):
            err('entity %s: neither name nor alias occurs in its documents' % eid)
        lines = e.get('lines', {})
        if not isinstance(lines, dict):
            err('entity %s: lines must be an object' % eid)
            continue
        for d, ls in lines.items():
            if d not in e['docs']:
                err('entity %s: lines for %s which is not in docs' % (eid, d))
                continue
            if d not in docs:
                continue
            doc = docs[d]
            for n in ls:
                if not isinstance(n, int) or not 1 <= n <= len(doc.lines):
                    err('entity %s: line %r out of range in %s' % (eid, n, d))
                    continue
                s, t = doc.line_span(n)
                ws, we = doc.window(n)
                ok = False
                for f in forms_lines:
                    for m in re.finditer(flex(f), doc.text[s:we], re.IGNORECASE):
                        if m.start() <= t - s:
                            ok = True
                            break
                    if ok:
                        break
                if not ok:
                    err('entity %s: %s line %d does not mention it: %r' % (eid, d, n, doc.lines[n - 1][:80]))
        for d in e['docs']:
            if d not in lines and e.get('type') != 'TransferObject':
                err('entity %s: doc %s without lines' % (eid, d))
    return byid


# ------------------------------------------------------------------ relations
def evidence_ok(doc, ev, n):
    segs = [s.strip() for s in ev.split('...')]
    if not all(segs):
        return False
    s, t = doc.line_span(n)
    first = re.compile(flex(segs[0]))
    for m in first.finditer(doc.text, s):
        if m.start() > t:
            break
        pos = m.end()
        good = True
        for seg in segs[1:]:
            m2 = re.compile(flex(seg)).search(doc.text, pos, pos + 600)
            if not m2:
                good = False
                break
            pos = m2.end()
        if good:
            return True
    return False


def check_relations(docs, ents):
    path = os.path.join(GOLD, 'relations.json')
    try:
        rels = json.load(open(path, encoding='utf-8'))
    except Exception as e:  # noqa
        err('relations.json unreadable: %s' % e)
        return []
    if not isinstance(rels, list):
        err('relations.json is not a list')
        return []
    seen = set()
    allowed = {'subject', 'predicate', 'object', 'doc', 'line', 'evidence', 'role', 'note'}
    for i, r in enumerate(rels):
        tag = 'relation #%d' % i
        if not isinstance(r, dict):
            err('%s is not an object' % tag)
            continue
        for k in ('subject', 'predicate', 'object', 'doc', 'line', 'evidence'):
            if k not in r:
                err('%s lacks %s' % (tag, k))
        extra = set(r) - allowed
        if extra:
            err('%s has unknown keys %s' % (tag, sorted(extra)))
        s, p, o, d = r.get('subject'), r.get('predicate'), r.get('object'), r.get('doc')
        tag = '%s (%s %s %s)' % (tag, s, p, o)
        if p not in PRED:
            err('%s: unknown predicate' % tag)
            continue
        if s not in ents or o not in ents:
            err('%s: subject or object is not an entity' % tag)
            continue
        if s == o:
            err('%s: subject equals object' % tag)
        st, ot = PRED[p]
        if ents[s]['type'] not in st:
            err('%s: subject type %s not allowed' % (tag, ents[s]['type']))
        if ents[o]['type'] not in ot:
            err('%s: object type %s not allowed' % (tag, ents[o]['type']))
        if d not in docs:
            err('%s: unknown doc %s' % (tag, d))
            continue
        for x in (s, o):
            if d not in ents[x]['docs']:
                err('%s: doc %s not among the docs of %s' % (tag, d, x))
        key = (s, p, o, d) if p != 'cooperatesWith' else (tuple(sorted((s, o))), p, d)
        if key in seen:
            err('%s: duplicate in %s' % (tag, d))
        seen.add(key)
        for k in ('role', 'note'):
            if k in r and (not isinstance(r[k], str) or not r[k]):
                err('%s: %s must be a non-empty string' % (tag, k))
        n, ev = r.get('line'), r.get('evidence')
        doc = docs[d]
        if not isinstance(n, int) or not 1 <= n <= len(doc.lines):
            err('%s: line %r out of range' % (tag, n))
            continue
        if not isinstance(ev, str) or not ev.strip():
            err('%s: empty evidence' % tag)
            continue
        if not evidence_ok(doc, ev, n):
            err('%s: evidence %r does not start on %s line %d' % (tag, ev[:70], d, n))
    return rels


# ------------------------------------------------------------------ transfer objects
NOISE = re.compile(r'^(\s*|\s*\d{1,3}\s*|\[Seiten .*\]|\s*(STRATEGISCHE ZIELE|DATEN|DISKURS|HANDLUNGSFELDER|MASSNAHMEN)\s*'
                   r'|\d+(\.\d+)+ .* (STRATEGISCHE ZIELE|DATEN|DISKURS|HANDLUNGSFELDER|MASSNAHMEN)\s*)$')


def check_masks(docs, ents):
    path = os.path.join(GOLD, 'transfer_objects.json')
    try:
        masks = json.load(open(path, encoding='utf-8'))
    except Exception as e:  # noqa
        err('transfer_objects.json unreadable: %s' % e)
        return []
    if not isinstance(masks, list):
        err('transfer_objects.json is not a list')
        return []
    keys = {'section', 'title', 'kbm_function', 'catalogue_page', 'start_line', 'fields_present', 'fields_empty',
            'fields_missing', 'beteiligte_akteure', 'doc'}
    fieldnames = [k for k, _ in FIELDS]
    starts = {}
    for m in masks:
        if isinstance(m, dict) and m.get('doc') in docs and isinstance(m.get('start_line'), int):
            starts.setdefault(m['doc'], []).append(m['start_line'])
    secs = set()
    for m in masks:
        if not isinstance(m, dict):
            err('mask entry is not an object')
            continue
        sec = m.get('section')
        tag = 'mask %s' % sec
        missing = keys - set(m)
        if missing:
            err('%s lacks %s' % (tag, sorted(missing)))
            continue
        if not re.match(r'^\d+(\.\d+){3}$', str(sec)):
            err('%s: bad section number' % tag)
        if sec in secs:
            err('%s: duplicate' % tag)
        secs.add(sec)
        if m['kbm_function'] not in KBM:
            err('%s: unknown kbm_function %r' % (tag, m['kbm_function']))
        if not isinstance(m['catalogue_page'], int) or m['catalogue_page'] < 1:
            err('%s: bad catalogue_page' % tag)
        if m['doc'] not in docs:
            err('%s: unknown doc' % tag)
            continue
        doc = docs[m['doc']]
        n = m['start_line']
        if not isinstance(n, int) or not 1 <= n <= len(doc.lines) or norm(doc.lines[n - 1]) != norm(sec + ' ' + m['title']):
            err('%s: start_line %r is not the mask heading' % (tag, n))
            continue
        # the printed page number that follows the mask start must be the catalogue page (first page footer)
        for i in range(n, len(doc.lines)):
            if re.match(r'^\s*\d{1,3}\s*$', doc.lines[i]):
                if int(doc.lines[i]) != m['catalogue_page']:
                    err('%s: catalogue_page %s but first page footer is %s' % (tag, m['catalogue_page'], doc.lines[i].strip()))
                break
        fp, fe, fm = m['fields_present'], m['fields_empty'], m['fields_missing']
        allf = fp + fe + fm
        if sorted(allf) != sorted(fieldnames) or len(set(allf)) != len(allf):
            err('%s: field lists do not partition the 13 mask fields' % tag)
        later = sorted(x for x in starts[m['doc']] if x > n)
        end = later[0] - 1 if later else len(doc.lines)
        for i in range(n, end):
            if doc.lines[i].startswith('[Seiten'):
                end = i
                break
        heads = {}
        for i in range(n, end):
            for k, h in FIELDS:
                if doc.lines[i].strip().startswith(h) and k not in heads:
                    heads[k] = i
        order = sorted(heads.items(), key=lambda x: x[1])
        for j, (k, i) in enumerate(order):
            nxt = order[j + 1][1] if j + 1 < len(order) else end
            body = [l for l in doc.lines[i + 1:nxt] if not NOISE.match(l)]
            want = 'present' if body else 'empty'
            got = 'present' if k in fp else 'empty' if k in fe else 'missing'
            if want != got:
                err('%s: field %s is %s in the text but %s in the gold' % (tag, k, want, got))
        for k in fm:
            if k in heads:
                err('%s: field %s listed as missing but its heading is present' % (tag, k))
        for k in fp + fe:
            if k not in heads:
                err('%s: field %s has no heading in the mask' % (tag, k))
        ba = m['beteiligte_akteure']
        if not isinstance(ba, list):
            err('%s: beteiligte_akteure must be a list' % tag)
            continue
        if 'beteiligte_akteure' in fe + fm and ba:
            err('%s: actors listed for an empty/missing field' % tag)
        for a in ba:
            if not isinstance(a, dict) or set(a) != {'text', 'line', 'actors'}:
                err('%s: bad actor item %r' % (tag, a))
                continue
            ln = a['line']
            if not isinstance(ln, int) or not 1 <= ln <= len(doc.lines) or norm(a['text']) not in norm(doc.lines[ln - 1]):
                err('%s: actor text %r not on line %r' % (tag, a['text'][:60], ln))
            elif 'beteiligte_akteure' in heads:
                i0 = heads['beteiligte_akteure']
                i1 = min([i for k, i in heads.items() if i > i0] + [end])
                if not i0 < ln - 1 < i1:
                    err('%s: actor line %d outside the BETEILIGTE AKTEURE field' % (tag, ln))
            if not isinstance(a['actors'], list) or not a['actors'] or not all(isinstance(x, str) and x for x in a['actors']):
                err('%s: actors of %r must be a non-empty list of strings' % (tag, a.get('text')))
        eid = 'to-' + str(sec)
        if eid not in ents:
            err('%s: no TransferObject entity %s' % (tag, eid))
        elif ents[eid]['type'] != 'TransferObject' or norm(ents[eid]['name']) != norm(m['title']):
            err('%s: entity %s must be a TransferObject named like the mask title' % (tag, eid))
    for eid, e in ents.items():
        if e['type'] == 'TransferObject' and eid[3:] not in secs:
            err('TransferObject entity %s has no mask in transfer_objects.json' % eid)
    return masks


def main():
    texts = load_manifest()
    docs = {k: Doc(v) for k, v in texts.items()}
    ents = check_entities(docs)
    rels = check_relations(docs, ents)
    masks = check_masks(docs, ents)
    from collections import Counter
    print('documents: %d' % len(docs))
    print('entities:  %d  %s' % (len(ents), dict(Counter(e['type'] for e in ents.values()))))
    print('relations: %d  %s' % (len(rels), dict(Counter(r.get('predicate') for r in rels if isinstance(r, dict)))))
    print('masks:     %d' % len(masks))
    if ERRORS:
        for e in ERRORS:
            print('ERROR:', e)
        print('FAILED with %d error(s)' % len(ERRORS))
        sys.exit(1)
    print('OK')


if __name__ == '__main__':
    main()
