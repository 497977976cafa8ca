# -*- coding: utf-8 -*-
from gold_spec import K, A, Z, P, S
REL = []
def R(s, p, o, doc, ev, role=None, note=None, near=None):
    REL.append(dict(subject=s, predicate=p, object=o, doc=doc, evidence=ev, role=role, note=note, near=near))

LK = "lk-woelmitzer-boerde"
# ======================= Transferkatalog
R(LK, "cooperatesWith", "landesschulamt", K, "allen voran dem Landesschulamt Sachsen-Anhalt", note="Foreword: thanks to partners")
R(LK, "cooperatesWith", "nabes", K, "Bildung Elbe-Saale, die uns seit 2021 fachlich begleitet", note="Foreword; 'uns' = the Landkreis (signed by the Landrat)")
R("matthias-kreuzfeld", "memberOf", LK, K, "Landrat des Landkreises Wölmitzer Börde", role="Landrat", note="signature of the foreword")
R("bildungsbuero", "fundedBy", LK, K, "die aus Eigenmitteln des Landkreises finanziert wurden", note="the first two posts of the Bildungsbüro")
R("koordinierungsstelle-bildung", "subOrganizationOf", "bildungsbuero", K, "die beim Bildungsbüro eingerichtete Koordinierungsstelle Bildung")
R("koordinierungsstelle-bildung", "fundedBy", "bildungskommunen", K, "Koordinierungsstelle Bildung im Rahmen des ESF-Plus-Programms „Bildungskommunen“ gefördert")
R("kvhs", "carriedBy", LK, K, "eine Einrichtung des Landkreises")
R("kvhs", "subOrganizationOf", "amt-40", K, "eine Einrichtung des Landkreises im Schulverwaltungs- und Kulturamt")
R("bildungskonferenz", "carriedBy", "kvhs", K, "übernahm die Organisation der ersten Bildungskonferenz", note="subject 'Die Kreisvolkshochschule' two lines above")
R("zbw", "subOrganizationOf", "hs-tessenburg", K, "Zentrum für Bildungsübergänge und Weiterbildung (ZBW) der Hochschule Tessenburg", near=99)
R(LK, "cooperatesWith", "zbw", K, "schloss der Landkreis 2021 einen Kooperationsvertrag")
R("jobcenter", "carriedBy", LK, K, "das der Landkreis als zugelassener kommunaler Träger selbst betreibt")
R("jobcenter", "participatesIn", "steuerungskreis", K, "von Anfang an Mitglied des Steuerungskreises", role="Mitglied")
R("franziska-raabe", "memberOf", "bildungsbuero", K, "die Leiterin des Bildungsbüros, Franziska Raabe", role="Leiterin")
for o, ev in [("stadt-woelmitz", "Kreisangehörig sind die Kreisstadt Wölmitz"), ("stadt-tessenburg", "die Stadt Tessenburg"),
              ("gemeinde-ilmersdorf", "die Gemeinde Ilmersdorf als Einheitsgemeinden"), ("vg-fuhneaue", "sowie die Verbandsgemeinde Fuhneaue")]:
    R(o, "subOrganizationOf", LK, K, ev, note="kreisangehörige Gemeinde (see README: territorial membership annotated as subOrganizationOf)", near=128)
for o, ev in [("gemeinde-zabelitz", "die Gemeinden Zabelitz und Kattenhorst"), ("gemeinde-kattenhorst", "die Gemeinden Zabelitz und Kattenhorst"),
              ("flecken-roedelwitz", "sowie der Flecken Rödelwitz zusammengeschlossen")]:
    R(o, "subOrganizationOf", "vg-fuhneaue", K, ev, note="'Zur Verbandsgemeinde haben sich … zusammengeschlossen' (Mitgliedsgemeinde)", near=134)
R("vg-amt-fuhneaue", "subOrganizationOf", "vg-fuhneaue", K, "ihre Verwaltungsgeschäfte führt das Verbandsgemeindeamt in Zabelitz", note="'ihre' = the Verbandsgemeinde")
R(LK, "cooperatesWith", "nabes", K, "Die Umsetzung wird von der Netzwerkagentur begleitet", note="implementation of the Landkreis' Bildungsleitbild")
R("nabes", "carriedBy", "irb", K, "deren Träger das Institut für Regionalentwicklung und Bildungsforschung e. V. (IRB) ist")
# mask 4.2.3.1
R("to-4.2.3.1", "carriedBy", "bildungsbuero", K, "Es wird vom Bildungsbüro Wölmitzer Börde gemeinsam mit dem SG 40.1 Schulentwicklungsplanung betrieben")
R("to-4.2.3.1", "carriedBy", "sg-40-1", K, "gemeinsam mit dem SG 40.1 Schulentwicklungsplanung betrieben")
R("bildungsbuero", "cooperatesWith", "sg-40-1", K, "vom Bildungsbüro Wölmitzer Börde gemeinsam mit dem SG 40.1 Schulentwicklungsplanung")
for o, ev, nr in [("bildungsbuero", "in der AG Bildungsmonitoring, der neben dem Bildungsbüro", 264),
                  ("sg-40-1", "das Sachgebiet Schulentwicklungsplanung", 265), ("sg-51-3", "das SG 51.3 Jugendhilfeplanung und das Jobcenter angehören", 265),
                  ("jobcenter", "das SG 51.3 Jugendhilfeplanung und das Jobcenter angehören", 265)]:
    R(o, "participatesIn", "ag-bildungsmonitoring", K, ev, note="'der … angehören'", near=nr)
