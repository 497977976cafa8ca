#!/usr/bin/env python3
"""Check the gold of evaluation set 51 against its corpus.

  python3 validate.py            # exit 0 when everything passes

Checks
  * manifest: every listed file exists, fields and kinds are valid; corpus size 45-55 KB
  * entities: unique ids, valid types; the name (or the name without a trailing
    "(qualifier)") and every alias occur in at least one listed document; "docs" equals
    the keys of "lines"; at every listed line one of the entity's surface forms starts
    (whole-word match, tolerant of tabs, spacing and end-of-line hyphenation)
  * relations: subject/object exist, predicate is allowed and fits the types, the
    evidence text occurs at or next to the given line (from the previous
    non-blank line to the second non-blank line after it)
  * transfer objects: start_line is the mask heading "<section> <title>", every
    BETEILIGTE AKTEURE item occurs at its line, fields are known
  * none of the place names excluded by the brief occur in corpus or gold
Text is compared after replacing tabs, collapsing white space, skipping blank lines
and joining words hyphenated at a line end ("Bil-" + "dungsbüro" -> "Bildungsbüro").
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, 'corpus')
GOLD = os.path.join(HERE, 'gold')
TYPES = {'Organization', 'Municipality', 'Body', 'Programme', 'Person', 'ActionField', 'Measure', 'TransferObject'}
KINDS = {'transferkatalog', 'arbeitspakete', 'zielvereinbarung', 'protokoll', 'praesentation'}
ACTORS = {'Organization', 'Municipality', 'Body', 'Person'}
PRED = {  # predicate: (allowed subject types, allowed object types)
    'memberOf': ({'Person'}, {'Organization', 'Municipality', 'Body'}),
    'participatesIn': ({'Organization', 'Municipality', 'Body'}, {'Body', 'Programme', 'Organization', 'Municipality'}),
    'cooperatesWith': (ACTORS | {'Programme'}, ACTORS | {'Programme'}),
    'fundedBy': (ACTORS | {'Programme'}, {'Organization', 'Municipality', 'Programme'}),
    'carriedBy': ({'Organization', 'Programme', 'Body'}, {'Organization', 'Municipality', 'Body'}),
    'chairedBy': ({'Organization', 'Municipality', 'Body'}, {'Person', 'Organization'}),
    'subOrganizationOf': ({'Organization', 'Body'}, {'Organization', 'Body', 'Municipality'}),
    'involvesActor': ({'TransferObject'}, ACTORS),
    'addressesActionField': ({'Measure', 'TransferObject'}, {'ActionField'}),
}
FIELDS = ["kurzbeschreibung", "produkttyp", "ausgangssituation", "ziele", "methoden", "ressourcen", "projektplan",
          "beteiligte_akteure", "marketing", "gelingensbedingungen", "herausforderungen", "anmerkungen", "transfer_adressaten"]
FUNCTIONS = {'Strategische Ziele', 'Daten', 'Diskurs', 'Handlungsfelder', 'Maßnahmen'}
EXCLUDED_PLACES = """Aarwiesen Ahsebruch Aichelfingen Altmühlfurt Ammerstedt Auenfels Barthwiek Brennfurt Brunskamp Dahmeholz
Dillweiler Elmsheide Finnegau Isengrund Kirnwald Lautach Lindenfurt Rodenwald Selzheim Vennstein Bieberhöhe Hainstetten
Fließgrund Gransau Velmow Lautermühl Altrhein-Pfrimm Selz-Nahe Vierseenland Strelund Kalzenow Leipzig Eisenach Marschwedel
Quernhorst Hohenbrück Ebersgau Ravenstal Achterberg Ahlsbeck Auwald Barwald Birkenau Dhronfeld Dörnebeck Dörrbach
Ebersgrund Ellersgrund Ellertal Friedeberg Gardelow Grunewald Haldenbeck Hardtgau Hermersbach Hochwald Hollerbach Hollertal
Hollstedt Holmsee Holsmark Hüggelheim Idarwald Kahlenau Kalbenau Kalbenstedt Kallwitz Kappelberg Kappelsbach Kellbach
Kellenau Kelsheim Kiefernau Kornau Kornhausen Kranichfurt Kranichsee Krummsee Lauchwitz Lautachtal Lauterwald Lennetal
Leutenau Leutenfeld Loquitz Loquitzgrund Lossenburg Lüttenhof Merzwald Mirowsee Möllendorf Mühlgrund Nahegrund Neuweilbach
Niedwald Nordgau Ohmburg Ohmtal Ohrebruch Ohrefeld Orlagrund Osterkamp Overbeck Overkamp Pennekow Pfrimmtal Rednitzburg
Rednitzgrund Rennsburg Rettenau Rietzsee Rottachgau Rottelsheim Rottmersfeld Sauerwald Schwarzwassertal Seenkamp Seidlitz
Sellhausen Sietlingen Sormitz Sormitzburg Stelbach Tarnefitz Ulmenau Warnekow Warnowtal Weinberg Welsenburg Wendelsau
Wersingen Wiedenau Wipfertal Wisentatal Wollenberg Zechenau Zehdenbruch Zschopau Zschopautal Grießbachtal Zellwitz
Bärenfeld Rötzenbach Tannwiesen Pöhlgrund Morlitz Wedebruch Ahrenfeld Hesselburg Nettelrode Lohmünde Brakeholt
Quellinghausen Wiebelsdorf Frohnsiepen Haverloh Steinkuhle Ostrup Quellenhagen Wernitzgau Bergzell Rothenwörth Allersdorf
Kühbrunn Dreeswold Beekerland Holtmoor Kattrade Lüttkoog Marnhaven Sielbüttel Tetenbrook Vosshörn Mertzdorf Espenrode
Gersleben Saalwinkel Tannrode Ulmenhorst Wolfsholz Kesselbrunn Bodewiesen Schönfurt Rabenstedt Espenaue Tannenheide
Lahnfelden Dornfels""".split()
ALLOWED_MENTIONS = {}

errors = []
def err(msg):
    errors.append(msg)

def norm(s):
    return re.sub(r'\s+', ' ', s.replace('\t', ' ').replace('\u00a0', ' ')).strip()

def joined(lines, first=1, last=None):
    """(text, linemap) for lines first..last (1-based)."""
    last = len(lines) if last is None else last
    out, lm, prev_hyph = [], [], False
    for n in range(max(first, 1), min(last, len(lines)) + 1):
        t = norm(lines[n - 1])
        if not t:
            continue
        if out:
            if prev_hyph and t[0].islower():
                out.pop(); lm.pop()
            elif not prev_hyph:
                out.append(' '); lm.append(n)
        out.extend(t); lm.extend([n] * len(t))
        prev_hyph = t.endswith('-') and len(t) > 1 and t[-2].isalpha()
    return ''.join(out), lm

def variants(lines, first=1, last=None):
    """Dehyphenated text and plain joined text of a window."""
    a, _ = joined(lines, first, last)
    b = norm(' '.join(l for l in lines[max(first, 1) - 1:(len(lines) if last is None else last)] if l.strip()))
    return a, b

def word_at(text, i, s):
    b = text[i - 1] if i > 0 else ' '
    a = text[i + len(s)] if i + len(s) < len(text) else ' '
    return not b.isalnum() and not a.isalnum()

def find_all(text, s):
    i = text.find(s)
    while i >= 0:
        yield i
        i = text.find(s, i + 1)

# ---------------- manifest
def load_manifest():
    docs, cur = [], None
    for line in open(os.path.join(CORPUS, 'manifest.yaml'), encoding='utf-8'):
        m = re.match(r'\s*-\s+id:\s*(.+)', line)
        if m:
            cur = {'id': m.group(1).strip()}; docs.append(cur); continue
        m = re.match(r'\s+(\w+):\s*(.+)', line)
        if m and cur is not None:
            cur[m.group(1)] = m.group(2).strip().strip('"')
    return docs

manifest = load_manifest()
DOC_LINES, DOC_TEXT = {}, {}
total = 0
kinds = set()
for d in manifest:
    for k in ('id', 'file', 'title', 'publisher', 'date', 'kind', 'format', 'language', 'licence'):
        if k not in d:
            err(f'manifest: {d.get("id")} lacks {k}')
    path = os.path.join(CORPUS, d.get('file', ''))
    if not os.path.isfile(path):
        err(f'manifest: missing file {path}'); continue
    if os.path.splitext(d['file'])[0] != d['id']:
        err(f'manifest: id {d["id"]} is not the file stem')
    if d.get('kind') not in KINDS:
        err(f'manifest: bad kind {d.get("kind")}')
    if not re.fullmatch(r'\d{4}-\d{2}', d.get('date', '')):
        err(f'manifest: bad date {d.get("date")}')
    kinds.add(d.get('kind'))
    raw = open(path, encoding='utf-8').read()
    total += len(raw.encode('utf-8'))
    DOC_LINES[d['id']] = raw.split('\n')
    DOC_TEXT[d['id']] = variants(DOC_LINES[d['id']])
if kinds != KINDS:
    err(f'manifest: kinds {sorted(kinds)} != one of each kind')
if not 45000 <= total <= 56500:
    err(f'corpus size {total} bytes outside about 45-55 KB')

def occurs(doc, s):
    return any(s in t for t in DOC_TEXT[doc])

# ---------------- entities
entities = json.load(open(os.path.join(GOLD, 'entities.json'), encoding='utf-8'))
ENT = {}
for e in entities:
    eid = e.get('id')
    if eid in ENT:
        err(f'entity: duplicate id {eid}')
    ENT[eid] = e
    if e.get('type') not in TYPES:
        err(f'entity {eid}: bad type {e.get("type")}')
    docs = e.get('docs', [])
    for d in docs:
        if d not in DOC_LINES:
            err(f'entity {eid}: unknown doc {d}')
    docs = [d for d in docs if d in DOC_LINES]
    if sorted(e.get('lines', {})) != sorted(e.get('docs', [])):
        err(f'entity {eid}: docs and lines keys differ')
    name = e['name']
    name_forms = [name]
    m = re.match(r'^(.*?) \([^()]*\)$', name)
    if m:
        name_forms.append(m.group(1))
    if not any(occurs(d, f) for d in docs for f in name_forms):
        err(f'entity {eid}: name "{name}" not in its docs')
    for a in e.get('aliases', []):
        if not any(occurs(d, a) for d in docs):
            err(f'entity {eid}: alias "{a}" not in its docs')
    forms = set(name_forms) | set(e.get('aliases', []))
    for d, lines in e.get('lines', {}).items():
        if d not in DOC_LINES:
            continue
        text, lm = joined(DOC_LINES[d])
        starts = {}
        for f in forms:
            for i in find_all(text, f):
                if word_at(text, i, f):
                    starts.setdefault(lm[i], f)
        for ln in lines:
            if ln not in starts:
                err(f'entity {eid}: no surface form at {d}:{ln}')

# ---------------- relations
relations = json.load(open(os.path.join(GOLD, 'relations.json'), encoding='utf-8'))
seen = set()
for n, r in enumerate(relations):
    tag = f'relation #{n} {r.get("subject")} {r.get("predicate")} {r.get("object")}'
    s, p, o, d = r.get('subject'), r.get('predicate'), r.get('object'), r.get('doc')
    if s not in ENT or o not in ENT:
        err(f'{tag}: unknown entity'); continue
    if p not in PRED:
        err(f'{tag}: bad predicate'); continue
    st, ot = PRED[p]
    if ENT[s]['type'] not in st or ENT[o]['type'] not in ot:
        err(f'{tag}: types {ENT[s]["type"]} -> {ENT[o]["type"]} do not fit {p}')
    if d not in DOC_LINES:
        err(f'{tag}: unknown doc {d}'); continue
    ln = r.get('line')
    if not isinstance(ln, int) or not 1 <= ln <= len(DOC_LINES[d]):
        err(f'{tag}: bad line {ln}'); continue
    ev = norm(r.get('evidence', ''))
    if not ev:
        err(f'{tag}: no evidence'); continue
    L = DOC_LINES[d]
    nb = [i for i in range(1, len(L) + 1) if L[i - 1].strip()]
    before = [i for i in nb if i < ln][-1:] or [ln]
    after = [i for i in nb if i > ln][:2] or [ln]
    if not any(ev in t for t in variants(L, before[0], after[-1])):
        err(f'{tag}: evidence not at {d}:{ln}: "{ev[:70]}"')
    if p == 'memberOf' and 'role' in r and not r['role']:
        err(f'{tag}: empty role')
    key = (s, p, o, d, ln)
    if key in seen:
        err(f'{tag}: duplicate')
    seen.add(key)

# ---------------- transfer objects
masks = json.load(open(os.path.join(GOLD, 'transfer_objects.json'), encoding='utf-8'))
for m in masks:
    d = m.get('doc')
    if d not in DOC_LINES:
        err(f'mask {m.get("section")}: unknown doc'); continue
    L = DOC_LINES[d]
    sl = m.get('start_line')
    head = norm(L[sl - 1]) if isinstance(sl, int) and 1 <= sl <= len(L) else ''
    if not head.startswith(m['section'] + ' ') or norm(m['title']) not in head:
        err(f'mask {m["section"]}: start_line {sl} is not its heading ("{head[:60]}")')
    if m.get('kbm_function') not in FUNCTIONS:
        err(f'mask {m["section"]}: bad kbm_function')
    if not isinstance(m.get('catalogue_page'), int):
        err(f'mask {m["section"]}: bad catalogue_page')
    elif not any(f'(Seite {m["catalogue_page"]})' in t for t in DOC_TEXT[d]):
        err(f'mask {m["section"]}: catalogue page {m["catalogue_page"]} not in the table of contents')
    allf = set(m.get('fields_present', [])) | set(m.get('fields_empty', [])) | set(m.get('fields_missing', []))
    if not allf <= set(FIELDS) or allf != set(FIELDS):
        err(f'mask {m["section"]}: field lists do not cover the template')
    for it in m.get('beteiligte_akteure', []):
        ln = it.get('line')
        if not any(norm(it['text']) in t for t in variants(L, ln, ln + 1)):
            err(f'mask {m["section"]}: actor text not at line {ln}: {it["text"][:50]}')
    if f'to-{m["section"]}' not in ENT:
        err(f'mask {m["section"]}: no TransferObject entity to-{m["section"]}')

# ---------------- excluded place names
blobs = {d: '\n'.join(DOC_LINES[d]) for d in DOC_LINES}
for fn in ('entities.json', 'relations.json', 'transfer_objects.json'):
    blobs['gold/' + fn] = open(os.path.join(GOLD, fn), encoding='utf-8').read()
for where, txt in blobs.items():
    for place in EXCLUDED_PLACES:
        for mt in re.finditer(r'(?<!\w)' + re.escape(place) + r'(?!\w)', txt):
            allowed = ALLOWED_MENTIONS.get(place)
            if allowed and allowed.match(txt, mt.start()):
                continue
            err(f'excluded place name "{place}" in {where}')

if errors:
    print('\n'.join(errors))
    print(f'FAILED: {len(errors)} problem(s)')
    sys.exit(1)
types = {}
for e in entities:
    types[e['type']] = types.get(e['type'], 0) + 1
preds = {}
for r in relations:
    preds[r['predicate']] = preds.get(r['predicate'], 0) + 1
print(f'OK: {len(manifest)} documents ({total} bytes), {len(entities)} entities {types}, '
      f'{len(relations)} relations {preds}, {len(masks)} masks')
