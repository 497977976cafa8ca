# Gold relations: (subject, predicate, object, doc key, verbatim evidence, role, note, line hint).
# The builder finds the evidence in the document (across line breaks, hyphenation undone) and
# records the line where the evidence starts; a line hint picks one of several occurrences.
RELATIONS = []


def R(s, p, o, doc, ev, role=None, note=None, line=None):
    RELATIONS.append(dict(subject=s, predicate=p, object=o, doc=doc, evidence=ev, role=role, note=note, line=line))


# ====================================================================== K: neckarweil-transferkatalog
R("stadt-neckarweil", "participatesIn", "bildung-integriert", "K",
  "beteiligt sich die Stadt Neckarweil am Bundesprogramm „Bildung integriert“")
R("bildung-integriert", "fundedBy", "bmbf", "K", "das vom Bundesministerium für Bildung und Forschung")
R("bildung-integriert", "fundedBy", "esf", "K", "aus dem Europäischen Sozialfonds gefördert wird")
R("bildungsbuero-neckarweil", "fundedBy", "bildung-integriert", "K",
  "Mit Mitteln des Programms konnte im Amt für Schule und Bildung ein Bildungsbüro aufgebaut werden",
  note="'des Programms' = Bildung integriert (previous sentence)")
R("bildungsbuero-neckarweil", "subOrganizationOf", "amt-schule-bildung-neckarweil", "K",
  "Das Bildungsbüro bildet eine eigene Abteilung des Amtes für Schule und Bildung")
R("stadt-neckarweil", "cooperatesWith", "stadt-rottenhain", "K",
  "mit der Stadt Rottenhain eine Kooperationsvereinbarung")
R("tasf", "cooperatesWith", "stadt-neckarweil", "K",
  "von der Transferagentur Schwaben-Franken, mit der die Stadt seit 2016 eng zusammenarbeitet")
R("katrin-woelfle", "memberOf", "stadt-neckarweil", "K",
  "Dr. Katrin Wölfle Bürgermeisterin für Bildung, Jugend und Soziales",
  role="Bürgermeisterin für Bildung, Jugend und Soziales")
R("stadt-neckarweil", "cooperatesWith", "lautachkreis", "K",
  "Umgeben wird die Stadt vom Lautachkreis, mit dem sie in Fragen der beruflichen Bildung seit Jahren eng zusammenarbeitet")
R("amt-schule-bildung-neckarweil", "subOrganizationOf", "dezernat-ii-neckarweil", "K",
  "Dezernat II – Bildung, Jugend und Soziales, dem das Amt für Schule und Bildung")
R("amt-jugend-familie-neckarweil", "subOrganizationOf", "dezernat-ii-neckarweil", "K",
  "das Amt für Jugend und Familie und die Volkshochschule Neckarweil zugeordnet sind")
R("vhs-neckarweil", "subOrganizationOf", "dezernat-ii-neckarweil", "K",
  "die Volkshochschule Neckarweil zugeordnet sind")
R("bildungsbuero-neckarweil", "cooperatesWith", "amt-stadtentwicklung-statistik-neckarweil", "K",
  "arbeitet eng mit dem Amt für Stadtentwicklung und Statistik zusammen")
R("steuerungsgruppe-bildung-neckarweil", "chairedBy", "katrin-woelfle", "K",
  "unter Vorsitz der Bürgermeisterin für Bildung, Jugend und Soziales tagt")
R("staatliches-schulamt-neckarweil", "participatesIn", "steuerungsgruppe-bildung-neckarweil", "K",
  "Ihr gehören neben den Leitungen der Fachämter das Staatliche Schulamt Neckarweil")
R("agentur-arbeit-neckarweil", "participatesIn", "steuerungsgruppe-bildung-neckarweil", "K",
  "die Agentur für Arbeit Neckarweil, das Jobcenter Stadt Neckarweil")
R("jobcenter-stadt-neckarweil", "participatesIn", "steuerungsgruppe-bildung-neckarweil", "K",
  "das Jobcenter Stadt Neckarweil, die IHK Neckar-Lautach")
R("ihk-neckar-lautach", "participatesIn", "steuerungsgruppe-bildung-neckarweil", "K",
  "die IHK Neckar-Lautach und die Handwerkskammer Neckarweil an")
R("hwk-neckarweil", "participatesIn", "steuerungsgruppe-bildung-neckarweil", "K",
  "und die Handwerkskammer Neckarweil an")
R("stadt-neckarweil", "cooperatesWith", "staatliches-schulamt-neckarweil", "K",
  "lädt die Stadt gemeinsam mit dem Staatlichen Schulamt zur Neckarweiler Bildungskonferenz ein")
R("stadtteilrunden-bildung-neckarweil", "chairedBy", "referat-chancengleichheit-integration-neckarweil", "K",
  "die Runden werden vom Referat für Chancengleichheit und Integration moderiert",
  note="moderation of the round tables read as chairing")
R("ph-neckarweil", "cooperatesWith", "bildungsbuero-neckarweil", "K",
  "Wissenschaftlich begleitet die Pädagogische Hochschule Neckarweil das Bildungsmonitoring des Bildungsbüros")
R("stadt-neckarweil", "cooperatesWith", "buergerstiftung-neckarweil", "K",
  "Mit der Bürgerstiftung Neckarweil und der Hedwig-und-Emil-Sauter-Stiftung hat die Stadt Kooperationsvereinbarungen geschlossen")
R("stadt-neckarweil", "cooperatesWith", "sauter-stiftung", "K",
  "der Hedwig-und-Emil-Sauter-Stiftung hat die Stadt Kooperationsvereinbarungen geschlossen")
# mask 3.1.3.1
R("to-3.1.3.1", "fundedBy", "bildung-integriert", "K",
  "Sachmittel für Moderation, Druck und Veranstaltungen: ca. 18.000 Euro, finanziert aus Mitteln von „Bildung integriert“")
