from spec_entities import K,A,Z,P,F
R=[]
def r(s,p,o,doc,ev,role=None,note=None,anchor=None):
    R.append(dict(subject=s,predicate=p,object=o,doc=doc,evidence=ev,role=role,note=note,anchor=anchor))
S='stadt-hoerselbrueck'
# ---------------- K: transfer catalogue
r(S,'participatesIn','bildungskommunen',K,'Herbst 2022 in das Bundesprogramm „Bildungskommunen“',note='"Seit die Stadt im Herbst 2022 in das Bundesprogramm „Bildungskommunen“ aufgenommen wurde" (l.5-9)')
for o in ['sjr','vhs']:
    r(o,'participatesIn','bildungsnetzwerk',K,'Trägern, dem Stadtjugendring Hörselbrück e. V., der Volkshochschule',note='"Mein Dank gilt allen, die das Hörselbrücker Bildungsnetzwerk tragen: …" (l.21-29)')
r('fh','participatesIn','bildungsnetzwerk',K,'der Fachhochschule Hörselbrück und ihrer Forschungsstelle',note='list of those who "das Hörselbrücker Bildungsnetzwerk tragen" (l.21)')
r('forschungsstelle','participatesIn','bildungsnetzwerk',K,'stelle Bildungsübergänge und Teilhabe sowie unseren Partnern',note='list of those who "das Hörselbrücker Bildungsnetzwerk tragen" (l.21)')
r('forschungsstelle','subOrganizationOf','fh',K,'der Fachhochschule Hörselbrück und ihrer Forschungsstelle',note='possessive "ihrer"')
r('ttkb','cooperatesWith',S,K,'Bildungsmanagement, die uns seit 2023 auf der Grundlage einer',note='"die uns … auf der Grundlage einer Zielvereinbarung begleitet": relative pronoun = TTKB, "uns" = Stadt Hörselbrück (foreword)')
r('bildungsnetzwerk','fundedBy','stiftung',K,'die mehrere Vorhaben unseres Netzwerks fördert',note='"Ottilie-Brenner-Stiftung, die mehrere Vorhaben unseres Netzwerks fördert"; funds projects of the network')
r('mohrenweiser','memberOf',S,K,'Beigeordnete für Bildung, Jugend und Kultur der Stadt Hörselbrück',role='Beigeordnete für Bildung, Jugend und Kultur',note='signature of the foreword')
r('stadtrat','chairedBy','lattermann',K,'Den Vorsitz im Stadtrat führt Oberbürgermeister Dr. Jens-Uwe Lattermann')
r('lattermann','memberOf',S,K,'Den Vorsitz im Stadtrat führt Oberbürgermeister Dr. Jens-Uwe Lattermann',role='Oberbürgermeister',note='"der zugleich die Verwaltung leitet"; city from l.112-113')
r('ausschuss-bss','subOrganizationOf','stadtrat',K,'Ausschuss für Bildung, Schule und Sport sowie der Jugendhilfeausschuss',note='"zwei Ausschüsse des Stadtrates: …" (l.115)')
r('jha','subOrganizationOf','stadtrat',K,'Ausschuss für Bildung, Schule und Sport sowie der Jugendhilfeausschuss',note='"zwei Ausschüsse des Stadtrates: …" (l.115)')
r('ausschuss-bss','chairedBy','bachmann',K,'Geleitet wird der Bildungsausschuss seit 2021 von Stadträtin Yvonne Bachmann')
r('bachmann','memberOf','stadtrat',K,'Geleitet wird der Bildungsausschuss seit 2021 von Stadträtin Yvonne Bachmann',role='Stadträtin')
r('stabsstelle-bm','subOrganizationOf','dezernat-2',K,'Stabsstelle Bildungsmanagement unmittelbar dem Dezernat II – Bildung, Jugend und Kultur zugeordnet')
r('mohrenweiser','memberOf','dezernat-2',K,'das von der Beigeordneten Sabine Mohrenweiser geleitet wird',role='Beigeordnete, Leiterin des Dezernats')
r('amt-bildung','subOrganizationOf','dezernat-2',K,'Zum Dezernat II gehören außerdem das Amt für Bildung')
r('sg-schulverwaltung','subOrganizationOf','amt-bildung',K,'das Amt für Bildung mit den Sachgebieten Schulverwaltung und Schulnetzplanung')
r('sg-bildungsmonitoring','subOrganizationOf','amt-bildung',K,'Schulverwaltung und Schulnetzplanung sowie Bildungsmonitoring',note='coordinated: "das Amt für Bildung mit den Sachgebieten … sowie Bildungsmonitoring"')
r('jugendamt','subOrganizationOf','dezernat-2',K,'und das Jugendamt mit dem Sachgebiet Jugendhilfeplanung',note='"Zum Dezernat II gehören außerdem … das Jugendamt"')
r('sg-jugendhilfeplanung','subOrganizationOf','jugendamt',K,'und das Jugendamt mit dem Sachgebiet Jugendhilfeplanung')
r('schleef','memberOf','stabsstelle-bm',K,'Die Stabsstelle wird von Miriam Schleef geleitet',role='Leiterin')
r('stabsstelle-bm','fundedBy','bildungskommunen',K,'Finanziert wird die Stabsstelle überwiegend aus dem Programm „Bildungskommunen“')
r('bildungskommunen','fundedBy','bmbf',K,'das aus Mitteln des Bundesministeriums für Bildung und Forschung',note='relative clause "das" = Programm „Bildungskommunen“')
r('bildungskommunen','fundedBy','esf-plus',K,'des Europäischen Sozialfonds Plus (ESF Plus) gefördert wird',note='relative clause "das" = Programm „Bildungskommunen“')
r('ortsteilrat-merbitzau','chairedBy','vockerodt',K,'der Ortsteilrat Merbitzau unter dem Vorsitz von Ortsteilbürgermeister Günter Vockerodt')
r('vockerodt','memberOf','ot-merbitzau',K,'der Ortsteilrat Merbitzau unter dem Vorsitz von Ortsteilbürgermeister Günter Vockerodt',role='Ortsteilbürgermeister')
r('ortsteilrat-graefenwinkel','chairedBy','seifarth',K,'der Ortsteilrat Gräfenwinkel, dem Ramona Seifarth als Ortsteilbürgermeisterin vorsitzt')
r('seifarth','memberOf','ot-graefenwinkel',K,'der Ortsteilrat Gräfenwinkel, dem Ramona Seifarth als Ortsteilbürgermeisterin vorsitzt',role='Ortsteilbürgermeisterin')
r('koordinierungskreis','chairedBy','mohrenweiser',K,'der unter Federführung der Beigeordneten für Bildung, Jugend und Kultur',note='role-only reference to Sabine Mohrenweiser')
r('amt-bildung','participatesIn','koordinierungskreis',K,'Ihm gehören neben dem Amt für Bildung und dem Jugendamt',note='"Ihm" = Koordinierungskreis (previous sentence)')
r('jugendamt','participatesIn','koordinierungskreis',K,'Ihm gehören neben dem Amt für Bildung und dem Jugendamt',note='"Ihm" = Koordinierungskreis')
r('schulamt','participatesIn','koordinierungskreis',K,'das Staatliche Schulamt Westthüringen, die Agentur für',note='"Ihm gehören … an"')
r('afa','participatesIn','koordinierungskreis',K,'die Agentur für Arbeit Hörselbrück, das Jobcenter Hörselbrück',note='"Ihm gehören … an"')
r('jobcenter','participatesIn','koordinierungskreis',K,'die Agentur für Arbeit Hörselbrück, das Jobcenter Hörselbrück',note='"Ihm gehören … an"')
r('vhs','participatesIn','koordinierungskreis',K,'die Volkshochschule Hörselbrück, die Fachhochschule Hörselbrück',note='"Ihm gehören … an"')
r('fh','participatesIn','koordinierungskreis',K,'die Volkshochschule Hörselbrück, die Fachhochschule Hörselbrück',note='"Ihm gehören … an"')
r('sjr','participatesIn','koordinierungskreis',K,'Stadtjugendring Hörselbrück e. V. an',note='"Ihm gehören … an"')
r('bildungsagentur','participatesIn','koordinierungskreis',K,'die Bildungsagentur Saalstein GmbH nimmt mit beratender Stimme teil',role='beratende Stimme')
r('bildungsforum','carriedBy',S,K,'Bildungsforum vor, das in Trägerschaft der Stadt stattfindet')
r('stadtelternvertretung','participatesIn','bildungsforum',K,'Die Stadtelternvertretung Hörselbrück wirkt sowohl im Forum',note='"im Forum" = Hörselbrücker Bildungsforum (previous sentence)')
r('vhs','subOrganizationOf',S,K,'Die Volkshochschule Hörselbrück wird seit 2005 als Eigenbetrieb der Stadt geführt',note='Eigenbetrieb (municipal enterprise without own legal personality)')
r('forschungsstelle','subOrganizationOf','fh',K,'das Bildungsmanagement vor allem über ihre Forschungsstelle',note='"Die Fachhochschule Hörselbrück unterstützt … über ihre Forschungsstelle …" (l.175-177)')
r(S,'cooperatesWith','schulamt',K,'Auf Landesebene arbeitet die Stadt eng mit dem Staatlichen Schulamt Westthüringen zusammen')
r('schulamt','subOrganizationOf','tmbjs',K,'das dem Thüringer Ministerium für Bildung, Jugend und Sport (TMBJS) nachgeordnet')
r('ttkb','cooperatesWith',S,K,'begleitet die Thüringer Transferstelle für Kommunales Bildungsmanagement (TTKB)',note='"Den Aufbau des Bildungsmanagements begleitet …"')
r('ttkb','carriedBy','irb',K,'sie wird vom Institut für Regionalentwicklung und Bildungsforschung e. V. getragen',note='"sie" = TTKB')
r(S,'cooperatesWith','lk-saalstein',K,'Über die Stadtgrenze hinaus kooperiert Hörselbrück mit dem benachbarten Landkreis Saalstein')
r(S,'cooperatesWith','bildungsagentur',K,'Gemeinsam mit dessen kreiseigener Bildungsagentur Saalstein GmbH',note='passive: "Gemeinsam mit … werden Angebote … abgestimmt"; subject is the city')
r('bildungsagentur','carriedBy','lk-saalstein',K,'Gemeinsam mit dessen kreiseigener Bildungsagentur Saalstein GmbH',note='"dessen kreiseigener" = owned by the Landkreis Saalstein')
r('afa','participatesIn','jugendberufsagentur',K,'Die Agentur für Arbeit Hörselbrück, das Jobcenter Hörselbrück',note='"… haben sich 2021 zur Jugendberufsagentur Hörselbrück zusammengeschlossen"')
r('jobcenter','participatesIn','jugendberufsagentur',K,'Die Agentur für Arbeit Hörselbrück, das Jobcenter Hörselbrück',note='"… haben sich 2021 zur Jugendberufsagentur Hörselbrück zusammengeschlossen"')
r('jugendamt','participatesIn','jugendberufsagentur',K,'das Jugendamt haben sich 2021 zur Jugendberufsagentur Hörselbrück')
r('ihk','participatesIn','ak-schule-wirtschaft',K,'in dem die Industrie- und Handelskammer Hörselbrück-Saalstein',note='"in dem" = Arbeitskreis Schule – Wirtschaft')
r('kreishandwerkerschaft','participatesIn','ak-schule-wirtschaft',K,'Hörselbrück-Saalstein und die Kreishandwerkerschaft Hörseltal',note='"in dem" = Arbeitskreis Schule – Wirtschaft')
r('ak-schule-wirtschaft','chairedBy','danzer',K,'Den Arbeitskreis leitet seit 2022 Herr Ulf Danzer')
r('danzer','memberOf','ihk',K,'Herr Ulf Danzer, Ausbildungsberater der IHK',role='Ausbildungsberater')
r('lesebruecke','carriedBy','verein-brueckenschlag',K,'„Lesebrücke“ etwa werden vom Verein Brückenschlag – Bildungspaten Hörselbrück e. V. getragen')
r('lesebruecke','fundedBy','stiftung',K,'von der Ottilie-Brenner-Stiftung gefördert')
r('lernhaus','carriedBy','genossenschaft',K,'betreibt die Bildungsgenossenschaft Merbitzau eG das „Lernhaus Merbitzau“')
# mask 4.2.3.1
r('sg-bildungsmonitoring','cooperatesWith','forschungsstelle',K,'Die Geokodierung übernimmt das Sachgebiet Bildungsmonitoring gemeinsam mit der Forschungsstelle')
r('forschungsstelle','subOrganizationOf','fh',K,'Forschungsstelle Bildungsübergänge und Teilhabe der Fachhochschule, die auch',note='mask 4.2.3.1, METHODEN step 3')
r('forschungsstelle','subOrganizationOf','fh',K,'Forschungsstelle Bildungsübergänge und Teilhabe der Fachhochschule Hörselbrück',note='mask 4.2.3.1, BETEILIGTE AKTEURE', anchor='BETEILIGTE AKTEURE')
# mask 4.3.3.1
r('jugendamt','participatesIn','tw-uebergaenge',K,'Sie wird gemeinsam vom Jugendamt und der Agentur für Arbeit Hörselbrück geleitet',role='Leitung',note='"Sie" = Themenwerkstatt „Übergänge gestalten“')
r('afa','participatesIn','tw-uebergaenge',K,'Sie wird gemeinsam vom Jugendamt und der Agentur für Arbeit Hörselbrück geleitet',role='Leitung',note='"Sie" = Themenwerkstatt „Übergänge gestalten“')
r('vhs','participatesIn','tw-sprache',K,'Unter Federführung der Volkshochschule arbeiten hier',role='Federführung')
r('aydin-krause','memberOf','tw-sprache',K,'die Bildungskoordinatorin für Neuzugewanderte, Deniz Aydın-Krause, zusammen',role='Bildungskoordinatorin für Neuzugewanderte')
r('sjr','participatesIn','tw-digital',K,'Moderiert wird diese Werkstatt vom Stadtjugendring',role='Moderation')
r('moebius','memberOf','sjr',K,'dessen Geschäftsführerin Jana Möbius sie',role='Geschäftsführerin',note='"dessen" = Stadtjugendring')
r('jugendamt','participatesIn','tw-uebergaenge',K,'Jugendamt und Agentur für Arbeit Hörselbrück (Leitung Werkstatt „Übergänge gestalten“)',role='Leitung',note='mask 4.3.3.1 actors')
r('afa','participatesIn','tw-uebergaenge',K,'Jugendamt und Agentur für Arbeit Hörselbrück (Leitung Werkstatt „Übergänge gestalten“)',role='Leitung',note='mask 4.3.3.1 actors')
r('vhs','participatesIn','tw-sprache',K,'Volkshochschule Hörselbrück (Leitung Werkstatt „Sprache und Ankommen“)',role='Leitung')
r('sjr','participatesIn','tw-digital',K,'Stadtjugendring Hörselbrück e. V. (Leitung Werkstatt „Digitale Bildung“)',role='Leitung')
# mask 4.5.3.1
r('ausbildungslotsen','carriedBy','werkstatt-zukunft',K,'Das Projekt wird von der Werkstatt Zukunft Hörselbrück gGmbH getragen')
r('ausbildungslotsen','cooperatesWith','afa',K,'Die Lotsen arbeiten eng mit der Berufsberatung der Agentur für Arbeit zusammen',note='the project (its Lotsen) with the Berufsberatung of the Agentur für Arbeit')
r('ausbildungslotsen','fundedBy','jobcenter',K,'gefördert durch das Jobcenter Hörselbrück und die Ottilie-Brenner-Stiftung',note='"2022: Start an drei Regelschulen; gefördert durch …"')
r('ausbildungslotsen','fundedBy','stiftung',K,'gefördert durch das Jobcenter Hörselbrück und die Ottilie-Brenner-Stiftung')
r('ausbildungslotsen','fundedBy','esf-plus',K,'Kofinanzierung aus dem ESF Plus')
r('ausbildungslotsen','carriedBy','werkstatt-zukunft',K,'Werkstatt Zukunft Hörselbrück gGmbH (Träger)')
r('ausbildungslotsen','fundedBy','stiftung',K,'Ottilie-Brenner-Stiftung (Förderer)')
r('stabsstelle-bm','subOrganizationOf',S,K,'Stabsstelle Bildungsmanagement der Stadt Hörselbrück')

