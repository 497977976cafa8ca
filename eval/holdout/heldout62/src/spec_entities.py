# Entity specification for set62 (Landkreis Albfelden). Lines and docs are computed by build_gold.py.
# Each entry: id, type, name, aliases, optional role/affiliation/note/role_only.
E = []
def ent(id, type, name, aliases=(), **kw):
    d = {"id": id, "type": type, "name": name, "aliases": list(aliases)}
    d.update(kw)
    E.append(d)

CAN = "canonical name (not printed in this exact form); printed forms are the aliases"

# ---------------- Municipalities ----------------
ent("lk-albfelden", "Municipality", "Landkreis Albfelden",
    ["Landkreises Albfelden", "Land-kreis Albfelden", "Landkreis Albfelden"])
ent("gkst-rebstetten", "Municipality", "Große Kreisstadt Rebstetten",
    ["Rebstetten", "GKSt Rebstetten"])
ent("gkst-talbronn", "Municipality", "Große Kreisstadt Talbronn",
    ["Talbronn", "Großen Kreisstadt Talbronn", "GKSt Talbronn"])
ent("stadt-kirchhalden", "Municipality", "Stadt Kirchhalden",
    ["Kirchhalden", "Stadt Kirchhal-den", "Kirchhal-den"])
ent("gem-fichtenweiler", "Municipality", "Gemeinde Fichtenweiler", ["Fichtenweiler"], note=CAN)
ent("gem-haslenbach", "Municipality", "Gemeinde Haslenbach", ["Haslenbach"], note=CAN)
ent("gem-schlehdorn", "Municipality", "Gemeinde Schlehdorn", ["Schlehdorn"], note=CAN)

# ---------------- Organizations ----------------
ent("land-bw", "Organization", "Land Baden-Württemberg", ["Land Baden-Württemberg"],
    note="the state as co-carrier of the Bildungsregion (catalogue 4.3.2)")
ent("gvv-wielandsgrund", "Organization", "Gemeindeverwaltungsverband Wielandsgrund",
    ["GVV Wielandsgrund", "Gemeindeverwaltungs-verband Wielandsgrund", "Gemeindeverwal-tungsverband Wielandsgrund",
     "Gemeindeverwaltungsverbands Wielandsgrund"],
    note="Verwaltungsgemeinschaft of Fichtenweiler, Haslenbach and Schlehdorn; typed Organization, not Municipality")
ent("lra-albfelden", "Organization", "Landratsamt Albfelden",
    ["Landratsamt", "Landratsamts", "LRA", "Landrats-amts Albfelden"])
ent("dez1", "Organization", "Dezernat 1 – Zentrale Dienste (Landratsamt Albfelden)", ["Dezernat 1"], note=CAN)
ent("dez2", "Organization", "Dezernat 2 – Kreisentwicklung, Wirtschaft und Verkehr (Landratsamt Albfelden)",
    ["Dezernat 2"], note=CAN)
ent("dez3", "Organization", "Dezernat 3 – Bildung, Jugend und Soziales",
    ["Dezernat 3", "Dez. 3", "Dezernat 3 - Bildung, Jugend und Soziales"])
ent("amt-schulen-bildung", "Organization", "Amt für Schulen und Bildung",
    ["Amt fiir Schulen und Bildung", "Amtes für Schulen und Bildung"])
ent("sg-bildungsmanagement", "Organization", "Sachgebiet Bildungsmanagement",
    ["Sachgebiet Bildungs-management", "Sachgebiets Bildungsmanagement", "SG 31.2 Bildungsmanagement"])
ent("bildungsbuero", "Organization", "Regionales Bildungsbüro (Landkreis Albfelden)",
    ["Regionales Bildungsbüro", "Regionalen Bildungsbüros", "Regionalen Bil-dungsbüros",
     "Regionale Bil-dungsbüro", "Regionale Bildungsbüro", "Regionalem Bildungsbüro", "Bildungsbüro", "Bildungsbüros",
     "Regionalen Bildungsbiiro", "Regionalem Bildungsbiiro"])