R("to-4.2.3.1", "fundedBy", "bildungskommunen", K, "Personalkosten der Monitoringstelle werden über das ESF-Plus-Programm „Bildungskommunen“ gefördert")
R("ausschuss-bks", "subOrganizationOf", "kreistag", K, "Ausschuss für Bildung, Kultur und Sport des Kreistages", near=288)
for o, ev, ln in [("bildungsbuero", "Bildungsbüro Wölmitzer Börde (Federführung, Koordinierungsstelle Bildung)", 294),
                  ("koordinierungsstelle-bildung", "Bildungsbüro Wölmitzer Börde (Federführung, Koordinierungsstelle Bildung)", 294),
                  ("amt-40", "Amt 40 – Schulverwaltungs- und Kulturamt, SG 40.1 Schulentwicklungsplanung", 295),
                  ("sg-40-1", "Amt 40 – Schulverwaltungs- und Kulturamt, SG 40.1 Schulentwicklungsplanung", 295),
                  ("amt-51", "Amt 51 – Jugend und Familie, SG 51.3 Jugendhilfeplanung", 296),
                  ("sg-51-3", "Amt 51 – Jugend und Familie, SG 51.3 Jugendhilfeplanung", 296),
                  ("landesschulamt", "Landesschulamt Sachsen-Anhalt, Statistisches Landesamt Sachsen-Anhalt", 297),
                  ("stala-lsa", "Landesschulamt Sachsen-Anhalt, Statistisches Landesamt Sachsen-Anhalt", 297),
                  ("jobcenter", "Jobcenter Wölmitzer Börde", 298),
                  ("vg-amt-fuhneaue", "Einwohnermeldeämter der Einheitsgemeinden und des Verbandsgemeindeamtes Fuhneaue", 299)]:
    R("to-4.2.3.1", "involvesActor", o, K, ev, near=ln)
# 4.3.2 Akteure und Gremien
R("ulrike-haselbach", "memberOf", "dezernat-ii", K, "dem die Beigeordnete Dr. Ulrike Haselbach als Dezernentin vorsteht", role="Beigeordnete, Dezernentin (Leitung des Dezernats)")
R("bildungsbuero", "subOrganizationOf", "dezernat-ii", K, "Unmittelbar ihr zugeordnet ist das Bildungsbüro, das als Stabsstelle arbeitet", note="'ihr' = the Dezernentin of Dezernat II (previous sentence)")
R("franziska-raabe", "memberOf", "bildungsbuero", K, "und von Franziska Raabe geleitet wird", role="Leiterin")
R("koordinierungsstelle-bildung", "subOrganizationOf", "bildungsbuero", K, "Innerhalb des Bildungsbüros ist die Koordinierungsstelle Bildung angesiedelt")
R("koordinierungsstelle-bildung", "fundedBy", "bildungskommunen", K, "sie wird ab 2024 aus dem ESF-Plus-Programm „Bildungskommunen“", note="'sie' = die Koordinierungsstelle Bildung")
R("amt-40", "subOrganizationOf", "dezernat-ii", K, "Zum Dezernat gehören außerdem das Amt 40 – Schulverwaltungs- und Kulturamt")
R("sg-40-1", "subOrganizationOf", "amt-40", K, "mit den Sachgebieten 40.1 Schulentwicklungsplanung")
R("sg-40-2", "subOrganizationOf", "amt-40", K, "und 40.2 Schülerbeförderung")
R("amt-51", "subOrganizationOf", "dezernat-ii", K, "sowie das Amt 51 – Jugend und Familie", note="'Zum Dezernat gehören außerdem … sowie das Amt 51'")
R("ausschuss-bks", "subOrganizationOf", "kreistag", K, "Dessen Ausschuss für Bildung, Kultur und Sport", note="'Dessen' = des Kreistages")
R("ausschuss-bks", "chairedBy", "birgit-lorenz", K, "dem die Kreistagsabgeordnete Birgit Lorenz vorsitzt")
R("birgit-lorenz", "memberOf", "kreistag", K, "die Kreistagsabgeordnete Birgit Lorenz", role="Kreistagsabgeordnete")
R("jha", "chairedBy", "michael-tamm", K, "im Jugendhilfeausschuss behandelt, den Michael Tamm leitet")
R("steuerungskreis", "subOrganizationOf", "bildungsnetzwerk", K, "Sein Steuerungskreis tritt dreimal im Jahr zusammen", note="'Sein' = des Bildungsnetzwerks Wölmitzer Börde")
R("steuerungskreis", "chairedBy", "matthias-kreuzfeld", K, "den Vorsitz führt Landrat Matthias Kreuzfeld")
for o, ev, nr in [("landesschulamt", "Mitglieder sind unter anderem das Landesschulamt Sachsen-Anhalt", 375),
                  ("afa-tessenburg", "die Agentur für Arbeit Tessenburg", 377), ("jobcenter", "das Jobcenter Wölmitzer Börde", 377),
                  ("ihk-tessenburg", "die IHK Tessenburg", 379), ("kvhs", "die Kreisvolkshochschule,", 379),
                  ("hs-tessenburg", "die Hochschule Tessenburg sowie", 381),
                  ("vg-fuhneaue", "die Verbandsgemeinde Fuhneaue, vertreten durch Verbandsgemeindebürgermeister Rainer Quast", 381)]:
    R(o, "participatesIn", "steuerungskreis", K, ev, role="Mitglied", note="list after 'Mitglieder sind unter anderem' (l.375); subject of the list = Steuerungskreis", near=nr)
R("rainer-quast", "memberOf", "vg-fuhneaue", K, "vertreten durch Verbandsgemeindebürgermeister Rainer Quast", role="Verbandsgemeindebürgermeister")
R("bildungsbuero", "participatesIn", "steuerungskreis", K, "Die Geschäftsführung des Steuerungskreises liegt beim Bildungsbüro", role="Geschäftsführung")
for o, ev, nr in [("ag-kita-gs", "Arbeitsgruppen: die AG Übergang Kita–Grundschule", 389), ("ag-schule-beruf", "die AG Schule–Beruf unter Federführung des Jobcenters", 389),
                  ("ag-bildungsmonitoring", "sowie die AG Bildungsmonitoring", 391)]:
    R(o, "subOrganizationOf", "steuerungskreis", K, ev, note="'Unterhalb des Steuerungskreises arbeiten drei Arbeitsgruppen'", near=nr)
