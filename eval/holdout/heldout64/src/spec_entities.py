K='hoerselbrueck-transferkatalog'; A='hoerselbrueck-arbeitspakete'; Z='hoerselbrueck-zielvereinbarung-ttkb'
P='koordinierungskreis-protokoll-2024-03'; F='bildungsmanagement-hoerselbrueck-folien-2024'
DOCS={K:'hoerselbrueck-transferkatalog.txt',A:'hoerselbrueck-arbeitspakete.txt',Z:'hoerselbrueck-zielvereinbarung-ttkb.txt',
      P:'koordinierungskreis-protokoll-2024-03.md',F:'bildungsmanagement-hoerselbrueck-folien-2024.txt'}
HB='Hörselbrück'
E=[]
def ent(id,type,name,aliases=(),**kw):
    d=dict(id=id,type=type,name=name,aliases=list(aliases)); d.update(kw); E.append(d)

# Municipalities
ent('stadt-hoerselbrueck','Municipality','Stadt Hörselbrück',['Hörselbrück','Hörselbrücker','Stadt Hérselbriick','Hérselbriick','Hérselbrtick','Horselbriick','Hérselbrick','Hérselbr{ick','Horselbriicker'],
    note='Kreisfreie Stadt in Thüringen (invented). OCR variants of the name in the work packages are aliases. The city is also the (unnamed) applicant in the work packages and the \"wir\" of the slides.')
ent('lk-saalstein','Municipality','Landkreis Saalstein',['Landkreises Saalstein'], note='Neighbouring Landkreis (invented).')
ent('ot-merbitzau','Municipality','Merbitzau',['Ortsteil Merbitzau'], exclude_lines={F:[152]}, note='Ortsteil of Hörselbrück; typed Municipality as the closest class (it has an Ortsteilrat and an Ortsteilbürgermeister).')
ent('ot-graefenwinkel','Municipality','Gräfenwinkel',['Grafenwinkel'], note='Ortsteil of Hörselbrück; typed Municipality (see ot-merbitzau).')
ent('ot-fuchsleben','Municipality','Fuchsleben',[], note='Ortsteil of Hörselbrück; typed Municipality (see ot-merbitzau).')

# Administrative units and organisations
ent('dezernat-1','Organization','Dezernat I – Zentrale Dienste und Finanzen',['Dezernat I'])
ent('dezernat-2','Organization','Dezernat II – Bildung, Jugend und Kultur',['Dezernat II'])
ent('dezernat-3','Organization','Dezernat III – Soziales, Integration und Gesundheit',['Dezernat III'])
ent('amt-bildung','Organization','Amt für Bildung',['Amt fiir Bildung','Amtes für Bildung'])
ent('sg-bildungsmonitoring','Organization','Sachgebiet Bildungsmonitoring',['SG Bildungsmonitoring'],
    extra_lines={K:[129,130],Z:[227]}, note='Z Anlage 2 "Sachgebietsleiterin Bildungsmonitoring, Amt für Bildung". K l.128-130 names it in a coordination ("Sachgebieten Schulverwaltung und Schulnetzplanung sowie Bildungsmonitoring").')
ent('sg-schulverwaltung','Organization','Sachgebiet Schulverwaltung und Schulnetzplanung',['SG Schulverwaltung und Schulnetzplanung','Sachgebieten Schulverwaltung und Schulnetzplanung'], name_not_verbatim=True,
    note='Full singular name not written out; K uses the plural coordination, F the abbreviation SG.')
