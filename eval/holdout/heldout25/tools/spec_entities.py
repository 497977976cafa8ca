# Entity specification for the h25 gold set.
# A form is either "text" (searched in every document) or ("text", "D1 D3") (searched only there).
D1 = "geestwalde-transferkatalog"
D2 = "ammerstedt-bildungskommune-arbeitspakete"
D3 = "geestwalde-zielvereinbarung-tragek"
D4 = "steuerungsgruppe-geest-ammer-2024"
D5 = "tragek-vorstellung-2023"
DOCS = {"D1": D1, "D2": D2, "D3": D3, "D4": D4, "D5": D5}

E = []


def ent(id, type, name, forms=(), **kw):
    E.append(dict(id=id, type=type, name=name, forms=list(forms), **kw))


# ---------------------------------------------------------------- Municipality
ent("lk-geestwalde", "Municipality", "Landkreis Geestwalde",
    ["Landkreises Geestwalde", ("Geestwalde", "D4"), ("Landkreis", "D1 D3 D4"), ("Landkreises", "D1 D4")])
ent("stadt-ammerstedt", "Municipality", "Stadt Ammerstedt",
    ["kreisfreien Stadt Ammerstedt", ("Ammerstedt", "D4 D5"), ("Stadt", "D2 D4")])
ent("stadt-hollenbuettel", "Municipality", "Stadt Hollenbüttel",
    ["Kreisstadt Hollenbüttel", "Hollenbüttel"])
ent("gemeinde-sandwede", "Municipality", "Gemeinde Sandwede", ["Sandwede"])
ent("lk-fehnstede", "Municipality", "Landkreis Fehnstede", ["Landkreises Fehnstede"])
ent("stadt-brinkhusen", "Municipality", "Stadt Brinkhusen", [])
ent("lk-ostwuemme", "Municipality", "Landkreis Ostwümme", [])

# ---------------------------------------------------------------- Organization: Landkreis Geestwalde
ent("bildungsbuero-geestwalde", "Organization", "Bildungsbüro des Landkreises Geestwalde",
    ["Bil- dungsbüro des Landkreises Geestwalde", "Bildungsbüro des Landkreises",
     ("Bildungsbüro Landkreis", "D4"), ("Bildungsbüro", "D1 D3 D4"), ("Bildungsbüros", "D3")])
ent("fb40-geestwalde", "Organization", "Fachbereich 40 Bildung, Kultur und Sport", ["Fachbereich 40"])
ent("dezernat-ii-geestwalde", "Organization", "Dezernat II – Jugend, Bildung und Soziales", [])
ent("koordinierungsstelle-usb-geestwalde", "Organization", "Koordinierungsstelle Übergang Schule–Beruf",
    [("Ko- ordinierungsstelle", "D1")])
ent("fb51-geestwalde", "Organization", "Fachbereich 51 Jugend und Familie", [])
ent("fd401-geestwalde", "Organization", "Fachdienst 40.1 Schule und Bildung",
    ["Fachdienstes 40.1 Schule und Bildung", ("Fachdienst 40.1", "D3")])
ent("stabsstelle-kreisentwicklung-geestwalde", "Organization", "Stabsstelle Kreisentwicklung und Demografie",
    ["Stabsstelle Kreisentwicklung und Demo- grafie"])
ent("kvhs-geestwalde", "Organization", "Kreisvolkshochschule Geestwalde", ["Kreisvolkshochschule"])
ent("fd-it-geodaten-geestwalde", "Organization", "Fachdienst IT und Geodaten", [])
ent("jba-geestwalde", "Organization", "Jugendberufsagentur Geestwalde", [])
ent("jobcenter-geestwalde", "Organization", "Jobcenter Landkreis Geestwalde", [])
ent("wfg-geestwalde", "Organization", "Wirtschaftsförderungsgesellschaft Landkreis Geestwalde mbH", [])
ent("sparkassenstiftung-geestwalde", "Organization", "Stiftung der Sparkasse Geestwalde", [])
ent("diakonie-geestwalde", "Organization", "Diakonisches Werk Geestwalde",
    ["Diakonischen Werk Geestwalde", "Diakonische Werk Geestwalde"])
