"""Entity declarations: (id, type, name, aliases, extra). OCR surface forms of the
work-package document are added automatically by build_gold.py (see ocr_variants)."""

K = "barthwiek-transferkatalog"
A = "barthwiek-arbeitspakete"
Z = "ostpeene-zielvereinbarung"
M = "ostpeene-netzwerkprotokoll"
S = "ostpeene-agenturvorstellung"

E = []


def ent(id, type, name, aliases=(), **kw):
    E.append(dict(id=id, type=type, name=name, aliases=list(aliases), **kw))


# ---------------------------------------------------------------- Organizations: federal, state, agency
ent("bmbf", "Organization", "Bundesministerium für Bildung und Forschung",
    ["BMBF", "Bundesministeriums für Bildung und Forschung"])
ent("bm-mv", "Organization", "Ministerium für Bildung und Kindertagesförderung Mecklenburg-Vorpommern",
    ["Ministerium für Bildung und Kindertagesförderung"])
ent("land-mv", "Organization", "Land Mecklenburg-Vorpommern", [],
    note="Only as co-funder (A, AP 7: 'vom Land Mecklenburg-Vorpommern kofinanziert').")
ent("statistisches-amt-mv", "Organization", "Statistisches Amt Mecklenburg-Vorpommern",
    ["Statistischen Amt Mecklenburg-Vorpommern", "Statistisches Amt M-V", "Statistische Amt", "Statistisches Amt"])
ent("referat-bildungsstatistik", "Organization", "Referat Bildungsstatistik", [])
ent("ssa-pennekow", "Organization", "Staatliches Schulamt Pennekow",
    ["SSA", "Staatlichen Schulamts Pennekow", "Staatlichen Schulamt Pennekow", "Staatliche Schulamt Pennekow",
     "Staatlichen Schulamt"])
ent("bundesstiftung-fruehe-hilfen", "Organization", "Bundesstiftung Frühe Hilfen", [])
ent("landkreistag-mv", "Organization", "Landkreistag Mecklenburg-Vorpommern", [])
ent("arbeitsstelle-bildung-lkt", "Organization", "Kommunale Arbeitsstelle Bildung", [])
ent("tranok", "Organization", "Transferagentur Nordost-Küste für Kommunales Bildungsmanagement",
    ["TraNoK", "Transferagentur Nordost-Küste", "Transferagentur"])
ent("regionalbuero-pennekow", "Organization", "Regionalbüro Pennekow", [],
    note="Regional office of the TraNoK in Pennekow.")
ent("ibrn", "Organization", "Institut für Bildung und Regionalentwicklung Nordost e.V.",
    ["IBRN", "Instituts für Bildung und Regionalentwicklung Nordost e.V."])

# ---------------------------------------------------------------- Hansestadt Barthwiek
ent("hansestadt-barthwiek", "Municipality", "Hansestadt Barthwiek", ["Barthwiek", "Hansestadt", "Barthwieker"],
    note="Kreisfreie Hansestadt; 'Hansestadt' alone is also used for Grevensund in the minutes.")
ent("dezernat2-barthwiek", "Organization", "Dezernat II – Jugend, Schule, Soziales und Kultur", ["Dezernat II"], restrict_docs=[K, A])
ent("dezernat3-barthwiek", "Organization", "Dezernat III – Stadtentwicklung, Bau und Umwelt", ["Dezernat III"])
ent("asbs-barthwiek", "Organization", "Amt für Schule, Bildung und Sport", [])
ent("abt-bildungsplanung-barthwiek", "Organization", "Abteilung Bildungsplanung und -monitoring", [])
ent("bildungsbuero-barthwiek", "Organization", "Bildungsbüro Barthwiek",
    ["Bildungsbüro", "Bildungsbüros"], restrict_docs=[K, A, M])
