"""Builds gold/*.json from the entity/relation definitions below; lines are computed from the corpus."""
import json, re, os
B = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
C = os.path.join(B, 'corpus')
DOCS = {
 'TK': 'ruhlsberg-transferkatalog',
 'AP': 'ruhlsberg-arbeitspakete',
 'ZV': 'ruhlsberg-zielvereinbarung-trakt',
 'PR': 'ruhlsberg-lenkungsgruppe-protokoll-2024',
 'PS': 'ruhlsberg-bildungsbuero-praesentation-2024',
}
EXT = {'PR': '.md'}
TEXT = {k: open(os.path.join(C, v + EXT.get(k, '.txt')), encoding='utf-8').read().split('\n') for k, v in DOCS.items()}

# id, type, name, aliases, note
E = [
 ('stadt-ruhlsberg','Municipality','Stadt Ruhlsberg',['Ruhlsberg','Stadtverwaltung'],''),
 ('ot-gottschlitz','Municipality','Gottschlitz',['Ortsteil Gottschlitz'],'Ortsteil of Ruhlsberg.'),
 ('ot-moerlach','Municipality','Mörlach',[],'Ortsteil of Ruhlsberg.'),
 ('ot-kleinwessel','Municipality','Kleinwessel',[],'Ortsteil of Ruhlsberg.'),
 ('ot-trebsfeld','Municipality','Trebsfeld',[],'Ortsteil of Ruhlsberg.'),
 ('dezernat-03','Organization','Dezernat 03 Bildung, Jugend und Soziales',['Dezernat 03','Dezernates 03','Dez. 03','Dezernates','Dezernats'],'Administrative unit of the Stadtverwaltung.'),
 ('amt-fuer-bildung','Organization','Amt für Bildung',['Amt fiir Bildung','Amtes für Bildung','Amtes fiir Bildung'],''),
 ('jugendamt','Organization','Jugendamt Ruhlsberg',['Jugendamt','Jugendamtes'],''),
 ('sozialamt','Organization','Sozialamt',[],''),
 ('abt-jugendhilfeplanung','Organization','Abteilung Jugendhilfeplanung',['Abt. Jugendhilfeplanung'],''),
 ('abt-kjf','Organization','Abteilung Kinder- und Jugendförderung',['Abteilung Kinder- und Jugendforderung','Abt. Kinder- und Jugendförderung'],''),
 ('bildungsbuero','Organization','Bildungsbüro Ruhlsberg',['Bildungsbüro','Bildungsbüros','Bildungsburo','Bildungsbüro der Stadt Ruhlsberg'],''),
 ('koko-stelle','Organization','Kommunale Koordinierung Neuzugewanderte',['Kommunale Koordinierung im Bildungsbüro','Koordinierung Neuzugewanderte'],'The coordination post; the federal programme is a separate Programme entity.'),
 ('vhs-ruhlsberg','Organization','Volkshochschule Ruhlsberg',['Volkshochschule','VHS'],'Eigenbetrieb der Stadt.'),
 ('hochschule-ruhlsberg','Organization','Hochschule Ruhlsberg',[],''),
 ('ihk-ruhlsberg','Organization','Industrie- und Handelskammer Ruhlsberg',['IHK Ruhlsberg','IHK','Industrie- und Handelskammer'],''),
 ('afa-ruhlsberg','Organization','Agentur für Arbeit Ruhlsberg',['Agentur fiir Arbeit Ruhlsberg'],''),
 ('jobcenter-ruhlsberg','Organization','Jobcenter Ruhlsberg',['Jobcenter','Jobcenters'],'Gemeinsame Einrichtung of Stadt and Agentur für Arbeit.'),
 ('schulamt-mth','Organization','Staatliches Schulamt Mittelthüringen',['Staatlichen Schulamt Mittelthüringen','Staatliches Schulamt Mittelthuringen','Staatlichem Schulamt','Staatliches Schulamt','Schulamt','Schulamtes'],''),
 ('tmbjs','Organization','Thüringer Ministerium für Bildung, Jugend und Sport',['Thuringer Ministerium fiir Bildung, Jugend und Sport','TMBJS'],''),
 ('thillm','Organization','Thüringer Institut für Lehrerfortbildung, Lehrplanentwicklung und Medien',['ThILLM','Thuringer Institut fiir Lehrerfortbildung, Lehrplanentwicklung und Medien'],''),
 ('tls','Organization','Thüringer Landesamt für Statistik',['Thuringer Landesamt fiir Statistik','Landesamt für Statistik'],''),
 ('trakt','Organization','Transferagentur Kommunales Bildungsmanagement Thüringen',['TraKT','Transferagentur','Transferagentur Kommunales Bildungsmanagement','Transferagentur Kommunales Bildungsmanagement Thuringen','Agentur'],''),
 ('ibk','Organization','Institut für Bildungsforschung und Kommunalberatung e.V.',['Institut für Bildungsforschung'],''),
 ('bmbf','Organization','Bundesministerium für Bildung und Forschung',['BMBF','Bundesministerium fiir Bildung und Forschung','Bundesministeriums für Bildung und Forschung'],''),
 ('stiftung-kaltenbach','Organization','Carl-Kaltenbach-Stiftung',['Stiftung'],'"die Stiftung" (PR) refers back to it.'),
 ('brueckenschlag','Organization','Brückenschlag e.V.',['Bruckenschlag e.V.','Verein','Vereins'],''),
 ('bildungswerk-saale-ilm','Organization','BildungsWerk Saale-Ilm gGmbH',[],''),
 ('stadtrat','Body','Stadtrat',['Stadtrates'],'Stadtrat der Stadt Ruhlsberg.'),
 ('bildungsausschuss','Body','Ausschuss für Bildung, Schule und Sport',['Bildungsausschuss','Ausschuss für Bildung, Schule und Sport','Ausschuss'],''),
 ('bildungsbeirat','Body','Bildungsbeirat der Stadt Ruhlsberg',['Bildungsbeirat','Bildungsbeirates','Beirat'],''),
 ('lenkungsgruppe','Body','Lenkungsgruppe Bildung',['Lenkungsgruppe','Lenkungsgruppe Bildung'],''),
 ('fg-uebergaenge','Body','Fachgruppe Übergänge',['FG Übergänge'],''),
 ('fg-sprache','Body','Fachgruppe Sprache und Integration',['FG Sprache und Integration'],''),
 ('fg-daten','Body','Fachgruppe Daten und Monitoring',['FG Daten und Monitoring','Fachgruppe Daten'],''),
 ('ortsteilraete','Body','Ortsteilräte',['Ortsteilräten','Ortsteilraten','Ortsteilratsmitglieder','11 Ortsteilräte'],'Collective of the 11 Ortsteilräte.'),
 ('otr-gottschlitz','Body','Ortsteilrat Gottschlitz',[],''),
 ('otr-moerlach','Body','Ortsteilrat Mörlach',['Ortsteilrat'],''),
 ('otr-trebsfeld','Body','Ortsteilrat Trebsfeld',[],''),
 ('ak-schule-wirtschaft','Body','Arbeitskreis Schule-Wirtschaft',['Arbeitskreises Schule-Wirtschaft'],''),
 ('bildungskommunen','Programme','Bildungskommunen',['„Bildungskommunen“'],''),
 ('esf-plus','Programme','Europäischer Sozialfonds Plus',['ESF Plus','Europaischen Sozialfonds Plus','Europäischen Sozialfonds Plus'],''),
 ('koko-programm','Programme','Kommunale Koordinierung für Bildungsangebote für Neuzugewanderte',['Kommunalen Koordinierung für Bildungsangebote für Neuzugewanderte','Kommunalen Koordinierung fiir Bildungsangebote fiir Neuzugewanderte','Kommunale Koordinierung'],''),
 ('transferinitiative','Programme','Transferinitiative Kommunales Bildungsmanagement',[],''),
 ('bildungslotsen','Programme','Bildungslotsen',['„Bildungslotsen“','Projekt Bildungslotsen'],'Project carried by Brückenschlag e.V.; also the subject of mask 4.5.3.1 (see TransferObject).'),
 ('werkstatt-zukunft','Programme','Werkstatt Zukunft',['„Werkstatt Zukunft“'],''),
 ('p-reichenauer','Person','Dr. Sabine Reichenauer',['Frau Dr. Reichenauer'],''),
 ('p-grebner','Person','Matthias Grebner',['OB Grebner'],''),
 ('p-wirsing','Person','Thomas Wirsing',['Wirsing'],''),
 ('p-scholl-meinhardt','Person','Birgit Scholl-Meinhardt',[],''),
 ('p-kesselring','Person','Anja Kesselring',['Frau Kesselring','Kesselring'],''),
 ('p-aydin-pohl','Person','Meral Aydın-Pohl',['Meral Aydin-Pohl','Frau Aydın-Pohl','Aydın-Pohl'],''),
 ('p-freytag','Person','Jonas Freytag',['Herr Freytag','Freytag'],''),
 ('p-dittrich','Person','Uwe Dittrich',['Herr Dittrich'],''),
 ('p-toepfer','Person','Ralf Töpfer',['Herr Töpfer'],''),
 ('p-niederhoff','Person','Paul Niederhoff',['Herrn Niederhoff','Herr Niederhoff'],''),
 ('p-hausmann','Person','Dr. Lena Hausmann',[],''),
 ('p-lang','Person','Dr. Friederike Lang',['Frau Dr. Friederike Lang'],''),
 ('p-kuehnel','Person','Prof. Dr. Martin Kühnel',[],''),
 ('p-ahlgrimm','Person','Petra Ahlgrimm',['Frau Petra Ahlgrimm'],''),
 ('af-bildungsmonitoring','ActionField','Bildungsmonitoring',['Monitoring','Monitorings'],''),
 ('af-uebergang-schule-beruf','ActionField','Übergang Schule–Beruf',['Ubergang Schule–Beruf','Übergang Schule–Beruf'],''),
 ('af-uebergang-kita-gs','ActionField','Übergang Kita–Grundschule',['Ubergang Kita–Grundschule'],''),
 ('af-sprachbildung','ActionField','Sprachbildung und Integration durch Bildung',['Sprachbildung'],''),
 ('af-fruehkindliche-bildung','ActionField','Frühkindliche Bildung',['Fruhkindliche Bildung','frühkindliche Bildung'],''),
 ('af-lll','ActionField','Lebenslanges Lernen',[],''),
 ('af-bne','ActionField','Bildung für nachhaltige Entwicklung',['Bildung fiir nachhaltige Entwicklung','BNE'],''),
 ('af-fachkraefte','ActionField','Fachkräfte',['Fachkrafte','Fachkraftestrategie'],'Fachkräftesicherung.'),
 ('af-weiterbildung','ActionField','Weiterbildung',[],''),
]
# Measures: AP 1..13 (AP doc) and Z/M of the Zielvereinbarung
AP = [(1,'Bestandsaufnahme und Ausgangsanalyse'),(2,'Fortschreibung des Bildungsleitbildes'),(3,'Bildungskonferenzen'),
      (4,'Bildungsportal Ruhlsberg'),(5,'Koordinierung und Steuerung'),(6,'Bildungsbeirat'),(7,'Kooperationsstrukturen mit dem Land'),
      (8,'Ubergang Schule–Beruf'),(9,'Sprachbildung und Integration durch Bildung'),(10,'Fruhkindliche Bildung und Ubergang Kita–Grundschule'),
      (11,'Bildungsmonitoring'),(12,'Bildungsbericht'),(13,'Bildung fiir nachhaltige Entwicklung und Fachkrafte')]
