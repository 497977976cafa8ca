from spec_entities import TK, AP, ZV, PR, SL
R = []
def rel(s, p, o, doc, ev, role=None, note=None):
    d = dict(subject=s, predicate=p, object=o, doc=doc, evidence=ev)
    if role: d["role"] = role
    if note: d["note"] = note
    R.append(d)

# ======================= Transferkatalog
rel("eibl-lorenz", "memberOf", "rbs", TK, "Berufsmäßiger Stadtrat, Referent für Bildung und Sport (Stadtschulrat) der Stadt Sulzbruck",
    role="Berufsmäßiger Stadtrat, Referent für Bildung und Sport (Stadtschulrat)", note="signature of the foreword (line above: name)")
rel("bildungsausschuss", "subOrganizationOf", "stadtrat", TK, "Er hat zur Vorberatung bildungspolitischer Fragen den Bildungsausschuss eingerichtet",
    note="'Er' = der Stadtrat der Stadt Sulzbruck (previous sentence)")
rel("bildungsausschuss", "subOrganizationOf", "stadtrat", TK, "Beide sind Ausschüsse des Stadtrats")
rel("jha", "subOrganizationOf", "stadtrat", TK, "Beide sind Ausschüsse des Stadtrats")
rel("bildungsausschuss", "chairedBy", "gschwendtner", TK, "Den Vorsitz im Bildungsausschuss führt in Vertretung der Oberbürgermeisterin der Zweite Bürgermeister Florian Gschwendtner")
rel("jha", "chairedBy", "kuebelbeck", TK, "Im Jugendhilfeausschuss hat ihn die Sozialreferentin Renate Kübelbeck inne",
    note="'ihn' = den Vorsitz (previous sentence)")
rel("kuebelbeck", "memberOf", "sozialreferat", TK, "die Sozialreferentin Renate Kübelbeck", role="Sozialreferentin",
    note="role title implies head of the Sozialreferat")
rel("eibl-lorenz", "memberOf", "rbs", TK, "an dessen Spitze Stadtschulrat Dr. Matthias Eibl-Lorenz steht", role="Stadtschulrat, Leitung")
rel("bildungsbuero", "subOrganizationOf", "rbs", TK, "Das Bildungsbüro ist als Stabsstelle unmittelbar dem Referenten zugeordnet",
    note="'dem Referenten' = head of the Referat für Bildung und Sport")
rel("oberleitner", "memberOf", "bildungsbuero", TK, "wird von Katrin Oberleitner geleitet", role="Leiterin")
rel("stadtjugendamt", "subOrganizationOf", "sozialreferat", TK, "Das Stadtjugendamt Sulzbruck ist Teil des Sozialreferats")
rel("wenninger", "memberOf", "stadtjugendamt", TK, "Leiter des Amtes ist Tobias Wenninger", role="Leiter")
rel("stadtbibliothek", "subOrganizationOf", "kulturreferat", TK, "Das Referat 4 – Kultur, dem die Stadtbibliothek Sulzbruck angehört")
rel("sturmfels", "memberOf", "kulturreferat", TK, "Kulturreferentin ist Dr. Amelie Sturmfels", role="Kulturreferentin")
rel("schulamt", "subOrganizationOf", "regierung", TK, "Es ist der Regierung von Altfranken nachgeordnet")
rel("stadt-sulzbruck", "cooperatesWith", "schulamt", TK, "Mit beiden Behörden arbeitet die Stadt seit 2019 in einer Verantwortungsgemeinschaft zusammen")
rel("stadt-sulzbruck", "cooperatesWith", "regierung", TK, "Mit beiden Behörden arbeitet die Stadt seit 2019 in einer Verantwortungsgemeinschaft zusammen")
rel("stadt-sulzbruck", "cooperatesWith", "lk-hopfenau", TK, "Seit 2019 bildet Sulzbruck gemeinsam mit dem benachbarten Landkreis Hopfenau die Bildungsregion Sulzbruck-Hopfenau")
rel("stadt-sulzbruck", "participatesIn", "bildungsregion", TK, "Seit 2019 bildet Sulzbruck gemeinsam mit dem benachbarten Landkreis Hopfenau die Bildungsregion Sulzbruck-Hopfenau")
rel("lk-hopfenau", "participatesIn", "bildungsregion", TK, "Seit 2019 bildet Sulzbruck gemeinsam mit dem benachbarten Landkreis Hopfenau die Bildungsregion Sulzbruck-Hopfenau")
rel("stadt-sulzbruck", "participatesIn", "bildungsregionen-bayern", TK, "Stadt und Landkreis beteiligen sich damit an der Initiative „Bildungsregionen in Bayern“")
rel("lk-hopfenau", "participatesIn", "bildungsregionen-bayern", TK, "Stadt und Landkreis beteiligen sich damit an der Initiative „Bildungsregionen in Bayern“")
rel("steuerungsgruppe", "subOrganizationOf", "bildungsregion", TK, "Gesteuert wird die Bildungsregion von einer Steuerungsgruppe")
rel("steuerungsgruppe", "chairedBy", "eibl-lorenz", TK, "die der Stadtschulrat und der Landrat des Landkreises Hopfenau, Georg Hintermaier, gemeinsam leiten")
rel("steuerungsgruppe", "chairedBy", "hintermaier", TK, "die der Stadtschulrat und der Landrat des Landkreises Hopfenau, Georg Hintermaier, gemeinsam leiten")
rel("hintermaier", "memberOf", "lk-hopfenau", TK, "der Landrat des Landkreises Hopfenau, Georg Hintermaier", role="Landrat")
for o, ev in [("schulamt", "Ihr gehören ferner das Staatliche Schulamt"),
              ("afa", "die Agentur für Arbeit Sulzbruck-Hopfenau, das Jobcenter Sulzbruck"),
              ("jobcenter", "das Jobcenter Sulzbruck, die IHK Altfranken"),
              ("ihk", "die IHK Altfranken, die Handwerkskammer für Altfranken"),
              ("hwk", "die Handwerkskammer für Altfranken, die Volkshochschule Sulzbruck gGmbH"),
              ("vhs", "die Volkshochschule Sulzbruck gGmbH, die Hochschule für angewandte Wissenschaften Sulzbruck"),
              ("haw", "die Hochschule für angewandte Wissenschaften Sulzbruck und der Kreisjugendring Sulzbruck-Stadt an"),
              ("kjr", "und der Kreisjugendring Sulzbruck-Stadt an")]:
    rel(o, "participatesIn", "steuerungsgruppe", TK, ev, note="'Ihr gehören ferner … an' – 'Ihr' = the Steuerungsgruppe")
