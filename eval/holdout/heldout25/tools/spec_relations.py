# Relation specification for the h25 gold set. The line is computed from the evidence;
# `at` disambiguates when the evidence occurs more than once (line number of the wanted occurrence).
from spec_entities import D1, D2, D3, D4, D5

R = []


def rel(s, p, o, doc, ev, role=None, at=None, note=None):
    R.append(dict(subject=s, predicate=p, object=o, doc=doc, evidence=ev, role=role, at=at, note=note))


# ======================================================================== D1 transfer catalogue
d = D1
rel("lk-geestwalde", "participatesIn", "bildung-integriert", d,
    "Als der Landkreis Geestwalde im Herbst 2016 in das vom Bundes- ministerium für Bildung und Forschung und aus dem Europäischen Sozialfonds geförderte Programm „Bildung integriert“ aufgenommen wurde")
rel("bildung-integriert", "fundedBy", "bmbf", d,
    "vom Bundes- ministerium für Bildung und Forschung und aus dem Europäischen Sozialfonds geförderte Programm „Bildung integriert“")
rel("bildung-integriert", "fundedBy", "esf-plus", d,
    "aus dem Europäischen Sozialfonds geförderte Programm „Bildung integriert“")
rel("lk-geestwalde", "cooperatesWith", "stadt-ammerstedt", d,
    "Dank gilt der kreisfreien Stadt Ammerstedt, mit der wir seit 2019 eine Kooperationsvereinbarung zum Übergang Schule–Beruf verbindet")
rel("lk-geestwalde", "cooperatesWith", "transferagentur-geest-kueste", d,
    "sowie der Transferagentur Geest-Küste, die uns von Beginn an beraten hat")
rel("wiebke-osterloh", "memberOf", "lk-geestwalde", d,
    "Dr. Wiebke Osterloh Landrätin des Landkreises Geestwalde", role="Landrätin")
rel("bildungsbuero-geestwalde", "subOrganizationOf", "fb40-geestwalde", d,
    "Es ist dem Fachbereich 40 Bildung, Kultur und Sport zugeordnet")
rel("fb40-geestwalde", "subOrganizationOf", "dezernat-ii-geestwalde", d,
    "der seinerseits zum Dezernat II – Jugend, Bildung und Soziales gehört")
rel("koordinierungsstelle-usb-geestwalde", "subOrganizationOf", "bildungsbuero-geestwalde", d,
    "Im Bildungsbüro angesiedelt ist auch die Koordinierungsstelle Übergang Schule–Beruf")
rel("koordinierungsstelle-usb-geestwalde", "fundedBy", "esf-plus", d,
    "sie wird seit 2020 aus Mitteln des Europäischen Sozialfonds kofinanziert")
rel("steuerungsgruppe-bildung-geestwalde", "chairedBy", "thorsten-bruening", d,
    "Sie tagt unter Vorsitz des Dezernenten für Jugend, Bildung und Soziales, Thorsten Brüning")
rel("thorsten-bruening", "memberOf", "dezernat-ii-geestwalde", d,
    "des Dezernenten für Jugend, Bildung und Soziales, Thorsten Brüning", role="Dezernent")
rel("fb51-geestwalde", "participatesIn", "steuerungsgruppe-bildung-geestwalde", d,
    "vertreten sind der Fachbereich 51 Jugend und Familie")
rel("fd401-geestwalde", "participatesIn", "steuerungsgruppe-bildung-geestwalde", d,
    "der Fachdienst 40.1 Schule und Bildung, die Stabsstelle")
rel("stabsstelle-kreisentwicklung-geestwalde", "participatesIn", "steuerungsgruppe-bildung-geestwalde", d,
    "die Stabsstelle Kreisentwicklung und Demo- grafie sowie die Kreisvolkshochschule")
rel("kvhs-geestwalde", "participatesIn", "steuerungsgruppe-bildung-geestwalde", d,
    "sowie die Kreisvolkshochschule Geestwalde, eine Einrichtung")
rel("kvhs-geestwalde", "carriedBy", "lk-geestwalde", d,
    "Kreisvolkshochschule Geestwalde, eine Einrichtung in Trägerschaft des Landkreises")
rel("bildungsbeirat-geestwalde", "chairedBy", "wiebke-osterloh", d,
    "Den Vorsitz führt Landrätin Dr. Wiebke Osterloh")
rel("ihk-ammerstedt-geestwalde", "participatesIn", "bildungsbeirat-geestwalde", d,
    "Im Beirat wirken u. a. die Industrie- und Handelskammer Ammerstedt-Geestwalde")
rel("kreishandwerkerschaft-geestwalde", "participatesIn", "bildungsbeirat-geestwalde", d,
    "die Kreishandwerkerschaft Geestwalde, die Agentur")
rel("afa-ammerstedt", "participatesIn", "bildungsbeirat-geestwalde", d,
    "die Agentur für Arbeit Ammer- stedt, das Regionale")
rel("rlsb-osnabrueck", "participatesIn", "bildungsbeirat-geestwalde", d,
    "das Regionale Landesamt für Schule und Bildung Osnabrück (RLSB)")
rel("kreiselternrat-geestwalde", "participatesIn", "bildungsbeirat-geestwalde", d,
    "und der Kreiselternrat Geestwalde mit")
rel("bbs-hollenbuettel", "participatesIn", "bildungsbeirat-geestwalde", d,
    "Die Berufsbildenden Schulen Hollenbüttel sind über ihre Schulleiterin Petra Schoon im Beirat vertreten")
rel("petra-schoon", "memberOf", "bbs-hollenbuettel", d,
    "Berufsbildenden Schulen Hollenbüttel sind über ihre Schulleiterin Petra Schoon", role="Schulleiterin")