R("ag-schule-beruf", "carriedBy", "jobcenter", K, "AG Schule–Beruf unter Federführung des Jobcenters", near=389)
R("bildungskonferenz", "carriedBy", LK, K, "Einmal im Jahr lädt der Landkreis zur Börder Bildungskonferenz ein")
R(LK, "cooperatesWith", "landesschulamt", K, "Auf Landesebene kooperiert der Landkreis mit dem Landesschulamt Sachsen-Anhalt")
R(LK, "cooperatesWith", "mb-lsa", K, "und dem Ministerium für Bildung des Landes Sachsen-Anhalt")
R("nabes", "cooperatesWith", LK, K, "unterstützt die Netzwerkagentur Bildung Elbe-Saale (NABES) den Landkreis")
# mask 4.3.3.1
R("to-4.3.3.1", "carriedBy", "bildungsbuero", K, "in dem das Bildungsbüro jede Einheitsgemeinde und die Verbandsgemeinde Fuhneaue besucht")
R("steuerungskreis", "subOrganizationOf", "bildungsnetzwerk", K, "Steuerungskreis des Bildungsnetzwerks berichtet", note="genitive 'des Bildungsnetzwerks'")
for o, ev, ln in [("bildungsbuero", "Bildungsbüro Wölmitzer Börde (Organisation, Dokumentation)", 469),
                  ("vg-fuhneaue", "Verbandsgemeindebürgermeister der VG Fuhneaue", 470),
                  ("landesschulamt", "Landesschulamt Sachsen-Anhalt (schulfachliche Referentinnen und Referenten)", 471),
                  ("amt-51", "Amt 51 – Jugend und Familie (Jugendhilfeplanung, Schulsozialarbeit)", 472),
                  ("nabes", "Netzwerkagentur Bildung Elbe-Saale (Moderation, methodische Beratung)", 473),
                  ("lernwerkstatt", "Lernwerkstatt Fuhneaue e. V. und weitere Vereine vor Ort", 474)]:
    R("to-4.3.3.1", "involvesActor", o, K, ev, near=ln)
# 4.4.2 Handlungsfelder
for o, ev in [("jobcenter", "hier arbeiten Jobcenter, Agentur für Arbeit"), ("afa-tessenburg", "hier arbeiten Jobcenter, Agentur für Arbeit"),
              ("ihk-tessenburg", "IHK und Kreishandwerkerschaft in der AG Schule–Beruf zusammen"),
              ("kreishandwerkerschaft", "IHK und Kreishandwerkerschaft in der AG Schule–Beruf zusammen")]:
    R(o, "participatesIn", "ag-schule-beruf", K, ev, near=510)
R("zbw", "subOrganizationOf", "hs-tessenburg", K, "dem ZBW der Hochschule Tessenburg")
R("gruenes-klassenzimmer", "carriedBy", "landwerk", K, "der Landwerk Börde eG, die seit 2022 das „Grüne Klassenzimmer“ auf ihrem Hof in Kattenhorst betreibt")
# mask 4.5.3.1
R("to-4.5.3.1", "carriedBy", "lernwerkstatt", K, "Träger der Lotsenstellen ist die Lernwerkstatt Fuhneaue e. V.")
R("to-4.5.3.1", "fundedBy", "stiftung-sengebusch", K, "das Modellprojekt wird durch die Gertrud-Sengebusch-Stiftung und das Jobcenter Wölmitzer Börde kofinanziert")
R("to-4.5.3.1", "fundedBy", "jobcenter", K, "das Modellprojekt wird durch die Gertrud-Sengebusch-Stiftung und das Jobcenter Wölmitzer Börde kofinanziert")
R("zbw", "subOrganizationOf", "hs-tessenburg", K, "Zentrum für Bildungsübergänge und Weiterbildung (ZBW) der Hochschule Tessenburg", near=550)
R("gruenes-klassenzimmer", "carriedBy", "landwerk", K, "im Grünen Klassenzimmer der Landwerk Börde eG")
R("jugendberufsagentur", "participatesIn", "ruemsa", K, "der Jugendberufsagentur Wölmitzer Börde im Rahmen des Landesprogramms RÜMSA")
for o in ["stiftung-sengebusch", "jobcenter", LK]:
    R("to-4.5.3.1", "fundedBy", o, K, "Finanzierung: Gertrud-Sengebusch-Stiftung 40 %, Jobcenter 35 %, Landkreis 25 %")
for o, ev, ln in [("lernwerkstatt", "Lernwerkstatt Fuhneaue e. V. (Träger)", 593),
                  ("stiftung-sengebusch", "Gertrud-Sengebusch-Stiftung, Jobcenter Wölmitzer Börde (Kofinanzierung)", 594),
                  ("jobcenter", "Gertrud-Sengebusch-Stiftung, Jobcenter Wölmitzer Börde (Kofinanzierung)", 594),
                  ("afa-tessenburg", "Agentur für Arbeit Tessenburg (Berufsberatung), IHK Tessenburg, Kreishandwerkerschaft Wölmitzer Börde", 595),
                  ("ihk-tessenburg", "Agentur für Arbeit Tessenburg (Berufsberatung), IHK Tessenburg, Kreishandwerkerschaft Wölmitzer Börde", 595),
                  ("kreishandwerkerschaft", "Agentur für Arbeit Tessenburg (Berufsberatung), IHK Tessenburg, Kreishandwerkerschaft Wölmitzer Börde", 595),
                  ("landesschulamt", "Landesschulamt Sachsen-Anhalt, Schulleitungen der beteiligten Schulen", 596),
                  ("hs-tessenburg", "Hochschule Tessenburg, Zentrum für Bildungsübergänge und Weiterbildung (Evaluation)", 597),
                  ("zbw", "Hochschule Tessenburg, Zentrum für Bildungsübergänge und Weiterbildung (Evaluation)", 597),
                  ("bildungsbuero", "Bildungsbüro Wölmitzer Börde, AG Schule–Beruf des Bildungsnetzwerks", 598),
                  ("ag-schule-beruf", "Bildungsbüro Wölmitzer Börde, AG Schule–Beruf des Bildungsnetzwerks", 598)]:
    R("to-4.5.3.1", "involvesActor", o, K, ev, near=ln)