ent("jugendamt-barthwiek", "Organization", "Amt für Jugend und Familie", ["Jugendamt"])
ent("amt-stadtentwicklung-barthwiek", "Organization", "Amt für Stadtentwicklung und Statistik", [])
ent("abt-statistik-barthwiek", "Organization", "Abteilung Statistik und Wahlen", [])
ent("stabsstelle-integration-barthwiek", "Organization", "Stabsstelle Migration und Integration", [])
ent("vhs-barthwiek", "Organization", "Volkshochschule Barthwiek", ["Volkshochschule"])
ent("stadtbibliothek-barthwiek", "Organization", "Stadtbibliothek Barthwiek", ["Stadtbibliothek"], restrict_docs=[K, A])
ent("rbb-barthwiek", "Organization", "Regionales Berufliches Bildungszentrum Barthwiek",
    ["RBB", "Regionalen Beruflichen Bildungszentrum Barthwiek"])
ent("hochschule-barthwiek", "Organization", "Hochschule Barthwiek", [])
ent("fachbereich-sozialwesen", "Organization", "Fachbereich Sozialwesen", [],
    note="Department of the Hochschule Barthwiek.")
ent("agentur-arbeit-barthwiek", "Organization", "Agentur für Arbeit Barthwiek", [])
ent("gs-pennekow-agentur", "Organization", "Geschäftsstelle Pennekow", [],
    note="Branch of the Agentur für Arbeit Barthwiek.")
ent("jobcenter-barthwiek", "Organization", "Jobcenter Barthwiek", ["Jobcenters Barthwiek"])
ent("jba-barthwiek", "Organization", "Jugendberufsagentur Barthwiek", ["JBA"], restrict_docs=[K, A, M])
ent("ihk-barthwiek", "Organization", "Industrie- und Handelskammer zu Barthwiek", ["IHK"])
ent("hwk-vorpommern-kueste", "Organization", "Handwerkskammer Vorpommern-Küste", ["HWK"])
ent("kreishandwerkerschaft-barthwiek", "Organization", "Kreishandwerkerschaft Barthwiek", [],
    note="Only former Beirat seat (until 2021) - no relation annotated.")
ent("sparkassenstiftung", "Organization", "Stiftung der Sparkasse Barthwiek-Ostpeene", [])
ent("lotsenhaus-stiftung", "Organization", "Lotsenhaus-Stiftung", [])
ent("buergerstiftung-barthwiek", "Organization", "Bürgerstiftung Barthwiek", ["Bürgerstiftung"])
ent("dkjs", "Organization", "Deutsche Kinder- und Jugendstiftung", ["DKJS"])
ent("diakonie-barthwiek-ostpeene", "Organization", "Diakonisches Werk Barthwiek-Ostpeene e.V.",
    ["Diakonischen Werkes Barthwiek-Ostpeene e.V.", "Diakonischen Werk", "Diakonische Werk Barthwiek-Ostpeene e.V."])
ent("lernhafen", "Organization", "Bildungsberatungsstelle „Lernhafen“", ["Lernhafen"])
ent("jmd-barthwiek", "Organization", "Jugendmigrationsdienst Barthwiek", ["Jugendmigrationsdienst"], restrict_docs=[K, A])

# ---------------------------------------------------------------- Landkreis Ostpeene
ent("lk-ostpeene", "Municipality", "Landkreis Ostpeene",
    ["LK Ostpeene", "Ostpeene", "Landkreises Ostpeene", "Landkreis", "Landkreises"])
ent("stadt-pennekow", "Municipality", "Stadt Pennekow", ["Pennekow"], restrict_docs=[Z, M, S])
ent("stadt-tessenhagen", "Municipality", "Stadt Tessenhagen", [])
ent("gemeinde-grambsee", "Municipality", "Gemeinde Grambsee", [])
ent("amt-peenewinkel", "Municipality", "Amt Peenewinkel", [],
    note="Amt = administrative association of municipalities in M-V; typed Municipality.")
