# Entity spec: (id, type, name, aliases, extra)
K='gandersloh-transferkatalog'; A='gandersloh-arbeitspakete'; Z='gandersloh-zielvereinbarung-bildungsregion'
P='lenkungsgruppe-bildungsregion-2024-03'; S='bildungsbuero-gandersloh-vorstellung-2024'
E = []
def ent(i,t,n,al=(),**x): E.append(dict(id=i,type=t,name=n,aliases=list(al),**x))

# ---- Municipalities
ent('lk-gandersloh','Municipality','Landkreis Gandersloh',['Landkreises Gandersloh','Kreisverwaltung','Gandersloh'],
    note='"Kreisverwaltung" (Katalog 4.3.2, Maske 4.3.3.2) read as the Landkreis administration, not a separate unit.')
ent('stadt-ledinghausen','Municipality','Stadt Ledinghausen',['Ledinghausen'],note='selbständige Stadt, Kreisstadt; bare "Ledinghausen" also used as place name (Kreishaus, address).')
ent('sg-ilsenriede','Municipality','Samtgemeinde Ilsenriede',['SG Ilsenriede','Ilsenriede','Samtgemeinden Ilsenriede'],note='bare "Ilsenriede" read as the Samtgemeinde (seat / Rathaus), the member municipality is always "Flecken Ilsenriede".')
ent('sg-sodenbrock','Municipality','Samtgemeinde Sodenbrock',['SG Sodenbrock','Sodenbrock'],note='bare "Sodenbrock" read as the Samtgemeinde; the member municipality is "Gemeinde Sodenbrock".')
ent('stadt-voerlingen','Municipality','Stadt Vörlingen',['Vorlingen'],note='Einheitsgemeinde; "Vorlingen" is the OCR form in the Arbeitspakete.')
ent('gemeinde-heidmoorn','Municipality','Gemeinde Heidmoorn',[],note='Einheitsgemeinde')
ent('flecken-ilsenriede','Municipality','Flecken Ilsenriede',[],note='Mitgliedsgemeinde der SG Ilsenriede')
ent('gemeinde-barmsloh','Municipality','Barmsloh',[],note='Mitgliedsgemeinde der SG Ilsenriede')
ent('gemeinde-kuekenhorst','Municipality','Kükenhorst',[],note='Mitgliedsgemeinde der SG Ilsenriede')
ent('gemeinde-sodenbrock','Municipality','Gemeinde Sodenbrock',[],note='Mitgliedsgemeinde der SG Sodenbrock')
ent('gemeinde-luetjenwedel','Municipality','Lütjenwedel',[],note='Mitgliedsgemeinde der SG Sodenbrock')
ent('gemeinde-quarnsiek','Municipality','Quarnsiek',[],note='Mitgliedsgemeinde der SG Sodenbrock')
ent('gemeinde-hasselriede','Municipality','Hasselriede',['Hassel-riede'],note='Mitgliedsgemeinde der SG Sodenbrock')

# ---- Organizations: Landkreis administration
ent('dezernat-1','Organization','Dezernat I',[])
ent('dezernat-2','Organization','Dezernat II',[])
ent('fb-1','Organization','FB 1 Zentrale Dienste',[])
ent('fb-2','Organization','FB 2 Finanzen',[])
ent('fb-6','Organization','FB 6 Bauen und Umwelt',[])
ent('fb-4','Organization','Fachbereich 4 Bildung und Teilhabe',['Fachbereich 4','Fachbereichs 4 Bildung und Teilhabe','FB 4 Bildung und Teilhabe','FB 4'])
ent('fb-5','Organization','Fachbereich 5 Jugend, Familie und Soziales',['FB 5 Jugend, Familie'],note='slide org chart splits the name over two interleaved lines')
ent('fd-40','Organization','Fachdienst 40 Schulen',['Fachdienstes 40','Fachdiensten 40 Schulen','Fachdienste 40 Schulen','FD 40 Schulen'])
ent('fd-41','Organization','FD 41 Kultur und Sport',['41 Kultur und Sport'])
ent('fd-50','Organization','FD 50 Soziales',[])
ent('fd-51','Organization','Fachdienst 51 Jugend',['Fachdienst 51','Fachdienstes 51','FD 51 Jugend','51 Jugend','Jugendamtes'],
    note='"Fachdienst 51 Jugend, der die Aufgaben des Jugendamtes wahrnimmt" (Katalog 4.3.2).')
