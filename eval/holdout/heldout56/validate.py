#!/usr/bin/env python3
"""Checks gold/ against corpus/ (run from anywhere: python3 validate.py).

1. manifest: five documents, one of each kind, files exist; no forbidden place names in the corpus.
2. entities: every alias occurs (whitespace-normalised, line-end hyphenation joined) in at least one
   listed document; every name occurs there too, allowing inflected endings and OCR umlaut damage
   (für/fiir, ä/a, ...); every listed line holds (or, for names split over lines, starts/ends) a form.
3. relations: known predicate and entity ids; subject and object occur in the relation's document;
   the evidence occurs at the given line or the line before/after (whitespace-normalised).
4. transfer_objects: start_line is the mask heading "<section> <title>"; each actor line holds its text.
"""
import json, os, re, sys
B = os.path.dirname(os.path.abspath(__file__))
C, G = os.path.join(B, 'corpus'), os.path.join(B, 'gold')
errors = []
def err(m): errors.append(m)

FORBIDDEN = """Aarwiesen Ahsebruch Aichelfingen Altmühlfurt Ammerstedt Auenfels Barthwiek Brennfurt Brunskamp Dahmeholz Dillweiler Elmsheide Finnegau Isengrund Kirnwald Lautach Lindenfurt Rodenwald Selzheim Vennstein Bieberhöhe Hainstetten Fließgrund Gransau Velmow Lautermühl Altrhein-Pfrimm Selz-Nahe Vierseenland Strelund Kalzenow Leipzig Eisenach Marschwedel Quernhorst Hohenbrück Ebersgau Ravenstal Achterberg Ahlsbeck Auwald Barwald Birkenau Dhronfeld Dörnebeck Dörrbach Ebersgrund Ellersgrund Ellertal Friedeberg Gardelow Grunewald Haldenbeck Hardtgau Hermersbach Hochwald Hollerbach Hollertal Hollstedt Holmsee Holsmark Hüggelheim Idarwald Kahlenau Kalbenau Kalbenstedt Kallwitz Kappelberg Kappelsbach Kellbach Kellenau Kelsheim Kiefernau Kornau Kornhausen Kranichfurt Kranichsee Krummsee Lauchwitz Lautachtal Lauterwald Lennetal Leutenau Leutenfeld Loquitz Loquitzgrund Lossenburg Lüttenhof Merzwald Mirowsee Möllendorf Mühlgrund Nahegrund Neuweilbach Niedwald Nordgau Ohmburg Ohmtal Ohrebruch Ohrefeld Orlagrund Osterkamp Overbeck Overkamp Pennekow Pfrimmtal Rednitzburg Rednitzgrund Rennsburg Rettenau Rietzsee Rottachgau Rottelsheim Rottmersfeld Sauerwald Schwarzwassertal Seenkamp Seidlitz Sellhausen Sietlingen Sormitz Sormitzburg Stelbach Tarnefitz Ulmenau Wallerfeld Warnekow Warnowtal Weinberg Welsenburg Wendelsau Wersingen Wiedenau Wipfertal Wisentatal Wollenberg Zechenau Zehdenbruch Zschopau Zschopautal Grießbachtal Zellwitz Bärenfeld Rötzenbach Tannwiesen Pöhlgrund Morlitz Wedebruch Ahrenfeld Hesselburg Nettelrode Lohmünde Brakeholt Quellinghausen Wiebelsdorf Frohnsiepen Haverloh Steinkuhle Ostrup Quellenhagen Wernitzgau Bergzell Rothenwörth Allersdorf Kühbrunn Dreeswold Beekerland Holtmoor Kattrade Lüttkoog Marnhaven Sielbüttel Tetenbrook Vosshörn Mertzdorf Espenrode Gersleben Saalwinkel Tannrode Ulmenhorst Wolfsholz Kesselbrunn Bodewiesen Schönfurt Rabenstedt Espenaue Tannenheide Lahnfelden Dornfels Kammelgau Kammelbrunn Obersulzach Zeilhofen Grubenried Unterwiesach Steinachszell Holzreuth Ettenbühl Kammeltal Riedwangen Mörsingen Ellwach Nidderwald Borkenfels Grebenrode Altenhasel Hirzwiesen Lindscheid Eichelsried Marbrück Emmerwald Velkenhagen""".split()