# ---------------- A: work packages (OCR)
r(S,'participatesIn','bildungskommunen',A,'Stadt Hérselbriick – Antrag im Forderprogramm "Bildungskommunen"',note='application of the city in the programme')
r('stabsstelle-bm','subOrganizationOf','dezernat-2',A,'Stabsstelle Bildungsmanagement im Dezernat II')
r('sg-bildungsmonitoring','subOrganizationOf','amt-bildung',A,'Sachgebiet Bildungsmonitoring im Amt fiir Bildung')
r('koordinierungskreis','chairedBy','mohrenweiser',A,'Koordinierungskreises des Bildungsnetzwerks unter Vorsitz der Beigeordneten fiir Bildung, Jugend und Kultur',note='role-only reference to Sabine Mohrenweiser')
r('stabsstelle-bm','cooperatesWith','lk-saalstein',A,'regelmaBige Jour fixes mit dem Landkreis Saalstein und der Bildungsagentur Saalstein GmbH',note='AP 5; the Stabsstelle is the responsible unit (l.6-8 and Zeitplan)')
r('stabsstelle-bm','cooperatesWith','bildungsagentur',A,'regelmaBige Jour fixes mit dem Landkreis Saalstein und der Bildungsagentur Saalstein GmbH',note='AP 5; the Stabsstelle is the responsible unit')
r('ausbildungslotsen','carriedBy','werkstatt-zukunft',A,'Abstimmung der Ausbildungslotsen mit dem Trager Werkstatt Zukunft Hérselbrtick gGmbH')
r('jugendamt','participatesIn','ag-kita-gs',A,'AG Ubergang Kita-Grundschule gemeinsam mit dem Jugendamt und dem Staatlichen Schulamt',note='"Fortführung der AG … gemeinsam mit dem Jugendamt und dem Staatlichen Schulamt Westthüringen"')
r('schulamt','participatesIn','ag-kita-gs',A,'AG Ubergang Kita-Grundschule gemeinsam mit dem Jugendamt und dem Staatlichen Schulamt')
r('stabsstelle-bm','cooperatesWith','vhs',A,'Zusammenarbeit mit der Volkshochschule Hérselbrick (Eigenbetrieb)',note='AP 7; subject = responsible unit (Stabsstelle, l.6-8)')
r('stabsstelle-bm','cooperatesWith','sjr',A,'Zusammenarbeit mit dem Stadtjugendring Hérselbr{ick e. V.',note='AP 8; subject = responsible unit (Stabsstelle)')
r('lernhaus','carriedBy','genossenschaft',A,'Lernhauses Merbitzau (Trager: Bildungsgenossenschaft Merbitzau eG)')
r('sg-bildungsmonitoring','cooperatesWith','forschungsstelle',A,'durch das Sachgebiet Bildungsmonitoring in Kooperation mit der Forschungsstelle')
r('forschungsstelle','subOrganizationOf','fh',A,'Forschungsstelle Bildungsiibergange und Teilhabe der Fachhochschule Horselbriick')
r('sg-bildungsmonitoring','cooperatesWith','landesamt-statistik',A,'Zusammenarbeit mit dem Thiiringer Landesamt fiir Statistik',note='AP 11; federführend SG Bildungsmonitoring (Zeitplan)')
r(S,'cooperatesWith','ttkb',A,'Umsetzung der Zielvereinbarung mit der Thiringer Transferstelle fiir Kommunales Bildungsmanagement',note='AP 13; the agreement is between the city and the TTKB')
for ap,af,ev in [('ap-1','af-bildungsmonitoring','Schwachen-Analyse fiir das Bildungsmonitoring'),('ap-5','af-schule-beruf','zum Ubergang Schule-Beruf'),
                 ('ap-6','af-kita-gs','AP 6 Ubergang Kita-Grundschule'),('ap-7','af-sprache','AP 7 Sprache und Integration'),('ap-8','af-digital','AP 8 Digitale Bildung'),
                 ('ap-9','af-lll','AP 9 Lebenslanges Lernen in den Ortsteilen'),('ap-10','af-bildungsmonitoring','AP 10 Kleinraumiges Bildungsmonitoring'),
                 ('ap-11','af-fachkraefte','mit den Schwerpunkten Fachkraftesicherung'),('ap-11','af-bne','nachhaltige Entwicklung (BNE)'),
                 ('ap-13','af-fachkraefte','Fachkraftesicherung und Ubergiznge als Schwerpunktthemen')]:
    r(ap,'addressesActionField',af,A,ev)