R("ag-schule-beruf", "subOrganizationOf", "bildungsnetzwerk", K, "AG Schule–Beruf des Bildungsnetzwerks", near=598)
# 5 Ausblick
R("koordinierungsstelle-bildung", "fundedBy", "bildungskommunen", K, "Mit der Förderung durch das Programm „Bildungskommunen“")
R(LK, "cooperatesWith", "nabes", K, "Die Zielvereinbarung mit der Netzwerkagentur")
R("koordinationsstelle-vg", "cooperatesWith", "bildungsbuero", K, "die eng mit dem Bildungsbüro des Landkreises zusammenarbeiten soll", note="planned unit and planned cooperation")
R("frank-oehlschlaeger", "memberOf", "stadt-tessenburg", K, "In der Stadt Tessenburg hat Bürgermeister Frank Oehlschläger", role="Bürgermeister")
R("hs-tessenburg", "participatesIn", "runder-tisch-tessenburg", K, "an dem die Hochschule, die Berufsbildenden Schulen und die örtlichen Vereine mitwirken")

# ======================= Arbeitspakete
R(LK, "participatesIn", "bildungskommunen", A, "Antrag des Landkreises Wolmitzer B6rde im ESF-Plus-Programm „Bildungskommunen“", note="application to the programme (document is an annex of the application)")
R("bildungsbuero", "subOrganizationOf", "dezernat-ii", A, "Bildungsbiiro Wolmitzer Bérde (Dezernat II)")
R(LK, "cooperatesWith", "nabes", A, "fachlich begleitet wird der Landkreis dabei von der Netzwerkagentur Bildung Elbe-Saale")
R("steuerungskreis", "subOrganizationOf", "bildungsnetzwerk", A, "Steuerungskreis des Bildungsnetzwerks")
R("ag-schule-beruf", "carriedBy", "jobcenter", A, "AG Schule–Beruf unter Federf{ihrung des Jobcenters")
R("zbw", "subOrganizationOf", "hs-tessenburg", A, "Zentrum fiir Bildungstibergange und Weiterbildung der Hochschule Tessenburg")
R("gruenes-klassenzimmer", "carriedBy", "landwerk", A, "Griines Klassenzimmer der Landwerk Borde eG")
R("franziska-raabe", "memberOf", "bildungsbuero", A, "Leiterin des Bildungsburos, Frau Franziska Raabe", role="Leiterin; Projektleitung")
for ap in ["ap-1", "ap-12", "ap-13"]:
    R(ap, "carriedBy", "koordinierungsstelle-bildung", A, "eine Stelle Bildungsmonitoring (AP 1, AP 12, AP 13)", note="posts of the Koordinierungsstelle Bildung (l.56-57)")
for ap in ["ap-9", "ap-11"]:
    R(ap, "carriedBy", "koordinierungsstelle-bildung", A, "eine Stelle Bildungsberatung und Integration (AP 9, AP 11)", note="posts of the Koordinierungsstelle Bildung (l.56-57)")
for ap in ["ap-3", "ap-4", "ap-5", "ap-6", "ap-7", "ap-8", "ap-10"]:
    R(ap, "carriedBy", "bildungsbuero", A, "Die AP 3 bis AP 8 und AP 10 werden vom Bildungsb{iro", note="'AP 3 bis AP 8' = AP 3, 4, 5, 6, 7, 8")
for ap, hf, ev in [("ap-7", "hf-uebergang-kita-gs", "AP 7 Ubergange Kita – Grundschule"),
                   ("ap-8", "hf-uebergang-schule-beruf", "AP 8 Ubergang Schule – Beruf und Fachkréftesicherung"),
                   ("ap-8", "hf-fachkraeftesicherung", "AP 8 Ubergang Schule – Beruf und Fachkréftesicherung"),
                   ("ap-9", "hf-lebenslanges-lernen", "AP 9 Lebenslanges Lernen und Grundbildung"),
                   ("ap-9", "hf-grundbildung", "AP 9 Lebenslanges Lernen und Grundbildung"),
                   ("ap-10", "hf-bne", "AP 10 Bildung fiir nachhaltige Entwicklung"),
                   ("ap-11", "hf-integration", "AP 11 Integration durch Bildung"),
                   ("ap-12", "hf-bildungsmonitoring", "AP 12 Bildungsmonitoring"),
                   ("ap-13", "hf-digitale-bildung", "Kurzberichte zu Digitaler Bildung und BNE"),
                   ("ap-13", "hf-bne", "Kurzberichte zu Digitaler Bildung und BNE")]:
    R(ap, "addressesActionField", hf, A, ev)