ent("dezernat3-ostpeene", "Organization", "Dezernat III – Jugend, Bildung und Soziales", ["Dezernat III"], restrict_docs=[Z, M, S])
ent("jugendamt-ostpeene", "Organization", "Jugendamt Ostpeene", ["Jugendamt"])
ent("amt-sks-ostpeene", "Organization", "Amt für Schule, Kultur und Sport", [])
ent("stabsstelle-bildung-ostpeene", "Organization", "Stabsstelle Bildung und Strukturentwicklung", ["Stabsstelle"])
ent("kvhs-ostpeene", "Organization", "Kreisvolkshochschule Ostpeene", ["KVHS", "Kreisvolkshochschule"])
ent("medienzentrum-ostpeene", "Organization", "Kreismedienzentrum Ostpeene", [])
ent("wfo", "Organization", "Wirtschaftsförderungsgesellschaft Ostpeene mbH", ["WFO"])
ent("jobcenter-ostpeene", "Organization", "Jobcenter Landkreis Ostpeene", [])
ent("kreisjugendring-ostpeene", "Organization", "Kreisjugendring Ostpeene e.V.", [])

# ---------------------------------------------------------------- Warnowtal, Grevensund, Seenkamp
ent("lk-warnowtal", "Municipality", "Landkreis Warnowtal",
    ["LK Warnowtal", "Kreisverwaltung Warnowtal", "Warnowtal", "Landkreis"])
ent("fachbereich-jbs-warnowtal", "Organization", "Fachbereich Jugend, Bildung und Soziales", [])
ent("fachdienst-bildung-warnowtal", "Organization", "Fachdienst Bildung", [])
ent("bildungsbuero-warnowtal", "Organization", "Bildungsbüro Warnowtal", [])
ent("technikhaus-warnowtal", "Organization", "Technikhaus Warnowtal e.V.", [])
ent("jba-warnowtal-grevensund", "Organization", "Jugendberufsagentur Warnowtal-Grevensund", [])
ent("agentur-arbeit-grevensund", "Organization", "Agentur für Arbeit Grevensund", [])
ent("hansestadt-grevensund", "Municipality", "Hansestadt Grevensund", ["Grevensund", "Hansestadt", "Grevensunder"])
ent("dezernat2-grevensund", "Organization", "Dezernat 2 – Bildung, Kultur und Sport", ["Dezernat 2"])
ent("amt-bs-grevensund", "Organization", "Amt für Bildung und Sport", ["Amtes für Bildung und Sport"])
ent("bildungskoordination-grevensund", "Organization", "Bildungskoordination", [])
ent("jugendamt-grevensund", "Organization", "Jugendamt Grevensund", [],
    note="Only in a former-assignment statement (until end of 2023) - no relation annotated.")
ent("statistikstelle-grevensund", "Organization", "Kommunale Statistikstelle", [])
ent("abt-stadtentwicklung-grevensund", "Organization", "Abteilung Stadtentwicklung", [])
ent("bauamt-grevensund", "Organization", "Bauamt", [])
ent("stadtbibliothek-grevensund", "Organization", "Stadtbibliothek Grevensund", [])
ent("lk-seenkamp", "Municipality", "Landkreis Seenkamp", ["LK Seenkamp"],
    note="Guest; cooperation with TraNoK / network membership only planned - no relation annotated.")

# ---------------------------------------------------------------- Bodies
ent("buergerschaft-barthwiek", "Body", "Bürgerschaft der Hansestadt Barthwiek", ["Bürgerschaft"])
ent("ausschuss-bss-barthwiek", "Body", "Ausschuss für Bildung, Schule und Sport", ["Bildungsausschuss"])
ent("bildungsbeirat-barthwiek", "Body", "Bildungsbeirat der Hansestadt Barthwiek",
    ["Bildungsbeirat", "Bildungsbeirates", "Beirat", "Beirates"], restrict_docs=[K, A])
ent("lenkungsgruppe-bildung-barthwiek", "Body", "Lenkungsgruppe Bildung", ["Lenkungsgruppe"])
ent("bildungskonferenz-barthwiek", "Body", "Barthwieker Bildungskonferenz", [])
ent("stiftungsrunde-barthwiek", "Body", "Stiftungsrunde Barthwiek", [])
ent("netzwerk-usb-barthwiek", "Body", "Netzwerk Übergang Schule–Beruf",
    ["Netzwerk Übergang Schule–Beruf Barthwiek", "Netzwerks Ubergang Schule-Beruf"])
