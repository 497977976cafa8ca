"""Builds gold/entities.json, gold/relations.json, gold/transfer_objects.json
from the specs below. Lines are looked up in the corpus text, never typed."""
import json, os, sys, re
sys.path.insert(0, os.path.dirname(__file__))
from textnorm import variants, find_all, norm_ws

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TK = 'roerheide-transferkatalog'
AP = 'roerheide-bildungskommunen-arbeitspakete'
ZV = 'roerheide-zielvereinbarung-transferagentur'
PR = 'roerheide-lenkungskreis-protokoll-2024-09'
PP = 'bildungsbuero-roerheide-vorstellung-2023'
FILES = {TK: TK + '.txt', AP: AP + '.txt', ZV: ZV + '.txt', PR: PR + '.md', PP: PP + '.txt'}
DOCS = [TK, AP, ZV, PR, PP]
TEXT = {d: open(os.path.join(ROOT, 'corpus', f), encoding='utf-8').read() for d, f in FILES.items()}
VAR = {d: variants(t) for d, t in TEXT.items()}

E = []  # entity specs


def ent(id, type, name, aliases=(), **kw):
    E.append(dict(id=id, type=type, name=name, aliases=list(aliases), **kw))


# ---------------- Municipalities
ent('staedteregion-roerheide', 'Municipality', 'Städteregion Roerheide',
    ['Städteregion', 'Stadteregion Roerheide', 'Stadteregion', 'Städte-region'],
    suppressible=True, note='Gemeindeverband (like the StädteRegion Aachen); adjective "Roerheider" not counted as alias.')
ent('stadt-brueckweiler', 'Municipality', 'Stadt Brückweiler',
    ['Brückweiler', 'Stadt Briickweiler', 'Briickweiler'], suppressible=True,
    note='Große regionsangehörige Stadt with its own Jugendamt. Bare place name inside other names (Agentur für Arbeit Brückweiler, FH Brückweiler …) not counted.')
ent('stadt-eschweide', 'Municipality', 'Stadt Eschweide', ['Eschweide', 'Esch-weide'], suppressible=True)
ent('stadt-monrath', 'Municipality', 'Stadt Monrath', ['Monrath'], suppressible=True)
ent('gemeinde-huertenbach', 'Municipality', 'Gemeinde Hürtenbach',
    ['Hürtenbach', 'Gemeinde Hiirtenbach', 'Hiirtenbach'], suppressible=True)

# ---------------- Organisations (incl. administrative units)
ent('bildungsbuero', 'Organization', 'Bildungsbüro der Städteregion Roerheide',
    ['Bildungsbüro', 'Bildungsbüro der Städteregion', 'Bildungsbüros', 'Bildungsbiiro', 'Bildungsbiiros',
     'Bildungsbiiros der Stadteregion Roerheide'])
ent('a43', 'Organization', 'A 43 – Amt für Schulen',
    ['A 43', 'Amt für Schulen', 'Amt für Schulen (A 43)', 'A 43 - Amt fiir Schulen'])
ent('a51', 'Organization', 'A 51 – Jugendamt',
    ['A 51', 'A 51 – Jugendamt der Städteregion', 'Jugendamt (A 51)', 'Amt 51', 'A 51 - Jugendamt'],
    note='Jugendamt of the Städteregion for the municipalities without their own Jugendamt.')
ent('ki', 'Organization', 'Kommunales Integrationszentrum',
    ['KI', 'Kommunales Integrationszentrum (KI)', 'Kommunale Integrations-zentrum', 'Kommunalen Integrationszentrum',
     'Kommunalen Integrationszentrum (KI)', 'Kommunalen Integrationszentrums'],
    note='KI der Städteregion. In the organisation chart of the slides the name is split over two interleaved column lines.')
ent('dezernat-iii', 'Organization', 'Dezernat III – Bildung, Jugend und Integration', ['Dezernat III'])
ent('statistikstelle', 'Organization', 'Statistikstelle der Städteregion')
ent('medienzentrum', 'Organization', 'Medienzentrum der Stadteregion',
    note='Only in the OCR-damaged application; canonical form would be "Medienzentrum der Städteregion".')
ent('kks-kaoa', 'Organization', 'Kommunale Koordinierungsstelle KAoA',
    ['Kommunale Koordinierungsstelle', 'Kommunalen Koordinierungsstelle', 'Koordinierungsstelle',
     'Kommunale Koordinierungs-stelle „Kein Abschluss ohne Anschluss“',
     'Kommunale Koordinierungsstelle „Kein Abschluss ohne Anschluss“'],
    note='Unit of the Bildungsbüro for the NRW initiative KAoA.')
ent('jugendamt-brueckweiler', 'Organization', 'Jugendamt der Stadt Brückweiler',
    ['Jugendamt Brückweiler', 'Brückweiler Jugendamt', 'Jugendamt der Stadt Briickweiler'],
    extra=[(TK, 'Brückweiler unterhält ein eigenes Jugendamt'), (ZV, 'mit ihrem Jugendamt'),
           (PR, 'Leiter des Jugendamts'), (PP, 'mit eigenem Jugendamt')],
    note='Extra lines: anaphoric mentions ("ein eigenes Jugendamt", "ihrem Jugendamt", "Leiter des Jugendamts | Stadt Brückweiler").')
ent('jobcenter', 'Organization', 'Jobcenter Städteregion Roerheide',
    ['Jobcenter', 'Jobcenters', 'Jobcenter Stadteregion Roerheide'])
ent('afa-brueckweiler', 'Organization', 'Agentur für Arbeit Brückweiler',
    ['Agentur für Arbeit', 'Agentur fiir Arbeit Briickweiler', 'Agentur fiir Arbeit'],
    extra=[(PR, 'Schriftliche Stellungnahme der Agentur')])
ent('jugendberufsagentur', 'Organization', 'Jugendberufsagentur')
ent('hwk-brueckweiler', 'Organization', 'Handwerkskammer Brückweiler',
    ['Handwerkskammer', 'Handwerkskammer Briickweiler'])
ent('ihk-brueckweiler-roerheide', 'Organization', 'IHK Brückweiler-Roerheide', ['IHK Briickweiler-Roerheide'])
ent('fh-brueckweiler', 'Organization', 'Fachhochschule Brückweiler',
    ['FH Brückweiler', 'Fachhochschule', 'Fach-hochschule Brückweiler', 'Fachhochschule Brück-weiler',
     'Fachhochschule Briickweiler'],
    extra=[(TK, 'beim Talentscouting der Hochschule')])
ent('ibs', 'Organization', 'Institut für Bildungsforschung und Sozialraumanalyse',
    ['IBS', 'Institut für Bildungsforschung und Sozialraumanalyse (IBS)',
     'Institut fiir Bildungsforschung und Sozialraumanalyse'],
    extra=[(TK, 'Das Institut ist seit 2020 vertraglich')],
    note='Institute of the Fachhochschule Brückweiler.')
ent('transferagentur', 'Organization', 'Transferagentur Rhein-Maas für Kommunales Bildungsmanagement',
    ['Transferagentur Rhein-Maas', 'TA Rhein-Maas', 'Transferagentur',
     'Transferagentur Rhein-Maas fiir Kommunales Bildungsmanagement'],
    extra=[(PR, 'Angebot der Agentur vor'), (PR, 'dass die Agentur vom IBG')])
ent('ibg', 'Organization', 'Institut für Bildung und Gemeinwesen e.V.',
    ['IBG', 'IBG e.V.', 'Institut für Bildung und Gemeinwesen e.V. (IBG)'],
    note='Carrier of the Transferagentur.')
ent('bmbf', 'Organization', 'Bundesministerium für Bildung und Forschung',
    ['BMBF', 'Bundesministeriums für Bildung und Forschung', 'Bundesministeriums fiir Bildung und Forschung'])
ent('msb-nrw', 'Organization', 'Ministerium für Schule und Bildung', ['Ministerium für Schule und Bil-dung'],
    name_in_text=False, note='Ministry of the Land NRW; only the hyphenated line-break form occurs.')
ent('land-nrw', 'Organization', 'Land Nordrhein-Westfalen', ['Land NRW'],
    extra=[(TK, 'vom Land gefördert')])
ent('bezreg-koeln', 'Organization', 'Bezirksregierung Köln', ['Bezirksregierung', 'Bezirksregierung Koln'])
ent('schulamt', 'Organization', 'Schulamt für die Städteregion Roerheide',
    ['Schulamt', 'Schulamts', 'Schul-amt für die Städteregion Roerheide', 'Schulamt fiir die Stadteregion Roerheide',
     'Schulamt für die StädteRegion Roerheide'],
    note='Untere staatliche Schulaufsicht.')
ent('it-nrw', 'Organization', 'IT.NRW', note='State statistics office (context).')
ent('buergerstiftung', 'Organization', 'Bürgerstiftung Roerheide',
    ['Bürgerstiftung', 'Bür-gerstiftung Roerheide', 'Bürger-stiftung Roerheide', 'Biirgerstiftung Roerheide'])
ent('lernbruecke', 'Organization', 'Lernbrücke Roerheide e.V.',
    ['Lernbrücke', 'Verein Lernbrücke Roerheide e.V.', 'Lernbriicke Roerheide e.V.'],
    extra=[(TK, 'beim Trägerverein')])
ent('werkstatt-zukunft', 'Organization', 'Werkstatt Zukunft Roerheide gGmbH')
ent('gesamtschule-eschweide-nord', 'Organization', 'Gesamtschule Eschweide-Nord')

# ---------------- Bodies
ent('staedteregionstag', 'Body', 'Städteregionstag',
    ['Städteregionstags', 'Stadteregionstag', 'Stadteregions-tages'])
ent('ausschuss-bildung-schule', 'Body', 'Ausschuss für Bildung und Schule',
    ['Ausschuss', 'Ausschuss fiir Bildung und Schule'],
    note='Committee of the Städteregionstag.')
ent('rbn-roerheide', 'Body', 'Regionales Bildungsnetzwerk Roerheide',
    ['Regionale Bildungsnetzwerk Roerheide', 'Regionales Bildungsnetzwerk', 'Regionalen Bildungsnetzwerk',
     'Regionalen Bildungsnetzwerks', 'Regionalen Bildungsnetzwerks Roerheide', 'Regionalen Bil-dungsnetzwerks'])