ent("awo-geestwalde", "Organization", "AWO Kreisverband Geestwalde e.V.", [])
ent("bbs-hollenbuettel", "Organization", "Berufsbildende Schulen Hollenbüttel",
    ["Berufsbildenden Schulen Hollenbüttel", "BBS Hollenbüttel", ("BBS", "D1 D4")])
ent("oberschule-sandwede", "Organization", "Oberschule Sandwede", [])
ent("kroeger-landtechnik", "Organization", "Kröger Landtechnik GmbH & Co. KG", ["Kröger Landtechnik"])
ent("molkerei-nordgeest", "Organization", "Molkerei Nordgeest eG", ["Molkerei Nordgeest"])
ent("hedwig-ahlers-stiftung", "Organization", "Hedwig-Ahlers-Stiftung für Jugend und Bildung", [])
ent("kreishandwerkerschaft-geestwalde", "Organization", "Kreishandwerkerschaft Geestwalde",
    [("Kreishandwerkerschaft", "D1 D4")])
ent("ruz-sandwede", "Organization", "Regionales Umweltbildungszentrum Sandwede",
    ["Regionalen Umweltbildungszentrum Sandwede"])
ent("lsn", "Organization", "Landesamt für Statistik Niedersachsen", ["LSN"])

# ---------------------------------------------------------------- Organization: regional / external
ent("ihk-ammerstedt-geestwalde", "Organization", "Industrie- und Handelskammer Ammerstedt-Geestwalde",
    ["IHK Ammerstedt-Geestwalde", "Industrie- und Handelskammer Ammerstedt-Geest- walde"])
ent("afa-ammerstedt", "Organization", "Agentur für Arbeit Ammerstedt",
    ["Agentur für Arbeit Ammer- stedt", "Agentur fiir Arbeit Ammerstedt", "Agentur fiir Arbeit Ammer- stedt"])
ent("rlsb-osnabrueck", "Organization", "Regionales Landesamt für Schule und Bildung Osnabrück",
    ["Regionale Landesamt für Schule und Bildung Osnabrück", "RLSB Osnabrück", "RLSB"])
ent("transferagentur-geest-kueste", "Organization", "Transferagentur Geest-Küste für Kommunales Bildungsmanagement",
    ["Transferagentur Geest-Küste", "Transferagentur Geest-Kiiste", "TraGeK",
     ("Transferagentur", "D2 D3 D4 D5")])
ent("irb", "Organization", "Institut für Regionale Bildungsentwicklung e.V.",
    ["Instituts für Regionale Bildungsentwicklung e.V.", "IRB"])
ent("bmbf", "Organization", "Bundesministerium für Bildung und Forschung",
    ["Bundes- ministerium für Bildung und Forschung", "Bundesministerium fiir Bildung und Forschung",
     "Bundesministeriums für Bildung und Forschung", "BMBF"])
ent("mk-niedersachsen", "Organization", "Niedersächsisches Kultusministerium", [])
ent("hochschule-ammerstedt", "Organization", "Hochschule Ammerstedt", [])

# ---------------------------------------------------------------- Organization: Stadt Ammerstedt
ent("bildungsbuero-ammerstedt", "Organization", "Bildungsbüro Ammerstedt",
    ["Bildungsbiiro Ammerstedt", ("Bildungsbiiro", "D2"), ("Bildungsbiiros", "D2")])
ent("amt-schule-bildung-ammerstedt", "Organization", "Amt für Schule und Bildung",
    ["Amt fiir Schule und Bildung", ("Amt", "D2")])
ent("dezernat-iii-ammerstedt", "Organization", "Dezernat III — Bildung, Jugend und Kultur",
    ["Dezernat III — Bildung, Ju- gend und Kultur", ("Dezernat III", "D4")])
ent("stabsstelle-statistik-ammerstedt", "Organization", "Stabsstelle Statistik und Stadtforschung", [])
ent("fb-jugend-ammerstedt", "Organization", "Fachbereich Jugend, Familie und Soziales",
    ["Fach- bereich Jugend, Familie und Soziales"])
