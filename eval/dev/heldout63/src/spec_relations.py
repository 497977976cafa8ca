from spec_entities import K,A,Z,P,S
R = []
def r(s,p,o,d,ev,**x): R.append(dict(subject=s,predicate=p,object=o,doc=d,evidence=ev,**x))

# ================= K: Transferkatalog =================
# foreword
r('lk-gandersloh','participatesIn','bildungsregion',K,'Seit der Gründung der Bildungsregion Gandersloh im Jahr 2014 arbeiten der Landkreis Gandersloh',note='foreword')
r('stadt-ledinghausen','participatesIn','bildungsregion',K,'arbeiten der Landkreis Gandersloh, die Stadt Ledinghausen, die Samtgemeinden',note='foreword')
r('lk-gandersloh','participatesIn','bildungskommunen',K,'Mit dem Bundesprogramm „Bildungskommunen“ hat unser daten-basiertes Bildungsmanagement',note='foreword by the Landrat; "unser" = Landkreis')
r('lk-gandersloh','cooperatesWith','rlsb',K,'Regionalen Landesamt für Schule und Bildung Lüneburg, mit dem uns seit Jahren eine verlässliche Verantwortungsgemeinschaft',note='foreword; "uns" = Landkreis')
r('lk-gandersloh','cooperatesWith','tkb-nord',K,'Begleitet wurde die Erstellung von der Transferstelle Kommunales Bildungs-management Nord',note='foreword; support of the catalogue')
r('ohlendorf','memberOf','lk-gandersloh',K,'Jan-Hendrik Ohlendorf Landrat des Landkreises Gandersloh',role='Landrat',note='signature')
# mask 4.2.3.1 actors
for o,ev in [('bildungsbuero','Bildungsbüro des Landkreises (Federführung, Bildungsmonitoring)'),
             ('fd-40','Fachdienst 40 Schulen (Schulstatistik, Schulentwicklungsplanung)'),
             ('fd-51','Fachdienst 51 Jugend (Kindertagesstätten-Bedarfsplanung)'),
             ('fd-53','Fachdienst 53 Gesundheit (Schuleingangsuntersuchungen)'),
             ('fd-61','Fachdienst 61 Kreisentwicklung und Geodaten (Karten)'),
             ('lsn','• Landesamt für Statistik Niedersachsen'),
             ('rlsb','• Regionales Landesamt für Schule und Bildung Lüneburg'),
             ('afa','Agentur für Arbeit Ledinghausen (Ausbildungsmarkt)'),
             ('ibs','Institut für Bildungs- und Sozialraumforschung der Hochschule Ledinghausen (wissenschaftliche Begleitung)'),
             ('sg-ilsenriede','Samtgemeinden Ilsenriede und Sodenbrock, Stadt Vörlingen'),
             ('sg-sodenbrock','Samtgemeinden Ilsenriede und Sodenbrock, Stadt Vörlingen'),
             ('stadt-voerlingen','Sodenbrock, Stadt Vörlingen, Gemeinde Heidmoorn'),
             ('gemeinde-heidmoorn','Stadt Vörlingen, Gemeinde Heidmoorn und Stadt Ledinghausen'),
             ('stadt-ledinghausen','Gemeinde Heidmoorn und Stadt Ledinghausen (Datenlieferungen')]:
    r('to-4.2.3.1','involvesActor',o,K,ev,note='BETEILIGTE AKTEURE')
r('bildungsbuero','fundedBy','bildungskommunen',K,'0,75 VzÄ Bildungsmonitoring im Bildungsbüro (gefördert im Programm „Bildungskommunen“)')
# 4.3.2
for m,ev in [('flecken-ilsenriede','Zur Samtgemeinde Ilsenriede gehören der Flecken Ilsenriede'),
             ('gemeinde-barmsloh','gehören der Flecken Ilsenriede und die Gemeinden Barmsloh und Kükenhorst'),
             ('gemeinde-kuekenhorst','die Gemeinden Barmsloh und Kükenhorst')]:
    r(m,'subOrganizationOf','sg-ilsenriede',K,ev,note='Mitgliedsgemeinde of the Samtgemeinde')
for m,ev in [('gemeinde-sodenbrock','Mitgliedsgemeinden der Samtgemeinde Sodenbrock sind die Gemeinde Sodenbrock'),
             ('gemeinde-luetjenwedel','sind die Gemeinde Sodenbrock, Lütjenwedel, Quarnsiek und Hassel-riede'),
             ('gemeinde-quarnsiek','sind die Gemeinde Sodenbrock, Lütjenwedel, Quarnsiek und Hassel-riede'),
             ('gemeinde-hasselriede','sind die Gemeinde Sodenbrock, Lütjenwedel, Quarnsiek und Hassel-riede')]:
    r(m,'subOrganizationOf','sg-sodenbrock',K,ev,note='Mitgliedsgemeinde of the Samtgemeinde')
r('ausschuss-sks','chairedBy','lueders',K,'beim Ausschuss für Schule, Kultur und Sport, dem derzeit die Kreistagsabgeordnete Gesa Lüders vorsitzt')
r('lueders','memberOf','kreistag',K,'die Kreistagsabgeordnete Gesa Lüders',role='Kreistagsabgeordnete',note='"Kreistagsabgeordnete" = member of the Kreistag')
r('marquardt-behrens','memberOf','lk-gandersloh',K,'die operative Verantwortung trägt die Erste Kreisrätin, Dr. Silke Marquardt-Behrens',role='Erste Kreisrätin',note='Landkreis implicit')
r('fd-40','subOrganizationOf','fb-4',K,'der Fachbereich 4 Bildung und Teilhabe mit den Fachdiensten 40 Schulen und 41 Kultur und Sport liegt')
r('fd-41','subOrganizationOf','fb-4',K,'der Fachbereich 4 Bildung und Teilhabe mit den Fachdiensten 40 Schulen und 41 Kultur und Sport liegt')
r('fd-51','subOrganizationOf','fb-5',K,'Der Fachdienst 51 Jugend, der die Aufgaben des Jugendamtes wahrnimmt, gehört dagegen zum Fachbereich 5 Jugend, Familie und Soziales')
r('bildungsbuero','subOrganizationOf','fb-4',K,'Es ist als Stabsstelle dem Fachbereich 4 zugeordnet',note='"Es" = das Bildungsbüro (previous sentence)')
r('drewes','memberOf','bildungsbuero',K,'und wird seit 2016 von Anke Drewes geleitet',role='Leiterin',note='passive; subject "Es" = Bildungsbüro')
r('bildungsbuero','fundedBy','bildungskommunen',K,'Vier der sieben Stellen des Büros werden derzeit über das Programm „Bildungskommunen“ finan-ziert')
r('bildungskommunen','fundedBy','bmbf',K,'das vom Bundesministerium für Bildung und Forschung (BMBF) gemeinsam mit dem Europäischen Sozialfonds Plus')
r('bildungskommunen','fundedBy','esf-plus',K,'(BMBF) gemeinsam mit dem Europäischen Sozialfonds Plus (ESF Plus) gefördert wird')
r('lenkungsgruppe','chairedBy','marquardt-behrens',K,'die Lenkungsgruppe 22, die unter dem Vorsitz der Ersten Kreisrätin viermal im Jahr tagt')
for o,ev in [('lk-gandersloh','In ihr sind neben der Kreisverwaltung die Städte und Gemeinden'),
             ('rlsb','das Regionale Landesamt für Schule und Bildung Lüneburg (RLSB)'),
             ('afa','Agentur für Arbeit Ledinghausen, das Jobcenter, die Kammern und der Kreisschülerrat vertreten'),
             ('jobcenter','Agentur für Arbeit Ledinghausen, das Jobcenter, die Kammern und der Kreisschülerrat vertreten'),
             ('kreisschuelerrat','das Jobcenter, die Kammern und der Kreisschülerrat vertreten')]:
    r(o,'participatesIn','lenkungsgruppe',K,ev,note='"In ihr" = the Lenkungsgruppe (previous sentence)')