for s in ["ak-uebergaenge", "ak-sprache", "ak-bo"]:
    rel(s, "subOrganizationOf", "bildungsregion", TK, "Der Steuerungsgruppe arbeiten drei Arbeitskreise der Bildungsregion zu",
        note="the three Arbeitskreise are listed in the same sentence")
rel("bildungsbuero", "participatesIn", "bildungskonferenz", TK, "sie wird unter Federführung des Bildungsbüros vorbereitet", role="Federführung")
rel("bildungsbuero", "participatesIn", "bildungskommunen", TK, "Die Personalstellen des Bildungsbüros werden bis 2026 im Programm „Bildungskommunen“ gefördert")
rel("bildungskommunen", "fundedBy", "bmbf", TK, "das aus Mitteln des Bundesministeriums für Bildung und Forschung und des Europäischen Sozialfonds Plus finanziert wird")
rel("bildungskommunen", "fundedBy", "esf-plus", TK, "das aus Mitteln des Bundesministeriums für Bildung und Forschung und des Europäischen Sozialfonds Plus finanziert wird")
rel("stadt-sulzbruck", "cooperatesWith", "tabn", TK, "Fachlich begleitet wird die Stadt dabei von der Transferagentur Bayern-Nord für Kommunales Bildungsmanagement")
rel("tabn", "carriedBy", "ibs", TK, "deren Träger das Institut für Bildungsplanung und Sozialforschung e.V. ist")
rel("jobcenter", "carriedBy", "afa", TK, "Das Jobcenter Sulzbruck ist eine gemeinsame Einrichtung der Agentur für Arbeit Sulzbruck-Hopfenau und der Stadt Sulzbruck")
rel("jobcenter", "carriedBy", "stadt-sulzbruck", TK, "Das Jobcenter Sulzbruck ist eine gemeinsame Einrichtung der Agentur für Arbeit Sulzbruck-Hopfenau und der Stadt Sulzbruck")
for o in ["stadtjugendamt", "afa", "jobcenter"]:
    rel("jba", "carriedBy", o, TK, "Zusammen mit dem Stadtjugendamt tragen Agentur und Jobcenter seit 2021 die Jugendberufsagentur Sulzbruck")
rel("vhs", "carriedBy", "stadt-sulzbruck", TK, "ist eine Gesellschaft der Stadt, die deren alleinige Gesellschafterin ist",
    note="sole shareholder read as carrier")
rel("vhs", "cooperatesWith", "bildungsbuero", TK, "Die vhs ist zugleich Partnerin des Bildungsbüros")
rel("lindl", "memberOf", "vhs", TK, "Geschäftsführerin ist Dr. Franziska Lindl", role="Geschäftsführerin")
rel("ibr", "subOrganizationOf", "haw", TK, "An der Hochschule für angewandte Wissenschaften Sulzbruck besteht seit 2018 das Institut für Bildungsforschung und Regionalentwicklung (IBR)")
rel("ostermeier", "memberOf", "ibr", TK, "Das Institut, das Prof. Dr. Henrik Ostermeier leitet", role="Leiter")
rel("kjr", "subOrganizationOf", "bjr", TK, "Kreisjugendring Sulzbruck-Stadt als Gliederung des Bayerischen Jugendrings")
rel("lesepaten", "carriedBy", "verein", TK, "So wird das Projekt „Lesepaten im Quartier“ von der Lernwerkstatt Ziegelanger e.V. getragen")
rel("lesepaten", "fundedBy", "stiftung", TK, "gefördert wird es durch die Mitterer-Stiftung für Bildung und Teilhabe")
rel("mitterer", "memberOf", "stiftung", TK, "deren Vorstand Walburga Mitterer vorsitzt", role="Vorstandsvorsitzende")
rel("ausbildungslotsen", "carriedBy", "genossenschaft", TK, "die „Ausbildungslotsen“ der Sozialgenossenschaft Brückenschlag eG")
rel("ba7", "chairedBy", "sedlmayr", TK, "Im Bezirksausschuss 7 – Ziegelanger, dessen Vorsitzende Ingrid Sedlmayr die erste Stadtteilrunde einberief")
rel("stadt-sulzbruck", "cooperatesWith", "lk-hopfenau", TK, "Stadt und Landkreis Hopfenau haben deshalb 2019 eine Kooperationsvereinbarung über die gemeinsame Bildungsregion geschlossen")
rel("bildungsbuero", "participatesIn", "bildungsregion", TK, "die Geschäftsstelle liegt beim Bildungsbüro der Stadt", role="Geschäftsstelle")
rel("vhs", "cooperatesWith", "vhs-landkreis", TK, "stimmen sich die vhs und die Volkshochschule des Landkreises regelmäßig ab")
# masks: BETEILIGTE AKTEURE
for o, ev in [("bildungsbuero", "Bildungsbüro der Stadt Sulzbruck (Federführung)"),
              ("amt-statistik", "Amt für Stadtforschung und Statistik"),
              ("stadtjugendamt", "Stadtjugendamt (Jugendhilfeplanung)"),
              ("schulamt", "• Staatliches Schulamt in der Stadt Sulzbruck • Bayerisches"),
              ("lfstat", "Bayerisches Landesamt für Statistik •"),
              ("afa", "Agentur für Arbeit Sulzbruck-Hopfenau, Jobcenter Sulzbruck"),
              ("jobcenter", "Agentur für Arbeit Sulzbruck-Hopfenau, Jobcenter Sulzbruck"),
              ("ibr", "Institut für Bildungsforschung und Regionalentwicklung (IBR) der HAW Sulzbruck (wissenschaftliche Beratung)")]:
    rel("to-4.2.3.1", "involvesActor", o, TK, ev)