ent("referat-integration-ammerstedt", "Organization", "Referat für Integration und Teilhabe",
    ["Referat fiir Integration und Teilhabe"])
ent("vhs-ammerstedt", "Organization", "Volkshochschule Ammerstedt", ["Volkshochschule Am- merstedt"])
ent("stadtbibliothek-ammerstedt", "Organization", "Stadtbibliothek Ammerstedt", [("Stadtbibliothek", "D2")])
ent("jba-ammerstedt", "Organization", "Jugendberufsagentur Ammerstedt", [])
ent("jobcenter-ammerstedt", "Organization", "Jobcenter Ammerstedt", [])
ent("igs-ammerstedt-sued", "Organization", "IGS Ammerstedt-Süd", ["IGS Ammerstedt-Siid", ("IGS", "D4")])
ent("hafenlogistik-ammerstedt", "Organization", "Ammerstedter Hafenlogistik GmbH", [])
ent("stadtwerke-ammerstedt", "Organization", "Stadtwerke Ammerstedt GmbH", ["Stadtwerken Ammerstedt"])
ent("familienzentrum-ammerstedt-ost", "Organization", "Familienzentrum Ammerstedt-Ost", [])
ent("nlt", "Organization", "Niedersächsischer Landkreistag", [])
ent("nst", "Organization", "Niedersächsischer Städtetag", [])
ent("rd-nsb-ba", "Organization", "Regionaldirektion Niedersachsen-Bremen der Bundesagentur für Arbeit", [])
ent("lag-bildungsbueros-nds", "Organization", "Landesarbeitsgemeinschaft der Bildungsbüros in Niedersachsen", [])
ent("buergerstiftung-ammerstedt", "Organization", "Bürgerstiftung Ammerstedt", ["Biirgerstiftung Ammerstedt"])

# ---------------------------------------------------------------- Body
ent("steuerungsgruppe-bildung-geestwalde", "Body", "Steuerungsgruppe Bildung",
    ["Steuerungs- gruppe Bildung"])
ent("bildungsbeirat-geestwalde", "Body", "Bildungsbeirat Geestwalde",
    [("Bildungsbeirat", "D1 D3"), ("Bildungsbeirates", "D3"), ("Beirat", "D1")])
ent("bildungskonferenz-geestwalde", "Body", "Geestwalder Bildungskonferenz", [])
ent("ak-usb-geestwalde", "Body", "Arbeitskreis Übergang Schule–Beruf", [])
ent("netzwerk-fruehe-bildung-geestwalde", "Body", "Netzwerk Frühe Bildung Geestwalde", [])
ent("kreiselternrat-geestwalde", "Body", "Kreiselternrat Geestwalde", ["Kreiselternrat"])
ent("kreisschuelerrat-geestwalde", "Body", "Kreisschülerrat", [])
ent("ausschuss-sbk-geestwalde", "Body", "Ausschuss für Schule, Bildung und Kultur", [])
ent("kreistag-geestwalde", "Body", "Kreistag", [])
ent("ak-schulewirtschaft-geestwalde", "Body", "Arbeitskreis SCHULEWIRTSCHAFT Geestwalde", [])
ent("fachforum-ganztag-geestwalde", "Body", "Fachforum Ganztag", ["Fachforums Ganztag"])
ent("lenkungskreis-bildung-ammerstedt", "Body", "Lenkungskreis Bildung", ["Len- kungskreises Bildung"])
ent("bildungsbeirat-ammerstedt", "Body", "Bildungsbeirat der Stadt Ammerstedt",
    [("Bildungsbeirat", "D2"), ("Bildungsbeirates", "D2"), ("Beirates", "D2")])
ent("bildungskonferenz-ammerstedt", "Body", "Ammerstedter Bildungskonferenz", [("Bildungskonferenz", "D2")])
ent("ag-bildungsmonitoring-ammerstedt", "Body", "AG Bildungsmonitoring", [("AG", "D2")])
ent("fachforum-bo-ammerstedt", "Body", "Fachforum Berufsorientierung", ["Fachforums Berufso- rientierung"])
ent("netzwerk-sprachbildung-ammerstedt", "Body", "Netzwerk Sprachbildung Ammerstedt",
    ["Netzwerks Sprachbildung Ammerstedt"])