rel("bildungskonferenz-geestwalde", "carriedBy", "lk-geestwalde", d,
    "Einmal im Jahr richtet der Landkreis die Geestwalder Bildungskonferenz aus")
rel("ak-usb-geestwalde", "chairedBy", "anneke-sievers", d,
    "Arbeitskreis Übergang Schule–Beruf, dessen Sprecherin Anneke Sievers")
rel("netzwerk-fruehe-bildung-geestwalde", "carriedBy", "diakonie-geestwalde", d,
    "Netzwerk Frühe Bildung Geestwalde, das gemeinsam mit dem Diakonischen Werk Geestwalde getragen wird")
# mask 3.2.3.1
rel("bildungsbuero-geestwalde", "cooperatesWith", "stabsstelle-kreisentwicklung-geestwalde", d,
    "Das Bildungsbüro pflegt den Atlas gemeinsam mit der Stabsstelle Kreisentwicklung und Demo- grafie")
rel("to-3.2.3.1", "fundedBy", "bildung-integriert", d,
    "1 Personalstelle Bildungsmonitoring (bis 2021 aus „Bildung integriert“ finanziert")
for o, ev in [("bildungsbuero-geestwalde", "Bildungsbüro des Landkreises Geestwalde (Federführung)"),
              ("stabsstelle-kreisentwicklung-geestwalde", "• Stabsstelle Kreisentwicklung und Demografie"),
              ("fd401-geestwalde", "Fachdienst 40.1 Schule und Bildung (Schulstatistik)"),
              ("fb51-geestwalde", "Fachbereich 51 Jugend und Familie (Kita-Bedarfsplanung)"),
              ("fd-it-geodaten-geestwalde", "• Fachdienst IT und Geodaten"),
              ("lsn", "• Landesamt für Statistik Niedersachsen"),
              ("afa-ammerstedt", "• Agentur für Arbeit Ammerstedt")]:
    rel("to-3.2.3.1", "involvesActor", o, d, ev)
# mask 3.3.3.3
rel("transferagentur-geest-kueste", "participatesIn", "bildungskonferenz-geestwalde", d,
    "Moderation der Teilkonferenzen durch die Transferagentur Geest-Küste (2019 und 2020)")
rel("bildungskonferenz-geestwalde", "fundedBy", "sparkassenstiftung-geestwalde", d,
    "die Stiftung der Sparkasse Geestwalde übernimmt seit 2021 die Kosten der Teilkonferenzen")
for o, ev in [("bildungsbuero-geestwalde", "Bildungsbüro (Organisation, Dokumentation)"),
              ("kvhs-geestwalde", "Kreisvolkshochschule Geestwalde (Veranstaltungsort, Moderation)"),
              ("stadt-hollenbuettel", "Stadt Hollenbüttel und Gemeinde Sandwede (Mitausrichter der Teilkonferenzen)"),
              ("gemeinde-sandwede", "Gemeinde Sandwede (Mitausrichter der Teilkonferenzen)"),
              ("kreiselternrat-geestwalde", "• Kreiselternrat Geestwalde"),
              ("rlsb-osnabrueck", "• Regionales Landesamt für Schule und Bildung Osnabrück"),
              ("transferagentur-geest-kueste", "Transferagentur Geest-Küste (Prozessbegleitung)")]:
    rel("to-3.3.3.3", "involvesActor", o, d, ev)
# mask 3.5.3.2
rel("to-3.5.3.2", "fundedBy", "hedwig-ahlers-stiftung", d,
    "finanziert aus Mitteln der Hedwig-Ahlers-Stiftung für Jugend und Bildung")
rel("to-3.5.3.2", "fundedBy", "bop", d,
    "die Praxistage an den BBS werden über das Berufsorientierungsprogramm (BOP) des BMBF gefördert")
rel("to-3.5.3.2", "involvesActor", "afa-ammerstedt", d,
    "Beratungsgespräche im Pass werden von der Berufsberatung der Agentur für Arbeit Ammerstedt gegengezeichnet")
for o, ev in [("koordinierungsstelle-usb-geestwalde", "Koordinierungsstelle Übergang Schule–Beruf (Steuerung)"),
              ("oberschule-sandwede", "• Oberschule Sandwede, Berufsbildende"),
              ("bbs-hollenbuettel", "Oberschule Sandwede, Berufsbildende Schulen Hollenbüttel"),
              ("ihk-ammerstedt-geestwalde", "• IHK Ammerstedt-Geestwalde, Kreishandwerkerschaft"),
              ("kreishandwerkerschaft-geestwalde", "IHK Ammerstedt-Geestwalde, Kreishandwerkerschaft Geestwalde"),
              ("jba-geestwalde", "• Jugendberufsagentur Geestwalde"),
              ("kroeger-landtechnik", "Ausbildungsbetriebe (u. a. Kröger Landtechnik, Molkerei"),
              ("molkerei-nordgeest", "Kröger Landtechnik, Molkerei Nordgeest)")]:
    rel("to-3.5.3.2", "involvesActor", o, d, ev)

# ======================================================================== D2 work packages (OCR)
d = D2
rel("joerg-tammen", "memberOf", "stadt-ammerstedt", d,
    "die Stadt Ammerstedt, vertreten durch den Oberbiirgermeister Jorg Tammen", role="Oberbürgermeister")
rel("stadt-ammerstedt", "participatesIn", "bildungskommunen", d,
    "Antragstellerin ist die Stadt Ammerstedt")
rel("bildungsbuero-ammerstedt", "subOrganizationOf", "amt-schule-bildung-ammerstedt", d,
    "Bildungsbiiro Ammerstedt, das als Abteilung 40.3 Bildungsma- nagement zum Amt fiir Schule und Bildung gehért")