ent('jugendamt','Organization','Jugendamt',['Jugendamt Hörselbrück'])
ent('sg-jugendhilfeplanung','Organization','Sachgebiet Jugendhilfeplanung',['SG Jugendhilfeplanung'])
ent('kaemmerei','Organization','Kämmerei',[], note='Only as responsible unit for measure M 1.3.')
ent('stabsstelle-bm','Organization','Stabsstelle Bildungsmanagement',['Stabsstelle'])
ent('vhs','Organization','Volkshochschule Hörselbrück',['Volkshochschule','VHS','VHS Hörselbrück','Volkshochschule Hérselbrick','Volkshochschule Horselbriick'], note='Eigenbetrieb der Stadt.')
ent('fh','Organization','Fachhochschule Hörselbrück',['Fachhochschule','FH','Fachhochschule Horselbriick'])
ent('forschungsstelle','Organization','Forschungsstelle Bildungsübergänge und Teilhabe',['Forschungsstelle','Forschungsstelle Bildungsiibergange und Teilhabe'])
ent('sjr','Organization','Stadtjugendring Hörselbrück e. V.',['Stadtjugendring','Stadtjugendring Hérselbr{ick e. V.','Stadtjugendring Horselbriick e. V.'])
ent('stiftung','Organization','Ottilie-Brenner-Stiftung',[])
ent('verein-brueckenschlag','Organization','Brückenschlag – Bildungspaten Hörselbrück e. V.',['Brückenschlag e. V.','Verein Brückenschlag – Bildungspaten Hörselbrück e. V.'])
ent('werkstatt-zukunft','Organization','Werkstatt Zukunft Hörselbrück gGmbH',['Werkstatt Zukunft gGmbH','Werkstatt Zukunft Hérselbrtick gGmbH'])
ent('genossenschaft','Organization','Bildungsgenossenschaft Merbitzau eG',['Bildungsgenossenschaft'], extra_lines={F:[152]}, note='F table cell split over two lines ("Bildungsgenossenschaft … / Merbitzau eG").')
ent('lernhaus','Organization','Lernhaus Merbitzau',['„Lernhaus Merbitzau“','Lernhauses Merbitzau','Lernhaus'], note='Community learning centre run by the Bildungsgenossenschaft; typed Organization (a facility, not a funding programme).')
ent('schulamt','Organization','Staatliches Schulamt Westthüringen',['Staatlichen Schulamt Westthüringen','Staatlichen Schulamts Westthüringen','Staatliches Schulamt','Staatlichen Schulamt','SSA Westthüringen','SSA','Schulamt','Staatlichen Schulamt Westth{iringen','Staatliches Schulamt Westthiiringen'])
ent('tmbjs','Organization','Thüringer Ministerium für Bildung, Jugend und Sport',['TMBJS','Thiringer Ministerium fiir Bildung, Jugend und Sport'])
ent('landesamt-statistik','Organization','Thüringer Landesamt für Statistik',['Thiiringer Landesamt fiir Statistik','Thiiringer Landesamt f{ir Statistik'])
ent('bildungsagentur','Organization','Bildungsagentur Saalstein GmbH',['Bildungsagentur Saalstein','Bildungsagentur'], note='Kreiseigene (100 %) Gesellschaft des Landkreises Saalstein.')
ent('ttkb','Organization','Thüringer Transferstelle für Kommunales Bildungsmanagement',['TTKB','Thüringer Transferstelle','Transferstelle','Thiringer Transferstelle fiir Kommunales Bildungsmanagement'], note='Transferagentur-style state-wide support agency (invented).')
ent('irb','Organization','Institut für Regionalentwicklung und Bildungsforschung e. V.',['IRB','Instituts für Regionalentwicklung und Bildungsforschung e. V.'], note='Carrier (Träger) of the TTKB (invented).')
ent('afa','Organization','Agentur für Arbeit Hörselbrück',['Agentur für Arbeit'])
ent('jobcenter','Organization','Jobcenter Hörselbrück',['Jobcenter'])
ent('ihk','Organization','Industrie- und Handelskammer Hörselbrück-Saalstein',['IHK Hörselbrück-Saalstein','IHK'])
ent('kreishandwerkerschaft','Organization','Kreishandwerkerschaft Hörseltal',[])
ent('bmbf','Organization','Bundesministerium für Bildung und Forschung',['BMBF','Bundesministeriums für Bildung und Forschung'])
ent('eu','Organization','Europäische Union',['Europäischen Union'], name_not_verbatim=True, note='Only the dative form occurs (funding footer of the slides).')