ent('lenkungskreis', 'Body', 'Lenkungskreis des Regionalen Bildungsnetzwerks',
    ['Lenkungskreis', 'Lenkungskreises', 'Lenkungs-kreises', 'Lenkungskreis des Regionalen Bildungsnetzwerks Roerheide'],
    note='Steering group of the network; also described as transfer object 4.3.3.2.')
ent('bildungskonferenz', 'Body', 'Bildungskonferenz Roerheide', ['Bildungskonferenz', 'Bildungskonferenzen'])
ent('ak-uebergang-schule-beruf', 'Body', 'Arbeitskreis Übergang Schule–Beruf',
    ['AK Übergang Schule–Beruf', 'Arbeits-kreis Übergang Schule–Beruf', 'Arbeitskreises Ubergang Schule-Beruf'])
ent('ak-fruehe-bildung', 'Body', 'Arbeitskreis Frühe Bildung', ['AK Frühe Bildung', 'Arbeitskreises Friihe Bildung'])
ent('ak-mint', 'Body', 'Arbeitskreis MINT', ['AK MINT', 'Arbeitskreises MINT'])
ent('steuerungsgruppe-bildung', 'Body', 'Steuerungsgruppe Bildung', note='Administration-internal steering group.')
ent('ag-daten', 'Body', 'AG Daten', note='Administration-internal working group on indicators.')

# ---------------- Programmes / projects
ent('bildungskommunen', 'Programme', 'Bildungskommunen', note='Federal programme (BMBF, ESF Plus).')
ent('bildung-integriert', 'Programme', 'Bildung integriert')
ent('lernen-vor-ort', 'Programme', 'Lernen vor Ort', note='Context only (origin of the product-mask template).')
ent('transferinitiative', 'Programme', 'Transferinitiative Kommunales Bildungsmanagement')
ent('kaoa', 'Programme', 'Kein Abschluss ohne Anschluss', ['KAoA'], suppressible=True)
ent('talentscouting', 'Programme', 'Talentscouting', ['NRW-Talentscoutings'])
ent('esf', 'Programme', 'Europäischer Sozialfonds', ['Europäischen Sozialfonds'], suppressible=True,
    name_in_text=False, note='ESF of the 2014–2020 period (funding of "Bildung integriert").')
ent('esf-plus', 'Programme', 'Europäischer Sozialfonds Plus',
    ['ESF Plus', 'Europäischen Sozialfonds Plus', 'Europaischen Sozialfonds Plus'], name_in_text=False)
ent('uebergangslotsen', 'Programme', 'Übergangslotsen', ['Ubergangslotsen'],
    note='Project; also described as transfer object 4.5.3.1.')
ent('mint-werkstatt-mobil', 'Programme', 'MINT-Werkstatt mobil')

# ---------------- Persons
def person(id, name, aliases, role, affiliation, **kw):
    ent(id, 'Person', name, aliases, role=role, affiliation=affiliation, **kw)

person('hendrik-albers', 'Dr. Hendrik Albers', ['Dr. Albers'], 'Städteregionsrat; Vorsitzender des Lenkungskreises',
       'Städteregion Roerheide',
       extra=[(TK, 'unter Vorsitz des Städteregionsrates'), (TK, 'der Städteregionsrat (Vorsitz)'),
              (TK, 'Städteregionsrat (Vorsitz); Dezernat III'), (PP, 'Lenkungskreis (Vorsitz: Städteregionsrat)'),
              (PR, 'Der Vorsitzende begrüßt')],
       note='Extra lines: mentions by role only ("des Städteregionsrates", "Der Vorsitzende").')
person('miriam-schallenberg', 'Dr. Miriam Schallenberg', ['Dr. Schallenberg'],
       'Beigeordnete, Dezernat III – Bildung, Jugend und Integration', 'Städteregion Roerheide',
       extra=[(TK, 'geordnete für Bildung, Jugend und Integration'), (AP, 'unter Leitung der Beigeordneten')])
person('ulrich-wefers', 'Ulrich Wefers', ['Herr Wefers'], 'Amtsleiter', 'A 43 – Amt für Schulen')
person('katrin-pohlmann-erbe', 'Katrin Pohlmann-Erbe', ['Frau Pohlmann-Erbe'], 'Leiterin', 'Bildungsbüro der Städteregion Roerheide')
person('jonas-terhorst', 'Jonas Terhorst', ['Herr Terhorst', 'J. Terhorst'], 'Bildungsmonitoring', 'Bildungsbüro der Städteregion Roerheide')
person('sabine-offermanns', 'Sabine Offermanns', ['Frau Offermanns'], 'Amtsleiterin', 'A 51 – Jugendamt')
person('aylin-karaca', 'Aylin Karaca', ['Frau Karaca'], 'Leiterin', 'Kommunales Integrationszentrum')
person('bernd-klinkhammer', 'Bernd Klinkhammer', ['Herr Klinkhammer'], 'Leiter des Jugendamts', 'Stadt Brückweiler')
person('joerg-esser', 'Dr. Jörg Esser', ['Dr. Esser'], 'Erster Beigeordneter, Schuldezernent', 'Stadt Eschweide')
person('martina-quadflieg', 'Martina Quadflieg', ['Frau Quadflieg'], 'Fachbereichsleiterin Schule und Sport', 'Stadt Monrath')
person('gudrun-velten', 'Gudrun Velten', ["LRSD'in Gudrun Velten", 'Frau Velten'], 'Dezernat 48, Schulaufsicht', 'Bezirksregierung Köln')
person('thomas-mevissen', 'Thomas Mevissen', ['Herr Mevissen'], 'Schulrat', 'Schulamt für die Städteregion Roerheide')
person('frank-derichs', 'Frank Derichs', ['Herr Derichs'], 'Geschäftsführer', 'Jobcenter Städteregion Roerheide')
person('petra-lennartz', 'Petra Lennartz', ['Frau Lennartz'], 'Geschäftsführerin Berufsbildung', 'Handwerkskammer Brückweiler')
person('lea-hambloch', 'Dr. Lea Hambloch', ['Dr. Hambloch'], 'Leiterin', 'Transferagentur Rhein-Maas')
person('markus-rombach', 'Markus Rombach', [], 'Referent', 'Transferagentur Rhein-Maas')
person('carsten-niessen', 'Prof. Dr. Carsten Nießen', ['Prof. Dr. Nießen'], 'Leiter des IBS',
       'Institut für Bildungsforschung und Sozialraumanalyse (FH Brückweiler)')
person('annegret-schueller', 'Annegret Schüller', ['Frau Schüller'], 'Vorstandsvorsitzende', 'Bürgerstiftung Roerheide')
person('hans-peter-wirtz', 'Hans-Peter Wirtz', ['Bürgermeister Hans-Peter Wirtz'], 'Bürgermeister', 'Gemeinde Hürtenbach')
person('lena-brammertz', 'Lena Brammertz', [], 'Kommunale Koordinierungsstelle KAoA', 'Bildungsbüro der Städteregion Roerheide')
person('renate-hilgers', 'Renate Hilgers', [], 'Vorsitzende', 'Ausschuss für Bildung und Schule (Städteregionstag)')
person('obm-brueckweiler', 'Oberbürgermeister der Stadt Brückweiler', [], 'Oberbürgermeister; Mitglied des Lenkungskreises',
       'Stadt Brückweiler', role_only=True)

# ---------------- Action fields
ent('af-fruehe-bildung', 'ActionField', 'Frühe Bildung und Übergang Kita – Grundschule',
    ['Frühe Bildung', 'Friihe Bildung', 'Friihe Bildung und Ubergang Kita-Grundschule', 'Übergang Kita – Grundschule',
     'Übergänge Kita – Grundschule', 'Ubergang Kita-Grundschule'], suppressible=True)
ent('af-uebergang-schule-beruf', 'ActionField', 'Übergang Schule–Beruf',
    ['Übergang Schule – Beruf', 'Ubergang Schule-Beruf'], suppressible=True)
ent('af-mint', 'ActionField', 'MINT-Bildung', suppressible=True)
ent('af-integration', 'ActionField', 'Integration durch Bildung', suppressible=True)
ent('af-bne', 'ActionField', 'Bildung für nachhaltige Entwicklung (BNE)',
    ['BNE', 'Bildung für nachhaltige Entwicklung', 'Bildung fiir nachhaltige Entwicklung (BNE)'], suppressible=True)
ent('af-digitalisierung', 'ActionField', 'Digitalisierung und Medienbildung',
    ['Digitalisierung', 'Digitalisierung und Medien-bildung'], suppressible=True)
ent('af-bildungsmonitoring', 'ActionField', 'Bildungsmonitoring', suppressible=True)
ent('af-fachkraeftesicherung', 'ActionField', 'Fachkräftesicherung',
    ['Fachkraftesicherung', 'Fachkräfte-sicherung'], suppressible=True)

# ---------------- Measures: work packages (AP), goals and measures of the goal table
APS = [
    (1, 'Bestandsaufnahme und Fortschreibung der Bildungsstrategie', None),
    (2, 'Leitbild „Bildungsregion Roerheide“', 'Leitbild ,,Bildungsregion Roerheide"'),
    (3, 'Bildungskonferenzen', None),
    (4, 'Datenbasiertes Bildungsmanagement', None),
    (5, 'Bildungsberichterstattung', None),
    (6, 'Koordinierung und Steuerung', None),
    (7, 'Kooperationsstrukturen mit den regionsangehörigen Kommunen', 'Kooperationsstrukturen mit den regionsangehorigen Kommunen'),
    (8, 'Übergang Schule–Beruf', 'Ubergang Schule-Beruf'),
    (9, 'Frühe Bildung und Übergang Kita–Grundschule', 'Friihe Bildung und Ubergang Kita-Grundschule'),
    (10, 'Integration durch Bildung', None),
    (11, 'MINT-Bildung und Fachkräftesicherung', 'MINT-Bildung und Fachkraftesicherung'),
    (12, 'Bildung für nachhaltige Entwicklung (BNE) und Digitalisierung', 'Bildung fiir nachhaltige Entwicklung (BNE) und Digitalisierung'),
    (13, 'Öffentlichkeitsarbeit und Verstetigung', 'Offentlichkeitsarbeit und Verstetigung'),
]
for n, title, ocr in APS:
    al = ['AP %d' % n]
    if ocr:
        al.insert(0, 'AP %d %s' % (n, ocr))
    ent('ap-%d' % n, 'Measure', 'AP %d %s' % (n, title), al, name_in_text=ocr is None, kind='work package')

