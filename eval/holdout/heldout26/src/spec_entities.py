# Gold entities. Aliases are every surface form used in the documents; "x@KA" limits the
# search for a short or shared form to the listed documents (the suffix is not exported).
# Line-final hyphenated forms ("Bildungs-büro") are added automatically by build_gold.py.
DOCS = {
    "K": "neckarweil-transferkatalog",
    "A": "lautachkreis-bildungskommunen-arbeitspakete",
    "Z": "neckarweil-zielvereinbarung-tasf",
    "P": "lautachkreis-lenkungskreis-protokoll-2024",
    "F": "tasf-vorstellung-2019",
}
ENTITIES = []


def E(id, type, name, aliases=(), **extra):
    ENTITIES.append(dict(id=id, type=type, name=name, aliases=list(aliases), **extra))


def P(id, name, aliases, role, affiliation, **extra):
    E(id, "Person", name, aliases, role=role, affiliation=affiliation, **extra)


def M(id, name, aliases, kind, **extra):
    E(id, "Measure", name, aliases, measure_kind=kind, **extra)


# ---------------------------------------------------------------- Municipality
E("stadt-neckarweil", "Municipality", "Stadt Neckarweil", ["Neckarweil", "Neckarweiler"],
  note="Stadtkreis (kreisfreie Stadt) in Baden-Württemberg; 'Neckarweiler' is the adjective form.")
E("lautachkreis", "Municipality", "Lautachkreis", [],
  note="Landkreis in Baden-Württemberg; anaphoric 'der Kreis'/'Landkreis' are not listed as aliases.")
E("grosse-kreisstadt-hornbrunn", "Municipality", "Große Kreisstadt Hornbrunn", ["Hornbrunn"])
E("stadt-kesselried", "Municipality", "Stadt Kesselried", ["Kesselried"])
E("gemeinde-zwiefelstetten", "Municipality", "Gemeinde Zwiefelstetten", ["Zwiefelstetten"])
E("stadt-rottenhain", "Municipality", "Stadt Rottenhain", ["Rottenhain"])
E("lk-tauberried", "Municipality", "Landkreis Tauberried", [])
E("stadt-murgstetten", "Municipality", "Stadt Murgstetten", [])

# ---------------------------------------------------------------- Organization: Stadt Neckarweil
E("dezernat-ii-neckarweil", "Organization", "Dezernat II – Bildung, Jugend und Soziales", ["Dezernat II"])
E("amt-schule-bildung-neckarweil", "Organization", "Amt für Schule und Bildung",
  ["Amtes für Schule und Bildung"])
E("bildungsbuero-neckarweil", "Organization", "Bildungsbüro Neckarweil",
  ["Bildungsbüro@KZPF", "Bildungsbüros@KZ", "Bildungsbüros Neckarweil"],
  note="In the minutes (P) 'den beiden Bildungsbüros' (l.130) means both offices and is not counted.")
E("amt-jugend-familie-neckarweil", "Organization", "Amt für Jugend und Familie",
  ["Amtes für Jugend und Familie"])
E("amt-stadtentwicklung-statistik-neckarweil", "Organization", "Amt für Stadtentwicklung und Statistik",
  ["Amtes für Stadtentwicklung und Statistik"])
E("referat-chancengleichheit-integration-neckarweil", "Organization",
  "Referat für Chancengleichheit und Integration", [])
E("vhs-neckarweil", "Organization", "Volkshochschule Neckarweil", [])
E("stadtbibliothek-neckarweil", "Organization", "Stadtbibliothek Neckarweil", [])
E("stadtseniorenrat-neckarweil", "Organization", "Stadtseniorenrat Neckarweil e.V.", ["Stadtseniorenrat Neckarweil"])
E("lindenhof-werkrealschule", "Organization", "Lindenhof-Werkrealschule Neckarweil", [])
E("ph-neckarweil", "Organization", "Pädagogische Hochschule Neckarweil",
  ["Pädagogischen Hochschule Neckarweil", "Padagogischen Hochschule Neckarweil"])