rel("amt-schule-bildung-ammerstedt", "subOrganizationOf", "dezernat-iii-ammerstedt", d,
    "das Amt ist dem Dezernat III — Bildung, Ju- gend und Kultur zugeordnet")
rel("bildungskommunen", "fundedBy", "bmbf", d,
    "Das Programm „Bildungskommunen\" wird vom Bundesministerium fiir Bildung und Forschung (BMBF)")
rel("bildungskommunen", "fundedBy", "esf-plus", d,
    "und aus dem Europaischen Sozialfonds Plus (ESF Plus) gef6rdert")
rel("bildungsbuero-ammerstedt", "fundedBy", "bildungskommunen", d,
    "die beiden Personalstellen im Bildungsbiiro werden fiir die Laufzeit aus „Bildungskommunen\" finanziert")
rel("stadt-ammerstedt", "participatesIn", "bildung-integriert", d,
    "„Bildung integriert\", an dem die Stadt Ammerstedt von 2016 bis 2020 teilgenommen hat")
rel("stadt-ammerstedt", "cooperatesWith", "transferagentur-geest-kueste", d,
    "Feinpla- nung des Arbeitsprogramms gemeinsam mit der Transferagentur Geest-Kiiste",
    note="work package of the applicant Stadt Ammerstedt (implied subject)")
rel("ap2", "addressesActionField", "af-lebenslanges-lernen", d,
    "Formulierung eines Leitbildes entlang der gesamten Bildungsbiografie im Sinne des lebens- langen Lernens")
rel("lenkungskreis-bildung-ammerstedt", "chairedBy", "claudia-vosteen", d,
    "Len- kungskreises Bildung, der unter Vorsitz der Dezernentin fiir Bildung, Jugend und Kultur, Stadtratin Dr. Claudia Vosteen")
rel("claudia-vosteen", "memberOf", "dezernat-iii-ammerstedt", d,
    "Dezernentin fiir Bildung, Jugend und Kultur, Stadtratin Dr. Claudia Vosteen", role="Dezernentin")
rel("afa-ammerstedt", "participatesIn", "bildungsbeirat-ammerstedt", d,
    "Aufbau eines Bildungsbeirates, in dem u.a. die Agentur fiir Arbeit Ammerstedt")
rel("ihk-ammerstedt-geestwalde", "participatesIn", "bildungsbeirat-ammerstedt", d,
    "die Industrie- und Handelskammer Ammerstedt-Geest- walde, die Hochschule")
rel("hochschule-ammerstedt", "participatesIn", "bildungsbeirat-ammerstedt", d,
    "die Hochschule Ammerstedt und der Stadtschiilerrat vertreten sein sollen")
rel("stadtschuelerrat-ammerstedt", "participatesIn", "bildungsbeirat-ammerstedt", d,
    "der Stadtschiilerrat vertreten sein sollen")
rel("bildungsbeirat-ammerstedt", "chairedBy", "joerg-tammen", d,
    "Den Vorsitz des Beirates soll Oberbiirgermeister Jorg Tammen iibernehmen")
rel("ap4", "addressesActionField", "af-ganztag", d, "2024 Schwerpunkt Ganztag")
rel("ap4", "addressesActionField", "af-sprachbildung", d, "2025 Schwerpunkt Sprachbildung")
rel("ap5", "addressesActionField", "af-bildungsmonitoring", d,
    "AP 5 Datenbasiertes Bildungsmonitoring: Aufbau eines kontinuierlichen Bildungsmonitorings")
rel("bildungsbuero-ammerstedt", "cooperatesWith", "stabsstelle-statistik-ammerstedt", d,
    "durch das Bildungsbiiro zusammen mit der Stabsstelle Statistik und Stadtforschung")
rel("ag-bildungsmonitoring-ammerstedt", "chairedBy", "tobias-gerdes", d,
    "AG Bildungsmonitoring, die von Tobias Gerdes, Sachgebietsleiter in der Stabsstelle Statistik und Stadtforschung, geleitet wird")
rel("tobias-gerdes", "memberOf", "stabsstelle-statistik-ammerstedt", d,
    "Tobias Gerdes, Sachgebietsleiter in der Stabsstelle Statistik und Stadtforschung", role="Sachgebietsleiter")
rel("fb-jugend-ammerstedt", "participatesIn", "ag-bildungsmonitoring-ammerstedt", d,
    "in der AG wirken auBerdem der Fachbereich Jugend, Familie und Soziales")
rel("amt-schule-bildung-ammerstedt", "participatesIn", "ag-bildungsmonitoring-ammerstedt", d,
    "und das Amt fiir Schule und Bildung mit")
rel("ap6", "addressesActionField", "af-bildungsmonitoring", d,
    "Erstellung eines ersten kommunalen Bildungsberichts auf Basis des Bildungsmonitorings")
rel("ap7", "addressesActionField", "af-uebergang-kita-grundschule", d, "AP 7 Ubergang Kita-Grundschule")
rel("ap7", "addressesActionField", "af-fruehe-bildung", d, "MaBnahmen und Fortbildungen zur friihen Bildung")
rel("ap8", "addressesActionField", "af-uebergang-schule-beruf", d,
    "AP 8 Ubergang Schule-Beruf und Fachkréftesicherung")
rel("ap8", "addressesActionField", "af-fachkraeftesicherung", d,
    "AP 8 Ubergang Schule-Beruf und Fachkréftesicherung")
rel("ap8", "addressesActionField", "af-berufsorientierung", d, "Fortfiihrung des Fachforums Berufso- rientierung")
rel("igs-ammerstedt-sued", "participatesIn", "fachforum-bo-ammerstedt", d,
    "an dem sich u.a. die IGS Ammerstedt-Siid")