ent("kreisjugendamt", "Organization", "Kreisjugendamt (Landkreis Albfelden)", ["Kreisjugendamt", "Kreis-jugendamt"])
ent("sozialamt", "Organization", "Sozialamt (Landkreis Albfelden)", ["Sozialamt"])
ent("ssa-rebstetten", "Organization", "Staatliches Schulamt Rebstetten",
    ["Staatlichen Schulamt Rebstetten", "Staatliche Schul-amt Rebstetten", "Staat-lichen Schulamt Rebstetten",
     "Staatlichen Schulamt Reb-stetten", "Staatliche Schulamt", "Staatlichen Schulamt", "Staatliches Schulamt",
     "Schulamts", "SSA Rebstetten", "SSA"])
ent("rp-tuebingen", "Organization", "Regierungspräsidium Tübingen",
    ["Regierungspräsidium", "Regierungsprä-sidium Tübingen", "Regierungsprasidium Tiibingen", "RP Tübingen"])
ent("rp-abt7", "Organization", "Abteilung 7 – Schule und Bildung (Regierungspräsidium Tübingen)",
    ["Abteilung 7 – Schule und Bildung", "Abteilung 7", "Abt. 7"])
ent("km-bw", "Organization", "Ministerium für Kultus, Jugend und Sport Baden-Württemberg",
    ["Ministerium für Kultus, Jugend und Sport Baden-Württem-berg", "Ministerium fiir Kultus, Jugend und Sport",
     "Ministerium für Kultus, Jugend und Sport", "KM"], note=CAN + " (printed with a line-end hyphen)")
ent("stala-bw", "Organization", "Statistisches Landesamt Baden-Württemberg",
    ["Statistischen Landesamt Baden-Württemberg", "Statistischen Landesamt"])
ent("afa-rebstetten", "Organization", "Agentur für Arbeit Rebstetten",
    ["Agentur fiir Arbeit Rebstetten", "Agentur für Arbeit", "Agen-tur für Arbeit"])
ent("jobcenter", "Organization", "Jobcenter Landkreis Albfelden", ["Jobcenter"])
ent("ihk", "Organization", "IHK Albfelden-Rebstetten", ["IHK"])
ent("khs", "Organization", "Kreishandwerkerschaft Albfelden", ["Kreishandwerkerschaft"])
ent("kmz", "Organization", "Kreismedienzentrum (Landkreis Albfelden)", ["Kreismedienzentrum"])
ent("stabi-rebstetten", "Organization", "Stadtbibliothek Rebstetten", [])
ent("gws-rebstetten", "Organization", "Gewerbliche Schule Rebstetten", ["Gewerblichen Schule Rebstetten"], note=CAN)
ent("gws-talbronn", "Organization", "Gewerbliche Schule Talbronn", [])
ent("dhbw-rebstetten", "Organization", "Duale Hochschule Baden-Württemberg Rebstetten",
    ["DHBW Rebstetten", "Duale Hochschule Baden-Würt-temberg Rebstetten", "Duale Hochschule Baden-Wiirttemberg Rebstetten",
     "DHBW"], note=CAN + " (printed with a line-end hyphen or OCR damage)")
ent("zbw", "Organization", "Zentrum für Bildungsübergänge und Weiterbildung",
    ["ZBW", "Zentrum fiir Bildungsiibergange und Weiterbildung"])
ent("vhs-albfelden", "Organization", "Volkshochschule Albfelden e. V.",
    ["Volkshoch-schule Albfelden e. V.", "Volkshochschule Albfelden e.V.", "Volkshochschule Albfelden",
     "Volkshochschule", "VHS Albfelden e. V."])
ent("kjr-albfelden", "Organization", "Kreisjugendring Albfelden e. V.",
    ["Kreisjugendring Albfelden e.V.", "Kreisjugendring Albfelden", "Kreisjugendring", "Kreisjugendrings", "KJR",
     "KJR Albfelden e. V."])