ent("stadtschuelerrat-ammerstedt", "Body", "Stadtschülerrat Ammerstedt",
    ["Stadtschiilerrat Ammerstedt", "Stadtschiilerrat"])
ent("stadtelternrat-ammerstedt", "Body", "Stadtelternrat", [])
ent("schulausschuss-ammerstedt", "Body", "Schulausschuss", [])
ent("rat-ammerstedt", "Body", "Rat der Stadt Ammerstedt", [])
ent("steuerungsgruppe-bildungsregion", "Body", "Steuerungsgruppe Bildungsregion Geest-Ammer",
    [("Steuerungsgruppe", "D4")])
ent("uag-daten", "Body", "Unterarbeitsgruppe Daten", ["Unterarbeitsgruppe (UAG) Daten", "UAG Daten"])
ent("regionalforum-fachkraefte", "Body", "Regionalforum Fachkräfte Geest-Ammer",
    ["Regionalforums Fachkräfte Geest-Ammer", "Regionalforums Fachkräfte", ("Forum", "D4")])
ent("kommunalnetzwerk-bimo", "Body", "Kommunalnetzwerk Bildungsmonitoring Geest-Küste",
    ["Kommunalnetzwerk Bildungsmoni- toring Geest-Kiiste"])
ent("jour-fixe-bildungsbueros", "Body", "Jour fixe der Bildungsbüros", ["Jour fixe der Bildungsbiiros"])
ent("fachbeirat-tragek", "Body", "Fachbeirat der TraGeK", [])
ent("kreisausschuss-fehnstede", "Body", "Kreisausschuss des Landkreises Fehnstede", [])

# ---------------------------------------------------------------- Programme
ent("bildung-integriert", "Programme", "Bildung integriert", ["„Bildung integriert“", "„Bildung integriert\""])
ent("bildungskommunen", "Programme", "Bildungskommunen",
    ["„Bildungskommunen“", "„Bildungskommunen\"", "Bildungskommune"])
ent("esf-plus", "Programme", "Europäischer Sozialfonds Plus",
    ["Europäischen Sozialfonds", "Europäischen Sozialfonds Plus", "Europaischen Sozialfonds Plus", "ESF Plus"])
ent("transferinitiative-kbm", "Programme", "Transferinitiative Kommunales Bildungsmanagement", [])
ent("lernen-vor-ort", "Programme", "Lernen vor Ort", ["„Lernen vor Ort“"])
ent("bop", "Programme", "Berufsorientierungsprogramm (BOP)", ["Berufsorientierungsprogramm", "BOP"])
ent("sprach-kitas", "Programme", "Sprach-Kitas", ["„Sprach-Kitas“"])
ent("kultur-macht-stark", "Programme", "Kultur macht stark", ["„Kultur macht stark\""])
ent("startchancen", "Programme", "Startchancen-Programm", [])

# ---------------------------------------------------------------- Person
def person(id, name, forms, role, affiliation):
    ent(id, "Person", name, forms, role=role, affiliation=affiliation)


person("wiebke-osterloh", "Dr. Wiebke Osterloh", [("Landrätin", "D3")],
       "Landrätin", "Landkreis Geestwalde")
person("thorsten-bruening", "Thorsten Brüning", ["Herr Brüning"],
       "Dezernent für Jugend, Bildung und Soziales", "Landkreis Geestwalde")
person("anneke-sievers", "Anneke Sievers", ["Frau Sievers"],
       "Koordinatorin Übergang Schule–Beruf", "Landkreis Geestwalde")
person("petra-schoon", "Petra Schoon", [], "Schulleiterin", "Berufsbildende Schulen Hollenbüttel")
person("katrin-meiners", "Katrin Meiners", ["Frau Meiners"], "Leiterin Bildungsbüro",
       "Bildungsbüro des Landkreises Geestwalde")