ent("ak-fruehe-bildung-barthwiek", "Body", "Arbeitskreis Frühe Bildung", ["Arbeitskreises Frtihe Bildung"])
ent("ag-bildungsmonitoring-barthwiek", "Body", "AG Bildungsmonitoring", [])
ent("ag-freie-traeger-barthwiek", "Body", "Arbeitsgemeinschaft der freien Träger Barthwiek",
    ["Arbeitsgemeinschaft der freien Träger"])
ent("stadtelternrat-barthwiek", "Body", "Stadtelternrat", ["Stadtelternrates"])
ent("netzwerk-lernende-staedte-ostsee", "Body", "Lernende Städte Ostsee",
    ["Netzwerk „Lernende Städte Ostsee“"],
    note="Only former memberships (Barthwiek, Grevensund, both ended 2021) - no relation annotated.")
ent("kreistag-ostpeene", "Body", "Kreistag Ostpeene", ["Kreistages Ostpeene", "Kreistages"])
ent("ausschuss-bks-ostpeene", "Body", "Ausschuss für Bildung, Kultur und Sport", [])
ent("steuerungsgruppe-bildung-ostpeene", "Body", "Steuerungsgruppe Bildung", ["Steuerungsgruppe"])
ent("uebergangsnetzwerk-ostpeene", "Body", "Regionales Übergangsnetzwerk Ostpeene",
    ["Regionalen Übergangsnetzwerk Ostpeene"])
ent("netzwerk-fruehe-hilfen-ostpeene", "Body", "Netzwerk Frühe Hilfen Ostpeene",
    ["Netzwerks Frühe Hilfen Ostpeene"])
ent("kreisbildungskonferenz-ostpeene", "Body", "Kreisbildungskonferenz", [], restrict_docs=[Z])
ent("kreiselternrat-ostpeene", "Body", "Kreiselternrat Ostpeene", [],
    note="Left the Steuerungsgruppe Bildung in 2022 - no relation annotated.")
ent("pfd-ostpeene", "Body", "Partnerschaft für Demokratie Ostpeene", [])
ent("netzwerk-bimo-nordost", "Body", "Netzwerk Kommunales Bildungsmonitoring Nordost", ["Netzwerks Kommunales Bildungsmonitoring Nordost"])
ent("facharbeitsgruppe-indikatoren", "Body", "Facharbeitsgruppe Indikatoren", [])
ent("kreisbildungskonferenz-warnowtal", "Body", "Kreisbildungskonferenz Warnowtal", [])
ent("buendnis-lesen-am-sund", "Body", "Bündnis „Lesen am Sund“", ["Lesen am Sund"])
ent("beirat-tranok", "Body", "Beirat der TraNoK", [])

# ---------------------------------------------------------------- Programmes
ent("bildungskommunen", "Programme", "Bildungskommunen",
    ["„Bildungskommunen“", "Bildungskommune", "Förderprogramm „Bildungskommunen“"])
ent("esf-plus", "Programme", "ESF Plus", ["Europäischen Sozialfonds Plus"])
ent("bildung-integriert", "Programme", "Bildung integriert", ["„Bildung integriert“"])
ent("lernen-vor-ort", "Programme", "Lernen vor Ort", ["„Lernen vor Ort“"],
    note="Mentioned only as example - no relation annotated.")
ent("transferinitiative", "Programme", "Transferinitiative Kommunales Bildungsmanagement",
    ["Transferinitiative", "„Transferinitiative Kommunales Bildungsmanagement“"])
ent("kommunale-koordinierung", "Programme", "Kommunale Koordinierung der Bildungsangebote für Neuzugewanderte", [],
    note="Funding ended 2022 - no relation annotated.")
ent("kultur-macht-stark", "Programme", "Kultur macht stark", ["„Kultur macht stark“"])
ent("startchancen-programm", "Programme", "Startchancen-Programm", [])
ent("digitalpakt-schule", "Programme", "DigitalPakt Schule", [],
    note="Mentioned only as example - no relation annotated.")
