"""Relation declarations. Each R(...) gives subject, predicate, object, document and a
verbatim evidence string; build_gold.py finds the line (exact line match first, otherwise
the start line of the match in the sentence joined across line breaks)."""
from entities_def import K, A, Z, M, S

R = []


def rel(s, p, o, doc, ev, role=None, note=None, after=None):
    R.append(dict(subject=s, predicate=p, object=o, doc=doc, evidence=ev, role=role, note=note, after=after))


T = "\t"

# =====================================================================  K: barthwiek-transferkatalog
# Grußwort
rel("hansestadt-barthwiek", "participatesIn", "bildung-integriert", K,
    "Hansestadt Barthwiek mit Unterstützung des Bundesprogramms „Bildung integriert“",
    note="since 2016 (Grußwort)")
rel("hansestadt-barthwiek", "participatesIn", "bildungskommunen", K,
    "als Teilnehmerin am Förderprogramm „Bildungskommunen“", note="'wir' = Hansestadt Barthwiek; since 01.07.2023")
rel("tranok", "cooperatesWith", "hansestadt-barthwiek", K,
    "die uns seit 2017 auf Grundlage einer Zielvereinbarung begleitet", note="'uns' = Hansestadt Barthwiek")
rel("hansestadt-barthwiek", "cooperatesWith", "lk-ostpeene", K,
    "mit dem die Hansestadt seit März 2022 eine Kooperationsvereinbarung über ein gemeinsames Bildungsmonitoring")
rel("henrike-albrecht-sommer", "memberOf", "hansestadt-barthwiek", K,
    "Oberbürgermeisterin der Hansestadt Barthwiek", role="Oberbürgermeisterin")
# Ausgangslage
rel("rbb-barthwiek", "carriedBy", "hansestadt-barthwiek", K,
    "Träger des RBB (Regionales Berufliches Bildungszentrum Barthwiek) ist die Hansestadt als Schulträger")
rel("dezernat2-barthwiek", "subOrganizationOf", "hansestadt-barthwiek", K,
    "innerhalb der Stadtverwaltung im Dezernat II – Jugend, Schule, Soziales und",
    note="Stadtverwaltung = administration of the Hansestadt Barthwiek")
rel("malte-brodersen", "memberOf", "dezernat2-barthwiek", K,
    "dem Senator Malte Brodersen vorsteht", role="Senator (Leitung Dezernat II)")
rel("asbs-barthwiek", "subOrganizationOf", "dezernat2-barthwiek", K,
    "Zum Dezernat II gehören das Amt für Schule, Bildung und Sport")
rel("jugendamt-barthwiek", "subOrganizationOf", "dezernat2-barthwiek", K,
    "das Amt für Jugend und Familie (Jugendamt)", note="list after 'Zum Dezernat II gehören'")
rel("vhs-barthwiek", "subOrganizationOf", "dezernat2-barthwiek", K,
    "die Volkshochschule Barthwiek und die", note="list after 'Zum Dezernat II gehören'")
rel("stadtbibliothek-barthwiek", "subOrganizationOf", "dezernat2-barthwiek", K,
    "und die Stadtbibliothek Barthwiek", note="list after 'Zum Dezernat II gehören'")
rel("bildungsbuero-barthwiek", "subOrganizationOf", "abt-bildungsplanung-barthwiek", K,
    "Das Bildungsbüro Barthwiek ist als Sachgebiet der Abteilung Bildungsplanung und -monitoring")
rel("abt-bildungsplanung-barthwiek", "subOrganizationOf", "asbs-barthwiek", K,
    "dem Amt für Schule, Bildung und Sport zugeordnet")
rel("joerg-ploeger", "memberOf", "asbs-barthwiek", K, "Amtsleiter ist Jörg Plöger", role="Amtsleiter")
rel("abt-statistik-barthwiek", "subOrganizationOf", "amt-stadtentwicklung-barthwiek", K,
    "Abteilung Statistik und Wahlen im Amt für Stadtentwicklung und Statistik")
rel("amt-stadtentwicklung-barthwiek", "subOrganizationOf", "dezernat3-barthwiek", K,
    "Amt für Stadtentwicklung und Statistik (Dezernat III – Stadtentwicklung, Bau und Umwelt)")
rel("stabsstelle-integration-barthwiek", "subOrganizationOf", "hansestadt-barthwiek", K,
    "als Stabsstelle direkt bei der Oberbürgermeisterin angesiedelt",
    note="Stabsstelle at the head of the city administration")
# mask 3.1.3.1
for o in ["bildungsbuero-barthwiek", "lenkungsgruppe-bildung-barthwiek", "bildungsbeirat-barthwiek",
          "buergerschaft-barthwiek", "stadtelternrat-barthwiek"]:
    rel("to-3.1.3.1", "involvesActor", o, K,
        "Bildungsbüro (Federführung), Lenkungsgruppe Bildung, Bildungsbeirat, Bürgerschaft der Hansestadt Barthwiek, Stadtelternrat")
rel("to-3.1.3.1", "involvesActor", "ag-freie-traeger-barthwiek", K, "Arbeitsgemeinschaft der freien Träger Barthwiek")
# mask 3.2.3.1
rel("to-3.2.3.1", "involvesActor", "bildungsbuero-barthwiek", K, f"Bildungsbüro{T}(Bildungsmonitoring)")
rel("to-3.2.3.1", "involvesActor", "abt-statistik-barthwiek", K,
    f"Abteilung{T}Statistik{T}und{T}Wahlen{T}im{T}Amt{T}für{T}Stadtentwicklung{T}und{T}Statistik")
rel("to-3.2.3.1", "involvesActor", "statistisches-amt-mv", K, f"Statistisches{T}Amt{T}Mecklenburg-Vorpommern")
rel("to-3.2.3.1", "involvesActor", "ssa-pennekow", K, f"Staatliches{T}Schulamt{T}Pennekow")
rel("to-3.2.3.1", "involvesActor", "agentur-arbeit-barthwiek", K, f"•{T} Agentur{T}für{T}Arbeit{T}Barthwiek")
rel("to-3.2.3.1", "involvesActor", "jugendamt-barthwiek", K, f"Jugendamt{T}(Kita-Bedarfsplanung)")
rel("jana-kuehl", "memberOf", "bildungsbuero-barthwiek", K,
    "1 Vollzeitstelle Bildungsmonitoring (Jana Kühl, Bildungsbüro)", role="Bildungsmonitoring")