ent("ksr-albfelden", "Organization", "Kreisseniorenrat Albfelden e. V.",
    ["Kreisseniorenrat", "Kreisseniorenrat Albfelden e.V."])
ent("kessler-stiftung", "Organization", "Hermann-und-Lore-Kessler-Stiftung", ["Kessler-Stiftung"])
ent("lernpaten", "Organization", "Netzwerk Lernpaten Albfelden e. V.",
    ["Netzwerk Lernpaten Albfel-den e. V.", "Netzwerk Lernpaten Albfelden e.V.", "Netzwerk Lernpaten"])
ent("pa-alb", "Organization", "Perspektive Arbeit Alb gGmbH", [])
ent("jba-albfelden", "Organization", "Jugendberufsagentur Albfelden",
    ["Jugendberufs-agentur Albfelden", "Jugend-berufsagentur Albfelden", "Jugendberufsagentur", "JBA Albfelden"],
    note="Arbeitsbündnis of Kreisjugendamt, Jobcenter and Agentur für Arbeit; typed Organization as in the shared gold")
ent("tasw", "Organization", "Transferagentur Südwest für Kommunales Bildungsmanagement",
    ["TA Südwest", "Transferagentur Südwest", "Transferagentur", "Transferagentur Siidwest fiir Kommunales Bildungsmanagement",
     "Transferagentur Südwest für Kommunales Bildungsmanage-ment"])
ent("sib", "Organization", "Südwestdeutsches Institut für Bildungsforschung e. V.",
    ["Südwestdeutschen Institut für Bildungsforschung e. V.", "SIB"], note=CAN)
ent("bmbf", "Organization", "Bundesministerium für Bildung und Forschung",
    ["Bundesministeriums fiir Bildung und Forschung", "BMBF"])

# ---------------- Bodies ----------------
ent("kreistag", "Body", "Kreistag (Landkreis Albfelden)", ["Kreistag", "Kreistages", "Kreistags"])
ent("vsa", "Body", "Verwaltungs- und Schulausschuss (Kreistag Albfelden)",
    ["Verwaltungs- und Schulausschuss", "Verwaltungs- und Schulausschusses", "VSA"])
ent("jha", "Body", "Jugendhilfeausschuss (Kreistag Albfelden)", ["Jugendhilfeausschuss", "Jugend-hilfeausschuss", "JHA"])
ent("bildungsregion", "Body", "Bildungsregion Albfelden", ["Bildungsregion"],
    note="regional network structure under the Landesprogramm Bildungsregionen (Steuergruppe + Regionales Bildungsbüro); typed Body")
ent("steuergruppe", "Body", "Steuergruppe der Bildungsregion Albfelden",
    ["Steuergruppe", "Steuer-gruppe", "Steuergruppe der Bildungsregion", "Steuergruppe Bildungsregion"], note=CAN)
ent("ag-usb", "Body", "AG Übergang Schule – Beruf",
    ["AG Ubergang Schule - Beruf", "AG Über-gang Schule – Beruf"])
ent("ag-fbs", "Body", "AG Frühe Bildung und Sprache", ["AG Friihe Bildung und Sprache"])
ent("ag-db", "Body", "AG Digitale Bildung", [])
ent("keb", "Body", "Kreiselternbeirat Albfelden", ["Kreiselternbeirat", "Kreiselternbeirats"])
ent("grundbildungsnetzwerk", "Body", "Grundbildungsnetzwerk (Landkreis Albfelden)", ["Grundbildungsnetzwerk"])
ent("fachkraefteallianz", "Body", "Fachkräfteallianz Albfelden", ["Fachkrafteallianz Albfelden"], note=CAN)

# ---------------- Programmes ----------------
ent("lp-bildungsregionen", "Programme", "Landesprogramm Bildungsregionen", ["Landesprogramms Bildungsregionen"])
ent("bildungskommunen", "Programme", "Bildungskommunen", ["Bildungskommune", "„Bildungskommunen“"],
    note="BMBF/ESF-Plus funding programme; generic plural uses (\"anderen Bildungskommunen\") are listed as occurrences too")