rel("ibr", "subOrganizationOf", "haw", TK, "Institut für Bildungsforschung und Regionalentwicklung (IBR) der HAW Sulzbruck")
for o, ev in [("ba3", "Bezirksausschüsse (bisher BA 3, BA 7 und drei weitere)"),
              ("ba7", "Bezirksausschüsse (bisher BA 3, BA 7 und drei weitere)"),
              ("bildungsbuero", "und drei weitere) • Bildungsbüro •"),
              ("kjr", "Kreisjugendring Sulzbruck-Stadt (offene Jugendarbeit)"),
              ("vhs", "Volkshochschule Sulzbruck gGmbH, Stadtbibliothek Sulzbruck"),
              ("stadtbibliothek", "Volkshochschule Sulzbruck gGmbH, Stadtbibliothek Sulzbruck"),
              ("steb", "Stadtelternbeirat Sulzbruck • Schulleitungen")]:
    rel("to-4.3.3.2", "involvesActor", o, TK, ev)
for o, ev in [("verein", "Lernwerkstatt Ziegelanger e.V. (Träger)"),
              ("stiftung", "Mitterer-Stiftung für Bildung und Teilhabe (Förderung)"),
              ("stadtjugendamt", "Stadtjugendamt Sulzbruck, Abteilung Kindertagesbetreuung"),
              ("schulamt", "Abteilung Kindertagesbetreuung • Staatliches Schulamt in der Stadt Sulzbruck"),
              ("vhs", "Volkshochschule Sulzbruck gGmbH (Qualifizierung)"),
              ("ak-uebergaenge", "Arbeitskreis Übergänge der Bildungsregion MARKETING")]:
    rel("to-4.5.3.3", "involvesActor", o, TK, ev)
rel("to-4.5.3.3", "carriedBy", "verein", TK, "Träger der Elternbegleitung ist die Lernwerkstatt Ziegelanger e.V.")
rel("to-4.5.3.3", "fundedBy", "stiftung", TK, "gefördert wird das Vorhaben von der Mitterer-Stiftung für Bildung und Teilhabe")

# ======================= Arbeitspakete
rel("bildungsbuero", "subOrganizationOf", "rbs", AP, "das Bildungsbiiro als Stabsstelle des Referats fiir Bildung und Sport (RBS)")
rel("stadt-sulzbruck", "cooperatesWith", "lk-hopfenau", AP, "Bildungskonferenz der Bildungsregion gemeinsam mit dem Landkreis Hopfenau",
    note="subject = applicant (Stadt Sulzbruck, heading)")
for s in ["ak-uebergaenge", "ak-sprache", "ak-bo"]:
    rel(s, "subOrganizationOf", "bildungsregion", AP, "Pflege der Arbeitskreise der Bildungsregion (AK Ubergange, AK Sprache und Integration, AK Berufliche Orientierung)")
rel("stadt-sulzbruck", "cooperatesWith", "schulamt", AP, "regelmaBige Jour fixes mit dem Staatlichen Schulamt und der Regierung von Altfranken",
    note="subject = applicant (Stadt Sulzbruck, heading)")
rel("stadt-sulzbruck", "cooperatesWith", "regierung", AP, "regelmaBige Jour fixes mit dem Staatlichen Schulamt und der Regierung von Altfranken",
    note="subject = applicant (Stadt Sulzbruck, heading)")
rel("stadt-sulzbruck", "cooperatesWith", "tabn", AP, "Zusammenarbeit mit der Transferagentur Bayern-Nord fiir Kommunales Bildungsmanagement (TABN)",
    note="subject = applicant (Stadt Sulzbruck, heading)")
rel("stadt-sulzbruck", "cooperatesWith", "verein", AP, "Verstetigung der Elternbegleitung gemeinsam mit der Lernwerkstatt Ziegelanger e.V.",
    note="subject = applicant (Stadt Sulzbruck, heading)")