r('rlsb','participatesIn','lenkungsgruppe',K,'Das Landesamt nimmt dort die Rolle eines gleichberechtigten Partners ein',note='"dort" = in the Lenkungsgruppe')
r('bildungsregion','fundedBy','rlsb',K,'Seit 2017 stellt es der Bil-dungsregion Anrechnungsstunden für eine Lehrkraft zur Verfügung',note='in-kind support (teacher hours); "es" = das Landesamt')
r('lk-gandersloh','cooperatesWith','mk',K,'der Kooperationsvertrag zwischen dem Land-kreis und dem Niedersächsischen Kultusministerium')
r('ff-fruehe-bildung','chairedBy','fd-51',K,'Fachforum Frühe Bildung (unter Federführung des Fachdienstes 51)',note='"Federführung" of an organisational unit read as chairing')
r('ff-uebergang-schule-beruf','chairedBy','jba',K,'Fachforum Übergang Schule – Beruf (geleitet von der Jugendberufsagentur)')
r('ff-bewegung-gesundheit','chairedBy','ksb',K,'das der Kreissportbund Gandersloh e.V. gemeinsam mit dem Gesundheitsamt moderiert',note='co-moderation')
r('ff-bewegung-gesundheit','chairedBy','fd-53',K,'das der Kreissportbund Gandersloh e.V. gemeinsam mit dem Gesundheitsamt moderiert',note='co-moderation')
r('ksb','cooperatesWith','fd-53',K,'der Kreissportbund Gandersloh e.V. gemeinsam mit dem Gesundheitsamt moderiert')
r('bildungskonferenz','chairedBy','ohlendorf',K,'Einmal im Jahr lädt der Landrat zur Gandersloher Bildungskonferenz',note='convened by the Landrat')
r('jba','carriedBy','lk-gandersloh',K,'Sie wird vom Landkreis, vom Jobcenter Landkreis Gandersloh und',note='"Sie" = JBA (previous sentence)')
r('jba','carriedBy','jobcenter',K,'Sie wird vom Landkreis, vom Jobcenter Landkreis Gandersloh und')
r('jba','carriedBy','afa',K,'von der Agentur für Arbeit Ledinghausen gemeinsam getragen')
r('jobcenter','subOrganizationOf','lk-gandersloh',K,'das Jobcenter ist als zugelassener kommunaler Träger Teil der Kreisverwaltung')
r('kvhs','carriedBy','lk-gandersloh',K,'gGmbH (KVHS), deren alleiniger Gesellschafter der Landkreis ist',note='sole shareholder')
r('hs-ledinghausen','participatesIn','bildungsregion',K,'Die Hochschule Ledinghausen begleitet die Bildungsregion',note='scientific accompaniment')
r('ibs','subOrganizationOf','hs-ledinghausen',K,'Die Hochschule Ledinghausen begleitet die Bildungsregion mit ihrem Institut für Bildungs- und Sozialraumforschung')
r('fb-bjs-ledinghausen','subOrganizationOf','stadt-ledinghausen',K,'Bei der Stadt Ledinghausen selbst liegt die Ver-antwortung ... im Fachbereich Bildung, Jugend und Sport der Stadt')
r('fb-bjs-ledinghausen','cooperatesWith','bildungsbuero',K,'Bildung, Jugend und Sport der Stadt, der eng mit dem Bildungsbüro zusammenarbeitet')
r('leselust-geest','carriedBy','stiftung-vorbrodt',K,'So steht hinter dem Leseförderprojekt „LeseLust Geest“ die Elise-Vorbrodt-Stiftung')
r('mint-mobil','carriedBy','forscherhaus',K,'das MINT-Mobil, das Grundschulen in allen Samtgemeinden anfährt, wird vom Verein Forscherhaus Geestrand e.V. betrieben')
r('klimawerkstatt','carriedBy','energiegenossenschaft',K,'ihre Entstehung der Energiegenossenschaft Ilsenriede eG, die Räume und Personal stellt und das Projekt trägt')
r('lk-gandersloh','cooperatesWith','tkb-nord',K,'Fachlich beraten wurde der Landkreis zwischen 2021 und 2025 von der Transferstelle Kommunales Bildungsmanagement Nord')
r('tkb-nord','carriedBy','ibs',K,'Die Transferstelle ist am oben genannten Institut der Hochschule Ledinghausen angesiedelt',note='"angesiedelt am Institut" read as host/carrier')
r('tkb-nord','fundedBy','bmbf',K,'angesiedelt und wird vom BMBF finanziert')
# mask 4.3.3.2
r('lenkungsgruppe','chairedBy','marquardt-behrens',K,'tagt viermal jährlich unter Vorsitz der Ersten Kreisrätin',note='KURZBESCHREIBUNG')
r('kreisschuelerrat','participatesIn','lenkungsgruppe',K,'seit 2022 zwei stimmberechtigte Delegierte des Kreisschülerrates',note='METHODEN; Lenkungsgruppe implicit (mask subject)')
r('bildungsbuero','participatesIn','lenkungsgruppe',K,'Die Geschäftsführung liegt beim Bildungsbüro.',role='Geschäftsführung',note='RESSOURCEN')
r('lenkungsgruppe','chairedBy','marquardt-behrens',K,'Erste Kreisrätin des Landkreises Gandersloh (Vorsitz)',note='member list')
for o,ev,role in [('lk-gandersloh','Erste Kreisrätin des Landkreises Gandersloh (Vorsitz)','Vorsitz'),
             ('fb-4','Leitung des Fachbereichs 4 Bildung und Teilhabe',None),
             ('fd-51','Leitung des Fachdienstes 51 Jugend',None),
             ('bildungsbuero','Leiterin des Bildungsbüros (Geschäftsführung)','Geschäftsführung'),
             ('stadt-ledinghausen','der Einheitsgemeinden und der Stadt Ledinghausen',None),
             ('rlsb','Dezernentin des Regionalen Landesamtes für Schule und Bildung Lüneburg (stellvertretender Vorsitz)','stellvertretender Vorsitz'),
             ('afa','Vorsitzender der Geschäftsführung der Agentur für Arbeit Ledinghausen',None),
             ('jobcenter','Leitung des Jobcenters Landkreis Gandersloh',None),
             ('kvhs','Geschäftsführung der Kreisvolkshochschule Gandersloh gGmbH',None),
             ('ihk','Industrie- und Handelskammer Ledinghausen sowie Kreishandwerkerschaft Gandersloh',None),
             ('khs','Industrie- und Handelskammer Ledinghausen sowie Kreishandwerkerschaft Gandersloh',None),
             ('kreisschuelerrat','zwei Delegierte des Kreisschülerrates',None),
             ('ibs','mit beratender Stimme: Institut für Bildungs- und Sozialraumforschung','beratend'),
             ('tkb-nord','Institut für Bildungs- und Sozialraumforschung, Transferstelle Kommunales Bildungsmanagement Nord','beratend')]:
    x={'note':'"Der Lenkungsgruppe gehören an:" (mask 4.3.3.2)'}
    if role: x['role']=role
    r(o,'participatesIn','lenkungsgruppe',K,ev,**x)
    r('to-4.3.3.2','involvesActor',o,K,ev,note='BETEILIGTE AKTEURE')