ent("esf-plus", "Programme", "Europäischer Sozialfonds Plus", ["Europaischen Sozialfonds Plus", "ESF Plus"], note=CAN)
ent("transferinitiative", "Programme", "Transferinitiative Kommunales Bildungsmanagement", [])
ent("kompass-beruf", "Programme", "Kompass Beruf", ["„Kompass Beruf“"],
    note="the project; its product mask is the separate TransferObject to-4.5.3.1")
ent("sprachbruecke", "Programme", "Sprachbrücke Kita", ["Sprachbriicke Kita", "„Sprachbrücke Kita“"])
ent("startchancen", "Programme", "Startchancen-Programm", [])

# ---------------- Persons ----------------
ent("sauter-haag", "Person", "Dr. Annegret Sauter-Haag", ["Dr. Sauter-Haag"],
    role="Landrätin", affiliation="Landkreis Albfelden")
ent("kuttler", "Person", "Martin Kuttler", [], role="Erster Landesbeamter", affiliation="Landratsamt Albfelden")
ent("mayerhoefer", "Person", "Dr. Florian Mayerhöfer",
    ["Dr. Florian Mayer-höfer", "Dr. F. Mayerhöfer", "Dr. Mayerhöfer"],
    role="Dezernent für Bildung, Jugend und Soziales", affiliation="Dezernat 3 – Bildung, Jugend und Soziales")
ent("ebner", "Person", "Sieglinde Ebner", [], role="Dezernentin",
    affiliation="Dezernat 2 – Kreisentwicklung, Wirtschaft und Verkehr")
ent("schaefle", "Person", "Renate Schäfle", ["Frau Schäfle", "Schäfle"], role="Amtsleiterin",
    affiliation="Amt für Schulen und Bildung")
ent("breitling", "Person", "Jonas Breitling", ["Breitling"],
    role="Sachgebietsleiter Bildungsmanagement, Leiter des Regionalen Bildungsbüros", affiliation="Regionales Bildungsbüro")
ent("demirtas", "Person", "Aylin Demirtaş", [], role="Bildungskoordinatorin", affiliation="Regionales Bildungsbüro")
ent("woerner", "Person", "Tobias Wörner", ["Herr Wörner"], role="Bildungsmonitoring", affiliation="Regionales Bildungsbüro")
ent("gairing", "Person", "Dr. Stefan Gairing", ["Herr Dr. Gairing", "Herr Gairing"], role="Oberbürgermeister",
    affiliation="Große Kreisstadt Talbronn")
ent("wahl", "Person", "Peter Wahl", ["Herrn Wahl"], role="Erster Bürgermeister", affiliation="Große Kreisstadt Rebstetten")
ent("gerstlauer", "Person", "Oberbürgermeister Gerstlauer", [], role="Oberbürgermeister",
    affiliation="Große Kreisstadt Rebstetten", note="Only surname given.")
ent("haug", "Person", "Carmen Haug", ["Frau Haug"], role="Bürgermeisterin (Haslenbach), Verbandsvorsitzende",
    affiliation="Gemeindeverwaltungsverband Wielandsgrund")
ent("osswald", "Person", "Bernd Oßwald", ["Herr Oßwald", "Oßwald"], role="Schulamtsdirektor, Leiter",
    affiliation="Staatliches Schulamt Rebstetten")
ent("gaenssle", "Person", "Petra Gänßle", ["Gänßle"], role="Schulrätin", affiliation="Staatliches Schulamt Rebstetten")
ent("laemmle", "Person", "Dr. Katrin Lämmle", ["Frau Dr. Lämmle"], role="Regierungsschuldirektorin, Referat 74",
    affiliation="Regierungspräsidium Tübingen")
ent("vogt", "Person", "Sandra Vogt", ["Frau Vogt"], role="Teamleiterin Berufsberatung",
    affiliation="Agentur für Arbeit Rebstetten")
ent("kaechele", "Person", "Nadine Kächele", ["Frau Kächele", "Kächele"], role="Bereichsleiterin Aus- und Weiterbildung",
    affiliation="IHK Albfelden-Rebstetten")