rel("hafenlogistik-ammerstedt", "participatesIn", "fachforum-bo-ammerstedt", d,
    "die Ammerstedter Hafenlogistik GmbH")
rel("stadtwerke-ammerstedt", "participatesIn", "fachforum-bo-ammerstedt", d,
    "die Stadtwerke Ammerstedt GmbH und die Kreishandwerkerschaft")
rel("kreishandwerkerschaft-geestwalde", "participatesIn", "fachforum-bo-ammerstedt", d,
    "und die Kreishandwerkerschaft Geestwalde beteiligen")
rel("jba-ammerstedt", "carriedBy", "afa-ammerstedt", d,
    "Jugendberufsagentur Ammerstedt, die von der Agentur fiir Arbeit Ammer- stedt, dem Jobcenter Ammerstedt und der Stadt gemeinsam getragen wird")
rel("jba-ammerstedt", "carriedBy", "jobcenter-ammerstedt", d,
    "dem Jobcenter Ammerstedt und der Stadt gemeinsam getragen wird")
rel("jba-ammerstedt", "carriedBy", "stadt-ammerstedt", d,
    "und der Stadt gemeinsam getragen wird")
rel("stadt-ammerstedt", "cooperatesWith", "lk-geestwalde", d,
    "Ko- operationsvereinbarung mit dem Landkreis Geestwalde zum Ubergang Schule-Beruf (seit 2019)")
rel("ap9", "addressesActionField", "af-sprachbildung", d, "AP 9 Sprachbildung und Integration")
rel("ap9", "addressesActionField", "af-integration", d, "AP 9 Sprachbildung und Integration")
rel("netzwerk-sprachbildung-ammerstedt", "chairedBy", "aylin-demir", d,
    "Netzwerks Sprachbildung Ammerstedt, dessen Sprecherin Aylin Demir")
rel("aylin-demir", "memberOf", "referat-integration-ammerstedt", d,
    "Aylin Demir, Koordinatorin im Referat fiir Integration und Teilhabe", role="Koordinatorin")
rel("ap9", "fundedBy", "buergerstiftung-ammerstedt", d,
    "die Sprachpatenschaften werden aus Mitteln der Biirgerstiftung Ammerstedt finanziert")
rel("stadtbibliothek-ammerstedt", "participatesIn", "kultur-macht-stark", d,
    "die Stadtbibliothek beteiligt sich mit Lesepatenschaften am Bundesprogramm „Kultur macht stark\"")
rel("ap10", "addressesActionField", "af-bildungsberatung", d, "anbieterneutrale Bildungsberatung fiir Erwachsene")
rel("ap10", "addressesActionField", "af-lebenslanges-lernen", d,
    "Lebens- langes Lernen und digitale Zugange als Querschnittsthema")
rel("familienzentrum-ammerstedt-ost", "carriedBy", "awo-geestwalde", d,
    "Familienzentrum Ammerstedt-Ost (Trager: AWO Kreisverband Geestwalde e.V.)")
rel("vhs-ammerstedt", "carriedBy", "stadt-ammerstedt", d,
    "Volkshochschule Ammerstedt (Trégerin: Stadt Ammerstedt)")
rel("stadt-ammerstedt", "participatesIn", "kommunalnetzwerk-bimo", d,
    "aktive Mitwirkung im Kommunalnetzwerk Bildungsmoni- toring Geest-Kiiste",
    note="work package of the applicant Stadt Ammerstedt (implied subject)")
rel("stadt-ammerstedt", "participatesIn", "steuerungsgruppe-bildungsregion", d,
    "in der Steuerungsgruppe Bildungsregion Geest-Ammer",
    note="work package of the applicant Stadt Ammerstedt (implied subject)")
rel("ap12", "addressesActionField", "af-bne", d, "AP 12 Bildung fiir nachhaltige Entwicklung und Medienbildung")
rel("ap12", "addressesActionField", "af-medienbildung", d, "Qualifizierung von Lehrkrdften zur Medienbildung")
rel("ap12", "addressesActionField", "af-digitalisierung", d, "Digitalisierung von Lernorten")
rel("bildungsbuero-ammerstedt", "cooperatesWith", "hochschule-ammerstedt", d,
    "das Bildungsbiiro kooperiert dazu mit der Hochschule Ammerstedt")
rel("bildungsbuero-ammerstedt", "cooperatesWith", "stadtwerke-ammerstedt", d,
    "mit der Hochschule Ammerstedt und den Stadtwerken Ammerstedt")
rel("ap13", "addressesActionField", "af-oeffentlichkeitsarbeit", d, "AP 13 Offentlichkeitsarbeit und Verstetigung")

# ======================================================================== D3 target agreement
d = D3
rel("wiebke-osterloh", "memberOf", "lk-geestwalde", d,
    "Landkreis Geestwalde, vertreten durch die Landrätin Dr. Wiebke Osterloh", role="Landrätin")
rel("lk-geestwalde", "cooperatesWith", "transferagentur-geest-kueste", d,
    "Zielvereinbarung zwischen dem Landkreis Geestwalde, vertreten durch die Landrätin Dr. Wiebke Osterloh, und der Transferagentur Geest-Küste für Kommunales Bildungsmanagement (TraGeK)")
rel("transferagentur-geest-kueste", "carriedBy", "irb", d,
    "(TraGeK), in Trägerschaft des Instituts für Regionale Bildungsentwicklung e.V. (IRB)")
rel("zv-ziel-1", "addressesActionField", "af-bildungsmonitoring", d,
    "Bildungsmonitoring als Daueraufgabe des Bildungsbüros")
rel("zv-m-stellenplan", "addressesActionField", "af-bildungsmonitoring", d,
    "Übernahme der Stelle Bildungsmonitoring in den Stellenplan 2024")