r('rlsb','participatesIn','lenkungsgruppe',K,'Beteiligung des RLSB auf Augenhöhe: stellvertretender Vorsitz',role='stellvertretender Vorsitz',note='GELINGENSBEDINGUNGEN')
# mask 4.5.3.3
r('to-4.5.3.3','fundedBy','stiftung-vorbrodt',K,'Das Projekt wird von der Elise-Vorbrodt-Stiftung gefördert.',note='KURZBESCHREIBUNG')
r('to-4.5.3.3','fundedBy','stiftung-vorbrodt',K,'Förderung der Stiftung: 18.000 Euro jährlich',note='RESSOURCEN')
r('to-4.5.3.3','fundedBy','stiftung-vorbrodt',K,'Elise-Vorbrodt-Stiftung (Förderung)',note='BETEILIGTE AKTEURE')
for o,ev in [('bildungsbuero','Bildungsbüro des Landkreises Gandersloh (Koordination)'),
             ('sg-ilsenriede','Samtgemeinde Ilsenriede und Samtgemeinde Sodenbrock (Räume'),
             ('sg-sodenbrock','Samtgemeinde Ilsenriede und Samtgemeinde Sodenbrock (Räume'),
             ('kvhs','Kreisvolkshochschule Gandersloh gGmbH (Qualifizierung)'),
             ('stiftung-vorbrodt','Elise-Vorbrodt-Stiftung (Förderung)'),
             ('jba','Jugendberufsagentur Gandersloh und Fachdienst 51 Jugend (Fallbesprechungen)'),
             ('fd-51','Jugendberufsagentur Gandersloh und Fachdienst 51 Jugend (Fallbesprechungen)'),
             ('brueckenschlag','Migrationsberatung des Vereins Brückenschlag Gandersloh e.V.')]:
    r('to-4.5.3.3','involvesActor',o,K,ev,note='BETEILIGTE AKTEURE')