# 3.3.2 Diskurs in Barthwiek
rel("bildungsbeirat-barthwiek", "chairedBy", "henrike-albrecht-sommer", K,
    "Den Vorsitz führt die Oberbürgermeisterin.", note="also mask 3.3.3.1 '(Vorsitz)'")
for o, ev in [("ssa-pennekow", "des Staatlichen Schulamts Pennekow (SSA)"),
              ("agentur-arbeit-barthwiek", "der Agentur für Arbeit Barthwiek, des Jobcenters Barthwiek"),
              ("jobcenter-barthwiek", "des Jobcenters Barthwiek, der Industrie- und Handelskammer zu Barthwiek (IHK)"),
              ("ihk-barthwiek", "der Industrie- und Handelskammer zu Barthwiek (IHK)"),
              ("hwk-vorpommern-kueste", "der Handwerkskammer Vorpommern-Küste (HWK)"),
              ("hochschule-barthwiek", "der Hochschule Barthwiek sowie der Arbeitsgemeinschaft"),
              ("ag-freie-traeger-barthwiek", "sowie der Arbeitsgemeinschaft der freien Träger an")]:
    rel(o, "participatesIn", "bildungsbeirat-barthwiek", K, ev,
        note="'Dem Gremium gehören Vertreterinnen und Vertreter ... an' (Gremium = Bildungsbeirat)")
rel("lenkungsgruppe-bildung-barthwiek", "chairedBy", "malte-brodersen", K,
    "die Lenkungsgruppe Bildung unter Vorsitz von Senator Malte Brodersen")
for o, ev in [("asbs-barthwiek", "In ihr sind das Amt für Schule, Bildung und Sport"),
              ("jugendamt-barthwiek", "das Jugendamt, das Amt für Stadtentwicklung und Statistik"),
              ("amt-stadtentwicklung-barthwiek", "das Amt für Stadtentwicklung und Statistik, die Stabsstelle"),
              ("stabsstelle-integration-barthwiek", "die Stabsstelle Migration und Integration sowie die Volkshochschule"),
              ("vhs-barthwiek", "sowie die Volkshochschule vertreten")]:
    rel(o, "participatesIn", "lenkungsgruppe-bildung-barthwiek", K, ev, note="'In ihr' = Lenkungsgruppe Bildung")
rel("frauke-lindemann", "memberOf", "bildungsbuero-barthwiek", K,
    "beim Bildungsbüro, geleitet von Dr. Frauke Lindemann", role="Leiterin")
rel("bildungsbuero-barthwiek", "fundedBy", "bildungskommunen", K,
    "Die Personalstellen des Bildungsbüros werden aus Mitteln des Programms „Bildungskommunen“ finanziert")
rel("bildungskonferenz-barthwiek", "fundedBy", "sparkassenstiftung", K,
    "mit Unterstützung der Stiftung der Sparkasse Barthwiek-Ostpeene durchgeführt")
rel("bildungskonferenz-barthwiek", "chairedBy", "ole-thiessen", K,
    "von Ole Thiessen (Bildungsbüro, Koordination Übergang Schule–Beruf) moderiert", note="moderation")
rel("ole-thiessen", "memberOf", "bildungsbuero-barthwiek", K,
    "Ole Thiessen (Bildungsbüro, Koordination Übergang Schule–Beruf)", role="Koordination Übergang Schule–Beruf")
for o, ev in [("buergerstiftung-barthwiek", "die Bürgerstiftung Barthwiek, die Lotsenhaus-Stiftung"),
              ("lotsenhaus-stiftung", "die Bürgerstiftung Barthwiek, die Lotsenhaus-Stiftung"),
              ("dkjs", "die Deutsche Kinder- und Jugendstiftung (DKJS)")]:
    rel(o, "participatesIn", "stiftungsrunde-barthwiek", K, ev)
rel("stiftungsrunde-barthwiek", "chairedBy", "arne-westphal", K,
    "moderiert wird die Runde von Dr. Arne Westphal", note="moderation")
rel("arne-westphal", "memberOf", "buergerstiftung-barthwiek", K,
    "Dr. Arne Westphal, Vorstand der Bürgerstiftung", role="Vorstand")
for o in ["rbb-barthwiek", "ihk-barthwiek", "hwk-vorpommern-kueste", "diakonie-barthwiek-ostpeene"]:
    rel(o, "participatesIn", "netzwerk-usb-barthwiek", K,
        "Im Netzwerk Übergang Schule–Beruf arbeiten das RBB, die IHK, die HWK und das Diakonische Werk")
rel("netzwerk-usb-barthwiek", "chairedBy", "mareike-schult", K,
    "Sprecherin ist Mareike Schult von der Jugendberufsagentur Barthwiek (JBA)", note="Sprecherin")
rel("mareike-schult", "memberOf", "jba-barthwiek", K,
    "Mareike Schult von der Jugendberufsagentur Barthwiek (JBA)", role="Mitarbeiterin")
for o in ["agentur-arbeit-barthwiek", "jobcenter-barthwiek", "hansestadt-barthwiek"]:
    rel("jba-barthwiek", "carriedBy", o, K,
        "Die JBA wird gemeinsam von der Agentur für Arbeit Barthwiek, dem Jobcenter Barthwiek und der Hansestadt getragen")
rel("bildungsbuero-barthwiek", "cooperatesWith", "ssa-pennekow", K,
    "Mit dem Staatlichen Schulamt arbeitet das Bildungsbüro eng zusammen.")
rel("hansestadt-barthwiek", "cooperatesWith", "bm-mv", K,
    "Kooperationsvereinbarung zwischen der Hansestadt und dem Ministerium für Bildung und Kindertagesförderung Mecklenburg-Vorpommern")
rel("ssa-pennekow", "subOrganizationOf", "bm-mv", K,
    "das SSA ist dem Ministerium als untere Schulbehörde nachgeordnet", note="nachgeordnete Behörde")