rel("zv-m-bildungsatlas", "addressesActionField", "af-weiterbildung", d,
    "Fortschreibung des Geestwalder Bildungsatlas um Daten zur Weiterbildung")
rel("zv-ziel-2", "addressesActionField", "af-uebergang-schule-beruf", d,
    "Stärkung des Übergangs Schule– Beruf im ländlichen Raum")
rel("zv-ziel-2", "addressesActionField", "af-fachkraeftesicherung", d,
    "Fachkräftesicherung ist für die Betriebe im Kreis das drängendste Thema")
rel("koordinierungsstelle-usb-geestwalde", "cooperatesWith", "jba-geestwalde", d,
    "die Koordinierungsstelle Übergang Schule–Beruf arbeitet dazu eng mit der Jugendberufsagentur Geestwalde zusammen")
rel("jba-geestwalde", "carriedBy", "lk-geestwalde", d,
    "Jugendberufsagentur Geestwalde zusammen, deren Träger der Landkreis")
rel("jba-geestwalde", "carriedBy", "jobcenter-geestwalde", d,
    "deren Träger der Landkreis, das Jobcenter Landkreis Geestwalde")
rel("jba-geestwalde", "carriedBy", "afa-ammerstedt", d,
    "das Jobcenter Landkreis Geestwalde und die Agentur für Arbeit Ammerstedt sind")
rel("zv-m-geestkompass-digital", "addressesActionField", "af-digitalisierung", d,
    "Digitalisierung des Berufsorientierungspasses „Geestkompass“")
rel("zv-ziel-3", "addressesActionField", "af-ganztag", d, "Aufbau eines kreisweiten Ganztagskonzepts")
rel("zv-m-bedarfsanalyse-ganztag", "addressesActionField", "af-ganztag", d,
    "Bedarfsanalyse Ganztag in den Grundschulen des Kreises")
rel("zv-m-fachforum-ganztag", "addressesActionField", "af-ganztag", d, "Einrichtung eines Fachforums Ganztag")
rel("fachforum-ganztag-geestwalde", "chairedBy", "fd401-geestwalde", d,
    "Fachforums Ganztag unter Leitung des Fachdienstes 40.1 Schule und Bildung")
rel("awo-geestwalde", "participatesIn", "fachforum-ganztag-geestwalde", d,
    "in dem u.a. die AWO Kreisverband Geestwalde e.V. und das Diakonische Werk Geestwalde als Träger der Jugendhilfe mitarbeiten")
rel("diakonie-geestwalde", "participatesIn", "fachforum-ganztag-geestwalde", d,
    "das Diakonische Werk Geestwalde als Träger der Jugendhilfe mitarbeiten")
rel("zv-ziel-4", "addressesActionField", "af-weiterbildung", d,
    "Weiterbildung und lebenslanges Lernen in der Fläche")
rel("zv-ziel-4", "addressesActionField", "af-lebenslanges-lernen", d,
    "Weiterbildung und lebenslanges Lernen in der Fläche")
rel("zv-m-lernbus", "fundedBy", "sparkassenstiftung-geestwalde", d,
    "Mobile Lernangebote der Kreisvolkshochschule („Lernbus Geest“), finanziert aus Mitteln der Stiftung der Sparkasse Geestwalde")
rel("zv-m-digitale-lernorte", "addressesActionField", "af-digitalisierung", d,
    "Digitale Lernorte in Gemeindebibliotheken")
rel("zv-ziel-5", "addressesActionField", "af-fruehe-bildung", d, "Frühe Bildung und Sprachförderung")
rel("zv-ziel-5", "addressesActionField", "af-sprachbildung", d, "Frühe Bildung und Sprachförderung")
rel("lk-geestwalde", "participatesIn", "sprach-kitas", d,
    "bis 2022 war der Landkreis mit elf Kitas am Bundesprogramm „Sprach-Kitas“ beteiligt")
rel("zv-m-sprachbildung-kita", "addressesActionField", "af-sprachbildung", d,
    "Qualifizierung von Kita- Fachkräften in alltagsintegrierter Sprachbildung")
rel("zv-ziel-6", "addressesActionField", "af-bne", d, "Bildung für nachhaltige Entwicklung (BNE)")
rel("zv-m-bne-netzwerk", "addressesActionField", "af-bne", d,
    "Aufbau eines BNE-Netzwerks der außerschulischen Lernorte")
rel("fd401-geestwalde", "subOrganizationOf", "fb40-geestwalde", d,
    "über den Fachdienst 40.1, der dem Fachbereich 40 untersteht")
rel("zv-ms-werkstatt-ganztag", "addressesActionField", "af-ganztag", d,
    "Qualifizierung und Austausch zum Ganztag")
rel("katrin-meiners", "memberOf", "bildungsbuero-geestwalde", d,
    "Katrin Meiners, Leiterin des Bildungsbüros", role="Leiterin")
rel("jannis-focken", "memberOf", "transferagentur-geest-kueste", d,
    "Ansprechpartner bei der TraGeK: Jannis Focken, Prozessbegleiter für die Landkreise",
    role="Prozessbegleiter für die Landkreise")

