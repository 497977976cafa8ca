"""Builds gold/*.json from the definitions below by locating every surface form and
every relation's evidence in the corpus (whitespace-normalised, word-bounded)."""
import json, re, os, sys
BASE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
D = {'K': 'boddenmark-transferkatalog', 'A': 'boddenmark-arbeitspakete',
     'Z': 'boddenmark-zielvereinbarung-tao', 'P': 'boddenmark-steuerungsgruppe-2024-09',
     'S': 'tao-vortrag-boddenmark-2024'}
EXT = {'P': '.md'}
def norm(s): return re.sub(r'\s+', ' ', s).strip()
LINES = {}
for k, stem in D.items():
    with open(os.path.join(BASE, 'corpus', stem + EXT.get(k, '.txt')), encoding='utf-8') as f:
        LINES[stem] = [norm(l) for l in f.read().split('\n')]
def pat(form): return re.compile(r'(?<![\w-])' + re.escape(norm(form)) + r'(?![\w-])')

E = []
def ent(id, typ, name, aliases=(), **kw):
    E.append(dict(id=id, type=typ, name=name, aliases=list(aliases), **kw))
M, O, B, P, PE, AF, TO = 'Municipality', 'Organization', 'Body', 'Programme', 'Person', 'ActionField', 'TransferObject'
ent('lk-boddenmark', M, 'Landkreis Boddenmark', ['Landkreises Boddenmark', 'Kreisverwaltung Boddenmark', 'Kreisverwaltung'])
ent('hst-sundmuende', M, 'Hansestadt Sundmünde', ['Hansestadt Sundmiinde'])
ent('stadt-krakenow', M, 'Stadt Krakenow', ['Krakenow'])
ent('gem-ostseebad-luebzin', M, 'Gemeinde Ostseebad Lübzin', ['Ostseebad Lübzin', 'Ostseebad Liibzin', 'Lübzin'])
ent('amt-moorhagen-land', M, 'Amt Moorhagen-Land', ['Moorhagen-Land', 'Ämter Moorhagen-Land'])
ent('amt-ziesetal', M, 'Amt Ziesetal', ['Ziesetal'])
ent('gem-moorhagen', M, 'Gemeinde Moorhagen', ['Moorhagen'])
ent('gem-zarnekvitz', M, 'Gemeinde Zarnekvitz', ['Zarnekvitz'])
ent('gem-schwinkenhof', M, 'Gemeinde Schwinkenhof', ['Schwinkenhof'])
ent('gem-wiekenbeck', M, 'Gemeinde Wiekenbeck', ['Wiekenbeck'])
ent('gem-proellin', M, 'Gemeinde Pröllin', ['Pröllin'])
ent('gem-zieskow', M, 'Gemeinde Zieskow', ['Zieskow'])

ent('fb2', O, 'Fachbereich 2 Bildung, Jugend und Soziales', ['Fachbereich 2', 'FB 2', 'Fachbereich 2 – Bildung, Jugend und Soziales'])
ent('fd-schule-sport', O, 'Fachdienst Schule und Sport', [])
ent('fd-jugend', O, 'Fachdienst Jugend', ['Fachdienstes Jugend'])
ent('bildungsbuero', O, 'Bildungsbüro des Landkreises Boddenmark', ['Bildungsbüro', 'Bildungsbüros', 'Bildungsbiiros', 'Bildungsbiiro'])
ent('stabsstelle-kreisentwicklung', O, 'Stabsstelle Kreisentwicklung und Statistik', ['Stabsstelle'])
ent('schulamt-greifswald', O, 'Staatliches Schulamt Greifswald', ['Staatlichen Schulamt Greifswald', 'Staatliche Schulamt Greifswald', 'Staatlichen Schulamtes Greifswald', 'Staatlichen Schulamt', 'Staatliche Schulamt', 'Staatlichen Schulamtes', 'Schulamt'])
ent('mbk-mv', O, 'Ministerium für Bildung und Kindertagesförderung Mecklenburg-Vorpommern', ['Ministerium für Bildung und Kindertagesförderung', 'Ministerium fiir Bildung und Kindertagesforderung', 'Ministerium für Bildung und Kindertagesförderung M-V'])
ent('tao', O, 'Transferagentur Ostseeküste für Kommunales Bildungsmanagement', ['Transferagentur Ostseeküste', 'TAO', 'Transferagentur', 'Transferagentur Ostseekiiste', 'Transferagentur Ostseekiiste fiir Kommunales Bildungsmanagement'])
ent('bmbf', O, 'Bundesministerium für Bildung und Forschung', ['BMBF', 'Bundesministeriums für Bildung und Forschung'])
ent('statamt-mv', O, 'Statistisches Amt Mecklenburg-Vorpommern', ['Statistische Amt M-V'])
ent('afa-sundmuende', O, 'Agentur für Arbeit Sundmünde', ['Agentur fiir Arbeit Sundmiinde'])
ent('jobcenter-boddenmark', O, 'Jobcenter Boddenmark', [])
ent('ihk-sundmuende', O, 'IHK zu Sundmünde', ['IHK zu Sundmiinde'])
ent('kreishandwerkerschaft', O, 'Kreishandwerkerschaft Boddenmark', ['Kreishandwerkerschaft'])
ent('jba-boddenmark', O, 'Jugendberufsagentur Boddenmark', ['Jugendberufsagentur', 'JBA'])
ent('kvhs-boddenmark', O, 'Kreisvolkshochschule Boddenmark', ['Kreisvolkshochschule', 'KVHS', 'KVHS Boddenmark'])
ent('kms-boddenmark', O, 'Kreismusikschule Boddenmark', ['Kreismusikschule'])
ent('hs-sundmuende', O, 'Hochschule Sundmünde', ['Hochschule Sundmiinde'])
ent('institut-bildungsplanung', O, 'Institut für Bildungsplanung (Hochschule Sundmünde)', ['Institut für Bildungsplanung'])
ent('hanne-lueders-stiftung', O, 'Hanne-Lüders-Stiftung', ['Hanne-Liiders-Stiftung'])
ent('lernwerkstatt-haffkueste', O, 'Lernwerkstatt Haffküste e.V.', ['Lernwerkstatt Haffkiiste e.V.'])
ent('bildungswerk-nordlicht', O, 'Bildungswerk Nordlicht gGmbH', [])
ent('kreisjugendring', O, 'Kreisjugendring Boddenmark e.V.', [])

ent('kreistag', B, 'Kreistag Boddenmark', ['Kreistag', 'Kreistages'])
ent('ausschuss-bks', B, 'Ausschuss für Bildung, Kultur und Sport', ['Ausschuss fiir Bildung, Kultur und Sport', 'Bildungsausschuss'])
ent('jugendhilfeausschuss', B, 'Jugendhilfeausschuss', [])
ent('bildungsnetzwerk', B, 'Bildungsnetzwerk Boddenmark', ['Bildungsnetzwerk', 'Bildungsnetzwerks'])
ent('steuerungsgruppe', B, 'Steuerungsgruppe des Bildungsnetzwerks Boddenmark', ['Steuerungsgruppe', 'Steuerungsgruppe des Bildungsnetzwerks'])
ent('ag-fruehe-bildung', B, 'AG Frühe Bildung und Übergang Kita–Grundschule', ['AG Frühe Bildung', 'AG Friihe Bildung'])
ent('ag-schule-beruf', B, 'AG Schule–Beruf', [])
ent('ag-lll-kulturelle-bildung', B, 'AG Lebenslanges Lernen und Kulturelle Bildung', [])
ent('bildungskonferenz', B, 'Bildungskonferenz des Landkreises Boddenmark', ['Bildungskonferenz'])
ent('netzwerk-bildungsbueros-mv', B, 'Landesweites Netzwerk der Bildungsbüros', ['Netzwerk der Bildungsbiiros'])