# Bodies
ent('stadtrat','Body','Stadtrat Hörselbrück',['Stadtrat','Stadtrates','Stadtrats'])
ent('ausschuss-bss','Body','Ausschuss für Bildung, Schule und Sport',['Bildungsausschuss','Ausschuss fir Bildung, Schule und Sport'])
ent('jha','Body','Jugendhilfeausschuss',[])
ent('ortsteilrat-merbitzau','Body','Ortsteilrat Merbitzau',[], extra_lines={K:[309]}, note='Also in the coordinated plural "Ortsteilräte Merbitzau, Gräfenwinkel und Fuchsleben" (K mask 4.2.3.1 actors, l.309); the slides only say "vorgestellt in den Ortsteilräten Merbitzau, Gräfenwinkel und Fuchsleben" (not counted as a mention of the single body).')
ent('ortsteilrat-graefenwinkel','Body','Ortsteilrat Gräfenwinkel',[], extra_lines={K:[309]}, note='Also in coordinated plurals (see ortsteilrat-merbitzau); P TOP 3 "im dortigen Ortsteilrat".')
ent('ortsteilrat-fuchsleben','Body','Ortsteilrat Fuchsleben',[], name_not_verbatim=True, extra_lines={K:[309]}, note='Only in coordinated plurals ("Ortsteilräte Merbitzau, Gräfenwinkel und Fuchsleben").')
ent('stadtelternvertretung','Body','Stadtelternvertretung Hörselbrück',['Stadtelternvertretung'])
ent('bildungsnetzwerk','Body','Bildungsnetzwerk Hörselbrück',['Bildungsnetzwerk','Bildungsnetzwerks','Hörselbrücker Bildungsnetzwerk'])
ent('koordinierungskreis','Body','Koordinierungskreis des Bildungsnetzwerks',['Koordinierungskreis','Koordinierungskreises','Koordinierungskreises des Bildungsnetzwerks'])
ent('tw-uebergaenge','Body','Themenwerkstatt „Übergänge gestalten“',['Werkstatt „Übergänge gestalten“','„Übergänge gestalten“'])
ent('tw-sprache','Body','Themenwerkstatt „Sprache und Ankommen“',['Werkstatt „Sprache und Ankommen“','„Sprache und Ankommen“','Themenwerkstatt "Sprache und Ankommen"'])
ent('tw-digital','Body','Themenwerkstatt „Digitale Bildung“',['Werkstatt „Digitale Bildung“','„Digitale Bildung“','Themenwerkstatt "Digitale Bildung"'])
ent('bildungsforum','Body','Hörselbrücker Bildungsforum',['Bildungsforum','Bildungsforums','Horselbriicker Bildungsforum'])
ent('jugendberufsagentur','Body','Jugendberufsagentur Hörselbrück',[], note='Alliance of Agentur für Arbeit, Jobcenter and Jugendamt; typed Body (cooperation structure).')
ent('ak-schule-wirtschaft','Body','Arbeitskreis Schule – Wirtschaft',[])
ent('ag-kita-gs','Body','AG Übergang Kita-Grundschule',['AG Ubergang Kita-Grundschule'], name_not_verbatim=True, note='Only in OCR form in the work packages.')

# Programmes / projects
ent('bildungskommunen','Programme','Bildungskommunen',['„Bildungskommunen“','"Bildungskommunen"','Bildungskommune'])
ent('esf-plus','Programme','Europäischer Sozialfonds Plus',['ESF Plus','Europäischen Sozialfonds Plus'])
ent('lernen-vor-ort','Programme','Lernen vor Ort',['„Lernen vor Ort“'])
ent('transferinitiative','Programme','Transferinitiative Kommunales Bildungsmanagement',[])
ent('startchancen','Programme','Startchancen-Programm',[])
ent('ausbildungslotsen','Programme','Ausbildungslotsen',[], note='Project carried by Werkstatt Zukunft gGmbH; also described by transfer object 4.5.3.1.')
ent('lesebruecke','Programme','Lesebrücke',['„Lesebrücke“'])
ent('bildungsscouts','Programme','Jugend-Bildungsscouts',['„Jugend-Bildungsscouts“'])