# ======================================================================== D4 minutes
d = D4
P = [  # (person, municipality-or-org entry, evidence, role, [(unit, unit role)])
    ("thorsten-bruening", "lk-geestwalde",
     "Landkreis Geestwalde** - Thorsten Brüning, Dezernent für Jugend, Bildung und Soziales",
     "Dezernent für Jugend, Bildung und Soziales", []),
    ("katrin-meiners", "lk-geestwalde", "Landkreis Geestwalde** - Katrin Meiners, Leiterin Bildungsbüro",
     "Leiterin Bildungsbüro", [("bildungsbuero-geestwalde", "Leiterin")]),
    ("fenja-roolfs", "lk-geestwalde",
     "Landkreis Geestwalde** - Fenja Roolfs, Referentin Bildungsmonitoring im Bildungsbüro",
     "Referentin Bildungsmonitoring im Bildungsbüro", [("bildungsbuero-geestwalde", "Referentin Bildungsmonitoring")]),
    ("anneke-sievers", "lk-geestwalde",
     "Landkreis Geestwalde** - Anneke Sievers, Koordinatorin Übergang Schule–Beruf",
     "Koordinatorin Übergang Schule–Beruf", []),
    ("gesa-ubben", "lk-geestwalde",
     "Landkreis Geestwalde** - Gesa Ubben, Jugendhilfeplanerin im Fachbereich 51 Jugend und Familie",
     "Jugendhilfeplanerin im Fachbereich 51 Jugend und Familie", [("fb51-geestwalde", "Jugendhilfeplanerin")]),
    ("bernd-cordes", "kvhs-geestwalde", "Kreisvolkshochschule Geestwalde** - Bernd Cordes, Leiter", "Leiter", []),
    ("claudia-vosteen", "stadt-ammerstedt",
     "Stadt Ammerstedt** - Dr. Claudia Vosteen, Dezernentin für Bildung, Jugend und Kultur",
     "Dezernentin für Bildung, Jugend und Kultur", []),
    ("malte-harms", "stadt-ammerstedt", "Stadt Ammerstedt** - Malte Harms, Leiter Amt für Schule und Bildung",
     "Leiter Amt für Schule und Bildung", [("amt-schule-bildung-ammerstedt", "Leiter")]),
    ("sina-ocken", "stadt-ammerstedt", "Stadt Ammerstedt** - Sina Ocken, Leiterin Bildungsbüro Ammerstedt",
     "Leiterin Bildungsbüro Ammerstedt", [("bildungsbuero-ammerstedt", "Leiterin")]),
    ("tobias-gerdes", "stadt-ammerstedt",
     "Stadt Ammerstedt** - Tobias Gerdes, Sachgebietsleiter Stabsstelle Statistik und Stadtforschung",
     "Sachgebietsleiter Stabsstelle Statistik und Stadtforschung",
     [("stabsstelle-statistik-ammerstedt", "Sachgebietsleiter")]),
    ("frank-wuebbena", "afa-ammerstedt",
     "Agentur für Arbeit Ammerstedt** - Frank Wübbena, Teamleiter Berufsberatung", "Teamleiter Berufsberatung", []),
    ("heike-lampe", "ihk-ammerstedt-geestwalde",
     "IHK Ammerstedt-Geestwalde** - Heike Lampe, Bereichsleiterin Aus- und Weiterbildung",
     "Bereichsleiterin Aus- und Weiterbildung", []),
    ("michael-knoop", "kreishandwerkerschaft-geestwalde",
     "Kreishandwerkerschaft Geestwalde** - Michael Knoop, Geschäftsführer", "Geschäftsführer", []),
    ("jan-hendrik-rademacher", "rlsb-osnabrueck",
     "RLSB Osnabrück** - Dr. Jan-Hendrik Rademacher, schulfachlicher Dezernent für berufsbildende Schulen",
     "schulfachlicher Dezernent für berufsbildende Schulen", []),
    ("petra-schoon", "bbs-hollenbuettel", "BBS Hollenbüttel** - Petra Schoon, Schulleiterin", "Schulleiterin", []),
    ("gerrit-mammen", "igs-ammerstedt-sued", "IGS Ammerstedt-Süd** - Gerrit Mammen, Schulleiter", "Schulleiter", []),
    ("uwe-grotheer", "jba-geestwalde", "Jugendberufsagentur Geestwalde** - Uwe Grotheer, Koordinator", "Koordinator", []),
    ("doerte-wilkens", "buergerstiftung-ammerstedt",
     "Bürgerstiftung Ammerstedt** - Dörte Wilkens, Vorstandsvorsitzende", "Vorstandsvorsitzende", []),
    ("merle-janssen-kuhl", "transferagentur-geest-kueste",
     "Merle Janssen-Kuhl – Transferagentur Geest-Küste, Bildungsmonitoring", "Bildungsmonitoring", []),
    ("okko-freese", "transferagentur-geest-kueste",
     "Okko Freese – Transferagentur Geest-Küste, Prozessbegleitung", "Prozessbegleitung", []),
    ("friederike-hashagen", "wfg-geestwalde",
     "Friederike Hashagen (Prokuristin, Wirtschaftsförderungsgesellschaft Landkreis Geestwalde mbH)", "Prokuristin", []),
    ("nadine-poppinga", "jobcenter-geestwalde",
     "Nadine Poppinga (Bereichsleiterin Markt und Integration, Jobcenter Landkreis Geestwalde)",
     "Bereichsleiterin Markt und Integration", []),
]
for person_id, org, ev, role, units in P:
    rel(person_id, "memberOf", org, d, ev, role=role)
    for unit, urole in units:
        rel(person_id, "memberOf", unit, d, ev.split("** - ", 1)[1], role=urole)

