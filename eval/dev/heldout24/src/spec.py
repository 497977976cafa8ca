"""Hand-made gold annotations (entities + relations) for the five invented documents.

Lines are not typed in by hand: build_gold.py finds the line where each relation's
evidence starts and the lines where each entity's name/aliases occur.
"""
K = "finnegau-transferkatalog"
A = "saalwerder-bildungskommunen-arbeitspakete"
Z = "finnegau-zielvereinbarung-trawesa"
P = "saale-finne-bildungsnetzwerk-protokoll-2025"
V = "trawesa-vorstellung-2024"

ENTITIES = []
def E(id, type, name, aliases=(), **kw):
    ENTITIES.append(dict(id=id, type=type, name=name, aliases=list(aliases), **kw))

# ---------------------------------------------------------------- Municipality
E("lk-finnegau", "Municipality", "Landkreis Finnegau",
  ["Landkreises Finnegau", "Landratsamt Finnegau", "Landratsamtes Finnegau", "Landratsamt", "Landratsamtes"])
E("stadt-saalwerder", "Municipality", "Stadt Saalwerder",
  ["kreisfreien Stadt Saalwerder", "Saalwerder"])
E("lossenburg", "Municipality", "Lossenburg", [],
  note="Kreisstadt of the Landkreis Finnegau; occurs only as a place name (imprint, venue). Not counted inside school names.")
E("stadt-kahlenau", "Municipality", "Stadt Kahlenau", ["Kahlenau"])
E("lk-rennsteigvorland", "Municipality", "Landkreis Rennsteigvorland", [])

# ---------------------------------------------------------------- Organization: Landkreis Finnegau
E("dezernat-ii-finnegau", "Organization", "Dezernat II – Bildung, Jugend und Soziales", ["Dezernat II"])
E("dezernat-i-finnegau", "Organization", "Dezernat I", [], note="Only as parenthesis in the actor list of mask 3.3.3.1.")
E("dezernat-iii-finnegau", "Organization", "Dezernat III", [], note="Only as parenthesis in the actor list of mask 3.3.3.1.")
E("bildungsbuero-finnegau", "Organization", "Bildungsbüro Finnegau",
  ["Bildungsbüro des Landkreises Finnegau", "Bildungsbüro", "des Bildungsbüros", "Bildungsbüros im Landkreis Finnegau"],
  docs=[K, Z, P, V])
E("jugendamt-finnegau", "Organization", "Jugendamt Finnegau", ["Jugendamt", "Jugendamtes"], docs=[K, Z, P])
E("fd-schulverwaltung-finnegau", "Organization", "Fachdienst Schulverwaltung",
  ["Fachdienstes Schulverwaltung", "Schulverwaltung"])
E("stabsstelle-kreisentwicklung-finnegau", "Organization", "Stabsstelle Kreisentwicklung und Wirtschaftsförderung", [])
E("kvhs-finnegau", "Organization", "Kreisvolkshochschule Finnegau", ["Kreisvolkshochschule"])
E("kreismedienzentrum-finnegau", "Organization", "Kreismedienzentrum Finnegau", [])
E("sbbs-lossenburg", "Organization", "Staatliches Berufsbildendes Schulzentrum Lossenburg",
  ["Staatlichen Berufsbildenden Schulzentrum Lossenburg", "Staatliche Berufsbildende Schulzentrum Lossenburg",
   "Staatlichen Berufsbildenden Schulzentrums Lossenburg"])
E("jobcenter-finnegau", "Organization", "Jobcenter Finnegau", ["Jobcenters Finnegau"])
E("finnetaler-glashuette", "Organization", "Finnetaler Glashütte GmbH", [])
E("agrargenossenschaft-eckartsrode", "Organization", "Agrargenossenschaft Eckartsrode eG", [])
E("verkehrsgesellschaft-finnegau", "Organization", "Verkehrsgesellschaft Finnegau mbH", [])
E("sparkassenstiftung-finnegau", "Organization", "Sparkassenstiftung Finnegau", [])
E("kreisjugendring-finnegau", "Organization", "Kreisjugendring Finnegau e.V.", [])

# ---------------------------------------------------------------- Organization: Stadt Saalwerder
E("dezernat-bjk-saalwerder", "Organization", "Dezernat Bildung, Jugend und Kultur", [])
E("bildungsbuero-saalwerder", "Organization", "Bildungsbüro Saalwerder",
  ["Bildungsbüro der Stadt Saalwerder", "Bildungsbiiro"], docs=[K, A, P])
E("jugendamt-saalwerder", "Organization", "Jugendamt Saalwerder", ["Jugendamt", "Jugendamtes"], docs=[A, P])
E("amt-schule-sport-saalwerder", "Organization", "Amt für Schule und Sport", ["Amtes fiir Schule und Sport"])
E("fd-statistik-saalwerder", "Organization", "Fachdienst Statistik und Wahlen der Stadt Saalwerder",
  ["Fachdienst Statistik und Wahlen"])
E("vhs-saalwerder", "Organization", "Volkshochschule Saalwerder", [])
E("stadtbibliothek-saalwerder", "Organization", "Stadtbibliothek Saalwerder", ["Stadtbibliothek"])
E("medienzentrum-saalwerder", "Organization", "Medienzentrum Saalwerder", [])
E("hochschule-saalwerder", "Organization", "Hochschule Saalwerder", [])
E("gemeinschaftsschule-saalwerder-nord", "Organization", "Staatliche Gemeinschaftsschule Saalwerder-Nord", [])
E("sbbs-technik-saalwerder", "Organization", "Staatliches Berufsbildendes Schulzentrum Technik Saalwerder", ["SBBS Technik Saalwerder"])
E("jugendberufsagentur-saalwerder", "Organization", "Jugendberufsagentur Saalwerder", [])
E("jobcenter-saalwerder", "Organization", "Jobcenter Saalwerder", [])
E("optronik-saalwerder", "Organization", "Optronik Saalwerder GmbH", [])
E("werkzeugbau-kaemmerer", "Organization", "Werkzeugbau Kämmerer & Söhne GmbH", ["Werkzeugbau Kammerer & Sohne GmbH"])
E("buergerstiftung-saalwerder", "Organization", "Bürgerstiftung Saalwerder", ["Biirgerstiftung Saalwerder"])
E("pfannstiel-stiftung", "Organization", "Ernst-Pfannstiel-Stiftung", [])
E("brueckenschlag-saalwerder", "Organization", "Verein Brückenschlag Saalwerder e.V.",
  ["Verein Briickenschlag Saalwerder e.V."])
E("umweltbildungszentrum-saaleaue", "Organization", "Umweltbildungszentrum Saaleaue", [])

# ---------------------------------------------------------------- Organization: Kahlenau, Rennsteigvorland
E("fb-sozialwesen-hochschule-saalwerder", "Organization", "Fachbereich Sozialwesen der Hochschule Saalwerder", ["Fachbereich Sozialwesen"])
E("bildungsbuero-kahlenau", "Organization", "Bildungsbüro Kahlenau", [])
E("amt-statistik-kahlenau", "Organization", "Amt für Statistik der Stadt Kahlenau", ["Amt für Statistik"])
E("fb-jugend-bildung-rennsteigvorland", "Organization", "Fachbereich Jugend und Bildung", [])

# ---------------------------------------------------------------- Organization: regional / state / federal
E("ihk-saale-finne", "Organization", "IHK Saale-Finne", ["IHK"])
E("kreishandwerkerschaft", "Organization", "Kreishandwerkerschaft Finnegau-Saalwerder", ["Kreishandwerkerschaft"])
E("afa-saalwerder-finnegau", "Organization", "Agentur für Arbeit Saalwerder-Finnegau",
  ["Agentur fiir Arbeit Saalwerder-Finnegau", "Agentur für Arbeit"])
E("schulamt-saale-finne", "Organization", "Staatliches Schulamt Saale-Finne",
  ["Staatlichen Schulamt Saale-Finne", "Staatliche Schulamt Saale-Finne", "Staatliche Schulamt", "Schulamt"])
E("landesamt-statistik-thueringen", "Organization", "Thüringer Landesamt für Statistik", [])
E("tmbjs", "Organization", "Thüringer Ministerium für Bildung, Jugend und Sport", ["TMBJS"])
E("bmbf", "Organization", "Bundesministerium für Bildung und Forschung",
  ["BMBF", "Bundesministeriums fiir Bildung und Forschung"])
E("trawesa", "Organization", "Transferagentur Werra-Saale für Kommunales Bildungsmanagement",
  ["Transferagentur Werra-Saale", "TraWeSa", "Transferagentur"])
E("ibr", "Organization", "Institut für Bildungsplanung und Regionalentwicklung e.V.", ["IBR"])
E("thillm", "Organization", "Thüringer Institut für Lehrerfortbildung, Lehrplanentwicklung und Medien", ["ThILLM"])
E("vhs-verband-thueringen", "Organization", "Thüringer Volkshochschulverband e.V.", [])
E("aussenbuero-kahlenau", "Organization", "Außenbüro Kahlenau", [],
  note="Branch office of the Transferagentur (slides: Standorte, contact block).")