ent("voehringer", "Person", "Prof. Dr. Hanna Vöhringer", ["Frau Prof. Dr. Vöhringer"], role="Leiterin des ZBW",
    affiliation="Duale Hochschule Baden-Württemberg Rebstetten")
ent("ziegelmeier", "Person", "Thomas Ziegelmeier", ["Herr Ziegelmeier"], role="Vorsitzender",
    affiliation="Kreiselternbeirat Albfelden")
ent("falkenstein", "Person", "Miriam Falkenstein", ["Frau Falkenstein"], role="Prozessbegleiterin",
    affiliation="Transferagentur Südwest für Kommunales Bildungsmanagement")
ent("yilmaz", "Person", "Emre Yılmaz", ["Herr Yılmaz"], role="Geschäftsführer", affiliation="Perspektive Arbeit Alb gGmbH")
ent("deuschle", "Person", "Ralf Deuschle", [], role="Geschäftsführer", affiliation="Jobcenter Landkreis Albfelden")
ent("hinterseer", "Person", "Dr. Jörg Hinterseer", [], role="Leiter",
    affiliation="Transferagentur Südwest für Kommunales Bildungsmanagement")
ent("rieber", "Person", "Dr. Wolfgang Rieber", [], role="Vorstand", affiliation="Hermann-und-Lore-Kessler-Stiftung")
ent("bertsch", "Person", "Luca Bertsch", [], role="Bildungsreferent", affiliation="Kreisjugendring Albfelden e. V.")
ent("moosmann", "Person", "Jan-Philipp Moosmann", [], role="Bürgermeister", affiliation="Stadt Kirchhalden")

# ---------------- Action fields ----------------
ent("af-fruehe-bildung", "ActionField", "Frühe Bildung und Sprache", [])
ent("af-uebergang-schule-beruf", "ActionField", "Übergang Schule – Beruf", ["Ubergange Schule - Beruf"])
ent("af-fachkraeftesicherung", "ActionField", "Fachkräftesicherung", ["Fachkréftesicherung"])
ent("af-digitale-bildung", "ActionField", "Digitale Bildung", [])
ent("af-integration", "ActionField", "Integration durch Bildung", [])
ent("af-lebenslanges-lernen", "ActionField", "Lebenslanges Lernen", [])
ent("af-bildungsmonitoring", "ActionField", "Bildungsmonitoring",
    ["Bildungsmonitorings", "Bildungsmoni-toring", "Bildungsmo-nitoring"])

# ---------------- Measures: work packages ----------------
AP = [
 (1, "AP 1 Bestandsaufnahme und Anschluss an die Bildungsregion", None),
 (2, "AP 2 Bildungsleitbild für den Landkreis", "AP 2 Bildungsleitbild fiir den Landkreis"),
 (3, "AP 3 Steuerung und Gremienarbeit", None),
 (4, "AP 4 Kooperation mit dem Land", None),
 (5, "AP 5 Einbindung der Städte und Gemeinden", "AP 5 Einbindung der Stadte und Gemeinden"),
 (6, "AP 6 Zusammenarbeit mit der Transferagentur", None),
 (7, "AP 7 Frühe Bildung und Sprache", "AP 7 Friihe Bildung und Sprache"),
 (8, "AP 8 Maßnahmen für den Schwerpunkt Übergänge Schule – Beruf", "AP 8 MaBnahmen fiir den Schwerpunkt Ubergange Schule - Beruf"),
 (9, "AP 9 Fachkräftesicherung", "AP 9 Fachkréftesicherung"),
 (10, "AP 10 Digitale Bildung", None),
 (11, "AP 11 Integration durch Bildung", None),
 (12, "AP 12 Lebenslanges Lernen und Grundbildung", None),
 (13, "AP 13 Bildungsmonitoring und Bildungsberichterstattung", None),
]
for n, name, printed in AP:
    al = [f"AP {n}"] + ([printed] if printed else [])
    kw = {"note": "OCR-repaired canonical name; printed form in aliases"} if printed else {}
    ent(f"ap-{n:02d}", "Measure", name, al, **kw)