ent('fd-53','Organization','Fachdienst 53 Gesundheit',['Gesundheitsamt','53 Gesundheit','FD 53 Gesundheit'])
ent('fd-61','Organization','Fachdienst 61 Kreisentwicklung und Geodaten',['Fachdienst 61'])
ent('bildungsbuero','Organization','Bildungsbüro Landkreis Gandersloh',['Bildungsbüro','Bildungsbüros','Bildungs-büros','Bildungsbiiro','Stabsstelle Bildungsbüro','BB','Büros'],
    note='Stabsstelle im Fachbereich 4; "BB" in the to-do table of the protocol.')
ent('jobcenter','Organization','Jobcenter Landkreis Gandersloh',['Jobcenter','Jobcenters Landkreis Gandersloh','Jobcenter (zkT)'],note='zugelassener kommunaler Träger, part of the Kreisverwaltung')
ent('jba','Organization','Jugendberufsagentur Gandersloh',['Jugendberufsagentur','JBA'])
ent('kvhs','Organization','Kreisvolkshochschule Gandersloh gGmbH',['Kreisvolkshochschule','KVHS','KVHS Gandersloh','KVHS Gandersloh gGmbH'])
ent('fb-bjs-ledinghausen','Organization','Fachbereich Bildung, Jugend und Sport',[],note='of the Stadt Ledinghausen')
# state / federal / EU
ent('rlsb','Organization','Regionales Landesamt für Schule und Bildung Lüneburg',
    ['Regionalen Landesamt für Schule und Bildung Lüneburg','Regionalen Landesamtes für Schule und Bildung Lüneburg','Regionalen Landesamt fiir Schule und Bildung Liineburg',
     'RLSB','RLSB Lüneburg','Landesamt','Landesamtes'])
ent('rlsb-dezernat-3','Organization','Dezernat 3 (Allgemeinbildende Schulen)',['Dezernat 3','Dezernat 3 – Allgemeinbildende Schulen'])
ent('rlsb-dezernat-4','Organization','Dezernat 4 – Berufsbildende Schulen',['Dezernat 4'])
ent('landesschulbehoerde','Organization','Landesschulbehörde',[],note='predecessor of the RLSB, mentioned historically (Maske 4.3.3.2).')
ent('mk','Organization','Niedersächsisches Kultusministerium',['Niedersächsischen Kultusministerium','Niedersachsischen Kultusministerium'])
ent('lsn','Organization','Landesamt für Statistik Niedersachsen',['LSN','Landesamt fiir Statistik Niedersachsen'])
ent('bmbf','Organization','Bundesministerium für Bildung und Forschung',['BMBF','Bundesministeriums für Bildung und Forschung'])
ent('eu','Organization','Europäische Union',['EU'])
ent('afa','Organization','Agentur für Arbeit Ledinghausen',['Agentur für Arbeit','Agentur fiir Arbeit Ledinghausen','Agentur fiir Arbeit','Arbeitsagentur','Agentur'])
ent('ihk','Organization','Industrie- und Handelskammer Ledinghausen',['IHK Ledinghausen','IHK'])
ent('khs','Organization','Kreishandwerkerschaft Gandersloh',['Kreishandwerkerschaft'])
# science / transfer
ent('hs-ledinghausen','Organization','Hochschule Ledinghausen',[])
ent('ibs','Organization','Institut für Bildungs- und Sozialraumforschung',['IBS','Institut','Institut fiir Bildungs- und Sozialraumforschung'])
ent('tkb-nord','Organization','Transferstelle Kommunales Bildungsmanagement Nord',['TKB Nord','Transferstelle','Transferstelle Kommunales Bildungs-management Nord'])
# civil society
ent('ksb','Organization','Kreissportbund Gandersloh e.V.',['Kreissportbund','Kreissportbund Gandersloh','Kreissportbundes Gandersloh e.V.','Kreis-sportbundes'])
ent('stiftung-vorbrodt','Organization','Elise-Vorbrodt-Stiftung',['Stiftung'])
ent('forscherhaus','Organization','Forscherhaus Geestrand e.V.',['Forscherhauses Geestrand'])
ent('energiegenossenschaft','Organization','Energiegenossenschaft Ilsenriede eG',['Energiegenossenschaft Ilsenriede','Energiegenossen-schaft Ilsenriede eG','Genossenschaft','eG'])
ent('brueckenschlag','Organization','Brückenschlag Gandersloh e.V.',[])