GOALS = [
    (1, 'Leitbild „Bildungsregion Roerheide“ entwickeln und politisch beschließen', 'hoch', '04/2024 – 03/2025'),
    (2, 'Übergänge Kita – Grundschule gemeinsam mit der Schulaufsicht gestalten', 'hoch', '06/2024 – 2025'),
    (3, 'Datenkompass um Übergangsindikatoren erweitern', 'mittel', '05/2024 – 02/2025'),
    (4, 'Integration durch Bildung – Angebote für Neuzugewanderte transparent machen', 'mittel', '2025 – 02/2026'),
]
for n, title, prio, tf in GOALS:
    ent('ziel-%d' % n, 'Measure', 'Ziel %d: %s' % (n, title), ['Ziel %d' % n], kind='goal', priority=prio, time_frame=tf)
MEAS = [
    ('1.1', 'Beteiligungswerkstätten mit Schulen, Kitas und Jugendlichen', 'Bildungsbüro; Beratung: Transferagentur', '04/2024 – 09/2024'),
    ('1.2', 'Leitbildentwurf im Lenkungskreis abstimmen und dem Städteregionstag vorlegen', 'Bildungsbüro / Dezernat III', '10/2024 – 03/2025'),
    ('2.1', 'Arbeitskreis Frühe Bildung neu aufstellen; Kooperationsvereinbarung mit dem Schulamt', 'Bildungsbüro, A 51, Jugendamt Brückweiler; Schulamt', '06/2024 – 12/2024'),
    ('2.2', 'Fortbildungstage für Kita- und Grundschulteams', 'Schulamt / Bildungsbüro; Transferagentur (Moderation)', '2025'),
    ('3.1', 'Indikatoren zum Übergang Schule–Beruf mit Jobcenter und Agentur für Arbeit abstimmen', 'Team Bildungsmonitoring; IBS (wissenschaftliche Begleitung)', '05/2024 – 02/2025'),
    ('3.2', 'Qualifizierung „Bildungsmonitoring kompakt“ für Mitarbeitende der Kommunen', 'Transferagentur', '09/2024'),
    ('4.1', 'Angebotsübersicht für neu zugewanderte Familien in fünf Sprachen', 'KI; Bildungsbüro', '2025'),
    ('4.2', 'Transferworkshop mit Kommunen der Region zur Bildungsberatung', 'Transferagentur; KI', '11/2025 – 02/2026'),
]
for n, title, resp, tf in MEAS:
    ent('m-' + n.replace('.', '-'), 'Measure', 'M %s %s' % (n, title), ['M ' + n], kind='measure',
        goal='ziel-' + n.split('.')[0], responsible=resp, time_frame=tf)

# ---------------- Transfer objects
ent('to-4.2.3.1', 'TransferObject', 'Datenkompass Roerheide – kommunales Bildungsmonitoring',
    ['Datenkompass Roerheide', 'Datenkompass', 'Datenkompasses', 'Datenkompass Roerheide – kommunales Bildungs-monitoring'])
ent('to-4.3.3.2', 'TransferObject', 'Lenkungskreis des Regionalen Bildungsnetzwerks', [], only_name=True)
ent('to-4.5.3.1', 'TransferObject', 'Übergangslotsen an Schulen der Sekundarstufe I', [], only_name=True)

# =====================================================================
# Relations: (doc, subject, predicate, object, evidence[, role][, note][, near])
R = []


def rel(doc, s, p, o, ev, role=None, note=None, near=None):
    R.append(dict(doc=doc, subject=s, predicate=p, object=o, evidence=ev, role=role, note=note, near=near))


SR = 'staedteregion-roerheide'
# ---- Transferkatalog: foreword
rel(TK, SR, 'cooperatesWith', 'transferagentur', 'Begleitet wurde die Dokumentation von der Transferagentur Rhein-Maas',
    note='process support of the documentation')
rel(TK, 'bezreg-koeln', 'participatesIn', 'lenkungskreis', 'die als staatliche Partner im Lenkungskreis Verantwortung übernehmen',
    note='"der Bezirksregierung Köln und dem Schulamt …, die als staatliche Partner im Lenkungskreis …"')
rel(TK, 'schulamt', 'participatesIn', 'lenkungskreis', 'die als staatliche Partner im Lenkungskreis Verantwortung übernehmen')
rel(TK, 'hendrik-albers', 'memberOf', SR, 'Städteregionsrat der Städteregion Roerheide', role='Städteregionsrat', note='signature of the foreword')
# ---- chapter 3
rel(TK, SR, 'participatesIn', 'bildung-integriert', 'an dem die Städteregion von 2019 bis 2022 teilnahm')
rel(TK, 'bildung-integriert', 'fundedBy', 'bmbf', 'Gefördert vom Bundesministerium für Bildung und Forschung',
    note='posts created within "Bildung integriert"')
rel(TK, 'bildung-integriert', 'fundedBy', 'esf', 'und dem Europäischen Sozialfonds wurden damals die ersten Stellen')
rel(TK, SR, 'participatesIn', 'bildungskommunen', 'region ihre Arbeit im Programm „Bildungskommunen“ fort')
# ---- mask 4.2.3.1
rel(TK, 'bildungsbuero', 'participatesIn', 'ag-daten', 'in einer verwal-tungsinternen AG Daten ab',
    note='the Bildungsbüro\'s monitoring team agrees indicators in the AG Daten')
rel(TK, 'ibs', 'subOrganizationOf', 'fh-brueckweiler', 'Sozialraumanalyse (IBS) der Fachhochschule Brück-weiler')
rel(TK, 'bildungsbuero', 'cooperatesWith', 'ibs', 'mit dem seit 2020 ein Kooperationsvertrag besteht',
    note='subject is the federführende Bildungsbüro of the mask')
rel(TK, 'bildungsbuero', 'participatesIn', 'bildung-integriert',
    'die Personalstellen wurden zunächst aus dem Bundes-programm „Bildung integriert“ gefördert',
    note='posts of the monitoring team funded from the programme')
rel(TK, 'statistikstelle', 'subOrganizationOf', SR, 'Statistikstelle der Städteregion')
for o, ev in [('bildungsbuero', 'Bildungsbüro der Städteregion Roerheide (Federführung, Team Bildungsmonitoring)'),
              ('a43', 'A 43 – Amt für Schulen; A 51 – Jugendamt'), ('a51', 'A 43 – Amt für Schulen; A 51 – Jugendamt'),
              ('jugendamt-brueckweiler', '• Jugendamt der Stadt Brückweiler'),
              ('ki', 'Kommunales Integrationszentrum (KI)'),
              ('jobcenter', 'Jobcenter Städteregion Roerheide und Agentur für Arbeit Brückweiler (Ausbildungsmarktdaten)'),
              ('afa-brueckweiler', 'Jobcenter Städteregion Roerheide und Agentur für Arbeit Brückweiler (Ausbildungsmarktdaten)'),
              ('ibs', 'IBS der Fachhochschule Brückweiler (wissenschaftliche Begleitung)'),
              ('fh-brueckweiler', 'IBS der Fachhochschule Brückweiler (wissenschaftliche Begleitung)'),
              ('it-nrw', '• IT.NRW')]:
    rel(TK, 'to-4.2.3.1', 'involvesActor', o, ev)
rel(TK, 'ibs', 'subOrganizationOf', 'fh-brueckweiler', 'IBS der Fachhochschule Brückweiler (wissenschaftliche Begleitung)')
# ---- 4.3.2 actors and bodies
for m, ev, role in [('stadt-brueckweiler', 'dem die Stadt Brückweiler als große regionsangehörige Stadt', 'große regionsangehörige Stadt'),
                    ('stadt-eschweide', 'die Städte Esch-weide und Monrath', 'regionsangehörige Stadt'),
                    ('stadt-monrath', 'die Städte Esch-weide und Monrath', 'regionsangehörige Stadt'),
                    ('gemeinde-huertenbach', 'sowie die Gemeinde Hürtenbach angehören', 'regionsangehörige Gemeinde')]:
    rel(TK, m, 'memberOf', SR, ev, role=role, note='member municipality of the Gemeindeverband (org:memberOf between organisations)')
rel(TK, 'jugendamt-brueckweiler', 'subOrganizationOf', 'stadt-brueckweiler', 'Brückweiler unterhält ein eigenes Jugendamt')
rel(TK, 'a51', 'subOrganizationOf', SR, 'A 51 – Jugendamt der Städteregion')
rel(TK, 'ausschuss-bildung-schule', 'subOrganizationOf', 'staedteregionstag', 'Dessen Ausschuss für Bildung und Schule',
    note='"Dessen" refers back to the Städteregionstag of the previous sentence')
rel(TK, 'ausschuss-bildung-schule', 'chairedBy', 'renate-hilgers', 'dem Renate Hilgers vorsitzt')
rel(TK, 'renate-hilgers', 'memberOf', 'ausschuss-bildung-schule', 'dem Renate Hilgers vorsitzt', role='Vorsitzende')
rel(TK, 'hendrik-albers', 'memberOf', SR, 'An der Spitze der Verwaltung steht der Städteregionsrat, Dr. Hendrik Albers',
    role='Städteregionsrat')
rel(TK, 'dezernat-iii', 'subOrganizationOf', SR, 'In der Verwaltung ist das Thema im Dezernat III')
rel(TK, 'miriam-schallenberg', 'memberOf', 'dezernat-iii', 'das von der Beigeordneten Dr. Miriam Schallenberg geleitet wird',
    role='Beigeordnete (Leitung des Dezernats)')
rel(TK, 'a43', 'subOrganizationOf', 'dezernat-iii', 'Zum Dezernat gehören das A 43 – Amt für Schulen')
rel(TK, 'a51', 'subOrganizationOf', 'dezernat-iii', 'das A 51 – Jugendamt und das Kommunale Integrations-zentrum')
rel(TK, 'ki', 'subOrganizationOf', 'dezernat-iii', 'das A 51 – Jugendamt und das Kommunale Integrations-zentrum')
rel(TK, 'bildungsbuero', 'subOrganizationOf', 'a43', 'Das Bildungsbüro ist organisatorisch dem Amt für Schulen zugeordnet')
rel(TK, 'bildungsbuero', 'participatesIn', 'rbn-roerheide', 'es ist zugleich Geschäftsstelle des Regionalen Bil-dungsnetzwerks',
    role='Geschäftsstelle')