for o, ev in [("afa", "gemeinsam mit Agentur fiir Arbeit, IHK Altfranken und Handwerkskammer fiir Altfranken"),
              ("ihk", "gemeinsam mit Agentur fiir Arbeit, IHK Altfranken und Handwerkskammer fiir Altfranken"),
              ("hwk", "gemeinsam mit Agentur fiir Arbeit, IHK Altfranken und Handwerkskammer fiir Altfranken"),
              ("vhs", "gemeinsame MaBnahmenplanung mit der Volkshochschule Sulzbruck gGmbH und dem Jobcenter Sulzbruck"),
              ("jobcenter", "gemeinsame MaBnahmenplanung mit der Volkshochschule Sulzbruck gGmbH und dem Jobcenter Sulzbruck"),
              ("haw", "Kooperationsvereinbarung mit der Hochschule fiir angewandte Wissenschaften Sulzbruck"),
              ("ibr", "wissenschaftliche Begleitung durch das Institut fiir Bildungsforschung und Regionalentwicklung (IBR)")]:
    rel("stadt-sulzbruck", "cooperatesWith", o, AP, ev, note="subject = applicant (Stadt Sulzbruck, heading)")
rel("ausbildungslotsen", "carriedBy", "genossenschaft", AP, "des Projekts Ausbildungslotsen der Sozialgenossenschaft Briickenschlag eG")
rel("stadtjugendamt", "participatesIn", "ag-monitoring", AP, "verwaltungsinterne AG Monitoring mit Stadtjugendamt und Amt fiir Stadtforschung und Statistik")
rel("amt-statistik", "participatesIn", "ag-monitoring", AP, "verwaltungsinterne AG Monitoring mit Stadtjugendamt und Amt fiir Stadtforschung und Statistik")
for o, ev in [("schulamt", "Kooperationspartner des Vorhabens sind das Staatliche Schulamt in der Stadt Sulzbruck"),
              ("afa", "die Agentur fiir Arbeit Sulzbruck-Hopfenau, das Jobcenter Sulzbruck"),
              ("jobcenter", "das Jobcenter Sulzbruck, die Volkshochschule Sulzbruck gGmbH"),
              ("vhs", "die Volkshochschule Sulzbruck gGmbH, die HAW Sulzbruck"),
              ("haw", "die HAW Sulzbruck und der Landkreis Hopfenau"),
              ("lk-hopfenau", "die HAW Sulzbruck und der Landkreis Hopfenau")]:
    rel("stadt-sulzbruck", "cooperatesWith", o, AP, ev, note="'Kooperationspartner des Vorhabens' – subject = applicant")
for s, o, ev in [("ap-7", "af-uebergang-kita-gs", "AP 7 Ubergang Kita-Grundschule"),
                 ("ap-8", "af-uebergang-schule-beruf", "AP 8 Ubergang Schule-Beruf"),
                 ("ap-8", "af-berufliche-orientierung", "Weiterentwicklung der Beruflichen Orientierung"),
                 ("ap-9", "af-sprachbildung", "AP 9 Sprachbildung und Integration"),
                 ("ap-10", "af-fachkraefte", "Themen Fachkréftesicherung und BNE"),
                 ("ap-10", "af-bne", "AP 10 Fachkrafte und Bildung fiir nachhaltige Entwicklung"),
                 ("ap-10", "af-ganztag", "Gewinnung von Fachkréften fiir Kitas und Ganztag"),
                 ("ap-11", "af-bildungsmonitoring", "AP 11 Bildungsmonitoring"),
                 ("ap-11", "af-ganztag", "Entwicklung von Indikatoren zum Ganztag"),
                 ("ap-12", "af-lebenslanges-lernen", "Erarbeitung des zweiten Bildungsberichts mit Schwerpunkt lebenslanges Lernen")]:
    rel(s, "addressesActionField", o, AP, ev)

# ======================= Zielvereinbarung
rel("strohmaier", "memberOf", "stadt-sulzbruck", ZV, "vertreten durch die Oberbürgermeisterin Cornelia Strohmaier", role="Oberbürgermeisterin")
rel("kessler-naumann", "memberOf", "tabn", ZV, "vertreten durch die Leiterin Dr. Miriam Kessler-Naumann", role="Leiterin",
    note="'der Transferagentur Bayern-Nord … (TABN), vertreten durch die Leiterin'")
rel("tabn", "participatesIn", "transferinitiative", ZV, "Die TABN ist Teil der Transferinitiative Kommunales Bildungsmanagement")
rel("transferinitiative", "carriedBy", "bmbf", ZV, "die vom Bundesministerium für Bildung und Forschung (BMBF) gemeinsam mit den Ländern getragen wird")
rel("tabn", "carriedBy", "ibs", ZV, "Ihr Träger ist das Institut für Bildungsplanung und Sozialforschung e.V. (IBS)")
rel("tabn", "fundedBy", "bmbf", ZV, "Die Agentur wird durch das BMBF und aus Mitteln des Europäischen Sozialfonds Plus (ESF Plus) gefördert")
rel("tabn", "fundedBy", "esf-plus", ZV, "Die Agentur wird durch das BMBF und aus Mitteln des Europäischen Sozialfonds Plus (ESF Plus) gefördert")
rel("stadt-sulzbruck", "participatesIn", "bildungsregionen-bayern", ZV, "Sie ist gemeinsam mit dem Landkreis Hopfenau Bildungsregion im Sinne der Initiative „Bildungsregionen in Bayern\"",
    note="'Sie' = die Stadt Sulzbruck")