for n, t in AP:
    E.append((f'ap-{n}', 'Measure', f'AP {n} {t}', [f'AP {n}'], 'Work package.'))
ZV = [('z1','Ziel 1: Fortgeschriebenes Bildungsleitbild mit strategischen Zielen für alle Ortsteile',['Z 1','Ziel 1']),
      ('m1-1','M 1.1 Beteiligungswerkstätten in fünf Ortsteilen',['M 1.1']),
      ('m1-2','M 1.2 Beschlussvorlage Leitbild für den Stadtrat',['M 1.2']),
      ('z2','Ziel 2: Ein kleinräumiges, regelmäßig fortgeschriebenes Bildungsmonitoring',['Z 2','Ziel 2']),
      ('m2-1','M 2.1 Kennzahlenset und Datenlieferungen',['M 2.1']),
      ('m2-2','M 2.2 Qualifizierung der Monitoring-Fachkraft',['M 2.2']),
      ('z3','Ziel 3: Verlässliche Übergänge für neu zugewanderte Kinder, Jugendliche und Erwachsene',['Z 3','Ziel 3']),
      ('m3-1','M 3.1 Angebotslandkarte Sprach- und Bildungsangebote',['M 3.1']),
      ('m3-2','M 3.2 Fallbesprechungen Übergang Schule–Beruf für junge Geflüchtete',['M 3.2']),
      ('z4','Ziel 4: Gremienstruktur schlank und wirksam aufstellen',['Z 4','Ziel 4']),
      ('m4-1','M 4.1 Überprüfung der Geschäftsordnungen von Bildungsbeirat und Lenkungsgruppe',['M 4.1']),
      ('m4-2','M 4.2 Fortbildung für Ortsteilratsmitglieder zu Bildungsdaten',['M 4.2'])]