rel(TK, 'kks-kaoa', 'subOrganizationOf', 'bildungsbuero', 'beherbergt die Kommunale Koordinierungs-stelle')
rel(TK, SR, 'cooperatesWith', 'land-nrw', 'Koope-rationsvertrag zwischen der Städteregion und dem Land Nordrhein-Westfalen')
rel(TK, SR, 'participatesIn', 'rbn-roerheide', 'Das Regionale Bildungsnetzwerk Roerheide beruht auf einem Koope-rationsvertrag zwischen der Städteregion')
rel(TK, 'land-nrw', 'participatesIn', 'rbn-roerheide', 'Koope-rationsvertrag zwischen der Städteregion und dem Land Nordrhein-Westfalen')
for b, ev in [('lenkungskreis', 'Seine Gremien sind der Lenkungskreis'), ('bildungskonferenz', 'jährliche Bildungskonferenz und drei Arbeitskreise'),
              ('ak-uebergang-schule-beruf', 'der Arbeits-kreis Übergang Schule–Beruf'),
              ('ak-fruehe-bildung', 'der Arbeitskreis Frühe Bildung und'), ('ak-mint', 'der Arbeitskreis MINT.')]:
    rel(TK, b, 'subOrganizationOf', 'rbn-roerheide', ev, note='"Seine Gremien sind …" (Seine = the network)')
rel(TK, 'ak-uebergang-schule-beruf', 'chairedBy', 'bildungsbuero', 'leiten das Bildungsbüro und die Agentur für Arbeit Brückweiler gemeinsam')
rel(TK, 'ak-uebergang-schule-beruf', 'chairedBy', 'afa-brueckweiler', 'leiten das Bildungsbüro und die Agentur für Arbeit Brückweiler gemeinsam')
for o, ev in [('fh-brueckweiler', 'im Arbeitskreis MINT wirken die Fachhochschule Brückweiler'),
              ('hwk-brueckweiler', 'die Handwerkskammer Brückweiler und die Werkstatt Zukunft Roerheide gGmbH mit'),
              ('werkstatt-zukunft', 'die Handwerkskammer Brückweiler und die Werkstatt Zukunft Roerheide gGmbH mit')]:
    rel(TK, o, 'participatesIn', 'ak-mint', ev)
rel(TK, 'bezreg-koeln', 'participatesIn', 'rbn-roerheide', 'sind die Bezirksregierung Köln als obere Schulaufsicht',
    note='"eingebunden" in the network described by the section')
rel(TK, 'schulamt', 'participatesIn', 'rbn-roerheide', 'das Schulamt für die Städteregion Roerheide als untere Schulaufsicht eingebunden')
rel(TK, 'bildungsbuero', 'cooperatesWith', 'schulamt', 'Mit dem Schulamt arbeitet das Bildungsbüro')
rel(TK, 'uebergangslotsen', 'fundedBy', 'buergerstiftung', 'stiftung Roerheide fördert seit 2021 das Projekt „Übergangslotsen“')
rel(TK, 'uebergangslotsen', 'carriedBy', 'lernbruecke', 'dessen Träger der Verein Lernbrücke Roerheide e.V. ist')
rel(TK, 'mint-werkstatt-mobil', 'carriedBy', 'werkstatt-zukunft', 'Die MINT-Werkstatt mobil wird von der Werkstatt Zukunft Roerheide gGmbH getragen')
rel(TK, 'ki', 'cooperatesWith', 'schulamt', 'koor-diniert die Seiteneinsteigerberatung gemeinsam mit dem Schulamt')
rel(TK, 'ki', 'participatesIn', 'lenkungskreis', 'ist im Lenkungskreis durch seine Leiterin vertreten')
rel(TK, 'ki', 'fundedBy', 'land-nrw', 'vom Land gefördert', note='"Seine Arbeit wird … vom Land gefördert"')
rel(TK, 'ibs', 'subOrganizationOf', 'fh-brueckweiler', 'Institut für Bildungsforschung und Sozialraumanalyse der Fach-hochschule Brückweiler')
rel(TK, 'ibs', 'cooperatesWith', SR, 'Das Institut ist seit 2020 vertraglich mit der Städteregion verbunden')
rel(TK, 'ibs', 'participatesIn', 'ak-mint', 'wirkt zudem im Arbeitskreis MINT')
rel(TK, 'ibs', 'participatesIn', 'talentscouting', 'sowie beim Talentscouting der Hochschule mit')
rel(TK, 'fh-brueckweiler', 'participatesIn', 'talentscouting', 'beim Talentscouting der Hochschule')
# ---- mask 4.3.3.2
rel(TK, 'lenkungskreis', 'subOrganizationOf', 'rbn-roerheide', 'Der Lenkungskreis ist das strategische Steuerungsgremium des Regionalen Bildungsnetzwerks Roerheide')
rel(TK, 'lenkungskreis', 'chairedBy', 'hendrik-albers', 'unter Vorsitz des Städteregionsrates')
rel(TK, 'bildungsbuero', 'participatesIn', 'lenkungskreis', 'Die Geschäftsführung liegt beim Bildungsbüro.', role='Geschäftsführung')
rel(TK, 'lenkungskreis', 'chairedBy', 'hendrik-albers', 'der Städteregionsrat (Vorsitz)')
rel(TK, 'miriam-schallenberg', 'memberOf', 'lenkungskreis', 'geordnete für Bildung, Jugend und Integration', role='stimmberechtigtes Mitglied',
    note='"die Beigeordnete für Bildung, Jugend und Integration" = Dr. Miriam Schallenberg (4.3.2)')
rel(TK, 'obm-brueckweiler', 'memberOf', 'lenkungskreis', 'Oberbürgermeister der Stadt Brückweiler', role='stimmberechtigtes Mitglied')
rel(TK, 'bezreg-koeln', 'participatesIn', 'lenkungskreis', 'eine Vertretung der Bezirksregierung Köln', role='stimmberechtigt')
rel(TK, 'schulamt', 'participatesIn', 'lenkungskreis', 'die Schulrätinnen und Schulräte des Schulamts', role='stimmberechtigt')
for o in ['jobcenter', 'afa-brueckweiler', 'hwk-brueckweiler', 'ihk-brueckweiler-roerheide']:
    rel(TK, o, 'participatesIn', 'lenkungskreis',
        {'jobcenter': 'Beratend gehören ihm das Jobcenter', 'afa-brueckweiler': 'die Agentur für Arbeit Brückweiler, die Handwerkskammer Brückweiler',
         'hwk-brueckweiler': 'die Handwerkskammer Brückweiler und die IHK', 'ihk-brueckweiler-roerheide': 'Brückweiler-Roerheide an.'}[o],
        role='beratend', note='"Beratend gehören ihm … an" (ihm = the Lenkungskreis)', near=345)
rel(TK, 'bildungsbuero', 'fundedBy', 'land-nrw', 'Die Stelle der Geschäftsführung wird anteilig vom Land Nordrhein-Westfalen (Lehrerstelle) getragen',
    note='the Geschäftsführung post in the Bildungsbüro is co-financed by the Land ("getragen" = financed)')
for o, ev in [('hendrik-albers', 'Städteregionsrat (Vorsitz); Dezernat III'), ('dezernat-iii', 'Städteregionsrat (Vorsitz); Dezernat III'),
              ('stadt-brueckweiler', 'Stadt Brückweiler, Stadt Eschweide, Stadt Monrath, Gemeinde Hürtenbach'),
              ('stadt-eschweide', 'Stadt Brückweiler, Stadt Eschweide, Stadt Monrath, Gemeinde Hürtenbach'),
              ('stadt-monrath', 'Stadt Brückweiler, Stadt Eschweide, Stadt Monrath, Gemeinde Hürtenbach'),
              ('gemeinde-huertenbach', 'Stadt Brückweiler, Stadt Eschweide, Stadt Monrath, Gemeinde Hürtenbach'),
              ('bezreg-koeln', 'Bezirksregierung Köln; Schulamt für die Städteregion Roerheide'),
              ('schulamt', 'Bezirksregierung Köln; Schulamt für die Städteregion Roerheide'),
              ('jobcenter', 'Jobcenter, Agentur für Arbeit Brückweiler, Handwerkskammer Brückweiler, IHK Brückweiler-Roerheide'),
              ('afa-brueckweiler', 'Jobcenter, Agentur für Arbeit Brückweiler, Handwerkskammer Brückweiler, IHK Brückweiler-Roerheide'),
              ('hwk-brueckweiler', 'Jobcenter, Agentur für Arbeit Brückweiler, Handwerkskammer Brückweiler, IHK Brückweiler-Roerheide'),
              ('ihk-brueckweiler-roerheide', 'Jobcenter, Agentur für Arbeit Brückweiler, Handwerkskammer Brückweiler, IHK Brückweiler-Roerheide'),
              ('bildungsbuero', 'Bildungsbüro (Geschäftsstelle)')]:
    rel(TK, 'to-4.3.3.2', 'involvesActor', o, ev)
# ---- mask 4.5.3.1
rel(TK, 'uebergangslotsen', 'carriedBy', 'lernbruecke', 'Das Projekt wird vom Verein Lernbrücke Roerheide e.V. getragen')
rel(TK, 'uebergangslotsen', 'fundedBy', 'buergerstiftung', 'und von der Bür-gerstiftung Roerheide gefördert')
rel(TK, 'hwk-brueckweiler', 'participatesIn', 'uebergangslotsen', 'gemeinsam mit der Handwerkskammer Brückweiler und der Berufsberatung',
    note='qualification of the volunteers')
rel(TK, 'afa-brueckweiler', 'participatesIn', 'uebergangslotsen', 'und der Berufsberatung der Agentur für Arbeit')
rel(TK, 'kks-kaoa', 'participatesIn', 'uebergangslotsen', 'Tandembildung über die Kommunale Koordinierungsstelle im Bildungsbüro')
rel(TK, 'kks-kaoa', 'subOrganizationOf', 'bildungsbuero', 'Tandembildung über die Kommunale Koordinierungsstelle im Bildungsbüro')
rel(TK, 'uebergangslotsen', 'fundedBy', 'buergerstiftung', 'finanziert durch die Bürgerstiftung')
rel(TK, 'kks-kaoa', 'subOrganizationOf', 'bildungsbuero', 'Kommunale Koordinierungsstelle KAoA im Bildungsbüro')
for o, ev in [('lernbruecke', 'Lernbrücke Roerheide e.V. (Träger)'), ('buergerstiftung', 'Bürgerstiftung Roerheide (Förderung)'),
              ('kks-kaoa', 'Kommunale Koordinierungsstelle KAoA im Bildungsbüro'),
              ('hwk-brueckweiler', 'Handwerkskammer Brückweiler; Agentur für Arbeit Brückweiler (Berufsberatung)'),
              ('afa-brueckweiler', 'Handwerkskammer Brückweiler; Agentur für Arbeit Brückweiler (Berufsberatung)')]:
    rel(TK, 'to-4.5.3.1', 'involvesActor', o, ev)