E("staatliches-schulamt-neckarweil", "Organization", "Staatliches Schulamt Neckarweil",
  ["Staatlichen Schulamt@KZ", "Staatlichem Schulamt", "Staatlichen Schulamts Neckarweil",
   "Staatlichen Schulamt Neckarweil", "Staatlichen Schulamts"],
  note="State school authority (Land Baden-Württemberg) responsible for the city and the district.")
E("agentur-arbeit-neckarweil", "Organization", "Agentur für Arbeit Neckarweil",
  ["Agentur fiir Arbeit Neckarweil", "Agentur fir Arbeit Neckarweil"])
E("jobcenter-stadt-neckarweil", "Organization", "Jobcenter Stadt Neckarweil", ["Jobcenters Stadt Neckarweil"])
E("jobcenter-lautachkreis", "Organization", "Jobcenter Lautachkreis", [])
E("ihk-neckar-lautach", "Organization", "IHK Neckar-Lautach", ["IHK@P"],
  note="Industrie- und Handelskammer; long form not spelled out in the texts.")
E("hwk-neckarweil", "Organization", "Handwerkskammer Neckarweil", [])
E("buergerstiftung-neckarweil", "Organization", "Bürgerstiftung Neckarweil", [])
E("sauter-stiftung", "Organization", "Hedwig-und-Emil-Sauter-Stiftung", ["Sauter-Stiftung"])
E("sparkassenstiftung-lautachkreis", "Organization", "Sparkassenstiftung Lautachkreis", [])
E("kreissparkasse-lautachkreis", "Organization", "Kreissparkasse Lautachkreis", [])
E("brenzinger-praezisionsteile", "Organization", "Brenzinger Präzisionsteile GmbH", [])
E("molkerei-lautachtal", "Organization", "Molkerei Lautachtal eG", [])
E("kessler-haustechnik", "Organization", "Kessler Haustechnik GmbH", [])
# ---------------------------------------------------------------- Organization: Lautachkreis
E("landratsamt-lautachkreis", "Organization", "Landratsamt Lautachkreis",
  ["Landratsamts Lautachkreis", "Landratsamts@AP"],
  note="Administrative authority of the Lautachkreis.")
E("dezernat-3-lautachkreis", "Organization", "Dezernat 3 – Jugend, Bildung und Soziales",
  ["Dezernat 3 - Jugend, Bildung und Soziales", "Dezernat 3"])
E("fb-schule-bildung-lautachkreis", "Organization", "Fachbereich Schule und Bildung",
  ["Fachbereichs Schule und Bildung"])
E("regionales-bildungsbuero-lautachkreis", "Organization", "Regionales Bildungsbüro Lautachkreis",
  ["Regionales Bildungsbüro", "Regionalen Bildungsbüro", "Regionale Bildungsbüro",
   "Regionalen Bildungsbiiro Lautachkreis", "Regionale Bildungsbiiro", "Regionales Bildungsbiiro Lautachkreis",
   "Bildungsbiiro"],
  note="OCR forms 'Bildungsbiiro'; the anaphor 'Das Biiro' (AP l.10) is not listed.")
E("fb-jugend-familie-lautachkreis", "Organization", "Fachbereich Jugend und Familie", [])
E("stabsstelle-wirtschaftsfoerderung-lautachkreis", "Organization", "Stabsstelle Wirtschaftsförderung", [])
E("kreismedienzentrum-lautachkreis", "Organization", "Kreismedienzentrum Lautachkreis", [])
E("vhs-lautachkreis", "Organization", "Volkshochschule Lautachkreis", ["VHS@P"])
E("jugendberufsagentur-lautachkreis", "Organization", "Jugendberufsagentur Lautachkreis", [])
E("bsz-hornbrunn", "Organization", "Berufliches Schulzentrum Hornbrunn", ["Beruflichen Schulzentrum Hornbrunn"])
E("gemeinschaftsschule-kesselried", "Organization", "Gemeinschaftsschule Kesselried", [])
E("lindenschule-hornbrunn", "Organization", "Lindenschule Hornbrunn", [])
E("kreisjugendring-lautachkreis", "Organization", "Kreisjugendring Lautachkreis e.V.", ["Kreisjugendring Lautachkreis"])
# ---------------------------------------------------------------- Organization: Transferagentur and context
E("tasf", "Organization", "Transferagentur Schwaben-Franken für Kommunales Bildungsmanagement",
  ["TASF", "Transferagentur Schwaben-Franken", "Transferagentur Schwaben-Franken fiir Kommunales Bildungsmanagement",
   "Transferagentur@ZF"])