# ======================= Zielvereinbarung
R("nabes", "carriedBy", "irb", Z, "einer Einrichtung des Instituts für Regionalentwicklung und Bildungsforschung e. V.")
R(LK, "cooperatesWith", "nabes", Z, "über die Zusammenarbeit beim Ausbau des datenbasierten Kommunalen Bildungsmanagements", note="parties: Landkreis (l.5) und Netzwerkagentur (l.13)")
R("nabes", "fundedBy", "bmbf", Z, "sie wird vom Bundesministerium für Bildung und Forschung (BMBF) gefördert", note="'sie' = die NABES")
R("nabes", "carriedBy", "irb", Z, "Ihr Träger ist das Institut für Regionalentwicklung und Bildungsforschung e. V. (IRB)")
R("landesschulamt", "cooperatesWith", LK, Z, "Das Landesschulamt Sachsen-Anhalt wirkt als Partner mit")
R("nabes", "cooperatesWith", "bildungsbuero", Z, "berät das Bildungsbüro bei der Fortschreibung der strategischen Ziele", note="subject 'Die Agentur' (l.42)")
R("nabes", "participatesIn", "steuerungskreis", Z, "moderiert auf Anfrage Sitzungen des Steuerungskreises", role="Moderation", note="subject 'Die Agentur' (l.42)")
R("koordinierungsstelle-bildung", "subOrganizationOf", "bildungsbuero", Z, "mit dem Bildungsbüro und der dort angesiedelten Koordinierungsstelle Bildung")
R("nabes", "participatesIn", "steuerungskreis", Z, "beteiligt die Agentur an den Sitzungen des Steuerungskreises als beratendes Mitglied", role="beratendes Mitglied")
R("franziska-raabe", "memberOf", "bildungsbuero", Z, "Franziska Raabe, Leiterin des Bildungsbüros", role="Leiterin")
R("sebastian-uhlig", "memberOf", "nabes", Z, "Für die Agentur: Sebastian Uhlig, Berater Kommunales Bildungsmanagement Sachsen-Anhalt", role="Berater Kommunales Bildungsmanagement Sachsen-Anhalt")
R("bildungsbuero", "cooperatesWith", "vg-fuhneaue", Z, "die Verbandsgemeinde Fuhneaue werden über das Bildungsbüro in die Umsetzung einbezogen")
R("matthias-kreuzfeld", "memberOf", LK, Z, "Matthias Kreuzfeld", role="Landrat", note="signature block: column 'Für den Landkreis Wölmitzer Börde' (l.89), role on l.92", near=91)
R("miriam-kolbe", "memberOf", "nabes", Z, "Dr. Miriam Kolbe", role="Leiterin der Agentur", note="signature block: column 'Für die Netzwerkagentur Bildung Elbe-Saale' (l.89), role on l.92", near=91)
R("arnold-weisbach", "memberOf", "irb", Z, "Vorstandsvorsitzender, Institut für Regionalentwicklung und Bildungsforschung e. V.", role="Vorstandsvorsitzender")
R("petra-wendisch", "memberOf", "landesschulamt", Z, "Dr. Petra Wendisch, Landesschulamt Sachsen-Anhalt, Referat Schulentwicklung", role="Referat Schulentwicklung")
# Anlage 1: responsibilities (carriedBy) and action fields
for m, o, ev, nr in [("m1-1", "bildungsbuero", "Bildungsbüro; Agentur", 118), ("m1-2", "dezernat-ii", "Dezernat II", 121),
                     ("m2-1", "koordinierungsstelle-bildung", "Koordinierungsstelle Bildung gemeinsam mit dem Jobcenter", 139),
                     ("m2-1", "jobcenter", "Koordinierungsstelle Bildung gemeinsam mit dem Jobcenter", 139),
                     ("m2-2", "sg-40-1", "SG 40.1, Amt 51", 143), ("m2-2", "amt-51", "SG 40.1, Amt 51", 143),
                     ("m3-1", "nabes", "Agentur", 163), ("m3-2", "bildungsbuero", "Bildungsbüro", 165),
                     ("m4-1", "ag-schule-beruf", "AG Schule–Beruf (Federführung Jobcenter), Lernwerkstatt Fuhneaue e. V.", 184),
                     ("m4-1", "lernwerkstatt", "AG Schule–Beruf (Federführung Jobcenter), Lernwerkstatt Fuhneaue e. V.", 184),
                     ("m4-2", "landesschulamt", "Landesschulamt, Bildungsbüro", 190), ("m4-2", "bildungsbuero", "Landesschulamt, Bildungsbüro", 190),
                     ("m5-1", "kvhs", "Kreisvolkshochschule mit dem ZBW der Hochschule Tessenburg", 205),
                     ("m5-1", "zbw", "Kreisvolkshochschule mit dem ZBW der Hochschule Tessenburg", 205),
                     ("m6-1", "amt-40", "Amt 40 (Schulträgeraufgaben)", 226), ("m6-2", "kvhs", "KVHS", 229),
                     ("m7-1", "koordinierungsstelle-bildung", "Koordinierungsstelle Bildung, Jobcenter", 246),
                     ("m7-1", "jobcenter", "Koordinierungsstelle Bildung, Jobcenter", 246),
                     ("m7-2", "amt-51", "Amt 51 gemeinsam mit der Lernwerkstatt Fuhneaue e. V.", 249),
                     ("m7-2", "lernwerkstatt", "Amt 51 gemeinsam mit der Lernwerkstatt Fuhneaue e. V.", 249)]:
    R(m, "carriedBy", o, Z, ev, role="Verantwortung", note="column 'Verantwortung' of Anlage 1", near=nr)
R("koordinierungsstelle-bildung", "cooperatesWith", "jobcenter", Z, "Koordinierungsstelle Bildung gemeinsam mit dem Jobcenter", near=139)
R("ag-schule-beruf", "carriedBy", "jobcenter", Z, "AG Schule–Beruf (Federführung Jobcenter)", near=184)
R("kvhs", "cooperatesWith", "zbw", Z, "Kreisvolkshochschule mit dem ZBW", near=205)
R("zbw", "subOrganizationOf", "hs-tessenburg", Z, "ZBW der Hochschule Tessenburg", near=206)
R("amt-51", "cooperatesWith", "lernwerkstatt", Z, "Amt 51 gemeinsam mit der Lernwerkstatt Fuhneaue e. V.", near=249)
for m, hf, ev in [("z2", "hf-bildungsmonitoring", "Ausbau des kleinräumigen Bildungsmonitorings"),
                  ("m2-1", "hf-uebergang-schule-beruf", "M2.1 Kennzahlen zum Übergang Schule–Beruf je Gemeinde"),
                  ("z4", "hf-uebergang-schule-beruf", "Abgestimmte Gestaltung des Übergangs Schule–Beruf"),
                  ("z5", "hf-lebenslanges-lernen", "Weiterbildungsberatung in der Fläche (Lebenslanges Lernen)"),
                  ("z6", "hf-digitale-bildung", "Digitale Bildung in Schulen und Weiterbildung"),
                  ("z7", "hf-integration", "Integration durch Bildung: transparente Angebote für Neuzugewanderte")]:
    R(m, "addressesActionField", hf, Z, ev)