# ---- Arbeitspakete (OCR)
rel(AP, 'bildungsbuero', 'subOrganizationOf', 'a43', 'Das Bildungsbiiro ist dem A 43 - Amt fiir Schulen zugeordnet')
rel(AP, 'bildungsbuero', 'cooperatesWith', 'ki', 'gemeinsam mit dem Kommunalen Integrationszentrum (KI)')
rel(AP, 'bildungsbuero', 'cooperatesWith', 'a51', 'und dem A 51 - Jugendamt')
rel(AP, 'bildungsbuero', 'fundedBy', 'bmbf', 'aus Mitteln des Bundesministeriums fiir Bildung und Forschung',
    note='the requested posts (under the Federführung of the Bildungsbüro)')
rel(AP, 'bildungsbuero', 'fundedBy', 'esf-plus', 'des Europaischen Sozialfonds Plus (ESF Plus) gefordert')
rel(AP, 'bildungsbuero', 'cooperatesWith', 'ibs', 'Zusammenarbeit mit dem Institut fiir Bildungsforschung und')
rel(AP, 'ibs', 'subOrganizationOf', 'fh-brueckweiler', 'Sozialraumanalyse (IBS) der Fachhochschule Briickweiler')
rel(AP, SR, 'cooperatesWith', 'stadt-brueckweiler', 'Abschluss von Kooperationsvereinbarungen mit der Stadt Briickweiler',
    note='planned agreements; regular jour fixes already exist')
rel(AP, SR, 'cooperatesWith', 'gemeinde-huertenbach', 'der Gemeinde Hiirtenbach')
rel(AP, SR, 'cooperatesWith', 'transferagentur', 'Fortfiihrung der Zusammenarbeit mit der Transferagentur Rhein-Maas')
rel(AP, 'kks-kaoa', 'participatesIn', 'kaoa', 'durch die Kommunale Koordinierungsstelle')
rel(AP, 'jugendberufsagentur', 'carriedBy', 'jobcenter', 'Jugendberufsagentur von Jobcenter und Agentur fiir Arbeit')
rel(AP, 'jugendberufsagentur', 'carriedBy', 'afa-brueckweiler', 'Jugendberufsagentur von Jobcenter und Agentur fiir Arbeit Briickweiler')
rel(AP, 'bildungsbuero', 'cooperatesWith', 'schulamt', 'Grundschulfachkrafte mit dem Schulamt fiir die')
rel(AP, 'bildungsbuero', 'cooperatesWith', 'ki', 'Abstimmung mit dem KI zur Bildungsberatung')
rel(AP, 'mint-werkstatt-mobil', 'carriedBy', 'werkstatt-zukunft', 'MINT-Werkstatt mobil der Werkstatt Zukunft Roerheide gGmbH')
rel(AP, 'bildungsbuero', 'cooperatesWith', 'hwk-brueckweiler', 'Kooperationen mit der Handwerkskammer Briickweiler')
rel(AP, 'bildungsbuero', 'cooperatesWith', 'medienzentrum', 'gemeinsam mit dem Medienzentrum der')
rel(AP, 'medienzentrum', 'subOrganizationOf', SR, 'Medienzentrum der Stadteregion')
rel(AP, 'bildungsbuero', 'cooperatesWith', 'buergerstiftung', 'Einbindung der Biirgerstiftung Roerheide als Forderpartnerin')
rel(AP, 'bildungsbuero', 'cooperatesWith', 'fh-brueckweiler', 'gemeinsam mit der Fachhochschule Briickweiler evaluiert')
rel(AP, 'bildungsbuero', 'cooperatesWith', 'jobcenter', 'mit dem Jobcenter Stadteregion Roerheide und der Agentur fiir Arbeit')
rel(AP, 'bildungsbuero', 'cooperatesWith', 'afa-brueckweiler', 'mit dem Jobcenter Stadteregion Roerheide und der Agentur fiir Arbeit')
rel(AP, 'katrin-pohlmann-erbe', 'memberOf', 'bildungsbuero', 'Die fachliche Leitung liegt bei Frau Pohlmann-Erbe', role='fachliche Leitung')
rel(AP, 'jonas-terhorst', 'memberOf', 'bildungsbuero', 'Team Bildungsmonitoring wird von Herrn Jonas Terhorst', role='Koordination Team Bildungsmonitoring')
rel(AP, 'ulrich-wefers', 'memberOf', 'a43', 'A 43 - Amt fiir Schulen (Amtsleiter Ulrich Wefers)', role='Amtsleiter')
rel(AP, 'steuerungsgruppe-bildung', 'chairedBy', 'miriam-schallenberg', 'unter Leitung der Beigeordneten fiir Bildung',
    note='role mention = Dr. Miriam Schallenberg')
for o in ['a43', 'a51', 'ki', 'bildungsbuero']:
    rel(AP, o, 'participatesIn', 'steuerungsgruppe-bildung', 'ihr gehoren die Leitungen von A 43, A 51, KI und Bildungsbiiro an')
for o, ev in [('bezreg-koeln', 'Bezirksregierung Koln, Dezernat 48'), ('schulamt', '- Schulamt fiir die Stadteregion Roerheide'),
              ('stadt-brueckweiler', 'Stadt Briickweiler, Stadt Eschweide, Stadt Monrath, Gemeinde Hiirtenbach'),
              ('stadt-eschweide', 'Stadt Briickweiler, Stadt Eschweide, Stadt Monrath, Gemeinde Hiirtenbach'),
              ('stadt-monrath', 'Stadt Briickweiler, Stadt Eschweide, Stadt Monrath, Gemeinde Hiirtenbach'),
              ('gemeinde-huertenbach', 'Stadt Briickweiler, Stadt Eschweide, Stadt Monrath, Gemeinde Hiirtenbach'),
              ('hwk-brueckweiler', 'Handwerkskammer Briickweiler, IHK Briickweiler-Roerheide'),
              ('ihk-brueckweiler-roerheide', 'Handwerkskammer Briickweiler, IHK Briickweiler-Roerheide'),
              ('buergerstiftung', 'Biirgerstiftung Roerheide; Lernbriicke Roerheide e.V.; Werkstatt Zukunft Roerheide gGmbH'),
              ('lernbruecke', 'Biirgerstiftung Roerheide; Lernbriicke Roerheide e.V.; Werkstatt Zukunft Roerheide gGmbH'),
              ('werkstatt-zukunft', 'Biirgerstiftung Roerheide; Lernbriicke Roerheide e.V.; Werkstatt Zukunft Roerheide gGmbH'),
              ('transferagentur', '- Transferagentur Rhein-Maas fiir Kommunales Bildungsmanagement')]:
    rel(AP, SR, 'cooperatesWith', o, ev, note='"Kooperationspartner (Auszug aus den Letters of Intent)" of the application')
rel(AP, 'katrin-pohlmann-erbe', 'memberOf', 'bildungsbuero', 'Katrin Pohlmann-Erbe, Leiterin Bildungsbiiro', role='Leiterin Bildungsbüro')
# addressesActionField (work packages)
for ap, af, ev in [('ap-8', 'af-uebergang-schule-beruf', 'AP 8 Ubergang Schule-Beruf'),
                   ('ap-9', 'af-fruehe-bildung', 'AP 9 Friihe Bildung und Ubergang Kita-Grundschule'),
                   ('ap-10', 'af-integration', 'AP 10 Integration durch Bildung'),
                   ('ap-11', 'af-mint', 'AP 11 MINT-Bildung und Fachkraftesicherung'),
                   ('ap-11', 'af-fachkraeftesicherung', 'AP 11 MINT-Bildung und Fachkraftesicherung'),
                   ('ap-12', 'af-bne', 'AP 12 Bildung fiir nachhaltige Entwicklung (BNE) und Digitalisierung'),
                   ('ap-12', 'af-digitalisierung', 'AP 12 Bildung fiir nachhaltige Entwicklung (BNE) und Digitalisierung'),
                   ('ap-4', 'af-bildungsmonitoring', 'AP 4 Datenbasiertes Bildungsmanagement: Weiterentwicklung des Datenkompasses'),
                   ('ap-5', 'af-bildungsmonitoring', 'AP 5 Bildungsberichterstattung'),
                   ('ap-9', 'af-fruehe-bildung', 'Friihe Bildung und Ubergang Kita-Grundschule (AP 9)'),
                   ('ap-8', 'af-uebergang-schule-beruf', 'Ubergang Schule-Beruf (AP 8)'),
                   ('ap-11', 'af-mint', 'MINT-Bildung (AP 11)'),
                   ('ap-10', 'af-integration', 'Integration durch Bildung (AP 10)'),
                   ('ap-12', 'af-bne', 'BNE sowie Digitalisierung und Medien-bildung (AP 12)'),
                   ('ap-12', 'af-digitalisierung', 'BNE sowie Digitalisierung und Medien-bildung (AP 12)'),
                   ('ap-4', 'af-bildungsmonitoring', 'Bildungsmonitoring (AP 4, AP 5)'),
                   ('ap-5', 'af-bildungsmonitoring', 'Bildungsmonitoring (AP 4, AP 5)'),
                   ('ap-11', 'af-fachkraeftesicherung', 'Fachkraftesicherung (AP 11)')]:
    rel(AP, ap, 'addressesActionField', af, ev, near=66 if ev.startswith('Bildungsmonitoring (AP') else None)

# ---- Zielvereinbarung
rel(ZV, SR, 'cooperatesWith', 'transferagentur', 'der Transferagentur Rhein-Maas für Kommunales Bildungsmanagement (TA Rhein-Maas)',
    note='parties of the Zielvereinbarung')
