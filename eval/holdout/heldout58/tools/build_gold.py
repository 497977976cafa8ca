"""Builds gold/entities.json, gold/relations.json and gold/transfer_objects.json for set58.
Entity lines are computed from the text (longest surface form wins, so that "Hallermünde" inside
"Volkshochschule Hallermünde gGmbH" is not counted for the city); relation lines are found by
searching the evidence (whitespace-normalised) in the stated document."""
import json, re, os, sys
BASE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
C = os.path.join(BASE, 'corpus'); G = os.path.join(BASE, 'gold')
D = {'K': 'hallermuende-transferkatalog', 'A': 'hallermuende-arbeitspakete',
     'Z': 'hallermuende-kooperationsvereinbarung', 'P': 'hallermuende-steuerungsgruppe-protokoll-2025-02',
     'S': 'twe-praesentation-hallermuende'}
EXT = {'P': '.md'}
norm = lambda s: re.sub(r'\s+', ' ', s).strip()
LINES = {}
for k, stem in D.items():
    LINES[stem] = [norm(l) for l in open(os.path.join(C, stem + EXT.get(k, '.txt')), encoding='utf-8').read().split('\n')]

E = []
def ent(id, type, name, aliases=(), role=None, affiliation=None, note=None, exclude=()):
    E.append(dict(id=id, type=type, name=name, aliases=list(aliases), role=role, affiliation=affiliation, note=note, exclude=set(exclude)))