E("ibk", "Organization", "Institut für Bildungsplanung und Kommunalentwicklung e.V.", ["IBK"],
  note="Carrier (Träger) of the TASF.")
E("bmbf", "Organization", "Bundesministerium für Bildung und Forschung",
  ["BMBF", "Bundesministeriums fiir Bildung und Forschung"])
E("kultusministerium-bw", "Organization", "Ministerium für Kultus, Jugend und Sport Baden-Württemberg",
  ["Ministerium fiir Kultus, Jugend und Sport Baden-Wiirttemberg"])
E("dlr-projekttraeger", "Organization", "DLR Projektträger", ["DLR Projekttrager", "DLR Projektträgers"])
E("statistisches-landesamt-bw", "Organization", "Statistisches Landesamt Baden-Württemberg",
  ["Statistischen Landesamt Baden-Wiirttemberg"])

# ---------------------------------------------------------------- Body
E("steuerungsgruppe-bildung-neckarweil", "Body", "Steuerungsgruppe Bildung", ["Steuerungsgruppe@KZ"],
  exclude_lines={"K": [16, 55, 174, 177, 206]},
  note="Also the title of transfer object 3.3.3.1; TOC/table/mask-header lines are counted for the transfer object.")
E("bildungskonferenz-neckarweil", "Body", "Neckarweiler Bildungskonferenz", [])
E("stadtteilrunden-bildung-neckarweil", "Body", "Stadtteilrunden Bildung", [])
E("gemeinderat-neckarweil", "Body", "Gemeinderat der Stadt Neckarweil", ["Gemeinderat@K", "Gemeinderats@K"])
E("jugendgemeinderat-neckarweil", "Body", "Jugendgemeinderat Neckarweil", [])
E("gesamtelternbeirat-neckarweil", "Body", "Gesamtelternbeirat Neckarweil", [])
E("ag-bildungsbericht-neckarweil", "Body", "AG Bildungsbericht", [])
E("ag-uebergaenge-neckarweil", "Body", "AG Übergänge", [])
E("ak-schulewirtschaft-neckarweil", "Body", "Arbeitskreis SCHULEWIRTSCHAFT Neckarweil",
  ["Arbeitskreises SCHULEWIRTSCHAFT Neckarweil"])
E("ak-ganztag-neckarweil", "Body", "Arbeitskreis Ganztag", ["Arbeitskreises Ganztag"])
E("lenkungskreis-bildungsregion-lautachkreis", "Body", "Lenkungskreis der Bildungsregion Lautachkreis",
  ["Lenkungskreises der Bildungsregion Lautachkreis", "Lenkungskreis der Bildungsregion", "Lenkungskreis",
   "Lenkungskreises"])
E("bildungsregion-beirat-lautachkreis", "Body", "Bildungsregion-Beirat",
  ["Bildungsregion-Beirats", "Beirat der Bildungsregion", "Beirat@P", "Beirats@P"])
E("bildungskonferenz-lautachkreis", "Body", "Bildungskonferenz Lautachkreis", ["Bildungskonferenz@AP"])
E("kreistag-lautachkreis", "Body", "Kreistag", ["Kreistags"], note="Kreistag of the Lautachkreis.")
E("ausschuss-bildung-soziales-lautachkreis", "Body", "Ausschuss für Bildung und Soziales",
  ["Ausschuss fiir Bildung und Soziales"])
E("ag-uebergang-schule-beruf-lautachkreis", "Body", "AG Übergang Schule–Beruf", ["AG Ubergang Schule-Beruf"])
E("ag-bildungsmonitoring-lautachkreis", "Body", "AG Bildungsmonitoring", [])
E("netzwerk-fruehe-bildung-lautachkreis", "Body", "Netzwerk Frühe Bildung Lautachkreis",
  ["Netzwerk Friihe Bildung Lautachkreis"])