rel(ZV, 'hendrik-albers', 'memberOf', SR, 'vertreten durch den Städteregionsrat Dr. Hendrik Albers', role='Städteregionsrat')
rel(ZV, 'lea-hambloch', 'memberOf', 'transferagentur', 'vertreten durch ihre Leiterin Dr. Lea Hambloch', role='Leiterin')
rel(ZV, SR, 'participatesIn', 'bildungskommunen', 'Sie nimmt am Förderprogramm „Bildungskommunen“ des Bundesministeriums für Bildung und Forschung teil')
rel(ZV, 'bildungskommunen', 'fundedBy', 'bmbf', 'Förderprogramm „Bildungskommunen“ des Bundesministeriums für Bildung und Forschung')
rel(ZV, 'bildungskommunen', 'fundedBy', 'esf-plus', 'aus Mitteln des Europäischen Sozialfonds Plus kofinanziert')
rel(ZV, 'transferagentur', 'participatesIn', 'transferinitiative', 'Die TA Rhein-Maas ist Teil der bundesweiten Transferinitiative')
rel(ZV, 'transferagentur', 'carriedBy', 'ibg', 'Sie wird getragen vom Institut für Bildung und Gemeinwesen e.V. (IBG)')
rel(ZV, 'transferagentur', 'fundedBy', 'bmbf', 'gefördert durch das BMBF')
rel(ZV, 'transferagentur', 'cooperatesWith', 'bildungsbuero', 'berät das Bildungsbüro der Städteregion')
rel(ZV, 'markus-rombach', 'memberOf', 'transferagentur', 'Herr Markus Rombach, Referent der Transferagentur', role='Referent')
rel(ZV, 'katrin-pohlmann-erbe', 'memberOf', 'bildungsbuero', 'Es wird von Frau Katrin Pohlmann-Erbe geleitet', role='Leiterin',
    note='"Es" refers back to the Bildungsbüro of the previous sentence')
rel(ZV, 'jugendamt-brueckweiler', 'subOrganizationOf', 'stadt-brueckweiler', 'Stadt Brückweiler mit ihrem Jugendamt')
rel(ZV, 'stadt-brueckweiler', 'participatesIn', 'lenkungskreis', 'namentlich die Stadt Brückweiler mit ihrem Jugendamt, über den Lenkungskreis ein')
rel(ZV, 'ibs', 'subOrganizationOf', 'fh-brueckweiler', 'Die Fachhochschule Brückweiler wird über ihr Institut für Bildungsforschung')
rel(ZV, 'miriam-schallenberg', 'memberOf', SR, 'Jugend und Integration, Frau Dr. Miriam Schallenberg',
    role='Beigeordnete für Bildung, Jugend und Integration')
rel(ZV, 'lenkungskreis', 'subOrganizationOf', 'rbn-roerheide', 'Lenkungskreis des Regionalen Bildungsnetzwerks Roerheide')
rel(ZV, 'ausschuss-bildung-schule', 'subOrganizationOf', 'staedteregionstag', 'der Ausschuss für Bildung und Schule des Städteregionstags')
rel(ZV, 'hendrik-albers', 'memberOf', SR, 'Dr. Hendrik Albers Dr. Lea Hambloch', role='Städteregionsrat', note='signature block (columns)')
rel(ZV, 'lea-hambloch', 'memberOf', 'transferagentur', 'Dr. Hendrik Albers Dr. Lea Hambloch', role='Leiterin', note='signature block (columns)')
for m, af, ev in [('ziel-2', 'af-fruehe-bildung', 'Ziel 2: Übergänge Kita – Grundschule'),
                  ('ziel-3', 'af-bildungsmonitoring', 'Ziel 3: Datenkompass um Übergangsindikatoren erweitern'),
                  ('m-3-1', 'af-uebergang-schule-beruf', 'M 3.1 Indikatoren zum Übergang Schule–Beruf'),
                  ('m-3-2', 'af-bildungsmonitoring', 'M 3.2 Qualifizierung „Bildungsmonitoring kompakt“'),
                  ('ziel-4', 'af-integration', 'Ziel 4: Integration durch Bildung')]:
    rel(ZV, m, 'addressesActionField', af, ev)

# ---- Protokoll Lenkungskreis
rows = [('hendrik-albers', SR, '| Dr. Hendrik Albers | Städteregionsrat, Vorsitzender des Lenkungskreises | Städteregion Roerheide |', 'Städteregionsrat, Vorsitzender des Lenkungskreises'),
        ('miriam-schallenberg', SR, '| Dr. Miriam Schallenberg | Beigeordnete, Dezernat III – Bildung, Jugend und Integration | Städteregion Roerheide |', 'Beigeordnete, Dezernat III – Bildung, Jugend und Integration'),
        ('ulrich-wefers', 'a43', '| Ulrich Wefers | Amtsleiter | A 43 – Amt für Schulen |', 'Amtsleiter'),
        ('katrin-pohlmann-erbe', 'bildungsbuero', '| Katrin Pohlmann-Erbe | Leiterin, Geschäftsführung des Lenkungskreises | Bildungsbüro der Städteregion |', 'Leiterin, Geschäftsführung des Lenkungskreises'),
        ('jonas-terhorst', 'bildungsbuero', '| Jonas Terhorst | Bildungsmonitoring | Bildungsbüro der Städteregion |', 'Bildungsmonitoring'),
        ('sabine-offermanns', 'a51', '| Sabine Offermanns | Amtsleiterin | A 51 – Jugendamt |', 'Amtsleiterin'),
        ('aylin-karaca', 'ki', '| Aylin Karaca | Leiterin | Kommunales Integrationszentrum |', 'Leiterin'),
        ('bernd-klinkhammer', 'stadt-brueckweiler', '| Bernd Klinkhammer | Leiter des Jugendamts | Stadt Brückweiler |', 'Leiter des Jugendamts'),
        ('joerg-esser', 'stadt-eschweide', '| Dr. Jörg Esser | Erster Beigeordneter, Schuldezernent | Stadt Eschweide |', 'Erster Beigeordneter, Schuldezernent'),
        ('martina-quadflieg', 'stadt-monrath', '| Martina Quadflieg | Fachbereichsleiterin Schule und Sport | Stadt Monrath |', 'Fachbereichsleiterin Schule und Sport'),
        ('gudrun-velten', 'bezreg-koeln', "| LRSD'in Gudrun Velten | Dezernat 48, Schulaufsicht | Bezirksregierung Köln |", 'Dezernat 48, Schulaufsicht'),
        ('thomas-mevissen', 'schulamt', '| Thomas Mevissen | Schulrat | Schulamt für die Städteregion Roerheide |', 'Schulrat'),
        ('frank-derichs', 'jobcenter', '| Frank Derichs | Geschäftsführer | Jobcenter Städteregion Roerheide |', 'Geschäftsführer'),
        ('petra-lennartz', 'hwk-brueckweiler', '| Petra Lennartz | Geschäftsführerin Berufsbildung | Handwerkskammer Brückweiler |', 'Geschäftsführerin Berufsbildung')]
seen = set()
for p, o, ev, role in rows:
    rel(PR, p, 'memberOf', o, ev, role=role)
    if o not in seen:
        seen.add(o)
        rel(PR, o, 'participatesIn', 'lenkungskreis', ev, note='listed under "Teilnehmende" of the Lenkungskreis session')
rel(PR, 'lenkungskreis', 'chairedBy', 'hendrik-albers', 'Städteregionsrat, Vorsitzender des Lenkungskreises')
rel(PR, 'jonas-terhorst', 'memberOf', 'bildungsbuero', 'Protokoll: Jonas Terhorst (Bildungsbüro)', role='Protokoll')
rel(PR, 'lea-hambloch', 'memberOf', 'transferagentur', 'Dr. Lea Hambloch, Transferagentur Rhein-Maas (TOP 2)', note='guest')
rel(PR, 'carsten-niessen', 'memberOf', 'ibs', 'Prof. Dr. Carsten Nießen, Leiter des IBS an der FH Brückweiler', role='Leiter des IBS')
rel(PR, 'ibs', 'subOrganizationOf', 'fh-brueckweiler', 'Leiter des IBS an der FH Brückweiler')
rel(PR, 'annegret-schueller', 'memberOf', 'buergerstiftung', 'Annegret Schüller, Vorstandsvorsitzende der Bürgerstiftung Roerheide', role='Vorstandsvorsitzende')
rel(PR, 'hans-peter-wirtz', 'memberOf', 'gemeinde-huertenbach', 'Bürgermeister Hans-Peter Wirtz (Gemeinde Hürtenbach)', role='Bürgermeister')
rel(PR, 'martina-quadflieg', 'memberOf', 'stadt-monrath', 'die Stadt Monrath erstmals durch Frau Quadflieg vertreten wird', role='Vertreterin im Lenkungskreis')
rel(PR, 'stadt-monrath', 'participatesIn', 'lenkungskreis', 'die Stadt Monrath erstmals durch Frau Quadflieg vertreten wird')
rel(PR, SR, 'participatesIn', 'bildungskommunen', 'dass der Antrag der Städteregion im Programm „Bildungskommunen“ zum 01.01.2024 bewilligt wurde')
rel(PR, 'bildungsbuero', 'fundedBy', 'bmbf', 'Gefördert werden 2,5 Stellen im Bildungsbüro; die Förderung erfolgt durch das BMBF und den ESF Plus')
rel(PR, 'bildungsbuero', 'fundedBy', 'esf-plus', 'Gefördert werden 2,5 Stellen im Bildungsbüro; die Förderung erfolgt durch das BMBF und den ESF Plus')
rel(PR, SR, 'cooperatesWith', 'transferagentur', 'Am 27.02.2024 wurde die Zielvereinbarung mit der TA Rhein-Maas unterzeichnet')
rel(PR, 'transferagentur', 'carriedBy', 'ibg', 'dass die Agentur vom IBG e.V. getragen wird')
rel(PR, 'bildungsbuero', 'cooperatesWith', 'ibs', 'Erarbeitet wurden sie gemeinsam mit dem Institut für Bildungsforschung und Sozialraumanalyse',
    note='"sie" = the indicators presented by Herr Terhorst (Bildungsbüro)')