person("fenja-roolfs", "Fenja Roolfs", ["Frau Roolfs"], "Referentin Bildungsmonitoring",
       "Bildungsbüro des Landkreises Geestwalde")
person("gesa-ubben", "Gesa Ubben", ["Frau Ubben"], "Jugendhilfeplanerin", "Fachbereich 51 Jugend und Familie")
person("bernd-cordes", "Bernd Cordes", [], "Leiter", "Kreisvolkshochschule Geestwalde")
person("claudia-vosteen", "Dr. Claudia Vosteen", ["Frau Dr. Vosteen"],
       "Dezernentin für Bildung, Jugend und Kultur", "Stadt Ammerstedt")
person("malte-harms", "Malte Harms", [], "Leiter Amt für Schule und Bildung", "Stadt Ammerstedt")
person("sina-ocken", "Sina Ocken", [], "Leiterin Bildungsbüro Ammerstedt", "Stadt Ammerstedt")
person("tobias-gerdes", "Tobias Gerdes", ["Herrn Gerdes"], "Sachgebietsleiter",
       "Stabsstelle Statistik und Stadtforschung")
person("aylin-demir", "Aylin Demir", ["Frau Demir"], "Koordinatorin", "Referat für Integration und Teilhabe")
person("joerg-tammen", "Jörg Tammen", ["Jorg Tammen"], "Oberbürgermeister", "Stadt Ammerstedt")
person("frank-wuebbena", "Frank Wübbena", ["Herr Wübbena"], "Teamleiter Berufsberatung",
       "Agentur für Arbeit Ammerstedt")
person("heike-lampe", "Heike Lampe", ["Frau Lampe"], "Bereichsleiterin Aus- und Weiterbildung",
       "IHK Ammerstedt-Geestwalde")
person("michael-knoop", "Michael Knoop", ["Herr Knoop"], "Geschäftsführer", "Kreishandwerkerschaft Geestwalde")
person("jan-hendrik-rademacher", "Dr. Jan-Hendrik Rademacher", ["Herr Dr. Rademacher"],
       "schulfachlicher Dezernent für berufsbildende Schulen", "RLSB Osnabrück")
person("gerrit-mammen", "Gerrit Mammen", ["Herr Mammen"], "Schulleiter", "IGS Ammerstedt-Süd")
person("uwe-grotheer", "Uwe Grotheer", [], "Koordinator", "Jugendberufsagentur Geestwalde")
person("doerte-wilkens", "Dörte Wilkens", ["Frau Wilkens"], "Vorstandsvorsitzende", "Bürgerstiftung Ammerstedt")
person("merle-janssen-kuhl", "Merle Janssen-Kuhl", ["Frau Janssen-Kuhl"],
       "Datenbasiertes KBM / Bildungsmonitoring", "Transferagentur Geest-Küste")
person("okko-freese", "Okko Freese", [], "Prozessbegleitung kreisfreie Städte", "Transferagentur Geest-Küste")
person("friederike-hashagen", "Friederike Hashagen", [], "Prokuristin",
       "Wirtschaftsförderungsgesellschaft Landkreis Geestwalde mbH")
person("nadine-poppinga", "Nadine Poppinga", [], "Bereichsleiterin Markt und Integration",
       "Jobcenter Landkreis Geestwalde")
person("henrike-albers", "Dr. Henrike Albers", [], "Leiterin der Transferagentur", "Transferagentur Geest-Küste")
person("jannis-focken", "Jannis Focken", [], "Prozessbegleiter für die Landkreise", "Transferagentur Geest-Küste")
person("svenja-tiedemann", "Svenja Tiedemann", [], "Öffentlichkeitsarbeit und Veranstaltungen",
       "Transferagentur Geest-Küste")
person("lea-hinrichs", "Lea Hinrichs", [], "Projektassistenz", "Transferagentur Geest-Küste")
person("birte-oltmanns", "Birte Oltmanns", [], "Sprecherin",
       "Landesarbeitsgemeinschaft der Bildungsbüros in Niedersachsen")
person("arne-wessels", "Prof. Dr. Arne Wessels", [], "Professor für Bildungsmanagement", "Hochschule Ammerstedt")