# mask 3.3.3.1
for o, ev in [("hansestadt-barthwiek", f"Oberbürgermeisterin{T}der{T}Hansestadt{T}Barthwiek{T}(Vorsitz)"),
              ("bildungsbuero-barthwiek", f"Leiterin{T}des{T}Bildungsbüros{T}(Geschäftsführung)"),
              ("ssa-pennekow", f"Leiter{T}des{T}Staatlichen{T}Schulamts{T}Pennekow"),
              ("agentur-arbeit-barthwiek", f"Vorsitzender{T}der{T}Geschäftsführung{T}der{T}Agentur{T}für{T}Arbeit{T}Barthwiek"),
              ("jobcenter-barthwiek", f"Geschäftsführerin{T}des{T}Jobcenters{T}Barthwiek"),
              ("ihk-barthwiek", f"Hauptgeschäftsführer{T}der{T}Industrie-{T}und{T}Handelskammer{T}zu{T}Barthwiek"),
              ("hwk-vorpommern-kueste", f"Präsident{T}der{T}Handwerkskammer{T}Vorpommern-Küste"),
              ("hochschule-barthwiek", f"Rektorin{T}der{T}Hochschule{T}Barthwiek")]:
    rel("to-3.3.3.1", "involvesActor", o, K, ev, note="role line; actor = the organisation named")
# mask 3.5.3.1
rel("lernhafen", "carriedBy", "vhs-barthwiek", K, "wird betrieben durch die Volkshochschule Barthwiek")
rel("lernhafen", "fundedBy", "lotsenhaus-stiftung", K, "die Förderung erfolgt durch die Lotsenhaus-Stiftung")
rel("lernhafen", "cooperatesWith", "stadtbibliothek-barthwiek", K,
    "Der Lernhafen arbeitet eng mit der Stadtbibliothek zusammen")
for o in ["vhs-barthwiek", "stadtbibliothek-barthwiek", "jobcenter-barthwiek", "stabsstelle-integration-barthwiek",
          "diakonie-barthwiek-ostpeene"]:
    rel("to-3.5.3.1", "involvesActor", o, K,
        "Volkshochschule Barthwiek, Stadtbibliothek, Jobcenter Barthwiek, Stabsstelle Migration und Integration, Diakonisches Werk")
rel("to-3.5.3.1", "involvesActor", "jmd-barthwiek", K, "Barthwiek-Ostpeene e.V. (Jugendmigrationsdienst)")

# =====================================================================  A: barthwiek-arbeitspakete (OCR)
rel("bildungskommunen", "fundedBy", "bmbf", A,
    'Das Programm ,,Bildungskommunen" wird vom Bundesministerium fiir Bildung und')
rel("bildungskommunen", "fundedBy", "esf-plus", A,
    "aus Mitteln des Europaischen Sozialfonds Plus (ESF Plus)")
rel("hansestadt-barthwiek", "participatesIn", "bildungskommunen", A,
    "Die Hansestadt Barthwiek beteiligt sich seit dem 01.07.2023 am Programm")
rel("bildungsbuero-barthwiek", "fundedBy", "bildungskommunen", A,
    "im Bildungsburo werden ftir die Laufzeit bis 30.06.2026 aus Programmmitteln finanziert",
    note="Programmmittel = 'Bildungskommunen' (same paragraph)")
rel("frauke-lindemann", "memberOf", "bildungsbuero-barthwiek", A,
    "Dr. Frauke Lindemann, Leiterin des Bildungsbiiros", role="Leiterin des Bildungsbüros")
rel("bildungsbeirat-barthwiek", "chairedBy", "henrike-albrecht-sommer", A,
    "Fortfiihrung des Bildungsbeirates unter Vorsitz der Oberburgermeisterin Dr. Henrike Albrecht-Sommer")
rel("lenkungsgruppe-bildung-barthwiek", "chairedBy", "malte-brodersen", A,
    "(Vorsitz: Senator Malte Brodersen, Dezernat II)")
rel("malte-brodersen", "memberOf", "dezernat2-barthwiek", A, "Senator Malte Brodersen, Dezernat II", role="Senator")
rel("bildungskonferenz-barthwiek", "fundedBy", "sparkassenstiftung", A,
    "die Konferenz wird weiterhin von der Stiftung der Sparkasse Barthwiek-Ostpeene unterst{itzt",
    note="'unterstützt' read as financial support")
rel("ole-thiessen", "memberOf", "bildungsbuero-barthwiek", A, "Ole Thiessen (Bildungsbiiro)",
    role="Bildungsmanagement/Koordination Übergang Schule-Beruf")
rel("hansestadt-barthwiek", "cooperatesWith", "lk-ostpeene", A,
    "Kooperationsvereinbarung zwischen der Hansestadt Barthwiek und dem Landkreis Ostpeene")
rel("lk-ostpeene", "participatesIn", "bildungsbeirat-barthwiek", A,
    "Der Landkreis ist im Bildungsbeirat mit beratender Stimme vertreten", note="advisory vote")
rel("jana-kuehl", "memberOf", "bildungsbuero-barthwiek", A,
    "Jana Kiihl, Bildungsmonitoring (1,0 VZA, Programmmittel)", role="Bildungsmonitoring",
    note="'Alle genannten Stellen sind dem Bildungsbüro ... zugeordnet'")
rel("bildungsbuero-barthwiek", "cooperatesWith", "stabsstelle-bildung-ostpeene", A,
    "in enger Abstimmung mit der Stabsstelle Bildung und Strukturentwicklung des Landkreises Ostpeene",
    note="AP 4, responsible: Jana Kühl (Bildungsbüro)")
rel("stabsstelle-bildung-ostpeene", "subOrganizationOf", "lk-ostpeene", A,
    "Stabsstelle Bildung und Strukturentwicklung des Landkreises Ostpeene")
rel("hansestadt-barthwiek", "cooperatesWith", "tranok", A,
    "Fortschreibung der Zielvereinbarung mit der Transferagentur Nordost-Ktiste fiir Kommunales Bildungsmanagement (TraNoK)")
rel("hansestadt-barthwiek", "participatesIn", "netzwerk-bimo-nordost", A,
    "Teilnahme am Netzwerk Kommunales Bildungsmonitoring Nordost")
rel("ak-fruehe-bildung-barthwiek", "chairedBy", "anke-berndt", A, "geleitet von Anke Berndt")
rel("anke-berndt", "memberOf", "jugendamt-barthwiek", A, "Anke Berndt (Kita-Fachberatung im Jugendamt)",
    role="Kita-Fachberatung")