# ---------------------------------------------------------------- Body
E("kreistag-finnegau", "Body", "Kreistag Finnegau", ["Kreistag", "Kreistages Finnegau"])
E("ausschuss-bks-finnegau", "Body", "Ausschuss für Bildung, Kultur und Sport", [])
E("lenkungsgruppe-bildung-finnegau", "Body", "Lenkungsgruppe Bildung", ["Lenkungsgruppe"])
E("bildungskonferenz-finnegau", "Body", "Bildungskonferenz Finnegau", ["Bildungskonferenz"], docs=[K, Z, P])
E("ak-usb-finnegau", "Body", "Arbeitskreis Übergang Schule–Beruf",
  ["Arbeitskreis Ubergang Schule-Beruf", "Arbeitskreis"], docs=[K, A])
E("stadtrat-saalwerder", "Body", "Stadtrat Saalwerder", ["Stadtrat", "Stadtrates"])
E("bildungsausschuss-saalwerder", "Body", "Bildungsausschuss", [], note="committee of the Stadtrat Saalwerder")
E("jugendhilfeausschuss-saalwerder", "Body", "Jugendhilfeausschuss Saalwerder", [])
E("steuerungsgruppe-bildung-saalwerder", "Body", "Steuerungsgruppe Bildung", [])
E("bildungsbeirat-saalwerder", "Body", "Bildungsbeirat Saalwerder", ["Bildungsbeirates Saalwerder"])
E("bildungskonferenz-saalwerder", "Body", "Bildungskonferenz Saalwerder", [])
E("stadtelternrat-saalwerder", "Body", "Stadtelternrat Saalwerder", [])
E("ag-monitoring-saalwerder", "Body", "AG Monitoring", [])
E("ag-kita-grundschule-saalwerder", "Body", "AG Übergang Kita–Grundschule", ["AG Ubergang Kita-Grundschule"])
E("ak-schulewirtschaft-saalwerder", "Body", "Arbeitskreis SCHULEWIRTSCHAFT Saalwerder", [])
E("fachkraefteallianz-saale-finne", "Body", "Fachkräfteallianz Saale-Finne", ["Fachkrafteallianz Saale-Finne"])
E("netzwerk-ankommen-durch-bildung", "Body", "Netzwerk „Ankommen durch Bildung“",
  ["Netzwerks ,,Ankommen durch Bildung\"", "Ankommen durch Bildung"])
E("regionales-bildungsnetzwerk-saale-finne", "Body", "Regionales Bildungsnetzwerk Saale-Finne",
  ["Regionalen Bildungsnetzwerk Saale-Finne", "Regionalen Bildungsnetzwerks Saale-Finne", "Regionalen Bildungsnetzwerks"])
E("steuerungsrunde-bildungsnetzwerk", "Body", "Steuerungsrunde des Regionalen Bildungsnetzwerks Saale-Finne",
  ["Steuerungsrunde"])
E("jugendparlament-saalwerder", "Body", "Jugendparlament Saalwerder", [])
E("lag-bildungsbueros-thueringen", "Body", "Landesarbeitsgemeinschaft der Bildungsbüros Thüringen", [])
E("ag-datenverbund", "Body", "AG Datenverbund", [])
E("ag-fachkraefte", "Body", "AG Fachkräfte", [])
E("ag-bildung-integration", "Body", "AG Bildung und Integration", [])
E("austauschforum-thueringen", "Body", "Thüringer Austauschforum Bildungsmanagement",
  ["Thiiringer Austauschforum Bildungsmanagement"])

# ---------------------------------------------------------------- Programme
E("bildung-integriert", "Programme", "Bildung integriert", [])
E("bildungskommunen", "Programme", "Bildungskommunen", [])
E("esf", "Programme", "ESF", ["Europäischen Sozialfonds"],
  note="Only in catalogue 3.3.2 ('Europäischen Sozialfonds (ESF)'), the predecessor period of ESF Plus.")
E("esf-plus", "Programme", "ESF Plus", ["Europäischen Sozialfonds Plus", "Europaischen Sozialfonds Plus"])
E("transferinitiative", "Programme", "Transferinitiative Kommunales Bildungsmanagement", ["Transferinitiative"])
E("startchancen-programm", "Programme", "Startchancen-Programm", [])
E("kulturfenster-schule", "Programme", "Kulturfenster Schule", [], note="Förderlinie of the foundation and the ministry.")
E("mint-labor-saale", "Programme", "MINT-Labor Saale", [], note="Project (Schülerlabor) of the Hochschule.")
E("lesesommer-2025", "Programme", "Lesesommer 2025", [], note="Project of the Stadtbibliothek.")
E("bildungslotsen", "Programme", "Bildungslotsen für Neuzugewanderte", ["Bildungslotsen"],
  note="Local project of the Landkreis; listed in Tab. 1 of the catalogue (no mask in the excerpt), continued as measure in the target agreement.")

# ---------------------------------------------------------------- Person
def PER(id, name, aliases, role, affiliation, **kw):
    E(id, "Person", name, aliases, role=role, affiliation=affiliation, **kw)
PER("annegret-vollrath", "Dr. Annegret Vollrath", [], "Landrätin", "Landkreis Finnegau")
PER("holger-brinkschulte", "Holger Brinkschulte", [], "Dezernent für Bildung, Jugend und Soziales", "Landkreis Finnegau, Dezernat II")
PER("franziska-oelschlaegel", "Franziska Oelschlägel", [], "Leiterin", "Bildungsbüro Finnegau")
PER("benedikt-rauschenbach", "Benedikt Rauschenbach", [], "Bildungsmonitoring", "Bildungsbüro Finnegau")
PER("lea-thamm", "Lea Thamm", ["Thamm"], "Koordinatorin Übergang Schule–Beruf", "Bildungsbüro Finnegau")
PER("sabine-querfurth", "Sabine Querfurth", [], "Amtsleiterin", "Jugendamt Finnegau")
PER("kornelia-ahnert", "Kornelia Ahnert", [], "Leiterin", "Kreisvolkshochschule Finnegau")
PER("torsten-gebhardt", "Torsten Gebhardt", [], "Oberbürgermeister", "Stadt Saalwerder")
PER("ines-brauckmann", "Dr. Ines Brauckmann", ["Dr. Brauckmann"], "Beigeordnete für Bildung, Jugend und Kultur", "Stadt Saalwerder")
PER("ole-sperling", "Ole Sperling", ["Sperling"], "Leiter", "Bildungsbüro Saalwerder")
PER("mirja-katzenberger", "Mirja Katzenberger", [], "Bildungsmonitoring", "Bildungsbüro Saalwerder")
PER("deniz-arslan", "Deniz Arslan", [], "Koordinator Bildung für Neuzugewanderte", "Bildungsbüro Saalwerder")
PER("jana-poeschel", "Jana Pöschel", ["Frau Pöschel"], "Amtsleiterin", "Amt für Schule und Sport (Stadt Saalwerder)")
PER("ruediger-hentschel", "Rüdiger Hentschel", [], "Leiter", "Volkshochschule Saalwerder")
PER("thomas-lehnert", "Thomas Lehnert", ["Herr Lehnert", "Lehnert"], "Teamleiter Berufsberatung", "Agentur für Arbeit Saalwerder-Finnegau")
PER("ulrike-dressel", "Ulrike Dressel", [], "Vorstandsvorsitzende", "Bürgerstiftung Saalwerder")
PER("henning-maass", "Prof. Dr. Henning Maaß", [], "Prorektor für Studium und Lehre", "Hochschule Saalwerder")
PER("jens-ulbricht", "Jens Ulbricht", ["Ulbricht"], "Bereichsleiter Aus- und Weiterbildung", "IHK Saale-Finne")
PER("heike-bormann", "Heike Bormann", ["Frau Bormann"], "Geschäftsführerin", "Jobcenter Finnegau")
PER("petra-goeckeritz", "Petra Göckeritz", ["Frau Göckeritz"], "Ausbildungsberaterin", "Kreishandwerkerschaft Finnegau-Saalwerder")
PER("wolfram-zeidler", "Dr. Wolfram Zeidler", ["Dr. Zeidler"], "Schulamtsleiter", "Staatliches Schulamt Saale-Finne")
PER("sandra-linke", "Sandra Linke", [], "Schulleiterin", "Staatliches Berufsbildendes Schulzentrum Lossenburg")
PER("michael-roesch", "Michael Rösch", ["Herr Rösch"], "Schulleiter", "Staatliches Berufsbildendes Schulzentrum Technik Saalwerder")
PER("yvonne-kaden", "Yvonne Kaden", [], "Sprecherin", "Stadtelternrat Saalwerder")
PER("susanne-kreher", "Dr. Susanne Kreher", [], "Leiterin der Transferagentur", "Transferagentur Werra-Saale")
PER("philipp-hoffbauer", "Philipp Hoffbauer", [], "Prozessbegleitung Landkreise", "Transferagentur Werra-Saale")
PER("anja-mertsching", "Anja Mertsching", [], "Bildungsmonitoring & Datenberatung", "Transferagentur Werra-Saale")
PER("lukas-weigelt", "Lukas Weigelt", [], "Kommunikation / Öffentlichkeitsarbeit", "Transferagentur Werra-Saale")
PER("rebecca-stoll", "Rebecca Stoll", [], "Projektassistenz", "Transferagentur Werra-Saale")
PER("gunter-albrecht", "Prof. Dr. Gunter Albrecht", [], "Vorstand", "Institut für Bildungsplanung und Regionalentwicklung e.V.")
PER("nadine-froebel", "Nadine Fröbel", [], "Vorsitzende", "Kreisjugendring Finnegau e.V.")
PER("katrin-ebersbach", "Dr. Katrin Ebersbach", [], "Vorsitzende der Geschäftsführung", "Agentur für Arbeit Saalwerder-Finnegau")
PER("claudia-wirsing", "Claudia Wirsing", [], "Leiterin", "Stadtbibliothek Saalwerder")
PER("carola-wenzke", "Carola Wenzke", [], "Leitung", "Bildungsbüro Kahlenau")