# ---- Bodies
ent('kreistag','Body','Kreistag',['Kreistages','Kreistags','Kreis-tages'])
ent('ausschuss-sks','Body','Ausschuss für Schule, Kultur und Sport',['Ausschusses für Schule, Kultur und Sport','Ausschuss fiir Schule, Kultur und Sport','SKS'])
ent('jha','Body','Jugendhilfeausschuss',['JHA','Jugend-hilfeausschuss','Jugendhilfeaus-schuss'])
ent('bildungsregion','Body','Bildungsregion Gandersloh',['Bildungsregion','Bil-dungsregion','Bildungs-region'])
ent('lenkungsgruppe','Body','Lenkungsgruppe der Bildungsregion',['Lenkungsgruppe','Lenkungsgruppe Bildungsregion','Lenkungsgruppe Bildungsregion Gandersloh'])
ent('ff-fruehe-bildung','Body','Fachforum Frühe Bildung',['Fachforums Friihe Bildung','Frühe Bildung'],note='slide list of Fachforen uses the short form')
ent('ff-uebergang-schule-beruf','Body','Fachforum Übergang Schule – Beruf',['Übergang Schule – Beruf'],note='slide list of Fachforen uses the short form')
ent('ff-bne-mint','Body','Fachforum BNE und MINT',['BNE und MINT'])
ent('ff-bewegung-gesundheit','Body','Fachforum Bewegung und Gesundheit',['Bewegung und Gesundheit','Forum'])
ent('bildungskonferenz','Body','Gandersloher Bildungskonferenz',['Bildungskonferenz'])
ent('kreisschuelerrat','Body','Kreisschülerrat',['Kreisschülerrates','KSR','Kreisschiilerrat','Kreisschiilerrates'])
ent('grundbildungsnetzwerk','Body','Grundbildungsnetzwerk',['Grundbildungsnetzwerks'])
ent('netzwerktreffen-bildungskommunen','Body','Netzwerktreffen der Bildungskommunen in Niedersachsen',[])

# ---- Programmes and projects
ent('bildungskommunen','Programme','Bildungskommunen',[])
ent('esf-plus','Programme','Europäischer Sozialfonds Plus',['Europäischen Sozialfonds Plus','ESF Plus'])
ent('transferinitiative','Programme','Transferinitiative Kommunales Bildungsmanagement',[])
ent('umweltschule','Programme','Umweltschule in Europa',[])
ent('lernen-vor-ort','Programme','Lernen vor Ort',[],note='only as origin of the Produktmaske template')
ent('leselust-geest','Programme','LeseLust Geest',[])
ent('mint-mobil','Programme','MINT-Mobil',['MINT-Mobils'])
ent('klimawerkstatt','Programme','KlimaWerkstatt Ilsenriede',['KlimaWerkstatt'])
ent('bewegte-kita','Programme','Bewegte Kita',[])

