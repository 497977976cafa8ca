#!/usr/bin/env python3
"""Check the gold of this evaluation set against the corpus text.

Checks
- manifest: every listed file exists; ids are the file stems;
- entities: unique ids, known types; every name and alias occurs (after whitespace
  normalisation and joining of words hyphenated at line ends) in at least one of the
  entity's listed docs (names flagged "name_not_verbatim" are exempt); every listed doc
  contains at least one of the entity's forms (same exemption); line numbers are valid;
- relations: known predicate, known subject/object ids with plausible types; the evidence
  occurs at or next to the given line (window line-1 .. line+1);
- transfer objects: start_line is the mask heading "<section> <title>"; the catalogue page
  agrees with the table of contents ("<title> (Seite N)"); the field lists partition the 13
  mask fields; every BETEILIGTE AKTEURE item occurs at its line.
Exit code 0 when all checks pass.
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, 'corpus')
GOLD = os.path.join(HERE, 'gold')

def normalise(text):
    """Collapse whitespace; join words hyphenated at line ends (one optional blank line between)."""
    text = re.sub(r'(?<=[^\W\d_])-[ \t]*\n(?:[ \t]*\n)?[ \t]*(?=[a-zäöüß])', '', text)
    text = re.sub(r'(?<=[^\W\d_])-[ \t]*\n(?:[ \t]*\n)?[ \t]*(?=[A-ZÄÖÜ])', '-', text)
    return re.sub(r'\s+', ' ', text).strip()

def contains(hay, needle):
    return re.search(r'(?<!\w)' + re.escape(normalise(needle)) + r'(?!\w)', hay) is not None

def load_manifest():
    docs = {}
    cur = None
    for line in open(os.path.join(CORPUS, 'manifest.yaml'), encoding='utf-8'):
        m = re.match(r'\s*-\s*id:\s*(\S+)', line)
        if m:
            cur = m.group(1); docs[cur] = {}
            continue
        m = re.match(r'\s+(\w+):\s*"?(.*?)"?\s*$', line)
        if m and cur:
            docs[cur][m.group(1)] = m.group(2)
    return docs

def main():
    errors = []
    man = load_manifest()
    raw, lines, norm = {}, {}, {}
    for d, meta in man.items():
        path = os.path.join(CORPUS, meta.get('file', ''))
        if not os.path.exists(path):
            errors.append(f'manifest: missing file for {d}'); continue
        if os.path.splitext(meta['file'])[0] != d:
            errors.append(f'manifest: id {d} is not the file stem of {meta["file"]}')
        for k in ('title', 'publisher', 'date', 'kind', 'format', 'language', 'licence'):
            if k not in meta: errors.append(f'manifest: {d} lacks {k}')
        raw[d] = open(path, encoding='utf-8').read()
        lines[d] = raw[d].split('\n')
        norm[d] = normalise(raw[d])

    def window(d, line, before=1, after=1):
        lo = max(1, line - before); hi = min(len(lines[d]), line + after)
        if after:  # text extracted from PDFs/slides may put a blank line between continuation lines
            while hi < len(lines[d]) and not lines[d][hi - 1].strip():
                hi += 1
        return normalise('\n'.join(lines[d][lo - 1:hi]))

    ents = json.load(open(os.path.join(GOLD, 'entities.json'), encoding='utf-8'))
    types = {'Organization', 'Municipality', 'Body', 'Programme', 'Person', 'ActionField', 'Measure', 'TransferObject'}
    byid = {}
    for e in ents:
        if e['id'] in byid: errors.append(f'entity: duplicate id {e["id"]}')
        byid[e['id']] = e
        if e['type'] not in types: errors.append(f'entity {e["id"]}: unknown type {e["type"]}')
        for d in e['docs']:
            if d not in man: errors.append(f'entity {e["id"]}: unknown doc {d}')
        if set(e.get('lines', {})) != set(e['docs']):
            errors.append(f'entity {e["id"]}: docs and lines keys differ')
        for d, ls in e.get('lines', {}).items():
            for l in ls:
                if d in lines and not (1 <= l <= len(lines[d])): errors.append(f'entity {e["id"]}: bad line {d}:{l}')
        forms = ([] if e.get('name_not_verbatim') else [e['name']]) + e['aliases']
        for f in forms:
            if not any(contains(norm[d], f) for d in e['docs'] if d in norm):
                errors.append(f'entity {e["id"]}: form {f!r} not found in its docs')
        if forms:
            for d in e['docs']:
                if d in norm and not any(contains(norm[d], f) for f in forms):
                    errors.append(f'entity {e["id"]}: none of its forms occurs in {d}')
        elif not e.get('note'):
            errors.append(f'entity {e["id"]}: no verbatim form and no note')
        if e['type'] == 'Person' and ('role' not in e or 'affiliation' not in e):
            errors.append(f'entity {e["id"]}: person without role/affiliation')

    rels = json.load(open(os.path.join(GOLD, 'relations.json'), encoding='utf-8'))
    preds = {'memberOf', 'participatesIn', 'cooperatesWith', 'fundedBy', 'carriedBy', 'chairedBy', 'subOrganizationOf', 'involvesActor', 'addressesActionField'}
    for i, r in enumerate(rels):
        tag = f'relation #{i} {r.get("subject")} {r.get("predicate")} {r.get("object")}'
        if r['predicate'] not in preds: errors.append(f'{tag}: unknown predicate')
        s, o = byid.get(r['subject']), byid.get(r['object'])
        if not s or not o:
            errors.append(f'{tag}: unknown id'); continue
        p = r['predicate']
        if p == 'memberOf' and s['type'] != 'Person': errors.append(f'{tag}: memberOf subject must be a Person')
        if p == 'chairedBy' and (o['type'] != 'Person'): errors.append(f'{tag}: chairedBy object must be a Person')
        if p == 'participatesIn' and o['type'] not in ('Body', 'Programme'): errors.append(f'{tag}: participatesIn object must be Body/Programme')
        if p == 'involvesActor' and s['type'] != 'TransferObject': errors.append(f'{tag}: involvesActor subject must be a TransferObject')
        if p == 'addressesActionField' and (s['type'] != 'Measure' or o['type'] != 'ActionField'): errors.append(f'{tag}: addressesActionField must link Measure -> ActionField')
        if r['doc'] not in man: errors.append(f'{tag}: unknown doc'); continue
        if r['subject'] == r['object']: errors.append(f'{tag}: self relation')
        if not r.get('evidence'): errors.append(f'{tag}: no evidence'); continue
        if normalise(r['evidence']) not in window(r['doc'], r['line']):
            errors.append(f'{tag}: evidence not at {r["doc"]}:{r["line"]}: {r["evidence"]!r}')

    tos = json.load(open(os.path.join(GOLD, 'transfer_objects.json'), encoding='utf-8'))
    allf = {'kurzbeschreibung', 'produkttyp', 'ausgangssituation', 'ziele', 'methoden', 'ressourcen', 'projektplan', 'beteiligte_akteure',
            'marketing', 'gelingensbedingungen', 'herausforderungen', 'anmerkungen', 'transfer_adressaten'}
    for t in tos:
        d = t['doc']; L = lines[d]
        head = normalise(L[t['start_line'] - 1])
        if not head.startswith(f'{t["section"]} {t["title"]}'):
            errors.append(f'mask {t["section"]}: start_line {t["start_line"]} is not its heading: {head!r}')
        if not re.search(re.escape(t['title']) + r' \(Seite ' + str(t['catalogue_page']) + r'\)', norm[d]):
            errors.append(f'mask {t["section"]}: page {t["catalogue_page"]} not confirmed by the table of contents')
        fs = t['fields_present'] + t['fields_empty'] + t['fields_missing']
        if set(fs) != allf or len(fs) != len(allf):
            errors.append(f'mask {t["section"]}: field lists do not partition the 13 fields')
        tid = 'to-' + t['section']
        if tid not in byid: errors.append(f'mask {t["section"]}: no TransferObject entity {tid}')
        for a in t['beteiligte_akteure']:
            if normalise(a['text']) not in window(d, a['line'], 0, 0):
                errors.append(f'mask {t["section"]}: actor item not at line {a["line"]}: {a["text"]!r}')
        if not (t['start_line'] < min(a['line'] for a in t['beteiligte_akteure'])):
            errors.append(f'mask {t["section"]}: actors before heading')

    if errors:
        print('\n'.join(errors)); print(f'FAILED: {len(errors)} problem(s)'); return 1
    from collections import Counter
    print(f'OK: {len(man)} documents, {len(ents)} entities {dict(Counter(e["type"] for e in ents))}, '
          f'{len(rels)} relations {dict(Counter(r["predicate"] for r in rels))}, {len(tos)} masks')
    return 0

if __name__ == '__main__':
    sys.exit(main())
