import json, re, sys, os
sys.path.insert(0, os.path.dirname(__file__))
from textnorm import normalise, find_all, ws
from spec_entities import E, DOCS, K
from spec_relations import R
BASE = str(__import__('pathlib').Path(__file__).resolve().parent.parent)
texts = {d: open(f'{BASE}/corpus/{f}').read() for d, f in DOCS.items()}
norm = {d: normalise(t) for d, t in texts.items()}
lines = {d: t.split('\n') for d, t in texts.items()}
byid = {e['id']: e for e in E}
assert len(byid) == len(E), 'duplicate ids'
# surface forms
forms = {}
for e in E:
    for f in [e['name']] + e['aliases']:
        if f in forms and forms[f] != e['id']:
            raise SystemExit(f'ambiguous form {f!r}: {forms[f]} / {e["id"]}')
        forms[f] = e['id']

def tag(S, lo, hi, exclude=None):
    cands = []
    for f, eid in forms.items():
        if eid == exclude: continue
        for a, b in find_all(S[lo:hi], f):
            cands.append((a + lo, b + lo, eid, f))
    cands.sort(key=lambda c: (-(c[1] - c[0]), c[0]))
    taken = []; out = []
    for a, b, eid, f in cands:
        if any(not (b <= x or a >= y) for x, y in taken): continue
        taken.append((a, b)); out.append((a, b, eid, f))
    return out

occ = {e['id']: {} for e in E}
used_forms = {e['id']: set() for e in E}
for d, (S, lm) in norm.items():
    top = tag(S, 0, len(S))
    allm = list(top)
    for a, b, eid, f in top:
        if byid[eid]['type'] in ('Measure', 'TransferObject'):
            allm += tag(S, a, b, exclude=eid)
    for a, b, eid, f in allm:
        ls = {lm[a], lm[b - 1]}
        occ[eid].setdefault(d, set()).update(ls)
        used_forms[eid].add(f)

entities = []
problems = []
for e in E:
    o = occ[e['id']]
    for d, ls in e.get('extra_lines', {}).items():
        o.setdefault(d, set()).update(ls)
    for d, ls in e.get('exclude_lines', {}).items():
        if d in o:
            o[d] -= set(ls)
            if not o[d]: del o[d]
    if not o:
        problems.append(f'entity {e["id"]} not found in any document')
    unused = [a for a in e['aliases'] if a not in used_forms[e['id']]]
    if unused:
        problems.append(f'entity {e["id"]}: aliases never matched as top-level form: {unused}')
    order = [d for d in DOCS if d in o]
    out = dict(id=e['id'], type=e['type'], name=e['name'], aliases=e['aliases'], docs=order,
               lines={d: sorted(o[d]) for d in order})
    for k in ('role', 'affiliation', 'role_only', 'name_not_verbatim', 'note'):
        if k in e: out[k] = e[k]
    entities.append(out)

def locate(d, ev, anchor=None):
    S, lm = norm[d]
    start = 0
    if anchor:
        i = S.find(anchor)
        if i < 0: raise SystemExit(f'anchor not found {anchor!r} in {d}')
        start = i
    hits = [i for i in [m.start() for m in re.finditer(re.escape(ws(ev)), S)] if i >= start]
    if not hits: raise SystemExit(f'evidence not found in {d}: {ev!r}')
    if len(hits) > 1 and not anchor:
        problems.append(f'evidence ambiguous ({len(hits)}x) in {d}: {ev!r}; first taken')
    return lm[hits[0]]

relations = []
for x in R:
    for k in ('subject', 'object'):
        if x[k] not in byid: raise SystemExit(f'unknown id {x[k]}')
    line = locate(x['doc'], x['evidence'], x.get('anchor'))
    rel = dict(subject=x['subject'], predicate=x['predicate'], object=x['object'], doc=x['doc'], line=line, evidence=x['evidence'])
    if x.get('role'): rel['role'] = x['role']
    if x.get('note'): rel['note'] = x['note']
    relations.append(rel)

# ---- transfer objects
FIELDS = [('kurzbeschreibung', 'KURZBESCHREIBUNG'), ('produkttyp', 'PRODUKTTyP'), ('ausgangssituation', 'AUSGANGSSITUATION'),
          ('ziele', 'ZIELE UND ANFORDERUNGEN (AUFTRAG)'), ('methoden', 'METHODEN, UMSETZUNG'), ('ressourcen', 'RESSOURCEN (ZEIT'),
          ('projektplan', 'PROJEKTPLAN (ABLAUFPLAN)'), ('beteiligte_akteure', 'BETEILIGTE AKTEURE, BENÖTIGTE PARTNER'), ('marketing', 'MARKETING ÖA'),
          ('gelingensbedingungen', 'GELINGENSBEDINGUNGEN'), ('herausforderungen', 'HERAUSFORDERUNGEN, STOLPERSTEINE'),
          ('anmerkungen', 'ANMERKUNGEN, HINWEISE'), ('transfer_adressaten', 'POTENZIELLE TRANSFER-ADRESSATEN')]
from spec_masks import MASKS
L = lines[K]
tos = []
for m in MASKS:
    start = next(i + 1 for i, l in enumerate(L) if l.strip().startswith(m['section'] + ' ') and m['title'] in l and i > 100)
    nxt = [next((i + 1 for i, l in enumerate(L) if l.strip().startswith(s + ' ') and i > 100), None) for s in [x['section'] for x in MASKS]]
    ends = [n for n in nxt if n and n > start]
    end = min(ends) if ends else len(L) + 1
    block = L[start - 1:end - 1]
    heads = []
    for fk, fh in FIELDS:
        idx = [i for i, l in enumerate(block) if l.strip().startswith(fh)]
        heads.append((fk, idx[0] if idx else None))
    present, empty, missing = [], [], []
    hl = sorted(i for _, i in heads if i is not None)
    for fk, i in heads:
        if i is None: missing.append(fk); continue
        later = [j for j in hl if j > i]
        j = later[0] if later else len(block)
        content = [l for l in block[i + 1:j] if l.strip() and not re.match(r'^\s*(\d+|[A-ZÄÖÜ ]+|\d\.\d\.\d\.\d .*(DATEN|DISKURS|MASSNAHMEN))\s*$', l)]
        (present if content else empty).append(fk)
    akteure = []
    for text, actors in m['akteure']:
        ln = next(start + i for i, l in enumerate(block) if ws(text) in ws(l))
        akteure.append(dict(text=text, line=ln, actors=[a for a, _ in actors]))
        for a, eid in actors:
            relations.append(dict(subject=m['id'], predicate='involvesActor', object=eid, doc=K, line=ln, evidence=text))
    tos.append(dict(section=m['section'], title=m['title'], kbm_function=m['kbm_function'], catalogue_page=m['page'], start_line=start,
                    fields_present=present, fields_empty=empty, fields_missing=missing, beteiligte_akteure=akteure, doc=K))

json.dump(entities, open(f'{BASE}/gold/entities.json', 'w'), ensure_ascii=False, indent=1)
json.dump(relations, open(f'{BASE}/gold/relations.json', 'w'), ensure_ascii=False, indent=1)
json.dump(tos, open(f'{BASE}/gold/transfer_objects.json', 'w'), ensure_ascii=False, indent=1)
print('\n'.join(problems))
from collections import Counter
print(len(entities), Counter(e['type'] for e in entities))
print(len(relations), Counter(r['predicate'] for r in relations))
for t in tos: print(t['section'], t['start_line'], t['fields_empty'], t['fields_missing'])
