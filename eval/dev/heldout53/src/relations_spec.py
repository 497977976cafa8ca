"""Relations stated in the text: rel(subject, predicate, object, doc, line_hint, evidence, role=None, note=None).
Evidence is quoted in the joined form (whitespace normalised, line-end hyphens kept: 'Fachbe-reich')."""

def define(rel, K, A, Z, P, S):
    # ===================== K: transfer catalogue
    rel("bildungskommunen", "fundedBy", "bmbf", K, 19, "Förderung durch das Bundesministerium für Bildung und Forschung im Programm „Bildungskommunen“", note="foreword")
    rel("talk", "cooperatesWith", "lk-nidderwald", K, 25, "Transferagentur Lahn-Kinzig, die uns seit dem Frühjahr 2023 auf der Grundlage einer Zielvereinbarung", note="foreword; 'uns' = the Landkreis")
    rel("schulamt", "cooperatesWith", "lk-nidderwald", K, 29, "dem Staatlichen Schulamt, das von Beginn an mit am Tisch saß", note="foreword thanks")
    rel("leimbach", "memberOf", "lk-nidderwald", K, 49, "Landrätin des Landkreises Nidderwald", role="Landrätin", note="signature of the foreword (l.47-49)")
    rel("fb4", "subOrganizationOf", "lk-nidderwald", K, 80, "in der Kreisverwaltung im Fachbe-reich 4 Jugend, Schule und Soziales angesiedelt")
    # 4.2.2
    rel("lk-nidderwald", "participatesIn", "bildungskommunen", K, 103, "Mit dem Eintritt in das Programm „Bildungskommunen“", note="subject is the Kreis (l.102)")
    rel("feldmann", "memberOf", "bildungsbuero", K, 105, "für das Bildungsmonitoring eingerichtet, die Lukas Feldmann innehat", role="Bildungsmonitoring")
    rel("ag-bildungsmonitoring", "chairedBy", "feldmann", K, 106, "Er leitet die verwaltungsinterne AG Bildungsmonitoring", note="'Er' = Lukas Feldmann (previous sentence)")
    for u in ("fd41", "fd42", "fd23"):
        rel(u, "participatesIn", "ag-bildungsmonitoring", K, 107, "in der die Fachdienste 4.1, 4.2 und 2.3 ihre Daten abstimmen", note="coordinated mention 'Fachdienste 4.1, 4.2 und 2.3'")
    rel("fd23", "subOrganizationOf", "fb2", K, 108, "Fachdienst 2.3 Kreisentwicklung und Statistik gehört zum Fach-bereich 2 Zentrale Steuerung und Kreisentwicklung")
    rel("talk", "cooperatesWith", "bildungsbuero", K, 114, "Transferagentur Lahn-Kinzig qualifizierte den Mitarbeiter in zwei Werkstätten", note="qualification of the Bildungsbüro's monitoring officer")
    rel("bildungsbuero", "cooperatesWith", "hsl", K, 115, "Mit dem Hessischen Statistischen Landesamt be-steht seit 2023 eine Vereinbarung", note="agreement on special analyses; subject from context ('das Büro', l.112)")
    rel("schulamt", "subOrganizationOf", "hmkb", K, 118, "über das Staatliche Schulamt angefordert, das dem Hessischen Ministerium für Kultus, Bildung und Chancen nachgeordnet ist")
    rel("bildungsbuero", "cooperatesWith", "amt-schule-marbrueck", K, 121, "tauscht sich das Bildungsbüro zudem regelmäßig mit dem Amt für Schule und Bildung der Stadt Marbrück aus")
    rel("amt-schule-marbrueck", "subOrganizationOf", "stadt-marbrueck", K, 122, "Amt für Schule und Bildung der Stadt Marbrück")
    # mask 4.2.3.1
    rel("fd41", "participatesIn", "ag-bildungsmonitoring", K, 161, "AG Bildungsmonitoring, in der neben dem Fachdienst 4.1 Kinder, Jugend und Familie")
    rel("fd23", "participatesIn", "ag-bildungsmonitoring", K, 162, "auch der Fachdienst 2.3 Kreisentwicklung und Statistik mitarbeitet")
    rel("fh-borkenfels", "cooperatesWith", "bildungsbuero", K, 164, "Die Fachhochschule Borkenfels begleitete die Indikatorenauswahl wissenschaftlich", note="scientific support of the Bildungsbüro's report")
    rel("schulausschuss", "subOrganizationOf", "kreistag", K, 175, "Schul- und Bildungsausschuss des Kreistages")
    rel("to-4.2.3.1", "fundedBy", "bildungskommunen", K, 179, "1 Vollzeitstelle Bildungsmonitoring (Statistik/Sozialwissenschaften), im Rahmen von „Bildungskommunen“ gefördert", note="RESSOURCEN: the position that produces the report")
    # 4.3.2 actors and bodies
    rel("obermann", "memberOf", "kreisausschuss", K, 250, "Zuständiges Mitglied ist der Erste Kreisbei-geordnete Matthias Obermann", role="Erster Kreisbeigeordneter, Dezernent für Jugend, Schule und Soziales")
    rel("lenkungsgruppe", "chairedBy", "obermann", K, 252, "Er leitet die Lenkungsgruppe der Bildungskonferenz", note="'Er' = Matthias Obermann")
    rel("fb4", "participatesIn", "lenkungsgruppe", K, 253, "Ihr gehören neben dem Fachbereich 4", note="'Ihr' = the Lenkungsgruppe")
    rel("bildungsbuero", "participatesIn", "lenkungsgruppe", K, 254, "und dem Bildungsbüro das Staatliche Schulamt")
    rel("schulamt", "participatesIn", "lenkungsgruppe", K, 254, "das Staatliche Schulamt, die Agentur für Arbeit Marbrück")
    rel("afa-marbrueck", "participatesIn", "lenkungsgruppe", K, 254, "die Agentur für Arbeit Marbrück und das Kommunale Jobcenter Nidderwald an")
    rel("jobcenter", "participatesIn", "lenkungsgruppe", K, 255, "das Kommunale Jobcenter Nidderwald an")
    rel("jobcenter", "carriedBy", "lk-nidderwald", K, 256, "Das Jobcenter wird seit 2005 als Eigenbetrieb des Landkreises geführt")
    rel("rp-giessen", "participatesIn", "lenkungsgruppe", K, 257, "Mit beratender Stimme nehmen das Regierungspräsidium Gießen", role="beratend")
    rel("hla", "participatesIn", "lenkungsgruppe", K, 258, "und die Hessische Lehrkräfteakademie teil", role="beratend")
    rel("talk", "participatesIn", "lenkungsgruppe", K, 258, "die Transfer-agentur Lahn-Kinzig ist als Prozessbegleiterin eingebunden", role="Prozessbegleiterin")
    rel("bildungskonferenz", "chairedBy", "leimbach", K, 261, "lädt Landrätin Dr. Katharina Leimbach zur Bil-dungskonferenz Nidderwald ein, die sie auch selbst leitet")
    rel("bildungsbuero", "subOrganizationOf", "fd42", K, 269, "Es gehört organisatorisch zum Fachdienst 4.2 Schulverwaltung und Bildung", note="'Es' = das Bildungsbüro")
    rel("fd42", "subOrganizationOf", "fb4", K, 270, "der wiederum Teil des Fachbereichs 4 Jugend, Schule und Soziales ist")
    rel("halbach", "memberOf", "bildungsbuero", K, 272, "Geleitet wird das Büro von Dr. Miriam Halbach", role="Leiterin")
    rel("lk-nidderwald", "cooperatesWith", "stadt-marbrueck", K, 274, "haben der Kreis und die Stadt Marbrück eine gemeinsame OloV-Region gebildet")
    rel("lk-nidderwald", "participatesIn", "olov", K, 274, "haben der Kreis und die Stadt Marbrück eine gemeinsame OloV-Region gebildet")
    rel("stadt-marbrueck", "participatesIn", "olov", K, 275, "die Stadt Marbrück eine gemeinsame OloV-Region gebildet")
    rel("olov-koordination", "carriedBy", "lk-nidderwald", K, 276, "Die OloV-Regionalkoordination wird getragen vom Landkreis Nid-derwald")
    rel("olov-koordination", "carriedBy", "schulamt", K, 277, "und vom Staatlichen Schulamt")
    rel("brueckmann", "memberOf", "olov-koordination", K, 277, "die Koordinatorin Nadine Brückmann", role="Koordinatorin")
    rel("olov-steuerungsgruppe", "chairedBy", "schulamt", K, 279, "führung des Schulamts tagt zweimal jährlich die OloV-Steuerungs-gruppe", note="Federführung by an organisation")
    rel("afa-marbrueck", "participatesIn", "olov-steuerungsgruppe", K, 280, "in der die Agentur für Arbeit, das Jobcenter")
    rel("jobcenter", "participatesIn", "olov-steuerungsgruppe", K, 280, "das Jobcenter, die Industrie- und Handelskammer")
    rel("ihk", "participatesIn", "olov-steuerungsgruppe", K, 280, "die Industrie- und Handelskammer Borkenfels-Marbrück")
    rel("khs", "participatesIn", "olov-steuerungsgruppe", K, 281, "die Kreishandwer-kerschaft Nidderwald vertreten sind")
    rel("ausbildungslotsen", "carriedBy", "werkhof", K, 285, "Grebenrode gGmbH führt das Projekt „Ausbildungslotsen Nidder-wald“ durch")
    rel("ausbildungslotsen", "fundedBy", "jobcenter", K, 286, "das vom Kommunalen Jobcenter finanziert wird")
    rel("bildungslotsen", "carriedBy", "bildungsbruecke", K, 287, "Verein Bildungsbrücke Nidderwald e.V. ist Träger der „Bildungs-lotsen für neu zugewanderte Familien“")
    rel("bildungslotsen", "fundedBy", "brandau-stiftung", K, 288, "gefördert wird das Projekt durch die Helene-und-Karl-Brandau-Stiftung")
    rel("kjr", "participatesIn", "fachforum-uebergang", K, 290, "Nidderwald e.V. bringt die Perspektive junger Menschen in das Fachforum Übergang Schule–Beruf ein")
    # mask 4.3.3.2
    rel("fachforum-fruehe-bildung", "chairedBy", "froehlich", K, 332, "Das Fachforum Frühe Bildung wird von Daniela Fröhlich", note="'moderiert' (l.333)")
    rel("froehlich", "memberOf", "fd41", K, 332, "Daniela Fröhlich, Leiterin des Fachdienstes 4.1", role="Leiterin")
    rel("fachforum-uebergang", "chairedBy", "brueckmann", K, 333, "Das Fachforum Übergang Schule–Beruf leiten Nadine Brückmann")
    rel("fachforum-uebergang", "chairedBy", "rosskopf", K, 333, "und Schulamtsdirektorin Claudia Rosskopf gemeinsam")
    rel("brueckmann", "memberOf", "olov-koordination", K, 333, "Nadine Brückmann (OloV-Regionalkoordination)")
    rel("fachforum-lll", "chairedBy", "weidig", K, 334, "Den Vorsitz im Fachforum Lebenslanges Lernen hat Dr. Sonja Weidig")
    rel("weidig", "memberOf", "kvhs", K, 334, "Dr. Sonja Weidig, Leiterin der Kreisvolkshochschule Nidderwald", role="Leiterin")
    rel("brandau-stiftung", "participatesIn", "fachforum-fruehe-bildung", K, 338, "Im Fachforum Frühe Bildung wirken unter anderem die Helene-und-Karl-Brandau-Stiftung")
    rel("ihk", "participatesIn", "fachforum-uebergang", K, 339, "am Fachforum Übergang Schule–Beruf beteiligen sich die IHK Borkenfels-Marbrück")
    rel("khs", "participatesIn", "fachforum-uebergang", K, 339, "die Kreishandwerkerschaft")
    rel("werkhof", "participatesIn", "fachforum-uebergang", K, 340, "Werkhof Grebenrode gGmbH und der Kreisjugendring")
    rel("kjr", "participatesIn", "fachforum-uebergang", K, 340, "und der Kreisjugendring. Das Fachforum")
    rel("bildungsbruecke", "participatesIn", "fachforum-lll", K, 340, "Das Fachforum Lebenslanges Lernen wird von der Bildungsbrücke Nidderwald e.V.", note="'unterstützt'")
    rel("fh-borkenfels", "participatesIn", "fachforum-lll", K, 341, "und der Fachhochschule Borkenfels unterstützt")
    # 4.5.2
    rel("bildungsbuero", "cooperatesWith", "schulamt", K, 414, "stimmt die Angebote an diesen Schulen mit dem Staatlichen Schulamt ab")
    rel("mint-mobil", "carriedBy", "fh-borkenfels", K, 415, "Das „MINT-Mobil“ der Fachhochschule Borkenfels")
    rel("mint-mobil", "fundedBy", "brandau-stiftung", K, 416, "gefördert von der Helene-und-Karl-Brandau-Stiftung")
    # mask 4.5.3.3
    rel("to-4.5.3.3", "carriedBy", "olov-koordination", K, 436, "wird unter dem Dach der OloV-Strategie von der OloV-Regionalkoordination organisiert")
    rel("ausbildungslotsen", "carriedBy", "werkhof", K, 458, "Die Ausbildungslotsen der Werkhof Grebenrode gGmbH")
    rel("werkhof", "cooperatesWith", "jobcenter", K, 459, "sprechen gemeinsam mit dem Kommunalen Jobcenter Familien im Leistungsbezug an", note="subject: the Ausbildungslotsen of the Werkhof")
    rel("to-4.5.3.3", "fundedBy", "afa-marbrueck", K, 473, "Kofinanzierung durch Agentur für Arbeit Marbrück")

    # ===================== A: work packages (OCR)
    rel("bildungsbuero", "subOrganizationOf", "fd42", A, 7, "vom Bildungsbiiro des Landkreises umgesetzt, das im Fachdienst 4.2 angesiedelt ist")
    rel("lk-nidderwald", "participatesIn", "bildungskommunen", A, 4, "Antrag im Férderprogramm ,,Bildungskommunen\"", note="application of the Landkreis (letterhead l.1)")
    rel("lk-nidderwald", "participatesIn", "bildung-integriert", A, 8, "die der Kreis im Vorgangerprogramm ,,Bildung integriert\" aufgebaut hat")
    rel("bildungskommunen", "fundedBy", "bmbf", A, 9, "Das Programm Bildungskommunen wird durch das Bundesministerium fiir Bildung und Forschung (BMBF)")
    rel("bildungskommunen", "fundedBy", "esf-plus", A, 10, "und den Europaischen Sozialfonds Plus (ESF Plus) gefordert")
    rel("halbach", "memberOf", "bildungsbuero", A, 20, "Projektleitung: Dr. Miriam Halbach, Leiterin des Bildungsbiiros", role="Projektleitung; Leiterin")
    rel("demirtas", "memberOf", "bildungsbuero", A, 22, "Bildungskoordination fiir Neuzugewanderte: 1,0 VZA (Fortfiihrung, Frau Aylin Demirtas)", role="Bildungskoordination für Neuzugewanderte", note="project staff of the Bildungsbüro (l.7)")
    rel("kornmeier", "memberOf", "fd42", A, 24, "der Fachdienstleitung 4.2 (Sabine Kornmeier)", role="Fachdienstleitung")
    rel("bildungskonferenz", "chairedBy", "leimbach", A, 34, "Bildungskonferenz Nidderwald unter Vorsitz der Landratin")
    rel("schulausschuss", "subOrganizationOf", "kreistag", A, 39, "Schul- und Bildungsausschuss des Kreistages")
    rel("lk-nidderwald", "cooperatesWith", "schulamt", A, 42, "Fortfiihrung der engen Zusammenarbeit mit dem Staatlichen Schulamt", note="work-package statements are read with the applicant Landkreis as subject")
    rel("lk-nidderwald", "cooperatesWith", "hla", A, 44, "Abstimmung regionaler Fortbildungsangebote mit der Hessischen Lehrkrafteakademie")
    rel("lk-nidderwald", "cooperatesWith", "rp-giessen", A, 44, "Austausch mit dem Regierungsprasidium GieBen")
    rel("lk-nidderwald", "cooperatesWith", "talk", A, 48, "Umsetzung der Zielvereinbarung mit der Transferagentur Lahn-Kinzig fiir Kommunales Bildungsmanagement (TALK)")
    rel("lk-nidderwald", "cooperatesWith", "stadt-marbrueck", A, 50, "gemeinsame Arbeitsformate mit der Stadt Marbriick")
    rel("olov-koordination", "carriedBy", "lk-nidderwald", A, 54, "OloV-Regionalkoordination, die der Landkreis gemeinsam mit dem Staatlichen Schulamt tragt")
    rel("olov-koordination", "carriedBy", "schulamt", A, 55, "die der Landkreis gemeinsam mit dem Staatlichen Schulamt tragt")
    rel("lk-nidderwald", "participatesIn", "olov-steuerungsgruppe", A, 56, "Mitwirkung in der OloV-Steuerungsgruppe")
    rel("ausbildungslotsen", "carriedBy", "werkhof", A, 58, "Einbindung der Ausbildungslotsen der Werkhof Grebenrode gGmbH")
    rel("lk-nidderwald", "cooperatesWith", "ihk", A, 60, "gemeinsam mit IHK Borkenfels-Marbriick")
    rel("lk-nidderwald", "cooperatesWith", "khs", A, 60, "gemeinsam mit IHK Borkenfels-Marbriick und Kreishandwerkerschaft Nidderwald")
    rel("brueckenjahr", "carriedBy", "brandau-stiftung", A, 66, "Projekts ,,Briickenjahr Kita-Schule\" der Helene-und-Karl-Brandau-Stiftung")
    rel("lk-nidderwald", "cooperatesWith", "schulamt", A, 67, "Fortbildungen gemeinsam mit dem Staatlichen Schulamt")
    rel("lk-nidderwald", "cooperatesWith", "bildungsbruecke", A, 71, "Zusammenarbeit mit der Bildungsbriicke Nidderwald e.V.")
    rel("bildungslotsen", "carriedBy", "bildungsbruecke", A, 71, "Bildungsbriicke Nidderwald e.V. und deren Bildungslotsen")
    rel("lk-nidderwald", "cooperatesWith", "kvhs", A, 71, "Abstimmung mit der Kreisvolkshochschule")
    rel("lk-nidderwald", "cooperatesWith", "hsl", A, 75, "vereinbarungen mit dem Hessischen Statistischen Landesamt", note="Datenlieferungsvereinbarungen")
    rel("lk-nidderwald", "cooperatesWith", "schulamt", A, 76, "dem Staatlichen Schulamt und der Agentur fiir Arbeit", note="Datenlieferungsvereinbarungen")
    rel("lk-nidderwald", "cooperatesWith", "afa-marbrueck", A, 76, "und der Agentur fiir Arbeit", note="Datenlieferungsvereinbarungen")
    rel("ag-bildungsmonitoring", "chairedBy", "bildungsbuero", A, 77, "Leitung der verwaltungsinternen AG Bildungsmonitoring", note="led by the applicant's Bildungsbüro (organisation as chair)")
    rel("fd23", "participatesIn", "ag-bildungsmonitoring", A, 77, "AG Bildungsmonitoring mit Fachdienst 2.3 Kreisentwicklung und Statistik")
    rel("lk-nidderwald", "cooperatesWith", "fh-borkenfels", A, 78, "wissenschaftliche Begleitung durch die Fachhochschule Borkenfels")
    rel("lk-nidderwald", "cooperatesWith", "kjr", A, 86, "Beteiligung junger Menschen gemeinsam mit dem Kreisjugendring Nidderwald e.V.")
    rel("ap-7", "addressesActionField", "af-uebergang-schule-beruf", A, 54, "AP 7 MaBnahmen im Schwerpunkt Ubergang Schule-Beruf")
    rel("ap-8", "addressesActionField", "af-fachkraeftesicherung", A, 60, "AP 8 Fachkréftesicherung und Berufsorientierung")
    rel("ap-8", "addressesActionField", "af-berufsorientierung", A, 60, "AP 8 Fachkréftesicherung und Berufsorientierung")
    rel("ap-9", "addressesActionField", "af-fruehe-bildung", A, 65, "AP 9 Friihe Bildung und Ubergang Kita-Grundschule")
    rel("ap-10", "addressesActionField", "af-integration", A, 70, "AP 10 Integration durch Bildung")
    rel("ap-11", "addressesActionField", "af-bildungsmonitoring", A, 75, "AP 11 Aufbau des Bildungs- monitorings")
    rel("ap-12", "addressesActionField", "af-lebenslanges-lernen", A, 83, "Vorbereitung des zweiten Berichts zum lebenslangen Lernen")

    # ===================== Z: target agreement
    rel("leimbach", "memberOf", "kreisausschuss", Z, 7, "vertreten durch den Kreisausschuss, dieser vertreten durch die Landrätin Dr. Katharina Leimbach", role="Landrätin")
    rel("obermann", "memberOf", "kreisausschuss", Z, 8, "und den Ersten Kreisbeigeordneten Matthias Obermann", role="Erster Kreisbeigeordneter")
    rel("salzmann", "memberOf", "talk", Z, 14, "vertreten durch ihre wissenschaftliche Leiterin Prof. Dr. Henrike Salzmann", role="wissenschaftliche Leiterin")
    rel("lk-nidderwald", "cooperatesWith", "talk", Z, 13, "der Transferagentur Lahn-Kinzig für Kommunales Bildungsmanagement (TALK)", note="parties of the Zielvereinbarung 'über die Zusammenarbeit' (l.1-13)")
    rel("lk-nidderwald", "participatesIn", "bildungskommunen", Z, 23, "Seit dem 1. Januar 2023 wird er im Förderprogramm „Bildungskommunen“ gefördert", note="'er' = der Landkreis Nidderwald (l.22)")
    rel("lk-nidderwald", "fundedBy", "bildungskommunen", Z, 23, "Seit dem 1. Januar 2023 wird er im Förderprogramm „Bildungskommunen“ gefördert")
    rel("talk", "participatesIn", "transferinitiative", Z, 24, "Die Transferagentur ist Teil der bundesweiten Transferinitiative Kommunales Bildungsmanagement")
    rel("talk", "fundedBy", "bmbf", Z, 25, "wird aus Mitteln des Bundesministeriums für Bildung und Forschung finanziert")
    rel("talk", "carriedBy", "fh-borkenfels", Z, 26, "Trägerin der Transferagentur ist die Fachhochschule Borkenfels")
    rel("lk-nidderwald", "cooperatesWith", "talk", Z, 27, "Beide Seiten haben bereits in der Antragsphase eng zusammengearbeitet")
    rel("talk", "cooperatesWith", "lk-nidderwald", Z, 42, "Die Transferagentur berät den Landkreis prozessbegleitend")
    rel("bildungsbuero", "subOrganizationOf", "fd42", Z, 55, "das Bildungsbüro im Fachdienst 4.2 Schulverwaltung und Bildung")
    rel("talk", "participatesIn", "lenkungsgruppe", Z, 58, "beteiligt sie an den Sitzungen der Lenkungsgruppe mit beratender Stimme", role="beratende Stimme", note="'sie' = die Transferagentur")
    rel("schulamt", "cooperatesWith", "bildungsbuero", Z, 65, "Es arbeitet hierzu mit dem Bildungsbüro zusammen", note="'Es' = das Staatliche Schulamt")
    rel("schulamt", "participatesIn", "lenkungsgruppe", Z, 66, "Das Amt entsendet eine Vertretung in die Lenkungsgruppe")
    rel("halbach", "memberOf", "bildungsbuero", Z, 90, "Dr. Miriam Halbach, Leiterin Bildungsbüro", role="Leiterin")
    rel("hanselmann", "memberOf", "talk", Z, 91, "Für die Transferagentur: Julia Hanselmann (Prozessbegleitung)", role="Prozessbegleitung")
    rel("ruehl", "memberOf", "talk", Z, 91, "Dr. Carsten Rühl, Teamleiter TALK", role="Teamleiter")
    rel("rosskopf", "memberOf", "schulamt", Z, 92, "Für das Schulamt: Claudia Rosskopf, Schulamtsdirektorin", role="Schulamtsdirektorin")
    rel("leimbach", "memberOf", "kreisausschuss", Z, 101, "Dr. Katharina Leimbach", role="Landrätin", note="signature block under 'Der Kreisausschuss' (l.98)")
    rel("obermann", "memberOf", "kreisausschuss", Z, 101, "Matthias Obermann", role="Erster Kreisbeigeordneter", note="signature block under 'Der Kreisausschuss' (l.98)")
    rel("salzmann", "memberOf", "talk", Z, 107, "Prof. Dr. Henrike Salzmann Wissenschaftliche Leitung", role="Wissenschaftliche Leitung", note="signature block 'Für die Transferagentur Lahn-Kinzig' (l.104)")
    rel("thielmann", "memberOf", "schulamt", Z, 114, "Wolfgang Thielmann Leitender Schulamtsdirektor", role="Leitender Schulamtsdirektor", note="signature block under the Schulamt (l.111)")
    rel("lk-nidderwald", "cooperatesWith", "stadt-marbrueck", Z, 170, "Nidderwald/Marbrück gemeinsam mit der kreisfreien Stadt gestaltet", note="goal 3")
    rel("zv-ziel-2", "addressesActionField", "af-bildungsmonitoring", Z, 144, "Datenbasiertes Bildungsmonitoring aufbauen")
    rel("zv-ziel-3", "addressesActionField", "af-uebergang-schule-beruf", Z, 167, "Übergang Schule–Beruf regional abgestimmt gestalten")
    rel("zv-ziel-4", "addressesActionField", "af-lebenslanges-lernen", Z, 193, "Angebote des lebenslangen Lernens")
    rel("zv-m-2.3", "addressesActionField", "af-bildungsmonitoring", Z, 162, "Qualifizierung der Fachkraft Bildungsmonitoring")
    rel("zv-m-3.3", "addressesActionField", "af-berufsorientierung", Z, 186, "Angebotslandkarte Berufsorientierung erstellen")

    # ===================== P: minutes of the Lenkungsgruppe
    rel("lenkungsgruppe", "chairedBy", "obermann", P, 5, "Erster Kreisbeigeordneter Matthias Obermann", note="Sitzungsleitung")
    rows = [
        ("obermann", "lk-nidderwald", 12, "Matthias Obermann | Erster Kreisbeigeordneter, Vorsitz | Landkreis Nidderwald", "Erster Kreisbeigeordneter, Vorsitz"),
        ("dietzel", "fb4", 13, "Jörg Dietzel | Fachbereichsleiter | FB 4 Jugend, Schule und Soziales", "Fachbereichsleiter"),
        ("kornmeier", "fd42", 14, "Sabine Kornmeier | Fachdienstleiterin | FD 4.2 Schulverwaltung und Bildung", "Fachdienstleiterin"),
        ("halbach", "bildungsbuero", 15, "Dr. Miriam Halbach (MH) | Leiterin | Bildungsbüro", "Leiterin"),
        ("feldmann", "bildungsbuero", 16, "Lukas Feldmann (LF) | Referent Bildungsmonitoring | Bildungsbüro", "Referent Bildungsmonitoring"),
        ("demirtas", "bildungsbuero", 17, "Aylin Demirtaş (AD) | Bildungskoordinatorin für Neuzugewanderte | Bildungsbüro", "Bildungskoordinatorin für Neuzugewanderte"),
        ("brueckmann", "olov-koordination", 18, "Nadine Brückmann (NB) | Regionalkoordinatorin | OloV-Regionalkoordination Nidderwald/Marbrück", "Regionalkoordinatorin"),
        ("thielmann", "schulamt", 19, "Wolfgang Thielmann | Leitender Schulamtsdirektor | Staatliches Schulamt", "Leitender Schulamtsdirektor"),
        ("rosskopf", "schulamt", 20, "Claudia Rosskopf (CR) | Schulamtsdirektorin, Berufsorientierung | SSA Nidderwald/Marbrück", "Schulamtsdirektorin, Berufsorientierung"),
        ("berghoefer", "afa-marbrueck", 21, "Elke Berghöfer | Vorsitzende der Geschäftsführung | Agentur für Arbeit Marbrück", "Vorsitzende der Geschäftsführung"),
        ("fuchsberger", "jobcenter", 22, "Andreas Fuchsberger | Betriebsleiter | Kommunales Jobcenter Nidderwald (Eigenbetrieb)", "Betriebsleiter"),
        ("bernhardt", "rp-giessen", 23, "Dr. Ute Bernhardt | Dezernentin Integration, beratend | RP Gießen", "Dezernentin Integration"),
        ("hanselmann", "talk", 24, "Julia Hanselmann (JH) | Prozessbegleiterin, beratend | TALK", "Prozessbegleiterin"),
    ]
    for pers, org, ln, ev, role in rows:
        rel(pers, "memberOf", org, P, ln, ev, role=role)
    rel("lenkungsgruppe", "chairedBy", "obermann", P, 12, "Matthias Obermann | Erster Kreisbeigeordneter, Vorsitz")
    first_row = [("lk-nidderwald", 12, "| Landkreis Nidderwald |", None), ("fb4", 13, "| FB 4 Jugend, Schule und Soziales |", None),
                 ("fd42", 14, "| FD 4.2 Schulverwaltung und Bildung |", None), ("bildungsbuero", 15, "Leiterin | Bildungsbüro |", None),
                 ("olov-koordination", 18, "| OloV-Regionalkoordination Nidderwald/Marbrück |", None), ("schulamt", 19, "| Staatliches Schulamt |", None),
                 ("afa-marbrueck", 21, "| Agentur für Arbeit Marbrück |", None), ("jobcenter", 22, "| Kommunales Jobcenter Nidderwald (Eigenbetrieb) |", None),
                 ("rp-giessen", 23, "beratend | RP Gießen |", "beratend"), ("talk", 24, "beratend | TALK |", "beratend")]
    for org, ln, ev, role in first_row:
        rel(org, "participatesIn", "lenkungsgruppe", P, ln, ev, role=role, note="institution in the participant table of the Lenkungsgruppe (first row of each)")
    rel("ebner", "memberOf", "amt-schule-marbrueck", P, 26, "Thomas Ebner, Leiter des Amtes für Schule und Bildung der Stadt Marbrück", role="Leiter")
    rel("amt-schule-marbrueck", "subOrganizationOf", "stadt-marbrueck", P, 26, "Amtes für Schule und Bildung der Stadt Marbrück")
    rel("trautmann", "memberOf", "werkhof", P, 26, "Michael Trautmann, Geschäftsführer der Werkhof Grebenrode gGmbH", role="Geschäftsführer")
    rel("steinmetz", "memberOf", "hla", P, 28, "Dr. Frank Steinmetz (Hessische Lehrkräfteakademie, beratendes Mitglied)")
    rel("hla", "participatesIn", "lenkungsgruppe", P, 28, "Dr. Frank Steinmetz (Hessische Lehrkräfteakademie, beratendes Mitglied)", role="beratendes Mitglied")
    rel("froehlich", "memberOf", "fd41", P, 28, "Daniela Fröhlich (FD 4.1 Kinder, Jugend und Familie)")
    rel("bildungskonferenz", "chairedBy", "leimbach", P, 41, "dass Landrätin Dr. Leimbach die Bildungskonferenz im November wieder selbst eröffnen und leiten wird")
    rel("salzmann", "memberOf", "fh-borkenfels", P, 45, "hat die Fachhochschule Borkenfels unter Leitung von Prof. Dr. Henrike Salzmann ausgewertet", role="Leitung (Befragung)")
    rel("brueckenjahr", "carriedBy", "brandau-stiftung", P, 55, "Das Projekt „Brückenjahr Kita–Schule“ wird von der Helene-und-Karl-Brandau-Stiftung getragen")
    rel("brandau-stiftung", "participatesIn", "fachforum-fruehe-bildung", P, 55, "die Stiftung ist im Forum mit ihrer Vorständin Christiane Vollrath vertreten")
    rel("vollrath", "memberOf", "brandau-stiftung", P, 55, "die Stiftung ist im Forum mit ihrer Vorständin Christiane Vollrath vertreten", role="Vorständin")
    rel("kjr", "participatesIn", "fachforum-uebergang", P, 57, "Das Forum, dem seit März auch der Kreisjugendring Nidderwald e.V. angehört")
    rel("weidig", "memberOf", "kvhs", P, 59, "Dr. Sonja Weidig, KVHS")
    rel("bildungsbruecke", "participatesIn", "fachforum-lll", P, 59, "Vorbereitung eines Grundbildungstags mit der Bildungsbrücke", note="Verein works with the Fachforum; its chair has pledged cooperation")
    rel("hofmeister", "memberOf", "bildungsbruecke", P, 59, "Renate Hofmeister, Vorsitzende des Vereins", role="Vorsitzende")
    rel("bildungslotsen", "carriedBy", "bildungsbruecke", P, 61, "die Bildungslotsen der Bildungsbrücke Nidderwald e.V.")
    rel("bildungslotsen", "fundedBy", "landesprogramm-wir", P, 61, "ab Juli 2024 zusätzlich aus dem Landesprogramm WIR gefördert werden")
    rel("to-4.5.3.3", "fundedBy", "afa-marbrueck", P, 65, "dass die Agentur für Arbeit die Praktikumswoche auch 2024 aus Mitteln der Berufsorientierung kofinanziert")
    rel("ausbildungslotsen", "carriedBy", "werkhof", P, 67, "Es wird von seiner Gesellschaft durchgeführt", note="'seiner Gesellschaft' = Werkhof Grebenrode gGmbH (Trautmann, l.26)")
    rel("ausbildungslotsen", "fundedBy", "jobcenter", P, 67, "vollständig vom Kommunalen Jobcenter finanziert")
    rel("stadt-marbrueck", "cooperatesWith", "lk-nidderwald", P, 69, "über die gemeinsame OloV-Region eng mit dem Landkreis kooperiert", note="same sentence says Marbrück does NOT take part in Bildungskommunen (no relation)")
    rel("stadt-marbrueck", "participatesIn", "olov", P, 69, "über die gemeinsame OloV-Region")
    rel("stadt-marbrueck", "participatesIn", "fachforum-uebergang", P, 71, "Die Stadt Marbrück wird als ständiges Mitglied in das Fachforum Übergang Schule–Beruf aufgenommen", role="ständiges Mitglied")
    rel("kjr", "participatesIn", "lenkungsgruppe", P, 73, "Der Kreisjugendring Nidderwald e.V. erhält einen Sitz in der Lenkungsgruppe")
    rel("kvhs", "participatesIn", "bildungskonferenz", P, 77, "Die Konferenz wird gemeinsam mit der Kreisvolkshochschule Nidderwald vorbereitet", note="co-preparation of the 3rd conference")
    rel("mitreden", "carriedBy", "kjr", P, 80, "Der Kreisjugendring organisiert unter dem Titel „Mitreden!“ eine eigene Werkstatt")
    rel("reinhardt", "memberOf", "stadt-grebenrode", P, 81, "Bürgermeister Holger Reinhardt (Grebenrode)", role="Bürgermeister")
    rel("lk-nidderwald", "cooperatesWith", "talk", P, 88, "Zielvereinbarung mit der Transferagentur Lahn-Kinzig", note="the Zielvereinbarung between Landkreis and agency")
    rel("bildungsbuero", "fundedBy", "bildungskommunen", P, 90, "dass die Stelle im Bildungsmonitoring bis 2027 aus Mitteln des Programms Bildungskommunen gefördert ist", note="the monitoring post of the Bildungsbüro")
    rel("berghoefer", "memberOf", "afa-marbrueck", P, 97, "Frau Berghöfer, Agentur für Arbeit", note="to-do table")

    # ===================== S: slides of the Bildungsbüro
    rel("lk-nidderwald", "participatesIn", "bildungskommunen", S, 1, "Zwei Jahre „Bildungskommunen“ im Landkreis Nidderwald")
    rel("halbach", "memberOf", "bildungsbuero", S, 7, "Dr. Miriam Halbach, Bildungsbüro")
    rel("bildungsbuero", "subOrganizationOf", "lk-nidderwald", S, 10, "das Bildungsbüro in der Kreisverwaltung")
    rel("schulausschuss", "subOrganizationOf", "kreistag", S, 23, "Kreistag ─ Schul- und Bildungsausschuss", note="organisation chart")
    rel("leimbach", "memberOf", "kreisausschuss", S, 25, "Kreisausschuss Landrätin Dr. Katharina Leimbach", role="Landrätin", note="organisation chart")
    rel("dezernat-jss", "subOrganizationOf", "kreisausschuss", S, 28, "Dezernat Jugend, Schule und Soziales", note="organisation chart: indented under Kreisausschuss (l.25)")
    rel("obermann", "memberOf", "dezernat-jss", S, 29, "Dezernat Jugend, Schule und Soziales Erster Kreisbeigeordneter Matthias Obermann", role="Erster Kreisbeigeordneter (Dezernent)", note="organisation chart")
    rel("fb4", "subOrganizationOf", "dezernat-jss", S, 31, "Fachbereich 4 Jugend, Schule und Soziales", note="organisation chart: indented under the Dezernat (l.28)")
    rel("dietzel", "memberOf", "fb4", S, 32, "Leitung: Jörg Dietzel", role="Leitung")
    rel("fd41", "subOrganizationOf", "fb4", S, 34, "FD 4.1 Kinder, Jugend und Familie", note="organisation chart")
    rel("froehlich", "memberOf", "fd41", S, 34, "FD 4.1 Kinder, Jugend und Familie (Ltg. Daniela Fröhlich)", role="Leitung")
    rel("fd42", "subOrganizationOf", "fb4", S, 36, "FD 4.2 Schulverwaltung und Bildung", note="organisation chart")
    rel("kornmeier", "memberOf", "fd42", S, 36, "FD 4.2 Schulverwaltung und Bildung (Ltg. Sabine Kornmeier)", role="Leitung")
    rel("bildungsbuero", "subOrganizationOf", "fd42", S, 38, "└ Bildungsbüro (Ltg. Dr. Miriam Halbach)", note="organisation chart")
    rel("halbach", "memberOf", "bildungsbuero", S, 38, "Bildungsbüro (Ltg. Dr. Miriam Halbach)", role="Leitung")
    rel("olov-koordination", "subOrganizationOf", "bildungsbuero", S, 39, "Bildungsmonitoring · Bildungskoordination Neuzugewanderte · OloV-Regionalkoordination", note="organisation chart: teams of the Bildungsbüro")
    rel("fuchsberger", "memberOf", "jobcenter", S, 41, "Eigenbetrieb Kommunales Jobcenter Nidderwald (Betriebsleitung: Andreas Fuchsberger)", role="Betriebsleitung")
    rel("bildungskonferenz", "chairedBy", "leimbach", S, 60, "Vorsitz: Landrätin", note="'Landrätin' = Dr. Katharina Leimbach")
    rel("lenkungsgruppe", "chairedBy", "obermann", S, 65, "Vorsitz: Erster Kreisbeigeordneter", note="= Matthias Obermann")
    for org, ln, ev, role in [("fb4", 66, "Mitglieder: FB 4", None), ("fd42", 66, "FD 4.2, Bildungsbüro", None), ("bildungsbuero", 66, "Bildungsbüro, Staatliches Schulamt", None),
                              ("schulamt", 66, "Staatliches Schulamt, Agentur für Arbeit", None), ("afa-marbrueck", 66, "Agentur für Arbeit,", None),
                              ("jobcenter", 67, "Kommunales Jobcenter, Kreisjugendring", None), ("kjr", 67, "Kreisjugendring (seit 05/2024)", None),
                              ("rp-giessen", 68, "beratend: RP Gießen", "beratend"), ("hla", 68, "Lehrkräfteakademie, Transferagentur", "beratend"),
                              ("talk", 68, "Lehrkräfteakademie, Transferagentur", "beratend")]:
        rel(org, "participatesIn", "lenkungsgruppe", S, ln, ev, role=role, note="'Mitglieder'/'beratend' list of the Lenkungsgruppe")
    partners = [("schulamt", 79, "Staatliches Schulamt für den Landkreis Nidderwald und die Stadt Marbrück"), ("rp-giessen", 81, "Regierungspräsidium Gießen"),
                ("hla", 83, "Hessische Lehrkräfteakademie"), ("hsl", 85, "Hessisches Statistisches Landesamt"),
                ("hmkb", 87, "Hessisches Ministerium für Kultus, Bildung und Chancen"), ("afa-marbrueck", 91, "Agentur für Arbeit Marbrück"),
                ("jobcenter", 91, "Kommunales Jobcenter Nidderwald"), ("ihk", 93, "IHK Borkenfels-Marbrück"), ("khs", 93, "Kreishandwerkerschaft Nidderwald"),
                ("fh-borkenfels", 97, "Fachhochschule Borkenfels"), ("talk", 99, "Transferagentur Lahn-Kinzig (TALK) – Zielvereinbarung seit 03/2023"),
                ("kjr", 103, "Kreisjugendring Nidderwald e.V."), ("bildungsbruecke", 103, "Bildungsbrücke Nidderwald e.V."),
                ("brandau-stiftung", 105, "Helene-und-Karl-Brandau-Stiftung"), ("werkhof", 105, "Werkhof Grebenrode gGmbH"),
                ("stadt-marbrueck", 109, "Stadt Marbrück (gemeinsame OloV-Region)")]
    for org, ln, ev in partners:
        rel("bildungsbuero", "cooperatesWith", org, S, ln, ev, note="partner list 'Unsere Partner' of the Bildungsbüro (l.75)")
    rel("stadt-marbrueck", "participatesIn", "olov", S, 109, "Stadt Marbrück (gemeinsame OloV-Region)")
    rel("mint-mobil", "carriedBy", "fh-borkenfels", S, 112, "„MINT-Mobil“ – Träger: FH Borkenfels")
    rel("mint-mobil", "fundedBy", "brandau-stiftung", S, 112, "gefördert von der Brandau-Stiftung")
    rel("mitreden", "carriedBy", "kjr", S, 114, "„Mitreden! Jugendforum Nidderwald“ – Träger: Kreisjugendring")
    rel("wendt", "memberOf", "kjr", S, 115, "Ansprechpartner: Pascal Wendt, Vorsitzender", role="Vorsitzender")
    rel("ausbildungslotsen", "carriedBy", "werkhof", S, 117, "„Ausbildungslotsen Nidderwald“ – Werkhof Grebenrode gGmbH")
    rel("ausbildungslotsen", "fundedBy", "jobcenter", S, 117, "finanziert vom Jobcenter")
    rel("bildungslotsen", "carriedBy", "bildungsbruecke", S, 119, "„Bildungslotsen für neu zugewanderte Familien“ – Bildungsbrücke Nidderwald e.V.")
    rel("bildungslotsen", "fundedBy", "brandau-stiftung", S, 120, "gefördert durch Brandau-Stiftung")
    rel("bildungslotsen", "fundedBy", "landesprogramm-wir", S, 120, "und Landesprogramm WIR")
    rel("brueckenjahr", "carriedBy", "brandau-stiftung", S, 122, "„Brückenjahr Kita–Schule“ – Helene-und-Karl-Brandau-Stiftung (operativ)")
    rel("to-4.5.3.3", "carriedBy", "olov-koordination", S, 124, "Praktikumswoche Nidderwald – OloV-Regionalkoordination")
    rel("olov-koordination", "cooperatesWith", "ihk", S, 124, "OloV-Regionalkoordination mit IHK")
    rel("olov-koordination", "cooperatesWith", "khs", S, 124, "OloV-Regionalkoordination mit IHK und Kreishandwerkerschaft")
    rel("lindemeyer", "memberOf", "ihk", S, 125, "IHK-Ansprechpartner: Stefan Lindemeyer", role="Ansprechpartner Praktikumswoche")
    rel("lk-nidderwald", "participatesIn", "bildungskommunen", S, 130, "Start im Programm „Bildungskommunen“", note="milestone 01/2023")
    rel("bildungskommunen", "fundedBy", "bmbf", S, 130, "„Bildungskommunen“ (BMBF / ESF Plus)")
    rel("bildungskommunen", "fundedBy", "esf-plus", S, 130, "„Bildungskommunen“ (BMBF / ESF Plus)")
    rel("lk-nidderwald", "cooperatesWith", "talk", S, 132, "Zielvereinbarung mit der Transferagentur")
    rel("reinhardt", "memberOf", "stadt-grebenrode", S, 136, "Beteiligungswerkstätten in Grebenrode (mit Bürgermeister Holger Reinhardt)", role="Bürgermeister")
    rel("bildungsbuero", "subOrganizationOf", "fd42", S, 149, "Fachdienst 4.2 Schulverwaltung und Bildung – Bildungsbüro", note="contact block")
    rel("halbach", "memberOf", "bildungsbuero", S, 153, "Dr. Miriam Halbach Leiterin Bildungsbüro", role="Leiterin")
    rel("feldmann", "memberOf", "bildungsbuero", S, 158, "Lukas Feldmann Bildungsmonitoring", role="Bildungsmonitoring", note="contact block of the Bildungsbüro (l.149)")
    rel("demirtas", "memberOf", "bildungsbuero", S, 162, "Aylin Demirtaş Bildungskoordination für Neuzugewanderte", role="Bildungskoordination für Neuzugewanderte", note="contact block of the Bildungsbüro (l.149)")
    rel("bildungskommunen", "fundedBy", "bmbf", S, 165, "Gefördert vom Bundesministerium für Bildung und Forschung")
    rel("bildungskommunen", "fundedBy", "eu", S, 166, "und der Europäischen Union – Europäischer Sozialfonds Plus (ESF Plus)")
    rel("bildungskommunen", "fundedBy", "esf-plus", S, 166, "Europäischer Sozialfonds Plus (ESF Plus)")