for obj, ev in [("gemeinderat-neckarweil", "Gemeinderat der Stadt Neckarweil (Beschlussfassung)"),
                ("steuerungsgruppe-bildung-neckarweil", "Steuerungsgruppe Bildung (Vorberatung)"),
                ("bildungsbuero-neckarweil", "Bildungsbüro Neckarweil (Prozesskoordination)"),
                ("amt-jugend-familie-neckarweil", "Amt für Jugend und Familie; Referat für Chancengleichheit und Integration"),
                ("referat-chancengleichheit-integration-neckarweil", "Referat für Chancengleichheit und Integration"),
                ("staatliches-schulamt-neckarweil", "Staatliches Schulamt Neckarweil"),
                ("jugendgemeinderat-neckarweil", "Jugendgemeinderat Neckarweil, Stadtseniorenrat Neckarweil e.V."),
                ("stadtseniorenrat-neckarweil", "Jugendgemeinderat Neckarweil, Stadtseniorenrat Neckarweil e.V."),
                ("vhs-neckarweil", "Volkshochschule Neckarweil, Stadtbibliothek Neckarweil (Räume, Moderation)"),
                ("stadtbibliothek-neckarweil", "Volkshochschule Neckarweil, Stadtbibliothek Neckarweil (Räume, Moderation)")]:
    R("to-3.1.3.1", "involvesActor", obj, "K", ev, line={"staatliches-schulamt-neckarweil": 151,
      "referat-chancengleichheit-integration-neckarweil": 150}.get(obj))
# mask 3.3.3.1
R("ag-bildungsbericht-neckarweil", "subOrganizationOf", "steuerungsgruppe-bildung-neckarweil", "K",
  "Die Steuerungsgruppe hat zwei Arbeitsgruppen eingesetzt, die AG Bildungsbericht")
R("ag-uebergaenge-neckarweil", "subOrganizationOf", "steuerungsgruppe-bildung-neckarweil", "K",
  "zwei Arbeitsgruppen eingesetzt, die AG Bildungsbericht und die AG Übergänge")
for obj, ev, ln in [("katrin-woelfle", "Bürgermeisterin für Bildung, Jugend und Soziales (Vorsitz)", None),
                    ("amt-schule-bildung-neckarweil", "Leitung Amt für Schule und Bildung", None),
                    ("amt-jugend-familie-neckarweil", "Leitung Amt für Jugend und Familie", None),
                    ("bildungsbuero-neckarweil", "Leiterin des Bildungsbüros Neckarweil (Geschäftsführung)", None),
                    ("staatliches-schulamt-neckarweil", "Schulamtsdirektorin des Staatlichen Schulamts Neckarweil", None),
                    ("agentur-arbeit-neckarweil", "Vorsitzender der Geschäftsführung der Agentur für Arbeit Neckarweil", None),
                    ("jobcenter-stadt-neckarweil", "Geschäftsführerin des Jobcenters Stadt Neckarweil", None),
                    ("ihk-neckar-lautach", "Hauptgeschäftsführer der IHK Neckar-Lautach", None),
                    ("hwk-neckarweil", "Geschäftsführer Berufsbildung der Handwerkskammer Neckarweil", None),
                    ("ph-neckarweil", "Rektorin der Pädagogischen Hochschule Neckarweil", None),
                    ("buergerstiftung-neckarweil", "Vorstand der Bürgerstiftung Neckarweil", None),
                    ("gesamtelternbeirat-neckarweil", "Gesamtelternbeirat Neckarweil (Vorsitz)", None)]:
    R("to-3.3.3.1", "involvesActor", obj, "K", ev, line=ln)
for subj, ev, role in [("amt-schule-bildung-neckarweil", "Leitung Amt für Schule und Bildung", "Leitung"),
                       ("amt-jugend-familie-neckarweil", "Leitung Amt für Jugend und Familie", "Leitung"),
                       ("bildungsbuero-neckarweil", "Leiterin des Bildungsbüros Neckarweil (Geschäftsführung)",
                        "Leiterin (Geschäftsführung)"),
                       ("ph-neckarweil", "Rektorin der Pädagogischen Hochschule Neckarweil", "Rektorin"),
                       ("buergerstiftung-neckarweil", "Vorstand der Bürgerstiftung Neckarweil", "Vorstand"),
                       ("gesamtelternbeirat-neckarweil", "Gesamtelternbeirat Neckarweil (Vorsitz)", "Vorsitz")]:
    R(subj, "participatesIn", "steuerungsgruppe-bildung-neckarweil", "K", ev, role=role,
      note="mask 3.3.3.1, BETEILIGTE AKTEURE lists the members of the Steuerungsgruppe")
# mask 3.5.3.2
R("to-3.5.3.2", "fundedBy", "sauter-stiftung", "K",
  "Das Projekt wird seit 2016 von der Hedwig-und-Emil-Sauter-Stiftung finanziert")
R("bildungsbuero-neckarweil", "cooperatesWith", "ihk-neckar-lautach", "K",
  "das Bildungsbüro setzt es gemeinsam mit der IHK Neckar-Lautach und der Handwerkskammer Neckarweil um")
R("bildungsbuero-neckarweil", "cooperatesWith", "hwk-neckarweil", "K",
  "gemeinsam mit der IHK Neckar-Lautach und der Handwerkskammer Neckarweil um")
for obj, ev, ln in [("bildungsbuero-neckarweil", "Bildungsbüro Neckarweil (Koordination)", None),
                    ("sauter-stiftung", "Hedwig-und-Emil-Sauter-Stiftung (Förderung)", None),
                    ("ihk-neckar-lautach", "IHK Neckar-Lautach und Handwerkskammer Neckarweil (Gewinnung der Scouts)", None),
                    ("hwk-neckarweil", "IHK Neckar-Lautach und Handwerkskammer Neckarweil (Gewinnung der Scouts)", None),
                    ("agentur-arbeit-neckarweil", "Agentur für Arbeit Neckarweil (Schulung)", None),
                    ("lindenhof-werkrealschule", "Werkrealschulen, z. B. Lindenhof-Werkrealschule Neckarweil", None),
                    ("brenzinger-praezisionsteile", "Ausbildungsbetriebe, z. B. Brenzinger Präzisionsteile GmbH", None),
                    ("ak-schulewirtschaft-neckarweil", "Arbeitskreis SCHULEWIRTSCHAFT Neckarweil", None)]:
    R("to-3.5.3.2", "involvesActor", obj, "K", ev, line=ln)
R("miriam-zeller-baumann", "memberOf", "bildungsbuero-neckarweil", "K",
  "Miriam Zeller-Baumann, Leiterin des Bildungsbüros Neckarweil", role="Leiterin")