ent('bildungskommunen', P, 'Bildungskommunen', [])
ent('esf-plus', P, 'ESF Plus', ['ESF Plus-Programm'])
ent('transferinitiative', P, 'Transferinitiative Kommunales Bildungsmanagement', ['Transferinitiative'])
ent('lernlotsen', P, 'Lernlotsen im ländlichen Raum', ['Lernlotsen', 'Lernlotsen im landlichen Raum'])
ent('mint-kutter', P, 'MINT-Kutter', ['MINT-Kutters'])
ent('lesekoffer', P, 'Lesekoffer Boddenmark', [])
ent('heimathafen', P, 'Heimathafen Boddenmark', [])

def person(id, name, aliases, role, aff):
    ent(id, PE, name, aliases, role=role, affiliation=aff)
person('birte-stellmacher', 'Dr. Birte Stellmacher', ['Birte Stellmacher', 'Landrätin', 'Landratin'], 'Landrätin; Vorsitzende der Steuerungsgruppe', 'Landkreis Boddenmark')
person('holger-brueningk', 'Holger Brüningk', ['Herr Brüningk'], 'Leiter Fachbereich 2 Bildung, Jugend und Soziales', 'Landkreis Boddenmark')
person('anke-tessmer-wolff', 'Anke Tessmer-Wolff', ['Frau Tessmer-Wolff'], 'Leiterin Bildungsbüro', 'Bildungsbüro des Landkreises Boddenmark')
person('lasse-pieplow', 'Dr. Lasse Pieplow', ['Lasse Pieplow', 'Dr. Pieplow', 'L. Pieplow'], 'Bildungsmonitoring', 'Bildungsbüro des Landkreises Boddenmark')
person('maren-quandt', 'Maren Quandt', ['Frau Quandt', 'M. Quandt'], 'Bildungsmanagerin; Geschäftsführung der Steuerungsgruppe', 'Bildungsbüro des Landkreises Boddenmark')
person('marlene-ziems', 'Marlene Ziems', [], 'Protokoll', 'Bildungsbüro des Landkreises Boddenmark')
person('kerstin-behnke-lorenz', 'Kerstin Behnke-Lorenz', ['Frau Behnke-Lorenz', 'K. Behnke-Lorenz'], 'Schulrätin', 'Staatliches Schulamt Greifswald')
person('torsten-ahlgrimm', 'Dr. Torsten Ahlgrimm', [], 'Gast der Steuerungsgruppe', 'Ministerium für Bildung und Kindertagesförderung')
person('friederike-sodemann', 'Dr. Friederike Sodemann', [], 'Leiterin', 'Transferagentur Ostseeküste')
person('ole-ramelow', 'Ole Ramelow', ['Herrn Ramelow', 'Herr Ramelow'], 'Prozessbegleitung', 'Transferagentur Ostseeküste')
person('janne-krueger', 'Janne Krüger', [], 'Team Mecklenburg-Vorpommern', 'Transferagentur Ostseeküste')
person('ruediger-plath', 'Rüdiger Plath', [], 'Vorsitzender des Ausschusses für Bildung, Kultur und Sport; Kreistagsmitglied', 'Kreistag Boddenmark')
person('sabine-luedemann', 'Sabine Lüdemann', [], 'Vorsitzende des Jugendhilfeausschusses', 'Kreistag Boddenmark')
person('carsten-reinke', 'Carsten Reinke', ['Herr Reinke'], 'Bereichsleiter', 'Agentur für Arbeit Sundmünde')
person('nadine-voss', 'Nadine Voß', ['Frau Voß', 'N. Voß'], 'Koordinatorin', 'Jugendberufsagentur Boddenmark')
person('frank-dethloff', 'Frank Dethloff', ['Herr Dethloff'], 'Leiter', 'Kreisvolkshochschule Boddenmark')
person('imke-sass', 'Imke Sass', ['Frau Sass'], 'Leiterin', 'Kreismusikschule Boddenmark')
person('henning-grawe', 'Prof. Dr. Henning Grawe', ['Prof. Grawe'], 'Prorektor für Studium und Weiterbildung', 'Hochschule Sundmünde')
person('petra-gundlach', 'Petra Gundlach', ['Frau Gundlach'], 'Leitende Verwaltungsbeamtin', 'Amt Moorhagen-Land')
person('thoralf-kamin', 'Thoralf Kamin', ['Herr Kamin'], 'Geschäftsführer', 'Bildungswerk Nordlicht gGmbH')
person('bernd-wilken', 'Bernd Wilken', [], 'Vorsitzender', 'Lernwerkstatt Haffküste e.V.')
person('gesa-lueders-hansen', 'Gesa Lüders-Hansen', [], 'Vorstand, zuständig für Bildungsprojekte', 'Hanne-Lüders-Stiftung')
person('axel-rehberg', 'Axel Rehberg', [], 'Bürgermeister', 'Hansestadt Sundmünde')

ent('af-bildungsmonitoring', AF, 'Bildungsmonitoring', [])
ent('af-uebergang-kita-gs', AF, 'Übergang Kita–Grundschule', ['Ubergang Kita - Grundschule', 'Kita–Grundschule', 'Kita-Grundschule'])
ent('af-uebergang-schule-beruf', AF, 'Übergang Schule–Beruf', ['Ubergang Schule - Beruf'])
ent('af-uebergaenge', AF, 'Übergänge', ['Ubergange'])
ent('af-fachkraeftesicherung', AF, 'Fachkräftesicherung', ['Fachkraftesicherung', 'Fachkréfte', 'Fachkräfte'])
ent('af-lebenslanges-lernen', AF, 'Lebenslanges Lernen', ['lebenslangen Lernens', 'Lebenslanges Lernen'])
ent('af-kulturelle-bildung', AF, 'Kulturelle Bildung', ['kulturellen Bildung'])
ent('af-fruehe-bildung', AF, 'Frühe Bildung', [])

ent('to-4.2.3.1', TO, 'Bildungsmonitoring-Kompass Boddenmark', ['Bildungsmonitoring-Kompass', 'Bildungsmonitoring-Kompasses', 'BILDungSMonITorIng-KoMPASS BoDDenMArK'])
ent('to-4.3.3.2', TO, 'Steuerungsgruppe des Bildungsnetzwerks', ['STeuerungSgruPPe DeS BILDungSneTZWerKS'])
ent('to-4.5.3.1', TO, 'Lernlotsen im ländlichen Raum', ['LernLoTSen IM LÄnDLIchen rAuM'])

# Measures: work packages (A) and goals/measures of Anlage 1 (Z)
AP = [(1, 'Bestandsaufnahme und Verstetigung'), (2, 'Bildungsleitbild'), (3, 'Bildungskonferenz'),
      (4, 'Steuerung und Gremienarbeit'), (5, 'Kooperation mit dem Land'), (6, 'Bildungsmonitoring'),
      (7, 'Bildungsbericht'), (8, 'Ubergang Kita - Grundschule'),
      (9, 'Ubergang Schule - Beruf und Jugendberufsagentur'), (10, 'Fachkraftesicherung'),
      (11, 'Lebenslanges Lernen und Kulturelle Bildung'), (12, 'Kommunikation und Offentlichkeitsarbeit'),
      (13, 'Netzwerkarbeit und Transfer')]
for n, t in AP:
    ent('ap-%d' % n, 'Measure', 'AP %d %s' % (n, t), ['AP %d' % n])