ent("demokratie-leben", "Programme", "Demokratie leben!", ["„Demokratie leben!“"])
ent("mint-region-warnowtal", "Programme", "MINT-Region Warnowtal", [])
ent("bildungslotsen-barthwiek", "Programme", "Bildungslotsen", ["Lotsen"],
    note="Local project (Bildungslotsen für neu zugewanderte Familien), typed Programme like other projects.")

# ---------------------------------------------------------------- Persons
def person(id, name, role, affiliation, aliases=(), **kw):
    ent(id, "Person", name, aliases, role=role, affiliation=affiliation, **kw)


person("henrike-albrecht-sommer", "Dr. Henrike Albrecht-Sommer", "Oberbürgermeisterin", "Hansestadt Barthwiek",
       ["Oberbürgermeisterin"])
person("malte-brodersen", "Malte Brodersen", "Senator (Leitung Dezernat II)", "Hansestadt Barthwiek")
person("joerg-ploeger", "Jörg Plöger", "Amtsleiter", "Amt für Schule, Bildung und Sport")
person("frauke-lindemann", "Dr. Frauke Lindemann", "Leiterin des Bildungsbüros", "Bildungsbüro Barthwiek",
       ["Frau Dr. Lindemann"])
person("jana-kuehl", "Jana Kühl", "Bildungsmonitoring", "Bildungsbüro Barthwiek")
person("ole-thiessen", "Ole Thiessen", "Koordination Übergang Schule–Beruf", "Bildungsbüro Barthwiek")
person("lea-brandt", "Lea Brandt", "Bildungsmanagement BNE und Digitale Bildung", "Bildungsbüro Barthwiek")
person("arne-westphal", "Dr. Arne Westphal", "Vorstand", "Bürgerstiftung Barthwiek")
person("mareike-schult", "Mareike Schult", "Sprecherin des Netzwerks Übergang Schule–Beruf", "Jugendberufsagentur Barthwiek")
person("anke-berndt", "Anke Berndt", "Kita-Fachberatung", "Amt für Jugend und Familie (Jugendamt)")
person("sabine-roloff", "Sabine Roloff", "Leiterin", "Volkshochschule Barthwiek")
person("tarek-haddad", "Tarek Haddad", "Leitung", "Stabsstelle Migration und Integration")
person("gesine-wullenweber", "Gesine Wullenweber", "Vorsitzende", "Ausschuss für Bildung, Schule und Sport")
person("dirk-hallmann", "Dirk Hallmann", "Landrat", "Landkreis Ostpeene", ["Landrat Dirk Hallmann", "Landrat", "Landrats"])
person("katrin-wessel", "Katrin Wessel", "Dezernentin für Jugend, Bildung und Soziales (Dezernat III)", "Landkreis Ostpeene",
       ["Frau Wessel"])