# ---------------- Z: target agreement
r('lattermann','memberOf',S,Z,'vertreten durch den Oberbürgermeister Dr. Jens-Uwe Lattermann',role='Oberbürgermeister')
r('ttkb','carriedBy','irb',Z,'in Trägerschaft des Instituts für Regionalentwicklung und Bildungsforschung e. V. (IRB)')
r('wohlfahrt','memberOf','ttkb',Z,'vertreten durch den Leiter der Transferstelle, Tobias Wohlfahrt',role='Leiter der Transferstelle')
r(S,'cooperatesWith','ttkb',Z,'über die Zusammenarbeit beim Auf- und Ausbau des datenbasierten kommunalen Bildungsmanagements',note='title of the agreement between the two parties')
r('stabsstelle-bm','subOrganizationOf','dezernat-2',Z,'Stabsstelle Bildungsmanagement im Dezernat II – Bildung, Jugend und Kultur')
r('stabsstelle-bm','fundedBy','bildungskommunen',Z,'Die Stelle wird im Programm „Bildungskommunen“ gefördert')
r('bildungskommunen','fundedBy','bmbf',Z,'das das Bundesministerium für Bildung und Forschung (BMBF) gemeinsam mit dem Europäischen Sozialfonds Plus umsetzt',note='programme of the BMBF, co-financed by the ESF Plus')
r('bildungskommunen','fundedBy','esf-plus',Z,'das das Bundesministerium für Bildung und Forschung (BMBF) gemeinsam mit dem Europäischen Sozialfonds Plus umsetzt')
r('ttkb','fundedBy','bmbf',Z,'Arbeit wird durch das BMBF und das Thüringer Ministerium für Bildung, Jugend und Sport (TMBJS) finanziert',note='"ihre Arbeit" = Transferstelle')
r('ttkb','fundedBy','tmbjs',Z,'Arbeit wird durch das BMBF und das Thüringer Ministerium für Bildung, Jugend und Sport (TMBJS) finanziert',note='"ihre Arbeit" = Transferstelle')
r('schleef','memberOf','stabsstelle-bm',Z,'Ihre Leiterin, Frau Miriam Schleef',role='Leiterin',note='"Ihre" = Stabsstelle Bildungsmanagement')
r('sg-bildungsmonitoring','subOrganizationOf','amt-bildung',Z,'Sachgebiet Bildungsmonitoring des Amtes für Bildung')
r('oelschlegel','memberOf','ttkb',Z,'Dr. Franziska Oelschlegel, wissenschaftliche Mitarbeiterin der TTKB',role='wissenschaftliche Mitarbeiterin; Prozessbegleiterin')
r('rehbein','memberOf','bildungsagentur',Z,'die Geschäftsführerin seiner Bildungsagentur, Frau Anja Rehbein',role='Geschäftsführerin')
r('bildungsagentur','carriedBy','lk-saalstein',Z,'die Geschäftsführerin seiner Bildungsagentur',note='"Der Landkreis hat … die Geschäftsführerin seiner Bildungsagentur … benannt"')
r(S,'cooperatesWith','schulamt',Z,'Zusammenarbeit der Stadt mit dem Staatlichen Schulamt auf Grundlage der Kooperationsvereinbarung')
r('lattermann','memberOf',S,Z,'gez. Dr. J.-U. Lattermann',role='Oberbürgermeister',note='signature block "Für die Stadt Hörselbrück … Oberbürgermeister"')
r('wohlfahrt','memberOf','ttkb',Z,'gez. T. Wohlfahrt',role='Leiter TTKB',note='signature block "Leiter TTKB"')
r('schleef','memberOf','stabsstelle-bm',Z,'Miriam Schleef, Leiterin der Stabsstelle Bildungsmanagement, Dezernat II',role='Leiterin der Stabsstelle Bildungsmanagement')
r('fassbender','memberOf','sg-bildungsmonitoring',Z,'Julia Faßbender, Sachgebietsleiterin Bildungsmonitoring, Amt für Bildung',role='Sachgebietsleiterin')
r('wohlfahrt','memberOf','ttkb',Z,'Tobias Wohlfahrt, Leiter',role='Leiter',note='Anlage 2, under the heading "Thüringer Transferstelle für Kommunales Bildungsmanagement"')
r('oelschlegel','memberOf','ttkb',Z,'Dr. Franziska Oelschlegel, Prozessbegleitung Hörselbrück',role='Prozessbegleitung',note='Anlage 2, under the TTKB heading')
for m,af,ev in [('z-2','af-bildungsmonitoring','Ausbau des kleinräumigen Bildungsmonitorings'),('z-3','af-schule-beruf','Abgestimmte Gestaltung des Übergangs Schule – Beruf'),
                ('m-3-1','af-schule-beruf','Gemeinsame Angebotslandkarte Übergang Schule – Beruf'),('z-4','af-sprache','Sprachbildung und Integration Neuzugewanderter stärken'),
                ('m-4-2','af-kita-gs','Elterninformation zum Übergang Kita – Grundschule'),('z-5','af-lll','Lebenslanges Lernen in den Ortsteilen sichtbar machen')]:
    r(m,'addressesActionField',af,Z,ev)