# ---------------------------------------------------------------- ActionField
ent("af-uebergang-schule-beruf", "ActionField", "Übergang Schule–Beruf",
    ["Ubergang Schule-Beruf", "Übergangs Schule– Beruf"])
ent("af-uebergang-kita-grundschule", "ActionField", "Übergang Kita–Grundschule", ["Ubergang Kita-Grundschule"])
ent("af-fachkraeftesicherung", "ActionField", "Fachkräftesicherung", ["Fachkréftesicherung"])
ent("af-berufsorientierung", "ActionField", "Berufsorientierung", ["Berufso- rientierung"])
ent("af-fruehe-bildung", "ActionField", "Frühe Bildung", ["frühen Bildung", "friihen Bildung"])
ent("af-sprachbildung", "ActionField", "Sprachbildung", ["Sprachförderung"])
ent("af-ganztag", "ActionField", "Ganztag", [])
ent("af-bildungsmonitoring", "ActionField", "Bildungsmonitoring", ["Bildungsmonitorings"])
ent("af-lebenslanges-lernen", "ActionField", "Lebenslanges Lernen",
    ["lebenslanges Lernen", "lebens- langen Lernens", "Lebens- langes Lernen"])
ent("af-weiterbildung", "ActionField", "Weiterbildung", [], scope="D1 D3 D5")
ent("af-bne", "ActionField", "Bildung für nachhaltige Entwicklung",
    ["BNE", "Bildung fiir nachhaltige Entwicklung", "Bildung für nachhaltige Entwicklung (BNE)"])
ent("af-medienbildung", "ActionField", "Medienbildung", [])
ent("af-digitalisierung", "ActionField", "Digitalisierung", ["Digitale Lernorte", "digitale und mobile Lernorte"])
ent("af-integration", "ActionField", "Integration", [], scope="D2")
ent("af-bildungsberatung", "ActionField", "Bildungsberatung", [])
ent("af-oeffentlichkeitsarbeit", "ActionField", "Öffentlichkeitsarbeit", ["Offentlichkeitsarbeit"], scope="D2")

# ---------------------------------------------------------------- Measure (D2 work packages)
def measure(id, kind, name, forms, scope):
    ent(id, "Measure", name, [(f, scope) for f in forms], measure_kind=kind, scope=scope)


measure("ap1", "work_package", "AP 1 Bestandsaufnahme und Feinplanung", [], "D2")
measure("ap2", "work_package", "AP 2 Leitbildprozess „Bildung in Ammerstedt 2030“",
        ["AP 2 Leitbildprozess „Bildung in Ammerstedt 2030\""], "D2")
E[-1]["forms"].append(("AP 2", "D4"))
measure("ap3", "work_package", "AP 3 Lenkungskreis Bildung und Bildungsbeirat", [], "D2")
measure("ap4", "work_package", "AP 4 Ammerstedter Bildungskonferenz", [], "D2")
measure("ap5", "work_package", "AP 5 Datenbasiertes Bildungsmonitoring", [], "D2")
measure("ap6", "work_package", "AP 6 Bildungsbericht 2026", [], "D2")
measure("ap7", "work_package", "AP 7 Übergang Kita–Grundschule", ["AP 7 Ubergang Kita-Grundschule"], "D2")
measure("ap8", "work_package", "AP 8 Übergang Schule–Beruf und Fachkräftesicherung",
        ["AP 8 Ubergang Schule-Beruf und Fachkréftesicherung"], "D2")
measure("ap9", "work_package", "AP 9 Sprachbildung und Integration", [], "D2")
measure("ap10", "work_package", "AP 10 Bildungsberatung und Bildungsportal", [], "D2")
measure("ap11", "work_package", "AP 11 Netzwerkarbeit und Transfer", [], "D2")
measure("ap12", "work_package", "AP 12 Bildung für nachhaltige Entwicklung und Medienbildung",
        ["AP 12 Bildung fiir nachhaltige Entwicklung und Medienbildung"], "D2")