# Municipalities
ent('stadt-hallermuende', 'Municipality', 'Stadt Hallermünde', ['Hallermünde', 'Stadt Hallermiinde', 'Stadt Hallermunde', 'Hallermiinde'])
ent('lk-wietzeland', 'Municipality', 'Landkreis Wietzeland', ['LK Wietzeland'])
ent('ortschaft-broekelhorst', 'Municipality', 'Brökelhorst', ['Brokelhorst'], note='Ortschaft (sub-municipal unit with Ortsrat) of the Stadt Hallermünde; typed Municipality for lack of a finer class.')
ent('ortschaft-suelzebeck', 'Municipality', 'Sülzebeck', ['Siilzebeck'], note='Ortschaft of the Stadt Hallermünde.')
ent('ortschaft-wennerode', 'Municipality', 'Wennerode', [], note='Ortschaft of the Stadt Hallermünde.')
# Bodies
ent('rat-hallermuende', 'Body', 'Rat der Stadt Hallermünde', ['Rat der Stadt', 'Rat', 'Rates'], note='Bare "Rat" in the foreword ("mit Rat und Prozessbegleitung") means advice and is not counted.', exclude=[('K', 'Rat und Prozessbegleitung')])
ent('schulausschuss', 'Body', 'Schulausschuss', ['Schulausschusses'])
ent('jugendhilfeausschuss', 'Body', 'Jugendhilfeausschuss', ['Jugendhilfeausschusses'])
ent('ortsrat-broekelhorst', 'Body', 'Ortsrat Brökelhorst', [])
ent('ortsrat-wennerode', 'Body', 'Ortsrat Wennerode', [])
ent('bildungsbeirat', 'Body', 'Bildungsbeirat der Stadt Hallermünde', ['Bildungsbeirat', 'Bildungsbeirats', 'Beirat', 'Beirats'])
ent('steuerungsgruppe-bildung', 'Body', 'Steuerungsgruppe Bildung', ['Steuerungsgruppe Bildung der Stadt Hallermünde', 'Steuerungsgruppe'])
ent('ag-fruehe-bildung', 'Body', 'AG Frühe Bildung', ['AG Frithe Bildung'])
ent('ag-uebergang-schule-beruf', 'Body', 'AG Übergang Schule – Beruf', ['AG Ubergang Schule - Beruf'])
ent('ag-daten', 'Body', 'AG Daten', [])
ent('bildungskonferenz', 'Body', 'Hallermünder Bildungskonferenz', [])
# Organizations
ent('fb4', 'Organization', 'Fachbereich 4 – Bildung, Jugend und Soziales', ['Fachbereich 4', 'FB 4', 'Fachbereich 4 - Bildung, Jugend und', 'Dezernat für Bildung, Jugend und Soziales'], note='Administrative unit; the slides call it "Dezernat für Bildung, Jugend und Soziales" (the Dezernentin heads the Fachbereich).')
ent('fd41', 'Organization', 'Fachdienst 4.1 Schulen', ['FD 4.1 Schulen', 'Fachdienst 4.1'])
ent('fd42', 'Organization', 'Fachdienst 4.2 Jugend und Familie', ['FD 4.2 Jugend und Familie', 'Fachdienst 4.2', 'Fachdienst Jugend und Familie', 'Fachdienstes 4.2 Jugend und Familie'])
ent('fd23', 'Organization', 'Fachdienst 2.3 Statistik und Wahlen', ['Fachdienst 2.3'])
ent('bildungsbuero', 'Organization', 'Bildungsbüro der Stadt Hallermünde', ['Bildungsbüro', 'Bildungsbüros', 'Bildungsbiiro', 'Bildungsbiiros', 'Büro'])
ent('amt-schulen-kultur-lk', 'Organization', 'Amt für Schulen und Kultur', [], note='Amt of the Landkreis Wietzeland.')
ent('rlsb-lueneburg', 'Organization', 'Regionales Landesamt für Schule und Bildung Lüneburg', ['Regionalen Landesamt für Schule und Bildung Lüneburg', 'Regionalen Landesamt fiir Schule und Bildung Liineburg', 'RLSB Lüneburg', 'RLSB Liineburg', 'RLSB', 'Landesamt', 'Landesamtes'])
ent('mk-niedersachsen', 'Organization', 'Niedersächsisches Kultusministerium', ['Niedersächsischen Kultusministerium', 'Niedersächsische Kultusministerium', 'MK'])
ent('lsn', 'Organization', 'Landesamt für Statistik Niedersachsen', [])
ent('twe', 'Organization', 'Transferagentur Weser-Elbe für Kommunales Bildungsmanagement', ['Transferagentur Weser-Elbe', 'Transferagentur Weser-Elbe fiir Kommunales Bildungsmanagement', 'Transferagentur', 'Agentur'])
ent('ibk', 'Organization', 'Institut für Bildungsberatung und Kommunalentwicklung gGmbH', ['IBK'])
ent('bmbf', 'Organization', 'Bundesministerium für Bildung und Forschung', ['Bundesministeriums für Bildung und Forschung', 'BMBF'])
ent('afa-hallermuende', 'Organization', 'Agentur für Arbeit Hallermünde', ['Agentur für Arbeit', 'Agentur fiir Arbeit Hallermiinde', 'Agentur fiir Arbeit', 'Arbeitsagentur'])
ent('jobcenter-wietzeland', 'Organization', 'Jobcenter Wietzeland', ['Jobcenter'])
ent('jba-wietzeland', 'Organization', 'Jugendberufsagentur Wietzeland', ['Jugendberufsagentur'])
ent('ihk-wietzeland', 'Organization', 'Industrie- und Handelskammer Wietzeland', ['IHK Wietzeland'])
ent('khs-wietzeland', 'Organization', 'Kreishandwerkerschaft Wietzeland', [])
ent('vhs-hallermuende', 'Organization', 'Volkshochschule Hallermünde gGmbH', ['Volkshochschule Hallermünde', 'Volkshochschule Hallermiinde gGmbH', 'VHS Hallermiinde gGmbH', 'VHS Hallermünde', 'Volkshochschule', 'VHS'])
ent('hochschule-hallermuende', 'Organization', 'Hochschule Hallermünde', ['Hochschule Hallermiinde', 'Hochschule'])
ent('lohmeyer-stiftung', 'Organization', 'Lohmeyer-Stiftung', [])
ent('bildungsbruecke', 'Organization', 'Bildungsbrücke Hallermünde e.V.', ['Bildungsbrücke Hallermünde e. V.', 'Bildungsbriicke Hallermiinde e.V.', 'Bildungsbrücke'])
ent('bildungsnetz-broekelhorst', 'Organization', 'Bildungsnetz Brökelhorst e.V.', ['Bildungsnetz Brokelhorst e.V.'])
ent('genossenschaft-suelzebeck', 'Organization', 'Dorfladen- und Bildungsgenossenschaft Sülzebeck eG', ['Dorfladen- und Bildungsgenossenschaft Siilzebeck eG', 'Bildungsgenossenschaft Sülzebeck eG', 'Genossenschaft'])
# Programmes and projects
ent('bildungskommunen', 'Programme', 'Bildungskommunen', ['„Bildungskommunen“', 'ESF Plus-Programm Bildungskommunen'])
ent('esf-plus', 'Programme', 'ESF Plus', ['Europäischen Sozialfonds Plus'])
ent('transferinitiative-kbm', 'Programme', 'Transferinitiative Kommunales Bildungsmanagement', ['„Transferinitiative Kommunales Bildungsmanagement“'])
ent('projekt-uebergangslotsen', 'Programme', 'Übergangslotsen', ['Ubergangslotsen'], note='Project carried by the Bildungsbrücke; also described as transfer object 4.5.3.1.')
ent('projekt-lesewerkstatt', 'Programme', 'Lesewerkstatt Brökelhorst', ['Lesewerkstatt Brokelhorst', 'Lesewerkstatt'])
ent('projekt-digitaltreff', 'Programme', 'Digitaltreff Sülzebeck', ['Digitaltreffs'])
# Persons
ent('katrin-mehrtens', 'Person', 'Katrin Mehrtens', ['Bürgermeisterin Mehrtens', 'Bürgermeisterin der Stadt Hallermünde'], role='Bürgermeisterin', affiliation='Stadt Hallermünde')
ent('ulrike-sandhagen', 'Person', 'Dr. Ulrike Sandhagen', ['Ulrike Sandhagen', 'Frau Dr. Sandhagen', 'Dezernentin für Bildung, Jugend und Soziales'], role='Stadträtin, Dezernentin für Bildung, Jugend und Soziales', affiliation='Stadt Hallermünde, Fachbereich 4')
ent('jannik-toedter', 'Person', 'Jannik Tödter', ['Jannik Todter', 'Herr Tödter'], role='Leiter des Bildungsbüros', affiliation='Bildungsbüro der Stadt Hallermünde')
ent('merve-aydin', 'Person', 'Merve Aydın', ['Merve Aydin', 'Frau Aydın'], role='Bildungsmonitoring', affiliation='Bildungsbüro der Stadt Hallermünde')
ent('svenja-luedemann', 'Person', 'Svenja Lüdemann', ['Svenja Lidemann'], role='Koordination Übergänge', affiliation='Bildungsbüro der Stadt Hallermünde')
ent('holger-brueggemann', 'Person', 'Holger Brüggemann', ['Herr Brüggemann'], role='Fachdienstleiter', affiliation='Fachdienst 4.1 Schulen')
ent('sabine-kueck', 'Person', 'Sabine Kück', ['Frau Kück'], role='Fachdienstleiterin', affiliation='Fachdienst 4.2 Jugend und Familie')
ent('insa-holtkamp', 'Person', 'Dr. Insa Holtkamp', ['Frau Dr. Holtkamp'], role='schulfachliche Dezernentin', affiliation='RLSB Lüneburg')
ent('thomas-rehbein', 'Person', 'Dr. Thomas Rehbein', [], role='Leitender Regierungsschuldirektor', affiliation='RLSB Lüneburg')
ent('bernd-quast', 'Person', 'Dr. Bernd Quast', [], role='Leiter', affiliation='Transferagentur Weser-Elbe')
ent('lea-schomaker', 'Person', 'Lea Schomaker', ['Frau Schomaker'], role='Prozessbegleitung', affiliation='Transferagentur Weser-Elbe')
ent('ralf-ehlers', 'Person', 'Ralf Ehlers', ['Herr Ehlers'], role='Bereichsleiter Markt und Integration', affiliation='Jobcenter Wietzeland')
ent('anke-wuebbena', 'Person', 'Anke Wübbena', ['Frau Wübbena'], role='Bildungskoordinatorin', affiliation='Landkreis Wietzeland')
ent('nadine-plate', 'Person', 'Nadine Plate', [], role='Teamleiterin Berufsberatung', affiliation='Agentur für Arbeit Hallermünde')
ent('jonas-eilers', 'Person', 'Prof. Dr. Jonas Eilers', ['Jonas Eilers'], role='wissenschaftliche Begleitung', affiliation='Hochschule Hallermünde')
ent('heiner-bostelmann', 'Person', 'Heiner Bostelmann', [], role='Ortsbürgermeister', affiliation='Ortsrat Brökelhorst')
ent('gesine-rathjen', 'Person', 'Gesine Rathjen', [], role='Vorsitzende', affiliation='Bildungsnetz Brökelhorst e.V.')
ent('tamara-onken', 'Person', 'Tamara Onken', [], role='Koordinatorin der Übergangslotsen', affiliation='Bildungsbrücke Hallermünde e.V.')
# Action fields
ent('af-fruehe-bildung', 'ActionField', 'Frühe Bildung und Übergang Kita – Grundschule', ['Übergang Kita – Grundschule', 'Friihe Bildung und Ubergang Kita - Grundschule', 'Frühe Bildung'])
ent('af-uebergang-schule-beruf', 'ActionField', 'Übergang Schule – Beruf', ['Ubergang Schule - Beruf', '„Übergang Schule – Beruf“'])
ent('af-fachkraefte', 'ActionField', 'Fachkräftesicherung in Bildungsberufen', ['Fachkräftesicherung', 'Fachkraftesicherung in Bildungsberufen'])
ent('af-lebenslanges-lernen', 'ActionField', 'Lebenslanges Lernen und digitale Teilhabe', ['Lebenslanges Lernen'])
ent('af-bne', 'ActionField', 'Bildung für nachhaltige Entwicklung', ['Bildung für nachhaltige Entwicklung (BNE)', 'BNE'])
ent('af-bildungsmonitoring', 'ActionField', 'Bildungsmonitoring', ['Bildungsmonitorings', 'Monitoring', 'Monitorings'])
ent('af-sprachbildung', 'ActionField', 'Sprachbildung', [])
ent('af-ganztag', 'ActionField', 'Ganztag', [])
# Measures: work packages
APS = {1: 'Bestandsaufnahme und Fortschreibung der Ausgangsanalyse', 2: 'Bildungsleitbild', 3: 'Steuerungsgruppe Bildung und Arbeitsgruppen',
       4: 'Bildungsbeirat', 5: 'Kooperation mit Land und Transferagentur', 6: 'Kooperation mit dem Landkreis Wietzeland',
       7: 'Friihe Bildung und Ubergang Kita - Grundschule', 8: 'Ubergang Schule - Beruf', 9: 'Fachkraftesicherung in Bildungsberufen',
       10: 'Lebenslanges Lernen und digitale Teilhabe', 11: 'Bildungsmonitoring', 12: 'Bildungsbericht 2026',
       13: 'Kommunikation, Offentlichkeitsarbeit und Verstetigung'}