# ---------------------------------------------------------------- ActionField
E("fruehe-bildung", "ActionField", "Frühe Bildung", [])
E("uebergang-schule-beruf", "ActionField", "Übergang Schule–Beruf", ["Ubergang Schule-Beruf"])
E("uebergang-kita-grundschule", "ActionField", "Übergang Kita–Grundschule", ["Ubergang Kita-Grundschule"])
E("bildungsuebergaenge", "ActionField", "Übergänge", ["Ubergange", "Bildungsiibergange"])
E("berufsorientierung", "ActionField", "Berufsorientierung", [])
E("fachkraeftesicherung", "ActionField", "Fachkräftesicherung", ["Fachkraftesicherung"])
E("integration-durch-bildung", "ActionField", "Integration durch Bildung", [])
E("lebenslanges-lernen", "ActionField", "Lebenslanges Lernen", ["Lebenslangen Lernen"])
E("digitale-bildung", "ActionField", "Digitale Bildung", [])
E("bne", "ActionField", "Bildung für nachhaltige Entwicklung (BNE)",
  ["Bildung für nachhaltige Entwicklung", "Bildung fiir nachhaltige Entwicklung", "BNE"])
E("bildungsmonitoring", "ActionField", "Bildungsmonitoring", ["Bildungsmonitorings"])
E("bildungsberatung", "ActionField", "Bildungsberatung", [])
E("mint-bildung", "ActionField", "MINT-Bildung", [])
E("ganztag", "ActionField", "Ganztag", [])

# ---------------------------------------------------------------- Measure: work packages (Arbeitspakete) of the Saalwerder application
def MEA(id, kind, name, aliases=(), **kw):
    E(id, "Measure", name, list(aliases), measure_kind=kind, **kw)
MEA("ap1-saalwerder", "work_package", "AP 1 Bestandsaufnahme und Analyse der Ausgangssituation",
    ["Bestandsaufnahme und Analyse der Ausgangssituation"])
MEA("ap2-saalwerder", "work_package", "AP 2 Fortschreibung des Bildungsleitbildes", ["Fortschreibung des Bildungsleitbildes"])
MEA("ap3-saalwerder", "work_package", "AP 3 Steuerungs- und Beteiligungsstrukturen", ["Steuerungs- und Beteiligungsstrukturen"])
MEA("ap4-saalwerder", "work_package", "AP 4 Bildungskonferenzen", [])
MEA("ap5-saalwerder", "work_package", "AP 5 Bildungsmonitoring und Datenverbund", ["Bildungsmonitoring und Datenverbund"])
MEA("ap6-saalwerder", "work_package", "AP 6 Bildungsberichterstattung", [])
MEA("ap7-saalwerder", "work_package", "AP 7 Übergänge gestalten", ["AP 7 Ubergange gestalten", "Übergänge gestalten"])
MEA("ap8-saalwerder", "work_package", "AP 8 Fachkräftesicherung und Berufsorientierung",
    ["AP 8 Fachkraftesicherung und Berufsorientierung", "Fachkräftesicherung und Berufsorientierung"])
MEA("ap9-saalwerder", "work_package", "AP 9 Integration durch Bildung", [])
MEA("ap10-saalwerder", "work_package", "AP 10 Bildung für nachhaltige Entwicklung",
    ["AP 10 Bildung fiir nachhaltige Entwicklung"])
MEA("ap11-saalwerder", "work_package", "AP 11 Digitale Bildung und Bildungsportal", ["Digitale Bildung und Bildungsportal"])
MEA("ap12-saalwerder", "work_package", "AP 12 Kommunikation und Ergebnistransfer", ["Kommunikation und Ergebnistransfer"])
MEA("ap13-saalwerder", "work_package", "AP 13 Projektsteuerung und Evaluation", ["Projektsteuerung und Evaluation"])

# ---------------------------------------------------------------- Measure: goals, first measures, milestones of the target agreement
MEA("zv-ziel1", "goal", "Weiterentwicklung des Bildungsleitbildes „Finnegau lernt ein Leben lang“", [], priority="hoch", time_frame="3/2025 bis 11/2025")
MEA("zv-ziel2", "goal", "Verstetigung des datenbasierten Bildungsmanagements", [], priority="hoch", time_frame="1/2025-6/2026")
MEA("zv-ziel3", "goal", "Stärkung der Kooperationsstrukturen am Übergang Schule–Beruf", [], priority="mittel", time_frame="4/2025-10/2025")
MEA("zv-ziel4", "goal", "Fachkräftesicherung durch Bildung im ländlichen Raum", [], priority="hoch", time_frame="2/2025-12/2025")
MEA("zv-ziel5", "goal", "Bildungszugänge für Neuzugewanderte verbessern", [], priority="mittel", time_frame="5/2025-12/2025")
MEA("zv-ziel6", "goal", "BNE in der Bildungslandschaft verankern", [], priority="niedrig", time_frame="ab 9/2025")
MEA("zv-m-auswertung-konferenz", "measure", "Auswertung der Bildungskonferenz Finnegau 2024", [], part_of="zv-ziel1")
MEA("zv-m-beteiligungswerkstaetten", "measure", "Beteiligungswerkstätten mit Jugendlichen", [], part_of="zv-ziel1")
MEA("zv-m-beschlussvorlage", "measure", "Beschlussvorlage zum Leitbild für den Kreistag Finnegau", [], part_of="zv-ziel1")
MEA("zv-m-kleinraeumiges-monitoring", "measure", "Aufbau eines kleinräumigen Bildungsmonitorings auf Gemeindeebene", [], part_of="zv-ziel2")
MEA("zv-m-bildungsbericht-2026", "measure", "Zweiter Bildungsbericht Finnegau 2026", [], part_of="zv-ziel2")
MEA("zv-m-qualifizierung-ag", "measure", "Qualifizierung der AG Datenverbund", [], part_of="zv-ziel2")
MEA("zv-m-ausbildungsabbrueche", "measure", "Analyse der Ausbildungsabbrüche", [], part_of="zv-ziel3")
MEA("zv-m-praktikumsboerse", "measure", "Praktikumsbörse Finnegau", [], part_of="zv-ziel3")
MEA("zv-m-ag-fachkraefte", "measure", "Gründung einer AG Fachkräfte im Regionalen Bildungsnetzwerk Saale-Finne", [], part_of="zv-ziel4")
MEA("zv-m-weiterbildungsatlas", "measure", "Weiterbildungsatlas Finnegau", [], part_of="zv-ziel4")
MEA("zv-m-bildungslotsen", "measure", "Verstetigung der Bildungslotsen für Neuzugewanderte", [], part_of="zv-ziel5")
MEA("zv-m-bne-lernorte", "measure", "Bestandsaufnahme außerschulischer BNE-Lernorte", [], part_of="zv-ziel6")
MEA("zv-ms1", "milestone", "Auftaktgespräch", ["M1 Auftaktgespräch"], time_frame="11/2024", status="abgeschlossen")
MEA("zv-ms2", "milestone", "Unterzeichnung der Zielvereinbarung", ["M2 Unterzeichnung der Zielvereinbarung"], time_frame="01/2025", status="abgeschlossen")
MEA("zv-ms3", "milestone", "Bedarfsanalyse Bildungsmonitoring", ["M3 Bedarfsanalyse Bildungsmonitoring"], time_frame="2-4/2025", status="laufend")
MEA("zv-ms4", "milestone", "Fachtag „Daten für Bildung“", ["M4 Fachtag „Daten für Bildung“"], time_frame="6/2025", status="offen")
MEA("zv-ms5", "milestone", "Zwischenbilanz", ["M5 Zwischenbilanz"], time_frame="9/2025", status="offen")
MEA("zv-ms6", "milestone", "Fortschreibung der Zielvereinbarung", ["M6 Fortschreibung der Zielvereinbarung"], time_frame="12/2025", status="offen")
MEA("zv-ms7", "milestone", "Erfahrungstransfer", ["M7 Erfahrungstransfer"], time_frame="ab 1/2026", status="offen")

# ---------------------------------------------------------------- TransferObject (one per product mask)
E("to-3.2.3.2", "TransferObject", "Bildungsdatenverbund Saale-Finne",
  ["Bildungsdatenverbundes Saale-Finne", "Bildungsdatenverbund"], section="3.2.3.2")