ZM = [('Z1', 'Das Bildungsmonitoring ist als kontinuierliche Aufgabe der Kreisverwaltung verankert.', 'Das Bildungsmonitoring ist als kontinuierliche Aufgabe der'),
      ('M1.1', 'Jährlicher Bildungsmonitoring-Kompass mit kleinräumigen Daten', None),
      ('M1.2', 'Qualifizierung der Mitarbeitenden in Indikatorenbildung', None),
      ('M1.3', 'Datenlieferungsvereinbarung mit dem Schulamt', None),
      ('Z2', 'Übergänge von der Kita in die Grundschule und von der Schule in den Beruf werden kreisweit abgestimmt gestaltet.', 'Übergänge von der Kita in die Grundschule und von der Schule in den'),
      ('M2.1', 'Kooperationskalender Kita–Grundschule in allen Ämtern', None),
      ('M2.2', 'Weiterentwicklung der Jugendberufsagentur Boddenmark zu einem gemeinsamen Anlaufpunkt', 'Weiterentwicklung der Jugendberufsagentur Boddenmark zu einem'),
      ('M2.3', 'Beratung der Steuerungsgruppe zu Wirkungszielen am Übergang Schule–Beruf', 'Beratung der Steuerungsgruppe zu Wirkungszielen am Übergang'),
      ('Z3', 'Angebote des lebenslangen Lernens erreichen Menschen im ländlichen Raum.', 'Angebote des lebenslangen Lernens erreichen Menschen im ländlichen'),
      ('M3.1', 'Ausweitung des Projekts „Lernlotsen“ auf das Amt Ziesetal', None),
      ('M3.2', 'Kulturelle Bildung in Dorfschulen: Kooperationsmodell der Kreismusikschule mit Grundschulen', 'Kulturelle Bildung in Dorfschulen: Kooperationsmodell der'),
      ('Z4', 'Das Bildungsnetzwerk Boddenmark ist dauerhaft arbeitsfähig.', None),
      ('M4.1', 'Evaluation der Geschäftsordnung der Steuerungsgruppe', None),
      ('M4.2', 'Verstetigungskonzept für das Bildungsbüro', None)]
for code, t, first in ZM:
    al = [code] + ([code + ' ' + first] if first else [])
    ent('zv-' + code.lower(), 'Measure', code + ' ' + t, al)

R = []
def rel(s, p, o, d, ev, role=None, note=None, nth=0):
    R.append(dict(subject=s, predicate=p, object=o, doc=D[d], evidence=ev, role=role, note=note, nth=nth))
# ---- K: transfer catalogue
rel('lk-boddenmark', 'cooperatesWith', 'schulamt-greifswald', 'K', 'Gemeinsam mit dem Staatlichen Schulamt Greifswald', note='Vorwort, "wir" = Landkreis')
rel('lk-boddenmark', 'cooperatesWith', 'mbk-mv', 'K', 'Ministerium für Bildung und Kindertagesförderung Mecklenburg-Vorpommern')
rel('lk-boddenmark', 'cooperatesWith', 'tao', 'K', 'und der Transferagentur Ostseeküste für Kommunales Bildungsmanagement')
rel('lk-boddenmark', 'participatesIn', 'bildungskommunen', 'K', 'Möglich wurde dies durch das Programm „Bildungskommunen“')
rel('bildungsbuero', 'fundedBy', 'bmbf', 'K', 'Bundesministerium für Bildung und Forschung und der Europäische')
rel('bildungsbuero', 'fundedBy', 'esf-plus', 'K', 'Sozialfonds Plus den Aufbau unseres Bildungsbüros fördern')
rel('birte-stellmacher', 'memberOf', 'lk-boddenmark', 'K', 'Landrätin des Landkreises Boddenmark', role='Landrätin', note='signature of the foreword')
rel('fb2', 'subOrganizationOf', 'lk-boddenmark', 'K', 'ist in der Kreisverwaltung im Fach-')
rel('holger-brueningk', 'memberOf', 'fb2', 'K', 'den Holger Brüningk als Fachbereichsleiter führt', role='Fachbereichsleiter')
rel('fd-schule-sport', 'subOrganizationOf', 'fb2', 'K', 'der Fachdienst Schule und Sport sowie der Fachdienst Jugend')
rel('fd-jugend', 'subOrganizationOf', 'fb2', 'K', 'der Fachdienst Schule und Sport sowie der Fachdienst Jugend')
rel('bildungsbuero', 'subOrganizationOf', 'fb2', 'K', 'Das Bildungsbüro ist als eigenes Sachgebiet unmittelbar', note='"der Fachbereichsleitung zugeordnet"')
rel('anke-tessmer-wolff', 'memberOf', 'bildungsbuero', 'K', 'Anke Tessmer-Wolff.', role='Leitung', note='"Geleitet wird es seit 2022 von" (previous line)')
rel('bildungsbuero', 'cooperatesWith', 'stabsstelle-kreisentwicklung', 'K', 'mit der Stabsstelle Kreisentwicklung und Statistik zusammen')
rel('stabsstelle-kreisentwicklung', 'subOrganizationOf', 'lk-boddenmark', 'K', 'Landrat angesiedelt ist', note='Stabsstelle "beim Landrat"')
rel('ausschuss-bks', 'chairedBy', 'ruediger-plath', 'K', 'Rüdiger Plath inne')
rel('ruediger-plath', 'memberOf', 'kreistag', 'K', 'Vorsitz im Bildungsausschuss hat derzeit Kreistagsmitglied', role='Kreistagsmitglied')
rel('jugendhilfeausschuss', 'chairedBy', 'sabine-luedemann', 'K', 'Sabine Lüdemann geleitet')
rel('steuerungsgruppe', 'subOrganizationOf', 'bildungsnetzwerk', 'K', 'tungen. Seine Arbeit wird von einer Steuerungsgruppe gelenkt, in der')
rel('steuerungsgruppe', 'chairedBy', 'birte-stellmacher', 'K', 'die Landrätin den Vorsitz führt')
rel('lk-boddenmark', 'participatesIn', 'steuerungsgruppe', 'K', 'Neben der Kreisverwaltung wirken dort')
rel('schulamt-greifswald', 'participatesIn', 'steuerungsgruppe', 'K', 'das Staatliche Schulamt Greifswald, die Agentur für Arbeit Sundmünde,')
rel('afa-sundmuende', 'participatesIn', 'steuerungsgruppe', 'K', 'das Staatliche Schulamt Greifswald, die Agentur für Arbeit Sundmünde,')
rel('ihk-sundmuende', 'participatesIn', 'steuerungsgruppe', 'K', 'die IHK zu Sundmünde, die Kreisvolkshochschule Boddenmark und die')
rel('kvhs-boddenmark', 'participatesIn', 'steuerungsgruppe', 'K', 'die IHK zu Sundmünde, die Kreisvolkshochschule Boddenmark und die')
rel('hs-sundmuende', 'participatesIn', 'steuerungsgruppe', 'K', 'Hochschule Sundmünde mit.')
for ag, ev in [('ag-fruehe-bildung', 'AG Frühe Bildung und Übergang Kita–Grundschule'), ('ag-schule-beruf', 'AG Schule–Beruf (zugleich Fachbeirat der Jugendberufsagentur)'), ('ag-lll-kulturelle-bildung', 'AG Lebenslanges Lernen und Kulturelle Bildung')]:
    rel(ag, 'subOrganizationOf', 'bildungsnetzwerk', 'K', ev, note='one of the "drei Arbeitsgruppen" of the Bildungsnetzwerk')