for org, ev in [
        ("lk-geestwalde", "Landkreis Geestwalde** - Thorsten Brüning"),
        ("kvhs-geestwalde", "Kreisvolkshochschule Geestwalde** - Bernd Cordes"),
        ("stadt-ammerstedt", "Stadt Ammerstedt** - Dr. Claudia Vosteen"),
        ("afa-ammerstedt", "Agentur für Arbeit Ammerstedt** - Frank Wübbena"),
        ("ihk-ammerstedt-geestwalde", "IHK Ammerstedt-Geestwalde** - Heike Lampe"),
        ("kreishandwerkerschaft-geestwalde", "Kreishandwerkerschaft Geestwalde** - Michael Knoop"),
        ("rlsb-osnabrueck",
         "das Regionale Landesamt für Schule und Bildung Osnabrück, das künftig ständig an der Steuerungsgruppe teilnimmt"),
        ("bbs-hollenbuettel", "BBS Hollenbüttel** - Petra Schoon"),
        ("igs-ammerstedt-sued", "IGS Ammerstedt-Süd** - Gerrit Mammen"),
        ("jba-geestwalde", "Jugendberufsagentur Geestwalde** - Uwe Grotheer"),
        ("buergerstiftung-ammerstedt", "Bürgerstiftung Ammerstedt** - Dörte Wilkens")]:
    rel(org, "participatesIn", "steuerungsgruppe-bildungsregion", d, ev,
        note="listed among the participants of the steering group" if "**" in ev else None)

rel("steuerungsgruppe-bildungsregion", "chairedBy", "thorsten-bruening", d,
    "Thorsten Brüning, Dezernent für Jugend, Bildung und Soziales (Co-Vorsitz)")
rel("steuerungsgruppe-bildungsregion", "chairedBy", "claudia-vosteen", d,
    "Die Steuerungsgruppe wird gemäß Geschäftsordnung gemeinsam von ihm und Frau Dr. Vosteen geleitet")
rel("uag-daten", "subOrganizationOf", "steuerungsgruppe-bildungsregion", d,
    "Die Unterarbeitsgruppe (UAG) Daten ist der Steuerungsgruppe unmittelbar zugeordnet")
rel("uag-daten", "chairedBy", "fenja-roolfs", d, "wird von Frau Roolfs und Herrn Gerdes gemeinsam geleitet")
rel("uag-daten", "chairedBy", "tobias-gerdes", d, "und Herrn Gerdes gemeinsam geleitet")
rel("lk-geestwalde", "participatesIn", "kommunalnetzwerk-bimo", d,
    "Kommunalnetzwerk Bildungsmonitoring Geest-Küste hin, dem Landkreis und Stadt bereits angehören")
rel("stadt-ammerstedt", "participatesIn", "kommunalnetzwerk-bimo", d, "dem Landkreis und Stadt bereits angehören")
rel("igs-ammerstedt-sued", "participatesIn", "startchancen", d,
    "die IGS Ammerstedt-Süd, die für das Startchancen-Programm ausgewählt wurde")
rel("ihk-ammerstedt-geestwalde", "cooperatesWith", "kreishandwerkerschaft-geestwalde", d,
    "die IHK Ammerstedt-Geestwalde und die Kreishandwerkerschaft arbeiten dabei zusammen")
rel("to-3.5.3.2", "fundedBy", "buergerstiftung-ammerstedt", d,
    "Die Bürgerstiftung Ammerstedt übernimmt die Druckkosten der Pässe für die städtischen Schulen")
rel("regionalforum-fachkraefte", "carriedBy", "wfg-geestwalde", d,
    "Das Forum soll in gemeinsamer Trägerschaft der Wirtschaftsförderungsgesellschaft Landkreis Geestwalde mbH")
rel("regionalforum-fachkraefte", "carriedBy", "ihk-ammerstedt-geestwalde", d,
    "gemeinsamer Trägerschaft der Wirtschaftsförderungsgesellschaft Landkreis Geestwalde mbH und der IHK Ammerstedt-Geestwalde stehen")
rel("regionalforum-fachkraefte", "fundedBy", "hedwig-ahlers-stiftung", d,
    "wird das Forum aus Mitteln der Hedwig-Ahlers-Stiftung für Jugend und Bildung finanziert")
rel("stadt-ammerstedt", "participatesIn", "bildungskommunen", d,
    "Ammerstedt ist seit 01.04.2023 im Programm „Bildungskommunen“")
rel("afa-ammerstedt", "participatesIn", "bildungsbeirat-ammerstedt", d,
    "die Agentur für Arbeit Ammerstedt und die Hochschule Ammerstedt haben ihre Mitwirkung zugesagt")
rel("hochschule-ammerstedt", "participatesIn", "bildungsbeirat-ammerstedt", d,
    "die Hochschule Ammerstedt haben ihre Mitwirkung zugesagt")
rel("referat-integration-ammerstedt", "subOrganizationOf", "dezernat-iii-ammerstedt", d,
    "Referat für Integration und Teilhabe im Dezernat III")
rel("lk-geestwalde", "cooperatesWith", "transferagentur-geest-kueste", d,
    "Die Transferagentur Geest-Küste begleitet den Landkreis auf Grundlage der im November 2023 unterzeichneten Zielvereinbarung")
rel("stadt-ammerstedt", "cooperatesWith", "transferagentur-geest-kueste", d,
    "mit der Stadt besteht eine Kooperation im Rahmen von „Bildungskommunen“")
rel("lk-fehnstede", "participatesIn", "kommunalnetzwerk-bimo", d,
    "auch der Landkreis Fehnstede und die Stadt Brinkhusen mit")
rel("stadt-brinkhusen", "participatesIn", "kommunalnetzwerk-bimo", d, "und die Stadt Brinkhusen mit")
rel("bildungsbuero-geestwalde", "participatesIn", "jour-fixe-bildungsbueros", d,
    "beteiligt sind das Bildungsbüro des Landkreises und das Bildungsbüro Ammerstedt")
rel("bildungsbuero-ammerstedt", "participatesIn", "jour-fixe-bildungsbueros", d,
    "und das Bildungsbüro Ammerstedt, die Leitung wechselt")
rel("jour-fixe-bildungsbueros", "chairedBy", "katrin-meiners", d,
    "die Leitung wechselt zwischen Katrin Meiners und Sina Ocken")