# ====================================================================== A: lautachkreis-bildungskommunen-arbeitspakete
R("lautachkreis", "participatesIn", "bildungskommunen", "A",
  "Der Lautachkreis beantragt die Teilnahme am Férderprogramm Bildungskommunen",
  note="the document is the application; participation applied for")
R("bildungskommunen", "fundedBy", "bmbf", "A",
  "Das Programm wird aus Mitteln des Bundesministeriums fiir Bildung und Forschung (BMBF)")
R("bildungskommunen", "fundedBy", "esf-plus", "A", "und des Europdischen Sozialfonds Plus (ESF Plus) gef6rdert")
R("lautachkreis", "participatesIn", "bildung-integriert", "A",
  "Bereits von 2016 bis 2019 beteiligte sich der Kreis am Vorgéngerprogramm ,,Bildung integriert\"")
R("regionales-bildungsbuero-lautachkreis", "subOrganizationOf", "fb-schule-bildung-lautachkreis", "A",
  "Das Biiro ist als Stabsstelle im Fachbereich Schule und Bildung angesiedelt")
R("fb-schule-bildung-lautachkreis", "subOrganizationOf", "dezernat-3-lautachkreis", "A",
  "der Fachbereich untersteht dem Dezernat 3 - Jugend, Bildung und Soziales")
R("dezernat-3-lautachkreis", "subOrganizationOf", "landratsamt-lautachkreis", "A",
  "Dezernat 3 - Jugend, Bildung und Soziales des Landratsamts Lautachkreis")
R("regionales-bildungsbuero-lautachkreis", "participatesIn", "landesprogramm-bildungsregionen", "A",
  "Eingerichtet wurde das Regionale Bildungsbiiro 2016 im Rahmen des Landesprogramms Bildungsregionen")
R("regionales-bildungsbuero-lautachkreis", "fundedBy", "kultusministerium-bw", "A",
  "es wird anteilig vom Ministerium fiir Kultus, Jugend und Sport Baden-Wiirttemberg gefordert")
R("lenkungskreis-bildungsregion-lautachkreis", "chairedBy", "wolfgang-reichle", "A",
  "unter Vorsitz des Landrats Dr. Wolfgang Reichle")
R("ihk-neckar-lautach", "participatesIn", "bildungsregion-beirat-lautachkreis", "A",
  "Neuaufstellung des Bildungsregion-Beirats, dem kiinftig auch die IHK Neckar-Lautach", note="planned membership")
R("hwk-neckarweil", "participatesIn", "bildungsregion-beirat-lautachkreis", "A",
  "die Handwerkskammer Neckarweil und die Kreissparkasse Lautachkreis angehoren sollen", note="planned membership")
R("kreissparkasse-lautachkreis", "participatesIn", "bildungsregion-beirat-lautachkreis", "A",
  "die Kreissparkasse Lautachkreis angehoren sollen", note="planned membership")
R("ausschuss-bildung-soziales-lautachkreis", "subOrganizationOf", "kreistag-lautachkreis", "A",
  "Ausschuss fiir Bildung und Soziales des Kreistags")
R("lautachkreis", "cooperatesWith", "stadt-neckarweil", "A",
  "Erarbeitung eines kreisweiten Bildungsleitbildes in enger Abstimmung mit der Stadt Neckarweil")
R("ap-4", "addressesActionField", "af-fachkraeftesicherung", "A", "2024 mit dem Schwerpunkt Fachkraftesicherung")
R("ap-4", "addressesActionField", "af-bne", "A", "2025 zum Thema Bildung fiir nachhaltige Entwicklung (BNE)")
R("ap-5", "addressesActionField", "af-bildungsmonitoring", "A", "AP 5 Bildungsmonitoring")
R("ag-bildungsmonitoring-lautachkreis", "subOrganizationOf", "landratsamt-lautachkreis", "A",
  "einer verwaltungsinternen AG Bildungsmonitoring mit den Fachbereichen des Landratsamts",
  note="administration-internal working group of the Landratsamt")
R("statistisches-landesamt-bw", "cooperatesWith", "regionales-bildungsbuero-lautachkreis", "A",
  "mit dem Statistischen Landesamt Baden-Wiirttemberg, das dem Bildungsbiiro kleinraumige Daten bereitstellt")
R("ap-6", "addressesActionField", "af-bildungsberichterstattung", "A", "AP 6 Bildungsberichterstattung")
R("lautachkreis", "cooperatesWith", "ph-neckarweil", "A",
  "in Zusammenarbeit mit der Padagogischen Hochschule Neckarweil, die den Bericht wissenschaftlich begleitet")
R("ap-7", "addressesActionField", "af-uebergang-schule-beruf", "A",
  "AP 7 Ubergang Schule-Beruf und Fachkraftesicherung")
R("ap-7", "addressesActionField", "af-fachkraeftesicherung", "A",
  "AP 7 Ubergang Schule-Beruf und Fachkraftesicherung")
R("ap-7", "addressesActionField", "af-berufsorientierung", "A",
  "Analyse und Erarbeitung von MaBnahmen zur Berufsorientierung")
R("agentur-arbeit-neckarweil", "participatesIn", "ag-uebergang-schule-beruf-lautachkreis", "A",
  "AG Ubergang Schule-Beruf, in der die Agentur fiir Arbeit Neckarweil")
R("jobcenter-lautachkreis", "participatesIn", "ag-uebergang-schule-beruf-lautachkreis", "A",
  "das Jobcenter Lautachkreis, die IHK Neckar-Lautach")
R("ihk-neckar-lautach", "participatesIn", "ag-uebergang-schule-beruf-lautachkreis", "A",
  "die IHK Neckar-Lautach und die Handwerkskammer Neckarweil mitarbeiten")
R("hwk-neckarweil", "participatesIn", "ag-uebergang-schule-beruf-lautachkreis", "A",
  "die Handwerkskammer Neckarweil mitarbeiten")
R("jugendberufsagentur-lautachkreis", "carriedBy", "lautachkreis", "A",
  "Jugendberufsagentur Lautachkreis, die gemeinsam vom Landkreis", note="'vom Landkreis' = Lautachkreis")
