import json, re, sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent)); sys.path.insert(0, str(Path(__file__).parent.parent))
from validate import load_docs, norm_form
from spec_entities import E, OVERRIDES, IGNORE, K, DEFAULTS
from spec_relations import R
ROOT = Path(__file__).resolve().parent.parent
docs = load_docs()
ids = [e['id'] for e in E]; assert len(ids) == len(set(ids)), [i for i in ids if ids.count(i) > 1]
byid = {e['id']: e for e in E}

# default owner of a form: entity whose name is the form, else first entity listing it
owner = {}
for e in E:
    f = norm_form(e['name']); owner.setdefault(('name', f), e['id'])
for e in E:
    for f in [e['name']] + e['aliases']:
        owner.setdefault(('any', norm_form(f)), e['id'])
def default_owner(f):
    return DEFAULTS.get(f) or owner.get(('name', f)) or owner[('any', f)]
forms = sorted({norm_form(f) for e in E for f in [e['name']] + e['aliases']}, key=len, reverse=True)

def line_of(d, pos): return docs[d].owner[pos]
def line_text(d, ln): return re.sub(r'\s+', ' ', docs[d].lines[ln-1])

URL = re.compile(r'\S*(www\.|@|\.example|\.de\b)\S*')
mentions = {}  # eid -> doc -> set(lines)
unused = set(forms)
for d, doc in docs.items():
    urlspans = [(m.start(), m.end()) for m in URL.finditer(doc.low)]
    cands = []
    for f in forms:
        for a, b in doc.find_all(f, word_boundary=True):
            if any(ua <= a < ub for ua, ub in urlspans): continue
            cands.append((a, b, f))
    cands.sort(key=lambda c: (-(c[1]-c[0]), c[0]))
    taken = []
    for a, b, f in cands:
        if any(not (b <= ta or a >= tb) for ta, tb in taken): continue
        ln = line_of(d, a)
        eid = default_owner(f); skip = False
        for od, sub, of, oe in OVERRIDES:
            if od == d and of == f and sub.lower() in line_text(d, ln).lower():
                if oe is None: skip = True
                else: eid = oe
        if skip: continue
        if any(idd == d and sub.lower() in line_text(d, ln).lower() and ie == eid for idd, sub, ie in IGNORE):
            continue
        if byid[eid]['type'] != 'Measure':
            taken.append((a, b))
        unused.discard(f)
        for l in doc.span_lines(a, b):
            mentions.setdefault(eid, {}).setdefault(d, set()).add(l); break  # start line only
        # record which forms were used per entity
        byid[eid].setdefault('_used', set()).add(f)

out = []
for e in E:
    m = mentions.get(e['id'], {})
    used = e.pop('_used', set())
    al = e['aliases']
    missing_forms = [f for f in [e['name']] + al if norm_form(f) not in used]
    if missing_forms:
        print('WARN unused forms', e['id'], missing_forms)
    if not m:
        print('ERROR no mention', e['id']); continue
    rec = {'id': e['id'], 'type': e['type'], 'name': e['name'], 'aliases': al,
           'docs': [d for d in docs if d in m],
           'lines': {d: sorted(m[d]) for d in docs if d in m}}
    for k in ('role', 'affiliation', 'role_only', 'note'):
        if k in e: rec[k] = e[k]
    out.append(rec)

# relations
rels = []
for x in R:
    d = x['doc']; doc = docs[d]
    first = re.split(r'\.\.\.|…', x['evidence'])[0]
    hits = doc.find_all(first)
    if not hits:
        print('ERROR evidence not found', x); continue
    n = x.pop('nth', None)
    if len(hits) > 1 and n is None:
        print('AMBIG evidence', len(hits), x['subject'], x['predicate'], x['object'], d, repr(x['evidence'][:60]), [line_of(d, h[0]) for h in hits])
    x['line'] = line_of(d, hits[n or 0][0])
    for k in ('subject', 'object'):
        if x[k] not in byid: print('ERROR unknown', k, x[k])
    rec = {k: x[k] for k in ('subject', 'predicate', 'object', 'doc', 'line', 'evidence')}
    for k in ('role', 'note'):
        if k in x: rec[k] = x[k]
    rels.append(rec)
# duplicates (same triple, doc and line)
seen = {}
for r_ in rels:
    key = (r_['subject'], r_['predicate'], r_['object'], r_['doc'], r_['line'])
    if key in seen: print('DUP', key)
    seen[key] = 1