for n, t in APS.items():
    ent(f'ap-{n}', 'Measure', f'AP {n} {t}', [f'AP {n}'], note='Work package of the Bildungskommunen application; the bare title is not an alias where it equals an action field.' if n in (7, 8, 9, 10, 11) else None)
GOALS = {'Z1': 'Aufbau eines kleinräumigen Bildungsmonitorings für die Ortschaften und Quartiere',
         'Z2': 'Verbesserung der Anschlussquote nach der Oberschule',
         'Z3': 'Sprachbildung und Übergang Kita – Grundschule stärken',
         'Z4': 'Verstetigung des Bildungsmanagements nach Ende der Förderung'}
for k, t in GOALS.items():
    ent('ziel-' + k.lower(), 'Measure', t, [k], note='Goal of Anlage 1 of the Kooperations- und Zielvereinbarung.')
MEAS = {'M1.1': 'Festlegung eines Indikatorensets für Ortschaften und Quartiere', 'M1.2': 'Vereinbarung zur Bereitstellung schulstatistischer Daten',
        'M1.3': 'Qualifizierung der Mitarbeiterinnen im Monitoring (Werkstattreihe)', 'M2.1': 'Verstetigung und Ausweitung der Übergangslotsen an allen Oberschulen',
        'M2.2': 'Abgestimmtes Berufsorientierungskonzept der Oberschulen', 'M2.3': 'Gemeinsame Fachtagung mit dem Landkreis Wietzeland',
        'M3.1': 'Gemeinsame Fortbildungen von Kita- und Grundschulkräften', 'M3.2': 'Ausweitung der Lesewerkstatt auf die Ortschaft Sülzebeck',
        'M4.1': 'Verstetigungskonzept und Ratsvorlage', 'M4.2': 'Bilanzworkshop der Kooperationspartner'}