R("jugendberufsagentur-lautachkreis", "carriedBy", "agentur-arbeit-neckarweil", "A",
  "der Agentur fir Arbeit Neckarweil und dem Jobcenter Lautachkreis getragen wird")
R("jugendberufsagentur-lautachkreis", "carriedBy", "jobcenter-lautachkreis", "A",
  "dem Jobcenter Lautachkreis getragen wird")
R("lautachkreis", "cooperatesWith", "molkerei-lautachtal", "A",
  "gemeinsam mit Betrieben wie der Molkerei Lautachtal eG")
R("lautachkreis", "cooperatesWith", "kessler-haustechnik", "A", "und der Kessler Haustechnik GmbH")
R("ap-8", "addressesActionField", "af-fruehe-bildung", "A", "AP 8 Friihe Bildung und Ubergang Kita-Grundschule")
R("ap-8", "addressesActionField", "af-uebergang-kita-grundschule", "A",
  "AP 8 Friihe Bildung und Ubergang Kita-Grundschule")
R("ap-8", "addressesActionField", "af-sprachfoerderung", "A",
  "Abstimmung von Sprachforderung und Kooperationsvereinbarungen zwischen Kitas und Grundschulen")
R("netzwerk-fruehe-bildung-lautachkreis", "chairedBy", "fb-jugend-familie-lautachkreis", "A",
  "geleitet wird es vom Fachbereich Jugend und Familie")
R("fb-jugend-familie-lautachkreis", "subOrganizationOf", "dezernat-3-lautachkreis", "A",
  "Fachbereich Jugend und Familie, der ebenfalls zum Dezernat 3 gehort")
R("ap-9", "addressesActionField", "af-integration-durch-bildung", "A", "AP 9 Integration durch Bildung")
R("ap-9", "addressesActionField", "af-sprachfoerderung", "A", "der Angebote zur Sprachférderung fiir Neuzugewanderte")
R("vhs-lautachkreis", "participatesIn", "runder-tisch-integration-lautachkreis", "A",
  ",,Runder Tisch Integration durch Bildung\", an dem die Volkshochschule Lautachkreis")
R("kreisjugendring-lautachkreis", "participatesIn", "runder-tisch-integration-lautachkreis", "A",
  "der Kreisjugendring Lautachkreis e.V. und Migrantenorganisationen teilnehmen")
R("regionales-bildungsbuero-lautachkreis", "fundedBy", "kommunale-koordinierung", "A",
  "das Regionale Bildungsbiiro bis 2022 Mittel aus dem Programm ,,Kommunale Koordinierung der Bildungsangebote fiir Neuzugewanderte\" erhielt")
R("ap-10", "addressesActionField", "af-digitale-bildung", "A", "AP 10 Digitale Bildung und MINT")
R("ap-10", "addressesActionField", "af-mint-bildung", "A", "AP 10 Digitale Bildung und MINT")
R("regionales-bildungsbuero-lautachkreis", "cooperatesWith", "kreismedienzentrum-lautachkreis", "A",
  "Konzeption von Fortbildungen zur Medienbildung gemeinsam mit dem Kreismedienzentrum Lautachkreis",
  note="implementing unit of the work packages is the Regionales Bildungsbüro (l.10)")
R("kreismedienzentrum-lautachkreis", "subOrganizationOf", "fb-schule-bildung-lautachkreis", "A",
  "Kreismedienzentrum Lautachkreis, einer Einrichtung des Fachbereichs Schule und Bildung")
R("regionales-bildungsbuero-lautachkreis", "cooperatesWith", "staatliches-schulamt-neckarweil", "A",
  "und dem Staatlichen Schulamt Neckarweil")
R("lautach-macht-mint", "fundedBy", "sparkassenstiftung-lautachkreis", "A",
  "das von der Sparkassenstiftung Lautachkreis gefordert wird")
R("ap-11", "addressesActionField", "af-lebenslanges-lernen", "A", "AP 11 Lebenslanges Lernen im landlichen Raum")
R("ap-11", "addressesActionField", "af-grundbildung", "A", "Angebote zu Grundbildung und Alphabetisierung")
R("lautachkreis", "cooperatesWith", "vhs-lautachkreis", "A",
  "gemeinsam mit der Volkshochschule Lautachkreis Aufbau mobiler Lernorte")
R("lautachkreis", "cooperatesWith", "tasf", "A",
  "Zusammenarbeit mit der Transferagentur Schwaben-Franken fiir Kommunales Bildungsmanagement (TASF)")
R("lautachkreis", "participatesIn", "netzwerk-uebergang-schule-beruf-neckar-lautach", "A",
  "Mitwirkung im Netzwerk Ubergang Schule-Beruf Neckar-Lautach")
R("netzwerk-uebergang-schule-beruf-neckar-lautach", "carriedBy", "lautachkreis", "A",
  "das der Kreis gemeinsam mit der Stadt Neckarweil betreibt", note="'der Kreis' = Lautachkreis")
R("netzwerk-uebergang-schule-beruf-neckar-lautach", "carriedBy", "stadt-neckarweil", "A",
  "das der Kreis gemeinsam mit der Stadt Neckarweil betreibt")
R("jochen-maierhoefer", "memberOf", "fb-schule-bildung-lautachkreis", "A",
  "Jochen Maierhofer, Leiter Fachbereich Schule und Bildung", role="Leiter")
R("jochen-maierhoefer", "memberOf", "landratsamt-lautachkreis", "A",
  "Jochen Maierhofer, Leiter Fachbereich Schule und Bildung, Landratsamt Lautachkreis",
  role="Leiter Fachbereich Schule und Bildung")
R("anja-pfisterer", "memberOf", "regionales-bildungsbuero-lautachkreis", "A",
  "Dr. Anja Pfisterer, Leiterin Regionales Bildungsbiiro Lautachkreis", role="Leiterin")

# ====================================================================== Z: neckarweil-zielvereinbarung-tasf
R("stadt-neckarweil", "cooperatesWith", "tasf", "Z",
  "Zielvereinbarung zwischen der Stadt Neckarweil und der Transferagentur Schwaben-Franken")
R("tasf", "participatesIn", "transferinitiative-kbm", "Z",
  "Die TASF ist ein Angebot der Transferinitiative Kommunales Bildungsmanagement")
R("tasf", "carriedBy", "ibk", "Z",
  "wird vom Institut für Bildungsplanung und Kommunalentwicklung e.V. (IBK) getragen")