measure("ap13", "work_package", "AP 13 Öffentlichkeitsarbeit und Verstetigung",
        ["AP 13 Offentlichkeitsarbeit und Verstetigung"], "D2")

# ---------------------------------------------------------------- Measure (D3 goals, measures, milestones)
measure("zv-ziel-1", "goal", "Verstetigung des datenbasierten kommunalen Bildungsmanagements", [], "D3")
measure("zv-ziel-2", "goal", "Stärkung des Übergangs Schule–Beruf im ländlichen Raum",
        ["Stärkung des Übergangs Schule– Beruf im ländlichen Raum"], "D3")
measure("zv-ziel-3", "goal", "Aufbau eines kreisweiten Ganztagskonzepts", [], "D3")
measure("zv-ziel-4", "goal", "Weiterbildung und lebenslanges Lernen in der Fläche", [], "D3")
measure("zv-ziel-5", "goal", "Frühe Bildung und Sprachförderung", [], "D3")
measure("zv-ziel-6", "goal", "Bildung für nachhaltige Entwicklung (BNE)", [], "D3")
measure("zv-m-stellenplan", "measure", "Übernahme der Stelle Bildungsmonitoring in den Stellenplan 2024", [], "D3")
measure("zv-m-bildungsatlas", "measure", "Fortschreibung des Geestwalder Bildungsatlas um Daten zur Weiterbildung",
        [], "D3")
measure("zv-m-geestkompass-digital", "measure", "Digitalisierung des Berufsorientierungspasses „Geestkompass“", [],
        "D3")
measure("zv-m-ausbildungsmesse", "measure", "Ausbildungsmesse „Geest sucht Azubis“",
        ["Ausbildungsmesse „Geest sucht Azubis“"], "D3")
measure("zv-m-bedarfsanalyse-ganztag", "measure", "Bedarfsanalyse Ganztag in den Grundschulen des Kreises", [], "D3")
measure("zv-m-fachforum-ganztag", "measure", "Einrichtung eines Fachforums Ganztag", [], "D3")
measure("zv-m-lernbus", "measure", "Mobile Lernangebote der Kreisvolkshochschule („Lernbus Geest“)", [], "D3")
measure("zv-m-digitale-lernorte", "measure", "Digitale Lernorte in Gemeindebibliotheken", [], "D3")
measure("zv-m-sprachbildung-kita", "measure",
        "Qualifizierung von Kita-Fachkräften in alltagsintegrierter Sprachbildung",
        ["Qualifizierung von Kita- Fachkräften in alltagsintegrierter Sprachbildung"], "D3")
measure("zv-m-bne-netzwerk", "measure", "Aufbau eines BNE-Netzwerks der außerschulischen Lernorte", [], "D3")
measure("zv-ms-auftakt", "milestone", "Auftaktgespräch", ["Auftakt- gespräch"], "D3")
measure("zv-ms-unterzeichnung", "milestone", "Unterzeichnung der ZV", [], "D3")
measure("zv-ms-bestandsanalyse", "milestone", "Bestandsanalyse", ["Bestands- analyse"], "D3")
measure("zv-ms-rueckspiegelung", "milestone", "Rückspiegelung", [], "D3")
measure("zv-ms-werkstatt-ganztag", "milestone", "Werkstatt Ganztag", [], "D3")
measure("zv-ms-bildungskonferenz", "milestone", "Bildungskonferenz 2024", ["Bildungs- konferenz 2024"], "D3")
measure("zv-ms-fortschreibung", "milestone", "Fortschreibung der ZV", [], "D3")

# ---------------------------------------------------------------- TransferObject
ent("to-3.2.3.1", "TransferObject", "Geestwalder Bildungsatlas", [], section="3.2.3.1")
ent("to-3.3.3.3", "TransferObject", "Bildungskonferenz im Flächenlandkreis", [], section="3.3.3.3")
ent("to-3.5.3.2", "TransferObject", "Berufsorientierungspass „Geestkompass“",
    ["„Geestkompass“", ("Geestkompass", "D1 D3 D4"), ("Berufsorientierungspass", "D1 D4"),
     "Berufsorientierungspasses „Geestkompass“"], section="3.5.3.2")