rel("jugendamt-barthwiek", "cooperatesWith", "ssa-pennekow", A,
    "in enger Abstimmung mit dem Staatlichen Schulamt Pennekow (SSA)", note="AP 6, responsible: Jugendamt")
rel("jugendamt-barthwiek", "cooperatesWith", "bildungsbuero-barthwiek", A,
    "Amt fur Jugend und Familie (Jugendamt) gemeinsam mit dem Bildungsbiiro")
rel("jba-barthwiek", "participatesIn", "netzwerk-usb-barthwiek", A,
    "gemeinsam mit der Jugendberufsagentur Barthwiek (JBA)", note="network developed together with JBA and RBB")
rel("rbb-barthwiek", "participatesIn", "netzwerk-usb-barthwiek", A,
    "Beruflichen Bildungszentrum Barthwiek (RBB)", note="network developed together with JBA and RBB")
rel("netzwerk-usb-barthwiek", "fundedBy", "esf-plus", A, "Mitteln des ESF Plus gef6rdert")
rel("netzwerk-usb-barthwiek", "fundedBy", "land-mv", A, "vom Land Mecklenburg-Vorpommern kofinanziert")
rel("lernhafen", "carriedBy", "vhs-barthwiek", A, "betrieben durch die Volkshochschule Barthwiek")
rel("lernhafen", "cooperatesWith", "stadtbibliothek-barthwiek", A,
    "Kooperationspartner sind die Stadtbibliothek und das Jobcenter Barthwiek")
rel("lernhafen", "cooperatesWith", "jobcenter-barthwiek", A,
    "Kooperationspartner sind die Stadtbibliothek und das Jobcenter Barthwiek")
rel("sabine-roloff", "memberOf", "vhs-barthwiek", A, "Leiterin der Volkshochschule ist Sabine Roloff", role="Leiterin")
rel("bildungslotsen-barthwiek", "carriedBy", "diakonie-barthwiek-ostpeene", A,
    "Bildungslotsen fur neu zugewanderte Familien in Tragerschaft des Diakonischen Werkes Barthwiek-Ostpeene e.V.")
rel("bildungslotsen-barthwiek", "cooperatesWith", "jmd-barthwiek", A,
    "die Lotsen arbeiten eng mit dem Jugendmigrationsdienst Barthwiek zusammen")
rel("jmd-barthwiek", "carriedBy", "diakonie-barthwiek-ostpeene", A,
    "der ebenfalls vom Diakonischen Werk getragen wird")
rel("tarek-haddad", "memberOf", "stabsstelle-integration-barthwiek", A,
    "Stabsstelle Migration und Integration (Leitung: Tarek Haddad)", role="Leitung")
rel("ag-bildungsmonitoring-barthwiek", "chairedBy", "jana-kuehl", A, "AG Bildungsmonitoring wird von Jana K{ihl geleitet")
rel("abt-statistik-barthwiek", "participatesIn", "ag-bildungsmonitoring-barthwiek", A,
    "mitwirkende Stellen sind die Abteilung Statistik und Wahlen")
rel("jugendamt-barthwiek", "participatesIn", "ag-bildungsmonitoring-barthwiek", A,
    "das Jugendamt und das Amt fur Schule, Bildung und Sport")
rel("asbs-barthwiek", "participatesIn", "ag-bildungsmonitoring-barthwiek", A,
    "das Jugendamt und das Amt fur Schule, Bildung und Sport")
rel("ap-11", "fundedBy", "lotsenhaus-stiftung", A,
    "Das Arbeitspaket wird mit Untersttitzung der Lotsenhaus-Stiftung umgesetzt")
rel("bildungsbuero-barthwiek", "cooperatesWith", "hochschule-barthwiek", A,
    'Fortbildungsreihe ,,Digital lernen an der Kuste" mit der Hochschule Barthwiek',
    note="AP 11, responsible: Lea Brandt (Bildungsbüro)")
rel("lea-brandt", "memberOf", "bildungsbuero-barthwiek", A, "Lea Brandt (Bildungsburo, BNE und Digitale Bildung)",
    role="BNE und Digitale Bildung")
rel("ausschuss-bss-barthwiek", "chairedBy", "gesine-wullenweber", A, "dessen Vorsitz Gesine Wullenweber innehat")
rel("gesine-wullenweber", "memberOf", "ausschuss-bss-barthwiek", A, "dessen Vorsitz Gesine Wullenweber innehat",
    role="Vorsitzende")
rel("bildungsbuero-barthwiek", "subOrganizationOf", "asbs-barthwiek", A,
    "dem Bildungsb{iro im Amt fur Schule, Bildung und Sport zugeordnet")
# addressesActionField (work packages)
AF_A = [("ap-3", "af-bne", "2025: Bildung fur nachhaltige Entwicklung", "conference theme 2025"),
        ("ap-4", "af-bildungsmonitoring", "set fiir das Bildungsmonitoring", None),
        ("ap-4", "af-uebergang-schule-beruf", "gemeinsame Fachtage zum Ubergang Schule-Beruf", None),
        ("ap-6", "af-fruehe-bildung", "AP 6 Friihe Bildung und Ubergang Kita-Grundschule", None),
        ("ap-6", "af-uebergang-kita-grundschule", "AP 6 Friihe Bildung und Ubergang Kita-Grundschule", None),
        ("ap-7", "af-uebergang-schule-beruf", "AP 7 Ubergang Schule-Beruf und Fachkraftesicherung", None),
        ("ap-7", "af-fachkraeftesicherung", "AP 7 Ubergang Schule-Beruf und Fachkraftesicherung", None),
        ("ap-8", "af-bildungsberatung-lll", "AP 8 Bildungsberatung und lebenslanges Lernen", None),
        ("ap-9", "af-integration", "AP 9 Integration durch Bildung", None),
        ("ap-10", "af-bildungsmonitoring", "AP 10 Bildungsmonitoring und Bildungsberichterstattung", None),
        ("ap-11", "af-bne", "AP 11 Bildung fiir nachhaltige Entwicklung und Digitale Bildung", None),
        ("ap-11", "af-digitale-bildung", "AP 11 Bildung fiir nachhaltige Entwicklung und Digitale Bildung", None)]