rel('kvhs-boddenmark', 'participatesIn', 'ag-lll-kulturelle-bildung', 'K', 'der Kreisvolkshochschule und der Kreismusikschule Boddenmark koordi-', note='AG "wird gemeinsam von ... koordiniert"')
rel('kms-boddenmark', 'participatesIn', 'ag-lll-kulturelle-bildung', 'K', 'der Kreisvolkshochschule und der Kreismusikschule Boddenmark koordi-')
rel('lk-boddenmark', 'cooperatesWith', 'schulamt-greifswald', 'K', 'Mit ihm und dem Ministerium für Bildung', note='"ihm" = Staatliches Schulamt; Kooperationsvereinbarung since 2023')
rel('lk-boddenmark', 'cooperatesWith', 'mbk-mv', 'K', 'Mit ihm und dem Ministerium für Bildung')
rel('lk-boddenmark', 'cooperatesWith', 'tao', 'K', 'Begleitet wird der Landkreis von der Transferagentur Ostseeküste')
rel('tao', 'carriedBy', 'hs-sundmuende', 'K', 'die von der Hochschule Sundmünde getragen wird')
rel('jba-boddenmark', 'carriedBy', 'lk-boddenmark', 'K', 'Die Jugendberufsagentur Boddenmark ist ein Bündnis aus Landkreis,', note='Bündnis of three partners')
rel('jba-boddenmark', 'carriedBy', 'afa-sundmuende', 'K', 'Agentur für Arbeit Sundmünde und Jobcenter Boddenmark; ihre Geschäfts-')
rel('jba-boddenmark', 'carriedBy', 'jobcenter-boddenmark', 'K', 'Agentur für Arbeit Sundmünde und Jobcenter Boddenmark; ihre Geschäfts-')
rel('jba-boddenmark', 'carriedBy', 'lk-boddenmark', 'K', 'für Beruf arbeiten Landkreis, Agentur' if False else 'Beruf arbeiten Landkreis, Agentur', note='"unter dem Dach der Jugendberufsagentur"')
rel('jba-boddenmark', 'carriedBy', 'afa-sundmuende', 'K', 'für Arbeit Sundmünde und Jobcenter Boddenmark seit 2023 unter dem')
rel('jba-boddenmark', 'carriedBy', 'jobcenter-boddenmark', 'K', 'für Arbeit Sundmünde und Jobcenter Boddenmark seit 2023 unter dem')
rel('nadine-voss', 'memberOf', 'jba-boddenmark', 'K', 'JBA von Nadine Voß, die dem Fachdienst Jugend angehört', role='Koordinatorin', note='"Koordiniert wird die JBA von"')
rel('nadine-voss', 'memberOf', 'fd-jugend', 'K', 'JBA von Nadine Voß, die dem Fachdienst Jugend angehört')
rel('ihk-sundmuende', 'participatesIn', 'ag-schule-beruf', 'K', 'die IHK zu Sundmünde und die Kreishandwerkerschaft Boddenmark', note='"sind über die AG Schule–Beruf eingebunden" (next line)')
rel('kreishandwerkerschaft', 'participatesIn', 'ag-schule-beruf', 'K', 'die IHK zu Sundmünde und die Kreishandwerkerschaft Boddenmark')
rel('kvhs-boddenmark', 'subOrganizationOf', 'lk-boddenmark', 'K', 'Die Kreisvolkshochschule Boddenmark ist eine Einrichtung des Land-')
rel('frank-dethloff', 'memberOf', 'kvhs-boddenmark', 'K', 'kreises und wird von Frank Dethloff geleitet', role='Leiter')
rel('kms-boddenmark', 'subOrganizationOf', 'fd-schule-sport', 'K', 'gehört zum Fachdienst Schule und Sport')
rel('imke-sass', 'memberOf', 'kms-boddenmark', 'K', 'deren Leiterin Imke Sass ist', role='Leiterin')
rel('institut-bildungsplanung', 'subOrganizationOf', 'hs-sundmuende', 'K', 'Die Hochschule Sundmünde ist mit ihrem Institut für Bildungsplanung')
rel('henning-grawe', 'memberOf', 'hs-sundmuende', 'K', 'Prof. Dr. Henning Grawe vertritt sie in der Steuerungsgruppe', role='Prorektor', note='"Prorektor" at end of previous line')
rel('hs-sundmuende', 'participatesIn', 'steuerungsgruppe', 'K', 'Prof. Dr. Henning Grawe vertritt sie in der Steuerungsgruppe')
rel('hs-sundmuende', 'participatesIn', 'mint-kutter', 'K', 'den MINT-Kutter der Lernwerkstatt Haffküste e.V. wissenschaft-', note='"sie begleitet ... wissenschaftlich"')
rel('mint-kutter', 'carriedBy', 'lernwerkstatt-haffkueste', 'K', 'den MINT-Kutter der Lernwerkstatt Haffküste e.V. wissenschaft-')
rel('bernd-wilken', 'memberOf', 'lernwerkstatt-haffkueste', 'K', 'dessen Vorsitzender Bernd Wilken ist', role='Vorsitzender')
rel('mint-kutter', 'fundedBy', 'esf-plus', 'K', 'gefördert wird das Vorhaben aus dem ESF Plus')
rel('lesekoffer', 'carriedBy', 'hanne-lueders-stiftung', 'K', 'Ihr eigenes Projekt „Lesekoffer', note='"Ihr" = Hanne-Lüders-Stiftung (previous sentence)')
rel('gesa-lueders-hansen', 'memberOf', 'hanne-lueders-stiftung', 'K', 'Vorstand ist Gesa Lüders-Hansen für die Bildungsprojekte zuständig', role='Vorstand (Bildungsprojekte)')
for g in ['gem-moorhagen', 'gem-zarnekvitz', 'gem-schwinkenhof']:
    rel(g, 'subOrganizationOf', 'amt-moorhagen-land', 'K', 'den Moorhagen, Zarnekvitz und Schwinkenhof dem Amt Moorhagen-Land an,', note='amtsangehörige Gemeinde')
for g in ['gem-wiekenbeck', 'gem-proellin']:
    rel(g, 'subOrganizationOf', 'amt-ziesetal', 'K', 'die Gemeinden Wiekenbeck und Pröllin dem Amt Ziesetal')
for a in ['amt-moorhagen-land', 'amt-ziesetal']:
    rel(a, 'participatesIn', 'steuerungsgruppe', 'K', 'tung in der Steuerungsgruppe beteiligt', note='"Sie" = die Ämter; gemeinsame Vertretung')