# ---------------- P: minutes
rows=[('mohrenweiser','dezernat-2','Sabine Mohrenweiser | Beigeordnete, Vorsitzende des Koordinierungskreises','Beigeordnete'),
      ('ostheimer','dezernat-3','Frank Ostheimer | Beigeordneter | Stadt Hörselbrück, Dezernat III','Beigeordneter'),
      ('reinholz','amt-bildung','Dr. Kai Reinholz | Amtsleiter | Amt für Bildung','Amtsleiter'),
      ('hohlfeld','jugendamt','Petra Hohlfeld | Amtsleiterin | Jugendamt Hörselbrück','Amtsleiterin'),
      ('schleef','stabsstelle-bm','Miriam Schleef | Leiterin, Geschäftsführung des Koordinierungskreises | Stabsstelle Bildungsmanagement','Leiterin; Geschäftsführung des Koordinierungskreises'),
      ('brettschneider','sg-bildungsmonitoring','Lukas Brettschneider | Bildungsmonitoring | Amt für Bildung, SG Bildungsmonitoring','Bildungsmonitoring'),
      ('unverzagt','schulamt','Dr. Carola Unverzagt | Referentin für Schulentwicklung | Staatliches Schulamt Westthüringen','Referentin für Schulentwicklung'),
      ('pietzsch','afa','Ralf Pietzsch | Teamleiter Berufsberatung | Agentur für Arbeit Hörselbrück','Teamleiter Berufsberatung'),
      ('kuehnhold','jobcenter','Sandra Kühnhold | Bereichsleiterin Markt und Integration | Jobcenter Hörselbrück','Bereichsleiterin Markt und Integration'),
      ('laemmerhirt','vhs','Christine Lämmerhirt | Werkleiterin | Volkshochschule Hörselbrück (Eigenbetrieb)','Werkleiterin'),
      ('baerwinkel','forschungsstelle','Prof. Dr. Heiko Bärwinkel | Leiter der Forschungsstelle Bildungsübergänge und Teilhabe','Leiter'),
      ('baerwinkel','fh','Leiter der Forschungsstelle Bildungsübergänge und Teilhabe | Fachhochschule Hörselbrück','Leiter der Forschungsstelle Bildungsübergänge und Teilhabe'),
      ('moebius','sjr','Jana Möbius | Geschäftsführerin | Stadtjugendring Hörselbrück e. V.','Geschäftsführerin'),
      ('woelfel','stadtelternvertretung','Nadine Wölfel | Sprecherin | Stadtelternvertretung Hörselbrück','Sprecherin')]