E("to-3.3.3.1", "TransferObject", "Lenkungsgruppe Bildung", [], section="3.3.3.1", docs=[K],
  lines_override={K: "mask"},
  note="Same label as the Body lenkungsgruppe-bildung-finnegau; only the table entry and the mask itself count as mentions of the transfer object.")
E("to-3.5.3.2", "TransferObject", "Berufsorientierungsmesse „Zukunft Finne“",
  ["Berufsorientierungsmesse ,,Zukunft Finne\"", "„Zukunft Finne“", "Zukunft Finne"], section="3.5.3.2")

# =================================================================== RELATIONS
RELATIONS = []
def R(s, p, o, doc, ev, role=None, near=None, note=None):
    d = dict(subject=s, predicate=p, object=o, doc=doc, evidence=ev)
    if role: d["role"] = role
    if note: d["note"] = note
    if near: d["_near"] = near
    RELATIONS.append(d)

# ---- K: catalogue, 3.3.2 narrative
R("ausschuss-bks-finnegau", "subOrganizationOf", "kreistag-finnegau", K, "Kreistag mit seinem Ausschuss für Bildung, Kultur und Sport")
R("bildungsbuero-finnegau", "subOrganizationOf", "dezernat-ii-finnegau", K, "Das Bildungsbüro ist als Stabsstelle im Dezernat II – Bildung, Jugend und Soziales angesiedelt")
R("holger-brinkschulte", "memberOf", "dezernat-ii-finnegau", K, "Jugend und Soziales angesiedelt, das Dezernent Holger Brinkschulte leitet", role="Dezernent")
R("bildungsbuero-finnegau", "participatesIn", "bildung-integriert", K, "Aufgebaut wurde das Büro ab 2017 im Programm „Bildung integriert“")
R("bildung-integriert", "fundedBy", "bmbf", K, "gefördert durch das Bundesministerium für Bildung und Forschung und aus dem Europäischen Sozialfonds (ESF)")
R("bildung-integriert", "fundedBy", "esf", K, "gefördert durch das Bundesministerium für Bildung und Forschung und aus dem Europäischen Sozialfonds (ESF)")
R("lk-finnegau", "participatesIn", "bildungskommunen", K, "seit 2023 setzt der Landkreis die Arbeit im Programm „Bildungskommunen“ fort")
R("franziska-oelschlaegel", "memberOf", "bildungsbuero-finnegau", K, "Leiterin des Bildungsbüros ist Franziska Oelschlägel", role="Leiterin")
R("benedikt-rauschenbach", "memberOf", "bildungsbuero-finnegau", K, "für das Bildungsmonitoring ist Benedikt Rauschenbach zuständig", role="Bildungsmonitoring")
R("lenkungsgruppe-bildung-finnegau", "chairedBy", "annegret-vollrath", K, "Die Lenkungsgruppe Bildung 2 tagt viermal im Jahr unter Vorsitz der Landrätin Dr. Annegret Vollrath")
R("annegret-vollrath", "memberOf", "lk-finnegau", K, "der Landrätin Dr. Annegret Vollrath", role="Landrätin")
R("jugendamt-finnegau", "participatesIn", "lenkungsgruppe-bildung-finnegau", K, "Ihr gehören die Leitungen des Jugendamtes")
R("fd-schulverwaltung-finnegau", "participatesIn", "lenkungsgruppe-bildung-finnegau", K, "des Fachdienstes Schulverwaltung")
R("stabsstelle-kreisentwicklung-finnegau", "participatesIn", "lenkungsgruppe-bildung-finnegau", K, "der Stabsstelle Kreisentwicklung und Wirtschaftsförderung sowie der Kreisvolkshochschule an")
R("kvhs-finnegau", "participatesIn", "lenkungsgruppe-bildung-finnegau", K, "sowie der Kreisvolkshochschule an")
R("schulamt-saale-finne", "participatesIn", "lenkungsgruppe-bildung-finnegau", K, "Als externe Partner sind das Staatliche Schulamt Saale-Finne und die Agentur für Arbeit Saalwerder-Finnegau von Beginn an vertreten")
R("afa-saalwerder-finnegau", "participatesIn", "lenkungsgruppe-bildung-finnegau", K, "Als externe Partner sind das Staatliche Schulamt Saale-Finne und die Agentur für Arbeit Saalwerder-Finnegau von Beginn an vertreten")
R("bildungskonferenz-finnegau", "carriedBy", "bildungsbuero-finnegau", K, "richtet das Bildungsbüro gemeinsam mit der Kreisvolkshochschule aus", note="organiser (ausrichten)")
R("bildungskonferenz-finnegau", "carriedBy", "kvhs-finnegau", K, "richtet das Bildungsbüro gemeinsam mit der Kreisvolkshochschule aus", note="co-organiser (ausrichten)")
R("ak-usb-finnegau", "subOrganizationOf", "bildungskonferenz-finnegau", K, "Als ständige Arbeitsgruppe der Konferenz arbeitet der Arbeitskreis Übergang Schule–Beruf")
R("sbbs-lossenburg", "participatesIn", "ak-usb-finnegau", K, "in dem das Staatliche Berufsbildende Schulzentrum Lossenburg")
R("ihk-saale-finne", "participatesIn", "ak-usb-finnegau", K, "die IHK Saale-Finne, die Kreishandwerkerschaft")
R("kreishandwerkerschaft", "participatesIn", "ak-usb-finnegau", K, "die Kreishandwerkerschaft Finnegau-Saalwerder, das Jobcenter Finnegau")
R("jobcenter-finnegau", "participatesIn", "ak-usb-finnegau", K, "das Jobcenter Finnegau und Unternehmen wie")
R("finnetaler-glashuette", "participatesIn", "ak-usb-finnegau", K, "Unternehmen wie die Finnetaler Glashütte GmbH mitwirken")
R("ak-usb-finnegau", "chairedBy", "lea-thamm", K, "Den Vorsitz im Arbeitskreis führt Lea Thamm")
R("lea-thamm", "memberOf", "bildungsbuero-finnegau", K, "Lea Thamm, Koordinatorin Übergang Schule–Beruf im Bildungsbüro", role="Koordinatorin Übergang Schule–Beruf")
R("lk-finnegau", "cooperatesWith", "stadt-saalwerder", K, "Mit der kreisfreien Stadt Saalwerder arbeitet der Landkreis auf der Grundlage einer Kooperationsvereinbarung aus dem Jahr 2020 eng zusammen")
R("lk-finnegau", "cooperatesWith", "trawesa", K, "Fachlich begleitet wird der Landkreis seit 2016 von der Transferagentur Werra-Saale für Kommunales Bildungsmanagement")
R("trawesa", "carriedBy", "ibr", K, "die vom Institut für Bildungsplanung und Regionalentwicklung e.V. getragen wird")
R("lk-finnegau", "cooperatesWith", "sparkassenstiftung-finnegau", K, "Unter den Stiftungen ist die Sparkassenstiftung Finnegau der wichtigste Partner")
R("kulturfenster-schule", "fundedBy", "sparkassenstiftung-finnegau", K, "finanziert gemeinsam mit dem Thüringer Ministerium für Bildung, Jugend und Sport die Förderlinie „Kulturfenster Schule“", note="subject of 'finanziert' is the Sparkassenstiftung (previous sentence)")
R("kulturfenster-schule", "fundedBy", "tmbjs", K, "finanziert gemeinsam mit dem Thüringer Ministerium für Bildung, Jugend und Sport die Förderlinie „Kulturfenster Schule“")
# ---- K: mask 3.2.3.2
R("benedikt-rauschenbach", "memberOf", "ag-datenverbund", K, "Einrichtung der AG Datenverbund, in der Benedikt Rauschenbach (Landkreis) und Mirja Katzenberger (Stadt) die Fachaufsicht über das Datenmodell führen", role="Fachaufsicht über das Datenmodell")
R("mirja-katzenberger", "memberOf", "ag-datenverbund", K, "Einrichtung der AG Datenverbund, in der Benedikt Rauschenbach (Landkreis) und Mirja Katzenberger (Stadt) die Fachaufsicht über das Datenmodell führen", role="Fachaufsicht über das Datenmodell")
for o, ev in [("bildungsbuero-finnegau", "Bildungsbüro des Landkreises Finnegau"),
              ("bildungsbuero-saalwerder", "Bildungsbüro der Stadt Saalwerder"),
              ("fd-statistik-saalwerder", "Fachdienst Statistik und Wahlen der Stadt Saalwerder"),
              ("schulamt-saale-finne", "• Staatliches Schulamt Saale-Finne"),
              ("landesamt-statistik-thueringen", "Thüringer Landesamt für Statistik"),
              ("afa-saalwerder-finnegau", "• Agentur für Arbeit Saalwerder-Finnegau"),
              ("trawesa", "Transferagentur Werra-Saale (fachliche Begleitung)")]:
    R("to-3.2.3.2", "involvesActor", o, K, ev, near=90)