# ---------------- Measures: goals and measures of the Zielvereinbarung ----------------
ZV = [
 ("zv-ziel-1", "Ziel 1: Weiterentwicklung des Kreisbildungsberichts zu einem steuerungsrelevanten Bildungsmonitoring", ["Ziel 1"]),
 ("zv-m-1-1", "Maßnahme 1.1: Überarbeitung des Indikatorensets mit Blick auf die Handlungsfelder der Bildungsregion", ["Maßnahme 1.1"]),
 ("zv-m-1-2", "Maßnahme 1.2: Workshop „Daten nutzen“ mit den Mitgliedern der Steuergruppe", ["Maßnahme 1.2", "Workshop „Daten nutzen“"]),
 ("zv-ziel-2", "Ziel 2: Klärung und Stärkung der Steuerungsstrukturen der Bildungsregion", ["Ziel 2"]),
 ("zv-m-2-1", "Maßnahme 2.1: Rollenklärung zwischen Steuergruppe, Arbeitsgruppen und Regionalem Bildungsbüro", ["Maßnahme 2.1"]),
 ("zv-m-2-2", "Maßnahme 2.2: Entwurf einer Geschäftsordnung für die Steuergruppe", ["Maßnahme 2.2"]),
 ("zv-ziel-3", "Ziel 3: Bessere Abstimmung der Angebote am Übergang Schule – Beruf", ["Ziel 3"]),
 ("zv-m-3-1", "Maßnahme 3.1: Prozessbegleitung der Jugendberufsagentur Albfelden (Kreisjugendamt, Jobcenter, Agentur für Arbeit)",
  ["Maßnahme 3.1", "Maßnahme 3.1: Prozess-begleitung der Jugend-berufsagentur Albfelden"]),
 ("zv-m-3-2", "Maßnahme 3.2: Angebotslandkarte Übergang Schule – Beruf für die vier Raumschaften",
  ["Maßnahme 3.2", "Maßnahme 3.2: Angebots-landkarte Übergang Schule – Beruf für die vier Raumschaften"]),
 ("zv-ziel-4", "Ziel 4: Mehr Beteiligung von Eltern, Jugendlichen und Gemeinden", ["Ziel 4"]),
 ("zv-m-4-1", "Maßnahme 4.1: Weiterentwicklung des Bildungsdialogs „Albfelden im Gespräch“ mit Kreisjugendring und Kreiselternbeirat",
  ["Maßnahme 4.1", "Maßnahme 4.1: Weiter-entwicklung des Bildungsdialogs „Albfelden im Gespräch“ mit Kreisjugendring und Kreiselternbeirat"]),
]
for id, name, al in ZV:
    kw = {"note": "canonical (de-hyphenated) name; printed form in aliases"} if any(":" in a for a in al) else {}
    ent(id, "Measure", name, al, **kw)

# ---------------- Transfer objects ----------------
ent("to-4.2.3.1", "TransferObject", "Kreisbildungsbericht Albfelden",
    ["Kreisbildungsbericht", "Kreisbildungsberichts", "Kreisbildungsbe-richts", "Kreisbildungs-bericht",
     "KreISBILDungSBerIcht ALBfeLDen"])
ent("to-4.3.3.2", "TransferObject", "Bildungsdialog „Albfelden im Gespräch“",
    ["Bildungsdialog", "Bildungsdialog ,,Albfelden im Gesprach\"", "Bildungsdialogs „Albfelden im Gespräch“",
     "BILDungSDIALog „ALBfeLDen IM geSpräch“"])
ent("to-4.5.3.1", "TransferObject", "Übergangsbegleitung „Kompass Beruf“ an beruflichen Schulen",
    ["Übergangsbegleitung „Kompass Beruf“", "üBergAngSBegLeItung „KoMpASS Beruf“ An BerufLIchen SchuLen",
     "Ubergangsbegleitung ,,Kompass Beruf\""])