R("miriam-zeller-baumann", "memberOf", "stadt-neckarweil", "Z",
  "Stadt Neckarweil: Miriam Zeller-Baumann, Leiterin Bildungsbüro", role="Leiterin Bildungsbüro")
R("miriam-zeller-baumann", "memberOf", "bildungsbuero-neckarweil", "Z",
  "Miriam Zeller-Baumann, Leiterin Bildungsbüro", role="Leiterin")
R("jonas-kieninger", "memberOf", "stadt-neckarweil", "Z", "Jonas Kieninger, Bildungsmonitoring",
  role="Bildungsmonitoring")
R("florian-moessner", "memberOf", "tasf", "Z",
  "TASF: Florian Mössner, Referent Datenbasiertes Bildungsmanagement",
  role="Referent Datenbasiertes Bildungsmanagement")
R("katrin-woelfle", "memberOf", "stadt-neckarweil", "Z", "Bürgermeisterin für Bildung,",
  role="Bürgermeisterin für Bildung, Jugend und Soziales", line=289,
  note="signature block in two columns: name l.288, office l.289-290")
R("henrike-salzmann", "memberOf", "tasf", "Z", "Leiterin der Transferagentur",
  role="Leiterin der Transferagentur Schwaben-Franken",
  note="signature block in two columns: name l.288, office l.289-290")
R("ak-ganztag-neckarweil", "chairedBy", "amt-jugend-familie-neckarweil", "Z",
  "unter Leitung des Amtes für Jugend und Familie", note="planned Arbeitskreis (measure 5.1)")
R("stadt-neckarweil", "cooperatesWith", "staatliches-schulamt-neckarweil", "Z",
  "Fachtag Ganztag 2020 in Zusammenarbeit mit dem Staatlichen Schulamt Neckarweil")
R("stadt-neckarweil", "cooperatesWith", "lautachkreis", "Z",
  "Initiierung eines gemeinsamen Netzwerks Übergang Schule–Beruf mit dem Lautachkreis")
R("stadt-neckarweil", "cooperatesWith", "landratsamt-lautachkreis", "Z",
  "Einladung gemeinsam mit dem Landratsamt Lautachkreis",
  note="responsibility column 'Stadt Neckarweil' of milestone Fachtag Übergang Schule–Beruf")
R("zv-ziel-1", "addressesActionField", "af-bildungsmonitoring", "Z",
  "Weiterentwicklung des Bildungsmonitorings zu einem kleinräumigen Monitoring")
R("zv-ziel-3", "addressesActionField", "af-uebergang-schule-beruf", "Z", "Übergang Schule–Beruf datenbasiert steuern")
R("zv-ziel-3", "addressesActionField", "af-fachkraeftesicherung", "Z",
  "thematische Schwerpunkte: Fachkräftesicherung und Berufsorientierung")
R("zv-ziel-3", "addressesActionField", "af-berufsorientierung", "Z",
  "thematische Schwerpunkte: Fachkräftesicherung und Berufsorientierung")
R("zv-ziel-4", "addressesActionField", "af-integration-durch-bildung", "Z",
  "Integration durch Bildung als Querschnittsthema aller Ämter")
R("zv-ziel-5", "addressesActionField", "af-ganztag", "Z", "Ganztagsbildung und Kooperation Schule–Jugendhilfe")
R("zv-ziel-6", "addressesActionField", "af-bne", "Z", "Bildung für nachhaltige Entwicklung (BNE) verankern")
R("zv-massnahme-3-2", "addressesActionField", "af-berufsorientierung", "Z",
  "Abstimmung der Berufsorientierungsangebote in der AG Übergänge")
R("zv-massnahme-3-3", "addressesActionField", "af-uebergang-schule-beruf", "Z",
  "Initiierung eines gemeinsamen Netzwerks Übergang Schule–Beruf")
R("zv-massnahme-4-1", "addressesActionField", "af-sprachfoerderung", "Z",
  "Bestandsaufnahme der Angebote zur Sprachförderung")
R("zv-massnahme-5-1", "addressesActionField", "af-ganztag", "Z", "Gründung eines Arbeitskreises Ganztag")
R("zv-massnahme-5-2", "addressesActionField", "af-ganztag", "Z", "Fachtag Ganztag 2020")
R("zv-massnahme-6-1", "addressesActionField", "af-bne", "Z", "Erfassung von BNE-Angeboten außerschulischer Lernorte")
R("zv-meilenstein-datenwerkstatt", "addressesActionField", "af-bildungsmonitoring", "Z",
  "Qualifizierung zum kleinräumigen Monitoring")
R("zv-meilenstein-fachtag", "addressesActionField", "af-uebergang-schule-beruf", "Z",
  "Fachtag Übergang Schule–Beruf")

# ====================================================================== P: lautachkreis-lenkungskreis-protokoll-2024
R("lenkungskreis-bildungsregion-lautachkreis", "chairedBy", "wolfgang-reichle", "P",
  "Vorsitz:** Landrat Dr. Wolfgang Reichle")