E("runder-tisch-integration-lautachkreis", "Body", "Runder Tisch Integration durch Bildung",
  ["Runden Tisches Integration durch Bildung"])
E("netzwerk-uebergang-schule-beruf-neckar-lautach", "Body", "Netzwerk Übergang Schule–Beruf Neckar-Lautach",
  ["Netzwerk Ubergang Schule-Beruf Neckar-Lautach", "Netzwerks Übergang Schule–Beruf",
   "Netzwerktreffen Übergang Schule–Beruf Neckar-Lautach"],
  note="Joint network of Stadt Neckarweil and Lautachkreis; planned in the ZV 2019, founded 11/2019.")
E("fachbeirat-tasf", "Body", "Fachbeirat der TASF", [])
E("netzwerk-bildungsmonitoring-bw", "Body", "Netzwerk Bildungsmonitoring Baden-Württemberg", [])

# ---------------------------------------------------------------- Programme
E("bildungskommunen", "Programme", "Bildungskommunen",
  ["„Bildungskommunen“", ",,Bildungskommunen\""],
  note="BMBF/ESF Plus programme; AP doc is the application of the Lautachkreis.")
E("bildung-integriert", "Programme", "Bildung integriert", ["„Bildung integriert“", ",,Bildung integriert\""])
E("lernen-vor-ort", "Programme", "Lernen vor Ort", ["„Lernen vor Ort“"])
E("lernende-regionen", "Programme", "Lernende Regionen", ["„Lernende Regionen“"])
E("esf", "Programme", "Europäischer Sozialfonds", ["Europäischen Sozialfonds", "ESF"],
  note="Treated as a funding programme, as in the shared gold ('ESF').")
E("esf-plus", "Programme", "Europäischer Sozialfonds Plus",
  ["Europdischen Sozialfonds Plus", "ESF Plus"])
E("landesprogramm-bildungsregionen", "Programme", "Bildungsregionen",
  ["Landesprogramms Bildungsregionen"], note="Landesprogramm of Baden-Württemberg.")
E("transferinitiative-kbm", "Programme", "Transferinitiative Kommunales Bildungsmanagement",
  ["„Transferinitiative Kommunales Bildungsmanagement“"])
E("kommunale-koordinierung", "Programme", "Kommunale Koordinierung der Bildungsangebote für Neuzugewanderte",
  ["Kommunale Koordinierung der Bildungsangebote fiir Neuzugewanderte", "Kommunale Koordinierung",
   "„Kommunale Koordinierung“"])
E("startchancen-programm", "Programme", "Startchancen-Programm", [])
E("lautach-macht-mint", "Programme", "Lautach macht MINT", [",,Lautach macht MINT\""],
  note="District project funded by the Sparkassenstiftung.")

# ---------------------------------------------------------------- TransferObject (one per product mask)
E("to-3.1.3.1", "TransferObject", "Bildungsleitbild „Neckarweil lernt gemeinsam“",
  ["Leitbild ,,Neckarweil lernt gemeinsam\""])
E("to-3.3.3.1", "TransferObject", "Steuerungsgruppe Bildung", [],
  only_lines={"K": [16, 55, 174, 177, 206]},
  note="Product mask 3.3.3.1; the same words name the body steuerungsgruppe-bildung-neckarweil.")
E("to-3.5.3.2", "TransferObject", "Berufe-Scouts an Werkrealschulen", ["Berufe-Scouts"])