rel("lk-hopfenau", "participatesIn", "bildungsregionen-bayern", ZV, "Sie ist gemeinsam mit dem Landkreis Hopfenau Bildungsregion im Sinne der Initiative „Bildungsregionen in Bayern\"")
rel("stadt-sulzbruck", "cooperatesWith", "lk-hopfenau", ZV, "Sie ist gemeinsam mit dem Landkreis Hopfenau Bildungsregion")
rel("stadt-sulzbruck", "participatesIn", "bildungskommunen", ZV, "nimmt seit Oktober 2022 am Förderprogramm „Bildungskommunen\" teil")
rel("stadt-sulzbruck", "cooperatesWith", "tabn", ZV, "Mit dieser Vereinbarung halten Stadt und Transferagentur die Ziele, Maßnahmen und Verantwortlichkeiten ihrer Zusammenarbeit fest")
rel("bildungsbuero", "subOrganizationOf", "rbs", ZV, "Federführend für die Stadt ist das Bildungsbüro im Referat für Bildung und Sport")
rel("oberleitner", "memberOf", "bildungsbuero", ZV, "Ansprechpartnerin ist dessen Leiterin, Frau Katrin Oberleitner", role="Leiterin",
    note="'dessen' = des Bildungsbüros")
rel("brueckl", "memberOf", "tabn", ZV, "Für die TABN ist Herr Jonas Brückl, Prozessbegleiter für die Kommunen in Altfranken, zuständig", role="Prozessbegleiter")
rel("lk-hopfenau", "participatesIn", "steuerungsgruppe", ZV, "Der Landkreis Hopfenau wird über die Steuerungsgruppe der Bildungsregion an der Zusammenarbeit beteiligt")
rel("tabn", "cooperatesWith", "lfstat", ZV, "unterstützt die Weiterentwicklung des Bildungsmonitorings in Zusammenarbeit mit dem Bayerischen Landesamt für Statistik",
    note="subject 'Die Transferagentur' opens the § 2 list")
rel("stadt-sulzbruck", "cooperatesWith", "schulamt", ZV, "Verantwortungsgemeinschaft der Stadt mit dem Staatlichen Schulamt in der Stadt Sulzbruck und der Regierung von Altfranken")
rel("stadt-sulzbruck", "cooperatesWith", "regierung", ZV, "Verantwortungsgemeinschaft der Stadt mit dem Staatlichen Schulamt in der Stadt Sulzbruck und der Regierung von Altfranken")
rel("bildungsausschuss", "subOrganizationOf", "stadtrat", ZV, "in die Gremien des Stadtrats, insbesondere in den Bildungsausschuss und den Jugendhilfeausschuss")
rel("jha", "subOrganizationOf", "stadtrat", ZV, "in die Gremien des Stadtrats, insbesondere in den Bildungsausschuss und den Jugendhilfeausschuss")
rel("kessler-naumann", "memberOf", "tabn", ZV, "Leiterin der Transferagentur Bayern-Nord", role="Leiterin", note="signature block")
rel("oberleitner", "memberOf", "bildungsbuero", ZV, "Katrin Oberleitner, Leitung Bildungsbüro, Referat für Bildung und Sport", role="Leitung")
rel("hainzl", "memberOf", "bildungsbuero", ZV, "Jakob Hainzl, Bildungsmonitoring, Bildungsbüro", role="Bildungsmonitoring")
rel("brueckl", "memberOf", "tabn", ZV, "TABN Jonas Brückl, Prozessbegleitung Altfranken", role="Prozessbegleitung")
rel("kessler-naumann", "memberOf", "tabn", ZV, "Dr. Miriam Kessler-Naumann, Leitung", role="Leitung", note="Anlage 3 contact list under 'TABN'")
for s, o, ev in [("zv-z1", "af-bildungsmonitoring", "Ziel 1: Kleinräumiges Bildungsmonitoring verstetigen"),
                 ("zv-m1-1", "af-ganztag", "mit Indikatoren zum Ganztag"),
                 ("zv-z3", "af-uebergang-schule-beruf", "Ziel 3: Übergang Schule–Beruf im Verbund"),
                 ("zv-m3-1", "af-berufliche-orientierung", "Konzept zur Beruflichen Orientierung an Mittelschulen"),
                 ("zv-z4", "af-sprachbildung", "Ziel 4: Sprachbildung und Integration durch Bildung koordinieren"),
                 ("zv-m4-1", "af-sprachbildung", "Angebotsübersicht Deutschkurse und Sprachförderung (online)"),
                 ("zv-z5", "af-bne", "Ziel 5: Bildung für nachhaltige Entwicklung im Ganztag verankern"),
                 ("zv-z5", "af-ganztag", "Ziel 5: Bildung für nachhaltige Entwicklung im Ganztag verankern")]:
    rel(s, "addressesActionField", o, ZV, ev)