for pid, org, ev, role, ln in [
    ("wolfgang-reichle", "landratsamt-lautachkreis", "Landratsamt Lautachkreis** – Dr. Wolfgang Reichle, Landrat (Vorsitz)", "Landrat (Vorsitz)", None),
    ("sabine-kuttler-hahn", "landratsamt-lautachkreis", "Landratsamt Lautachkreis** – Sabine Kuttler-Hahn, Dezernentin Dezernat 3 – Jugend, Bildung und Soziales", "Dezernentin Dezernat 3 – Jugend, Bildung und Soziales", None),
    ("sabine-kuttler-hahn", "dezernat-3-lautachkreis", "Sabine Kuttler-Hahn, Dezernentin Dezernat 3 – Jugend, Bildung und Soziales", "Dezernentin", None),
    ("jochen-maierhoefer", "landratsamt-lautachkreis", "Landratsamt Lautachkreis** – Jochen Maierhöfer, Leiter Fachbereich Schule und Bildung", "Leiter Fachbereich Schule und Bildung", None),
    ("jochen-maierhoefer", "fb-schule-bildung-lautachkreis", "Jochen Maierhöfer, Leiter Fachbereich Schule und Bildung", "Leiter", None),
    ("anja-pfisterer", "regionales-bildungsbuero-lautachkreis", "Regionales Bildungsbüro** – Dr. Anja Pfisterer (Leiterin)", "Leiterin", None),
    ("tobias-greiner", "regionales-bildungsbuero-lautachkreis", "Tobias Greiner (Bildungsmonitoring)", "Bildungsmonitoring", 27),
    ("selin-aydogan", "regionales-bildungsbuero-lautachkreis", "Selin Aydoğan (Bildungskoordination Neuzugewanderte)", "Bildungskoordination Neuzugewanderte", None),
    ("melanie-schray", "regionales-bildungsbuero-lautachkreis", "Melanie Schray (Projektassistenz)", "Projektassistenz", None),
    ("klaus-deuschle", "grosse-kreisstadt-hornbrunn", "Große Kreisstadt Hornbrunn** – Klaus Deuschle, Oberbürgermeister", "Oberbürgermeister", None),
    ("petra-haag", "gemeinde-zwiefelstetten", "Gemeinde Zwiefelstetten** – Petra Haag, Bürgermeisterin", "Bürgermeisterin", None),
    ("ingrid-laemmle", "staatliches-schulamt-neckarweil", "Staatliches Schulamt Neckarweil** – Ingrid Lämmle, Schulamtsdirektorin", "Schulamtsdirektorin", None),
    ("ralf-goenner", "agentur-arbeit-neckarweil", "Agentur für Arbeit Neckarweil** – Ralf Gönner, Bereichsleiter Berufsberatung", "Bereichsleiter Berufsberatung", None),
    ("corinna-wetzel", "ihk-neckar-lautach", "IHK Neckar-Lautach** – Corinna Wetzel, Leiterin Aus- und Weiterbildung", "Leiterin Aus- und Weiterbildung", None),
    ("markus-eisele", "hwk-neckarweil", "Handwerkskammer Neckarweil** – Markus Eisele, Ausbildungsberater (in Vertretung)", "Ausbildungsberater", None),
    ("helmut-brodbeck", "sparkassenstiftung-lautachkreis", "Sparkassenstiftung Lautachkreis** – Helmut Brodbeck, Vorstand", "Vorstand", None),
    ("ursula-brenner-wahl", "vhs-lautachkreis", "Volkshochschule Lautachkreis** – Ursula Brenner-Wahl, Leiterin", "Leiterin", None),
]:
    R(pid, "memberOf", org, "P", ev, role=role, line=ln)
for org, ev in [("grosse-kreisstadt-hornbrunn", "Große Kreisstadt Hornbrunn** – Klaus Deuschle"),
                ("gemeinde-zwiefelstetten", "Gemeinde Zwiefelstetten** – Petra Haag"),
                ("staatliches-schulamt-neckarweil", "Staatliches Schulamt Neckarweil** – Ingrid Lämmle"),
                ("agentur-arbeit-neckarweil", "Agentur für Arbeit Neckarweil** – Ralf Gönner"),
                ("ihk-neckar-lautach", "IHK Neckar-Lautach** – Corinna Wetzel"),
                ("hwk-neckarweil", "Handwerkskammer Neckarweil** – Markus Eisele"),
                ("sparkassenstiftung-lautachkreis", "Sparkassenstiftung Lautachkreis** – Helmut Brodbeck"),
                ("vhs-lautachkreis", "Volkshochschule Lautachkreis** – Ursula Brenner-Wahl")]:
    R(org, "participatesIn", "lenkungskreis-bildungsregion-lautachkreis", "P", ev,
      note="listed under 'Teilnehmende' of the 9th Lenkungskreis meeting")
R("lautachkreis", "participatesIn", "bildungskommunen", "P",
  "der Lautachkreis ist damit eine von bundesweit rund 90 Bildungskommunen")
R("bildungskommunen", "fundedBy", "bmbf", "P", "Finanzierung: Bundesministerium für Bildung und Forschung",
  note="TOP 2 is about the programme Bildungskommunen")
R("bildungskommunen", "fundedBy", "esf-plus", "P",
  "Finanzierung: Bundesministerium für Bildung und Forschung und Europäischer Sozialfonds Plus (ESF Plus)",
  note="TOP 2 is about the programme Bildungskommunen")
R("regionales-bildungsbuero-lautachkreis", "fundedBy", "bildungskommunen", "P",
  "Die beiden neuen Stellen im Regionalen Bildungsbüro (Bildungsmonitoring, Bildungskoordination) werden über „Bildungskommunen“ finanziert")
R("lena-ostertag", "memberOf", "ph-neckarweil", "P",
  "Prof. Dr. Lena Ostertag, Professorin für Bildungsforschung an der Pädagogischen Hochschule Neckarweil",
  role="Professorin für Bildungsforschung")
R("lautachkreis", "cooperatesWith", "ph-neckarweil", "P",
  "an der Pädagogischen Hochschule Neckarweil, begleitet den Bericht wissenschaftlich",
  note="'den Bericht' = Bildungsbericht 2025 of the Lautachkreis")
R("bildungsregion-beirat-lautachkreis", "chairedBy", "sabine-kuttler-hahn", "P",
  "wird von Dezernentin Kuttler-Hahn geleitet")
for org, ev in [("ihk-neckar-lautach", "Neu aufgenommen werden die IHK Neckar-Lautach"),
                ("hwk-neckarweil", "die Handwerkskammer Neckarweil, die Kreissparkasse Lautachkreis"),
                ("kreissparkasse-lautachkreis", "die Kreissparkasse Lautachkreis und der Kreisjugendring"),
                ("kreisjugendring-lautachkreis", "und der Kreisjugendring Lautachkreis e.V.")]:
    R(org, "participatesIn", "bildungsregion-beirat-lautachkreis", "P", ev)
R("bildungskonferenz-lautachkreis", "fundedBy", "sparkassenstiftung-lautachkreis", "P",
  "Die Sparkassenstiftung Lautachkreis fördert die Bildungskonferenz mit 5.000 Euro")
R("ihk-neckar-lautach", "participatesIn", "bildungskonferenz-lautachkreis", "P",
  "Mitveranstalter sind die IHK Neckar-Lautach", role="Mitveranstalter")