# ================= A: Arbeitspakete =================
r('lk-gandersloh','participatesIn','bildungskommunen',A,'Antrag des Landkreises Gandersloh im Programm ,,Bildungskommunen"',note='application')
r('bildungsbuero','subOrganizationOf','fb-4',A,'das Bildungsbiiro, das als Stabsstelle dem Fachbereich 4 zugeordnet ist')
r('bildungsbuero','cooperatesWith','tkb-nord',A,'Auswertung der Erfahrungen aus der Zusammenarbeit mit der Transferstelle',note='AP 1; implicit subject = Bildungsbüro (Projektleitung)')
r('bildungsbuero','cooperatesWith','kreisschuelerrat',A,'Entwicklung eines Formats fiir junge Menschen gemeinsam mit dem Kreisschiilerrat',note='AP 3; implicit subject')
r('lenkungsgruppe','chairedBy','marquardt-behrens',A,'Geschaftsfiihrung der Lenkungsgruppe Bildungsregion unter Vorsitz der Ersten Kreisratin',note='AP 4')
r('bildungsbuero','participatesIn','lenkungsgruppe',A,'AP 4 Steuerung und Koordinierung: Geschaftsfiihrung der Lenkungsgruppe Bildungsregion',role='Geschäftsführung',note='AP 4; implicit subject')
r('lk-gandersloh','cooperatesWith','mk',A,'Fortfiihrung des Kooperationsvertrages mit dem Niedersachsischen Kultusministerium',note='AP 5; applicant implicit')
r('bildungsbuero','cooperatesWith','rlsb',A,'regelmaRige Jour fixes mit dem Regionalen Landesamt fiir Schule und Bildung Liineburg (RLSB)',note='AP 5; implicit subject')
r('fd-40','cooperatesWith','rlsb',A,'Abstimmung der Schulentwicklungsplanung des Fachdienstes 40 mit dem Landesamt',note='AP 5')
r('bildungsbuero','cooperatesWith','lsn',A,'Datenverein-barungen mit dem Landesamt fiir Statistik Niedersachsen',note='AP 6; implicit subject')
r('bildungsbuero','cooperatesWith','afa',A,'den Gemeinden und der Agentur fiir Arbeit Ledinghausen',note='AP 6; Datenvereinbarungen')
r('bildungsbuero','cooperatesWith','ibs',A,'wissenschaftliche Begleitung durch das Institut fiir Bildungs- und Sozialraumforschung',note='AP 6')
r('ibs','subOrganizationOf','hs-ledinghausen',A,'Institut fiir Bildungs- und Sozialraumforschung der Hochschule Ledinghausen')
r('bildungsbuero','cooperatesWith','jobcenter',A,'Weiterentwicklung der Jugendberufsagentur Gandersloh gemeinsam mit dem Jobcenter und der Agentur fiir Arbeit',note='AP 8; implicit subject')
r('bildungsbuero','cooperatesWith','afa',A,'gemeinsam mit dem Jobcenter und der Agentur fiir Arbeit',note='AP 8; implicit subject')
r('bildungsbuero','cooperatesWith','ihk',A,'Kooperation mit der IHK Ledinghausen und der Kreishandwerkerschaft',note='AP 8')
r('bildungsbuero','cooperatesWith','khs',A,'Kooperation mit der IHK Ledinghausen und der Kreishandwerkerschaft',note='AP 8')
r('bildungsbuero','cooperatesWith','rlsb',A,'Fortbildungsreihe fiir Tandems aus Kita- und Grundschulfachkraften gemeinsam mit dem RLSB',note='AP 9')
r('bildungsbuero','cooperatesWith','fd-53',A,'Auswertung der Schuleingangsuntersuchungen mit dem Fachdienst 53 Gesundheit',note='AP 9')
r('mint-mobil','carriedBy','forscherhaus',A,'des MINT-Mobils des Forscherhaus Geestrand e.V.',note='AP 10; genitive of the carrier')
r('klimawerkstatt','carriedBy','energiegenossenschaft',A,'der KlimaWerkstatt der Energiegenossen-schaft Ilsenriede eG',note='AP 10; genitive of the carrier')
r('bildungsbuero','cooperatesWith','kvhs',A,'Aufbau eines Grundbildungsnetzwerks mit der Kreisvolkshochschule Gandersloh gGmbH',note='AP 11')
r('bildungsbuero','fundedBy','bmbf',A,'Verstetigung der Stellen nach Ende der Forderung durch BMBF und ESF Plus',note='AP 13; Stellen of the Bildungsbüro')
r('bildungsbuero','fundedBy','esf-plus',A,'Verstetigung der Stellen nach Ende der Forderung durch BMBF und ESF Plus',note='AP 13')
for ap,af,ev in [(6,'af-bildungsmonitoring','AP 6 Bildungsmonitoring'),
                 (8,'af-uebergang-schule-beruf','AP 8 Ubergang Schule-Beruf'),
                 (8,'af-fachkraeftesicherung','Beitrag zur Fachkraftesicherung in der Region'),
                 (9,'af-fruehe-bildung','AP 9 Friihe Bildung und Ubergang Kita-Grundschule'),
                 (9,'af-uebergang-kita-grundschule','AP 9 Friihe Bildung und Ubergang Kita-Grundschule'),
                 (10,'af-bne','AP 10 BNE und MINT in der Flache'),
                 (10,'af-mint','AP 10 BNE und MINT in der Flache'),
                 (11,'af-lebenslanges-lernen','AP 11 Lebenslanges Lernen und Grundbildung'),
                 (11,'af-grundbildung','AP 11 Lebenslanges Lernen und Grundbildung'),
                 (11,'af-bildungsberatung','Ausbau der Bildungsberatung fiir Erwachsene'),
                 (11,'af-digitalisierung','Angebote der Digita-lisierung fiir altere Menschen'),
                 (13,'af-transfer','AP 13 Offentlichkeitsarbeit, Transfer und Verstetigung')]:
    r(f'ap-{ap}','addressesActionField',af,A,ev)
r('ap-10','addressesActionField','af-bne',A,'Starkung der Bildung fiir nachhaltige Entwicklung in den Kitas',note='second statement in AP 10')

