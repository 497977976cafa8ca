#!/usr/bin/env python3
"""Check the gold of this evaluation set against the corpus text.

- manifest lists the five documents (one per kind) and the files exist;
- every entity: docs == keys of lines; its name (unless name_in_text is false) and every alias occur
  in at least one of its documents; every listed line holds the start of one of its surface forms;
- every relation: known ids and predicate, type constraints, evidence occurs starting at or next to its line;
- every product mask: start_line is its heading, fields are consistent with the text, actor lines hold the
  listed bullet text, catalogue page and function match Tab. 1.
Surface forms are matched case-insensitively, with any run of whitespace (spaces, tabs, line breaks) between
words and an optional line-end hyphenation break inside words. Exit status 0 when everything passes.
"""
import json, re, sys, pathlib

ROOT = pathlib.Path(__file__).resolve().parent
TYPES = {'Organization', 'Municipality', 'Body', 'Programme', 'Person', 'ActionField', 'Measure', 'TransferObject'}
PREDICATES = {'memberOf', 'participatesIn', 'cooperatesWith', 'fundedBy', 'carriedBy', 'chairedBy',
              'subOrganizationOf', 'involvesActor', 'addressesActionField'}
FIELD_KEYS = ['kurzbeschreibung', 'produkttyp', 'ausgangssituation', 'ziele', 'methoden', 'ressourcen', 'projektplan',
              'beteiligte_akteure', 'marketing', 'gelingensbedingungen', 'herausforderungen', 'anmerkungen', 'transfer_adressaten']
FIELD_HEADS = {'kurzbeschreibung': 'KURZBESCHREIBUNG', 'produkttyp': 'PRODUKTTyP', 'ausgangssituation': 'AUSGANGSSITUATION',
               'ziele': 'ZIELE UND ANFORDERUNGEN', 'methoden': 'METHODEN, UMSETZUNG', 'ressourcen': 'RESSOURCEN',
               'projektplan': 'PROJEKTPLAN', 'beteiligte_akteure': 'BETEILIGTE AKTEURE', 'marketing': 'MARKETING ÖA',
               'gelingensbedingungen': 'GELINGENSBEDINGUNGEN', 'herausforderungen': 'HERAUSFORDERUNGEN',
               'anmerkungen': 'ANMERKUNGEN', 'transfer_adressaten': 'POTENZIELLE TRANSFER-ADRESSATEN'}
BR_HY = r'(?:-[ \t]*\n(?:[ \t]*\n)?[ \t]*)?'
BR_DASH = r'(?:[ \t]*\n(?:[ \t]*\n)?[ \t]*)?'

def rx(form, bounded=True):
    out, i = [], 0
    while i < len(form):
        ch = form[i]
        if ch.isspace():
            while i < len(form) and form[i].isspace():
                i += 1
            out.append(r'\s+'); continue
        out.append(re.escape(ch))
        nxt = form[i + 1] if i + 1 < len(form) else None
        if nxt is not None and not nxt.isspace():
            if ch in '-–':
                out.append(BR_DASH)
            elif ch.isalnum() and nxt.isalnum():
                out.append(BR_HY)
        i += 1
    pre = r'(?<!\w)' if bounded and form[0].isalnum() else ''
    post = r'(?!\w)' if bounded and form[-1].isalnum() else ''
    return re.compile(pre + ''.join(out) + post, re.IGNORECASE)

def surface_variants(form):
    # an alias may be recorded with the line-end hyphen kept ("Quern-horst"); accept the joined form as well
    return {form, re.sub(r'(?<=\w)-(?=[a-zäöüß])', '', form)}