# Persons
def person(id,name,aliases,role,aff,**kw):
    ent(id,'Person',name,aliases,role=role,affiliation=aff,**kw)
person('lattermann','Dr. Jens-Uwe Lattermann',['Dr. J.-U. Lattermann','Dr. Lattermann'],'Oberbürgermeister; Vorsitzender des Stadtrats','Stadt Hörselbrück')
person('mohrenweiser','Sabine Mohrenweiser',['Frau Mohrenweiser','Beigeordnete für Bildung, Jugend und Kultur','Beigeordneten für Bildung, Jugend und Kultur','Beigeordneten fiir Bildung, Jugend und Kultur'],
       'Beigeordnete für Bildung, Jugend und Kultur (Leiterin Dezernat II); Vorsitzende des Koordinierungskreises','Stadt Hörselbrück, Dezernat II',
       note='Role descriptions "Beigeordnete(n) für Bildung, Jugend und Kultur" used without the name (K l.156, A AP 4, F) are coreferent and listed as aliases.')
person('ostheimer','Frank Ostheimer',['Herr Ostheimer'],'Beigeordneter (Dezernat III)','Stadt Hörselbrück, Dezernat III')
person('reinholz','Dr. Kai Reinholz',[],'Amtsleiter','Amt für Bildung')
person('hohlfeld','Petra Hohlfeld',['Frau Hohlfeld'],'Amtsleiterin','Jugendamt')
person('schleef','Miriam Schleef',['Frau Schleef','M. Schleef','MS'],'Leiterin der Stabsstelle Bildungsmanagement','Stadt Hörselbrück, Stabsstelle Bildungsmanagement')
person('aydin-krause','Deniz Aydın-Krause',['Frau Aydın-Krause'],'Bildungskoordinatorin für Neuzugewanderte','Stabsstelle Bildungsmanagement')
person('ruediger','Tobias Rüdiger',[],'Bildungsplanung, Bildungsportal','Stabsstelle Bildungsmanagement')
person('brettschneider','Lukas Brettschneider',['Herr Brettschneider','LB'],'Bildungsmonitoring','Amt für Bildung, SG Bildungsmonitoring')
person('fassbender','Julia Faßbender',[],'Sachgebietsleiterin Bildungsmonitoring','Amt für Bildung')
person('vockerodt','Günter Vockerodt',['Herr Vockerodt','Herrn Vockerodt'],'Ortsteilbürgermeister','Ortsteil Merbitzau')
person('seifarth','Ramona Seifarth',['Frau Seifarth'],'Ortsteilbürgermeisterin','Ortsteil Gräfenwinkel')
person('bachmann','Yvonne Bachmann',[],'Stadträtin; Vorsitzende des Ausschusses für Bildung, Schule und Sport','Stadtrat Hörselbrück')
person('unverzagt','Dr. Carola Unverzagt',['Frau Dr. Unverzagt','Dr. Unverzagt'],'Referentin für Schulentwicklung','Staatliches Schulamt Westthüringen')
person('trautvetter','Holger Trautvetter',[],'Referat Schulentwicklung und regionale Bildungslandschaften','TMBJS')
person('ackermann','Bernd Ackermann',[],'Dezernent für Bildung und Kultur','Landkreis Saalstein')
person('rehbein','Anja Rehbein',['Frau Rehbein','Frau Anja Rehbein'],'Geschäftsführerin','Bildungsagentur Saalstein GmbH')
person('oelschlegel','Dr. Franziska Oelschlegel',['Frau Dr. Oelschlegel'],'wissenschaftliche Mitarbeiterin, Prozessbegleiterin','TTKB')
person('wohlfahrt','Tobias Wohlfahrt',['Herr Wohlfahrt','T. Wohlfahrt'],'Leiter der Transferstelle','TTKB')
person('kuehnhold','Sandra Kühnhold',['Frau Kühnhold'],'Bereichsleiterin Markt und Integration','Jobcenter Hörselbrück')
person('pietzsch','Ralf Pietzsch',['Herr Pietzsch','Herrn Pietzsch'],'Teamleiter Berufsberatung','Agentur für Arbeit Hörselbrück')
person('laemmerhirt','Christine Lämmerhirt',['Frau Lämmerhirt'],'Werkleiterin','Volkshochschule Hörselbrück')
person('baerwinkel','Prof. Dr. Heiko Bärwinkel',['Prof. Bärwinkel'],'Leiter der Forschungsstelle Bildungsübergänge und Teilhabe','Fachhochschule Hörselbrück')
person('moebius','Jana Möbius',['Frau Möbius'],'Geschäftsführerin','Stadtjugendring Hörselbrück e. V.')
person('woelfel','Nadine Wölfel',['Frau Wölfel'],'Sprecherin','Stadtelternvertretung Hörselbrück')
person('heuschkel','Volker Heuschkel',[],'Vorstand','Bildungsgenossenschaft Merbitzau eG')
person('gottschalk','Ines Gottschalk',['Frau Gottschalk'],'Geschäftsführerin','Werkstatt Zukunft Hörselbrück gGmbH')
person('danzer','Ulf Danzer',['Herr Ulf Danzer'],'Ausbildungsberater der IHK; Leiter des Arbeitskreises Schule – Wirtschaft','IHK Hörselbrück-Saalstein')