# ================= Z: Zielvereinbarung =================
r('lk-gandersloh','cooperatesWith','rlsb',Z,'dem Regionalen Landesamt für Schule und Bildung Lüneburg,',note='parties of the agreement ("zwischen ... und ...")')
r('lk-gandersloh','cooperatesWith','tkb-nord',Z,'der Transferstelle Kommunales Bildungsmanagement Nord',note='parties of the agreement')
r('rlsb','cooperatesWith','tkb-nord',Z,'der Transferstelle Kommunales Bildungsmanagement Nord',note='parties of the agreement')
r('ohlendorf','memberOf','lk-gandersloh',Z,'vertreten durch den Landrat Jan-Hendrik Ohlendorf',role='Landrat')
r('ostendorf','memberOf','rlsb',Z,'vertreten durch die Präsidentin Marlies Ostendorf',role='Präsidentin')
r('tkb-nord','carriedBy','ibs',Z,'am Institut für Bildungs- und Sozialraumforschung (IBS) der Hochschule Ledinghausen',note='header of the agreement')
r('ibs','subOrganizationOf','hs-ledinghausen',Z,'Institut für Bildungs- und Sozialraumforschung (IBS) der Hochschule Ledinghausen')
r('reinecke','memberOf','tkb-nord',Z,'vertreten durch den Projektleiter Dr. Jonas Reinecke',role='Projektleiter')
r('lk-gandersloh','participatesIn','bildungsregion',Z,'Landkreis und Land arbeiten in der Bildungsregion Gandersloh seit 2014')
r('lk-gandersloh','cooperatesWith','mk',Z,'auf der Grundlage des Kooperationsvertrages mit dem Niedersächsischen Kultusministerium zusammen')
r('lk-gandersloh','participatesIn','bildungskommunen',Z,'Mit der Aufnahme des Landkreises in das Bundesprogramm „Bildungskommunen“')
r('tkb-nord','participatesIn','transferinitiative',Z,'Die Transferstelle, ein Vorhaben der Transferinitiative Kommunales Bildungsmanagement des Bundes')
r('tkb-nord','cooperatesWith','lk-gandersloh',Z,'begleitet den Landkreis dabei seit 2021 beratend')
r('bildungsbuero','subOrganizationOf','fb-4',Z,'mit dem Bildungsbüro, einer Stabsstelle im Fachbereich 4 Bildung und Teilhabe')
r('bildungsbuero','participatesIn','bildungsregion',Z,'stellt mit dem Bildungsbüro, einer Stabsstelle im Fachbereich 4 Bildung und Teilhabe, die Geschäftsführung der Bildungsregion sicher',role='Geschäftsführung')
r('rlsb','participatesIn','lenkungsgruppe',Z,'übernimmt den stellvertretenden Vorsitz der Lenkungsgruppe',role='stellvertretender Vorsitz')
r('paetzold','memberOf','rlsb',Z,'Ansprechperson ist Frau Regierungsschuldirektorin Dr. Karin Pätzold, Dezernat 3 (Allgemeinbildende Schulen)',role='Regierungsschuldirektorin; Ansprechperson',note='§ 2 (2) on the RLSB')
r('paetzold','memberOf','rlsb-dezernat-3',Z,'Dr. Karin Pätzold, Dezernat 3 (Allgemeinbildende Schulen)',role='Regierungsschuldirektorin')
r('tkb-nord','cooperatesWith','lk-gandersloh',Z,'Die Transferstelle berät den Landkreis beim Ausbau des Bildungsmonitorings')
r('tkb-nord','subOrganizationOf','ibs',Z,'Sie ist eine Einrichtung des IBS')
r('tkb-nord','fundedBy','bmbf',Z,'wird aus Mitteln des Bundesministeriums für Bildung und Forschung finanziert')
r('kuhlmann','memberOf','tkb-nord',Z,'Prozessbegleiterin für den Landkreis ist Sabine Kuhlmann.',role='Prozessbegleiterin',note='organisation from context (§ 2 (3) on the Transferstelle)')
r('lenkungsgruppe','chairedBy','marquardt-behrens',Z,'Den Vorsitz führt die Erste Kreisrätin des Landkreises, Frau Dr. Silke Marquardt-Behrens')
r('marquardt-behrens','memberOf','lk-gandersloh',Z,'die Erste Kreisrätin des Landkreises, Frau Dr. Silke Marquardt-Behrens',role='Erste Kreisrätin')
r('lenkungsgruppe','chairedBy','paetzold',Z,'stellvertretende Vorsitzende ist die Ansprechperson des RLSB',role='stellvertretende Vorsitzende',note='anaphoric: Ansprechperson = Dr. Karin Pätzold (§ 2 (2))')
r('drewes','memberOf','bildungsbuero',Z,'die Leiterin des Bildungsbüros, Frau Anke Drewes',role='Leiterin')
r('rlsb-dezernat-3','subOrganizationOf','rlsb',Z,'das Dezernat 3 des Landesamtes')
r('bildungsbuero','cooperatesWith','rlsb-dezernat-3',Z,'Frau Anke Drewes, das Dezernat 3 des Landesamtes und die Transferstelle in einem vierteljährlichen Jour fixe ab',note='§ 3 (2)')
r('bildungsbuero','cooperatesWith','tkb-nord',Z,'das Dezernat 3 des Landesamtes und die Transferstelle in einem vierteljährlichen Jour fixe ab',note='§ 3 (2)')
r('ausschuss-sks','subOrganizationOf','kreistag',Z,'Der Ausschuss für Schule, Kultur und Sport sowie der Jugendhilfeausschuss des Kreis-tages')
r('jha','subOrganizationOf','kreistag',Z,'der Jugendhilfeausschuss des Kreis-tages')
r('ohlendorf','memberOf','lk-gandersloh',Z,'Jan-Hendrik Ohlendorf Marlies Ostendorf Landrat Präsidentin',role='Landrat',note='signature block, columns interleaved')
r('ostendorf','memberOf','rlsb',Z,'Jan-Hendrik Ohlendorf Marlies Ostendorf Landrat Präsidentin',role='Präsidentin',note='signature block, columns interleaved')
r('reinecke','memberOf','tkb-nord',Z,'Dr. Jonas Reinecke Projektleitung TKB Nord',role='Projektleitung',note='signature')
# Anlage 1
for g,af,ev in [('ziel-1','af-steuerung-diskurs','Verbindliche Steuerung der Bildungsregion sichern Steuerung / Diskurs'),
                ('ziel-2','af-bildungsmonitoring','Datenbasierte Steuerung ausbauen Bildungsmonitoring'),
                ('ziel-3','af-fruehe-bildung','Übergang Kita–Grundschule gemeinsam gestalten Frühe Bildung / Übergang Kita–Grundschule'),
                ('ziel-3','af-uebergang-kita-grundschule','Übergang Kita–Grundschule gemeinsam gestalten Frühe Bildung / Übergang Kita–Grundschule'),
                ('ziel-4','af-uebergang-schule-beruf','Übergang Schule–Beruf in der Fläche stärken Übergang Schule–Beruf'),
                ('ziel-5','af-transfer','Erfahrungen übertragbar machen Transfer')]:
    r(g,'addressesActionField',af,Z,ev,note='column "Handlungsfeld"')
for m,orgs,ev in [('m-1-1',['bildungsbuero'],'Lenkungsgruppe Landkreis (Bildungsbüro)'),
                  ('m-1-2',['rlsb','lk-gandersloh','tkb-nord'],'Transferstelle RLSB, Landkreis, Transferstelle'),
                  ('m-1-3',['bildungsbuero','kreisschuelerrat'],'verstetigen Bildungsbüro, Kreisschülerrat'),
                  ('m-2-1',['bildungsbuero'],'Bildungsatlas Bildungsbüro; Beratung: Transferstelle'),
                  ('m-2-2',['rlsb'],'unterhalb der Kreisebene RLSB'),
                  ('m-2-3',['tkb-nord','bildungsbuero'],'Bildungsdaten Transferstelle, Bildungsbüro'),
                  ('m-3-1',['rlsb','fd-51'],'Kita und Grundschule RLSB, Fachdienst 51 Jugend'),
                  ('m-3-2',['rlsb','bildungsbuero'],'im Landkreis RLSB, Bildungsbüro, Städte und Gemeinden'),
                  ('m-4-1',['jba'],'in den Samtgemeinden JBA'),
                  ('m-4-2',['rlsb','jba','bildungsbuero'],'weiterführenden Schulen RLSB, JBA, Bildungsbüro'),
                  ('m-5-1',['bildungsbuero','tkb-nord'],'Transferkatalog Bildungsbüro, Transferstelle'),
                  ('m-5-2',['bildungsbuero'],'in Niedersachsen Bildungsbüro')]:
    for o in orgs:
        r(m,'carriedBy',o,Z,ev,note='column "Verantwortung"')