def main():
    errors, warnings = [], []
    man = (ROOT / 'corpus' / 'manifest.yaml').read_text(encoding='utf-8')
    ids = re.findall(r'^\s*-\s*id:\s*(\S+)', man, re.M)
    files = re.findall(r'^\s*file:\s*(\S+)', man, re.M)
    kinds = re.findall(r'^\s*kind:\s*(\S+)', man, re.M)
    if len(ids) != 5 or len(files) != 5:
        errors.append(f'manifest: expected 5 documents, got {len(ids)}')
    if sorted(kinds) != sorted(['transferkatalog', 'arbeitspakete', 'zielvereinbarung', 'protokoll', 'praesentation']):
        errors.append(f'manifest: kinds {kinds}')
    for k in ('title', 'publisher', 'date', 'format', 'language', 'licence'):
        if len(re.findall(rf'^\s*{k}:', man, re.M)) != 5:
            errors.append(f'manifest: field {k} not given for every document')
    TEXT, OFFS = {}, {}
    for i, f in zip(ids, files):
        p = ROOT / 'corpus' / f
        if not p.exists():
            errors.append(f'manifest: missing file {f}'); continue
        if pathlib.Path(f).stem != i:
            errors.append(f'manifest: id {i} is not the stem of {f}')
        TEXT[i] = p.read_text(encoding='utf-8')
        OFFS[i] = [0] + [m.end() for m in re.finditer('\n', TEXT[i])]
    def line_of(doc, pos):
        o = OFFS[doc]; lo, hi = 0, len(o) - 1
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if o[mid] <= pos: lo = mid
            else: hi = mid - 1
        return lo + 1
    def start_lines(doc, form, bounded=True):
        lines = set()
        for v in surface_variants(form):
            lines |= {line_of(doc, m.start()) for m in rx(v, bounded).finditer(TEXT[doc])}
        return lines

    ents = json.load(open(ROOT / 'gold' / 'entities.json', encoding='utf-8'))
    byid = {}
    for e in ents:
        eid = e.get('id')
        if eid in byid: errors.append(f'entity {eid}: duplicate id')
        byid[eid] = e
        if e.get('type') not in TYPES: errors.append(f'entity {eid}: bad type {e.get("type")}')
        docs, lines = e.get('docs', []), e.get('lines', {})
        if set(docs) != set(lines): errors.append(f'entity {eid}: docs and lines keys differ')
        for d in docs:
            if d not in TEXT: errors.append(f'entity {eid}: unknown doc {d}')
        docs = [d for d in docs if d in TEXT]
        forms = list(e.get('aliases', []))
        if e.get('name_in_text', True):
            forms = [e['name']] + forms
        for f in forms:
            if not any(start_lines(d, f) for d in docs):
                errors.append(f'entity {eid}: surface form not found in its docs: {f!r}')
        all_forms = [e['name']] + list(e.get('aliases', []))
        for d, lns in lines.items():
            if d not in TEXT: continue
            if not lns: errors.append(f'entity {eid}: no lines for {d}')
            found = set()
            for f in all_forms:
                found |= start_lines(d, f)
            for ln in lns:
                if ln not in found:
                    errors.append(f'entity {eid}: no surface form starts on {d}:{ln}')
        if e.get('type') == 'Person' and not (e.get('role') and e.get('affiliation')):
            warnings.append(f'person {eid} without role/affiliation')

    rels = json.load(open(ROOT / 'gold' / 'relations.json', encoding='utf-8'))
    for n, r in enumerate(rels):
        tag = f"relation {n} ({r.get('subject')} {r.get('predicate')} {r.get('object')})"
        s, o, p = byid.get(r.get('subject')), byid.get(r.get('object')), r.get('predicate')
        if s is None or o is None: errors.append(f'{tag}: unknown id'); continue
        if p not in PREDICATES: errors.append(f'{tag}: bad predicate')
        if p == 'memberOf' and s['type'] != 'Person': errors.append(f'{tag}: memberOf needs a Person subject')
        if p == 'involvesActor' and s['type'] != 'TransferObject': errors.append(f'{tag}: involvesActor needs a TransferObject subject')
        if p == 'addressesActionField' and (s['type'] != 'Measure' or o['type'] != 'ActionField'):
            errors.append(f'{tag}: addressesActionField needs Measure -> ActionField')
        if p == 'chairedBy' and s['type'] != 'Body': errors.append(f'{tag}: chairedBy needs a Body subject')
        if p == 'participatesIn' and o['type'] not in ('Body', 'Programme', 'Organization'):
            errors.append(f'{tag}: participatesIn object type {o["type"]}')
        if p in ('memberOf', 'participatesIn', 'cooperatesWith', 'fundedBy', 'carriedBy', 'subOrganizationOf') and s['id'] == o['id']:
            errors.append(f'{tag}: reflexive')
        d = r.get('doc')
        if d not in TEXT: errors.append(f'{tag}: unknown doc {d}'); continue
        ev, ln = r.get('evidence', ''), r.get('line')
        if not ev or not isinstance(ln, int): errors.append(f'{tag}: evidence/line missing'); continue
        hits = {line_of(d, m.start()) for m in rx(ev, bounded=False).finditer(TEXT[d])}
        if not any(abs(h - ln) <= 1 for h in hits):
            errors.append(f'{tag}: evidence not at {d}:{ln} (found at {sorted(hits)}): {ev!r}')
        for x in (s, o):
            if x['type'] != 'Person' and d not in x.get('docs', []):
                warnings.append(f'{tag}: {x["id"]} is not listed as occurring in {d}')

    masks = json.load(open(ROOT / 'gold' / 'transfer_objects.json', encoding='utf-8'))
    for m in masks:
        tag = f"mask {m.get('section')}"
        d = m.get('doc')
        if d not in TEXT: errors.append(f'{tag}: unknown doc'); continue
        L = TEXT[d].split('\n')
        st = m['start_line']
        head = re.sub(r'\s+', ' ', L[st - 1]).strip()
        if head != f"{m['section']} {m['title']}":
            errors.append(f'{tag}: start_line {st} is not the heading ({head!r})')
        fp, fe, fm = set(m['fields_present']), set(m['fields_empty']), set(m['fields_missing'])
        if fp & fe or fp & fm or fe & fm or (fp | fe | fm) != set(FIELD_KEYS):
            errors.append(f'{tag}: field lists inconsistent')
        # mask region: up to the next section heading of the form d.d.d or d.d.d.d
        end = len(L)
        for i in range(st, len(L)):
            if re.match(r'^\d\.\d\.\d(\.\d+)? ', L[i]):
                end = i; break
        heads = {}
        for i in range(st, end):
            for k, h in FIELD_HEADS.items():
                if L[i].startswith(' ' + h):
                    heads[k] = i
        for k in FIELD_KEYS:
            if (k in heads) != (k not in fm):
                errors.append(f'{tag}: field {k} missing/present mismatch')
        order = sorted(heads.values())
        for k, i in heads.items():
            nxt = [j for j in order if j > i]
            stop = nxt[0] if nxt else end
            body = [l for l in L[i + 1:stop] if l.strip() and not re.fullmatch(r'\s*\d{1,3}\s*', l)
                    and not re.match(r'^\s*(DATEN|DISKURS|MASSNAHMEN|HANDLUNGSFELDER)\b', l)]
            if bool(body) != (k in fp):
                errors.append(f'{tag}: field {k} empty/present mismatch')
        for a in m.get('beteiligte_akteure', []):
            line = re.sub(r'\s+', ' ', L[a['line'] - 1]).strip().lstrip('•').strip()
            if line != a['text']:
                errors.append(f"{tag}: actor line {a['line']} does not hold {a['text']!r}")
        toc = [i for i, l in enumerate(L) if f"(Seite {m['catalogue_page']})" in l]
        if not toc:
            errors.append(f'{tag}: catalogue page {m["catalogue_page"]} not in Tab. 1')
        else:
            block = '\n'.join(L[:toc[0] + 1])
            fn = [x.group(1) for x in re.finditer(r'➝\s*(\S+):', block)]
            if not fn or fn[-1].lower().replace('ss', 'ß') != m['kbm_function'].lower() and fn[-1].lower() != m['kbm_function'].lower().replace('ß', 'ss'):
                errors.append(f'{tag}: function {m["kbm_function"]} does not match Tab. 1 ({fn[-1:]})')
        te = byid.get(m.get('entity'))
        if te is None or te['type'] != 'TransferObject' or st not in te['lines'].get(d, []):
            errors.append(f'{tag}: transfer-object entity missing or heading line not among its lines')
        inv = {(r['object'], r['line']) for r in rels if r['subject'] == m.get('entity') and r['predicate'] == 'involvesActor'}
        for a in m.get('beteiligte_akteure', []):
            if not any(l == a['line'] for _, l in inv):
                warnings.append(f"{tag}: actor line {a['line']} has no involvesActor relation")

    for w in warnings:
        print('warning:', w)
    for e in errors:
        print('ERROR:', e)
    print(f"{len(ents)} entities, {len(rels)} relations, {len(masks)} masks; {len(errors)} errors, {len(warnings)} warnings")
    return 1 if errors else 0

if __name__ == '__main__':
    sys.exit(main())