rel("jour-fixe-bildungsbueros", "chairedBy", "sina-ocken", d, "zwischen Katrin Meiners und Sina Ocken")

# ======================================================================== D5 slides
d = D5
rel("transferinitiative-kbm", "fundedBy", "bmbf", d,
    "gefördert aus Mitteln des Bundesministeriums für Bildung und Forschung und des Europäischen Sozialfonds Plus")
rel("transferinitiative-kbm", "fundedBy", "esf-plus", d,
    "und Forschung und des Europäischen Sozialfonds Plus")
rel("transferagentur-geest-kueste", "carriedBy", "irb", d,
    "Träger: Institut für Regionale Bildungsentwicklung e.V. (IRB)")
rel("transferagentur-geest-kueste", "participatesIn", "transferinitiative-kbm", d,
    "TraGeK ist Teil der Transferinitiative Kommunales Bildungsmanagement")
rel("transferagentur-geest-kueste", "cooperatesWith", "mk-niedersachsen", d,
    "Kooperationspartner auf Landesebene: Niedersächsisches Kultusministerium")
rel("fachbeirat-tragek", "chairedBy", "arne-wessels", d,
    "Fachbeirat der TraGeK unter Vorsitz von Prof. Dr. Arne Wessels")
rel("arne-wessels", "memberOf", "hochschule-ammerstedt", d,
    "Prof. Dr. Arne Wessels (Professor für Bildungsmanagement, Hochschule Ammerstedt)",
    role="Professor für Bildungsmanagement")
for p_, ev, role in [
        ("henrike-albers", "Dr. Henrike Albers – Leitung der Transferagentur", "Leitung der Transferagentur"),
        ("jannis-focken", "Jannis Focken – Prozessbegleitung Landkreise", "Prozessbegleitung Landkreise"),
        ("okko-freese", "Okko Freese – Prozessbegleitung kreisfreie Städte, Schwerpunkt Übergang Schule–Beruf",
         "Prozessbegleitung kreisfreie Städte, Schwerpunkt Übergang Schule–Beruf"),
        ("merle-janssen-kuhl", "Merle Janssen-Kuhl – Datenbasiertes KBM / Bildungsmonitoring",
         "Datenbasiertes KBM / Bildungsmonitoring"),
        ("svenja-tiedemann", "Svenja Tiedemann – Öffentlichkeitsarbeit und Veranstaltungen",
         "Öffentlichkeitsarbeit und Veranstaltungen"),
        ("lea-hinrichs", "Lea Hinrichs – Projektassistenz", "Projektassistenz")]:
    rel(p_, "memberOf", "transferagentur-geest-kueste", d, ev, role=role,
        note="team slide of the Transferagentur")
rel("kommunalnetzwerk-bimo", "carriedBy", "transferagentur-geest-kueste", d,
    "Kommunalnetzwerk Bildungsmonitoring Geest-Küste, getragen von der TraGeK")
rel("transferagentur-geest-kueste", "cooperatesWith", "lk-geestwalde", d,
    "Landkreis Geestwalde – Zielvereinbarung in Vorbereitung", note="slide 'Mit wem wir arbeiten'")
rel("transferagentur-geest-kueste", "cooperatesWith", "stadt-ammerstedt", d,
    "Stadt Ammerstedt – Beratung zum Antrag „Bildungskommunen“", note="slide 'Mit wem wir arbeiten'")
rel("transferagentur-geest-kueste", "cooperatesWith", "stadt-brinkhusen", d,
    "Stadt Brinkhusen – Zielvereinbarung seit 2022", note="slide 'Mit wem wir arbeiten'")
rel("transferagentur-geest-kueste", "cooperatesWith", "lk-ostwuemme", d,
    "Landkreis Ostwümme – Erstgespräch geführt", note="slide 'Mit wem wir arbeiten'")
rel("bildungskommunen", "fundedBy", "bmbf", d,
    "finanziert durch das BMBF und den Europäischen Sozialfonds Plus (ESF Plus)")
rel("bildungskommunen", "fundedBy", "esf-plus", d, "den Europäischen Sozialfonds Plus (ESF Plus)")
rel("stadt-ammerstedt", "participatesIn", "bildungskommunen", d,
    "Ammerstedt ist mit Bescheid vom März 2023 Bildungskommune")
rel("henrike-albers", "memberOf", "irb", d,
    "Leiterin der Transferagentur Institut für Regionale Bildungsentwicklung e.V.",
    role="Leiterin der Transferagentur", note="contact block")
rel("jannis-focken", "memberOf", "irb", d,
    "Prozessbegleiter Landkreise Institut für Regionale Bildungsentwicklung e.V.",
    role="Prozessbegleiter Landkreise", note="contact block")
rel("kreisausschuss-fehnstede", "subOrganizationOf", "lk-fehnstede", d,
    "Kreisausschuss des Landkreises Fehnstede")
for o, ev in [("nlt", "• Niedersächsischer Landkreistag"), ("nst", "• Niedersächsischer Städtetag"),
              ("rd-nsb-ba", "• Regionaldirektion Niedersachsen-Bremen der Bundesagentur für Arbeit"),
              ("lag-bildungsbueros-nds", "• Landesarbeitsgemeinschaft der Bildungsbüros in Niedersachsen")]:
    rel(o, "participatesIn", "fachbeirat-tragek", d, ev, note="listed on the slide 'Fachbeirat der TraGeK'")
rel("birte-oltmanns", "memberOf", "lag-bildungsbueros-nds", d,
    "Landesarbeitsgemeinschaft der Bildungsbüros in Niedersachsen, vertreten durch ihre Sprecherin Birte Oltmanns",
    role="Sprecherin")