for i, n, a in ZV:
    E.append(('zv-' + i, 'Measure', n, a, 'Goal/measure of Anlage 1.'))
E += [
 ('to-4.2.3.1','TransferObject','Kleinräumiges Bildungsmonitoring auf Ortsteilebene',['Kleinräumiges Bildungsmonitoring','kleinräumige Bildungsmonitoring','kleinräumigen Monitorings','kleinraumigen Monitorings'],''),
 ('to-4.3.3.1','TransferObject','Ortsteilbildungskonferenzen',['Ortsteilbildungskonferenz','Ortsteilbildungskonferenz Mörlach 2024'],''),
 ('to-4.5.3.1','TransferObject','Bildungslotsen für Neuzugewanderte',[],'Mask about the Bildungslotsen project; in PR/PS/AP the project is annotated as Programme "Bildungslotsen".'),
]
# entities whose surface forms are restricted to some docs (ambiguous short forms)
RESTRICT = {
 'trakt': None,
}
# short forms that are only valid in given docs (form -> docs)
FORM_DOCS = {
 ('otr-moerlach','Ortsteilrat'): {'PS'},
 ('stiftung-kaltenbach','Stiftung'): {'PR'},
 ('afa-ruhlsberg','Agentur'): {'PR'},
 ('trakt','Agentur'): {'ZV'},
 ('bildungsbeirat','Bildungs-'): {'AP'},
 ('brueckenschlag','Verein'): {'TK'},
 ('brueckenschlag','Vereins'): {'AP'},
 ('schulamt-mth','Staatlichen'): {'ZV'},
 ('schulamt-mth','Staat-'): {'TK','ZV'},
 ('stadt-ruhlsberg','Stadtver-'): {'TK'},
 ('abt-jugendhilfeplanung','Ab-'): {'TK'},
 ('koko-programm','Kommunalen'): {'TK'},
 ('bildungsausschuss','Ausschuss'): {'AP'},
 ('dezernat-03','Dezernates'): {'AP'},
 ('dezernat-03','Dezernats'): {'TK'},
 ('af-bildungsmonitoring','Monitoring-'): {'ZV'},
}
# explicit line pins for split forms: (id, doc, line)
PINS = []