R("agentur-arbeit-neckarweil", "participatesIn", "bildungskonferenz-lautachkreis", "P",
  "und die Agentur für Arbeit Neckarweil", role="Mitveranstalter", line=102)
R("lindenschule-hornbrunn", "participatesIn", "startchancen-programm", "P",
  "Die Lindenschule Hornbrunn (Grundschule) und die Gemeinschaftsschule Kesselried nehmen ab dem Schuljahr 2024/25 am Startchancen-Programm teil")
R("gemeinschaftsschule-kesselried", "participatesIn", "startchancen-programm", "P",
  "die Gemeinschaftsschule Kesselried nehmen ab dem Schuljahr 2024/25 am Startchancen-Programm teil")
R("tasf", "cooperatesWith", "lautachkreis", "P",
  "dass die Transferagentur Schwaben-Franken den Lautachkreis bei der Leitbildentwicklung begleitet")
R("netzwerk-uebergang-schule-beruf-neckar-lautach", "chairedBy", "miriam-zeller-baumann", "P",
  "Moderation:** Miriam Zeller-Baumann (Stadt Neckarweil)")
R("netzwerk-uebergang-schule-beruf-neckar-lautach", "chairedBy", "anja-pfisterer", "P",
  "und Dr. Anja Pfisterer (Lautachkreis)")
R("netzwerk-uebergang-schule-beruf-neckar-lautach", "carriedBy", "stadt-neckarweil", "P",
  "Träger sind die Stadt Neckarweil und der Lautachkreis")
R("netzwerk-uebergang-schule-beruf-neckar-lautach", "carriedBy", "lautachkreis", "P",
  "Träger sind die Stadt Neckarweil und der Lautachkreis")
for pid, org, ev, role in [
    ("miriam-zeller-baumann", "stadt-neckarweil", "| Miriam Zeller-Baumann | Leiterin Bildungsbüro | Stadt Neckarweil |", "Leiterin Bildungsbüro"),
    ("miriam-zeller-baumann", "bildungsbuero-neckarweil", "| Miriam Zeller-Baumann | Leiterin Bildungsbüro |", "Leiterin"),
    ("jonas-kieninger", "stadt-neckarweil", "| Jonas Kieninger | Bildungsmonitoring | Stadt Neckarweil, Bildungsbüro |", "Bildungsmonitoring"),
    ("jonas-kieninger", "bildungsbuero-neckarweil", "| Jonas Kieninger | Bildungsmonitoring | Stadt Neckarweil, Bildungsbüro |", "Bildungsmonitoring"),
    ("thomas-ruckaberle", "stadt-neckarweil", "| Thomas Ruckaberle | Amtsleiter | Stadt Neckarweil, Amt für Schule und Bildung |", "Amtsleiter, Amt für Schule und Bildung"),
    ("thomas-ruckaberle", "amt-schule-bildung-neckarweil", "| Thomas Ruckaberle | Amtsleiter | Stadt Neckarweil, Amt für Schule und Bildung |", "Amtsleiter"),
    ("gabriele-rapp", "stadt-neckarweil", "| Gabriele Rapp | Jugendberufshilfe | Stadt Neckarweil, Amt für Jugend und Familie |", "Jugendberufshilfe, Amt für Jugend und Familie"),
    ("gabriele-rapp", "amt-jugend-familie-neckarweil", "| Gabriele Rapp | Jugendberufshilfe | Stadt Neckarweil, Amt für Jugend und Familie |", "Jugendberufshilfe"),
    ("daniel-hipp", "landratsamt-lautachkreis", "| Daniel Hipp | Fachkräftesicherung | Landratsamt Lautachkreis, Stabsstelle Wirtschaftsförderung |", "Fachkräftesicherung, Stabsstelle Wirtschaftsförderung"),
    ("daniel-hipp", "stabsstelle-wirtschaftsfoerderung-lautachkreis", "| Daniel Hipp | Fachkräftesicherung | Landratsamt Lautachkreis, Stabsstelle Wirtschaftsförderung |", "Fachkräftesicherung"),
    ("sandra-osswald", "jobcenter-lautachkreis", "| Sandra Oßwald | Teamleiterin U25 | Jobcenter Lautachkreis |", "Teamleiterin U25"),
    ("bernd-kaechele", "bsz-hornbrunn", "| Bernd Kächele | Schulleiter | Berufliches Schulzentrum Hornbrunn |", "Schulleiter"),
    ("claudia-brenzinger", "brenzinger-praezisionsteile", "| Claudia Brenzinger | Geschäftsführerin | Brenzinger Präzisionsteile GmbH |", "Geschäftsführerin"),
    ("hans-peter-sauter", "sauter-stiftung", "| Dr. Hans-Peter Sauter | Vorsitzender des Stiftungsrats | Hedwig-und-Emil-Sauter-Stiftung |", "Vorsitzender des Stiftungsrats"),
    ("aylin-kaya", "tasf", "| Aylin Kaya | Prozessbegleitung (Gast) | TASF |", "Prozessbegleitung"),
]:
    R(pid, "memberOf", org, "P", ev, role=role)
for org, ev in [("regionales-bildungsbuero-lautachkreis", "| Dr. Anja Pfisterer | Leiterin | Regionales Bildungsbüro Lautachkreis |"),
                ("agentur-arbeit-neckarweil", "| Ralf Gönner | Bereichsleiter Berufsberatung | Agentur für Arbeit Neckarweil |"),
                ("jobcenter-lautachkreis", "| Sandra Oßwald | Teamleiterin U25 | Jobcenter Lautachkreis |"),
                ("ihk-neckar-lautach", "| Corinna Wetzel | Leiterin Aus- und Weiterbildung | IHK Neckar-Lautach |"),
                ("bsz-hornbrunn", "| Bernd Kächele | Schulleiter | Berufliches Schulzentrum Hornbrunn |"),
                ("brenzinger-praezisionsteile", "| Claudia Brenzinger | Geschäftsführerin | Brenzinger Präzisionsteile GmbH |"),
                ("sauter-stiftung", "| Dr. Hans-Peter Sauter | Vorsitzender des Stiftungsrats | Hedwig-und-Emil-Sauter-Stiftung |")]:
    R(org, "participatesIn", "netzwerk-uebergang-schule-beruf-neckar-lautach", "P", ev,
      note="institution in the participant table of the network meeting (the carriers and the TASF guest are not counted)")