# ======================= Protokoll
R("steuerungskreis", "chairedBy", "matthias-kreuzfeld", P, "**Leitung:** Landrat Matthias Kreuzfeld")
R("jonas-petzold", "memberOf", "koordinierungsstelle-bildung", P, "**Protokoll:** Jonas Petzold (Koordinierungsstelle Bildung)")
rows = [("matthias-kreuzfeld", LK, "Matthias Kreuzfeld | Landrat, Vorsitzender des Steuerungskreises | Landkreis Wölmitzer Börde", "Landrat"),
        ("ulrike-haselbach", "dezernat-ii", "Dr. Ulrike Haselbach | Beigeordnete, Dezernentin für Bildung, Jugend und Soziales | Kreisverwaltung, Dezernat II", "Beigeordnete, Dezernentin für Bildung, Jugend und Soziales"),
        ("franziska-raabe", "bildungsbuero", "Franziska Raabe | Leiterin, Geschäftsführung des Steuerungskreises | Bildungsbüro", "Leiterin"),
        ("jonas-petzold", "koordinierungsstelle-bildung", "Jonas Petzold | Bildungsmonitoring | Koordinierungsstelle Bildung im Bildungsbüro", "Bildungsmonitoring"),
        ("thomas-weidenmueller", "amt-40", "Thomas Weidenmüller | Amtsleiter | Schulverwaltungs- und Kulturamt (Amt 40)", "Amtsleiter"),
        ("katrin-moebius", "sg-40-1", "Katrin Möbius | Sachgebietsleiterin | SG 40.1 Schulentwicklungsplanung", "Sachgebietsleiterin"),
        ("petra-wendisch", "landesschulamt", "Dr. Petra Wendisch | Referentin Schulentwicklung | Landesschulamt Sachsen-Anhalt", "Referentin Schulentwicklung"),
        ("andreas-kiesewetter", "jobcenter", "Andreas Kiesewetter | Geschäftsführer | Jobcenter Wölmitzer Börde", "Geschäftsführer"),
        ("sabine-trautmann", "afa-tessenburg", "Sabine Trautmann | Teamleiterin Berufsberatung | Agentur für Arbeit Tessenburg", "Teamleiterin Berufsberatung"),
        ("dagmar-fehse", "kvhs", "Dagmar Fehse | Leiterin | Kreisvolkshochschule Wölmitzer Börde", "Leiterin"),
        ("leonie-harnisch", "hs-tessenburg", "Prof. Dr. Leonie Harnisch | Leiterin des ZBW | Hochschule Tessenburg", "Leiterin des ZBW"),
        ("rainer-quast", "vg-fuhneaue", "Rainer Quast | Verbandsgemeindebürgermeister | VG Fuhneaue", "Verbandsgemeindebürgermeister"),
        ("sebastian-uhlig", "nabes", "Sebastian Uhlig | beratendes Mitglied | NABES", "beratendes Mitglied")]
for pers, org, ev, role in rows:
    R(pers, "memberOf", org, P, ev, role=role, note="participants table")
    R(org, "participatesIn", "steuerungskreis", P, ev, note="institution listed under 'Teilnehmende' of the Steuerungskreis meeting")
R("leonie-harnisch", "memberOf", "zbw", P, "Prof. Dr. Leonie Harnisch | Leiterin des ZBW", role="Leiterin")
R("steuerungskreis", "chairedBy", "matthias-kreuzfeld", P, "Matthias Kreuzfeld | Landrat, Vorsitzender des Steuerungskreises")
R("dezernat-ii", "subOrganizationOf", "kreisverwaltung", P, "Kreisverwaltung, Dezernat II")
R("koordinierungsstelle-bildung", "subOrganizationOf", "bildungsbuero", P, "Koordinierungsstelle Bildung im Bildungsbüro")
R("carola-brehme", "memberOf", "stiftung-sengebusch", P, "Carola Brehme (Vorstand der Gertrud-Sengebusch-Stiftung)", role="Vorstand")
R("peter-ramdohr", "memberOf", "lernwerkstatt", P, "Peter Ramdohr, Vorsitzender der Lernwerkstatt Fuhneaue e. V.", role="Vorsitzender")
R("stiftung-sengebusch", "participatesIn", "steuerungskreis", P, "**Gäste zu TOP 4:** Carola Brehme (Vorstand der Gertrud-Sengebusch-Stiftung)", role="Gast")
R("lernwerkstatt", "participatesIn", "steuerungskreis", P, "Peter Ramdohr, Vorsitzender der Lernwerkstatt Fuhneaue e. V.", role="Gast", note="guest to TOP 4 (l.28)")
R("holger-brandis", "memberOf", "mb-lsa", P, "Holger Brandis (Ministerium für Bildung, Referat 34)", role="Referat 34")
R("annegret-sommerfeld", "memberOf", "stadt-woelmitz", P, "die Bürgermeisterin der Stadt Wölmitz, Annegret Sommerfeld", role="Bürgermeisterin")
R("jana-voigt", "memberOf", "ihk-tessenburg", P, "Jana Voigt, IHK Tessenburg (Bereich Aus- und Weiterbildung)", role="Bereich Aus- und Weiterbildung")
R("koordinierungsstelle-bildung", "fundedBy", "bildungskommunen", P, "Gefördert werden zwei Stellen in der Koordinierungsstelle Bildung bis Ende 2026", note="programme named in the previous sentence (l.53)")
R("jonas-petzold", "memberOf", "koordinierungsstelle-bildung", P, "eine Stelle ist mit Herrn Petzold besetzt", note="'eine Stelle' of the Koordinierungsstelle Bildung (l.54)")
for o in ["gemeinde-zabelitz", "gemeinde-kattenhorst"]:
    R(o, "subOrganizationOf", "vg-fuhneaue", P, "die Mitgliedsgemeinden Zabelitz und Kattenhorst", note="Mitgliedsgemeinden of 'die Verbandsgemeinde' (l.59)")