for s, o, ev, note in AF_A:
    rel(s, "addressesActionField", o, A, ev, note=note)

# =====================================================================  Z: ostpeene-zielvereinbarung
rel("lk-ostpeene", "cooperatesWith", "tranok", Z,
    "Zielvereinbarung zwischen dem Landkreis Ostpeene, vertreten durch den Landrat Dirk Hallmann, und der Transferagentur Nordost-Küste")
rel("dirk-hallmann", "memberOf", "lk-ostpeene", Z, "vertreten durch den Landrat Dirk Hallmann", role="Landrat")
rel("tranok", "carriedBy", "ibrn", Z,
    "Die TraNoK steht in Trägerschaft des Instituts für Bildung und Regionalentwicklung Nordost e.V. (IBRN)")
rel("stabsstelle-bildung-ostpeene", "subOrganizationOf", "lk-ostpeene", Z,
    "die als Stabsstelle beim Landrat geführt wird", note="Stabsstelle beim Landrat = unit of the Landkreis administration")
rel("stabsstelle-bildung-ostpeene", "fundedBy", "bildungskommunen", Z,
    "Die Stabsstelle wird aus Mitteln des Programms „Bildungskommunen“ finanziert")
rel("matthias-kroll", "memberOf", "stabsstelle-bildung-ostpeene", Z, "Leiter ist Dr. Matthias Kroll.", role="Leiter")
rel("steuerungsgruppe-bildung-ostpeene", "chairedBy", "dirk-hallmann", Z, "tagt unter Vorsitz des Landrats.",
    note="Landrat = Dirk Hallmann (l.3-4)")
for o, ev in [("dezernat3-ostpeene", "Mitglieder sind das Dezernat III"),
              ("jugendamt-ostpeene", "das Jugendamt, das Amt für"),
              ("amt-sks-ostpeene", "das Amt für Schule, Kultur und Sport, die"),
              ("stabsstelle-bildung-ostpeene", "die Stabsstelle Bildung und Strukturentwicklung, das Jobcenter"),
              ("jobcenter-ostpeene", "das Jobcenter Landkreis Ostpeene"),
              ("gs-pennekow-agentur", "die Geschäftsstelle Pennekow der Agentur für Arbeit Barthwiek"),
              ("ssa-pennekow", "Staatliche Schulamt Pennekow.")]:
    rel(o, "participatesIn", "steuerungsgruppe-bildung-ostpeene", Z, ev,
        note="'Mitglieder sind ...' of the Steuerungsgruppe Bildung")
rel("gs-pennekow-agentur", "subOrganizationOf", "agentur-arbeit-barthwiek", Z,
    "Geschäftsstelle Pennekow der Agentur für Arbeit Barthwiek")
rel("uebergangsnetzwerk-ostpeene", "chairedBy", "doreen-lueth", Z, "Sprecherin ist Doreen Lüth", note="Sprecherin")
rel("doreen-lueth", "memberOf", "jobcenter-ostpeene", Z, "Doreen Lüth (Jobcenter Landkreis Ostpeene, Teamleitung U25)",
    role="Teamleitung U25")
rel("stabsstelle-bildung-ostpeene", "cooperatesWith", "wfo", Z,
    "Die Stabsstelle erarbeitet den Ausbildungsatlas gemeinsam mit der Wirtschaftsförderungsgesellschaft Ostpeene mbH (WFO)")
rel("wfo", "carriedBy", "lk-ostpeene", Z, "die WFO wird vom Landkreis getragen")
rel("kvhs-ostpeene", "carriedBy", "lk-ostpeene", Z, "Träger der Kreisvolkshochschule Ostpeene (KVHS) ist der Landkreis")
rel("kvhs-ostpeene", "subOrganizationOf", "amt-sks-ostpeene", Z, "sie ist dem Amt für Schule, Kultur und Sport zugeordnet",
    note="'sie' = Kreisvolkshochschule")
rel("netzwerk-fruehe-hilfen-ostpeene", "chairedBy", "nadine-krueger", Z, "wird geleitet von Nadine Krüger")
rel("nadine-krueger", "memberOf", "jugendamt-ostpeene", Z, "(Netzwerkkoordinatorin im Jugendamt Ostpeene)",
    role="Netzwerkkoordinatorin")
rel("netzwerk-fruehe-hilfen-ostpeene", "fundedBy", "bundesstiftung-fruehe-hilfen", Z,
    "die Förderung erfolgt durch die Bundesstiftung Frühe Hilfen")
rel("ines-vollrath", "memberOf", "tranok", Z, "Dr. Ines Vollrath, Leiterin der TraNoK", role="Leiterin")
rel("jonas-reimers", "memberOf", "tranok", Z, "Jonas Reimers (TraNoK, Prozessbegleitung M-V)",
    role="Prozessbegleitung M-V")
rel("kreisbildungskonferenz-ostpeene", "chairedBy", "ines-vollrath", Z,
    "Moderation der Kreisbildungskonferenz durch Dr. Ines Vollrath", note="moderation")
rel("lk-ostpeene", "participatesIn", "netzwerk-bimo-nordost", Z,
    "Austausch mit anderen Kommunen im Netzwerk Kommunales Bildungsmonitoring Nordost",
    note="milestone 'Wissens- und Erfahrungstransfer', Landkreis column: Teilnahme an den Netzwerktreffen")
rel("svenja-ahrens", "memberOf", "stabsstelle-bildung-ostpeene", Z, "Svenja Ahrens, Bildungsmonitoring, Stabsstelle",
    role="Bildungsmonitoring")
rel("regionalbuero-pennekow", "subOrganizationOf", "tranok", Z, "TraNoK, Regionalbüro Pennekow, Jonas Reimers")
AF_Z = [("zv-ziel-1", "af-bildungsmonitoring", "Aufbau eines datenbasierten Bildungsmonitorings"),
        ("zv-m-1-1", "af-bildungsmonitoring", "Erstellung eines Kennzahlensets für das Bildungsmonitoring"),
        ("zv-ziel-2", "af-fruehe-bildung", "Schwerpunkte der Bildungsstrategie: Frühe Bildung, Übergang Schule–Beruf und Lebenslanges Lernen"),
        ("zv-ziel-2", "af-uebergang-schule-beruf", "Schwerpunkte der Bildungsstrategie: Frühe Bildung, Übergang Schule–Beruf und Lebenslanges Lernen"),
        ("zv-ziel-2", "af-lebenslanges-lernen", "Schwerpunkte der Bildungsstrategie: Frühe Bildung, Übergang Schule–Beruf und Lebenslanges Lernen"),
        ("zv-ziel-4", "af-uebergang-schule-beruf", "Übergang Schule–Beruf und Fachkräftesicherung"),
        ("zv-ziel-4", "af-fachkraeftesicherung", "Übergang Schule–Beruf und Fachkräftesicherung")]