person("matthias-kroll", "Dr. Matthias Kroll", "Leiter der Stabsstelle Bildung und Strukturentwicklung", "Landkreis Ostpeene")
person("svenja-ahrens", "Svenja Ahrens", "Bildungsmonitoring", "Stabsstelle Bildung und Strukturentwicklung (Landkreis Ostpeene)")
person("doreen-lueth", "Doreen Lüth", "Teamleitung U25", "Jobcenter Landkreis Ostpeene")
person("nadine-krueger", "Nadine Krüger", "Netzwerkkoordinatorin Frühe Hilfen", "Jugendamt Ostpeene")
person("bernd-luedtke", "Bernd Lüdtke", "Ausschussvorsitzender", "Ausschuss für Bildung, Kultur und Sport (Kreistag Ostpeene)")
person("ines-vollrath", "Dr. Ines Vollrath", "Leiterin", "TraNoK", ["iv"])
person("jonas-reimers", "Jonas Reimers", "Prozessbegleitung Mecklenburg-Vorpommern", "TraNoK", ["jre"])
person("maren-fiedler", "Maren Fiedler", "Bildungsmonitoring", "TraNoK", ["mf"])
person("tim-ohlsen", "Tim Ohlsen", "Projektassistenz", "TraNoK", ["to"])
person("helga-storm", "Prof. Dr. Helga Storm", "Vorsitz Beirat der TraNoK", "Hochschule Barthwiek")
person("yusuf-demir", "Dr. Yusuf Demir", "Bildungskoordinator", "Hansestadt Grevensund")
person("carla-wendt", "Carla Wendt", "Kommunale Statistikstelle", "Hansestadt Grevensund")
person("friederike-sasse", "Friederike Sasse", "Fachdienstleiterin Bildung", "Landkreis Warnowtal")
person("paul-gaedtke", "Paul Gädtke", "Bildungsmonitoring", "Landkreis Warnowtal")
person("ulrike-bernstorff", "Ulrike Bernstorff", "Landrätin", "Landkreis Warnowtal")
person("henning-mahnke", "Henning Mahnke", "Wirtschaftsförderung", "Landkreis Seenkamp")
person("ronja-pietsch", "Ronja Pietsch", "Referat Bildungsstatistik", "Statistisches Amt Mecklenburg-Vorpommern")
person("kai-uwe-marquardt", "Kai-Uwe Marquardt", "Schulrat", "Staatliches Schulamt Pennekow")

# ---------------------------------------------------------------- Action fields
ent("af-fruehe-bildung", "ActionField", "Frühe Bildung", [])
ent("af-uebergang-schule-beruf", "ActionField", "Übergang Schule–Beruf", [])
ent("af-bildungsberatung-lll", "ActionField", "Bildungsberatung und lebenslanges Lernen", [])
ent("af-lebenslanges-lernen", "ActionField", "Lebenslanges Lernen", [])
ent("af-integration", "ActionField", "Integration durch Bildung", ["Integration"])
ent("af-bne", "ActionField", "Bildung für nachhaltige Entwicklung", ["BNE"])
ent("af-digitale-bildung", "ActionField", "Digitale Bildung", ["Digitalisierung"], restrict_docs=[K, A, S])
ent("af-bildungsmonitoring", "ActionField", "Bildungsmonitoring", ["Bildungsmonitorings"])
ent("af-fachkraeftesicherung", "ActionField", "Fachkräftesicherung", [])
ent("af-uebergang-kita-grundschule", "ActionField", "Übergang Kita-Grundschule", [])
ent("af-allgemeinbildende-schulen", "ActionField", "Allgemeinbildende Schulen", [], restrict_docs=[M])
ent("af-weiterbildung", "ActionField", "Weiterbildung", [])

# ---------------------------------------------------------------- Measures: work packages (A)
APS = [
    (1, "AP 1 Grundlagen und Bestandsaufnahme"),
    (2, "AP 2 Steuerungsstrukturen"),
    (3, "AP 3 Bildungskonferenzen"),
    (4, "AP 4 Kooperation mit dem Landkreis Ostpeene"),
    (5, "AP 5 Begleitung durch die Transferagentur"),
    (6, "AP 6 Frühe Bildung und Übergang Kita-Grundschule"),
    (7, "AP 7 Übergang Schule-Beruf und Fachkräftesicherung"),
    (8, "AP 8 Bildungsberatung und lebenslanges Lernen"),
    (9, "AP 9 Integration durch Bildung"),
    (10, "AP 10 Bildungsmonitoring und Bildungsberichterstattung"),
    (11, "AP 11 Bildung für nachhaltige Entwicklung und Digitale Bildung"),
    (12, "AP 12 Kommunikation und Öffentlichkeitsarbeit"),
]
for n, title in APS:
    # the clean title is replaced by its OCR surface form in build_gold.py when it does not occur
    ent(f"ap-{n}", "Measure", title, [f"AP {n}"], measure_kind="Arbeitspaket")

