# Entity specification for set61. Lines and docs are computed by build_gold.py.
TK = "sulzbruck-transferkatalog-auszug"
AP = "sulzbruck-bildungskommunen-arbeitspakete"
ZV = "sulzbruck-zielvereinbarung-tabn"
PR = "bildungsregion-steuerungsgruppe-protokoll-2024-03"
SL = "bildungsbuero-sulzbruck-praesentation-2023"

# blockers: spans that are not entity mentions although they contain an alias
BLOCKERS = ["berufsmäßigen Stadtrat", "Berufsmäßiger Stadtrat"]

E = []
def ent(id, type, name, aliases=(), generic=(), **kw):
    d = dict(id=id, type=type, name=name, aliases=list(aliases), generic=list(generic))
    d.update(kw)
    E.append(d)

# ---------------- Municipality
ent("stadt-sulzbruck", "Municipality", "Stadt Sulzbruck", ["Sulzbruck"],
    generic=[("Stadt", TK, "Mit beiden Behörden arbeitet die Stadt seit 2019"),
             ("Stadt", TK, "Stadt und Landkreis Hopfenau haben deshalb 2019"),
             ("Stadt", TK, "Fachlich begleitet wird die Stadt dabei"),
             ("Stadt", TK, "ist eine Gesellschaft der Stadt, die deren alleinige Gesellschafterin ist")],
    note="Kreisfreie Stadt in Bayern (invented). Bare 'Stadt' counted only where it clearly refers back to Sulzbruck in a sentence that carries a relation; the adjective 'Sulzbrucker' is not an alias.")
ent("lk-hopfenau", "Municipality", "Landkreis Hopfenau",
    ["Landkreises Hopfenau", "Lkr. Hopfenau", "Landratsamt Hopfenau", "Landratsamts Hopfenau"],
    generic=[("Landkreis", TK, "Stadt und Landkreis beteiligen sich damit"),
             ("Landkreis", PR, "der Landkreis Hopfenau prüfe")],
    note="Neighbouring Landkreis (invented). 'Landratsamt Hopfenau' (the district office) is treated as an alias of the Landkreis.")

# ---------------- Organizations (incl. administrative units)
ent("rbs", "Organization", "Referat für Bildung und Sport",
    ["RBS", "Referats für Bildung und Sport", "Referats fiir Bildung und Sport"],
    note="Referat of the city administration headed by the Stadtschulrat (AdministrativeUnit).")
ent("sozialreferat", "Organization", "Sozialreferat", ["Sozialreferats"],
    note="Referat of the city administration (AdministrativeUnit).")
ent("kulturreferat", "Organization", "Referat 4 – Kultur", ["Referat 4"],
    note="Referat of the city administration (AdministrativeUnit).")
ent("stadtjugendamt", "Organization", "Stadtjugendamt Sulzbruck", ["Stadtjugendamt", "Stadtjugendamts"],
    generic=[("Amtes", TK, "Leiter des Amtes ist Tobias Wenninger"),
             ("Amt", PR, "das Amt stelle dafür eine Stelle")],
    note="Amt in the Sozialreferat (AdministrativeUnit).")
ent("bildungsbuero", "Organization", "Bildungsbüro der Stadt Sulzbruck",
    ["Bildungsbüro", "Bildungsbüros", "Bildungsbiiro", "Bildungsbiiros", "Stabsstelle Bildungsbüro"],
    note="Stabsstelle in the Referat für Bildung und Sport (AdministrativeUnit).")
ent("amt-statistik", "Organization", "Amt für Stadtforschung und Statistik",
    ["Amt fiir Stadtforschung und Statistik"])
ent("stadtbibliothek", "Organization", "Stadtbibliothek Sulzbruck", ["Stadtbibliothek"])
ent("schulamt", "Organization", "Staatliches Schulamt in der Stadt Sulzbruck",
    ["Staatliches Schulamt", "Staatlichen Schulamt", "Staatlichen Schulamts", "Staatliche Schulamt",
     "Staatliche Schulamt in der Stadt Sulzbruck", "Staatlichen Schulamt in der Stadt Sulzbruck",
     "Staatl. Schulamt in der Stadt Sulzbruck"],
    generic=[("Amt", ZV, "mit dem Amt geschlossene")],
    note="State school authority (real type of institution, invented seat).")
ent("regierung", "Organization", "Regierung von Altfranken", ["Reg. v. Altfranken"],
    note="Regierung of the invented Regierungsbezirk Altfranken.")