# ---- Persons
def per(i,n,al,role,aff,**x): ent(i,'Person',n,al,role=role,affiliation=aff,**x)
per('ohlendorf','Jan-Hendrik Ohlendorf',['Landrat'],'Landrat','Landkreis Gandersloh')
per('marquardt-behrens','Dr. Silke Marquardt-Behrens',['Erste Kreisrätin','Ersten Kreisrätin','Ersten Kreisratin'],'Erste Kreisrätin; Vorsitzende der Lenkungsgruppe','Landkreis Gandersloh')
per('lueders','Gesa Lüders',[],'Kreistagsabgeordnete; Vorsitzende des Ausschusses für Schule, Kultur und Sport','Kreistag')
per('grotjahn','Matthias Grotjahn',['Grotjahn'],'Kreisrat, Leiter des Fachbereichs 4','Fachbereich 4 Bildung und Teilhabe')
per('osterloh','Birte Osterloh',[],'Leitung FD 40 (Organigramm)','Fachdienst 40 Schulen')
per('stamer','Holger Stamer',[],'Fachdienstleiter','Fachdienst 51 Jugend')
per('drewes','Anke Drewes',['Frau Drewes','Drewes'],'Leiterin','Bildungsbüro')
per('ehlers','Tobias Ehlers',['Herr Ehlers','Ehlers'],'Bildungsmonitoring','Bildungsbüro')
per('aksoy','Derya Aksoy',[],'Bildungskoordination Übergang Schule – Beruf','Bildungsbüro')
per('huesing','Lena Hüsing',[],'Koordination BNE und MINT','Bildungsbüro')
per('poppe','Jens Poppe',[],'Übergang Kita – Grundschule (Lehrkraft, mit Anrechnungsstunden des RLSB)','Bildungsbüro')
per('timm','Marion Timm',[],'Koordination Bildungslotsinnen und -lotsen','Bildungsbüro')
per('paetzold','Dr. Karin Pätzold',['Frau Dr. Pätzold','RSchD’in Dr. Karin Pätzold'],'Regierungsschuldirektorin, Dezernentin Dezernat 3; stellv. Vorsitzende der Lenkungsgruppe','Regionales Landesamt für Schule und Bildung Lüneburg')
per('lindemann','Uwe Lindemann',[],'Dezernat 4 – Berufsbildende Schulen','Regionales Landesamt für Schule und Bildung Lüneburg')
per('ostendorf','Marlies Ostendorf',[],'Präsidentin','Regionales Landesamt für Schule und Bildung Lüneburg')
per('reinecke','Dr. Jonas Reinecke',[],'Projektleiter','Transferstelle Kommunales Bildungsmanagement Nord')
per('kuhlmann','Sabine Kuhlmann',['Frau Kuhlmann','Kuhlmann'],'Prozessbegleitung','Transferstelle Kommunales Bildungsmanagement Nord')
per('brandes','Prof. Dr. Ulrike Brandes',['Prof. Dr. Brandes','Brandes'],'Institutsleiterin','Institut für Bildungs- und Sozialraumforschung')
per('wiechmann','Petra Wiechmann',[],'Geschäftsführerin','Kreisvolkshochschule Gandersloh gGmbH')
per('meinecke','Gerd Meinecke',['Herr Meinecke'],'Vorsitzender','Kreissportbund Gandersloh e.V.')
per('frerichs','Nadine Frerichs',['Frau Frerichs','Frerichs'],'Koordinatorin','Jugendberufsagentur Gandersloh')
per('tiedemann','Olaf Tiedemann',['Herr Tiedemann'],'Vorsitzender der Geschäftsführung','Agentur für Arbeit Ledinghausen')
per('gerdes','Martina Gerdes',['Frau Gerdes'],'Leiterin','Jobcenter Landkreis Gandersloh')
per('boettcher','Dr. Frank Böttcher',['Dr. Böttcher','Böttcher'],'Hauptgeschäftsführer','Industrie- und Handelskammer Ledinghausen')
per('oltmanns','Finn Oltmanns',['Herr Oltmanns'],'Vorsitzender','Kreisschülerrat')
per('brandt','Leonie Brandt',[],'stellv. Vorsitzende','Kreisschülerrat')
per('vosskamp','Dr. Hannelore Vosskamp',[],'Vorstandsvorsitzende','Elise-Vorbrodt-Stiftung')
per('albers','Sören Albers',['Herr Albers'],'Samtgemeindebürgermeister','Samtgemeinde Ilsenriede')
per('hasenkamp','Claudia Hasenkamp',[],'Bürgermeisterin','Gemeinde Heidmoorn')
per('wolters','Jana Wolters',[],'Stadträtin für Bildung, Jugend und Sport','Stadt Ledinghausen')
per('mahnke','Ute Mahnke',['Frau Mahnke'],'Samtgemeindebürgermeisterin','Samtgemeinde Sodenbrock')
per('wuebbe','Jörg Wübbe',[],'(not stated)','Kreishandwerkerschaft Gandersloh')