# Anlage 2
r('drewes','memberOf','bildungsbuero',Z,'Anke Drewes Leiterin des Bildungsbüros (Stabsstelle im Fachbereich 4)',role='Leiterin',note='Anlage 2')
r('bildungsbuero','subOrganizationOf','fb-4',Z,'Leiterin des Bildungsbüros (Stabsstelle im Fachbereich 4)',note='Anlage 2')
r('ehlers','memberOf','bildungsbuero',Z,'Tobias Ehlers Bildungsmonitoring, Bildungsbüro',role='Bildungsmonitoring',note='Anlage 2')
r('grotjahn','memberOf','fb-4',Z,'Kreisrat Matthias Grotjahn Leiter des Fachbereichs 4 Bildung und Teilhabe',role='Kreisrat, Leiter',note='Anlage 2')
r('paetzold','memberOf','rlsb-dezernat-3',Z,'RSchD’in Dr. Karin Pätzold Dezernat 3 – Allgemeinbildende Schulen, Ansprechperson Bildungsregion',role='Ansprechperson Bildungsregion',note='Anlage 2')
r('lindemann','memberOf','rlsb-dezernat-4',Z,'Uwe Lindemann Dezernat 4 – Berufsbildende Schulen',note='Anlage 2')
r('reinecke','memberOf','tkb-nord',Z,'Dr. Jonas Reinecke Projektleitung reinecke@',role='Projektleitung',note='Anlage 2, under heading Transferstelle')
r('kuhlmann','memberOf','tkb-nord',Z,'Sabine Kuhlmann Prozessbegleitung Landkreis Gandersloh',role='Prozessbegleitung',note='Anlage 2, under heading Transferstelle')

# ================= P: Protokoll =================
r('lenkungsgruppe','chairedBy','marquardt-behrens',P,'**Sitzungsleitung:** Dr. Silke Marquardt-Behrens, Erste Kreisrätin')
r('ehlers','memberOf','bildungsbuero',P,'**Protokoll:** Tobias Ehlers, Bildungsbüro')
rows=[('marquardt-behrens','lk-gandersloh','| Dr. Silke Marquardt-Behrens | Erste Kreisrätin (Vorsitz) | Landkreis Gandersloh |','Erste Kreisrätin (Vorsitz)'),
      ('paetzold','rlsb','| Dr. Karin Pätzold | Dezernentin, Dezernat 3 (stellv. Vorsitz) | Regionales Landesamt für Schule und Bildung Lüneburg |','Dezernentin, Dezernat 3 (stellv. Vorsitz)'),
      ('grotjahn','fb-4','| Matthias Grotjahn | Kreisrat, Fachbereichsleiter | Fachbereich 4 Bildung und Teilhabe |','Kreisrat, Fachbereichsleiter'),
      ('stamer','fd-51','| Holger Stamer | Fachdienstleiter | FD 51 Jugend |','Fachdienstleiter'),
      ('drewes','bildungsbuero','| Anke Drewes | Leiterin, Geschäftsführung der Lenkungsgruppe | Bildungsbüro |','Leiterin, Geschäftsführung der Lenkungsgruppe'),
      ('ehlers','bildungsbuero','| Tobias Ehlers | Bildungsmonitoring | Bildungsbüro |','Bildungsmonitoring'),
      ('albers','sg-ilsenriede','| Sören Albers | Samtgemeindebürgermeister | SG Ilsenriede |','Samtgemeindebürgermeister'),
      ('hasenkamp','gemeinde-heidmoorn','| Claudia Hasenkamp | Bürgermeisterin | Gemeinde Heidmoorn |','Bürgermeisterin'),
      ('wolters','stadt-ledinghausen','| Jana Wolters | Stadträtin für Bildung, Jugend und Sport | Stadt Ledinghausen |','Stadträtin für Bildung, Jugend und Sport'),
      ('tiedemann','afa','| Olaf Tiedemann | Vorsitzender der Geschäftsführung | Agentur für Arbeit Ledinghausen |','Vorsitzender der Geschäftsführung'),
      ('gerdes','jobcenter','| Martina Gerdes | Leiterin | Jobcenter Landkreis Gandersloh |','Leiterin'),
      ('wiechmann','kvhs','| Petra Wiechmann | Geschäftsführerin | KVHS Gandersloh gGmbH |','Geschäftsführerin'),
      ('boettcher','ihk','| Dr. Frank Böttcher | Hauptgeschäftsführer | IHK Ledinghausen |','Hauptgeschäftsführer'),
      ('oltmanns','kreisschuelerrat','| Finn Oltmanns | Vorsitzender | Kreisschülerrat |','Vorsitzender'),
      ('brandt','kreisschuelerrat','| Leonie Brandt | stellv. Vorsitzende | Kreisschülerrat |','stellv. Vorsitzende'),
      ('brandes','ibs','| Prof. Dr. Ulrike Brandes | Institutsleiterin (beratend) | IBS / Hochschule Ledinghausen |','Institutsleiterin (beratend)'),
      ('kuhlmann','tkb-nord','| Sabine Kuhlmann | Prozessbegleitung (beratend) | TKB Nord |','Prozessbegleitung (beratend)')]
seen=set()
for p_,o,ev,role in rows:
    r(p_,'memberOf',o,P,ev,role=role,note='participants table')
    if o not in seen:
        seen.add(o)
        r(o,'participatesIn','lenkungsgruppe',P,ev,note='participants table of the Lenkungsgruppe session')