rel('axel-rehberg', 'memberOf', 'hst-sundmuende', 'K', 'Bürgermeister Axel Rehberg', role='Bürgermeister')
# masks (text statements)
rel('lasse-pieplow', 'memberOf', 'bildungsbuero', 'K', 'VzÄ Bildungsmonitoring im Bildungsbüro (Dr. Lasse Pieplow)', role='Bildungsmonitoring')
rel('steuerungsgruppe', 'chairedBy', 'birte-stellmacher', 'K', 'Sie tagt viermal jährlich unter dem Vorsitz der')
rel('maren-quandt', 'memberOf', 'bildungsbuero', 'K', 'Geschäftsführung durch das Bildungsbüro (ca. 0,3 VzÄ, Maren Quandt, Bildungsmanagerin)', role='Bildungsmanagerin')
rel('steuerungsgruppe', 'chairedBy', 'birte-stellmacher', 'K', 'Landrätin (Vorsitz), Fachbereich 2 Bildung, Jugend und Soziales')
rel('lernlotsen', 'carriedBy', 'bildungswerk-nordlicht', 'K', 'Das Projekt wird von der Bildungswerk Nordlicht gGmbH getra-')
rel('lernlotsen', 'fundedBy', 'hanne-lueders-stiftung', 'K', 'gen und durch die Hanne-Lüders-Stiftung sowie aus Mitteln des Land-')
rel('lernlotsen', 'fundedBy', 'lk-boddenmark', 'K', 'kreises gefördert.', note='"aus Mitteln des Land-/kreises"')
rel('kvhs-boddenmark', 'participatesIn', 'lernlotsen', 'K', 'Die Kreisvolkshochschule stellt die Kursangebote')
rel('bildungswerk-nordlicht', 'cooperatesWith', 'lernwerkstatt-haffkueste', 'K', 'Mobile Lernwerkstatt in Zusammenarbeit mit der Lernwerkstatt Haffküste e.V.', note='within the project Lernlotsen, carried by the gGmbH')
rel('lernlotsen', 'carriedBy', 'bildungswerk-nordlicht', 'K', 'Bildungswerk Nordlicht gGmbH (Träger)')
rel('lernlotsen', 'fundedBy', 'hanne-lueders-stiftung', 'K', 'Hanne-Lüders-Stiftung (Förderung)')
# involvesActor from BETEILIGTE AKTEURE
INV = {'to-4.2.3.1': [('bildungsbuero', 'Bildungsbüro (Federführung)'), ('stabsstelle-kreisentwicklung', 'Stabsstelle Kreisentwicklung und Statistik'),
                      ('schulamt-greifswald', 'Staatliches Schulamt Greifswald'), ('statamt-mv', 'Statistisches Amt Mecklenburg-Vorpommern'),
                      ('afa-sundmuende', 'Agentur für Arbeit Sundmünde')],
       'to-4.3.3.2': [('birte-stellmacher', 'Landrätin (Vorsitz)'), ('fb2', 'Fachbereich 2 Bildung, Jugend und Soziales'),
                      ('schulamt-greifswald', 'Staatliches Schulamt Greifswald, Ministerium'), ('mbk-mv', 'Ministerium für Bildung und Kindertagesförderung (Gast)'),
                      ('afa-sundmuende', 'Agentur für Arbeit Sundmünde, Jobcenter Boddenmark'), ('jobcenter-boddenmark', 'Jobcenter Boddenmark, IHK zu Sundmünde'),
                      ('ihk-sundmuende', 'IHK zu Sundmünde, Kreishandwerkerschaft'), ('kreishandwerkerschaft', 'IHK zu Sundmünde, Kreishandwerkerschaft'),
                      ('kvhs-boddenmark', 'Kreisvolkshochschule Boddenmark, Hochschule Sundmünde'), ('hs-sundmuende', 'Hochschule Sundmünde, Vertretung der Ämter')],
       'to-4.5.3.1': [('bildungswerk-nordlicht', 'Bildungswerk Nordlicht gGmbH (Träger)'), ('hanne-lueders-stiftung', 'Hanne-Lüders-Stiftung (Förderung)'),
                      ('kvhs-boddenmark', 'Kreisvolkshochschule Boddenmark'), ('amt-moorhagen-land', 'Amt Moorhagen-Land, Amt Ziesetal'),
                      ('amt-ziesetal', 'Amt Moorhagen-Land, Amt Ziesetal'), ('lernwerkstatt-haffkueste', 'Lernwerkstatt Haffküste e.V.')]}
MASKSTART = {'to-4.2.3.1': 176, 'to-4.3.3.2': 272, 'to-4.5.3.1': 360}
for to, lst in INV.items():
    for o, ev in lst:
        R.append(dict(subject=to, predicate='involvesActor', object=o, doc=D['K'], evidence=ev, role=None, note=None, nth=0, after=MASKSTART[to]))
# ---- A: Arbeitspakete
rel('lk-boddenmark', 'participatesIn', 'bildungskommunen', 'A', 'Landkreis Boddenmark - Antrag im Programm ,,Bildungskommunen" (ESF Plus)')
rel('bildungsbuero', 'subOrganizationOf', 'fb2', 'A', 'Fachbereich 2 Bildung, Jugend und Soziales fiir den Zeitraum', note='"Vorhaben des Bildungsbiiros im Fachbereich 2"')
rel('steuerungsgruppe', 'chairedBy', 'birte-stellmacher', 'A', 'mit der Landratin als Vorsitzender')
rel('lk-boddenmark', 'cooperatesWith', 'schulamt-greifswald', 'A', 'Umsetzung der Kooperationsvereinbarung mit dem Staatlichen', note='AP 5, applicant = Landkreis')
rel('lk-boddenmark', 'cooperatesWith', 'mbk-mv', 'A', 'Schulamt Greifswald und dem Ministerium fiir Bildung und Kindertagesforderung')
rel('lernlotsen', 'carriedBy', 'bildungswerk-nordlicht', 'A', 'Kreismusikschule, Begleitung des Projekts ,,Lernlotsen im landlichen Raum" der Bildungswerk', note='genitive "der Bildungswerk Nordlicht gGmbH" across the line break')
rel('mint-kutter', 'carriedBy', 'lernwerkstatt-haffkueste', 'A', 'des MINT-Kutters der Lernwerkstatt Haffkiiste e.V.')
AFR = {'ap-3': ['af-uebergaenge', 'af-fachkraeftesicherung', 'af-lebenslanges-lernen'], 'ap-6': ['af-bildungsmonitoring'],
       'ap-8': ['af-uebergang-kita-gs'], 'ap-9': ['af-uebergang-schule-beruf'], 'ap-10': ['af-fachkraeftesicherung'],
       'ap-11': ['af-lebenslanges-lernen', 'af-kulturelle-bildung']}
APEV = {'ap-3': ['punkt Ubergange', '2025 Fachkréfte', '2026 Lebenslanges Lernen'], 'ap-6': ['AP 6 Bildungsmonitoring'],
        'ap-8': ['AP 8 Ubergang Kita - Grundschule'], 'ap-9': ['AP 9 Ubergang Schule - Beruf'], 'ap-10': ['AP 10 Fachkraftesicherung'],
        'ap-11': ['AP 11 Lebenslanges Lernen', 'Lebenslanges Lernen und Kulturelle Bildung']}
for m, afs in AFR.items():
    for af, ev in zip(afs, APEV[m]):
        rel(m, 'addressesActionField', af, 'A', ev)