# transfer objects
FIELDS = [('kurzbeschreibung','KURZBESCHREIBUNG'),('produkttyp','PRODUKTTyP'),('ausgangssituation','AUSGANGSSITUATION'),
          ('ziele','ZIELE UND ANFORDERUNGEN'),('methoden','METHODEN, UMSETZUNG'),('ressourcen','RESSOURCEN'),
          ('projektplan','PROJEKTPLAN'),('beteiligte_akteure','BETEILIGTE AKTEURE'),('marketing','MARKETING ÖA'),
          ('gelingensbedingungen','GELINGENSBEDINGUNGEN'),('herausforderungen','HERAUSFORDERUNGEN'),
          ('anmerkungen','ANMERKUNGEN, HINWEISE'),('transfer_adressaten','POTENZIELLE TRANSFER-ADRESSATEN')]
MASKS = [('4.2.3.1','Kleinräumiger Bildungsatlas für Samtgemeinden und Einheitsgemeinden','Daten',24),
         ('4.3.3.2','Lenkungsgruppe der Bildungsregion','Diskurs',38),
         ('4.5.3.3','Bildungslotsinnen und Bildungslotsen in den Samtgemeinden','Maßnahmen',61)]
lines = docs[K].lines
heads = [next(i for i, l in enumerate(lines, 1) if l.strip().startswith(s + ' ')) for s, *_ in MASKS]
ends = heads[1:] + [len(lines) + 1]
# the actors section in 4.3.2 lies between mask 1 and mask 2: end mask 1 at the 4.3.2 heading
sec432 = next(i for i, l in enumerate(lines, 1) if l.strip().startswith('4.3.2 '))
ends[0] = sec432
actor_map = {r_['line']: [] for r_ in rels if r_['predicate'] == 'involvesActor'}
for r_ in rels:
    if r_['predicate'] == 'involvesActor':
        actor_map[r_['line']].append(byid[r_['object']]['name'])
tos = []
ACTOR_EXTRAS = [('Erste Kreisrätin des Landkreises', ['Erste Kreisrätin']),
                ('je eine Vertretung der Samtgemeinden', ['Samtgemeinden', 'Einheitsgemeinden']),
                ('Vorsitzender der Geschäftsführung der Agentur', ['Vorsitzender der Geschäftsführung']),
                ('Dezernentin des Regionalen', ['Dezernentin'])]
header_re = re.compile(r'^\s*(DATEN|DISKURS|MASSNAHMEN)\b|^\s*\d+\s*$|^\s*\d\.\d\.\d\.\d .* (DATEN|DISKURS|MASSNAHMEN)\s*$')
for (sec, title, fn, page), h, en in zip(MASKS, heads, ends):
    fpos = {}
    for i in range(h, en):
        t = lines[i-1].strip()
        for key, lab in FIELDS:
            if t.startswith(lab) and key not in fpos: fpos[key] = i
    present, empty, missing = [], [], []
    order = sorted(fpos.items(), key=lambda kv: kv[1])
    for j, (key, pos) in enumerate(order):
        nxt = order[j+1][1] if j + 1 < len(order) else en
        body = [lines[i-1] for i in range(pos+1, nxt) if lines[i-1].strip() and not header_re.match(lines[i-1])]
        (present if body else empty).append(key)
    missing = [k for k, _ in FIELDS if k not in fpos]
    present = [k for k, _ in FIELDS if k in present]; empty = [k for k, _ in FIELDS if k in empty]
    ba = []
    if 'beteiligte_akteure' in fpos:
        p0 = fpos['beteiligte_akteure']; p1 = min(v for v in fpos.values() if v > p0)
        for i in range(p0+1, p1):
            t = re.sub(r'\s+', ' ', lines[i-1]).strip()
            if t.startswith('•'):
                txt = t.lstrip('• ').strip()
                if i + 1 < p1 and lines[i].strip() and not lines[i].strip().startswith('•'):
                    nt = re.sub(r'\s+', ' ', lines[i]).strip()
                    txt = txt[:-1] + nt if txt.endswith('-') else txt + ' ' + nt
                acts = list(actor_map.get(i, []))
                for extra_sub, extra in ACTOR_EXTRAS:
                    if extra_sub in txt: acts = extra + acts
                ba.append({'text': txt, 'line': i, 'actors': acts})
    tos.append({'section': sec, 'title': title, 'kbm_function': fn, 'catalogue_page': page, 'start_line': h,
                'fields_present': present, 'fields_empty': empty, 'fields_missing': missing,
                'beteiligte_akteure': ba, 'doc': K})

G = ROOT / 'gold'
(G / 'entities.json').write_text(json.dumps(out, ensure_ascii=False, indent=1) + '\n', encoding='utf-8')
(G / 'relations.json').write_text(json.dumps(rels, ensure_ascii=False, indent=1) + '\n', encoding='utf-8')
(G / 'transfer_objects.json').write_text(json.dumps(tos, ensure_ascii=False, indent=1) + '\n', encoding='utf-8')
from collections import Counter
print('entities', len(out), Counter(e['type'] for e in out))
print('relations', len(rels), Counter(r_['predicate'] for r_ in rels))
print('unused forms', sorted(unused))