for s, o, ev in AF_Z:
    rel(s, "addressesActionField", o, Z, ev)

# =====================================================================  M: ostpeene-netzwerkprotokoll
MEM = [("katrin-wessel", "lk-ostpeene", "Katrin Wessel (LK Ostpeene)", "Dezernentin"),
       ("katrin-wessel", "dezernat3-ostpeene", "als Dezernentin für Jugend, Bildung und Soziales (Dezernat III)", "Dezernentin"),
       ("ines-vollrath", "tranok", "Dr. Ines Vollrath (iv) – Leitung", "Leitung"),
       ("ronja-pietsch", "statistisches-amt-mv", "Statistisches Amt Mecklenburg-Vorpommern** - Ronja Pietsch, Referat Bildungsstatistik", "Referat Bildungsstatistik"),
       ("jana-kuehl", "hansestadt-barthwiek", "Hansestadt Barthwiek** - Jana Kühl, Bildungsmonitoring im Bildungsbüro", "Bildungsmonitoring im Bildungsbüro"),
       ("jana-kuehl", "bildungsbuero-barthwiek", "Jana Kühl, Bildungsmonitoring im Bildungsbüro", "Bildungsmonitoring"),
       ("ole-thiessen", "hansestadt-barthwiek", "Hansestadt Barthwiek** - Ole Thiessen, Koordination Übergang Schule–Beruf", "Koordination Übergang Schule–Beruf"),
       ("yusuf-demir", "hansestadt-grevensund", "Hansestadt Grevensund** - Dr. Yusuf Demir, Bildungskoordinator, Amt für Bildung und Sport", "Bildungskoordinator, Amt für Bildung und Sport"),
       ("yusuf-demir", "amt-bs-grevensund", "Dr. Yusuf Demir, Bildungskoordinator, Amt für Bildung und Sport", "Bildungskoordinator"),
       ("carla-wendt", "hansestadt-grevensund", "Hansestadt Grevensund** - Carla Wendt, Kommunale Statistikstelle", "Kommunale Statistikstelle"),
       ("carla-wendt", "statistikstelle-grevensund", "Carla Wendt, Kommunale Statistikstelle", "Mitarbeiterin"),
       ("matthias-kroll", "lk-ostpeene", "LK Ostpeene** - Dr. Matthias Kroll, Leiter der Stabsstelle Bildung und Strukturentwicklung", "Leiter der Stabsstelle Bildung und Strukturentwicklung"),
       ("matthias-kroll", "stabsstelle-bildung-ostpeene", "Dr. Matthias Kroll, Leiter der Stabsstelle Bildung und Strukturentwicklung", "Leiter"),
       ("svenja-ahrens", "lk-ostpeene", "LK Ostpeene** - Svenja Ahrens, Bildungsmonitoring", "Bildungsmonitoring"),
       ("friederike-sasse", "lk-warnowtal", "LK Warnowtal** - Friederike Sasse, Fachdienstleiterin Bildung", "Fachdienstleiterin Bildung"),
       ("friederike-sasse", "fachdienst-bildung-warnowtal", "Friederike Sasse, Fachdienstleiterin Bildung", "Fachdienstleiterin"),
       ("paul-gaedtke", "lk-warnowtal", "LK Warnowtal** - Paul Gädtke, Bildungsmonitoring", "Bildungsmonitoring"),
       ("henning-mahnke", "lk-seenkamp", "LK Seenkamp** - Henning Mahnke, Wirtschaftsförderung", "Wirtschaftsförderung"),
       ("kai-uwe-marquardt", "ssa-pennekow", "Staatliches Schulamt Pennekow** - Kai-Uwe Marquardt, Schulrat", "Schulrat"),
       ("jonas-reimers", "tranok", "Jonas Reimers (jre) – Prozessbegleitung Mecklenburg-Vorpommern", "Prozessbegleitung Mecklenburg-Vorpommern"),
       ("maren-fiedler", "tranok", "Maren Fiedler (mf) – Bildungsmonitoring", "Bildungsmonitoring"),
       ("tim-ohlsen", "tranok", "Tim Ohlsen (to) – Projektassistenz", "Projektassistenz"),
       ("ulrike-bernstorff", "lk-warnowtal", "Landrätin Ulrike Bernstorff", "Landrätin"),
       ("dirk-hallmann", "lk-ostpeene", "den Vorsitz führt Landrat Dirk Hallmann", "Landrat"),
       ("bernd-luedtke", "ausschuss-bks-ostpeene", "Ausschussvorsitzender ist Bernd Lüdtke", "Ausschussvorsitzender"),
       ("mareike-schult", "jba-barthwiek", "Mareike Schult (JBA)", "Mitarbeiterin")]
for s, o, ev, role in MEM:
    rel(s, "memberOf", o, M, ev, role=role)
rel("netzwerk-bimo-nordost", "chairedBy", "maren-fiedler", M, "moderiert wird es von Maren Fiedler (TraNoK)",
    note="'es' = das Netzwerk; moderation")
rel("kreisbildungskonferenz-warnowtal", "chairedBy", "ulrike-bernstorff", M,
    "Kreisbildungskonferenz Warnowtal am 05.06.2024 unter Vorsitz der Landrätin Ulrike Bernstorff")
rel("facharbeitsgruppe-indikatoren", "chairedBy", "paul-gaedtke", M, "geleitet wird sie von Paul Gädtke (LK Warnowtal)")
rel("steuerungsgruppe-bildung-ostpeene", "chairedBy", "dirk-hallmann", M,
    "Steuerungsgruppe Bildung neu aufgestellt, den Vorsitz führt Landrat Dirk Hallmann")