rel(PR, 'ak-uebergang-schule-beruf', 'chairedBy', 'bildungsbuero', 'Der Arbeitskreis wird gemeinsam vom Bildungsbüro und der Agentur für Arbeit Brückweiler geleitet')
rel(PR, 'ak-uebergang-schule-beruf', 'chairedBy', 'afa-brueckweiler', 'Der Arbeitskreis wird gemeinsam vom Bildungsbüro und der Agentur für Arbeit Brückweiler geleitet')
rel(PR, 'lernbruecke', 'participatesIn', 'ak-uebergang-schule-beruf', 'Neu aufgenommen wurde der Verein Lernbrücke Roerheide e.V.')
rel(PR, 'ak-fruehe-bildung', 'chairedBy', 'thomas-mevissen', 'Herr Mevissen und Frau Offermanns haben die Sprecherrolle übernommen')
rel(PR, 'ak-fruehe-bildung', 'chairedBy', 'sabine-offermanns', 'Herr Mevissen und Frau Offermanns haben die Sprecherrolle übernommen')
rel(PR, 'jugendamt-brueckweiler', 'participatesIn', 'ak-fruehe-bildung', 'Das Jugendamt der Stadt Brückweiler ist seit Juni 2024 mit zwei Fachberatungen vertreten')
rel(PR, 'ak-mint', 'chairedBy', 'petra-lennartz', 'Sprecherin ist Frau Lennartz')
rel(PR, 'stadt-eschweide', 'cooperatesWith', 'lernbruecke', 'dass die Stadt Eschweide gemeinsam mit der Lernbrücke einen dritten Standort')
rel(PR, 'uebergangslotsen', 'fundedBy', 'buergerstiftung', 'der Stiftungsrat der Bürgerstiftung die Förderung der Übergangslotsen')
rel(PR, 'uebergangslotsen', 'carriedBy', 'lernbruecke', 'Träger bleibt die Lernbrücke.')
rel(PR, 'ki', 'participatesIn', 'uebergangslotsen', 'das KI unterstützt die Ansprache über die Migrantenorganisationen')
rel(PR, 'bildungsbuero', 'cooperatesWith', 'lernbruecke', 'Das Bildungsbüro prüft gemeinsam mit der Lernbrücke Roerheide e.V.')
rel(PR, 'transferagentur', 'cooperatesWith', 'bildungsbuero', 'Für die Vorbereitung ist das Bildungsbüro zuständig, unterstützt von der Transferagentur')
rel(PR, 'afa-brueckweiler', 'cooperatesWith', 'jobcenter', 'In der Jugendberufsagentur arbeitet sie mit dem Jobcenter Städteregion Roerheide und dem A 51 zusammen',
    note='"sie" = the Agentur für Arbeit Brückweiler (author of the statement)')
rel(PR, 'afa-brueckweiler', 'cooperatesWith', 'a51', 'In der Jugendberufsagentur arbeitet sie mit dem Jobcenter Städteregion Roerheide und dem A 51 zusammen')
rel(PR, 'lenkungskreis', 'chairedBy', 'hendrik-albers', 'gez. Dr. Hendrik Albers (Vorsitz)')

# ---- Präsentation Bildungsbüro
rel(PP, 'bildungsbuero', 'participatesIn', 'rbn-roerheide', 'Geschäftsstelle des Regionalen Bildungsnetzwerks Roerheide', role='Geschäftsstelle',
    note='slide "Wer wir sind" of the Bildungsbüro')
rel(PP, 'kks-kaoa', 'subOrganizationOf', 'bildungsbuero', 'Kommunale Koordinierungsstelle „Kein Abschluss ohne Anschluss“')
rel(PP, 'kks-kaoa', 'participatesIn', 'kaoa', 'Kommunale Koordinierungsstelle „Kein Abschluss ohne Anschluss“')
rel(PP, 'hendrik-albers', 'memberOf', SR, 'Städteregionsrat Dr. Hendrik Albers', role='Städteregionsrat', note='organisation chart')
rel(PP, 'miriam-schallenberg', 'memberOf', 'dezernat-iii', 'Beigeordnete Dr. Miriam Schallenberg', role='Beigeordnete')
rel(PP, 'ulrich-wefers', 'memberOf', 'a43', 'Ulrich Wefers Sabine Offermanns Aylin Karaca', note='organisation chart, interleaved columns')
rel(PP, 'sabine-offermanns', 'memberOf', 'a51', 'Ulrich Wefers Sabine Offermanns Aylin Karaca', note='organisation chart, interleaved columns')
rel(PP, 'aylin-karaca', 'memberOf', 'ki', 'Ulrich Wefers Sabine Offermanns Aylin Karaca', note='organisation chart, interleaved columns')
for o in ['a43', 'a51', 'ki']:
    rel(PP, o, 'subOrganizationOf', 'dezernat-iii', 'A 43 A 51 Kommunales', note='organisation chart arrows below Dezernat III')
rel(PP, 'bildungsbuero', 'subOrganizationOf', 'a43', 'Bildungsbüro Leitung: Katrin Pohlmann-Erbe', note='organisation chart arrow below A 43')
rel(PP, 'katrin-pohlmann-erbe', 'memberOf', 'bildungsbuero', 'Leitung: Katrin Pohlmann-Erbe', role='Leitung')
rel(PP, SR, 'cooperatesWith', 'land-nrw', 'Grundlage: Kooperationsvertrag Städteregion – Land NRW (2018)')
rel(PP, 'lenkungskreis', 'chairedBy', 'hendrik-albers', 'Lenkungskreis (Vorsitz: Städteregionsrat)')
for b, ev in [('lenkungskreis', 'Lenkungskreis (Vorsitz: Städteregionsrat)'), ('bildungskonferenz', 'Bildungskonferenz (jährlich, ca. 250 Teilnehmende)'),
              ('ak-uebergang-schule-beruf', '– AK Übergang Schule–Beruf'), ('ak-fruehe-bildung', '– AK Frühe Bildung'), ('ak-mint', '– AK MINT (seit 2022)')]:
    rel(PP, b, 'subOrganizationOf', 'rbn-roerheide', ev, note='listed on the slide "Regionales Bildungsnetzwerk Roerheide"')
for o, ev in [('bezreg-koeln', '• Bezirksregierung Köln'), ('schulamt', '• Schulamt für die StädteRegion Roerheide'),
              ('afa-brueckweiler', '• Agentur für Arbeit Brückweiler'), ('stadt-brueckweiler', '• Stadt Brückweiler (mit eigenem Jugendamt)'),
              ('stadt-eschweide', '• Stadt Eschweide'), ('stadt-monrath', '• Stadt Monrath'), ('gemeinde-huertenbach', '• Gemeinde Hürtenbach'),
              ('hwk-brueckweiler', '• Handwerkskammer Brückweiler'), ('ihk-brueckweiler-roerheide', '• IHK Brückweiler-Roerheide'),
              ('jobcenter', '• Jobcenter Städteregion Roerheide'), ('fh-brueckweiler', '• FH Brückweiler – IBS'), ('ibs', '• FH Brückweiler – IBS'),
              ('buergerstiftung', '• Bürgerstiftung Roerheide'), ('lernbruecke', '• Lernbrücke Roerheide e.V.'),
              ('werkstatt-zukunft', '• Werkstatt Zukunft Roerheide gGmbH')]:
    rel(PP, 'bildungsbuero', 'cooperatesWith', o, ev, note='slide "Unsere Partner" of the Bildungsbüro')
rel(PP, 'jugendamt-brueckweiler', 'subOrganizationOf', 'stadt-brueckweiler', 'Stadt Brückweiler (mit eigenem Jugendamt)')
rel(PP, 'ibs', 'subOrganizationOf', 'fh-brueckweiler', '• FH Brückweiler – IBS')
rel(PP, 'uebergangslotsen', 'carriedBy', 'lernbruecke', 'Übergangslotsen Träger: Lernbrücke Roerheide e.V.')
rel(PP, 'uebergangslotsen', 'fundedBy', 'buergerstiftung', 'Förderung: Bürgerstiftung Roerheide')
rel(PP, 'mint-werkstatt-mobil', 'carriedBy', 'werkstatt-zukunft', 'MINT-Werkstatt mobil Träger: Werkstatt Zukunft Roerheide gGmbH')
rel(PP, 'werkstatt-zukunft', 'cooperatesWith', 'fh-brueckweiler', 'in Kooperation mit der FH Brückweiler', note='the project of the gGmbH is run in cooperation with the FH')
rel(PP, 'fh-brueckweiler', 'participatesIn', 'talentscouting', 'FH Brückweiler im Rahmen des NRW-Talentscoutings')
rel(PP, 'ak-uebergang-schule-beruf', 'chairedBy', 'bildungsbuero', 'AK Übergang Schule–Beruf: Bildungsbüro + Agentur für Arbeit Brückweiler',
    note='"Die Arbeitskreise werden von Tandems geleitet"')
rel(PP, 'ak-uebergang-schule-beruf', 'chairedBy', 'afa-brueckweiler', 'Schule–Beruf: Bildungsbüro + Agentur für Arbeit Brückweiler')
rel(PP, 'ausschuss-bildung-schule', 'subOrganizationOf', 'staedteregionstag', 'Ausschuss für Bildung und Schule des Städteregionstags')
rel(PP, 'transferagentur', 'cooperatesWith', 'bildungsbuero', 'Prozessbegleitung durch die Transferagentur Rhein-Maas seit 2022')
rel(PP, 'carsten-niessen', 'memberOf', 'ibs', 'Keynote: Prof. Dr. Carsten Nießen (IBS)')
for o, ev in [('jobcenter', 'Fachforen mit dem Jobcenter'), ('hwk-brueckweiler', 'der Handwerkskammer und dem KI'), ('ki', 'der Handwerkskammer und dem KI')]:
    rel(PP, o, 'participatesIn', 'bildungskonferenz', ev, note='fora of the Bildungskonferenz 2023')
rel(PP, 'ibs', 'subOrganizationOf', 'fh-brueckweiler', 'wissenschaftliche Begleitung: IBS der FH Brückweiler')
rel(PP, 'bildungskommunen', 'fundedBy', 'bmbf', 'Antrag im Programm „Bildungskommunen“ (BMBF / ESF Plus) eingereicht')
rel(PP, 'bildungskommunen', 'fundedBy', 'esf-plus', 'Antrag im Programm „Bildungskommunen“ (BMBF / ESF Plus) eingereicht')
rel(PP, 'katrin-pohlmann-erbe', 'memberOf', 'bildungsbuero', 'Katrin Pohlmann-Erbe (Leitung)', role='Leitung', note='contact block of the Bildungsbüro')
rel(PP, 'jonas-terhorst', 'memberOf', 'bildungsbuero', 'Jonas Terhorst (Bildungsmonitoring)', role='Bildungsmonitoring', note='contact block of the Bildungsbüro')
rel(PP, 'lena-brammertz', 'memberOf', 'kks-kaoa', 'Lena Brammertz (Kommunale Koordinierungsstelle KAoA)', note='contact block of the Bildungsbüro')