# ---- K: mask 3.3.3.1
for o, ev in [("lk-finnegau", "Landrätin des Landkreises Finnegau (Vorsitz)"),
              ("dezernat-ii-finnegau", "Dezernent für Bildung, Jugend und Soziales (Dezernat II)"),
              ("bildungsbuero-finnegau", "Leiterin Bildungsbüro (Geschäftsführung)"),
              ("jugendamt-finnegau", "Leiterin Jugendamt (Dezernat II)"),
              ("fd-schulverwaltung-finnegau", "Fachdienstleiter Schulverwaltung (Dezernat II)"),
              ("stabsstelle-kreisentwicklung-finnegau", "Leiter Stabsstelle Kreisentwicklung und Wirtschaftsförderung (Dezernat I)"),
              ("kvhs-finnegau", "Leiterin der Kreisvolkshochschule Finnegau (Dezernat III)"),
              ("schulamt-saale-finne", "Schulamtsleiter, Staatliches Schulamt Saale-Finne"),
              ("afa-saalwerder-finnegau", "Vorsitzende der Geschäftsführung, Agentur für Arbeit Saalwerder-Finnegau")]:
    R("to-3.3.3.1", "involvesActor", o, K, ev)
R("jugendamt-finnegau", "subOrganizationOf", "dezernat-ii-finnegau", K, "Leiterin Jugendamt (Dezernat II)")
R("fd-schulverwaltung-finnegau", "subOrganizationOf", "dezernat-ii-finnegau", K, "Fachdienstleiter Schulverwaltung (Dezernat II)")
R("stabsstelle-kreisentwicklung-finnegau", "subOrganizationOf", "dezernat-i-finnegau", K, "Leiter Stabsstelle Kreisentwicklung und Wirtschaftsförderung (Dezernat I)")
R("kvhs-finnegau", "subOrganizationOf", "dezernat-iii-finnegau", K, "Leiterin der Kreisvolkshochschule Finnegau (Dezernat III)")
# ---- K: mask 3.5.3.2
for o, ev in [("bildungsbuero-finnegau", "Bildungsbüro des Landkreises Finnegau (Koordination)"),
              ("ak-usb-finnegau", "• Arbeitskreis Übergang Schule–Beruf"),
              ("ihk-saale-finne", "• IHK Saale-Finne"),
              ("kreishandwerkerschaft", "• Kreishandwerkerschaft Finnegau-Saalwerder"),
              ("afa-saalwerder-finnegau", "Agentur für Arbeit Saalwerder-Finnegau, Berufsberatung"),
              ("sbbs-lossenburg", "Staatliches Berufsbildendes Schulzentrum Lossenburg (Gastgeber)"),
              ("sparkassenstiftung-finnegau", "Sparkassenstiftung Finnegau (Förderung)"),
              ("finnetaler-glashuette", "ausstellende Betriebe, z. B. Finnetaler Glashütte GmbH"),
              ("agrargenossenschaft-eckartsrode", "Finnetaler Glashütte GmbH, Agrargenossenschaft Eckartsrode eG"),
              ("verkehrsgesellschaft-finnegau", "Verkehrsgesellschaft Finnegau mbH (Shuttle)")]:
    R("to-3.5.3.2", "involvesActor", o, K, ev, near=285)

# ---- A: application, work packages (OCR)
R("stadt-saalwerder", "participatesIn", "bildungskommunen", A, "Die Stadt Saalwerder beantragt die Forderung im Programm ,,Bildungskommunen\"")
R("bildungskommunen", "fundedBy", "bmbf", A, "Programm ,,Bildungskommunen\" des Bundesministeriums fiir Bildung und Forschung", note="programme of the ministry that grants the Förderung")
R("bildungskommunen", "fundedBy", "esf-plus", A, "das aus Mitteln des Europaischen Sozialfonds Plus (ESF Plus) kofinanziert wird")
R("bildungsbuero-saalwerder", "subOrganizationOf", "dezernat-bjk-saalwerder", A, "das Bildungsbiiro der Stadt, das als Stabsstelle dem Dezernat Bildung, Jugend und Kultur zugeordnet ist")
R("stadt-saalwerder", "participatesIn", "bildung-integriert", A, "Das Vorhaben kniipft an die Ergebnisse des Vorgangerprogramms ,,Bildung integriert\" (2016-2021) an")
R("stadt-saalwerder", "cooperatesWith", "lk-finnegau", A, "mit dem Landkreis Finnegau abgestimmt, mit dem die Stadt seit 2020 eine Kooperationsvereinbarung verbindet")
R("stadt-saalwerder", "cooperatesWith", "trawesa", A, "gemeinsamer Workshop mit der Transferagentur Werra-Saale")
R("steuerungsgruppe-bildung-saalwerder", "chairedBy", "ines-brauckmann", A, "Fortfiihrung der verwaltungsinternen Steuerungsgruppe Bildung unter Vorsitz der Beigeordneten fiir Bildung, Jugend und Kultur, Dr. Ines Brauckmann")
R("hochschule-saalwerder", "participatesIn", "bildungsbeirat-saalwerder", A, "Neuaufstellung des Bildungsbeirates Saalwerder, in dem u. a. die Hochschule Saalwerder")
R("buergerstiftung-saalwerder", "participatesIn", "bildungsbeirat-saalwerder", A, "die Biirgerstiftung Saalwerder, der Stadtelternrat Saalwerder")
R("stadtelternrat-saalwerder", "participatesIn", "bildungsbeirat-saalwerder", A, "der Stadtelternrat Saalwerder und der Verein")
R("brueckenschlag-saalwerder", "participatesIn", "bildungsbeirat-saalwerder", A, "der Verein Briickenschlag Saalwerder e.V. vertreten sind")
R("vhs-saalwerder", "participatesIn", "bildungskonferenz-saalwerder", A, "in Kooperation mit der Volkshochschule Saalwerder und der Stadtbibliothek Saalwerder")
R("stadtbibliothek-saalwerder", "participatesIn", "bildungskonferenz-saalwerder", A, "in Kooperation mit der Volkshochschule Saalwerder und der Stadtbibliothek Saalwerder")
R("ap4-saalwerder", "addressesActionField", "bildungsuebergaenge", A, "wechselnden Schwerpunktthemen (2024 Ubergange")
R("ap4-saalwerder", "addressesActionField", "fachkraeftesicherung", A, "2025 Fachkraftesicherung")
R("ap4-saalwerder", "addressesActionField", "bne", A, "2026 Bildung fiir nachhaltige Entwicklung")
R("ap5-saalwerder", "addressesActionField", "bildungsmonitoring", A, "AP 5 Bildungsmonitoring und Datenverbund: Ausbau der kleinraumigen Datenbasis")
R("stadt-saalwerder", "cooperatesWith", "schulamt-saale-finne", A, "Datenliefervereinbarungen mit dem Staatlichen Schulamt Saale-Finne")
R("stadt-saalwerder", "cooperatesWith", "afa-saalwerder-finnegau", A, "Datenliefervereinbarungen mit dem Staatlichen Schulamt Saale-Finne und der Agentur fiir Arbeit Saalwerder-Finnegau")
R("ap6-saalwerder", "addressesActionField", "bildungsmonitoring", A, "Erarbeitung des dritten Bildungsberichts der Stadt als Baustein des Bildungsmonitorings")
R("bildungsausschuss-saalwerder", "subOrganizationOf", "stadtrat-saalwerder", A, "Bildungsausschuss des Stadtrates")
R("ap6-saalwerder", "addressesActionField", "bildungsuebergaenge", A, "(Schwerpunkt Bildungsiibergange)")
R("ap7-saalwerder", "addressesActionField", "bildungsuebergaenge", A, "AP 7 Ubergange gestalten")
R("ap7-saalwerder", "addressesActionField", "uebergang-kita-grundschule", A, "Fortfiihrung der AG Ubergang Kita-Grundschule")
R("ap7-saalwerder", "addressesActionField", "uebergang-schule-beruf", A, "enge Abstimmung mit der Jugendberufsagentur Saalwerder zum Ubergang Schule-Beruf")
R("jugendamt-saalwerder", "participatesIn", "ag-kita-grundschule-saalwerder", A, "in der das Jugendamt und das Staatliche Schulamt Saale-Finne mitarbeiten")
R("schulamt-saale-finne", "participatesIn", "ag-kita-grundschule-saalwerder", A, "in der das Jugendamt und das Staatliche Schulamt Saale-Finne mitarbeiten")
R("stadt-saalwerder", "participatesIn", "ak-usb-finnegau", A, "Mitwirkung im Arbeitskreis Ubergang Schule-Beruf des Landkreises Finnegau")
R("stadt-saalwerder", "cooperatesWith", "jugendberufsagentur-saalwerder", A, "enge Abstimmung mit der Jugendberufsagentur Saalwerder")
R("ap8-saalwerder", "addressesActionField", "fachkraeftesicherung", A, "AP 8 Fachkraftesicherung und Berufsorientierung")
R("ap8-saalwerder", "addressesActionField", "berufsorientierung", A, "AP 8 Fachkraftesicherung und Berufsorientierung")
R("ak-schulewirtschaft-saalwerder", "carriedBy", "ihk-saale-finne", A, "den die IHK Saale-Finne und das Staatliche Schulamt gemeinsam tragen")
R("ak-schulewirtschaft-saalwerder", "carriedBy", "schulamt-saale-finne", A, "den die IHK Saale-Finne und das Staatliche Schulamt gemeinsam tragen")
R("stadt-saalwerder", "participatesIn", "ak-schulewirtschaft-saalwerder", A, "Mitarbeit im Arbeitskreis SCHULEWIRTSCHAFT Saalwerder")
R("stadt-saalwerder", "participatesIn", "fachkraefteallianz-saale-finne", A, "Mitgliedschaft in der Fachkrafteallianz Saale-Finne")
R("ap9-saalwerder", "addressesActionField", "integration-durch-bildung", A, "AP 9 Integration durch Bildung: Koordination")
R("ap9-saalwerder", "addressesActionField", "bildungsberatung", A, "Bildungsberatung fiir Neuzugewanderte")
R("stadt-saalwerder", "cooperatesWith", "brueckenschlag-saalwerder", A, "in Kooperation mit der Volkshochschule Saalwerder und dem Verein Briickenschlag Saalwerder e.V.")
R("ap10-saalwerder", "addressesActionField", "bne", A, "AP 10 Bildung fiir nachhaltige Entwicklung: Aufbau eines BNE-Netzwerks")
R("stadt-saalwerder", "cooperatesWith", "umweltbildungszentrum-saaleaue", A, "gemeinsam mit dem Umweltbildungszentrum Saaleaue")
R("stadt-saalwerder", "cooperatesWith", "medienzentrum-saalwerder", A, "Beratung des Schultragers zum Medienentwicklungsplan gemeinsam mit dem Medienzentrum Saalwerder")
R("ap11-saalwerder", "addressesActionField", "digitale-bildung", A, "AP 11 Digitale Bildung und Bildungsportal: Weiterentwicklung")
R("ap11-saalwerder", "addressesActionField", "lebenslanges-lernen", A, "Angebote der Stadtbibliothek zur digitalen Teilhabe Alterer (Lebenslanges Lernen)")
R("stadt-saalwerder", "participatesIn", "regionales-bildungsnetzwerk-saale-finne", A, "Mitwirkung im Regionalen Bildungsnetzwerk Saale-Finne")
R("stadt-saalwerder", "participatesIn", "austauschforum-thueringen", A, "und im Thiiringer Austauschforum Bildungsmanagement")
R("austauschforum-thueringen", "carriedBy", "trawesa", A, "das von der Transferagentur Werra-Saale getragen wird")
R("fb-sozialwesen-hochschule-saalwerder", "subOrganizationOf", "hochschule-saalwerder", A, "Fachbereich Sozialwesen der Hochschule Saalwerder")
R("stadt-saalwerder", "cooperatesWith", "fb-sozialwesen-hochschule-saalwerder", A, "externe wissenschaftliche Begleitung durch den Fachbereich Sozialwesen der Hochschule Saalwerder")
R("ole-sperling", "memberOf", "bildungsbuero-saalwerder", A, "Leitung und Koordinierung (Ole Sperling)", role="Leitung und Koordinierung")
R("mirja-katzenberger", "memberOf", "bildungsbuero-saalwerder", A, "Bildungsmonitoring (Mirja Katzenberger)", role="Bildungsmonitoring")
R("deniz-arslan", "memberOf", "bildungsbuero-saalwerder", A, "Bildungskoordination fiir Neuzugewanderte (Deniz Arslan)", role="Bildungskoordination fiir Neuzugewanderte")
R("bildungsbuero-saalwerder", "fundedBy", "pfannstiel-stiftung", A, "Ernst-Pfannstiel-Stiftung getragen, die das Bildungsbiiro bereits seit 2019 mit jahrlich 20.000 Euro gef6rdert hat")
R("bildungskonferenz-saalwerder", "fundedBy", "buergerstiftung-saalwerder", A, "Die Sachmittel fiir die Bildungskonferenzen steuert zum Teil die Biirgerstiftung Saalwerder bei")
R("torsten-gebhardt", "memberOf", "stadt-saalwerder", A, "gez. Torsten Gebhardt, Oberbiirgermeister", role="Oberbiirgermeister")