# ---------------------------------------------------------------- ActionField
E("af-uebergang-schule-beruf", "ActionField", "Übergang Schule–Beruf", ["Ubergang Schule-Beruf"])
E("af-fachkraeftesicherung", "ActionField", "Fachkräftesicherung", ["Fachkraftesicherung"])
E("af-berufsorientierung", "ActionField", "Berufsorientierung", [])
E("af-fruehe-bildung", "ActionField", "Frühe Bildung", ["Friihe Bildung"])
E("af-uebergang-kita-grundschule", "ActionField", "Übergang Kita–Grundschule", ["Ubergang Kita-Grundschule"])
E("af-integration-durch-bildung", "ActionField", "Integration durch Bildung", [])
E("af-sprachfoerderung", "ActionField", "Sprachförderung", ["Sprachforderung", "Sprachférderung"])
E("af-ganztag", "ActionField", "Ganztag", ["Ganztagsbildung"])
E("af-digitale-bildung", "ActionField", "Digitale Bildung", ["Medienbildung"])
E("af-mint-bildung", "ActionField", "MINT-Bildung", ["MINT@A"])
E("af-bne", "ActionField", "Bildung für nachhaltige Entwicklung (BNE)",
  ["BNE", "Bildung fiir nachhaltige Entwicklung (BNE)", "Bildung für nachhaltige Entwicklung"])
E("af-lebenslanges-lernen", "ActionField", "Lebenslanges Lernen", [])
E("af-grundbildung", "ActionField", "Grundbildung", ["Grundbildung und Alphabetisierung"])
E("af-bildungsmonitoring", "ActionField", "Bildungsmonitoring", ["Bildungsmonitorings", "Monitoring@Z"])
E("af-bildungsberichterstattung", "ActionField", "Bildungsberichterstattung", [])

# ---------------------------------------------------------------- Person
P("katrin-woelfle", "Dr. Katrin Wölfle", ["Bürgermeisterin für Bildung, Jugend und Soziales"],
  "Bürgermeisterin für Bildung, Jugend und Soziales", "Stadt Neckarweil",
  note="Referred to by her office in 3.3.2, mask 3.3.3.1 and the ZV milestone plan.")
P("thomas-ruckaberle", "Thomas Ruckaberle", [], "Amtsleiter, Amt für Schule und Bildung", "Stadt Neckarweil")
P("miriam-zeller-baumann", "Miriam Zeller-Baumann", [], "Leiterin Bildungsbüro", "Stadt Neckarweil")
P("jonas-kieninger", "Jonas Kieninger", [], "Bildungsmonitoring, Bildungsbüro", "Stadt Neckarweil")
P("gabriele-rapp", "Gabriele Rapp", [], "Jugendberufshilfe, Amt für Jugend und Familie", "Stadt Neckarweil")
P("wolfgang-reichle", "Dr. Wolfgang Reichle", ["Dr. Reichle"], "Landrat", "Landratsamt Lautachkreis")
P("sabine-kuttler-hahn", "Sabine Kuttler-Hahn", ["Kuttler-Hahn"],
  "Dezernentin Dezernat 3 – Jugend, Bildung und Soziales", "Landratsamt Lautachkreis")
P("jochen-maierhoefer", "Jochen Maierhöfer", ["Jochen Maierhofer"], "Leiter Fachbereich Schule und Bildung",
  "Landratsamt Lautachkreis")
P("anja-pfisterer", "Dr. Anja Pfisterer", [], "Leiterin Regionales Bildungsbüro", "Landratsamt Lautachkreis")
P("tobias-greiner", "Tobias Greiner", ["Herr Greiner"], "Bildungsmonitoring", "Regionales Bildungsbüro Lautachkreis")
P("selin-aydogan", "Selin Aydoğan", ["Frau Aydoğan"], "Bildungskoordination Neuzugewanderte",
  "Regionales Bildungsbüro Lautachkreis")