# ======================= Protokoll
rel("steuerungsgruppe", "chairedBy", "eibl-lorenz", PR, "**Leitung:** Stadtschulrat Dr. Matthias Eibl-Lorenz und Landrat Georg Hintermaier (Co-Vorsitz)")
rel("steuerungsgruppe", "chairedBy", "hintermaier", PR, "**Leitung:** Stadtschulrat Dr. Matthias Eibl-Lorenz und Landrat Georg Hintermaier (Co-Vorsitz)")
rel("hainzl", "memberOf", "bildungsbuero", PR, "**Protokoll:** Jakob Hainzl (Bildungsbüro)", role="Protokoll")
ROWS = [
 ("eibl-lorenz", "rbs", "| Dr. Matthias Eibl-Lorenz | Stadtschulrat, Co-Vorsitz | Stadt Sulzbruck, Referat für Bildung und Sport |", "Stadtschulrat"),
 ("hintermaier", "lk-hopfenau", "| Georg Hintermaier | Landrat, Co-Vorsitz | Landkreis Hopfenau |", "Landrat"),
 ("schwarzfischer", "lk-hopfenau", "| Markus Schwarzfischer | Bildungskoordinator | Landratsamt Hopfenau |", "Bildungskoordinator"),
 ("faltermeier", "schulamt", "| Birgit Faltermeier | Schulamtsdirektorin, fachliche Leiterin | Staatliches Schulamt in der Stadt Sulzbruck |", "Schulamtsdirektorin, fachliche Leiterin"),
 ("reichenberger", "regierung", "| Dr. Klaus Reichenberger | Regierungsschuldirektor, Sachgebiet Berufliche Schulen | Regierung von Altfranken |", "Regierungsschuldirektor, Sachgebiet Berufliche Schulen"),
 ("proebstl", "afa", "| Sandra Pröbstl | Teamleiterin Berufsberatung | Agentur für Arbeit Sulzbruck-Hopfenau |", "Teamleiterin Berufsberatung"),
 ("rambold", "jobcenter", "| Uwe Rambold | Geschäftsführer | Jobcenter Sulzbruck |", "Geschäftsführer"),
 ("landsiedl", "ihk", "| Dr. Petra Landsiedl | Bereichsleiterin Aus- und Weiterbildung | IHK Altfranken |", "Bereichsleiterin Aus- und Weiterbildung"),
 ("lindl", "vhs", "| Dr. Franziska Lindl | Geschäftsführerin | vhs Sulzbruck gGmbH |", "Geschäftsführerin"),
 ("ostermeier", "ibr", "| Prof. Dr. Henrik Ostermeier | Leiter des Instituts für Bildungsforschung und Regionalentwicklung (IBR) | HAW Sulzbruck |", "Leiter des Instituts"),
 ("demmelhuber", "kjr", "| Lukas Demmelhuber | Geschäftsführer | Kreisjugendring Sulzbruck-Stadt |", "Geschäftsführer"),
 ("wenninger", "stadtjugendamt", "| Tobias Wenninger | Amtsleiter | Stadtjugendamt Sulzbruck |", "Amtsleiter"),
 ("oberleitner", "bildungsbuero", "| Katrin Oberleitner | Leiterin, Geschäftsführung der Steuerungsgruppe | Bildungsbüro |", "Leiterin, Geschäftsführung der Steuerungsgruppe"),
 ("hainzl", "bildungsbuero", "| Jakob Hainzl | Bildungsmonitoring, Protokoll | Bildungsbüro |", "Bildungsmonitoring"),
]
for p, o, ev, role in ROWS:
    rel(p, "memberOf", o, PR, ev, role=role)
rel("steuerungsgruppe", "chairedBy", "eibl-lorenz", PR, "| Dr. Matthias Eibl-Lorenz | Stadtschulrat, Co-Vorsitz |")
rel("steuerungsgruppe", "chairedBy", "hintermaier", PR, "| Georg Hintermaier | Landrat, Co-Vorsitz |")
rel("steuerungsgruppe", "chairedBy", "riedl-kaya", PR, "| Anja Riedl-Kaya | Vorsitzende | Stadtelternbeirat Sulzbruck |") if False else None
rel("steb", "chairedBy", "riedl-kaya", PR, "| Anja Riedl-Kaya | Vorsitzende | Stadtelternbeirat Sulzbruck |")
PART = [("rbs", "| Stadt Sulzbruck, Referat für Bildung und Sport |"),
        ("lk-hopfenau", "| Landrat, Co-Vorsitz | Landkreis Hopfenau |"),
        ("schulamt", "| Staatliches Schulamt in der Stadt Sulzbruck |"),
        ("regierung", "| Regierung von Altfranken |"),
        ("afa", "| Agentur für Arbeit Sulzbruck-Hopfenau |"),
        ("jobcenter", "| Geschäftsführer | Jobcenter Sulzbruck |"),
        ("ihk", "| IHK Altfranken |"),
        ("vhs", "| vhs Sulzbruck gGmbH |"),
        ("haw", "| HAW Sulzbruck |"),
        ("kjr", "| Kreisjugendring Sulzbruck-Stadt |"),
        ("steb", "| Stadtelternbeirat Sulzbruck |"),
        ("stadtjugendamt", "| Stadtjugendamt Sulzbruck |"),
        ("bildungsbuero", "| Leiterin, Geschäftsführung der Steuerungsgruppe | Bildungsbüro |")]
for o, ev in PART:
    rel(o, "participatesIn", "steuerungsgruppe", PR, ev, note="institution of a listed participant (Teilnehmende) of the Steuerungsgruppe meeting")
rel("brueckl", "memberOf", "tabn", PR, "Jonas Brückl (Transferagentur Bayern-Nord, zu TOP 3)", note="guest")
rel("mitterer", "memberOf", "stiftung", PR, "Walburga Mitterer, Vorstandsvorsitzende der Mitterer-Stiftung für Bildung und Teilhabe", role="Vorstandsvorsitzende")
rel("staudigl", "memberOf", "genossenschaft", PR, "Erwin Staudigl, Vorstand der Sozialgenossenschaft Brückenschlag eG", role="Vorstand")
rel("landsiedl", "memberOf", "ihk", PR, "Frau Dr. Landsiedl, die die IHK Altfranken künftig in der Steuerungsgruppe vertritt", role="Vertreterin")
rel("ihk", "participatesIn", "steuerungsgruppe", PR, "die die IHK Altfranken künftig in der Steuerungsgruppe vertritt")
rel("ak-uebergaenge", "chairedBy", "faltermeier", PR, "Frau Faltermeier berichtet als Leiterin des Arbeitskreises")
rel("ak-sprache", "chairedBy", "lindl", PR, "Die Co-Leitung liegt seit Januar bei Dr. Franziska Lindl und Lukas Demmelhuber")
rel("ak-sprache", "chairedBy", "demmelhuber", PR, "Die Co-Leitung liegt seit Januar bei Dr. Franziska Lindl und Lukas Demmelhuber")
rel("bildungsbuero", "cooperatesWith", "vhs", PR, "die das Bildungsbüro mit der vhs pflegen wird")
rel("ak-bo", "chairedBy", "proebstl", PR, "Sprecherin ist weiterhin Frau Pröbstl", note="Sprecherin of the AK")
for o, ev in [("afa", "Im Arbeitskreis wirken neben der Arbeitsagentur auch das Jobcenter Sulzbruck"),
              ("jobcenter", "auch das Jobcenter Sulzbruck, die IHK Altfranken"),
              ("ihk", "die IHK Altfranken und die Sozialgenossenschaft Brückenschlag eG mit"),
              ("genossenschaft", "die IHK Altfranken und die Sozialgenossenschaft Brückenschlag eG mit")]:
    rel(o, "participatesIn", "ak-bo", PR, ev)