# ---- Z: target agreement annexes
R("lk-finnegau", "cooperatesWith", "trawesa", Z, "zur Zielvereinbarung zwischen dem Landkreis Finnegau und der Transferagentur Werra-Saale für Kommunales Bildungsmanagement (TraWeSa)")
for o in ("fruehe-bildung", "uebergang-schule-beruf", "lebenslanges-lernen"):
    R("zv-ziel1", "addressesActionField", o, Z, "Das Leitbild von 2020 wird mit den Handlungsfeldern Frühe Bildung, Übergang Schule–Beruf und Lebenslanges Lernen verknüpft")
R("zv-ziel2", "addressesActionField", "bildungsmonitoring", Z, "Das Bildungsmonitoring soll als Regelaufgabe des Bildungsbüros im Dezernat II des Landratsamtes Finnegau verankert werden.")
R("bildungsbuero-finnegau", "subOrganizationOf", "dezernat-ii-finnegau", Z, "Regelaufgabe des Bildungsbüros im Dezernat II")
R("dezernat-ii-finnegau", "subOrganizationOf", "lk-finnegau", Z, "Dezernat II des Landratsamtes Finnegau")
R("zv-m-kleinraeumiges-monitoring", "addressesActionField", "bildungsmonitoring", Z, "Aufbau eines kleinräumigen Bildungsmonitorings auf Gemeindeebene")
R("lk-finnegau", "cooperatesWith", "kreisjugendring-finnegau", Z, "Beteiligungswerkstätten mit Jugendlichen gemeinsam mit dem Kreisjugendring Finnegau e.V.", note="agreed measure; implicit subject: the Landkreis as party of the agreement")
R("lk-finnegau", "cooperatesWith", "stadt-saalwerder", Z, "Qualifizierung der AG Datenverbund (gemeinsam mit der Stadt Saalwerder)", note="agreed measure")
R("lk-finnegau", "cooperatesWith", "ihk-saale-finne", Z, "Analyse der Ausbildungsabbrüche mit der IHK Saale-Finne und der Kreishandwerkerschaft Finnegau-Saalwerder", note="agreed measure")
R("lk-finnegau", "cooperatesWith", "kreishandwerkerschaft", Z, "Analyse der Ausbildungsabbrüche mit der IHK Saale-Finne und der Kreishandwerkerschaft Finnegau-Saalwerder", note="agreed measure")
R("zv-ziel3", "addressesActionField", "uebergang-schule-beruf", Z, "Stärkung der Kooperationsstrukturen am Übergang Schule–Beruf")
R("zv-ziel4", "addressesActionField", "fachkraeftesicherung", Z, "Fachkräftesicherung durch Bildung im ländlichen Raum")
R("zv-m-weiterbildungsatlas", "addressesActionField", "lebenslanges-lernen", Z, "Weiterbildungsatlas Finnegau (mit der Kreisvolkshochschule Finnegau) als Beitrag zum Lebenslangen Lernen")
R("zv-ziel5", "addressesActionField", "integration-durch-bildung", Z, "Integration durch Bildung, v. a. für Familien mit Kindern im Kita- und Grundschulalter")
R("zv-ziel6", "addressesActionField", "bne", Z, "BNE in der Bildungslandschaft verankern")
R("zv-m-bne-lernorte", "addressesActionField", "bne", Z, "Bestandsaufnahme außerschulischer BNE-Lernorte")
R("zv-ms3", "addressesActionField", "bildungsmonitoring", Z, "M3 Bedarfsanalyse Bildungsmonitoring")
R("anja-mertsching", "memberOf", "trawesa", Z, "(Anja Mertsching, Datenberatung)", role="Datenberatung")
R("franziska-oelschlaegel", "memberOf", "bildungsbuero-finnegau", Z, "Franziska Oelschlägel (Leiterin Bildungsbüro, Landkreis Finnegau)", role="Leiterin Bildungsbüro")
R("franziska-oelschlaegel", "memberOf", "lk-finnegau", Z, "Franziska Oelschlägel (Leiterin Bildungsbüro, Landkreis Finnegau)", role="Leiterin Bildungsbüro")
R("philipp-hoffbauer", "memberOf", "trawesa", Z, "Philipp Hoffbauer (Prozessbegleitung, TraWeSa)", role="Prozessbegleitung", near=260)
R("annegret-vollrath", "memberOf", "lk-finnegau", Z, "Dr. Annegret Vollrath, Landrätin", role="Landrätin")
R("susanne-kreher", "memberOf", "trawesa", Z, "Dr. Susanne Kreher, Leiterin", role="Leiterin")