rel("ausschuss-bks-ostpeene", "chairedBy", "bernd-luedtke", M, "Ausschussvorsitzender ist Bernd Lüdtke")
rel("netzwerk-usb-barthwiek", "chairedBy", "mareike-schult", M, "Sprecherin ist weiterhin Mareike Schult (JBA)",
    note="Sprecherin")
for s, ev in [("hansestadt-barthwiek", "Hansestadt Barthwiek** - Jana Kühl"),
              ("hansestadt-grevensund", "Die Hansestadt Grevensund ist nach einjähriger Pause wieder im Netzwerk vertreten."),
              ("lk-ostpeene", "LK Ostpeene** - Dr. Matthias Kroll"),
              ("lk-warnowtal", "LK Warnowtal** - Friederike Sasse")]:
    rel(s, "participatesIn", "netzwerk-bimo-nordost", M, ev, note="listed under 'Netzwerkkommunen'")
for s in ["lk-ostpeene", "hansestadt-barthwiek", "lk-warnowtal"]:
    rel(s, "participatesIn", "facharbeitsgruppe-indikatoren", M,
        "Mitwirkende: LK Ostpeene (Svenja Ahrens), Hansestadt Barthwiek (Jana Kühl), LK Warnowtal (Paul Gädtke)")
rel("lk-warnowtal", "participatesIn", "bildungskommunen", M, "LK Warnowtal ist seit Herbst 2023 Bildungskommune")
rel("hansestadt-grevensund", "participatesIn", "startchancen-programm", M,
    "vier Grevensunder Schulen nehmen am Startchancen-Programm teil", note="through four of its schools")
rel("tranok", "cooperatesWith", "statistisches-amt-mv", M,
    "Kooperationsvereinbarung zwischen der TraNoK und dem Statistischen Amt Mecklenburg-Vorpommern")
rel("lk-warnowtal", "cooperatesWith", "hansestadt-grevensund", M,
    "enge Zusammenarbeit mit der Hansestadt Grevensund")
rel("hansestadt-barthwiek", "cooperatesWith", "hochschule-barthwiek", M,
    "zweiter Bildungsbericht 2025 in Kooperation mit der Hochschule Barthwiek (Fachbereich Sozialwesen)")
rel("hansestadt-barthwiek", "cooperatesWith", "lk-ostpeene", M,
    "Kooperationsvereinbarung mit dem Landkreis Ostpeene (seit März 2022)")
rel("lk-ostpeene", "cooperatesWith", "tranok", M, "Zielvereinbarung mit der TraNoK seit 14.11.2023")
rel("medienzentrum-ostpeene", "cooperatesWith", "ssa-pennekow", M,
    "arbeitet eng mit dem Staatlichen Schulamt Pennekow zusammen")
rel("tranok", "fundedBy", "bmbf", M,
    "Die Transferagentur Nordost-Küste wird aus Mitteln des Bundesministeriums für Bildung und Forschung")
rel("tranok", "fundedBy", "esf-plus", M, "der Europäischen Union (ESF Plus) gefördert")
rel("bildungsbuero-warnowtal", "fundedBy", "esf-plus", M, "Stellen werden aus dem ESF Plus finanziert")
rel("mint-region-warnowtal", "fundedBy", "bmbf", M, "MINT-Region Warnowtal > Förderung durch das BMBF")
rel("buendnis-lesen-am-sund", "fundedBy", "kultur-macht-stark", M, "wird im Rahmen von „Kultur macht stark“ gefördert")
rel("pfd-ostpeene", "fundedBy", "demokratie-leben", M,
    "Partnerschaft für Demokratie Ostpeene wird aus dem Bundesprogramm „Demokratie leben!“ gefördert")
rel("mint-region-warnowtal", "carriedBy", "technikhaus-warnowtal", M, "Träger ist der Technikhaus Warnowtal e.V.")
for o in ["lk-warnowtal", "hansestadt-grevensund", "agentur-arbeit-grevensund"]:
    rel("jba-warnowtal-grevensund", "carriedBy", o, M,
        "getragen von Landkreis, Hansestadt und der Agentur für Arbeit Grevensund")
rel("buendnis-lesen-am-sund", "carriedBy", "stadtbibliothek-grevensund", M, "Träger ist die Stadtbibliothek Grevensund")
rel("pfd-ostpeene", "carriedBy", "kreisjugendring-ostpeene", M,
    "Träger der Koordinierungs- und Fachstelle ist der Kreisjugendring Ostpeene e.V.",
    note="carrier of the Partnerschaft's coordination office")
rel("medienzentrum-ostpeene", "carriedBy", "lk-ostpeene", M, "Kreismedienzentrum Ostpeene (in Trägerschaft des Landkreises)")
SUB = [("fachdienst-bildung-warnowtal", "fachbereich-jbs-warnowtal", "Fachdienst Bildung gehört zum Fachbereich Jugend, Bildung und Soziales"),
       ("fachbereich-jbs-warnowtal", "lk-warnowtal", "Fachbereich Jugend, Bildung und Soziales der Kreisverwaltung Warnowtal"),
       ("bildungsbuero-warnowtal", "fachdienst-bildung-warnowtal", "Bildungsbüro Warnowtal im Fachdienst Bildung"),
       ("bildungskoordination-grevensund", "amt-bs-grevensund", "Bildungskoordination ist seit 01.01.2024 Teil des Amtes für Bildung und Sport"),
       ("amt-bs-grevensund", "dezernat2-grevensund", "Amt für Bildung und Sport gehört zum Dezernat 2 – Bildung, Kultur und Sport"),
       ("dezernat2-grevensund", "hansestadt-grevensund", "Dezernat 2 – Bildung, Kultur und Sport der Hansestadt"),
       ("statistikstelle-grevensund", "abt-stadtentwicklung-grevensund", "Kommunale Statistikstelle ist der Abteilung Stadtentwicklung im Bauamt zugeordnet"),
       ("abt-stadtentwicklung-grevensund", "bauamt-grevensund", "Abteilung Stadtentwicklung im Bauamt"),
       ("fachbereich-sozialwesen", "hochschule-barthwiek", "Hochschule Barthwiek (Fachbereich Sozialwesen)"),
       ("referat-bildungsstatistik", "statistisches-amt-mv", "Statistisches Amt Mecklenburg-Vorpommern** - Ronja Pietsch, Referat Bildungsstatistik"),
       ("facharbeitsgruppe-indikatoren", "netzwerk-bimo-nordost", "Die Facharbeitsgruppe Indikatoren ist eine Untergruppe des Netzwerks"),
       ("dezernat3-ostpeene", "lk-ostpeene", "(Dezernat III) des gastgebenden Landkreises Ostpeene"),
       ("ausschuss-bks-ostpeene", "kreistag-ostpeene", "Ausschuss für Bildung, Kultur und Sport des Kreistages Ostpeene")]