R("nabes", "cooperatesWith", "bildungsbuero", P, "Herr Uhlig stellt den Entwurf der Teilziele vor, der gemeinsam mit dem Bildungsbüro", note="Herr Uhlig acts for the NABES")
R(LK, "cooperatesWith", "nabes", P, "Zielvereinbarung zwischen Landkreis und Netzwerkagentur")
R("m1-2", "carriedBy", "dezernat-ii", P, "Das Dezernat II legt die Teilziele dem Kreistag zur Beschlussfassung vor (Maßnahme M1.2)")
R("to-4.5.3.1", "carriedBy", "lernwerkstatt", P, "Die Lernwerkstatt beschäftigt die drei Lotsinnen und Lotsen", note="TOP 4 Übergangslotsen; 'die Sicht des Trägers'")
R("lernwerkstatt", "cooperatesWith", "afa-tessenburg", P, "sie arbeitet dabei eng mit der Berufsberatung der Agentur für Arbeit", note="'sie' = die Lernwerkstatt")
R("lernwerkstatt", "cooperatesWith", "jugendberufsagentur", P, "und mit der Jugendberufsagentur zusammen")
R("to-4.5.3.1", "fundedBy", "stiftung-sengebusch", P, "die Stiftung werde ihre Förderung bis Juli 2025 fortsetzen", note="'die Stiftung' = Gertrud-Sengebusch-Stiftung (Frau Brehme)")
R("to-4.5.3.1", "fundedBy", "jobcenter", P, "die Kofinanzierung durch das Jobcenter im bisherigen Umfang beizubehalten")
R("m4-1", "carriedBy", "ag-schule-beruf", P, "Die AG Schule–Beruf erarbeitet bis zur Sitzung im Juni ein Verstetigungskonzept")
R("m4-1", "carriedBy", "jobcenter", P, "Federführend ist das Jobcenter")
R("bildungskonferenz", "carriedBy", "bildungsbuero", P, "Bildungsbüro gemeinsam mit der Kreisvolkshochschule ausgerichtet", note="'Die Konferenz' = Börder Bildungskonferenz (TOP 5)")
R("bildungskonferenz", "carriedBy", "kvhs", P, "Bildungsbüro gemeinsam mit der Kreisvolkshochschule ausgerichtet")
R("bildungsbuero", "cooperatesWith", "kvhs", P, "Bildungsbüro gemeinsam mit der Kreisvolkshochschule ausgerichtet")
R("hs-tessenburg", "participatesIn", "bildungskonferenz", P, "die Hochschule stellt die Räume", role="stellt die Räume")
R("landwerk", "participatesIn", "bildungskonferenz", P, "Die Landwerk Börde eG stellt im Forum BNE ihr Grünes Klassenzimmer vor", role="Forum BNE")
R("gruenes-klassenzimmer", "carriedBy", "landwerk", P, "ihr Grünes Klassenzimmer vor, das sie mit Unterstützung der")
R("gruenes-klassenzimmer", "fundedBy", "stiftung-sengebusch", P, "das sie mit Unterstützung der Gertrud-Sengebusch-Stiftung betreibt")
R("ag-kita-gs", "chairedBy", "katrin-moebius", P, "**AG Übergang Kita–Grundschule** (Leitung: Katrin Möbius)")
R("ag-kita-gs", "cooperatesWith", "amt-51", P, "gemeinsame Fortbildung mit dem Jugendamt im April")
R("amt-51", "cooperatesWith", "landesschulamt", P, "Kita-Fachberatung des Amtes 51 und das Landesschulamt haben sich auf gemeinsame Hospitationstage")
R("lernwerkstatt", "participatesIn", "ag-kita-gs", P, "die Lernwerkstatt Fuhneaue e. V. bringt ihre Erfahrungen aus dem Projekt „Lesewelten“")
R("lesewelten", "carriedBy", "lernwerkstatt", P, "die Lernwerkstatt Fuhneaue e. V. bringt ihre Erfahrungen aus dem Projekt „Lesewelten“")
R("lesewelten", "fundedBy", "stiftung-sengebusch", P, "das von der Gertrud-Sengebusch-Stiftung gefördert wird")
R("ag-schule-beruf", "chairedBy", "andreas-kiesewetter", P, "**AG Schule–Beruf** (Leitung: Andreas Kiesewetter, Jobcenter)")
R("andreas-kiesewetter", "memberOf", "jobcenter", P, "Andreas Kiesewetter, Jobcenter", role="Leitung AG Schule–Beruf", near=116)
R("ag-schule-beruf", "cooperatesWith", "ihk-tessenburg", P, "zusätzlich Abstimmung mit der IHK Tessenburg und der Kreishandwerkerschaft")
R("ag-schule-beruf", "cooperatesWith", "kreishandwerkerschaft", P, "zusätzlich Abstimmung mit der IHK Tessenburg und der Kreishandwerkerschaft")
R("ag-bildungsmonitoring", "chairedBy", "jonas-petzold", P, "**AG Bildungsmonitoring** (Leitung: Jonas Petzold)")
R("m2-1", "addressesActionField", "hf-uebergang-schule-beruf", P, "Kennzahlen zum Übergang Schule–Beruf je Gemeinde")
R("verbandsgemeinderat", "subOrganizationOf", "vg-fuhneaue", P, "der Verbandsgemeinderat der VG Fuhneaue")
R("holger-brandis", "memberOf", "mb-lsa", P, "Herr Brandis vom Ministerium für Bildung")

# ======================= Präsentation
R("franziska-raabe", "memberOf", "bildungsbuero", S, "Franziska Raabe  I  Bildungsbüro")
R("ulrike-haselbach", "memberOf", "dezernat-ii", S, "Beigeordnete Dr. Ulrike Haselbach", role="Beigeordnete", note="org chart box 'Dezernat II Bildung, Jugend und Soziales'")
R("koordinierungsstelle-bildung", "subOrganizationOf", "bildungsbuero", S, "Stabsstelle Bildungsbüro – Koordinierungsstelle Bildung", note="org chart: dash marks a sub-unit")
for o, ev in [("sg-40-1", "SG 40.1 Schulentwicklungsplanung"), ("sg-40-2", "SG 40.2 Schülerbeförderung"),
              ("sg-40-3", "SG 40.3 Kreisvolkshochschule und Kreismusikschule")]:
    R(o, "subOrganizationOf", "amt-40", S, ev, note="org chart box 'Amt 40 Schulverwaltungs- und Kulturamt'")