def norm_doc(lines):
    """Join lines: drop line-final hyphen+newline ("Bil-\ndungs" -> "Bildungs"), else newline -> space;
    whitespace runs -> one space. Returns the string and, per char, its 1-based source line."""
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

EXACT = {'IHK','VHS','Verein','Vereins','Stiftung','Agentur','Ausschuss','Kommunalen','Ortsteilrat','Schulamt','Beirat','Monitoring','Dezernates','Dezernats','Transferagentur'}
def scan():
    forms = []
    for eid, typ, name, al, note in E:
        grp = 0 if typ in ('Measure', 'TransferObject') else 1
        for f in [name] + al:
            forms.append((f, eid, grp))
    forms.sort(key=lambda x: -len(x[0]))
    hits, used = {}, {}
    for d, lines in TEXT.items():
        text, lm = norm_doc(lines)
        for grp in (0, 1):
            taken = [False] * len(text)
            for f, eid, g in forms:
                blocker = grp == 1 and g == 0 and eid.startswith('to-')
                if g != grp and not blocker:
                    continue
                if (eid, f) in FORM_DOCS and d not in FORM_DOCS[(eid, f)]:
                    continue
                for m in re.finditer(re.escape(f), text):
                    s, e = m.span()
                    if s > 0 and text[s-1].isalnum():
                        continue
                    if any(taken[s:e]):
                        continue
                    rest = re.match(r'[A-Za-zÄÖÜäöüß]*', text[e:]).group(0)
                    if (f in EXACT and rest) or len(rest) > 3:
                        continue
                    for i in range(s, e): taken[i] = True
                    if blocker:
                        continue
                    hits.setdefault(eid, {}).setdefault(d, set()).update({lm[s], lm[e-1]})
                    used.setdefault(eid, set()).add(f)
    return hits, used