r('lenkungsgruppe','chairedBy','marquardt-behrens',P,'| Dr. Silke Marquardt-Behrens | Erste Kreisrätin (Vorsitz) |',note='participants table')
r('lenkungsgruppe','chairedBy','paetzold',P,'| Dr. Karin Pätzold | Dezernentin, Dezernat 3 (stellv. Vorsitz) |',role='stellv. Vorsitz',note='participants table')
r('mahnke','memberOf','sg-sodenbrock',P,'Ute Mahnke, Samtgemeindebürgermeisterin der SG Sodenbrock',role='Samtgemeindebürgermeisterin',note='guest')
r('frerichs','memberOf','jba',P,'Nadine Frerichs, Koordinatorin der Jugendberufsagentur',role='Koordinatorin',note='guest')
r('meinecke','memberOf','ksb',P,'Gerd Meinecke, Vorsitzender des Kreissportbundes Gandersloh e.V.',role='Vorsitzender',note='guest')
r('wuebbe','memberOf','khs',P,'Jörg Wübbe (Kreishandwerkerschaft Gandersloh)',note='excused; no role given')
r('kreisschuelerrat','participatesIn','lenkungsgruppe',P,'erhalten die beiden Delegierten des Kreisschülerrates dauerhaft Stimmrecht',note='TOP 2')
r('jba','carriedBy','lk-gandersloh',P,'wie die Jugendberufsagentur insgesamt – von Landkreis, Jobcenter und Arbeitsagentur',note='TOP 4')
r('jba','carriedBy','jobcenter',P,'wie die Jugendberufsagentur insgesamt – von Landkreis, Jobcenter und Arbeitsagentur',note='TOP 4')
r('jba','carriedBy','afa',P,'wie die Jugendberufsagentur insgesamt – von Landkreis, Jobcenter und Arbeitsagentur',note='TOP 4')
r('jobcenter','cooperatesWith','kvhs',P,'dass das Jobcenter zusätzlich gemeinsam mit der KVHS ein Grundbildungsangebot',note='TOP 4')
r('boettcher','memberOf','ihk',P,'Dr. Böttcher (IHK) bietet an',note='TOP 4; affiliation in parentheses')
r('ff-bewegung-gesundheit','chairedBy','meinecke',P,'Herr Meinecke, der das Forum gemeinsam mit dem Gesundheitsamt leitet',note='TOP 5')
r('ff-bewegung-gesundheit','chairedBy','fd-53',P,'Herr Meinecke, der das Forum gemeinsam mit dem Gesundheitsamt leitet',note='TOP 5; co-lead')
r('ksb','participatesIn','bewegte-kita',P,'Der Kreissportbund vermittelt dafür Übungsleiterinnen und Übungsleiter',note='TOP 5; "dafür" = Projekt „Bewegte Kita“')
r('huesing','memberOf','bildungsbuero',P,'Für das Bildungsbüro berichtet Lena Hüsing.',note='TOP 5')
r('mint-mobil','carriedBy','forscherhaus',P,'Das MINT-Mobil des Forscherhauses Geestrand',note='TOP 5; genitive of the carrier')
r('klimawerkstatt','carriedBy','energiegenossenschaft',P,'Die KlimaWerkstatt der Energiegenossenschaft Ilsenriede',note='TOP 5; genitive of the carrier')
r('kreisschuelerrat','participatesIn','bildungskonferenz',P,'Der Kreisschülerrat gestaltet erstmals ein eigenes Jugendforum.',note='TOP 6; Jugendforum within the Bildungskonferenz 2024')
r('to-4.5.3.3','fundedBy','stiftung-vorbrodt',P,'Die Förderung der Bildungslotsinnen und -lotsen durch die Elise-Vorbrodt-Stiftung',note='TOP 7')
r('vosskamp','memberOf','stiftung-vorbrodt',P,'der Vorstandsvorsitzenden der Stiftung, Dr. Hannelore Vosskamp',role='Vorstandsvorsitzende',note='TOP 7')
r('lenkungsgruppe','chairedBy','marquardt-behrens',P,'gez. Dr. Silke Marquardt-Behrens, Vorsitzende',note='signature')

# ================= S: Folien =================
r('drewes','memberOf','bildungsbuero',S,'Anke Drewes I Leiterin Bildungsbüro Landkreis Gandersloh',role='Leiterin',note='title slide')
for m,ev in [('flecken-ilsenriede','Samtgemeinde Ilsenriede: Flecken Ilsenriede, Barmsloh, Kükenhorst'),
             ('gemeinde-barmsloh','Samtgemeinde Ilsenriede: Flecken Ilsenriede, Barmsloh, Kükenhorst'),
             ('gemeinde-kuekenhorst','Samtgemeinde Ilsenriede: Flecken Ilsenriede, Barmsloh, Kükenhorst')]:
    r(m,'subOrganizationOf','sg-ilsenriede',S,ev,note='Mitgliedsgemeinde')
for m in ['gemeinde-sodenbrock','gemeinde-luetjenwedel','gemeinde-quarnsiek','gemeinde-hasselriede']:
    r(m,'subOrganizationOf','sg-sodenbrock',S,'Samtgemeinde Sodenbrock: Gemeinde Sodenbrock, Lütjenwedel, Quarnsiek, Hasselriede',note='Mitgliedsgemeinde')
r('ohlendorf','memberOf','lk-gandersloh',S,'Landrat Jan-Hendrik Ohlendorf',role='Landrat',note='org chart of the Landkreis')
r('ohlendorf','memberOf','dezernat-1',S,'Dezernat I Dezernat II Landrat',role='Landrat (Dezernat I)',note='org chart, interleaved columns')
r('marquardt-behrens','memberOf','dezernat-2',S,'Landrat Erste Kreisrätin Dr. Silke Marquardt-Behrens',role='Erste Kreisrätin (Dezernat II)',note='org chart, interleaved columns')
r('grotjahn','memberOf','fb-4',S,'FB 2 Finanzen Kreisrat Matthias Grotjahn',role='Kreisrat (Leitung FB 4)',note='org chart, under FB 4')
for s_,o,ev in [('fb-4','dezernat-2','FB 4 Bildung und Teilhabe'),('fb-5','dezernat-2','FB 5 Jugend, Familie'),
                ('fb-1','dezernat-1','FB 1 Zentrale Dienste'),('fb-2','dezernat-1','FB 2 Finanzen'),('fb-6','dezernat-1','FB 6 Bauen und Umwelt'),
                ('bildungsbuero','fb-4','Stabsstelle Bildungsbüro FD 50 Soziales'),('fd-40','fb-4','FD 40 Schulen'),('fd-41','fb-4','FD 41 Kultur und Sport'),
                ('fd-50','fb-5','FD 50 Soziales'),('fd-51','fb-5','FD 51 Jugend'),('fd-53','fb-5','FD 41 Kultur und Sport FD 53 Gesundheit'),('jobcenter','fb-5','Jobcenter (zkT)')]:
    r(s_,'subOrganizationOf',o,S,ev,note='org chart slide "Wie wir organisiert sind" (column position)')