for p_,o,ev,role in rows:
    r(p_,'memberOf',o,P,ev,role=role)
r('koordinierungskreis','chairedBy','mohrenweiser',P,'Sabine Mohrenweiser | Beigeordnete, Vorsitzende des Koordinierungskreises')
r('koordinierungskreis','chairedBy','mohrenweiser',P,'**Sitzungsleitung:** Sabine Mohrenweiser',note='chairs this meeting')
for o,ev in [('dezernat-2','Sabine Mohrenweiser | Beigeordnete, Vorsitzende des Koordinierungskreises | Stadt Hörselbrück, Dezernat II'),
             ('dezernat-3','Frank Ostheimer | Beigeordneter | Stadt Hörselbrück, Dezernat III'),('amt-bildung','Dr. Kai Reinholz | Amtsleiter | Amt für Bildung'),
             ('jugendamt','Petra Hohlfeld | Amtsleiterin | Jugendamt Hörselbrück'),('stabsstelle-bm','Geschäftsführung des Koordinierungskreises | Stabsstelle Bildungsmanagement'),
             ('sg-bildungsmonitoring','Lukas Brettschneider | Bildungsmonitoring | Amt für Bildung, SG Bildungsmonitoring'),
             ('schulamt','Referentin für Schulentwicklung | Staatliches Schulamt Westthüringen'),('afa','Teamleiter Berufsberatung | Agentur für Arbeit Hörselbrück'),
             ('jobcenter','Bereichsleiterin Markt und Integration | Jobcenter Hörselbrück'),('vhs','Werkleiterin | Volkshochschule Hörselbrück (Eigenbetrieb)'),
             ('fh','Leiter der Forschungsstelle Bildungsübergänge und Teilhabe | Fachhochschule Hörselbrück'),('sjr','Geschäftsführerin | Stadtjugendring Hörselbrück e. V.'),
             ('stadtelternvertretung','Sprecherin | Stadtelternvertretung Hörselbrück')]:
    r(o,'participatesIn','koordinierungskreis',P,ev,note='represented in the Koordinierungskreis (table "Anwesende")')