rel("stadt-sulzbruck", "cooperatesWith", "tabn", PR, "Die Stadt Sulzbruck arbeitet seit Februar auf dieser Grundlage mit der Transferagentur zusammen")
rel("ibr", "participatesIn", "bildungskonferenz", PR, "Die wissenschaftliche Begleitung übernimmt das IBR unter Prof. Dr. Ostermeier", role="wissenschaftliche Begleitung")
rel("ostermeier", "memberOf", "ibr", PR, "das IBR unter Prof. Dr. Ostermeier", role="Leiter")
rel("ihk", "participatesIn", "bildungskonferenz", PR, "die IHK Altfranken beteiligt sich mit einem Forum")
rel("bildungsbuero", "participatesIn", "bildungskonferenz", PR, "Das Bildungsbüro bereitet die Konferenz gemeinsam mit der Bildungskoordination des Landratsamts Hopfenau vor")
rel("lk-hopfenau", "participatesIn", "bildungskonferenz", PR, "Das Bildungsbüro bereitet die Konferenz gemeinsam mit der Bildungskoordination des Landratsamts Hopfenau vor")
rel("bildungsbuero", "cooperatesWith", "lk-hopfenau", PR, "Das Bildungsbüro bereitet die Konferenz gemeinsam mit der Bildungskoordination des Landratsamts Hopfenau vor")
rel("lesepaten", "carriedBy", "verein", PR, "Das Projekt wird von der Lernwerkstatt Ziegelanger e.V. getragen und seit 2022 von der Mitterer-Stiftung gefördert")
rel("lesepaten", "fundedBy", "stiftung", PR, "Das Projekt wird von der Lernwerkstatt Ziegelanger e.V. getragen und seit 2022 von der Mitterer-Stiftung gefördert")
rel("lesepaten", "fundedBy", "stiftung", PR, "Frau Mitterer sagt zu, dass die Stiftung die Förderung bis Juli 2026 verlängert")
rel("ausbildungslotsen", "carriedBy", "genossenschaft", PR, "Träger ist die Sozialgenossenschaft Brückenschlag eG")
rel("ausbildungslotsen", "fundedBy", "jobcenter", PR, "Finanziert werden die Lotsen vom Jobcenter Sulzbruck sowie aus Mitteln des ESF Plus")
rel("ausbildungslotsen", "fundedBy", "esf-plus", PR, "Finanziert werden die Lotsen vom Jobcenter Sulzbruck sowie aus Mitteln des ESF Plus")
rel("genossenschaft", "cooperatesWith", "jba", PR, "die Genossenschaft arbeite eng mit der Jugendberufsagentur zusammen")
for o in ["afa", "jobcenter", "stadtjugendamt"]:
    rel("jba", "carriedBy", o, PR, "Die Jugendberufsagentur Sulzbruck wird gemeinsam von der Agentur für Arbeit Sulzbruck-Hopfenau, dem Jobcenter und dem Stadtjugendamt getragen")
rel("ba7", "chairedBy", "sedlmayr", PR, "Ingrid Sedlmayr, Vorsitzende des Bezirksausschusses 7 – Ziegelanger")
rel("aydin", "memberOf", "bildungsbuero", PR, "Frau Aydın (Bildungsbüro) stellt sich als neue Bildungskoordinatorin für Neuzugewanderte vor", role="Bildungskoordinatorin für Neuzugewanderte")