for k, t in MEAS.items():
    ent('massnahme-' + k.lower().replace('.', '-'), 'Measure', f'{k} {t}', [k, t], note='Measure of Anlage 1 of the Kooperations- und Zielvereinbarung.')
# Transfer objects
ent('to-4.2.3.1', 'TransferObject', 'Kleinräumiges Bildungsmonitoring für Ortschaften und Quartiere', ['Kleinräumiges Bildungsmonitoring', 'KLeInräumIgeS BILDungSmonItorIng', 'kleinräumige Bildungsmonitoring', 'Kleinräumiges Monitoring', 'kleinraumigen Monitorings'])
ent('to-4.3.3.1', 'TransferObject', 'Bildungsbeirat der Stadt Hallermünde', ['BILDungSbeIrAt'], note='Mask about the body of the same name (Body bildungsbeirat); only its heading/title lines count here.')
ent('to-4.5.3.1', 'TransferObject', 'Übergangslotsen Schule – Beruf', ['ÜbergAngSLotSen'], note='Mask about the project projekt-uebergangslotsen.')

# ---- compute lines (longest form wins; TransferObject forms are only counted in mask headings/titles) ----
forms = []
for e in E:
    for f in [e['name']] + e['aliases']:
        forms.append((f, e['id']))
forms.sort(key=lambda x: -len(x[0]))
W = r'[0-9A-Za-zÄÖÜäöüßıİéèáà]'
hits = {e['id']: {} for e in E}
byid = {e['id']: e for e in E}
# Tie-break: when a form is shared by two entities (Body/TO "Bildungsbeirat der Stadt Hallermünde"), the TO only gets mask-heading lines.
TO_LINES = {}
for stem, lines in LINES.items():
    for i, line in enumerate(lines, 1):
        used = [False] * len(line)
        for f, eid in forms:
            e = byid[eid]
            for m in re.finditer(r'(?<!' + W + ')' + re.escape(f) + r'(?!' + W + ')', line):
                a, b = m.span()
                if eid == 'to-4.3.3.1':
                    if not (stem == D['K'] and (re.match(r'^\d\.\d\.\d\.\d ', line) or line.startswith('BILDungSbe'))):
                        continue
                elif e['type'] in ('TransferObject', 'ActionField'):
                    pass  # may overlap with longer names (AF inside measure titles, TO inside headings)
                elif any(used[a:b]):
                    continue
                if any(line.find(x) >= 0 and stem == D[k] for k, x in e['exclude']):
                    continue
                for j in range(a, b): used[j] = True
                hits[eid].setdefault(stem, set()).add(i)