# =====================================================================
def locate(doc, s, near=None):
    """Lines where the (whitespace-normalised) string s starts, over both variants."""
    s = norm_ws(s)
    found = set()
    for txt, lines, _ in VAR[doc]:
        i = txt.find(s)
        while i >= 0:
            found.add(lines[i] if txt[i] != ' ' else lines[i + 1])
            i = txt.find(s, i + 1)
    return sorted(found)


def main():
    ids = {e['id'] for e in E}
    assert len(ids) == len(E), 'duplicate ids'
    # ---- entity occurrences
    matches = {d: [] for d in DOCS}  # (variant, start, end, eid, suppressor, suppressible)
    for e in E:
        forms = [e['name']] + ([] if e.get('only_name') else e['aliases'])
        for d in (DOCS if not e.get('only_name') else [TK]):
            for vi, (txt, lines, offs) in enumerate(VAR[d]):
                for f in forms:
                    for a, b in find_all(f, txt):
                        matches[d].append((vi, offs[a], offs[b - 1] + 1, e['id'], e['type'] != 'Measure', e.get('suppressible', False), f, lines[a]))
    occ = {e['id']: {} for e in E}
    used_forms = {e['id']: set() for e in E}
    for d in DOCS:
        ms = matches[d]
        for m in ms:
            vi, a, b, eid, sup, supp, f, ln = m
            if supp and any(o[3] != eid and o[4] and o[1] <= a and b <= o[2] and (o[2] - o[1]) > (b - a) for o in ms):
                continue
            occ[eid].setdefault(d, set()).add(ln)
            used_forms[eid].add(f)
    ent_by = {e['id']: e for e in E}
    ana = {e['id']: {} for e in E}
    for e in E:
        for d, s in e.get('extra', []):
            ls = locate(d, s)
            assert ls, ('extra not found', e['id'], d, s)
            occ[e['id']].setdefault(d, set()).update(ls[:1])
            ana[e['id']].setdefault(d, set()).update(ls[:1])
    out = []
    for e in E:
        o = occ[e['id']]
        forms = [e['name']] + e['aliases']
        missing = [f for f in forms if f not in used_forms[e['id']] and not (f == e['name'] and e.get('name_in_text') is False)]
        if missing:
            print('WARN forms never matched', e['id'], missing)
        rec = {'id': e['id'], 'type': e['type'], 'name': e['name'], 'aliases': e['aliases'],
               'docs': [d for d in DOCS if d in o],
               'lines': {d: sorted(o[d]) for d in DOCS if d in o}}
        if ana[e['id']]:
            rec['anaphoric_lines'] = {d: sorted(v) for d, v in ana[e['id']].items()}
        for k in ('role', 'affiliation', 'role_only', 'kind', 'priority', 'time_frame', 'responsible', 'goal', 'note'):
            if k in e:
                rec[k] = e[k]
        if e.get('name_in_text') is False:
            rec['name_in_text'] = False
        if not rec['docs']:
            print('ERROR entity without occurrences', e['id'])
        out.append(rec)
    # ---- relations
    rels = []
    errors = 0
    keyset = set()
    for r in R:
        for k in ('subject', 'object'):
            if r[k] not in ids:
                print('ERROR unknown id', r); errors += 1
        ls = locate(r['doc'], r['evidence'])
        if not ls:
            print('ERROR evidence not found', r['doc'], r['evidence']); errors += 1; continue
        if len(ls) > 1 and r['near'] is None:
            # pick the first occurrence; report for review
            print('NOTE multiple occurrences, first taken', r['doc'], ls, r['evidence'][:60])
        line = ls[0] if r['near'] is None else min(ls, key=lambda x: abs(x - r['near']))
        key = (r['doc'], r['subject'], r['predicate'], r['object'], line)
        if key in keyset:
            print('ERROR duplicate relation', key); errors += 1
        keyset.add(key)
        rec = {'subject': r['subject'], 'predicate': r['predicate'], 'object': r['object'], 'doc': r['doc'],
               'line': line, 'evidence': r['evidence']}
        if r['role']:
            rec['role'] = r['role']
        if r['note']:
            rec['note'] = r['note']
        rels.append(rec)
    json.dump(out, open(os.path.join(ROOT, 'gold', 'entities.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
    json.dump(rels, open(os.path.join(ROOT, 'gold', 'relations.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
    json.dump(masks(), open(os.path.join(ROOT, 'gold', 'transfer_objects.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
    print('entities', len(out), 'relations', len(rels), 'errors', errors)


FIELDS = [('PRODUKTBEZEICHNUNG', None), ('KURZBESCHREIBUNG', 'kurzbeschreibung'), ('PRODUKTTyP', 'produkttyp'),
          ('AUSGANGSSITUATION', 'ausgangssituation'), ('ZIELE UND ANFORDERUNGEN', 'ziele'), ('METHODEN, UMSETZUNG', 'methoden'),
          ('RESSOURCEN', 'ressourcen'), ('PROJEKTPLAN', 'projektplan'), ('BETEILIGTE AKTEURE', 'beteiligte_akteure'),
          ('MARKETING', 'marketing'), ('GELINGENSBEDINGUNGEN', 'gelingensbedingungen'), ('HERAUSFORDERUNGEN', 'herausforderungen'),
          ('ANMERKUNGEN', 'anmerkungen'), ('POTENZIELLE TRANSFER-ADRESSATEN', 'transfer_adressaten')]
MASKS = [
    ('4.2.3.1', 'Datenkompass Roerheide – kommunales Bildungsmonitoring', 'Daten', 19, {
        'Bildungsbüro der Städteregion Roerheide': ['Bildungsbüro der Städteregion Roerheide'],
        'A 43 – Amt für Schulen; A 51': ['A 43 – Amt für Schulen', 'A 51 – Jugendamt'],
        'Jugendamt der Stadt Brückweiler': ['Jugendamt der Stadt Brückweiler'],
        'Kommunales Integrationszentrum': ['Kommunales Integrationszentrum'],
        'Jobcenter Städteregion Roerheide': ['Jobcenter Städteregion Roerheide', 'Agentur für Arbeit Brückweiler'],
        'IBS der Fachhochschule': ['Institut für Bildungsforschung und Sozialraumanalyse', 'Fachhochschule Brückweiler'],
        'IT.NRW': ['IT.NRW']}),
    ('4.3.3.2', 'Lenkungskreis des Regionalen Bildungsnetzwerks', 'Diskurs', 27, {
        'Städteregionsrat (Vorsitz)': ['Städteregionsrat (Dr. Hendrik Albers)', 'Dezernat III – Bildung, Jugend und Integration'],
        'Stadt Brückweiler, Stadt Eschweide': ['Stadt Brückweiler', 'Stadt Eschweide', 'Stadt Monrath', 'Gemeinde Hürtenbach'],
        'Bezirksregierung Köln; Schulamt': ['Bezirksregierung Köln', 'Schulamt für die Städteregion Roerheide'],
        'Jobcenter, Agentur für Arbeit': ['Jobcenter Städteregion Roerheide', 'Agentur für Arbeit Brückweiler', 'Handwerkskammer Brückweiler', 'IHK Brückweiler-Roerheide'],
        'Bildungsbüro (Geschäftsstelle)': ['Bildungsbüro der Städteregion Roerheide']}),
    ('4.5.3.1', 'Übergangslotsen an Schulen der Sekundarstufe I', 'Maßnahmen', 41, {
        'Lernbrücke Roerheide e.V. (Träger)': ['Lernbrücke Roerheide e.V.'],
        'Bürgerstiftung Roerheide (Förderung)': ['Bürgerstiftung Roerheide'],
        'Kommunale Koordinierungsstelle KAoA': ['Kommunale Koordinierungsstelle KAoA'],
        'Handwerkskammer Brückweiler; Agentur': ['Handwerkskammer Brückweiler', 'Agentur für Arbeit Brückweiler'],
        'Schulen der Sekundarstufe I in': ['Schulen der Sekundarstufe I (Eschweide, Monrath, Hürtenbach)']}),
]


def masks():
    lines = TEXT[TK].split('\n')
    res = []
    for i, (sec, title, fn, page, actors) in enumerate(MASKS):
        start = next(n for n, l in enumerate(lines, 1) if norm_ws(l) == sec + ' ' + title)
        nxt = [next(n for n, l in enumerate(lines, 1) if norm_ws(l) == s2 + ' ' + t2) for s2, t2, *_ in MASKS[i + 1:]]
        end = nxt[0] if nxt else len(lines) + 1
        heads = []
        for n in range(start, end):
            l = lines[n - 1]
            if l.startswith(' ') and l.strip() and l.strip().isupper() is not None:
                for lab, key in FIELDS:
                    if l.strip().startswith(lab):
                        heads.append((n, key))
        present, empty, bet = [], [], []
        for j, (n, key) in enumerate(heads):
            if key is None:
                continue
            stop = heads[j + 1][0] if j + 1 < len(heads) else end
            body = [(m, lines[m - 1]) for m in range(n + 1, stop)
                    if lines[m - 1].strip() and not re.match(r'^ ?[A-ZÄÖÜ]+( [0-9.]+ .*)?$', lines[m - 1].strip() if False else lines[m - 1])
                    and not re.fullmatch(r'\d+', lines[m - 1].strip())
                    and not re.match(r'^ (DATEN|DISKURS|MASSNAHMEN)\b', lines[m - 1])]
            (present if body else empty).append(key)
            if key == 'beteiligte_akteure':
                for m, l in body:
                    t = norm_ws(l.replace('•', ''))
                    acts = next(v for k, v in actors.items() if t.startswith(k))
                    bet.append({'text': t, 'line': m, 'actors': acts})
        res.append({'section': sec, 'title': title, 'kbm_function': fn, 'catalogue_page': page, 'start_line': start,
                    'fields_present': present, 'fields_empty': empty, 'fields_missing': [],
                    'beteiligte_akteure': bet, 'doc': TK})
    return res


if __name__ == '__main__':
    main()