# Action fields
ent('af-kita-gs','ActionField','Übergang Kita – Grundschule',['Ubergang Kita-Grundschule'])
ent('af-schule-beruf','ActionField','Übergang Schule – Beruf',['Ubergang Schule-Beruf','Übergangs Schule – Beruf'])
ent('af-fachkraefte','ActionField','Fachkräftesicherung',['Fachkraftesicherung'])
ent('af-sprache','ActionField','Sprache und Integration',['Sprachbildung und Integration'])
ent('af-digital','ActionField','Digitale Bildung',[])
ent('af-lll','ActionField','Lebenslanges Lernen in den Ortsteilen',['Lebenslanges Lernen'])
ent('af-bne','ActionField','Bildung für nachhaltige Entwicklung',['BNE','Bildung für nachhaltige Entwicklung (BNE)','Bildung fir nachhaltige Entwicklung'])
ent('af-bildungsmonitoring','ActionField','Bildungsmonitoring',['Bildungsmonitorings'], exclude_lines={K:[130],Z:[227],P:[19]}, note='Excluded lines where "Bildungsmonitoring" names the Sachgebiet or a job role.')

# Measures: work packages (A)
APS=[(1,'Bestandsaufnahme und Analyse der Ausgangssituation',None),(2,'Bildungsleitbild Hörselbrück 2030','Bildungsleitbild Hérselbrtick 2030'),
     (3,'Hörselbrücker Bildungsforum','Horselbriicker Bildungsforum'),(4,'Koordinierung und Steuerung',None),(5,'Kooperation über die Stadtgrenze','Kooperation iiber die Stadtgrenze'),
     (6,'Übergang Kita-Grundschule','Ubergang Kita-Grundschule'),(7,'Sprache und Integration',None),(8,'Digitale Bildung',None),(9,'Lebenslanges Lernen in den Ortsteilen',None),
     (10,'Kleinräumiges Bildungsmonitoring','Kleinraumiges Bildungsmonitoring'),(11,'Bildungsberichterstattung',None),(12,'Kommunikation und Öffentlichkeitsarbeit','Kommunikation und Offentlichkeitsarbeit'),
     (13,'Transfer und Vernetzung',None)]