out = []
for e in E:
    h = hits[e['id']]
    docs = [D[k] for k in D if D[k] in h]
    if not docs:
        print('NO OCCURRENCE', e['id'], file=sys.stderr)
    used_forms = set()
    for stem in docs:
        for i in h[stem]:
            for f in [e['name']] + e['aliases']:
                if re.search(r'(?<!' + W + ')' + re.escape(f) + r'(?!' + W + ')', LINES[stem][i - 1]): used_forms.add(f)
    unused = [f for f in [e['name']] + e['aliases'] if f not in used_forms]
    if unused: print('UNUSED FORM', e['id'], unused, file=sys.stderr)
    o = {'id': e['id'], 'type': e['type'], 'name': e['name'], 'aliases': e['aliases'], 'docs': docs,
         'lines': {s: sorted(h[s]) for s in docs}}
    if e['role']: o['role'] = e['role']
    if e['affiliation']: o['affiliation'] = e['affiliation']
    if e['note']: o['note'] = e['note']
    out.append(o)
json.dump(out, open(os.path.join(G, 'entities.json'), 'w'), ensure_ascii=False, indent=1)
print(len(out), 'entities')

# ---------------- relations ----------------
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from relations_spec import R, INVOLVES
ids = {e['id'] for e in E}
rels = []; bad = 0
def find(stem, ev, start=0):
    n = norm(ev); L = LINES[stem]
    found = [i for i, l in enumerate(L, 1) if n in l and i > start]
    return found
seen = set()
for doc, s, p, o, ev, role, note in R:
    stem = D[doc]
    assert s in ids and o in ids, (s, o)
    f = find(stem, ev)
    if not f:
        print('EVIDENCE NOT FOUND', doc, s, p, o, ev, file=sys.stderr); bad += 1; continue
    line = f[-1] if (note or '').endswith('last occurrence') else f[0]
    key = (s, p, o, stem, line)
    if key in seen: print('DUP', key, file=sys.stderr)
    seen.add(key)
    r = {'subject': s, 'predicate': p, 'object': o, 'doc': stem, 'line': line, 'evidence': norm(ev)}
    if role: r['role'] = role
    if note: r['note'] = note
    rels.append(r)