r('rehbein','memberOf','bildungsagentur',P,'Anja Rehbein, Geschäftsführerin der Bildungsagentur Saalstein GmbH',role='Geschäftsführerin')
r('bildungsagentur','participatesIn','koordinierungskreis',P,'Geschäftsführerin der Bildungsagentur Saalstein GmbH (beratendes Mitglied)',role='beratendes Mitglied')
r('oelschlegel','memberOf','ttkb',P,'Dr. Franziska Oelschlegel, TTKB (Prozessbegleitung laut Zielvereinbarung)',role='Prozessbegleitung')
r('vockerodt','memberOf','ot-merbitzau',P,'Günter Vockerodt, Ortsteilbürgermeister Merbitzau',role='Ortsteilbürgermeister')
r('gottschalk','memberOf','werkstatt-zukunft',P,'Ines Gottschalk, Geschäftsführerin Werkstatt Zukunft Hörselbrück gGmbH',role='Geschäftsführerin')
r('trautvetter','memberOf','tmbjs',P,'Holger Trautvetter (TMBJS, Referat Schulentwicklung und regionale Bildungslandschaften)',role='Referat Schulentwicklung und regionale Bildungslandschaften')
r('ackermann','memberOf','lk-saalstein',P,'Bernd Ackermann, Dezernent für Bildung und Kultur des Landkreises Saalstein',role='Dezernent für Bildung und Kultur')
r('lernhaus','carriedBy','genossenschaft',P,'Lernhaus wird seit 2022 von der Bildungsgenossenschaft Merbitzau eG betrieben')
r('heuschkel','memberOf','genossenschaft',P,'deren Vorstand Volker Heuschkel',role='Vorstand',note='"deren" = Bildungsgenossenschaft Merbitzau eG')
r(S,'cooperatesWith','ttkb',P,'die Zielvereinbarung zwischen der Stadt und der Thüringer Transferstelle')
r('lattermann','memberOf',S,P,'OB Dr. Lattermann und Herr Wohlfahrt',role='OB',note='same sentence names "der Stadt" as party of the agreement')
r('sg-bildungsmonitoring','cooperatesWith','forschungsstelle',P,'vom SG Bildungsmonitoring gemeinsam mit der Forschungsstelle der FH erarbeitet')
r('forschungsstelle','subOrganizationOf','fh',P,'Forschungsstelle der FH')
r('seifarth','memberOf','ot-graefenwinkel',P,'Frau Seifarth, Ortsteilbürgermeisterin von Gräfenwinkel',role='Ortsteilbürgermeisterin')
r('tw-uebergaenge','chairedBy','hohlfeld',P,'Die Werkstatt wird von Frau Hohlfeld und Herrn Pietzsch gemeinsam geleitet',note='"Die Werkstatt" = Werkstatt „Übergänge gestalten“ (bold lead-in)')
r('tw-uebergaenge','chairedBy','pietzsch',P,'Die Werkstatt wird von Frau Hohlfeld und Herrn Pietzsch gemeinsam geleitet')
r('tw-sprache','chairedBy','laemmerhirt',P,'Frau Lämmerhirt berichtet für die Werkstatt, die sie zusammen mit Frau Aydın-Krause leitet')
r('tw-sprache','chairedBy','aydin-krause',P,'Frau Lämmerhirt berichtet für die Werkstatt, die sie zusammen mit Frau Aydın-Krause leitet')
r('tw-digital','chairedBy','moebius',P,'Frau Möbius (Stadtjugendring, Leitung der Werkstatt)')
r('moebius','memberOf','sjr',P,'Frau Möbius (Stadtjugendring, Leitung der Werkstatt)')
r('bildungsscouts','carriedBy','sjr',P,'Träger ist der Stadtjugendring',note='"Träger" of the project „Jugend-Bildungsscouts“ (previous sentence)')
r('bildungsscouts','fundedBy','stiftung',P,'gefördert wird es durch die Ottilie-Brenner-Stiftung',note='"es" = Projekt „Jugend-Bildungsscouts“')
r('ausbildungslotsen','carriedBy','werkstatt-zukunft',P,'Das Projekt, dessen Träger die von ihr geleitete gGmbH ist',note='"ihr" = Frau Gottschalk, GF of Werkstatt Zukunft Hörselbrück gGmbH')
r('gottschalk','memberOf','werkstatt-zukunft',P,'Das Projekt, dessen Träger die von ihr geleitete gGmbH ist',role='Leitung',note='pronoun "ihr" = Frau Gottschalk')
r('ausbildungslotsen','fundedBy','jobcenter',P,'wird weiterhin vom Jobcenter Hörselbrück kofinanziert')
r('bildungsagentur','carriedBy','lk-saalstein',P,'Die Bildungsagentur ist eine hundertprozentige Tochter des Landkreises Saalstein')
r('stabsstelle-bm','cooperatesWith','bildungsagentur',P,'bittet die Stabsstelle, hierzu gemeinsam mit der Bildungsagentur Saalstein GmbH eine Kooperationsvereinbarung',note='Beschluss 14/2: prepare a cooperation agreement')