for n,t,ocr in APS:
    al=[f'AP {n}']
    if ocr: al.append(f'AP {n} {ocr}')
    kw={}
    if ocr: kw=dict(name_not_verbatim=True, note='Canonical spelling; the OCR-damaged form is the alias.')
    ent(f'ap-{n}','Measure',f'AP {n} {t}',al,**kw)

# Measures: goals and measures of the target agreement (Z)
ZM=[('z-1','Verstetigung der Steuerungsstruktur im Bildungsnetzwerk',['Z 1']),
    ('m-1-1','Überarbeitung der Geschäftsordnung des Koordinierungskreises',['M 1.1','M 1.1 Überarbeitung der Geschäftsordnung des Koordinierungskreises']),
    ('m-1-2','Klärung der Aufträge der drei Themenwerkstätten an den Koordinierungskreis',['M 1.2','M 1.2 Klärung der Aufträge der drei Themenwerkstätten an den Koordinierungskreis']),
    ('m-1-3','Verankerung des Bildungsnetzwerks im Haushalt ab 2026',['M 1.3','M 1.3 Verankerung des Bildungsnetzwerks im Haushalt ab 2026']),
    ('z-2','Ausbau des kleinräumigen Bildungsmonitorings auf alle zwölf Ortsteile',['Z 2','Ziel 2']),
    ('m-2-1','Ortsteilprofile für die übrigen neun Ortsteile',['M 2.1','M 2.1 Ortsteilprofile für die übrigen neun Ortsteile']),
    ('m-2-2','Datenschutzkonzept für kleinräumige Auswertungen',['M 2.2','M 2.2 Datenschutzkonzept für kleinräumige Auswertungen']),
    ('m-2-3','Rückkopplung der Profile in den Ortsteilräten',['M 2.3','M 2.3 Rückkopplung der Profile in den Ortsteilräten']),
    ('z-3','Abgestimmte Gestaltung des Übergangs Schule – Beruf mit dem Landkreis Saalstein',['Z 3']),
    ('m-3-1','Gemeinsame Angebotslandkarte Übergang Schule – Beruf für Stadt und Landkreis',['M 3.1','M 3.1 Gemeinsame Angebotslandkarte Übergang Schule – Beruf für Stadt und Landkreis']),
    ('m-3-2','Transfer des Modells Ausbildungslotsen in den Landkreis',['M 3.2','M 3.2 Transfer des Modells Ausbildungslotsen in den Landkreis']),
    ('z-4','Sprachbildung und Integration Neuzugewanderter stärken',['Z 4']),
    ('m-4-1','Übersicht über Sprachkurse und Wartezeiten',['M 4.1','M 4.1 Übersicht über Sprachkurse und Wartezeiten']),
    ('m-4-2','Elterninformation zum Übergang Kita – Grundschule in fünf Sprachen',['M 4.2','M 4.2 Elterninformation zum Übergang Kita – Grundschule in fünf Sprachen']),
    ('z-5','Lebenslanges Lernen in den Ortsteilen sichtbar machen',['Z 5']),
    ('m-5-1','Kursangebote der VHS im Lernhaus Merbitzau und in zwei weiteren Ortsteilen',['M 5.1','M 5.1 Kursangebote der VHS im Lernhaus Merbitzau und in zwei weiteren Ortsteilen'])]
for id,name,al in ZM:
    ent(id,'Measure',name,al)

# Transfer objects
ent('to-4.2.3.1','TransferObject','Kleinräumiges Bildungsmonitoring für Ortsteile',['Kleinräumiges Bildungsmonitoring','kleinräumigen Bildungsmonitorings'])
ent('to-4.3.3.1','TransferObject','Themenwerkstätten im Bildungsnetzwerk Hörselbrück',[])
ent('to-4.5.3.1','TransferObject','Ausbildungslotsen an Regelschulen',[])