ent("stmuk", "Organization", "Bayerisches Staatsministerium für Unterricht und Kultus",
    ["Bayerischen Staatsministeriums für Unterricht und Kultus", "StMUK"], name_in_text=False,
    note="Real ministry, context. Name in the nominative; the text has only the genitive and the abbreviation.")
ent("tabn", "Organization", "Transferagentur Bayern-Nord für Kommunales Bildungsmanagement",
    ["Transferagentur Bayern-Nord", "TABN", "Transferagentur",
     "Transferagentur Bayern-Nord fiir Kommunales Bildungsmanagement"],
    generic=[("Agentur", ZV, "Die Agentur wird durch das BMBF"),
             ("Agentur", ZV, "in den Transferkatalog der Agentur")],
    note="Invented Transferagentur-style agency.")
ent("ibs", "Organization", "Institut für Bildungsplanung und Sozialforschung e.V.",
    ["IBS", "Institut für Bildungsplanung und Sozialforschung"],
    note="Invented carrier (Träger) of the TABN.")
ent("bmbf", "Organization", "Bundesministerium für Bildung und Forschung",
    ["BMBF", "Bundesministeriums für Bildung und Forschung"])
ent("jobcenter", "Organization", "Jobcenter Sulzbruck", ["Jobcenter"],
    note="Gemeinsame Einrichtung (gE) of the Agentur für Arbeit and the city.")
ent("afa", "Organization", "Agentur für Arbeit Sulzbruck-Hopfenau",
    ["Agentur für Arbeit", "Agentur fiir Arbeit", "Agentur fiir Arbeit Sulzbruck-Hopfenau",
     "Arbeitsagentur", "AA Sulzbruck-Hopfenau"],
    generic=[("Agentur", TK, "tragen Agentur und Jobcenter seit 2021")])
ent("vhs", "Organization", "Volkshochschule Sulzbruck gGmbH",
    ["Volkshochschule Sulzbruck", "Volkshochschule", "vhs", "vhs Sulzbruck gGmbH"])
ent("vhs-landkreis", "Organization", "Volkshochschule des Landkreises",
    note="The adult education centre of the Landkreis Hopfenau; only named this way.")
ent("haw", "Organization", "Hochschule für angewandte Wissenschaften Sulzbruck",
    ["HAW Sulzbruck", "Hochschule fiir angewandte Wissenschaften Sulzbruck", "Hochschule",
     "Hochschule für angewandte Wissenschaften"])
ent("ibr", "Organization", "Institut für Bildungsforschung und Regionalentwicklung",
    ["IBR", "Instituts für Bildungsforschung und Regionalentwicklung",
     "Institut fiir Bildungsforschung und Regionalentwicklung"],
    generic=[("Institut", TK, "Das Institut, das Prof. Dr. Henrik Ostermeier leitet")],
    note="Research institute of the HAW Sulzbruck.")
ent("stiftung", "Organization", "Mitterer-Stiftung für Bildung und Teilhabe", ["Mitterer-Stiftung"],
    generic=[("Stiftung", PR, "dass die Stiftung die Förderung")])
ent("kjr", "Organization", "Kreisjugendring Sulzbruck-Stadt", ["KJR", "KJR Sulzbruck-Stadt"])
ent("bjr", "Organization", "Bayerischer Jugendring", ["Bayerischen Jugendrings"], name_in_text=False,
    note="Real state-level youth council, context only. Name in the nominative; the text has the genitive.")
ent("verein", "Organization", "Lernwerkstatt Ziegelanger e.V.", ["Lernwerkstatt Ziegelanger", "Lernwerkstatt"])
ent("genossenschaft", "Organization", "Sozialgenossenschaft Brückenschlag eG",
    ["Brückenschlag eG", "Sozialgenossenschaft Briickenschlag eG"],
    generic=[("Genossenschaft", PR, "die Genossenschaft arbeite eng")])
ent("ihk", "Organization", "IHK Altfranken", ["IHK"],
    generic=[("Kammer", PR, "Ausbildungsbetriebe über die Kammer")])
ent("hwk", "Organization", "Handwerkskammer für Altfranken",
    ["HWK für Altfranken", "Handwerkskammer fiir Altfranken", "Handwerkskammer"])
ent("lfstat", "Organization", "Bayerisches Landesamt für Statistik",
    ["Bayerischen Landesamts für Statistik", "Bayerischen Landesamt für Statistik",
     "Bayerischen Landesamts fiir Statistik"],
    note="Real state office, context only.")
ent("jba", "Organization", "Jugendberufsagentur Sulzbruck", ["Jugendberufsagentur"])