for s, o, ev in SUB:
    rel(s, "subOrganizationOf", o, M, ev)

# =====================================================================  S: ostpeene-agenturvorstellung
rel("transferinitiative", "fundedBy", "bmbf", S,
    "seit 2021 gefördert aus Mitteln des BMBF und des Europäischen Sozialfonds Plus (ESF Plus)")
rel("transferinitiative", "fundedBy", "esf-plus", S,
    "seit 2021 gefördert aus Mitteln des BMBF und des Europäischen Sozialfonds Plus (ESF Plus)")
rel("tranok", "carriedBy", "ibrn", S, "Träger: Institut für Bildung und Regionalentwicklung Nordost e.V. (IBRN)",
    note="slide 'Organisation' of the TraNoK")
rel("regionalbuero-pennekow", "subOrganizationOf", "tranok", S,
    "Standorte: Barthwiek (Hauptsitz) und Regionalbüro Pennekow")
rel("tranok", "cooperatesWith", "bm-mv", S,
    "Kooperationspartner: Ministerium für Bildung und Kindertagesförderung Mecklenburg-Vorpommern")
rel("beirat-tranok", "chairedBy", "helga-storm", S, "Beirat der TraNoK: Vorsitz Prof. Dr. Helga Storm")
rel("beirat-tranok", "subOrganizationOf", "tranok", S, "Beirat der TraNoK", note="advisory board of the agency")
rel("helga-storm", "memberOf", "hochschule-barthwiek", S, "Prof. Dr. Helga Storm (Hochschule Barthwiek)",
    role="Professorin")
rel("tranok", "participatesIn", "transferinitiative", S, "Die TraNoK ist Teil der Transferinitiative.")
rel("tranok", "cooperatesWith", "arbeitsstelle-bildung-lkt", S,
    "Kooperationspartnerin ist außerdem die Kommunale Arbeitsstelle Bildung")
rel("arbeitsstelle-bildung-lkt", "subOrganizationOf", "landkreistag-mv", S,
    "Arbeitsstelle Bildung (Landkreistag Mecklenburg-Vorpommern)")
rel("tranok", "cooperatesWith", "hansestadt-barthwiek", S, "Hansestadt Barthwiek (Zielvereinbarung seit 2017)",
    note="'Wir begleiten bereits:'")
rel("tranok", "cooperatesWith", "lk-warnowtal", S, "Landkreis Warnowtal (Zielvereinbarung seit 2022)",
    note="'Wir begleiten bereits:'")
rel("tranok", "cooperatesWith", "hansestadt-grevensund", S, "Hansestadt Grevensund (Netzwerkarbeit)",
    note="'Wir begleiten bereits:'")
rel("dirk-hallmann", "memberOf", "lk-ostpeene", S, "Erstgespräch mit Landrat Dirk Hallmann", role="Landrat",
    note="slide 'Eckpunkte einer Zielvereinbarung mit dem Landkreis Ostpeene'")
rel("katrin-wessel", "memberOf", "dezernat3-ostpeene", S, "Dezernentin Katrin Wessel (Dezernat III)", role="Dezernentin")
rel("bildungskommunen", "fundedBy", "bmbf", S, "Zuwendungsgeber ist das BMBF")
rel("bildungskommunen", "fundedBy", "esf-plus", S, "Zuwendungsgeber ist das BMBF; kofinanziert aus dem ESF Plus")
rel("hansestadt-barthwiek", "participatesIn", "bildungskommunen", S, "Die Hansestadt Barthwiek ist seit 2023 Bildungskommune.")
rel("ines-vollrath", "memberOf", "tranok", S, "Leiterin der Transferagentur", role="Leiterin der Transferagentur")
rel("jonas-reimers", "memberOf", "tranok", S, "Prozessbegleiter Mecklenburg-Vorpommern",
    role="Prozessbegleiter Mecklenburg-Vorpommern")
rel("jonas-reimers", "memberOf", "regionalbuero-pennekow", S, "TraNoK, Regionalbüro Pennekow",
    role="Prozessbegleiter Mecklenburg-Vorpommern")

# ---- added after review
rel("bildungsbuero-barthwiek", "participatesIn", "lenkungsgruppe-bildung-barthwiek", K,
    "Die Geschäftsführung liegt beim Bildungsbüro", note="Geschäftsführung of the Lenkungsgruppe Bildung")
rel("bildungsbuero-barthwiek", "participatesIn", "bildungsbeirat-barthwiek", K,
    f"Leiterin{T}des{T}Bildungsbüros{T}(Geschäftsführung)", note="mask 3.3.3.1: 'Am Bildungsbeirat sind regelmäßig beteiligt'")
rel("bildungsbuero-barthwiek", "cooperatesWith", "ihk-barthwiek", A,
    "Berufsorientierungstage mit der Industrie- und Handelskammer zu Barthwiek",
    note="AP 7, responsible: Ole Thiessen (Bildungsbüro)")
rel("bildungsbuero-barthwiek", "cooperatesWith", "hwk-vorpommern-kueste", A,
    "Handelskammer zu Barthwiek und der Handwerkskammer Vorpommern-Kiiste",
    note="AP 7, responsible: Ole Thiessen (Bildungsbüro)")
rel("netzwerk-bimo-nordost", "carriedBy", "tranok", S,
    "Netzwerk Kommunales Bildungsmonitoring Nordost)", note="listed under 'Unser Angebot' of the TraNoK")
rel("netzwerk-bimo-nordost", "carriedBy", "tranok", Z,
    "Organisation und Moderation der Netzwerktreffen",
    note="TraNoK column of milestone 'Wissens- und Erfahrungstransfer' (network named l.266-267)")