hits, used = scan()
ents = []
for eid, typ, name, al, note in E:
    h = hits.get(eid, {})
    docs = [DOCS[d] for d in DOCS if d in h]
    jt = {k: re.sub(r'\s+', ' ', norm_doc(TEXT[k])[0]) for k in h}
    o = {'id': eid, 'type': typ, 'name': name, 'aliases': [a for a in al if any(a in jt[k] for k in jt)],
         'docs': docs, 'lines': {DOCS[d]: sorted(h[d]) for d in DOCS if d in h}}
    if note: o['note'] = note
    unused = [a for a in al if a not in o['aliases']]
    if not docs:
        raise SystemExit(f'entity {eid} not found in any document')
    if unused:
        print('WARN unused forms', eid, unused)
    ents.append(o)

# relations: (subj, pred, obj, docKey, evidence, role, occurrence)
R = []
def rel(s, p, o, d, ev, role=None, occ=0):
    R.append((s, p, o, d, ev, role, occ))
exec(open(os.path.join(B, 'tools', 'relations_def.py'), encoding='utf-8').read())
ids = {e[0] for e in E}
rels = []
for s, p, o, d, ev, role, occ in R:
    assert s in ids and o in ids, (s, o)
    lines = TEXT[d]
    ev = re.sub(r'\s+', ' ', ev)
    found = [i for i, t in enumerate(lines, 1) if ev in re.sub(r'\s+', ' ', t)]
    if not found:
        raise SystemExit(f'evidence not found: {d} {ev!r}')
    r = {'subject': s, 'predicate': p, 'object': o, 'doc': DOCS[d], 'line': found[occ], 'evidence': ev}
    if role: r['role'] = role
    rels.append(r)

# transfer objects
tos = json.load(open(os.path.join(B, 'tools', 'masks_def.json'), encoding='utf-8'))
for t in tos:
    lines = TEXT['TK']
    t['start_line'] = next(i for i, x in enumerate(lines, 1) if x.strip() == t['section'] + ' ' + t['title'])
    for a in t['beteiligte_akteure']:
        a['line'] = next(i for i, x in enumerate(lines, 1) if i > t['start_line'] and x.strip().startswith('•') and a['text'] == x.replace('\t', ' ').lstrip('• ').strip())
    t['doc'] = DOCS['TK']
json.dump(ents, open(os.path.join(B, 'gold', 'entities.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
json.dump(rels, open(os.path.join(B, 'gold', 'relations.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
json.dump(tos, open(os.path.join(B, 'gold', 'transfer_objects.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
from collections import Counter
print(len(ents), Counter(e['type'] for e in ents))
print(len(rels), Counter(r['predicate'] for r in rels))