# ---------------- Bodies
ent("stadtrat", "Body", "Stadtrat der Stadt Sulzbruck", ["Stadtrat", "Stadtrats"],
    note="'berufsmäßige(r) Stadtrat/Stadträtin' is a title of Referat heads and not counted.")
ent("bildungsausschuss", "Body", "Bildungsausschuss", ["Bildungsausschusses"])
ent("jha", "Body", "Jugendhilfeausschuss", ["Jugendhilfeausschusses"])
ent("ba7", "Body", "Bezirksausschuss 7 – Ziegelanger",
    ["Bezirksausschusses 7 – Ziegelanger", "BA 7", "Bezirksausschuss 7"])
ent("ba3", "Body", "Bezirksausschuss 3 – Altstadt-Gerberviertel", ["BA 3"])
ent("bildungsregion", "Body", "Bildungsregion Sulzbruck-Hopfenau", ["Bildungsregion"],
    note="Education network of city and Landkreis.")
ent("steuerungsgruppe", "Body", "Steuerungsgruppe der Bildungsregion", ["Steuerungsgruppe"])
ent("ak-uebergaenge", "Body", "Arbeitskreis Übergänge", ["AK Übergänge", "AK Ubergange"],
    generic=[("Arbeitskreises", PR, "als Leiterin des Arbeitskreises")])
ent("ak-sprache", "Body", "Arbeitskreis Sprache und Integration", ["AK Sprache und Integration"])
ent("ak-bo", "Body", "Arbeitskreis Berufliche Orientierung", ["AK Berufliche Orientierung"],
    generic=[("Arbeitskreis", PR, "Im Arbeitskreis wirken neben der Arbeitsagentur")])
ent("bildungskonferenz", "Body", "Bildungskonferenz Sulzbruck-Hopfenau", ["Bildungskonferenz", "Bildungskonferenzen"],
    generic=[("Konferenz", PR, "Die Konferenz findet am 14.11.2024"),
             ("Konferenz", PR, "bereitet die Konferenz gemeinsam")])
ent("steb", "Body", "Stadtelternbeirat Sulzbruck", ["Stadtelternbeirat", "StEB"])
ent("bildungsbeirat", "Body", "Bildungsbeirat", ["Bildungsbeirats"], name_in_text=False, note="Planned body (AP 4); only the genitive occurs.")
ent("ag-monitoring", "Body", "AG Monitoring", note="Verwaltungsinterne AG (AP 11).")
ent("kreisausschuss", "Body", "Kreisausschuss", note="Committee of the Landkreis Hopfenau's Kreistag.")

# ---------------- Programmes
ent("bildungskommunen", "Programme", "Bildungskommunen")
ent("bildungsregionen-bayern", "Programme", "Bildungsregionen in Bayern",
    note="Real initiative of the StMUK, context.")
ent("transferinitiative", "Programme", "Transferinitiative Kommunales Bildungsmanagement")
ent("esf-plus", "Programme", "ESF Plus", ["Europäischen Sozialfonds Plus"])
ent("lesepaten", "Programme", "Lesepaten im Quartier", note="Local project carried by a Verein.")
ent("ausbildungslotsen", "Programme", "Ausbildungslotsen",
    generic=[("Lotsen", PR, "Finanziert werden die Lotsen")],
    note="Local project carried by a Genossenschaft.")

# ---------------- Action fields
ent("af-uebergang-kita-gs", "ActionField", "Übergang Kita–Grundschule", ["Ubergang Kita-Grundschule"])
ent("af-uebergang-schule-beruf", "ActionField", "Übergang Schule–Beruf", ["Ubergang Schule-Beruf"])
ent("af-berufliche-orientierung", "ActionField", "Berufliche Orientierung",
    ["Beruflichen Orientierung", "Berufsorientierung"])
ent("af-sprachbildung", "ActionField", "Sprachbildung und Integration", ["Sprachbildung", "Sprachförderung"])
ent("af-ganztag", "ActionField", "Ganztag")
ent("af-bne", "ActionField", "Bildung für nachhaltige Entwicklung",
    ["BNE", "Bildung fiir nachhaltige Entwicklung"])
ent("af-kulturelle-bildung", "ActionField", "Kulturelle Bildung", ["kulturelle Bildung"])
ent("af-bildungsmonitoring", "ActionField", "Bildungsmonitoring", ["Bildungsmonitorings", "Monitoring"])
ent("af-lebenslanges-lernen", "ActionField", "Lebenslanges Lernen", ["lebenslanges Lernen", "lebenslangen Lernen"], name_in_text=False,
    note="Capitalised canonical form; the text uses lower-case inflected forms.")