# ---- P: minutes of the network steering round
BRV = "Holger Brinkschulte und Dr. Ines Brauckmann (Co-Vorsitz des Netzwerks)"
R("regionales-bildungsnetzwerk-saale-finne", "chairedBy", "holger-brinkschulte", P, BRV)
R("regionales-bildungsnetzwerk-saale-finne", "chairedBy", "ines-brauckmann", P, BRV)
R("steuerungsrunde-bildungsnetzwerk", "subOrganizationOf", "regionales-bildungsnetzwerk-saale-finne", P, "Steuerungsrunde des Regionalen Bildungsnetzwerks Saale-Finne")
PART = [  # (person, org, evidence, role)
 ("holger-brinkschulte", "lk-finnegau", "Landratsamt Finnegau** - Holger Brinkschulte, Dezernent für Bildung, Jugend und Soziales", "Dezernent für Bildung, Jugend und Soziales"),
 ("franziska-oelschlaegel", "bildungsbuero-finnegau", "Bildungsbüro Finnegau** - Franziska Oelschlägel, Leiterin", "Leiterin"),
 ("benedikt-rauschenbach", "bildungsbuero-finnegau", "Bildungsbüro Finnegau** - Benedikt Rauschenbach, Bildungsmonitoring", "Bildungsmonitoring"),
 ("lea-thamm", "bildungsbuero-finnegau", "Bildungsbüro Finnegau** - Lea Thamm, Koordinatorin Übergang Schule–Beruf", "Koordinatorin Übergang Schule–Beruf"),
 ("sabine-querfurth", "jugendamt-finnegau", "Jugendamt Finnegau** - Sabine Querfurth, Amtsleiterin", "Amtsleiterin"),
 ("kornelia-ahnert", "kvhs-finnegau", "Kreisvolkshochschule Finnegau** - Kornelia Ahnert, Leiterin", "Leiterin"),
 ("ines-brauckmann", "stadt-saalwerder", "Stadt Saalwerder** - Dr. Ines Brauckmann, Beigeordnete für Bildung, Jugend und Kultur", "Beigeordnete für Bildung, Jugend und Kultur"),
 ("ole-sperling", "bildungsbuero-saalwerder", "Bildungsbüro Saalwerder** - Ole Sperling, Leiter", "Leiter"),
 ("mirja-katzenberger", "bildungsbuero-saalwerder", "Bildungsbüro Saalwerder** - Mirja Katzenberger, Bildungsmonitoring", "Bildungsmonitoring"),
 ("deniz-arslan", "bildungsbuero-saalwerder", "Bildungsbüro Saalwerder** - Deniz Arslan, Koordinator Bildung für Neuzugewanderte", "Koordinator Bildung für Neuzugewanderte"),
 ("jana-poeschel", "amt-schule-sport-saalwerder", "Amt für Schule und Sport** - Jana Pöschel, Amtsleiterin", "Amtsleiterin"),
 ("ruediger-hentschel", "vhs-saalwerder", "Volkshochschule Saalwerder** - Rüdiger Hentschel, Leiter", "Leiter"),
 ("thomas-lehnert", "afa-saalwerder-finnegau", "Agentur für Arbeit Saalwerder-Finnegau – Thomas Lehnert, Teamleiter Berufsberatung", "Teamleiter Berufsberatung"),
 ("ulrike-dressel", "buergerstiftung-saalwerder", "Bürgerstiftung Saalwerder – Ulrike Dressel, Vorstandsvorsitzende", "Vorstandsvorsitzende"),
 ("henning-maass", "hochschule-saalwerder", "Hochschule Saalwerder – Prof. Dr. Henning Maaß, Prorektor für Studium und Lehre", "Prorektor für Studium und Lehre"),
 ("jens-ulbricht", "ihk-saale-finne", "IHK Saale-Finne – Jens Ulbricht, Bereichsleiter Aus- und Weiterbildung", "Bereichsleiter Aus- und Weiterbildung"),
 ("heike-bormann", "jobcenter-finnegau", "Jobcenter Finnegau – Heike Bormann, Geschäftsführerin", "Geschäftsführerin"),
 ("petra-goeckeritz", "kreishandwerkerschaft", "Kreishandwerkerschaft Finnegau-Saalwerder – Petra Göckeritz, Ausbildungsberaterin", "Ausbildungsberaterin"),
 ("michael-roesch", "sbbs-technik-saalwerder", "Staatliches Berufsbildendes Schulzentrum Technik Saalwerder – Michael Rösch, Schulleiter", "Schulleiter"),
 ("wolfram-zeidler", "schulamt-saale-finne", "Staatliches Schulamt Saale-Finne – Dr. Wolfram Zeidler, Schulamtsleiter", "Schulamtsleiter"),
 ("yvonne-kaden", "stadtelternrat-saalwerder", "Stadtelternrat Saalwerder – Yvonne Kaden, Sprecherin", "Sprecherin"),
]
for per, org, ev, role in PART:
    R(per, "memberOf", org, P, ev, role=role)
# organisations on the participant list take part in the steering round (shared-gold convention for participant lists)
seen = set()
for per, org, ev, role in PART:
    if org in seen: continue
    seen.add(org)
    R(org, "participatesIn", "steuerungsrunde-bildungsnetzwerk", P, ev.split(",")[0],
      note="listed under 'Teilnehmende' of the steering round")
R("philipp-hoffbauer", "memberOf", "trawesa", P, "Philipp Hoffbauer (Prozessbegleitung Landkreise) und Anja Mertsching (Datenberatung), beide Transferagentur Werra-Saale", role="Prozessbegleitung Landkreise")
R("anja-mertsching", "memberOf", "trawesa", P, "Anja Mertsching (Datenberatung), beide Transferagentur Werra-Saale", role="Datenberatung")
R("annegret-vollrath", "memberOf", "lk-finnegau", P, "Landrätin Dr. Annegret Vollrath", role="Landrätin")
R("torsten-gebhardt", "memberOf", "stadt-saalwerder", P, "Oberbürgermeister Torsten Gebhardt", role="Oberbürgermeister")
R("katrin-ebersbach", "memberOf", "afa-saalwerder-finnegau", P, "Dr. Katrin Ebersbach, Vorsitzende der Geschäftsführung der Agentur für Arbeit Saalwerder-Finnegau", role="Vorsitzende der Geschäftsführung")
R("claudia-wirsing", "memberOf", "stadtbibliothek-saalwerder", P, "Claudia Wirsing, Leiterin der Stadtbibliothek Saalwerder", role="Leiterin")
R("sandra-linke", "memberOf", "sbbs-lossenburg", P, "Sandra Linke, Schulleiterin des Staatlichen Berufsbildenden Schulzentrums Lossenburg", role="Schulleiterin")
R("ihk-saale-finne", "participatesIn", "regionales-bildungsnetzwerk-saale-finne", P, "Herr Jens Ulbricht vertritt seit Januar die IHK Saale-Finne im Netzwerk")
R("bildungsbuero-finnegau", "fundedBy", "bildungskommunen", P, "Bildungsbüro Finnegau seit 01.01.2025 vollständig über „Bildungskommunen“ finanziert")
R("lk-finnegau", "cooperatesWith", "trawesa", P, "Zielvereinbarung mit der Transferagentur Werra-Saale am 20.01.2025 unterzeichnet", note="reported under the heading 'Landkreis Finnegau'")
R("stadt-saalwerder", "participatesIn", "bildungskommunen", P, "Bewilligung im Programm „Bildungskommunen“ liegt vor", note="reported under the heading 'Stadt Saalwerder'")
R("bildungsbeirat-saalwerder", "chairedBy", "henning-maass", P, "Der neu aufgestellte Bildungsbeirat Saalwerder hat sich am 05.02.2025 konstituiert; den Vorsitz übernimmt Prof. Dr. Henning Maaß")
R("jugendamt-saalwerder", "participatesIn", "ag-kita-grundschule-saalwerder", P, "Die AG Übergang Kita–Grundschule, in der das Jugendamt Saalwerder und das Staatliche Schulamt Saale-Finne zusammenarbeiten")
R("schulamt-saale-finne", "participatesIn", "ag-kita-grundschule-saalwerder", P, "Die AG Übergang Kita–Grundschule, in der das Jugendamt Saalwerder und das Staatliche Schulamt Saale-Finne zusammenarbeiten")
R("mint-labor-saale", "fundedBy", "pfannstiel-stiftung", P, "Die Ernst-Pfannstiel-Stiftung fördert 2025 zusätzlich das Projekt „MINT-Labor Saale“")
R("mint-labor-saale", "carriedBy", "hochschule-saalwerder", P, "das Projekt „MINT-Labor Saale“ der Hochschule Saalwerder")
R("lesesommer-2025", "carriedBy", "stadtbibliothek-saalwerder", P, "Lesesommer 2025 der Stadtbibliothek Saalwerder")
R("lesesommer-2025", "fundedBy", "buergerstiftung-saalwerder", P, "Lesesommer 2025 der Stadtbibliothek Saalwerder: Die Bürgerstiftung Saalwerder hat 8.000 Euro zugesagt")
R("ag-datenverbund", "subOrganizationOf", "regionales-bildungsnetzwerk-saale-finne", P, "Die AG Datenverbund ist seit 2022 Unterarbeitsgruppe des Regionalen Bildungsnetzwerks")
R("ag-datenverbund", "chairedBy", "benedikt-rauschenbach", P, "sie wird im Wechsel von Benedikt Rauschenbach und Mirja Katzenberger geleitet")
R("ag-datenverbund", "chairedBy", "mirja-katzenberger", P, "sie wird im Wechsel von Benedikt Rauschenbach und Mirja Katzenberger geleitet")
R("ag-fachkraefte", "subOrganizationOf", "regionales-bildungsnetzwerk-saale-finne", P, "Die AG Fachkräfte wurde im Januar als dritte Arbeitsgruppe des Netzwerks eingerichtet")
R("ag-fachkraefte", "chairedBy", "jens-ulbricht", P, "Sprecher\\*innen sind Jens Ulbricht und Lea Thamm")
R("ag-fachkraefte", "chairedBy", "lea-thamm", P, "Sprecher\\*innen sind Jens Ulbricht und Lea Thamm")
MIT = "Mit dabei sind außerdem die Kreishandwerkerschaft Finnegau-Saalwerder, die Optronik Saalwerder GmbH, die Werkzeugbau Kämmerer & Söhne GmbH und die Finnetaler Glashütte GmbH"
for o in ("kreishandwerkerschaft", "optronik-saalwerder", "werkzeugbau-kaemmerer", "finnetaler-glashuette"):
    R(o, "participatesIn", "ag-fachkraefte", P, MIT)