# ---- Z: Zielvereinbarung
rel('birte-stellmacher', 'memberOf', 'lk-boddenmark', 'Z', 'vertreten durch die Landrätin Dr. Birte Stellmacher', role='Landrätin')
rel('friederike-sodemann', 'memberOf', 'tao', 'Z', 'vertreten durch ihre Leiterin Dr. Friederike Sodemann', role='Leiterin')
rel('lk-boddenmark', 'cooperatesWith', 'tao', 'Z', 'der Transferagentur Ostseeküste für Kommunales Bildungsmanagement,', note='parties of the Zielvereinbarung')
rel('lk-boddenmark', 'cooperatesWith', 'schulamt-greifswald', 'Z', 'unter Beteiligung des Staatlichen Schulamtes Greifswald')
rel('lk-boddenmark', 'participatesIn', 'bildungskommunen', 'Z', 'Grundlage ist die Teilnahme am ESF Plus-Programm')
rel('bildungskommunen', 'fundedBy', 'bmbf', 'Z', '„Bildungskommunen“ des Bundesministeriums für Bildung und Forschung')
rel('tao', 'carriedBy', 'hs-sundmuende', 'Z', 'Transferagentur Ostseeküste, die unter dem Dach der Hochschule Sundmünde')
rel('tao', 'participatesIn', 'transferinitiative', 'Z', 'arbeitet und im Rahmen der Transferinitiative Kommunales Bildungsmanagement')
rel('tao', 'fundedBy', 'bmbf', 'Z', 'vom BMBF gefördert wird')
rel('schulamt-greifswald', 'cooperatesWith', 'mbk-mv', 'Z', 'sich dazu mit dem Ministerium für Bildung und Kindertagesförderung ab', note='"es" = Staatliches Schulamt')
rel('tao', 'cooperatesWith', 'bildungsbuero', 'Z', 'Die TAO berät das Bildungsbüro des Landkreises fachlich')
rel('ole-ramelow', 'memberOf', 'tao', 'Z', 'partner auf Seiten der Agentur ist Ole Ramelow (Prozessbegleitung)', role='Prozessbegleitung')
rel('anke-tessmer-wolff', 'memberOf', 'bildungsbuero', 'Z', 'und benennt Anke Tessmer-Wolff, Leiterin', role='Leiterin')
rel('schulamt-greifswald', 'participatesIn', 'bildungsnetzwerk', 'Z', 'Schulen in die Arbeitsgruppen des Bildungsnetzwerks ein', note='"Das Schulamt bringt ... ein"')
rel('kerstin-behnke-lorenz', 'memberOf', 'schulamt-greifswald', 'Z', 'durch Schulrätin Kerstin Behnke-Lorenz', role='Schulrätin')
rel('kvhs-boddenmark', 'subOrganizationOf', 'lk-boddenmark', 'Z', 'Einrichtungen des Landkreises an der Umsetzung von Ziel Z3 beteiligt')
rel('kms-boddenmark', 'subOrganizationOf', 'lk-boddenmark', 'Z', 'Einrichtungen des Landkreises an der Umsetzung von Ziel Z3 beteiligt')
rel('bildungswerk-nordlicht', 'participatesIn', 'bildungsnetzwerk', 'Z', 'gruppen des Bildungsnetzwerks beteiligt')
rel('lernwerkstatt-haffkueste', 'participatesIn', 'bildungsnetzwerk', 'Z', 'gruppen des Bildungsnetzwerks beteiligt')
rel('birte-stellmacher', 'memberOf', 'lk-boddenmark', 'Z', 'Landrätin Leiterin der Transferagentur', role='Landrätin', note='signature block')
rel('friederike-sodemann', 'memberOf', 'tao', 'Z', 'Landrätin Leiterin der Transferagentur', role='Leiterin', note='signature block')
rel('kerstin-behnke-lorenz', 'memberOf', 'schulamt-greifswald', 'Z', 'Schulrätin, Staatliches Schulamt Greifswald', role='Schulrätin', note='signature block')
for m, af, ev in [('zv-z1', 'af-bildungsmonitoring', 'Z1 Das Bildungsmonitoring'), ('zv-m1.1', 'af-bildungsmonitoring', 'M1.1 Jährlicher Bildungsmonitoring-Kompass'),
                  ('zv-z2', 'af-uebergang-kita-gs', 'Z2 Übergänge von der Kita in die Grundschule'), ('zv-z2', 'af-uebergang-schule-beruf', 'Beruf werden kreisweit abgestimmt gestaltet'),
                  ('zv-m2.1', 'af-uebergang-kita-gs', 'M2.1 Kooperationskalender Kita–Grundschule'), ('zv-m2.3', 'af-uebergang-schule-beruf', 'Schule–Beruf'),
                  ('zv-z3', 'af-lebenslanges-lernen', 'Z3 Angebote des lebenslangen Lernens'), ('zv-m3.2', 'af-kulturelle-bildung', 'M3.2 Kulturelle Bildung in Dorfschulen')]:
    rel(m, 'addressesActionField', af, 'Z', ev)
# ---- P: protocol
rel('steuerungsgruppe', 'chairedBy', 'birte-stellmacher', 'P', '**Leitung:** Dr. Birte Stellmacher, Landrätin')
rel('marlene-ziems', 'memberOf', 'bildungsbuero', 'P', '**Protokoll:** Marlene Ziems (Bildungsbüro)', role='Protokoll')
ROWS = [('birte-stellmacher', 'lk-boddenmark', 'Vorsitzende', '| Dr. Birte Stellmacher | Vorsitzende | Landkreis Boddenmark |'),
        ('holger-brueningk', 'lk-boddenmark', 'Leiter Fachbereich 2 Bildung, Jugend und Soziales', '| Holger Brüningk | Leiter Fachbereich 2 Bildung, Jugend und Soziales | Kreisverwaltung Boddenmark |'),
        ('anke-tessmer-wolff', 'bildungsbuero', 'Leiterin', '| Anke Tessmer-Wolff | Leiterin | Bildungsbüro |'),
        ('maren-quandt', 'bildungsbuero', 'Bildungsmanagement, Geschäftsführung der Steuerungsgruppe', '| Maren Quandt | Bildungsmanagement, Geschäftsführung der Steuerungsgruppe | Bildungsbüro |'),
        ('lasse-pieplow', 'bildungsbuero', 'Bildungsmonitoring', '| Dr. Lasse Pieplow | Bildungsmonitoring | Bildungsbüro |'),
        ('kerstin-behnke-lorenz', 'schulamt-greifswald', 'Schulrätin', '| Kerstin Behnke-Lorenz | Schulrätin | Staatliches Schulamt Greifswald |'),
        ('carsten-reinke', 'afa-sundmuende', 'Bereichsleiter', '| Carsten Reinke | Bereichsleiter | Agentur für Arbeit Sundmünde |'),
        ('nadine-voss', 'jba-boddenmark', 'Koordinatorin', '| Nadine Voß | Koordinatorin | Jugendberufsagentur Boddenmark |'),
        ('frank-dethloff', 'kvhs-boddenmark', 'Leiter', '| Frank Dethloff | Leiter | KVHS Boddenmark |'),
        ('henning-grawe', 'hs-sundmuende', 'Prorektor für Studium und Weiterbildung', '| Prof. Dr. Henning Grawe | Prorektor für Studium und Weiterbildung | Hochschule Sundmünde |'),
        ('petra-gundlach', 'amt-moorhagen-land', 'Leitende Verwaltungsbeamtin', '| Petra Gundlach | Leitende Verwaltungsbeamtin | Amt Moorhagen-Land (für die Ämter) |'),
        ('ole-ramelow', 'tao', 'Prozessbegleitung (Gast)', '| Ole Ramelow | Prozessbegleitung (Gast) | Transferagentur Ostseeküste |')]
done = set()
for p_, o, role, ev in ROWS:
    rel(p_, 'memberOf', o, 'P', ev, role=role)
    org = 'bildungsbuero' if o == 'bildungsbuero' else o
    if org not in done:
        done.add(org)
        rel(org, 'participatesIn', 'steuerungsgruppe', 'P', ev, note='participant of the meeting')