# ---------------- F: slides
r(S,'participatesIn','bildungskommunen',F,'Seit 2022 Bildungskommune im Bundesprogramm „Bildungskommunen“',note='subject = Hörselbrück (presenting city)')
r('bildungskommunen','fundedBy','bmbf',F,'gefördert vom BMBF und aus dem ESF Plus')
r('bildungskommunen','fundedBy','esf-plus',F,'gefördert vom BMBF und aus dem ESF Plus')
r('ausschuss-bss','subOrganizationOf','stadtrat',F,'├ Ausschuss für Bildung, Schule und Sport (Vors.: Yvonne Bachmann)',note='organisation chart under "Stadtrat Hörselbrück"')
r('ausschuss-bss','chairedBy','bachmann',F,'Ausschuss für Bildung, Schule und Sport (Vors.: Yvonne Bachmann)')
r('jha','subOrganizationOf','stadtrat',F,'└ Jugendhilfeausschuss',note='organisation chart')
r('lattermann','memberOf',S,F,'Oberbürgermeister Dr. Jens-Uwe Lattermann',role='Oberbürgermeister',note='slides of the Stadt Hörselbrück (organisation chart)')
r('mohrenweiser','memberOf','dezernat-2',F,'Beigeordnete Sabine Mohrenweiser',role='Beigeordnete',note='organisation chart, under Dezernat II')
r('stabsstelle-bm','subOrganizationOf','dezernat-2',F,'├ Stabsstelle Bildungsmanagement',note='organisation chart, under Dezernat II')
r('amt-bildung','subOrganizationOf','dezernat-2',F,'├ Amt für Bildung',note='organisation chart, under Dezernat II')
r('sg-schulverwaltung','subOrganizationOf','amt-bildung',F,'├ SG Schulverwaltung und Schulnetzplanung',note='organisation chart, under Amt für Bildung')
r('sg-bildungsmonitoring','subOrganizationOf','amt-bildung',F,'└ SG Bildungsmonitoring',note='organisation chart, under Amt für Bildung')
r('jugendamt','subOrganizationOf','dezernat-2',F,'├ Jugendamt',note='organisation chart, under Dezernat II')
r('sg-jugendhilfeplanung','subOrganizationOf','jugendamt',F,'└ SG Jugendhilfeplanung',note='organisation chart, under Jugendamt')
r('vhs','subOrganizationOf','dezernat-2',F,'└ Volkshochschule (Eigenbetrieb)',note='organisation chart, under Dezernat II')
r('ostheimer','memberOf','dezernat-3',F,'Beigeordneter Frank Ostheimer',role='Beigeordneter',note='organisation chart, under Dezernat III')
r('schleef','memberOf','stabsstelle-bm',F,'Miriam Schleef – Leitung, Bildungsmanagement',role='Leitung, Bildungsmanagement',note='slide "Stabsstelle Bildungsmanagement – Team"')
r('aydin-krause','memberOf','stabsstelle-bm',F,'Deniz Aydın-Krause – Bildungskoordination für Neuzugewanderte',role='Bildungskoordination für Neuzugewanderte',note='slide "Stabsstelle Bildungsmanagement – Team"')
r('ruediger','memberOf','stabsstelle-bm',F,'Tobias Rüdiger – Bildungsplanung, Bildungsportal',role='Bildungsplanung, Bildungsportal',note='slide "Stabsstelle Bildungsmanagement – Team"')
r('stabsstelle-bm','cooperatesWith','sg-bildungsmonitoring',F,'In enger Zusammenarbeit mit dem SG Bildungsmonitoring')
r('fassbender','memberOf','sg-bildungsmonitoring',F,'SG Bildungsmonitoring (Julia Faßbender')
r('brettschneider','memberOf','sg-bildungsmonitoring',F,'Lukas Brettschneider)')
r('koordinierungskreis','chairedBy','mohrenweiser',F,'Vorsitz: Beigeordnete für Bildung, Jugend und Kultur',note='role-only reference to Sabine Mohrenweiser')
r('jugendamt','participatesIn','tw-uebergaenge',F,'„Übergänge gestalten“ (Jugendamt / Agentur für Arbeit)',role='Leitung')
r('afa','participatesIn','tw-uebergaenge',F,'„Übergänge gestalten“ (Jugendamt / Agentur für Arbeit)',role='Leitung')
r('vhs','participatesIn','tw-sprache',F,'„Sprache und Ankommen“ (VHS / Bildungskoordination)',role='Leitung')
r('sjr','participatesIn','tw-digital',F,'„Digitale Bildung“ (Stadtjugendring)',role='Leitung')
for o,ev in [('schulamt','• Staatliches Schulamt Westthüringen'),('ttkb','• Thüringer Transferstelle für Kommunales Bildungsmanagement (TTKB)'),
             ('lk-saalstein','• Landkreis Saalstein'),('bildungsagentur','• Bildungsagentur Saalstein GmbH'),('afa','• Agentur für Arbeit Hörselbrück'),
             ('jobcenter','• Jobcenter Hörselbrück'),('ihk','• IHK Hörselbrück-Saalstein'),('fh','• Fachhochschule Hörselbrück – Forschungsstelle'),
             ('forschungsstelle','Fachhochschule Hörselbrück – Forschungsstelle Bildungsübergänge und Teilhabe'),('sjr','• Stadtjugendring Hörselbrück e. V.'),
             ('verein-brueckenschlag','• Brückenschlag – Bildungspaten Hörselbrück e. V.'),('werkstatt-zukunft','• Werkstatt Zukunft Hörselbrück gGmbH'),
             ('genossenschaft','• Bildungsgenossenschaft Merbitzau eG'),('stadtelternvertretung','• Stadtelternvertretung')]:
    r(o,'participatesIn','bildungsnetzwerk',F,ev,note='slide "Im Bildungsnetzwerk arbeiten u. a. mit:"')