# ---- Action fields
ent('af-fruehe-bildung','ActionField','Frühe Bildung',['frühen Bildung','Friihe Bildung'])
ent('af-uebergang-kita-grundschule','ActionField','Übergang Kita–Grundschule',['Übergangs Kita–Grundschule','Ubergang Kita-Grundschule','Übergang Kita – Grundschule','Kita – Grundschule'])
ent('af-uebergang-schule-beruf','ActionField','Übergang Schule–Beruf',['Ubergang Schule-Beruf','Übergang Schule – Beruf','Schule – Beruf'])
ent('af-bne','ActionField','Bildung für nachhaltige Entwicklung',['BNE','Bildung fiir nachhaltige Entwicklung','Bildung für nachhaltige Entwicklung (BNE)'])
ent('af-mint','ActionField','MINT',[])
ent('af-bildungsmonitoring','ActionField','Bildungsmonitoring',['Bildungsmonitorings'])
ent('af-lebenslanges-lernen','ActionField','Lebenslanges Lernen',[])
ent('af-grundbildung','ActionField','Grundbildung',[])
ent('af-digitalisierung','ActionField','Digitalisierung',['Digita-lisierung'])
ent('af-fachkraeftesicherung','ActionField','Fachkräftesicherung',['Fachkraftesicherung'])
ent('af-bildungsberatung','ActionField','Bildungsberatung',[])
ent('af-weiterbildung','ActionField','Weiterbildung',[])
ent('af-steuerung-diskurs','ActionField','Steuerung / Diskurs',[],note='column "Handlungsfeld" of Anlage 1 of the Zielvereinbarung')
ent('af-transfer','ActionField','Transfer',[],note='column "Handlungsfeld" of Anlage 1; also AP 13 title')

# ---- Measures: work packages
AP = [
 (1,'AP 1 Projektstart und Bestandsaufnahme'),
 (2,'AP 2 Bildungsleitbild fiir den Landkreis'),
 (3,'AP 3 Bildungskonferenzen und Fachforen'),
 (4,'AP 4 Steuerung und Koordinierung'),
 (5,'AP 5 Verantwortungsgemeinschaft mit dem Land'),
 (6,'AP 6 Bildungsmonitoring'),
 (7,'AP 7 Bildungsberichterstattung'),
 (8,'AP 8 Ubergang Schule-Beruf'),
 (9,'AP 9 Friihe Bildung und Ubergang Kita-Grundschule'),
 (10,'AP 10 BNE und MINT in der Flache'),
 (11,'AP 11 Lebenslanges Lernen und Grundbildung'),
 (12,'AP 12 Beteiligung junger Menschen'),
 (13,'AP 13 Offentlichkeitsarbeit, Transfer und Verstetigung'),
]
for n,t in AP: ent(f'ap-{n}','Measure',t,[])
# goals and measures of Anlage 1
ZG = [
 ('ziel-1','Verbindliche Steuerung der Bildungsregion sichern',[]),
 ('ziel-2','Datenbasierte Steuerung ausbauen',[]),
 ('ziel-3','Übergang Kita–Grundschule gemeinsam gestalten',[]),
 ('ziel-4','Übergang Schule–Beruf in der Fläche stärken',[]),
 ('ziel-5','Erfahrungen übertragbar machen',[]),
 ('m-1-1','Überarbeitung der Geschäftsordnung der Lenkungsgruppe',['1.1 Überarbeitung der Geschäftsordnung der Lenkungsgruppe']),
 ('m-1-2','Gemeinsamer Jour fixe von Bildungsbüro, Landesamt und Transferstelle',['1.2 Gemeinsamer Jour fixe von Bildungsbüro, Landesamt und Transferstelle']),
 ('m-1-3','Stimmrecht des Kreisschülerrates in der Lenkungsgruppe verstetigen',['1.3 Stimmrecht des Kreisschülerrates in der Lenkungsgruppe verstetigen','Maßnahme 1.3']),
 ('m-2-1','Fortschreibung des Kleinräumigen Bildungsatlas',['2.1 Fortschreibung des Kleinräumigen Bildungsatlas']),
 ('m-2-2','Bereitstellung schulbezogener Daten unterhalb der Kreisebene',['2.2 Bereitstellung schulbezogener Daten unterhalb der Kreisebene','Maßnahme 2.2']),
 ('m-2-3','Qualifizierung der Fachdienste im Umgang mit Bildungsdaten',['2.3 Qualifizierung der Fachdienste im Umgang mit Bildungsdaten']),
 ('m-3-1','Fortbildungsreihe für Tandems aus Kita und Grundschule',['3.1 Fortbildungsreihe für Tandems aus Kita und Grundschule']),
 ('m-3-2','Abgestimmter Übergangsbogen für alle Grundschulen im Landkreis',['3.2 Abgestimmter Übergangsbogen für alle Grundschulen im Landkreis']),
 ('m-4-1','Außensprechstunden der Jugendberufsagentur in den Samtgemeinden',['4.1 Außensprechstunden der Jugendberufsagentur in den Samtgemeinden']),
 ('m-4-2','Abstimmung der Berufsorientierungskonzepte der weiterführenden Schulen',['4.2 Abstimmung der Berufsorientierungskonzepte der weiterführenden Schulen']),
 ('m-5-1','Dokumentation bewährter Lösungen in einem Transferkatalog',['5.1 Dokumentation bewährter Lösungen in einem Transferkatalog']),
 ('m-5-2','Teilnahme an den Netzwerktreffen der Bildungskommunen in Niedersachsen',['5.2 Teilnahme an den Netzwerktreffen der Bildungskommunen in Niedersachsen']),
]
for i,n,al in ZG: ent(i,'Measure',n,al)