rel('steuerungsgruppe', 'chairedBy', 'birte-stellmacher', 'P', '| Dr. Birte Stellmacher | Vorsitzende | Landkreis Boddenmark |')
rel('torsten-ahlgrimm', 'memberOf', 'mbk-mv', 'P', 'Dr. Torsten Ahlgrimm (Ministerium für Bildung und Kindertagesförderung, Gast)', role='Gast')
rel('imke-sass', 'memberOf', 'kms-boddenmark', 'P', 'Imke Sass, Leiterin der Kreismusikschule Boddenmark', role='Leiterin')
rel('thoralf-kamin', 'memberOf', 'bildungswerk-nordlicht', 'P', 'Thoralf Kamin, Geschäftsführer der Bildungswerk Nordlicht gGmbH', role='Geschäftsführer')
rel('bildungsbuero', 'fundedBy', 'bmbf', 'P', 'gefördert wird das Bildungsbüro weiterhin vom BMBF und aus dem ESF Plus')
rel('bildungsbuero', 'fundedBy', 'esf-plus', 'P', 'gefördert wird das Bildungsbüro weiterhin vom BMBF und aus dem ESF Plus')
rel('ausschuss-bks', 'chairedBy', 'ruediger-plath', 'P', '(Vorsitz: Rüdiger Plath)')
rel('afa-sundmuende', 'cooperatesWith', 'jobcenter-boddenmark', 'P', 'dass die Agentur gemeinsam mit dem Jobcenter Boddenmark und dem Landkreis', note='"die Agentur" = Agentur für Arbeit Sundmünde (Herr Reinke)')
rel('afa-sundmuende', 'cooperatesWith', 'lk-boddenmark', 'P', 'dass die Agentur gemeinsam mit dem Jobcenter Boddenmark und dem Landkreis')
rel('nadine-voss', 'memberOf', 'jba-boddenmark', 'P', 'Frau Voß, die die JBA seit April koordiniert', role='Koordinatorin')
rel('ag-lll-kulturelle-bildung', 'chairedBy', 'frank-dethloff', 'P', 'Herr Dethloff und Frau Sass berichten als Sprecher der AG Lebenslanges Lernen und Kulturelle Bildung', role='Sprecher')
rel('ag-lll-kulturelle-bildung', 'chairedBy', 'imke-sass', 'P', 'Herr Dethloff und Frau Sass berichten als Sprecher der AG Lebenslanges Lernen und Kulturelle Bildung', role='Sprecherin')
rel('kms-boddenmark', 'fundedBy', 'hanne-lueders-stiftung', 'P', 'finanziert werden die Instrumentenklassen anteilig durch die Hanne-Lüders-Stiftung', note='Instrumentenklassen of the Kreismusikschule')
rel('lernlotsen', 'carriedBy', 'bildungswerk-nordlicht', 'P', 'Träger ist die Bildungswerk Nordlicht gGmbH')
rel('kvhs-boddenmark', 'participatesIn', 'lernlotsen', 'P', 'die Kurse stellt die KVHS')
rel('mint-kutter', 'carriedBy', 'lernwerkstatt-haffkueste', 'P', 'Der MINT-Kutter, ein Projekt der Lernwerkstatt Haffküste e.V.')
rel('hs-sundmuende', 'participatesIn', 'mint-kutter', 'P', 'Es wird von der Hochschule Sundmünde wissenschaftlich begleitet')
rel('mint-kutter', 'fundedBy', 'esf-plus', 'P', 'über ESF Plus gefördert')
rel('ihk-sundmuende', 'participatesIn', 'bildungskonferenz', 'P', 'Die IHK zu Sundmünde hat im Vorfeld schriftlich ihre Mitwirkung zugesagt')
# ---- S: slides
rel('tao', 'participatesIn', 'transferinitiative', 'S', 'TAO = eine der Transferagenturen der Transferinitiative Kommunales')
rel('tao', 'fundedBy', 'bmbf', 'S', 'gefördert vom Bundesministerium für Bildung und Forschung')
rel('tao', 'carriedBy', 'hs-sundmuende', 'S', 'getragen von der Hochschule Sundmünde')
rel('friederike-sodemann', 'memberOf', 'tao', 'S', 'Leitung: Dr. Friederike Sodemann', role='Leitung')
rel('ole-ramelow', 'memberOf', 'tao', 'S', 'Team Mecklenburg-Vorpommern: Ole Ramelow, Janne Krüger', role='Team Mecklenburg-Vorpommern')
rel('janne-krueger', 'memberOf', 'tao', 'S', 'Team Mecklenburg-Vorpommern: Ole Ramelow, Janne Krüger', role='Team Mecklenburg-Vorpommern')
for g in ['gem-moorhagen', 'gem-zarnekvitz', 'gem-schwinkenhof']:
    rel(g, 'subOrganizationOf', 'amt-moorhagen-land', 'S', 'Amt Moorhagen-Land (Gemeinden Moorhagen, Zarnekvitz, Schwinkenhof)')
for g in ['gem-wiekenbeck', 'gem-proellin', 'gem-zieskow']:
    rel(g, 'subOrganizationOf', 'amt-ziesetal', 'S', 'Amt Ziesetal (Gemeinden Wiekenbeck, Pröllin, Zieskow)')
rel('fb2', 'subOrganizationOf', 'lk-boddenmark', 'S', '└ Fachbereich 2 – Bildung, Jugend und Soziales (FB 2)', note='organigram under "Landrätin"')
rel('stabsstelle-kreisentwicklung', 'subOrganizationOf', 'lk-boddenmark', 'S', '└ Stabsstelle Kreisentwicklung und Statistik', note='organigram under "Landrätin"')
rel('fd-schule-sport', 'subOrganizationOf', 'fb2', 'S', '└ Fachdienst Schule und Sport')
rel('fd-jugend', 'subOrganizationOf', 'fb2', 'S', '└ Fachdienst Jugend')
rel('bildungsbuero', 'subOrganizationOf', 'fb2', 'S', '└ Bildungsbüro')
rel('ausschuss-bks', 'subOrganizationOf', 'kreistag', 'S', '└ Ausschuss für Bildung, Kultur und Sport')
rel('jugendhilfeausschuss', 'subOrganizationOf', 'kreistag', 'S', '└ Jugendhilfeausschuss')
rel('steuerungsgruppe', 'chairedBy', 'birte-stellmacher', 'S', 'Steuerungsgruppe (Vorsitz Landrätin, 12 Institutionen)')
rel('ag-fruehe-bildung', 'subOrganizationOf', 'steuerungsgruppe', 'S', '├ AG Frühe Bildung und Übergang Kita–Grundschule')
rel('ag-schule-beruf', 'subOrganizationOf', 'steuerungsgruppe', 'S', '├ AG Schule–Beruf')
rel('ag-lll-kulturelle-bildung', 'subOrganizationOf', 'steuerungsgruppe', 'S', '└ AG Lebenslanges Lernen und Kulturelle Bildung')
rel('lernlotsen', 'carriedBy', 'bildungswerk-nordlicht', 'S', 'Träger: Bildungswerk Nordlicht gGmbH | Förderer: Hanne-Lüders-Stiftung, Landkreis')
rel('lernlotsen', 'fundedBy', 'hanne-lueders-stiftung', 'S', 'Träger: Bildungswerk Nordlicht gGmbH | Förderer: Hanne-Lüders-Stiftung, Landkreis')
rel('lernlotsen', 'fundedBy', 'lk-boddenmark', 'S', 'Träger: Bildungswerk Nordlicht gGmbH | Förderer: Hanne-Lüders-Stiftung, Landkreis', note='"Landkreis" = Landkreis Boddenmark')
rel('mint-kutter', 'carriedBy', 'lernwerkstatt-haffkueste', 'S', 'Träger: Lernwerkstatt Haffküste e.V. | Förderung: ESF Plus')
rel('mint-kutter', 'fundedBy', 'esf-plus', 'S', 'Träger: Lernwerkstatt Haffküste e.V. | Förderung: ESF Plus')
rel('lesekoffer', 'carriedBy', 'hanne-lueders-stiftung', 'S', 'ein Projekt der Hanne-Lüders-Stiftung')
rel('anke-tessmer-wolff', 'memberOf', 'bildungsbuero', 'S', 'Anke Tessmer-Wolff, Leiterin', role='Leiterin', note='contact block "Bildungsbüro des Landkreises Boddenmark" (previous line)')
rel('ole-ramelow', 'memberOf', 'tao', 'S', 'Ole Ramelow, Prozessbegleitung', role='Prozessbegleitung', note='contact block of the Transferagentur')