P("melanie-schray", "Melanie Schray", [], "Projektassistenz", "Regionales Bildungsbüro Lautachkreis")
P("daniel-hipp", "Daniel Hipp", [], "Fachkräftesicherung, Stabsstelle Wirtschaftsförderung", "Landratsamt Lautachkreis")
P("ursula-brenner-wahl", "Ursula Brenner-Wahl", [], "Leiterin", "Volkshochschule Lautachkreis")
P("klaus-deuschle", "Klaus Deuschle", [], "Oberbürgermeister", "Große Kreisstadt Hornbrunn")
P("petra-haag", "Petra Haag", ["Bürgermeisterin Haag"], "Bürgermeisterin", "Gemeinde Zwiefelstetten")
P("ingrid-laemmle", "Ingrid Lämmle", ["Frau Lämmle"], "Schulamtsdirektorin", "Staatliches Schulamt Neckarweil")
P("ralf-goenner", "Ralf Gönner", [], "Bereichsleiter Berufsberatung", "Agentur für Arbeit Neckarweil")
P("corinna-wetzel", "Corinna Wetzel", [], "Leiterin Aus- und Weiterbildung", "IHK Neckar-Lautach")
P("markus-eisele", "Markus Eisele", [], "Ausbildungsberater", "Handwerkskammer Neckarweil")
P("helmut-brodbeck", "Helmut Brodbeck", ["Herr Brodbeck"], "Vorstand", "Sparkassenstiftung Lautachkreis")
P("bernd-kaechele", "Bernd Kächele", [], "Schulleiter", "Berufliches Schulzentrum Hornbrunn")
P("sandra-osswald", "Sandra Oßwald", [], "Teamleiterin U25", "Jobcenter Lautachkreis")
P("lena-ostertag", "Prof. Dr. Lena Ostertag", [], "Professorin für Bildungsforschung",
  "Pädagogische Hochschule Neckarweil")
P("claudia-brenzinger", "Claudia Brenzinger", ["Frau Brenzinger"], "Geschäftsführerin",
  "Brenzinger Präzisionsteile GmbH")
P("hans-peter-sauter", "Dr. Hans-Peter Sauter", ["Dr. Sauter"], "Vorsitzender des Stiftungsrats",
  "Hedwig-und-Emil-Sauter-Stiftung")
P("henrike-salzmann", "Dr. Henrike Salzmann", [], "Leiterin der TASF",
  "Transferagentur Schwaben-Franken für Kommunales Bildungsmanagement")
P("florian-moessner", "Florian Mössner", [], "Referent Datenbasiertes Bildungsmanagement",
  "Transferagentur Schwaben-Franken für Kommunales Bildungsmanagement")
P("aylin-kaya", "Aylin Kaya", ["Frau Kaya"], "Prozessbegleitung Kommunen, Landeskoordinatorin",
  "Transferagentur Schwaben-Franken für Kommunales Bildungsmanagement")
P("stefanie-froeschle", "Stefanie Fröschle", [], "Veranstaltungen und Öffentlichkeitsarbeit",
  "Transferagentur Schwaben-Franken für Kommunales Bildungsmanagement")
P("gerd-hallwachs", "Prof. Dr. Gerd Hallwachs", [], "Vorstandsvorsitzender",
  "Institut für Bildungsplanung und Kommunalentwicklung e.V.")

# ---------------------------------------------------------------- Measure: work packages (AP doc)
M("ap-1", "AP 1 Projektsteuerung und Analyse der Ausgangslage", ["AP 1"], "work_package")
M("ap-2", "AP 2 Strategische Steuerung – Lenkungskreis und Bildungsregion-Beirat",
  ["AP 2 Strategische Steuerung - Lenkungskreis und Bildungsregion-Beirat", "AP 2"], "work_package")
M("ap-3", "AP 3 Bildungsleitbild und Zielsystem", ["AP 3"], "work_package")
M("ap-4", "AP 4 Bildungskonferenz Lautachkreis", ["AP 4"], "work_package")
M("ap-5", "AP 5 Bildungsmonitoring", ["AP 5"], "work_package")
M("ap-6", "AP 6 Bildungsberichterstattung", ["AP 6"], "work_package")
M("ap-7", "AP 7 Übergang Schule–Beruf und Fachkräftesicherung",
  ["AP 7 Ubergang Schule-Beruf und Fachkraftesicherung", "AP 7"], "work_package")
M("ap-8", "AP 8 Frühe Bildung und Übergang Kita–Grundschule",
  ["AP 8 Friihe Bildung und Ubergang Kita-Grundschule", "AP 8"], "work_package")