# transfer objects
K = D['K']; L = LINES[K]
MASKS = [('4.2.3.1', 'Kleinräumiges Bildungsmonitoring für Ortschaften und Quartiere', 'Daten', 14),
         ('4.3.3.1', 'Bildungsbeirat der Stadt Hallermünde', 'Diskurs', 19),
         ('4.5.3.1', 'Übergangslotsen Schule – Beruf', 'Maßnahmen', 23)]
FIELDS = [('kurzbeschreibung', 'KURZBESCHREIBUNG'), ('produkttyp', 'PRODUKTTyP'), ('ausgangssituation', 'AUSGANGSSITUATION'),
          ('ziele', 'ZIELE UND ANFORDERUNGEN'), ('methoden', 'METHODEN, UMSETZUNG'), ('ressourcen', 'RESSOURCEN (ZEIT'),
          ('projektplan', 'PROJEKTPLAN'), ('beteiligte_akteure', 'BETEILIGTE AKTEURE'), ('marketing', 'MARKETING ÖA'),
          ('gelingensbedingungen', 'GELINGENSBEDINGUNGEN'), ('herausforderungen', 'HERAUSFORDERUNGEN'), ('anmerkungen', 'ANMERKUNGEN'),
          ('transfer_adressaten', 'POTENZIELLE TRANSFER-ADRESSATEN')]
tos = []
starts = [next(i for i, l in enumerate(L, 1) if l == f'{sec} {title}') for sec, title, _, _ in MASKS]
ends = starts[1:] + [len(L) + 1]
for (sec, title, fn, page), a, b in zip(MASKS, starts, ends):
    heads = {}
    for key, h in FIELDS:
        hs = [i for i in range(a, b) if L[i - 1].startswith(h)]
        if hs: heads[key] = hs[0]
    present, empty = [], []
    order = sorted(heads.items(), key=lambda x: x[1])
    for j, (key, hl) in enumerate(order):
        nxt = order[j + 1][1] if j + 1 < len(order) else b
        body = [l for l in L[hl:nxt - 1] if l and not re.match(r'^(DATEN|DISKURS|MASSNAHMEN|\d\.\d\.\d\.\d) ', l)]
        (present if body else empty).append(key)
    missing = [k for k, _ in FIELDS if k not in heads]
    akteure = []
    for actor, ev in INVOLVES[sec]:
        f = [i for i in range(a, b) if norm(ev) in L[i - 1]]
        assert f, (sec, ev)
        rels.append({'subject': 'to-' + sec, 'predicate': 'involvesActor', 'object': actor, 'doc': K, 'line': f[0], 'evidence': norm(ev)})
    seen_lines = []
    for actor, ev in INVOLVES[sec]:
        f = [i for i in range(a, b) if norm(ev) in L[i - 1]][0]
        if f not in [x['line'] for x in akteure]:
            akteure.append({'text': norm(ev), 'line': f, 'actors': []})
        nm = byid[actor]['name'] if actor not in ('katrin-mehrtens', 'ulrike-sandhagen') else {'katrin-mehrtens': 'Bürgermeisterin der Stadt Hallermünde', 'ulrike-sandhagen': 'Dezernentin für Bildung, Jugend und Soziales'}[actor]
        next(x for x in akteure if x['line'] == f)['actors'].append(nm)
    tos.append({'section': sec, 'title': title, 'kbm_function': fn, 'catalogue_page': page, 'start_line': a,
                'fields_present': [k for k, _ in FIELDS if k in present], 'fields_empty': [k for k, _ in FIELDS if k in empty],
                'fields_missing': missing, 'beteiligte_akteure': akteure, 'doc': K})
json.dump(rels, open(os.path.join(G, 'relations.json'), 'w'), ensure_ascii=False, indent=1)
json.dump(tos, open(os.path.join(G, 'transfer_objects.json'), 'w'), ensure_ascii=False, indent=1)
import collections
print(len(rels), 'relations', collections.Counter(r['predicate'] for r in rels), 'bad', bad)
for t in tos: print(t['section'], t['start_line'], t['fields_empty'], t['fields_missing'], len(t['fields_present']))