# ======================= Präsentation
rel("oberleitner", "memberOf", "bildungsbuero", SL, "Katrin Oberleitner, Bildungsbüro der Stadt Sulzbruck")
rel("bildungsbuero", "subOrganizationOf", "rbs", SL, "Stabsstelle im Referat für Bildung und Sport", note="slide 'Wer wir sind' (= Bildungsbüro)")
rel("bildungsbuero", "participatesIn", "bildungskommunen", SL, "gefördert im Programm „Bildungskommunen\"")
rel("bildungsbuero", "fundedBy", "bmbf", SL, "Gefördert durch: Bundesministerium für Bildung und Forschung", note="funder logo block")
rel("bildungsbuero", "fundedBy", "esf-plus", SL, "Kofinanziert von der Europäischen Union – ESF Plus")
rel("bildungsausschuss", "subOrganizationOf", "stadtrat", SL, "Stadtrat ── Bildungsausschuss │ Jugendhilfeausschuss", note="organisation chart")
rel("jha", "subOrganizationOf", "stadtrat", SL, "Stadtrat ── Bildungsausschuss │ Jugendhilfeausschuss", note="organisation chart")
rel("strohmaier", "memberOf", "stadt-sulzbruck", SL, "Oberbürgermeisterin Cornelia Strohmaier", role="Oberbürgermeisterin", note="organisation chart 'Organisation der Stadt'")
rel("kuebelbeck", "memberOf", "sozialreferat", SL, "(Renate Kübelbeck)", role="Leitung", note="organisation chart, columns interleaved")
rel("sturmfels", "memberOf", "kulturreferat", SL, "(Dr. Amelie Sturmfels)", role="Leitung", note="organisation chart, columns interleaved")
rel("eibl-lorenz", "memberOf", "rbs", SL, "Dr. M. Eibl-Lorenz)", role="Stadtschulrat", note="organisation chart, columns interleaved")
rel("stadtjugendamt", "subOrganizationOf", "sozialreferat", SL, "Stadtjugendamt Stadtbibliothek", note="organisation chart, columns interleaved")
rel("stadtbibliothek", "subOrganizationOf", "kulturreferat", SL, "Stadtjugendamt Stadtbibliothek", note="organisation chart, columns interleaved")
rel("bildungsbuero", "subOrganizationOf", "rbs", SL, "Stabsstelle Bildungsbüro", note="organisation chart, under RBS")
rel("steuerungsgruppe", "chairedBy", "eibl-lorenz", SL, "Co-Vorsitz: Stadtschulrat + Landrat Lkr. Hopfenau")
rel("steuerungsgruppe", "chairedBy", "hintermaier", SL, "Co-Vorsitz: Stadtschulrat + Landrat Lkr. Hopfenau")
rel("hintermaier", "memberOf", "lk-hopfenau", SL, "Landrat Lkr. Hopfenau", role="Landrat")
rel("bildungsbuero", "participatesIn", "bildungsregion", SL, "Geschäftsstelle: Bildungsbüro der Stadt Sulzbruck", role="Geschäftsstelle")
rel("lk-hopfenau", "participatesIn", "bildungsregion", SL, "+ Bildungskoordination im Landratsamt Hopfenau", role="Geschäftsstelle")
for s in ["ak-uebergaenge", "ak-sprache", "ak-bo"]:
    pass
PARTNERS = [("schulamt", "Staatl. Schulamt in der Stadt Sulzbruck"), ("regierung", "Reg. v. Altfranken"),
            ("stmuk", "StMUK (Initiative"), ("afa", "AA Sulzbruck-Hopfenau"), ("jobcenter", "Jobcenter Sulzbruck (gE)"),
            ("ihk", "IHK Altfranken I HWK für Altfranken"), ("hwk", "IHK Altfranken I HWK für Altfranken"),
            ("vhs", "vhs Sulzbruck gGmbH"), ("haw", "HAW Sulzbruck – IBR"), ("ibr", "HAW Sulzbruck – IBR"),
            ("kjr", "KJR Sulzbruck-Stadt"), ("steb", "Stadtelternbeirat (StEB)"), ("stiftung", "• Mitterer-Stiftung •"),
            ("verein", "• Lernwerkstatt Ziegelanger e.V. •"), ("genossenschaft", "• Brückenschlag eG"),
            ("tabn", "Begleitung: Transferagentur Bayern-Nord (TABN)")]
for o, ev in PARTNERS:
    rel("bildungsbuero", "cooperatesWith", o, SL, ev, note="slide 'Unsere Partner' of the Bildungsbüro's presentation")
rel("bildungsregionen-bayern", "carriedBy", "stmuk", SL, "StMUK (Initiative „Bildungsregionen in Bayern“)") if False else None
rel("to-4.5.3.3", "carriedBy", "verein", SL, "→ Träger: Lernwerkstatt Ziegelanger e.V.")
rel("to-4.5.3.3", "fundedBy", "stiftung", SL, "→ Förderung: Mitterer-Stiftung")
rel("lesepaten", "carriedBy", "verein", SL, "→ Lernwerkstatt Ziegelanger e.V. | Mitterer-Stiftung", note="carrier | funder, same order as the project above")
rel("lesepaten", "fundedBy", "stiftung", SL, "→ Lernwerkstatt Ziegelanger e.V. | Mitterer-Stiftung", note="carrier | funder, same order as the project above")
rel("ausbildungslotsen", "carriedBy", "genossenschaft", SL, "„Ausbildungslotsen“ → Sozialgenossenschaft Brückenschlag eG")
rel("ausbildungslotsen", "fundedBy", "jobcenter", SL, "→ finanziert durch Jobcenter Sulzbruck und ESF Plus")
rel("ausbildungslotsen", "fundedBy", "esf-plus", SL, "→ finanziert durch Jobcenter Sulzbruck und ESF Plus")
rel("stadt-sulzbruck", "participatesIn", "bildungsregion", SL, "2 Gebietskörperschaften: Stadt Sulzbruck + Landkreis Hopfenau")
rel("lk-hopfenau", "participatesIn", "bildungsregion", SL, "2 Gebietskörperschaften: Stadt Sulzbruck + Landkreis Hopfenau")
rel("oberleitner", "memberOf", "bildungsbuero", SL, "Katrin Oberleitner Leitung Bildungsbüro", role="Leitung Bildungsbüro")
rel("aydin", "memberOf", "bildungsbuero", SL, "Selin Aydın Bildungskoordination für Neuzugewanderte Bildungsbüro", role="Bildungskoordination für Neuzugewanderte")
rel("hainzl", "memberOf", "bildungsbuero", SL, "Jakob Hainzl Bildungsmonitoring", role="Bildungsmonitoring", note="contact slide of the Bildungsbüro; affiliation implied by the block")
R[:] = [r for r in R if r is not None]