ent("af-fachkraefte", "ActionField", "Fachkräftesicherung",
    ["Fachkréftesicherung", "Fachkrafte", "Fachkräften", "Fachkréften"])

# ---------------- Measures: work packages
APS = [
 ("1", "AP 1 Bestandsaufnahme und Analyse der Ausgangslage", []),
 ("2", "AP 2 Bildungsleitbild", []),
 ("3", "AP 3 Bildungskonferenzen", []),
 ("4", "AP 4 Steuerung und Koordinierung", []),
 ("5", "AP 5 Kooperationsstrukturen", []),
 ("6", "AP 6 Stadtteilrunden Bildung", []),
 ("7", "AP 7 Übergang Kita-Grundschule", ["AP 7 Ubergang Kita-Grundschule"]),
 ("8", "AP 8 Übergang Schule-Beruf", ["AP 8 Ubergang Schule-Beruf"]),
 ("9", "AP 9 Sprachbildung und Integration", []),
 ("10", "AP 10 Fachkräfte und Bildung für nachhaltige Entwicklung", ["AP 10 Fachkrafte und Bildung fiir nachhaltige Entwicklung"]),
 ("11", "AP 11 Bildungsmonitoring", []),
 ("12", "AP 12 Bildungsberichterstattung", []),
 ("13", "AP 13 Kommunikation und Öffentlichkeitsarbeit", ["AP 13 Kommunikation und Offentlichkeitsarbeit"]),
]
for n, name, al in APS:
    ent("ap-" + n, "Measure", name, al + ["AP " + n], name_in_text=not al,
        note=None if not al else "Name given with repaired umlauts; the OCR-damaged form is the alias that occurs in the text.")

# ---------------- Measures: goals and measures of Anlage 1 of the Zielvereinbarung
ZM = [
 ("z1", "Ziel 1: Kleinräumiges Bildungsmonitoring verstetigen", ["Z1"]),
 ("m1-1", "M 1.1 Fortschreibung des Sozialraumatlas Bildung mit Indikatoren zum Ganztag", ["M 1.1"]),
 ("m1-2", "M 1.2 Aufbau eines Datenaustauschs mit dem Staatlichen Schulamt und dem Jobcenter", ["M 1.2"]),
 ("z2", "Ziel 2: Bildungsleitbild für die Stadt Sulzbruck entwickeln", ["Z2"]),
 ("m2-1", "M 2.1 Beteiligungswerkstätten mit Kindern, Jugendlichen und Eltern", ["M 2.1"]),
 ("m2-2", "M 2.2 Beschlussvorlage für Bildungsausschuss und Stadtrat", ["M 2.2"]),
 ("z3", "Ziel 3: Übergang Schule–Beruf im Verbund der Jugendberufsagentur stärken", ["Z3"]),
 ("m3-1", "M 3.1 Abgestimmtes Konzept zur Beruflichen Orientierung an Mittelschulen", ["M 3.1"]),
 ("m3-2", "M 3.2 Fachtag „Ausbildung im Quartier\" mit IHK und Handwerkskammer", ["M 3.2", "Fachtag „Ausbildung im Quartier\""]),
 ("z4", "Ziel 4: Sprachbildung und Integration durch Bildung koordinieren", ["Z4"]),
 ("m4-1", "M 4.1 Angebotsübersicht Deutschkurse und Sprachförderung (online)", ["M 4.1"]),
 ("m4-2", "M 4.2 Qualifizierungsreihe für Elternbegleiterinnen und Elternbegleiter", ["M 4.2"]),
 ("z5", "Ziel 5: Bildung für nachhaltige Entwicklung im Ganztag verankern", ["Z5"]),
 ("m5-1", "M 5.1 Bestandsaufnahme BNE-Angebote außerschulischer Partner", ["M 5.1"]),
]
for id, name, al in ZM:
    ent("zv-" + id, "Measure", name, al)

# ---------------- Transfer objects
ent("to-4.2.3.1", "TransferObject", "Sozialraumatlas Bildung", ["Sozialraumatlas"])
ent("to-4.3.3.2", "TransferObject", "Stadtteilrunden Bildung mit den Bezirksausschüssen",
    ["Stadtteilrunden Bildung", "Stadtteilrunden", "Stadtteilrunde Bildung"])
ent("to-4.5.3.3", "TransferObject", "Elternbegleitung am Übergang Kita–Grundschule", ["Elternbegleitung"])

# ---------------- Persons
def person(id, name, aliases, role, affiliation, **kw):
    ent(id, "Person", name, aliases, role=role, affiliation=affiliation, **kw)