def load_manifest():
    docs, cur = [], None
    for line in open(os.path.join(C, 'manifest.yaml'), encoding='utf-8'):
        m = re.match(r'\s*-\s*id:\s*(\S+)', line)
        if m:
            cur = {'id': m.group(1)}; docs.append(cur); continue
        m = re.match(r'\s+(\w+):\s*"?(.*?)"?\s*$', line)
        if m and cur is not None:
            cur[m.group(1)] = m.group(2)
    return docs

def norm_doc(lines):
    out, lm = [], []
    for i, l in enumerate(lines, 1):
        l = re.sub(r'\s+', ' ', l).strip()
        if not l:
            continue
        if out and out[-1] == '-' and len(out) > 1 and out[-2].isalpha() and l[:1].isalpha():
            if l[:1].islower():
                out.pop(); lm.pop()
        elif out:
            out.append(' '); lm.append(i)
        for ch in l:
            out.append(ch); lm.append(i)
    return ''.join(out), lm

def fold(s):
    # length-preserving (offsets are mapped back to lines)
    s = s.lower()
    for a, b in [('ä', 'a'), ('ö', 'o'), ('ü', 'u'), ('ß', 's'), ('é', 'a'), ('ı', 'i')]:
        s = s.replace(a, b)
    return s

def tolerant_regex(name):
    toks = re.split(r'\s+', fold(name).strip())
    parts = []
    for t in toks:
        if t == 'fur':
            parts.append('f(?:u|ii)r')
        elif len(t) > 5 and t[-1].isalpha():
            parts.append(re.escape(t[:-2]) + r'[a-z]{0,3}')
        else:
            parts.append(re.escape(t))
    return r'\s+'.join(parts)

docs = load_manifest()
kinds = sorted(d.get('kind') for d in docs)
if kinds != sorted(['transferkatalog', 'arbeitspakete', 'zielvereinbarung', 'protokoll', 'praesentation']):
    err(f'manifest kinds: {kinds}')
TEXT, JOINED = {}, {}
total = 0
for d in docs:
    p = os.path.join(C, d['file'])
    if not os.path.exists(p):
        err(f'missing file {p}'); continue
    if os.path.splitext(d['file'])[0] != d['id']:
        err(f'id/file stem mismatch {d}')
    t = open(p, encoding='utf-8').read()
    total += len(t.encode('utf-8'))
    TEXT[d['id']] = t.split('\n')
    JOINED[d['id']] = norm_doc(TEXT[d['id']])
    for w in FORBIDDEN:
        if re.search(r'(?<![A-Za-zÄÖÜäöüß])' + re.escape(w) + r'(?![a-zäöüß])', t):
            err(f'forbidden place name {w} in {d["id"]}')

ents = json.load(open(os.path.join(G, 'entities.json'), encoding='utf-8'))
TYPES = {'Organization', 'Municipality', 'Body', 'Programme', 'Person', 'ActionField', 'Measure', 'TransferObject'}
E = {}
for e in ents:
    for k in ('id', 'type', 'name', 'aliases', 'docs', 'lines'):
        if k not in e: err(f'entity missing key {k}: {e.get("id")}')
    if e['id'] in E: err(f'duplicate id {e["id"]}')
    E[e['id']] = e
    if e['type'] not in TYPES: err(f'bad type {e["id"]} {e["type"]}')
    if set(e['lines']) != set(e['docs']): err(f'lines/docs mismatch {e["id"]}')
    for d in e['docs']:
        if d not in TEXT: err(f'unknown doc {d} in {e["id"]}')
    eds = [d for d in e['docs'] if d in TEXT]
    for a in e['aliases']:
        an = re.sub(r'\s+', ' ', a)
        if not any(an in JOINED[d][0] for d in eds):
            err(f'alias not found: {e["id"]} {a!r}')
    rx = tolerant_regex(e['name'])
    assert all(len(fold(JOINED[d][0])) == len(JOINED[d][0]) for d in eds)
    if not any(re.search(rx, fold(JOINED[d][0])) for d in eds):
        err(f'name not found: {e["id"]} {e["name"]!r}')
    forms = [e['name']] + e['aliases']
    for d in eds:
        text, lm = JOINED[d]
        ftext = fold(text)
        ok_lines = set()
        for f in forms:
            for m in re.finditer(tolerant_regex(f), ftext):
                ok_lines.update(lm[m.start():m.end()])
        for ln in e['lines'][d]:
            if ln not in ok_lines:
                err(f'entity {e["id"]}: no form at {d}:{ln}')