# ---- Transfer objects
ent('to-4.2.3.1','TransferObject','Kleinräumiger Bildungsatlas für Samtgemeinden und Einheitsgemeinden',
    ['Kleinräumiger Bildungsatlas für Samtgemein-den und Einheitsgemeinden','Kleinräumiger Bildungsatlas','Kleinräumige Bildungsatlas','Kleinräumigen Bildungsatlas','Kleinraumigen Bildungsatlas','Atlas','KLeInräuMIger BILDungSatLaS'])
ent('to-4.3.3.2','TransferObject','Lenkungsgruppe der Bildungsregion',['LenkungSgruppe Der BILDungSregIon'])
ent('to-4.5.3.3','TransferObject','Bildungslotsinnen und Bildungslotsen in den Samtgemeinden',
    ['Bildungslotsinnen und Bildungslotsen','Bildungslotsinnen und -lotsen','Bildungslotsinnen und -lotsen in den Samtgemeinden','Bildungslotsen','BILDungSLotSInnen unD BILDungSLotSen'])

# ambiguous forms: (doc, substring of the line, form, owner)
OVERRIDES = [
 (K,'4.3.3.2 Lenkungsgruppe der Bildungsregion','lenkungsgruppe der bildungsregion','to-4.3.3.2'),
 (K,'Lenkungsgruppe der Bildungsregion 4.3 Diskurs 38','lenkungsgruppe der bildungsregion','to-4.3.3.2'),
 (S,'• Frühe Bildung','frühe bildung','ff-fruehe-bildung'),
 (S,'• Übergang Schule – Beruf','übergang schule – beruf','ff-uebergang-schule-beruf'),
 (S,'Koordination BNE und MINT','bne und mint',None),   # split into BNE + MINT (action fields)
]
# forms that are not mentions of the entity on these lines: (doc, substring of line, entity)
IGNORE = [
 (S,'Transfer und Wissenschaft','af-transfer'),
]

DEFAULTS = {'übergang schule – beruf': 'af-uebergang-schule-beruf', 'frühe bildung': 'af-fruehe-bildung', 'bne und mint': 'ff-bne-mint'}