person("strohmaier", "Cornelia Strohmaier", ["Oberbürgermeisterin"], "Oberbürgermeisterin", "Stadt Sulzbruck")
person("eibl-lorenz", "Dr. Matthias Eibl-Lorenz", ["Matthias Eibl-Lorenz", "Dr. Eibl-Lorenz", "Dr. M. Eibl-Lorenz", "Stadtschulrat"],
       "Stadtschulrat (berufsmäßiger Stadtrat), Referent für Bildung und Sport; Co-Vorsitz der Steuerungsgruppe", "Referat für Bildung und Sport")
person("kuebelbeck", "Renate Kübelbeck", ["Sozialreferentin"], "Sozialreferentin; Vorsitz im Jugendhilfeausschuss", "Sozialreferat")
person("sturmfels", "Dr. Amelie Sturmfels", [], "Kulturreferentin", "Referat 4 – Kultur")
person("gschwendtner", "Florian Gschwendtner", [], "Zweiter Bürgermeister; Vorsitz im Bildungsausschuss", "Stadt Sulzbruck")
person("oberleitner", "Katrin Oberleitner", ["KO"], "Leiterin Bildungsbüro", "Bildungsbüro der Stadt Sulzbruck")
person("hainzl", "Jakob Hainzl", ["JH"], "Bildungsmonitoring", "Bildungsbüro der Stadt Sulzbruck")
person("aydin", "Selin Aydın", ["Aydın"], "Bildungskoordination für Neuzugewanderte", "Bildungsbüro der Stadt Sulzbruck")
person("wenninger", "Tobias Wenninger", ["Herr Wenninger"], "Leiter (Amtsleiter)", "Stadtjugendamt Sulzbruck")
person("faltermeier", "Birgit Faltermeier", ["Frau Faltermeier", "BF"], "Schulamtsdirektorin, fachliche Leiterin; Leiterin AK Übergänge", "Staatliches Schulamt in der Stadt Sulzbruck")
person("reichenberger", "Dr. Klaus Reichenberger", ["Dr. Reichenberger"], "Regierungsschuldirektor, Sachgebiet Berufliche Schulen", "Regierung von Altfranken")
person("rambold", "Uwe Rambold", ["Herr Rambold"], "Geschäftsführer", "Jobcenter Sulzbruck")
person("proebstl", "Sandra Pröbstl", ["Frau Pröbstl", "SP"], "Teamleiterin Berufsberatung; Sprecherin AK Berufliche Orientierung", "Agentur für Arbeit Sulzbruck-Hopfenau")
person("landsiedl", "Dr. Petra Landsiedl", ["Dr. Landsiedl"], "Bereichsleiterin Aus- und Weiterbildung", "IHK Altfranken")
person("lindl", "Dr. Franziska Lindl", ["FL"], "Geschäftsführerin; Co-Leitung AK Sprache und Integration", "Volkshochschule Sulzbruck gGmbH")
person("ostermeier", "Prof. Dr. Henrik Ostermeier", ["Prof. Dr. Ostermeier"], "Leiter des IBR", "Institut für Bildungsforschung und Regionalentwicklung")
person("demmelhuber", "Lukas Demmelhuber", ["LD"], "Geschäftsführer; Co-Leitung AK Sprache und Integration", "Kreisjugendring Sulzbruck-Stadt")
person("riedl-kaya", "Anja Riedl-Kaya", ["Frau Riedl-Kaya"], "Vorsitzende", "Stadtelternbeirat Sulzbruck")
person("hintermaier", "Georg Hintermaier", ["Landrat Hintermaier", "Landrat"], "Landrat; Co-Vorsitz der Steuerungsgruppe", "Landkreis Hopfenau")
person("schwarzfischer", "Markus Schwarzfischer", ["MS"], "Bildungskoordinator", "Landratsamt Hopfenau")
person("kessler-naumann", "Dr. Miriam Kessler-Naumann", [], "Leiterin", "Transferagentur Bayern-Nord für Kommunales Bildungsmanagement")
person("brueckl", "Jonas Brückl", ["Herr Brückl", "JB"], "Prozessbegleiter", "Transferagentur Bayern-Nord für Kommunales Bildungsmanagement")
person("mitterer", "Walburga Mitterer", ["Frau Mitterer"], "Vorstandsvorsitzende", "Mitterer-Stiftung für Bildung und Teilhabe")
person("staudigl", "Erwin Staudigl", ["Herr Staudigl"], "Vorstand", "Sozialgenossenschaft Brückenschlag eG")
person("sedlmayr", "Ingrid Sedlmayr", [], "Vorsitzende", "Bezirksausschuss 7 – Ziegelanger")