R("to-3.5.3.2", "fundedBy", "sauter-stiftung", "P",
  "dass die Sauter-Stiftung die Berufe-Scouts im Lautachkreis für zwei Jahre mitfinanziert")
R("claudia-brenzinger", "memberOf", "ak-schulewirtschaft-neckarweil", "P",
  "Frau Brenzinger, Sprecherin des Arbeitskreises SCHULEWIRTSCHAFT Neckarweil", role="Sprecherin")
R("stadt-neckarweil", "cooperatesWith", "agentur-arbeit-neckarweil", "P",
  "Die Stadt Neckarweil prüft gemeinsam mit der Agentur für Arbeit Neckarweil")
R("stadt-neckarweil", "cooperatesWith", "jobcenter-stadt-neckarweil", "P",
  "und dem Jobcenter Stadt Neckarweil den Aufbau einer eigenen Jugendberufsagentur")
R("ak-ganztag-neckarweil", "chairedBy", "amt-jugend-familie-neckarweil", "P",
  "aus dem Arbeitskreis Ganztag, den das Amt für Jugend und Familie seit 2020 leitet")

# ====================================================================== F: tasf-vorstellung-2019
R("transferinitiative-kbm", "fundedBy", "bmbf", "F", "Förderung: Bundesministerium für Bildung und Forschung",
  note="bullet on the slide „Transferinitiative Kommunales Bildungsmanagement“")
R("transferinitiative-kbm", "fundedBy", "esf", "F",
  "Förderung: Bundesministerium für Bildung und Forschung, Europäischer Sozialfonds (ESF)",
  note="bullet on the slide „Transferinitiative Kommunales Bildungsmanagement“")
R("tasf", "carriedBy", "ibk", "F", "Träger: Institut für Bildungsplanung und Kommunalentwicklung e.V. (IBK)")
R("tasf", "cooperatesWith", "kultusministerium-bw", "F",
  "Partner im Land: Ministerium für Kultus, Jugend und Sport Baden-Württemberg (Kooperationsvertrag 2015)")
R("fachbeirat-tasf", "chairedBy", "gerd-hallwachs", "F", "Fachbeirat der TASF unter Vorsitz von Prof. Dr. Gerd Hallwachs")
R("fachbeirat-tasf", "subOrganizationOf", "tasf", "F", "Fachbeirat der TASF")
R("tasf", "fundedBy", "bmbf", "F", "die TASF wird aus Mitteln des BMBF gefördert")
R("henrike-salzmann", "memberOf", "tasf", "F", "Dr. Henrike Salzmann – Leiterin der TASF", role="Leiterin der TASF")
R("florian-moessner", "memberOf", "tasf", "F", "Florian Mössner – Referent Datenbasiertes Bildungsmanagement",
  role="Referent Datenbasiertes Bildungsmanagement", note="team slide 'Unser Team' of the TASF")
R("aylin-kaya", "memberOf", "tasf", "F", "Aylin Kaya – Prozessbegleitung Kommunen, Landeskoordinatorin",
  role="Prozessbegleitung Kommunen, Landeskoordinatorin", note="team slide 'Unser Team' of the TASF")
R("stefanie-froeschle", "memberOf", "tasf", "F", "Stefanie Fröschle – Veranstaltungen und Öffentlichkeitsarbeit",
  role="Veranstaltungen und Öffentlichkeitsarbeit", note="team slide 'Unser Team' of the TASF")
R("gerd-hallwachs", "memberOf", "ibk", "F", "Prof. Dr. Gerd Hallwachs – Vorstandsvorsitzender des IBK",
  role="Vorstandsvorsitzender")
R("tasf", "cooperatesWith", "statistisches-landesamt-bw", "F",
  "Organisation: TASF und Statistisches Landesamt Baden-Württemberg")
R("netzwerk-bildungsmonitoring-bw", "carriedBy", "tasf", "F",
  "Netzwerk Bildungsmonitoring Baden-Württemberg (Organisation: TASF und Statistisches Landesamt Baden-Württemberg)",
  note="organiser of the network read as carrier")
R("netzwerk-bildungsmonitoring-bw", "carriedBy", "statistisches-landesamt-bw", "F",
  "(Organisation: TASF und Statistisches Landesamt Baden-Württemberg)",
  note="organiser of the network read as carrier")
for m, ev in [("stadt-neckarweil", "Mitglieder: Stadt Neckarweil"),
              ("stadt-rottenhain", "Mitglieder: Stadt Neckarweil, Stadt Rottenhain"),
              ("lk-tauberried", "Landkreis Tauberried, Stadt Murgstetten"),
              ("stadt-murgstetten", "Landkreis Tauberried, Stadt Murgstetten")]:
    R(m, "participatesIn", "netzwerk-bildungsmonitoring-bw", "F", ev)
R("tasf", "cooperatesWith", "stadt-neckarweil", "F", "Stadt Neckarweil – Zielvereinbarung seit 2016",
  note="slide 'Mit uns arbeiten bereits'")
R("tasf", "cooperatesWith", "stadt-rottenhain", "F", "Stadt Rottenhain – Zielvereinbarung seit 2017",
  note="slide 'Mit uns arbeiten bereits'")
R("tasf", "cooperatesWith", "lk-tauberried", "F", "Landkreis Tauberried – Zielvereinbarung seit 2018",
  note="slide 'Mit uns arbeiten bereits'")
R("bildungsbuero-neckarweil", "subOrganizationOf", "amt-schule-bildung-neckarweil", "F",
  "Bildungsbüro im Amt für Schule und Bildung")
R("to-3.5.3.2", "fundedBy", "sauter-stiftung", "F",
  "Berufe-Scouts an Werkrealschulen (finanziert von der Hedwig-und-Emil-Sauter-Stiftung)")
R("kommunale-koordinierung", "fundedBy", "bmbf", "F", "Förderung durch das BMBF",
  note="bullet under the programme heading l.112-114")
R("bildung-integriert", "fundedBy", "esf", "F", "Förderung aus ESF-Mitteln",
  note="bullet under the heading „Bildung integriert“ l.124")
R("lautachkreis", "participatesIn", "bildung-integriert", "F", "Der Lautachkreis nimmt seit 2016 teil",
  note="bullet under the heading „Bildung integriert“ l.124")