R("sg-51-3", "subOrganizationOf", "amt-51", S, "SG 51.3 Jugendhilfeplanung", note="org chart box 'Amt 51 Jugend und Familie'")
R("ausschuss-bks", "subOrganizationOf", "kreistag", S, "Ausschuss für Bildung, Kultur und Sport (Vorsitz: Birgit Lorenz)", note="indented under 'Kreistag'")
R("ausschuss-bks", "chairedBy", "birgit-lorenz", S, "Ausschuss für Bildung, Kultur und Sport (Vorsitz: Birgit Lorenz)")
R("jha", "subOrganizationOf", "kreistag", S, "Jugendhilfeausschuss (Vorsitz: Michael Tamm)", note="indented under 'Kreistag'")
R("jha", "chairedBy", "michael-tamm", S, "Jugendhilfeausschuss (Vorsitz: Michael Tamm)")
R("steuerungskreis", "chairedBy", "matthias-kreuzfeld", S, "– Vorsitz: Landrat", note="under 'Steuerungskreis Bildungsnetzwerk'")
R("bildungsbuero", "participatesIn", "steuerungskreis", S, "– Geschäftsstelle: Bildungsbüro", role="Geschäftsstelle")
R("steuerungskreis", "chairedBy", "matthias-kreuzfeld", S, "Landrat (Vorsitz)")
for o, ev, role in [("dezernat-ii", "Dezernentin Dezernat II (Stellvertretung)", "Stellvertretung des Vorsitzes"),
                    ("bildungsbuero", "Bildungsbüro (Geschäftsstelle), Amt 40, SG 40.1", "Geschäftsstelle"),
                    ("amt-40", "Bildungsbüro (Geschäftsstelle), Amt 40, SG 40.1", None),
                    ("sg-40-1", "Bildungsbüro (Geschäftsstelle), Amt 40, SG 40.1", None),
                    ("landesschulamt", "• Landesschulamt Sachsen-Anhalt", None),
                    ("jobcenter", "Jobcenter Wölmitzer Börde, Agentur für Arbeit Tessenburg, IHK Tessenburg", None),
                    ("afa-tessenburg", "Jobcenter Wölmitzer Börde, Agentur für Arbeit Tessenburg, IHK Tessenburg", None),
                    ("ihk-tessenburg", "Jobcenter Wölmitzer Börde, Agentur für Arbeit Tessenburg, IHK Tessenburg", None),
                    ("kvhs", "Kreisvolkshochschule, Hochschule Tessenburg (ZBW)", None),
                    ("hs-tessenburg", "Kreisvolkshochschule, Hochschule Tessenburg (ZBW)", None),
                    ("zbw", "Kreisvolkshochschule, Hochschule Tessenburg (ZBW)", None),
                    ("vg-fuhneaue", "Verbandsgemeinde Fuhneaue (Verbandsgemeindebürgermeister)", None),
                    ("nabes", "NABES (beratend)", "beratend")]:
    R(o, "participatesIn", "steuerungskreis", S, ev, role=role, note="slide 'Steuerungskreis – wer sitzt am Tisch?'", near=111 if o == "landesschulamt" else None)
R("zbw", "subOrganizationOf", "hs-tessenburg", S, "Hochschule Tessenburg (ZBW)")
R("zbw", "subOrganizationOf", "hs-tessenburg", S, "Hochschule Tessenburg – Zentrum für Bildungsübergänge und Weiterbildung (ZBW)")
R("nabes", "carriedBy", "irb", S, "Netzwerkagentur Bildung Elbe-Saale (NABES), Träger: IRB e. V.")
R("to-4.5.3.1", "carriedBy", "lernwerkstatt", S, "„Übergangslotsen“ – Träger: Lernwerkstatt Fuhneaue e. V.")
R("to-4.5.3.1", "fundedBy", "stiftung-sengebusch", S, "gefördert von der Sengebusch-Stiftung und dem Jobcenter")
R("to-4.5.3.1", "fundedBy", "jobcenter", S, "gefördert von der Sengebusch-Stiftung und dem Jobcenter")
R("lesewelten", "carriedBy", "lernwerkstatt", S, "ebenfalls ein Projekt der Lernwerkstatt")
R("gruenes-klassenzimmer", "carriedBy", "landwerk", S, "außerschulischer Lernort der Landwerk Börde eG in Kattenhorst")
R("m5-1", "carriedBy", "kvhs", S, "Mobile Weiterbildungsberatung – KVHS in Kooperation mit dem ZBW")
R("m5-1", "carriedBy", "zbw", S, "Mobile Weiterbildungsberatung – KVHS in Kooperation mit dem ZBW")
R("kvhs", "cooperatesWith", "zbw", S, "KVHS in Kooperation mit dem ZBW")
R("jugendberufsagentur", "participatesIn", "ruemsa", S, "RÜMSA – Jugendberufsagentur Wölmitzer Börde")
R("koordinierungsstelle-bildung", "fundedBy", "bildungskommunen", S, "Koordinierungsstelle Bildung: ESF-Plus-Programm „Bildungskommunen“")
R("bildungskommunen", "fundedBy", "esf-plus", S, "(Bund/ESF Plus, 2024 – 2026)")
R("nabes", "fundedBy", "bmbf", S, "Beratung durch die NABES: kostenfrei (gefördert durch das BMBF)")
R("franziska-raabe", "memberOf", "bildungsbuero", S, "Franziska Raabe Leiterin Bildungsbüro", role="Leiterin Bildungsbüro", near=None)
R("jonas-petzold", "memberOf", "koordinierungsstelle-bildung", S, "Jonas Petzold Bildungsmonitoring, Koordinierungsstelle Bildung", role="Bildungsmonitoring")