PRED = {'memberOf', 'participatesIn', 'cooperatesWith', 'fundedBy', 'carriedBy', 'chairedBy', 'subOrganizationOf', 'involvesActor', 'addressesActionField'}
rels = json.load(open(os.path.join(G, 'relations.json'), encoding='utf-8'))
seen = set()
for r in rels:
    key = (r['subject'], r['predicate'], r['object'], r['doc'], r['line'])
    if key in seen: err(f'duplicate relation {key}')
    seen.add(key)
    if r['predicate'] not in PRED: err(f'bad predicate {r}')
    for k in ('subject', 'object'):
        if r[k] not in E: err(f'unknown entity {r[k]}'); continue
        if r['doc'] not in E[r[k]]['docs']: err(f'{r[k]} not annotated in {r["doc"]} (relation {key})')
    if r['doc'] not in TEXT: err(f'unknown doc {r["doc"]}'); continue
    lines = TEXT[r['doc']]
    ev = re.sub(r'\s+', ' ', r.get('evidence', '')).strip()
    if not ev: err(f'no evidence {key}'); continue
    win = [re.sub(r'\s+', ' ', lines[i - 1]) for i in range(max(1, r['line'] - 1), min(len(lines), r['line'] + 1) + 1)]
    if not any(ev in w for w in win) and ev not in ' '.join(win):
        err(f'evidence not at line: {key} {ev!r}')
    if r['predicate'] == 'memberOf' and E.get(r['subject'], {}).get('type') != 'Person': err(f'memberOf subject not Person {key}')
    if r['predicate'] == 'involvesActor' and E.get(r['subject'], {}).get('type') != 'TransferObject': err(f'involvesActor subject {key}')
    if r['predicate'] == 'addressesActionField' and (E.get(r['subject'], {}).get('type') != 'Measure' or E.get(r['object'], {}).get('type') != 'ActionField'): err(f'addressesActionField types {key}')

tos = json.load(open(os.path.join(G, 'transfer_objects.json'), encoding='utf-8'))
for t in tos:
    lines = TEXT.get(t['doc'])
    if lines is None: err(f'mask doc {t["doc"]}'); continue
    h = re.sub(r'\s+', ' ', lines[t['start_line'] - 1]).strip()
    if h != f'{t["section"]} {t["title"]}': err(f'mask heading mismatch {t["section"]}: {h!r}')
    if not re.sub(r'\s+', ' ', lines[t['start_line'] + 1]).strip() == 'PRODUKTBEZEICHNUNG': err(f'mask {t["section"]}: no PRODUKTBEZEICHNUNG after heading')
    if 'to-' + t['section'] not in E: err(f'no TransferObject entity for {t["section"]}')
    for a in t['beteiligte_akteure']:
        if re.sub(r'\s+', ' ', a['text']) not in re.sub(r'\s+', ' ', lines[a['line'] - 1]): err(f'actor line {t["section"]} {a}')

print(f'corpus: {len(TEXT)} documents, {total} bytes; entities: {len(ents)}; relations: {len(rels)}; masks: {len(tos)}')
if errors:
    print('\n'.join(errors)); print(f'FAILED: {len(errors)} problem(s)'); sys.exit(1)
print('OK')