R("fachkraefteallianz-saale-finne", "carriedBy", "ihk-saale-finne", P, "Fachkräfteallianz Saale-Finne, die von der IHK Saale-Finne getragen wird")
R("jobcenter-finnegau", "participatesIn", "fachkraefteallianz-saale-finne", P, "das Jobcenter Finnegau und das Jobcenter Saalwerder sind dort seit 2024 Mitglied")
R("jobcenter-saalwerder", "participatesIn", "fachkraefteallianz-saale-finne", P, "das Jobcenter Finnegau und das Jobcenter Saalwerder sind dort seit 2024 Mitglied")
R("ag-bildung-integration", "subOrganizationOf", "regionales-bildungsnetzwerk-saale-finne", P, "Die AG Bildung und Integration des Netzwerks")
R("ag-bildung-integration", "chairedBy", "deniz-arslan", P, "wird von Deniz Arslan und Sabine Querfurth gemeinsam geleitet")
R("ag-bildung-integration", "chairedBy", "sabine-querfurth", P, "wird von Deniz Arslan und Sabine Querfurth gemeinsam geleitet")
R("bildungslotsen", "carriedBy", "brueckenschlag-saalwerder", P, "Träger der Bildungslotsen ist der Verein Brückenschlag Saalwerder e.V.")
R("brueckenschlag-saalwerder", "cooperatesWith", "vhs-saalwerder", P, "Elternkurse „Schule in Deutschland verstehen“ bietet der Verein in Kooperation mit der Volkshochschule Saalwerder an")
R("kreismedienzentrum-finnegau", "cooperatesWith", "thillm", P, "das Kreismedienzentrum Finnegau übernimmt gemeinsam mit dem Thüringer Institut für Lehrerfortbildung, Lehrplanentwicklung und Medien (ThILLM) eine Fortbildungsreihe")
R("nadine-froebel", "memberOf", "kreisjugendring-finnegau", P, "Der Kreisjugendring Finnegau e.V. (Vorsitzende: Nadine Fröbel)", role="Vorsitzende")
R("sbbs-technik-saalwerder", "cooperatesWith", "optronik-saalwerder", P, "Das SBBS Technik Saalwerder kooperiert seit 2024 in einer Ausbildungspartnerschaft mit der Optronik Saalwerder GmbH")
R("gemeinschaftsschule-saalwerder-nord", "participatesIn", "startchancen-programm", P, "am Startchancen-Programm teil; auch die Staatliche Gemeinschaftsschule Saalwerder-Nord ist dabei")

# ---- V: slides of the Transferagentur
R("transferinitiative", "fundedBy", "bmbf", V, "seit 2022 gefördert vom BMBF und aus dem Europäischen Sozialfonds Plus (ESF Plus)")
R("transferinitiative", "fundedBy", "esf-plus", V, "seit 2022 gefördert vom BMBF und aus dem Europäischen Sozialfonds Plus (ESF Plus)")
R("trawesa", "participatesIn", "transferinitiative", V, "Die Transferagentur Werra-Saale ist Teil der bundesweiten Transferinitiative")
R("trawesa", "carriedBy", "ibr", V, "Träger: Institut für Bildungsplanung und Regionalentwicklung e.V. (IBR)")
R("aussenbuero-kahlenau", "subOrganizationOf", "trawesa", V, "Standorte: Saalwerder (Sitz) und Außenbüro Kahlenau")
R("trawesa", "cooperatesWith", "tmbjs", V, "enge Abstimmung mit dem Thüringer Ministerium für Bildung, Jugend und Sport (TMBJS)")
R("gunter-albrecht", "memberOf", "ibr", V, "Vorstand des IBR: Prof. Dr. Gunter Albrecht", role="Vorstand")
for per, role in [("susanne-kreher", "Leitung"), ("philipp-hoffbauer", "Prozessbegleitung Landkreise"),
                  ("anja-mertsching", "Bildungsmonitoring & Datenberatung"), ("lukas-weigelt", "Kommunikation / Öffentlichkeitsarbeit"),
                  ("rebecca-stoll", "Projektassistenz")]:
    name = {"susanne-kreher": "Dr. Susanne Kreher", "philipp-hoffbauer": "Philipp Hoffbauer", "anja-mertsching": "Anja Mertsching",
            "lukas-weigelt": "Lukas Weigelt", "rebecca-stoll": "Rebecca Stoll"}[per]
    R(per, "memberOf", "trawesa", V, f"{name} {role}", role=role, near=60)
R("trawesa", "cooperatesWith", "lk-finnegau", V, "Zielvereinbarungen bestehen mit: • Landkreis Finnegau (seit 2016; Fortschreibung für 2025 in Vorbereitung)")
R("trawesa", "cooperatesWith", "lk-rennsteigvorland", V, "• Landkreis Rennsteigvorland (Fachbereich Jugend und Bildung)")
R("trawesa", "cooperatesWith", "stadt-kahlenau", V, "• Stadt Kahlenau")
R("fb-jugend-bildung-rennsteigvorland", "subOrganizationOf", "lk-rennsteigvorland", V, "Landkreis Rennsteigvorland (Fachbereich Jugend und Bildung)")
BK = "Am Programm „Bildungskommunen“ beteiligen sich aus unserer Region der Landkreis Finnegau, die Stadt Saalwerder und der Landkreis Rennsteigvorland."
for s in ("lk-finnegau", "stadt-saalwerder", "lk-rennsteigvorland"):
    R(s, "participatesIn", "bildungskommunen", V, BK)
R("franziska-oelschlaegel", "memberOf", "bildungsbuero-finnegau", V, "Franziska Oelschlägel, Leiterin des Bildungsbüros im Landkreis Finnegau", role="Leiterin des Bildungsbüros")
R("lk-finnegau", "cooperatesWith", "stadt-saalwerder", V, "Landkreis Finnegau und Stadt Saalwerder bündeln ihre Bildungsdaten")
RBN = "Regionales Bildungsnetzwerk Saale-Finne: Landkreis Finnegau und Stadt Saalwerder mit rund 20 Partnern"
R("lk-finnegau", "participatesIn", "regionales-bildungsnetzwerk-saale-finne", V, RBN)
R("stadt-saalwerder", "participatesIn", "regionales-bildungsnetzwerk-saale-finne", V, RBN)
MES = "Landkreis Finnegau mit IHK Saale-Finne, Kreishandwerkerschaft und Sparkassenstiftung Finnegau"
for o in ("ihk-saale-finne", "kreishandwerkerschaft", "sparkassenstiftung-finnegau"):
    R("lk-finnegau", "cooperatesWith", o, V, MES, note="partners of the Berufsorientierungsmesse")
NAB = "Netzwerk „Ankommen durch Bildung“: Stadt Saalwerder und Verein Brückenschlag Saalwerder e.V."
R("stadt-saalwerder", "participatesIn", "netzwerk-ankommen-durch-bildung", V, NAB)
R("brueckenschlag-saalwerder", "participatesIn", "netzwerk-ankommen-durch-bildung", V, NAB)
R("carola-wenzke", "memberOf", "bildungsbuero-kahlenau", V, "Bildungsbüro Kahlenau (Leitung: Carola Wenzke)", role="Leitung")
R("amt-statistik-kahlenau", "subOrganizationOf", "stadt-kahlenau", V, "Amt für Statistik der Stadt Kahlenau")
R("trawesa", "cooperatesWith", "landesamt-statistik-thueringen", V, "Partner in Thüringen • Thüringer Landesamt für Statistik (Datenberatung für Kommunen)")
R("trawesa", "cooperatesWith", "vhs-verband-thueringen", V, "• Thüringer Volkshochschulverband e.V.")
R("trawesa", "participatesIn", "lag-bildungsbueros-thueringen", V, "Landesarbeitsgemeinschaft der Bildungsbüros Thüringen (Transferagentur seit 2023 mit Gaststatus)")
R("austauschforum-thueringen", "carriedBy", "trawesa", V, "Veranstalter: Transferagentur Werra-Saale", note="organiser")
R("trawesa", "fundedBy", "bmbf", V, "Gefördert vom Bundesministerium für Bildung und Forschung und aus Mitteln des Europäischen Sozialfonds Plus")
R("trawesa", "fundedBy", "esf-plus", V, "Gefördert vom Bundesministerium für Bildung und Forschung und aus Mitteln des Europäischen Sozialfonds Plus")