# ---------- resolve ----------
errors = []
out_e = []
for e in E:
    docs, lines = [], {}
    for stem, ls in LINES.items():
        hits = set()
        for form in [e['name']] + e['aliases']:
            p = pat(form)
            for i, l in enumerate(ls, 1):
                if p.search(l): hits.add(i)
        if hits:
            docs.append(stem); lines[stem] = sorted(hits)
    if not docs: errors.append('entity not found: ' + e['id'])
    # keep only aliases that occur somewhere
    al = [a for a in e['aliases'] if any(pat(a).search(l) for ls in LINES.values() for l in ls)]
    missing = set(e['aliases']) - set(al)
    if missing: errors.append('%s: aliases not in text %s' % (e['id'], missing))
    d = dict(id=e['id'], type=e['type'], name=e['name'], aliases=al, docs=docs, lines=lines)
    for k in ('role', 'affiliation', 'note'):
        if k in e: d[k] = e[k]
    out_e.append(d)
ids = {e['id'] for e in E}
out_r = []
for r in R:
    ls = LINES[r['doc']]; ev = norm(r['evidence'])
    cand = [i for i, l in enumerate(ls, 1) if ev in l and i >= r.get('after', 0)]
    if not cand: errors.append('evidence not found: %r in %s' % (ev, r['doc'])); continue
    for x in (r['subject'], r['object']):
        if x not in ids: errors.append('unknown id ' + x)
    d = dict(subject=r['subject'], predicate=r['predicate'], object=r['object'], doc=r['doc'], line=cand[r['nth']], evidence=ev)
    if r['role']: d['role'] = r['role']
    if r['note']: d['note'] = r['note']
    out_r.append(d)
seen = set()
for d in out_r:
    k = (d['subject'], d['predicate'], d['object'], d['doc'], d['line'])
    if k in seen: errors.append('duplicate relation %s' % (k,))
    seen.add(k)
# transfer objects
def fields(start, end):
    ls = LINES[D['K']][start - 1:end]
    heads = [('kurzbeschreibung', 'KURZBESCHREIBUNG'), ('produkttyp', 'PRODUKTTyP'), ('ausgangssituation', 'AUSGANGSSITUATION'),
             ('ziele', 'ZIELE UND ANFORDERUNGEN'), ('methoden', 'METHODEN, UMSETZUNG'), ('ressourcen', 'RESSOURCEN (ZEIT'),
             ('projektplan', 'PROJEKTPLAN'), ('beteiligte_akteure', 'BETEILIGTE AKTEURE'), ('marketing', 'MARKETING ÖA'),
             ('gelingensbedingungen', 'GELINGENSBEDINGUNGEN'), ('herausforderungen', 'HERAUSFORDERUNGEN'),
             ('anmerkungen', 'ANMERKUNGEN, HINWEISE'), ('transfer_adressaten', 'POTENZIELLE TRANSFER-ADRESSATEN')]
    pos = {}
    for k, h in heads:
        for i, l in enumerate(ls):
            if l.startswith(h): pos[k] = i; break
    order = sorted(pos.items(), key=lambda x: x[1])
    present, empty = [], []
    for j, (k, i) in enumerate(order):
        nxt = order[j + 1][1] if j + 1 < len(order) else len(ls)
        body = [l for l in ls[i + 1:nxt] if l and not re.fullmatch(r'\d+', l) and not re.match(r'^(DATEN|DISKURS|MASSNAHMEN)( \d|$)', l)]
        (present if body else empty).append(k)
    missing = [k for k, _ in heads if k not in pos]
    return [k for k, _ in heads if k in present], [k for k, _ in heads if k in empty], missing
TOS = [('4.2.3.1', 'Bildungsmonitoring-Kompass Boddenmark', 'Daten', 24, 176, 268),
       ('4.3.3.2', 'Steuerungsgruppe des Bildungsnetzwerks', 'Diskurs', 31, 272, 356),
       ('4.5.3.1', 'Lernlotsen im ländlichen Raum', 'Maßnahmen', 42, 360, len(LINES[D['K']]))]
out_t = []
for sec, title, fn, page, start, end in TOS:
    if not LINES[D['K']][start - 1].startswith(sec + ' ' + title): errors.append('mask heading ' + sec)
    pres, emp, mis = fields(start, end)
    ba = []
    for r in out_r:
        if r['subject'] == 'to-' + sec and r['predicate'] == 'involvesActor':
            pass
    ak = [(i, l) for i, l in enumerate(LINES[D['K']], 1) if start <= i <= end]
    inb = False
    for i, l in ak:
        if l.startswith('BETEILIGTE AKTEURE'): inb = True; continue
        if inb and l.startswith('MARKETING'): break
        if inb and l.startswith('•'):
            txt = l.lstrip('• ').strip()
            if i + 1 <= len(LINES[D['K']]) and LINES[D['K']][i] and not LINES[D['K']][i].startswith(('•', 'MARKETING')):
                txt += ' ' + LINES[D['K']][i]
            ba.append(dict(text=txt, line=i, actors=[]))
    out_t.append(dict(section=sec, title=title, kbm_function=fn, catalogue_page=page, start_line=start,
                      fields_present=pres, fields_empty=emp, fields_missing=mis, beteiligte_akteure=ba, doc=D['K']))
ACT = {'4.2.3.1': [['Bildungsbüro'], ['Stabsstelle Kreisentwicklung und Statistik'], ['Staatliches Schulamt Greifswald'], ['Statistisches Amt Mecklenburg-Vorpommern'], ['Agentur für Arbeit Sundmünde']],
       '4.3.3.2': [['Landrätin', 'Fachbereich 2 Bildung, Jugend und Soziales'], ['Staatliches Schulamt Greifswald', 'Ministerium für Bildung und Kindertagesförderung'],
                   ['Agentur für Arbeit Sundmünde', 'Jobcenter Boddenmark', 'IHK zu Sundmünde', 'Kreishandwerkerschaft Boddenmark'], ['Kreisvolkshochschule Boddenmark', 'Hochschule Sundmünde', 'Vertretung der Ämter']],
       '4.5.3.1': [['Bildungswerk Nordlicht gGmbH'], ['Hanne-Lüders-Stiftung'], ['Kreisvolkshochschule Boddenmark'], ['Amt Moorhagen-Land', 'Amt Ziesetal'], ['Lernwerkstatt Haffküste e.V.']]}
for t in out_t:
    if len(t['beteiligte_akteure']) != len(ACT[t['section']]): errors.append('actors rows ' + t['section'])
    for b, a in zip(t['beteiligte_akteure'], ACT[t['section']]): b['actors'] = a
if errors:
    print('\n'.join(errors)); sys.exit(1)
G = os.path.join(BASE, 'gold')
json.dump(out_e, open(os.path.join(G, 'entities.json'), 'w'), ensure_ascii=False, indent=1)
json.dump(out_r, open(os.path.join(G, 'relations.json'), 'w'), ensure_ascii=False, indent=1)
json.dump(out_t, open(os.path.join(G, 'transfer_objects.json'), 'w'), ensure_ascii=False, indent=1)
import collections
print(len(out_e), 'entities', dict(collections.Counter(e['type'] for e in out_e)))
print(len(out_r), 'relations', dict(collections.Counter(r['predicate'] for r in out_r)))
for t in out_t: print(t['section'], t['fields_present'], t['fields_empty'], t['fields_missing'])