# ---------------------------------------------------------------- Measures: target agreement (Z)
ZV = [
    ("zv-ziel-1", "Aufbau eines datenbasierten Bildungsmonitorings", "Ziel 1"),
    ("zv-m-1-1", "Erstellung eines Kennzahlensets für das Bildungsmonitoring", "Maßnahme zu Ziel 1"),
    ("zv-m-1-2", "Abstimmung des Kennzahlensets mit der Hansestadt Barthwiek", "Maßnahme zu Ziel 1"),
    ("zv-m-1-3", "Erster Bildungsbericht des Landkreises Ostpeene", "Maßnahme zu Ziel 1"),
    ("zv-ziel-2", "Entwicklung einer Bildungsstrategie für den Landkreis Ostpeene", "Ziel 2"),
    ("zv-m-2-1", "Beteiligungswerkstätten in den Städten und Ämtern", "Maßnahme zu Ziel 2"),
    ("zv-m-2-2", "Vorlage des Strategieentwurfs im Ausschuss für Bildung, Kultur und Sport", "Maßnahme zu Ziel 2"),
    ("zv-ziel-3", "(Weiter-) Entwicklung der Steuerungsstrukturen", "Ziel 3"),
    ("zv-m-3-1", "Neuausrichtung der Steuerungsgruppe Bildung", "Maßnahme zu Ziel 3"),
    ("zv-m-3-2", "Prüfung der Gründung eines Bildungsbeirates", "Maßnahme zu Ziel 3"),
    ("zv-ziel-4", "Übergang Schule–Beruf und Fachkräftesicherung", "Ziel 4"),
    ("zv-m-4-1", "Bündelung der Angebote im Regionalen Übergangsnetzwerk Ostpeene", "Maßnahme zu Ziel 4"),
    ("zv-m-4-2", "Ausbildungsatlas Ostpeene", "Maßnahme zu Ziel 4"),
    ("zv-ziel-5", "Bildungsangebote in ländlichen Räumen sichern", "Ziel 5"),
    ("zv-m-5-1", "Mobile Bildungsberatung der Kreisvolkshochschule", "Maßnahme zu Ziel 5"),
    ("zv-m-5-2", "Ausbau des Netzwerks Frühe Hilfen Ostpeene", "Maßnahme zu Ziel 5"),
    ("zv-ms-1", "Einleitende Gespräche", "Meilenstein"),
    ("zv-ms-2", "Unterzeichnung der Zielvereinbarung", "Meilenstein"),
    ("zv-ms-3", "Bedarfsanalyse", "Meilenstein"),
    ("zv-ms-4", "Rückspiegelung der Handlungsempfehlungen", "Meilenstein"),
    ("zv-ms-5", "Kreisbildungskonferenz 2024", "Meilenstein"),
    ("zv-ms-6", "Fortschreibung ZV", "Meilenstein"),
    ("zv-ms-7", "Wissens- und Erfahrungstransfer", "Meilenstein"),
    ("zv-ms-8", "Öffentlichkeitsarbeit", "Meilenstein"),
]
for id, name, kind in ZV:
    ent(id, "Measure", name, [], measure_kind=kind, restrict_docs=[Z])

# ---------------------------------------------------------------- Transfer objects (K)
ent("to-3.1.3.1", "TransferObject", "Bildungsleitbild „Barthwiek lernt gemeinsam“",
    ["Bildungsleitbild", "„Barthwiek lernt gemeinsam“", "BILDungSLeItBILD „BarthwIek Lernt geMeInSaM“"])
ent("to-3.2.3.1", "TransferObject", "Barthwieker Bildungsmonitor",
    ["Bildungsmonitor", "Bildungsmonitors", "Barthwieker Bildungsmonitors", "BarthwIeker BILDungSMonItor"])
ent("to-3.3.3.1", "TransferObject", "Bildungsbeirat der Hansestadt Barthwiek",
    ["BILDungSBeIrat Der hanSeStaDt BarthwIek"], restrict_docs=[K],
    note="Same surface name as the Body bildungsbeirat-barthwiek; the mask describes that body.")
ent("to-3.5.3.1", "TransferObject", "Aufsuchende Bildungsberatung in den Stadtteilen",
    ["aufSucheNDe BILDungSBeratung In Den StaDtteILen"], restrict_docs=[K])