M("ap-9", "AP 9 Integration durch Bildung", ["AP 9"], "work_package")
M("ap-10", "AP 10 Digitale Bildung und MINT", ["AP 10"], "work_package")
M("ap-11", "AP 11 Lebenslanges Lernen im ländlichen Raum",
  ["AP 11 Lebenslanges Lernen im landlichen Raum", "AP 11"], "work_package")
M("ap-12", "AP 12 Kommunikation, Transfer und Vernetzung", ["AP 12"], "work_package")
M("ap-13", "AP 13 Verstetigung", ["AP 13"], "work_package")
# ---------------------------------------------------------------- Measure: ZV Anlage 1 goals and first measures
M("zv-ziel-1", "Weiterentwicklung des Bildungsmonitorings zu einem kleinräumigen Monitoring", [], "goal")
M("zv-ziel-2", "Verstetigung der Steuerungsstrukturen", [], "goal")
M("zv-ziel-3", "Übergang Schule–Beruf datenbasiert steuern", [], "goal")
M("zv-ziel-4", "Bildung und Integration Neuzugewanderter", [], "goal")
M("zv-ziel-5", "Ganztagsbildung und Kooperation Schule–Jugendhilfe", [], "goal")
M("zv-ziel-6", "Bildung für nachhaltige Entwicklung (BNE) verankern", [], "goal")
M("zv-massnahme-1-1", "Analyse der vorhandenen Datenquellen und Indikatoren im Amt für Stadtentwicklung und Statistik",
  [], "measure")
M("zv-massnahme-1-2", "Aufbau eines kleinräumigen Schulmonitorings für die sechs Stadtteile", [], "measure")
M("zv-massnahme-1-3", "Qualifizierung der Mitarbeitenden des Bildungsbüros in Datenanalyse und -visualisierung",
  [], "measure")
M("zv-massnahme-2-1", "Erarbeitung eines Verstetigungskonzepts für das Bildungsbüro", [], "measure")
M("zv-massnahme-2-2", "Überprüfung der Geschäftsordnung der Steuerungsgruppe Bildung", [], "measure")
M("zv-massnahme-3-1", "Verbleibsanalyse der Abgängerinnen und Abgänger der Werkrealschulen", [], "measure")
M("zv-massnahme-3-2", "Abstimmung der Berufsorientierungsangebote in der AG Übergänge", [], "measure")
M("zv-massnahme-3-3", "Initiierung eines gemeinsamen Netzwerks Übergang Schule–Beruf mit dem Lautachkreis",
  [], "measure")
M("zv-massnahme-4-1", "Bestandsaufnahme der Angebote zur Sprachförderung für Kinder, Jugendliche und Erwachsene",
  [], "measure")
M("zv-massnahme-4-2", "Konzept für Bildungslotsen für neuzugewanderte Familien", [], "measure")
M("zv-massnahme-5-1", "Gründung eines Arbeitskreises Ganztag mit Schulen und freien Trägern", [], "measure")
M("zv-massnahme-5-2", "Fachtag Ganztag 2020", [], "measure")
M("zv-massnahme-6-1", "Erfassung von BNE-Angeboten außerschulischer Lernorte", [], "measure")
# ---------------------------------------------------------------- Measure: ZV Anlage 2 milestones
M("zv-meilenstein-auftakt", "Auftaktgespräch Fortschreibung", [], "milestone")
M("zv-meilenstein-unterzeichnung", "Unterzeichnung der ZV", [], "milestone")
M("zv-meilenstein-datenwerkstatt", "Datenwerkstatt Monitoring", [], "milestone")
M("zv-meilenstein-fachtag", "Fachtag Übergang Schule–Beruf", [], "milestone")
M("zv-meilenstein-rueckspiegelung", "Rückspiegelung", [], "milestone")
M("zv-meilenstein-fortschreibung", "Fortschreibung ZV", [], "milestone")
M("zv-meilenstein-transfer", "Wissens- und Erfahrungstransfer", [], "milestone")
M("zv-meilenstein-oeffentlichkeitsarbeit", "Öffentlichkeitsarbeit", [], "milestone",
  only_lines={"Z": [264]},
  note="Milestone cell 'Öffentlichkeits-/arbeit' (l.264-265); the word elsewhere in the table is generic.")