r('osterloh','memberOf','fd-40',S,'(Birte Osterloh)',role='Leitung',note='org chart, name under FD 40')
r('stamer','memberOf','fd-51',S,'(Holger Stamer)',role='Leitung',note='org chart, name under FD 51')
r('kvhs','carriedBy','lk-gandersloh',S,'Beteiligung: Kreisvolkshochschule Gandersloh gGmbH (100 % Landkreis)')
r('ausschuss-sks','subOrganizationOf','kreistag',S,'Kreistag → Ausschuss für Schule, Kultur und Sport (SKS)',note='arrow in slide')
r('jha','subOrganizationOf','kreistag',S,'→ Jugendhilfeausschuss (JHA)',note='arrow in slide')
r('lenkungsgruppe','chairedBy','marquardt-behrens',S,'Lenkungsgruppe Bildungsregion • Vorsitz: Erste Kreisrätin')
r('rlsb','participatesIn','lenkungsgruppe',S,'• stellv. Vorsitz: RLSB Lüneburg',role='stellv. Vorsitz')
r('kreisschuelerrat','participatesIn','lenkungsgruppe',S,'Kreisschülerrat – 2 Sitze mit Stimmrecht in der Lenkungsgruppe')
for p_,role,ev in [('drewes','Leitung','Anke Drewes – Leitung'),
                   ('ehlers','Bildungsmonitoring und Bildungsberichterstattung','Tobias Ehlers – Bildungsmonitoring und Bildungsberichterstattung'),
                   ('aksoy','Bildungskoordination Übergang Schule – Beruf','Derya Aksoy – Bildungskoordination Übergang Schule – Beruf'),
                   ('huesing','Koordination BNE und MINT','Lena Hüsing – Koordination BNE und MINT'),
                   ('poppe','Übergang Kita – Grundschule','Jens Poppe – Übergang Kita – Grundschule'),
                   ('timm','Koordination Bildungslotsinnen und -lotsen','Marion Timm – Koordination Bildungslotsinnen und -lotsen')]:
    r(p_,'memberOf','bildungsbuero',S,ev,role=role,note='slide "Unser Team" of the Bildungsbüro')
r('bildungsbuero','fundedBy','bildungskommunen',S,'4 von 7 Stellen gefördert im Programm „Bildungskommunen“')
for o,ev in [('mk','Niedersächsisches Kultusministerium (Kooperationsvertrag Bildungsregion)'),
             ('rlsb','• Regionales Landesamt für Schule und Bildung Lüneburg'),
             ('tkb-nord','Transferstelle Kommunales Bildungsmanagement Nord (bis 12/2025)'),
             ('hs-ledinghausen','Hochschule Ledinghausen, Institut für Bildungs- und Sozialraumforschung'),
             ('ibs','Hochschule Ledinghausen, Institut für Bildungs- und Sozialraumforschung'),
             ('jba','Jugendberufsagentur Gandersloh (Landkreis, Jobcenter, Agentur für Arbeit)'),
             ('ihk','• IHK Ledinghausen'),('khs','• Kreishandwerkerschaft Gandersloh'),
             ('ksb','• Kreissportbund Gandersloh'),('stiftung-vorbrodt','• Elise-Vorbrodt-Stiftung'),
             ('forscherhaus','• Forscherhaus Geestrand e.V.'),('energiegenossenschaft','• Energiegenossenschaft Ilsenriede eG'),
             ('brueckenschlag','• Brückenschlag Gandersloh e.V.')]:
    r('bildungsbuero','cooperatesWith',o,S,ev,note='slide "Unsere Partner" (funders BMBF/ESF Plus not counted as cooperation)')
r('lk-gandersloh','cooperatesWith','mk',S,'Niedersächsisches Kultusministerium (Kooperationsvertrag Bildungsregion)',note='Kooperationsvertrag of the Landkreis')
r('ibs','subOrganizationOf','hs-ledinghausen',S,'Hochschule Ledinghausen, Institut für Bildungs- und Sozialraumforschung')
for o in ['lk-gandersloh','jobcenter','afa']:
    r('jba','carriedBy',o,S,'Jugendberufsagentur Gandersloh (Landkreis, Jobcenter, Agentur für Arbeit)',note='carriers in parentheses')
r('bildungsbuero','subOrganizationOf','fb-4',S,'2016 Bildungsbüro wird Stabsstelle im FB 4',note='milestone')
r('lk-gandersloh','cooperatesWith','tkb-nord',S,'2021 Beginn der Beratung durch die TKB Nord',note='milestone; Landkreis implicit')
r('lk-gandersloh','participatesIn','bildungskommunen',S,'2023 Aufnahme in das Programm „Bildungskommunen“',note='milestone; Landkreis implicit')
r('lk-gandersloh','cooperatesWith','rlsb',S,'Zielvereinbarung mit RLSB und TKB Nord',note='milestone')
r('lk-gandersloh','cooperatesWith','tkb-nord',S,'Zielvereinbarung mit RLSB und TKB Nord',note='milestone')
for proj,carrier,funder,ev in [('leselust-geest','stiftung-vorbrodt','stiftung-vorbrodt','LeseLust Geest Elise-Vorbrodt-Stiftung Stiftungsmittel'),
                               ('mint-mobil','forscherhaus','lk-gandersloh','MINT-Mobil Forscherhaus Geestrand e.V. Zuwendung Landkreis'),
                               ('klimawerkstatt','energiegenossenschaft','energiegenossenschaft','KlimaWerkstatt Ilsenriede Energiegenossenschaft Ilsenriede eG Eigenmittel der eG'),
                               ('bewegte-kita','ksb','fd-53','Bewegte Kita Kreissportbund Gandersloh e.V. FD 53 Gesundheit'),
                               ('to-4.5.3.3','bildungsbuero','stiftung-vorbrodt','Bildungslotsen Bildungsbüro Elise-Vorbrodt-Stiftung'),
                               ('grundbildungsnetzwerk','kvhs','bildungskommunen','Grundbildungsnetzwerk KVHS Gandersloh Bildungskommunen')]:
    r(proj,'carriedBy',carrier,S,ev,note='table "Projekte und Träger", column Träger')
    r(proj,'fundedBy',funder,S,ev,note='table "Projekte und Träger", column Förderung')
r('bildungskommunen','fundedBy','bmbf',S,'Fördergeber: BMBF und Europäische Union')
r('bildungskommunen','fundedBy','eu',S,'Fördergeber: BMBF und Europäische Union')
r('bildungskommunen','fundedBy','esf-plus',S,'Fördergeber: BMBF und Europäische Union (Europäischer Sozialfonds Plus, ESF Plus)')
r('lk-gandersloh','cooperatesWith','tkb-nord',S,'Begleitung: Transferstelle Kommunales Bildungsmanagement Nord',note='slide "Programm Bildungskommunen", Schwerpunkte in Gandersloh')
r('rlsb','participatesIn','lenkungsgruppe',S,'stellv. Vorsitz des RLSB in der Lenkungsgruppe',role='stellv. Vorsitz',note='slide "Was wir gelernt haben"')
r('drewes','memberOf','bildungsbuero',S,'Anke Drewes Leiterin Bildungsbüro',role='Leiterin',note='contact slide')
r('bildungsbuero','subOrganizationOf','lk-gandersloh',S,'Landkreis Gandersloh Stabsstelle Bildungsbüro',note='contact block')