r('forschungsstelle','subOrganizationOf','fh',F,'Fachhochschule Hörselbrück – Forschungsstelle Bildungsübergänge und Teilhabe')
r('lesebruecke','carriedBy','verein-brueckenschlag',F,'Lesebrücke Brückenschlag e. V. Ottilie-Brenner-Stiftung',note='table "Projekt Träger Förderung"')
r('lesebruecke','fundedBy','stiftung',F,'Lesebrücke Brückenschlag e. V. Ottilie-Brenner-Stiftung',note='table "Projekt Träger Förderung"')
r('ausbildungslotsen','carriedBy','werkstatt-zukunft',F,'Ausbildungslotsen Werkstatt Zukunft gGmbH Jobcenter, ESF Plus',note='table "Projekt Träger Förderung"')
r('ausbildungslotsen','fundedBy','jobcenter',F,'Ausbildungslotsen Werkstatt Zukunft gGmbH Jobcenter, ESF Plus',note='table "Projekt Träger Förderung"')
r('ausbildungslotsen','fundedBy','esf-plus',F,'Ausbildungslotsen Werkstatt Zukunft gGmbH Jobcenter, ESF Plus',note='table "Projekt Träger Förderung"')
r('ausbildungslotsen','fundedBy','stiftung',F,'Ottilie-Brenner-Stiftung',anchor='Ausbildungslotsen Werkstatt Zukunft gGmbH',note='continuation line of the Ausbildungslotsen row')
r('lernhaus','carriedBy','genossenschaft',F,'Lernhaus Merbitzau Bildungsgenossenschaft Ortsteilbudget der Stadt',note='table row; cell "Bildungsgenossenschaft Merbitzau eG" split over two lines')
r('lernhaus','fundedBy',S,F,'Lernhaus Merbitzau Bildungsgenossenschaft Ortsteilbudget der Stadt',note='Förderung: "Ortsteilbudget der Stadt"')
r('bildungsscouts','carriedBy','sjr',F,'Jugend-Bildungsscouts Stadtjugendring Ottilie-Brenner-Stiftung')
r('bildungsscouts','fundedBy','stiftung',F,'Jugend-Bildungsscouts Stadtjugendring Ottilie-Brenner-Stiftung')
r(S,'cooperatesWith','ttkb',F,'Zielvereinbarung mit der Thüringer Transferstelle unterzeichnet',note='slide "Was haben wir erreicht?" ("wir" = Stadt)')
r('wohlfahrt','memberOf','ttkb',F,'TTKB-Leiter Tobias Wohlfahrt',role='TTKB-Leiter')
r('lattermann','memberOf',S,F,'OB Dr. Lattermann und TTKB-Leiter',role='OB',note='signatory of the agreement for the city')
r(S,'cooperatesWith','bildungsagentur',F,'gemeinsam mit der Bildungsagentur Saalstein vereinbart',note='"Transfer der Ausbildungslotsen in den Landkreis Saalstein gemeinsam mit der Bildungsagentur Saalstein vereinbart"')
r(S,'cooperatesWith','ttkb',F,'12/2023 Zielvereinbarung mit der TTKB',note='milestone')
r('stabsstelle-bm','subOrganizationOf','dezernat-2',F,'Stabsstelle im Dezernat II',note='milestone 10/2022')
r('schleef','memberOf','stabsstelle-bm',F,'Leiterin Stabsstelle Bildungsmanagement',role='Leiterin',note='contact block')
r('aydin-krause','memberOf','stabsstelle-bm',F,'Deniz Aydın-Krause',anchor='Kontakt:',role='Bildungskoordination für Neuzugewanderte',note='contact block: name, role, "Stadt Hörselbrück / Stabsstelle Bildungsmanagement"')
r('stabsstelle-bm','fundedBy','bmbf',F,'Gefördert vom Bundesministerium für Bildung und Forschung',note='funding footer of the slides of the Stabsstelle')
r('stabsstelle-bm','fundedBy','eu',F,'und von der Europäischen Union – Europäischer Sozialfonds Plus',note='funding footer')
r('stabsstelle-bm','fundedBy','esf-plus',F,'und von der Europäischen Union – Europäischer Sozialfonds Plus',note='funding footer')
