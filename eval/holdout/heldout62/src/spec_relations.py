# Relation specification: (doc, subject, predicate, object, evidence, extra-dict)
# Line numbers are computed by build_gold.py from the evidence (first occurrence unless extra["nth"]).
K = "albfelden-transferkatalog"
A = "albfelden-arbeitspakete"
Z = "albfelden-zielvereinbarung-tasw"
P = "albfelden-steuergruppe-protokoll"
F = "albfelden-bildungsbuero-folien"

R = []
def rel(doc, s, p, o, ev, **kw):
    R.append((doc, s, p, o, ev, kw))

ROLEREF = "person referred to by role only (\"die Landrätin\"/\"Landratin\"); resolved to the Landrätin named elsewhere"

# ======================= Transferkatalog =======================
rel(K, "lk-albfelden", "participatesIn", "lp-bildungsregionen", "Mit dem Landesprogramm Bildungsregionen hat sich der Land- kreis Albfelden")
rel(K, "lk-albfelden", "cooperatesWith", "tasw", "der Transferagentur Südwest, die uns seit 2022 in der Weiterentwicklung unseres Bildungsmanagements",
    note="foreword; 'uns' = the Landkreis (signed by the Landrätin)")
rel(K, "sauter-haag", "memberOf", "lk-albfelden", "Landrätin des Landkreises Albfelden", role="Landrätin",
    note="signature block of the foreword (name on the line above)")
# 4.2.2
rel(K, "kreisjugendamt", "subOrganizationOf", "dez3", "steuert das Kreisjugendamt bei, das ebenfalls im Dezernat 3 angesiedelt ist")
rel(K, "rp-abt7", "subOrganizationOf", "rp-tuebingen", "auf das Regierungspräsidium angewiesen, da Gymnasien und berufliche Schulen in die Zu- ständigkeit der Abteilung 7 – Schule und Bildung in Tübingen",
    note="Abteilung 7 of the Regierungspräsidium, same sentence")
rel(K, "lk-albfelden", "cooperatesWith", "stala-bw", "Mit dem Statistischen Landesamt besteht seit 2018 eine Vereinbarung",
    note="agreement of the Landkreis/Landratsamt ('der Kreis', 'das Landratsamt' in the paragraph)")
rel(K, "gvv-wielandsgrund", "cooperatesWith", "lk-albfelden", "übernimmt der Gemeindeverwal-tungsverband Wielandsgrund die Abstimmung mit dem Kreis",
    note="'dem Kreis' = Landkreis Albfelden")
# mask 4.2.3.1
rel(K, "sg-bildungsmanagement", "subOrganizationOf", "amt-schulen-bildung", "vom Sachgebiet Bildungsmanagement im Amt für Schulen und Bildung")
rel(K, "lk-albfelden", "cooperatesWith", "stala-bw", "Datenlieferungsvereinbarungen mit dem Statistischen Landesamt Baden-Württemberg",
    note="data delivery agreements of the Landkreis (mask of the Landkreis)")
rel(K, "lk-albfelden", "cooperatesWith", "afa-rebstetten", "Datenlieferungsvereinbarungen mit dem Statistischen Landesamt Baden-Württemberg, der Agentur für Arbeit Rebstetten")
rel(K, "lk-albfelden", "cooperatesWith", "ssa-rebstetten", "der Agentur für Arbeit Rebstetten und dem Staat-lichen Schulamt Rebstetten")
rel(K, "steuergruppe", "subOrganizationOf", "bildungsregion", "Handlungsempfehlungen für die Steuergruppe der Bildungsregion")
for ev, o in [("Sachgebiet Bildungsmanagement (Federführung)", "sg-bildungsmanagement"),
              ("Kreisjugendamt (Kindertagesbetreuung, Hilfen zur Erziehung)", "kreisjugendamt"),
              ("Staatliches Schulamt Rebstetten (Schulstatistik", "ssa-rebstetten"),
              ("Regierungspräsidium Tübingen, Abteilung 7 (Gymnasien, berufliche Schulen)", "rp-abt7"),
              ("Statistisches Landesamt Baden-Württemberg", "stala-bw"),
              ("Agentur für Arbeit Rebstetten und Jobcenter Landkreis Albfelden", "afa-rebstetten"),
              ("Agentur für Arbeit Rebstetten und Jobcenter Landkreis Albfelden", "jobcenter"),
              ("Volkshochschule Albfelden e. V. (Weiterbildungsstatistik)", "vhs-albfelden")]:
    rel(K, "to-4.2.3.1", "involvesActor", o, ev, nth_after="BETEILIGTE AKTEURE", nth_block=1)
rel(K, "rp-abt7", "subOrganizationOf", "rp-tuebingen", "Regierungspräsidium Tübingen, Abteilung 7 (Gymnasien", nth_after="BETEILIGTE AKTEURE", nth_block=1)
# 4.3.2
rel(K, "bildungsregion", "carriedBy", "lk-albfelden", "Sie wird getragen vom Landkreis Albfelden")
rel(K, "bildungsregion", "carriedBy", "land-bw", "Sie wird getragen vom Landkreis Albfelden und vom Land Baden-Württemberg")
rel(K, "lk-albfelden", "cooperatesWith", "ssa-rebstetten", "Grundlage ist eine Kooperations-vereinbarung, die Landrätin Dr. Sauter-Haag und der Leiter des Schulamts",
    note="agreement signed by the heads of Landkreis and Schulamt")
rel(K, "sauter-haag", "memberOf", "lk-albfelden", "Landrätin Dr. Sauter-Haag", role="Landrätin")
rel(K, "osswald", "memberOf", "ssa-rebstetten", "der Leiter des Schulamts, Schulamtsdirektor Bernd Oßwald", role="Schulamtsdirektor, Leiter des Schulamts")
rel(K, "bildungsregion", "fundedBy", "km-bw", "Gefördert wird die Bildungsregion im Rahmen des Landesprogramms Bildungsregionen durch das Ministerium für Kultus, Jugend und Sport")
rel(K, "bildungsregion", "participatesIn", "lp-bildungsregionen", "Gefördert wird die Bildungsregion im Rahmen des Landesprogramms Bildungsregionen")
rel(K, "vsa", "subOrganizationOf", "kreistag", "Politisch verantwortlich ist der Kreistag. Bildungsthemen werden in seinem Verwaltungs- und Schulausschuss",
    note="'seinem' = des Kreistags")
rel(K, "jha", "subOrganizationOf", "kreistag", "werden in seinem Verwaltungs- und Schulausschuss sowie, soweit die Kinder- und Jugendhilfe berührt ist, im Jugend-hilfeausschuss",
    note="'seinem' = des Kreistags")
rel(K, "vsa", "chairedBy", "sauter-haag", "Den Vorsitz in beiden Ausschüssen führt die Landrätin", note=ROLEREF)
rel(K, "jha", "chairedBy", "sauter-haag", "Den Vorsitz in beiden Ausschüssen führt die Landrätin", note=ROLEREF)
rel(K, "jha", "chairedBy", "kuttler", "im Jugendhilfeausschuss vertritt sie in der Regel der Erste Landesbeamte Martin Kuttler",
    note="deputy chair: usually chairs the JHA on behalf of the Landrätin")
rel(K, "kuttler", "memberOf", "lra-albfelden", "der Erste Landesbeamte Martin Kuttler", role="Erster Landesbeamter",
    note="organisation implicit (Erster Landesbeamter = deputy head of the Landratsamt)")
rel(K, "steuergruppe", "subOrganizationOf", "bildungsregion", "Das strategische Zentrum der Bildungsregion ist die Steuer-gruppe")
rel(K, "steuergruppe", "chairedBy", "sauter-haag", "Ihr gehören neben der Landrätin, die sie leitet", note=ROLEREF)
rel(K, "mayerhoefer", "memberOf", "steuergruppe", "der De-zernent für Bildung, Jugend und Soziales, Dr. Florian Mayer-höfer", role="Mitglied",
    note="'Ihr gehören … an' (Ihr = der Steuergruppe)")
rel(K, "mayerhoefer", "memberOf", "dez3", "der De-zernent für Bildung, Jugend und Soziales, Dr. Florian Mayer-höfer", role="Dezernent für Bildung, Jugend und Soziales",
    note="Dezernat named by its portfolio only")
rel(K, "gkst-rebstetten", "participatesIn", "steuergruppe", "die Oberbürgermeister der beiden Großen Kreisstädte", role="Oberbürgermeister",
    note="the two Große Kreisstädte (Rebstetten, Talbronn) are named only elsewhere")
rel(K, "gkst-talbronn", "participatesIn", "steuergruppe", "die Oberbürgermeister der beiden Großen Kreisstädte", role="Oberbürgermeister",
    note="the two Große Kreisstädte (Rebstetten, Talbronn) are named only elsewhere")
rel(K, "haug", "memberOf", "gvv-wielandsgrund", "die Verbandsvorsitzende des Gemeindeverwaltungsverbands Wielandsgrund, Bürgermeisterin Carmen Haug", role="Verbandsvorsitzende")
rel(K, "haug", "memberOf", "steuergruppe", "Wielandsgrund, Bürgermeisterin Carmen Haug", role="Mitglied")
rel(K, "gvv-wielandsgrund", "participatesIn", "steuergruppe", "die Verbandsvorsitzende des Gemeindeverwaltungsverbands Wielandsgrund", role="Verbandsvorsitzende")
rel(K, "ssa-rebstetten", "participatesIn", "steuergruppe", "sowie das Staatliche Schulamt an")
for o, ev in [("rp-tuebingen", "Beratend wirken das Regierungsprä-sidium Tübingen"),
              ("afa-rebstetten", "die Agentur für Arbeit Rebstetten, die IHK"),
              ("ihk", "die IHK Albfelden-Rebstetten"),
              ("dhbw-rebstetten", "die Duale Hochschule Baden-Würt-temberg Rebstetten mit")]:
    rel(K, o, "participatesIn", "steuergruppe", ev, role="beratend", note="'Beratend wirken … mit' (in der Steuergruppe, previous sentence)")
for o, ev in [("ag-usb", "setzt Arbeitsgruppen ein, derzeit die AG Übergang Schule – Beruf"),
              ("ag-fbs", "die AG Frühe Bildung und Sprache"),
              ("ag-db", "sowie die AG Digitale Bildung")]:
    rel(K, o, "subOrganizationOf", "steuergruppe", ev, note="working group set up by the Steuergruppe")
rel(K, "bildungsbuero", "participatesIn", "bildungsregion", "Die Geschäftsstelle der Bildungsregion ist das Regionale Bil-dungsbüro",
    note="Geschäftsstelle (office) of the Bildungsregion")
rel(K, "bildungsbuero", "subOrganizationOf", "sg-bildungsmanagement", "Es ist organisatorisch dem Sachgebiet Bildungs-management im Amt für Schulen und Bildung zugeordnet")
rel(K, "sg-bildungsmanagement", "subOrganizationOf", "amt-schulen-bildung", "dem Sachgebiet Bildungs-management im Amt für Schulen und Bildung zugeordnet")
rel(K, "amt-schulen-bildung", "subOrganizationOf", "dez3", "im Amt für Schulen und Bildung zugeordnet, das wiederum zum Dezernat 3 – Bildung, Jugend und Soziales")
rel(K, "dez3", "subOrganizationOf", "lra-albfelden", "zum Dezernat 3 – Bildung, Jugend und Soziales des Landratsamts gehört")
rel(K, "breitling", "memberOf", "bildungsbuero", "Geleitet wird das Bildungsbüro von Jonas Breitling", role="Leiter")
rel(K, "breitling", "memberOf", "sg-bildungsmanagement", "Jonas Breitling, der zugleich Sachgebietsleiter ist", role="Sachgebietsleiter",
    note="Sachgebiet named in the previous sentence")
for o, ev in [("vhs-albfelden", "arbeiten vor allem die Volkshoch-schule Albfelden e. V."),
              ("kjr-albfelden", "der Kreisjugendring Albfelden e. V. und der Kreisseniorenrat mit dem Bildungsbüro zusammen"),
              ("ksr-albfelden", "der Kreisseniorenrat mit dem Bildungsbüro zusammen")]:
    rel(K, o, "cooperatesWith", "bildungsbuero", ev)
rel(K, "ziegelmeier", "memberOf", "keb", "der Kreiselternbeirat ein, dessen Vorsitzen-der Thomas Ziegelmeier", role="Vorsitzender")
rel(K, "kreisjugendamt", "cooperatesWith", "jobcenter", "Mit dem Jobcenter Landkreis Albfelden und der Agentur für Arbeit bildet das Kreisjugendamt",
    note="together they form the Jugendberufsagentur Albfelden")
rel(K, "kreisjugendamt", "cooperatesWith", "afa-rebstetten", "und der Agentur für Arbeit bildet das Kreisjugendamt seit 2019 die Jugendberufs-agentur Albfelden",
    note="together they form the Jugendberufsagentur Albfelden")
rel(K, "zbw", "subOrganizationOf", "dhbw-rebstetten", "Weiterbildung (ZBW) der DHBW Rebstetten")
rel(K, "zbw", "cooperatesWith", "bildungsregion", "der DHBW Rebstetten begleitet die Bil-dungsregion wissenschaftlich", note="scientific support")
rel(K, "bildungsregion", "fundedBy", "kessler-stiftung", "Die Hermann-und-Lore-Kessler-Stiftung mit Sitz in Talbronn fördert seit 2021 Projekte der Bildungsregion",
    note="funds projects of the Bildungsregion")
rel(K, "rieber", "memberOf", "kessler-stiftung", "ihr Vorstand, Dr. Wolfgang Rieber", role="Vorstand", note="'ihr' = der Stiftung")
rel(K, "rieber", "memberOf", "ag-usb", "Dr. Wolfgang Rieber, ist Mitglied der AG Über-gang Schule – Beruf", role="Mitglied")
rel(K, "sprachbruecke", "carriedBy", "lernpaten", "Der Verein Netzwerk Lernpaten Albfel-den e. V. trägt das Projekt „Sprachbrücke Kita“")
rel(K, "sprachbruecke", "fundedBy", "lk-albfelden", "das von der AG Frühe Bildung und Sprache begleitet und vom Landkreis mitfinanziert wird",
    note="'vom Landkreis' = Landkreis Albfelden (co-funding)")
rel(K, "lk-albfelden", "cooperatesWith", "tasw", "unterstützt schließlich die Transferagentur Südwest für Kommunales Bildungsmanage-ment den Landkreis; Grundlage ist eine Zielvereinbarung")
# mask 4.3.3.2
for o, ev in [("bildungsbuero", "Regionales Bildungsbüro (Organisation)"),
              ("kjr-albfelden", "Kreisjugendring Albfelden e. V. (Moderation, Jugendbeteiligung)"),
              ("keb", "Kreiselternbeirat Albfelden"),
              ("ksr-albfelden", "Kreisseniorenrat Albfelden e. V.")]:
    rel(K, "to-4.3.3.2", "involvesActor", o, ev, nth_after="BETEILIGTE AKTEURE", nth_block=2)
# mask 4.5.3.1
rel(K, "kompass-beruf", "carriedBy", "pa-alb", "Träger des Projekts ist die Perspektive Arbeit Alb gGmbH")
rel(K, "kompass-beruf", "fundedBy", "kessler-stiftung", "finanziert wird es von der Hermann-und-Lore-Kessler-Stiftung")
rel(K, "kompass-beruf", "fundedBy", "lk-albfelden", "finanziert wird es von der Hermann-und-Lore-Kessler-Stiftung und aus Mitteln des Landkreises",
    note="'des Landkreises' = Landkreis Albfelden")
rel(K, "zbw", "subOrganizationOf", "dhbw-rebstetten", "Evaluation durch das ZBW der DHBW Rebstetten")
rel(K, "gws-rebstetten", "participatesIn", "kompass-beruf", "Pilot an der Gewerblichen Schule Rebstetten", note="pilot school of the project")
for o, ev in [("pa-alb", "Perspektive Arbeit Alb gGmbH (Trägerin)"),
              ("kessler-stiftung", "Hermann-und-Lore-Kessler-Stiftung (Förderung)"),
              ("jba-albfelden", "Jugendberufsagentur Albfelden"),
              ("ssa-rebstetten", "Staatliches Schulamt Rebstetten und Regierungspräsidium Tübingen"),
              ("rp-tuebingen", "Staatliches Schulamt Rebstetten und Regierungspräsidium Tübingen"),
              ("zbw", "Zentrum für Bildungsübergänge und Weiterbildung der DHBW Rebstetten (Evaluation)"),
              ("ag-usb", "AG Übergang Schule – Beruf der Bildungsregion")]:
    rel(K, "to-4.5.3.1", "involvesActor", o, ev, nth_after="BETEILIGTE AKTEURE", nth_block=3)
rel(K, "kompass-beruf", "carriedBy", "pa-alb", "Perspektive Arbeit Alb gGmbH (Trägerin)", nth_after="BETEILIGTE AKTEURE", nth_block=3)
rel(K, "kompass-beruf", "fundedBy", "kessler-stiftung", "Hermann-und-Lore-Kessler-Stiftung (Förderung)", nth_after="BETEILIGTE AKTEURE", nth_block=3)
rel(K, "zbw", "subOrganizationOf", "dhbw-rebstetten", "Zentrum für Bildungsübergänge und Weiterbildung der DHBW Rebstetten (Evaluation)", nth_after="BETEILIGTE AKTEURE", nth_block=3)
rel(K, "ag-usb", "subOrganizationOf", "bildungsregion", "AG Übergang Schule – Beruf der Bildungsregion", nth_after="BETEILIGTE AKTEURE", nth_block=3)

# ======================= Arbeitspakete (OCR) =======================
rel(A, "lk-albfelden", "participatesIn", "bildungskommunen", "Landkreis Albfelden - Antrag im Forderprogramm ,,Bildungskommunen\"", note="applicant")
rel(A, "sg-bildungsmanagement", "subOrganizationOf", "amt-schulen-bildung", "vom Sachgebiet Bildungsmanagement im Amt fiir Schulen und Bildung")
rel(A, "bildungsbuero", "participatesIn", "bildungsregion", "im Regionalen Bildungsbiiro angesiedelt, das zugleich Geschaftsstelle der Bildungsregion Albfelden ist",
    note="Geschäftsstelle (office) of the Bildungsregion")
rel(A, "bildungskommunen", "fundedBy", "bmbf", "Die Finanzierung erfolgt aus Mitteln des Bundesministeriums fiir Bildung und Forschung",
    note="funding of the work programme applied for in the programme")
rel(A, "bildungskommunen", "fundedBy", "esf-plus", "Bundesministeriums fiir Bildung und Forschung und des Europaischen Sozialfonds Plus (ESF Plus)",
    note="funding of the work programme applied for in the programme")
rel(A, "steuergruppe", "subOrganizationOf", "bildungsregion", "Geschaftsfiihrung der Steuergruppe der Bildungsregion")
rel(A, "steuergruppe", "chairedBy", "sauter-haag", "der Steuergruppe der Bildungsregion unter Vorsitz der Landratin", note=ROLEREF)
rel(A, "lk-albfelden", "cooperatesWith", "ssa-rebstetten", "Fortschreibung der Kooperationsvereinbarung mit dem Staatlichen Schulamt Rebstetten")
rel(A, "lk-albfelden", "participatesIn", "lp-bildungsregionen", "im Rahmen des Landesprogramms Bildungsregionen")
rel(A, "lk-albfelden", "cooperatesWith", "tasw", "Umsetzung der Zielvereinbarung mit der Transferagentur Siidwest fiir Kommunales Bildungsmanagement")
rel(A, "lk-albfelden", "cooperatesWith", "ssa-rebstetten", "gemeinsam mit dem Kreisjugendamt und dem Staatlichen Schulamt",
    note="AP 7; the Kreisjugendamt is a unit of the applicant itself and not annotated")
rel(A, "sprachbruecke", "carriedBy", "lernpaten", "Projekts ,,Sprachbriicke Kita\" des Netzwerk Lernpaten Albfelden e.V.")
rel(A, "lk-albfelden", "cooperatesWith", "afa-rebstetten", "Weiterentwicklung der Jugendberufsagentur Albfelden mit Agentur fiir Arbeit Rebstetten")
rel(A, "lk-albfelden", "cooperatesWith", "jobcenter", "mit Agentur fiir Arbeit Rebstetten und Jobcenter Landkreis Albfelden")
rel(A, "kompass-beruf", "carriedBy", "pa-alb", "Ubergangsbegleitung ,,Kompass Beruf\" der Perspektive Arbeit Alb gGmbH")
for o, ev in [("ihk", "Aufbau einer Fachkrafteallianz Albfelden gemeinsam mit der IHK Albfelden-Rebstetten"),
              ("khs", "der Kreishandwerkerschaft"),
              ("dhbw-rebstetten", "der Kreishandwerkerschaft und der DHBW Rebstetten")]:
    rel(A, "lk-albfelden", "cooperatesWith", o, ev, note="AP 9 'gemeinsam mit'")
rel(A, "lk-albfelden", "cooperatesWith", "kjr-albfelden", "gemeinsam mit dem Kreisjugendring Albfelden e.V.", note="AP 10")
rel(A, "lk-albfelden", "cooperatesWith", "vhs-albfelden", "in Kooperation mit der Volkshochschule Albfelden e.V.", note="AP 11")
rel(A, "lk-albfelden", "cooperatesWith", "afa-rebstetten", "in Kooperation mit der Volkshochschule Albfelden e.V. und der Agentur fiir Arbeit Rebstetten", note="AP 11")
for o, ev in [("vhs-albfelden", "Grundbildungsnetzwerk mit der Volkshochschule"),
              ("ksr-albfelden", "dem Kreisseniorenrat Albfelden e.V."),
              ("stabi-rebstetten", "der Stadtbibliothek Rebstetten")]:
    rel(A, o, "participatesIn", "grundbildungsnetzwerk", ev, note="AP 12 'Grundbildungsnetzwerk mit …'")
rel(A, "lk-albfelden", "cooperatesWith", "stala-bw", "gemeinsam mit dem Statistischen Landesamt", note="AP 13")
rel(A, "steuergruppe", "subOrganizationOf", "bildungsregion", "der Steuergruppe der Bildungsregion am 15.03.2023")
rel(A, "zbw", "subOrganizationOf", "dhbw-rebstetten", "Das Zentrum fiir Bildungsiibergange und Weiterbildung (ZBW) der DHBW Rebstetten")
rel(A, "zbw", "cooperatesWith", "lk-albfelden", "DHBW Rebstetten begleitet die Umsetzung wissenschaftlich", note="scientific support of the applicant's work programme")
for ap, af, ev in [(7, "af-fruehe-bildung", "AP 7 Friihe Bildung und Sprache"),
                   (8, "af-uebergang-schule-beruf", "AP 8 MaBnahmen fiir den Schwerpunkt Ubergange Schule - Beruf"),
                   (9, "af-fachkraeftesicherung", "AP 9 Fachkréftesicherung"),
                   (10, "af-digitale-bildung", "AP 10 Digitale Bildung"),
                   (11, "af-integration", "AP 11 Integration durch Bildung"),
                   (12, "af-lebenslanges-lernen", "AP 12 Lebenslanges Lernen und Grundbildung"),
                   (13, "af-bildungsmonitoring", "AP 13 Bildungsmonitoring und Bildungsberichterstattung")]:
    rel(A, f"ap-{ap:02d}", "addressesActionField", af, ev)

# ======================= Zielvereinbarung =======================
rel(Z, "sauter-haag", "memberOf", "lk-albfelden", "vertreten durch die Landrätin Dr. Annegret Sauter-Haag", role="Landrätin",
    note="'Landkreis Albfelden,' on the line above")
rel(Z, "hinterseer", "memberOf", "tasw", "vertreten durch ihren Leiter Dr. Jörg Hinterseer", role="Leiter")
rel(Z, "tasw", "participatesIn", "transferinitiative", "Die TA Südwest ist Teil der Transferinitiative Kommunales Bildungsmanagement")
rel(Z, "tasw", "fundedBy", "bmbf", "Sie wird durch das Bundesministerium für Bildung und Forschung gefördert", note="'Sie' = die TA Südwest")
rel(Z, "tasw", "carriedBy", "sib", "vom Südwestdeutschen Institut für Bildungsforschung e. V. (SIB) getragen", note="'Sie' = die TA Südwest")
rel(Z, "lk-albfelden", "participatesIn", "lp-bildungsregionen", "Der Landkreis Albfelden ist seit 2016 Bildungsregion im Sinne des Landesprogramms Bildungsregionen")
rel(Z, "bildungsbuero", "participatesIn", "bildungsregion", "Die Geschäftsstelle, das Regionale Bildungsbüro",
    note="Geschäftsstelle of the Bildungsregion named in the previous sentence")
rel(Z, "bildungsbuero", "subOrganizationOf", "sg-bildungsmanagement", "das Regionale Bildungsbüro, ist im Sachgebiet Bildungsmanagement des Amtes für Schulen und Bildung angesiedelt")
rel(Z, "sg-bildungsmanagement", "subOrganizationOf", "amt-schulen-bildung", "Sachgebiet Bildungsmanagement des Amtes für Schulen und Bildung")
rel(Z, "lk-albfelden", "cooperatesWith", "tasw", "die Zusammenarbeit zwischen dem Landkreis und der Transferagentur")
rel(Z, "bildungsregion", "carriedBy", "ssa-rebstetten", "Das Staatliche Schulamt Rebstetten, das die Bildungsregion gemeinsam mit dem Landkreis trägt")
rel(Z, "bildungsregion", "carriedBy", "lk-albfelden", "das die Bildungsregion gemeinsam mit dem Landkreis trägt", note="'dem Landkreis' = Landkreis Albfelden (party of the agreement)")
rel(Z, "tasw", "participatesIn", "steuergruppe", "bindet sie in die Sitzungen der Steuergruppe der Bildungsregion ein",
    note="'sie' = die Transferagentur; only as far as the agreement's goals are concerned")
rel(Z, "steuergruppe", "subOrganizationOf", "bildungsregion", "Steuergruppe der Bildungsregion")
rel(Z, "dez3", "subOrganizationOf", "lra-albfelden", "Die Gesamtverantwortung im Landratsamt liegt beim Dezernat 3 – Bildung, Jugend und Soziales")
rel(Z, "mayerhoefer", "memberOf", "dez3", "Dezernat 3 – Bildung, Jugend und Soziales; Dezernent Dr. Florian Mayerhöfer", role="Dezernent")
rel(Z, "breitling", "memberOf", "sg-bildungsmanagement", "Jonas Breitling, Leiter des Sachgebiets Bildungsmanagement", role="Leiter")
rel(Z, "breitling", "memberOf", "bildungsbuero", "Leiter des Sachgebiets Bildungsmanagement und des Regionalen Bildungsbüros", role="Leiter")
rel(Z, "demirtas", "memberOf", "lk-albfelden", "Stellvertretung: Aylin Demirtaş, Bildungskoordinatorin", role="Bildungskoordinatorin",
    note="listed under 'Für den Landkreis'")
rel(Z, "falkenstein", "memberOf", "tasw", "Für die Transferagentur: Miriam Falkenstein, Prozessbegleiterin", role="Prozessbegleiterin für die Landkreise im Regierungsbezirk Tübingen")
rel(Z, "hinterseer", "memberOf", "tasw", "Leiter der Transferagentur Südwest", role="Leiter", note="signature block (name on the line above)")
rel(Z, "zv-ziel-1", "addressesActionField", "af-bildungsmonitoring", "Ziel 1: Weiterentwicklung des Kreisbildungsberichts zu einem steuerungsrelevanten Bildungsmonitoring")
rel(Z, "zv-ziel-3", "addressesActionField", "af-uebergang-schule-beruf", "Ziel 3: Bessere Abstimmung der Angebote am Übergang Schule – Beruf")
rel(Z, "zv-m-3-2", "addressesActionField", "af-uebergang-schule-beruf", "Maßnahme 3.2: Angebots-landkarte Übergang Schule – Beruf")
rel(Z, "bildungsbuero", "cooperatesWith", "tasw", "Regionales Bildungsbüro gemeinsam mit TA Südwest", note="responsibility column of Maßnahme 1.2")
rel(Z, "kreisjugendamt", "cooperatesWith", "tasw", "Kreisjugendamt unter Beteiligung der TA Südwest", note="responsibility column of Maßnahme 3.1")

# ======================= Protokoll =======================
rel(P, "demirtas", "memberOf", "bildungsbuero", "Aylin Demirtaş (Regionales Bildungsbüro)", role="Protokoll")
rows = [
 ("sauter-haag", "lk-albfelden", "Landrätin, Vorsitzende der Steuergruppe", "| Dr. Annegret Sauter-Haag | Landrätin, Vorsitzende der Steuergruppe | Landkreis Albfelden |"),
 ("mayerhoefer", "dez3", "Dezernent", "| Dr. Florian Mayerhöfer | Dezernent | Dezernat 3 – Bildung, Jugend und Soziales |"),
 ("schaefle", "amt-schulen-bildung", "Amtsleiterin", "| Renate Schäfle | Amtsleiterin | Amt für Schulen und Bildung |"),
 ("breitling", "bildungsbuero", "Sachgebietsleiter, Leitung Bildungsbüro", "| Jonas Breitling | Sachgebietsleiter, Leitung Bildungsbüro | Regionales Bildungsbüro |"),
 ("woerner", "bildungsbuero", "Bildungsmonitoring", "| Tobias Wörner | Bildungsmonitoring (zu TOP 3) | Regionales Bildungsbüro |"),
 ("gairing", "gkst-talbronn", "Oberbürgermeister", "| Dr. Stefan Gairing | Oberbürgermeister | Große Kreisstadt Talbronn |"),
 ("wahl", "gkst-rebstetten", "Erster Bürgermeister", "| Peter Wahl | Erster Bürgermeister, i. V. des Oberbürgermeisters | Große Kreisstadt Rebstetten |"),
 ("haug", "gvv-wielandsgrund", "Verbandsvorsitzende", "| Carmen Haug | Bürgermeisterin Haslenbach, Verbandsvorsitzende | GVV Wielandsgrund |"),
 ("haug", "gem-haslenbach", "Bürgermeisterin", "| Carmen Haug | Bürgermeisterin Haslenbach,"),
 ("osswald", "ssa-rebstetten", "Schulamtsdirektor, Amtsleiter", "| Bernd Oßwald | Schulamtsdirektor, Amtsleiter | Staatliches Schulamt Rebstetten |"),
 ("gaenssle", "ssa-rebstetten", "Schulrätin", "| Petra Gänßle | Schulrätin | Staatliches Schulamt Rebstetten |"),
 ("laemmle", "rp-tuebingen", "Regierungsschuldirektorin, Referat 74", "| Dr. Katrin Lämmle | Regierungsschuldirektorin, Referat 74 (beratend) | Regierungspräsidium Tübingen |"),
 ("vogt", "afa-rebstetten", "Teamleiterin Berufsberatung", "| Sandra Vogt | Teamleiterin Berufsberatung (beratend) | Agentur für Arbeit Rebstetten |"),
 ("kaechele", "ihk", "Bereichsleiterin Aus- und Weiterbildung", "| Nadine Kächele | Bereichsleiterin Aus- und Weiterbildung (beratend) | IHK Albfelden-Rebstetten |"),
 ("voehringer", "dhbw-rebstetten", "Leiterin des ZBW", "| Prof. Dr. Hanna Vöhringer | Leiterin des ZBW (beratend) | DHBW Rebstetten |"),
 ("voehringer", "zbw", "Leiterin", "| Prof. Dr. Hanna Vöhringer | Leiterin des ZBW"),
 ("ziegelmeier", "keb", "Vorsitzender", "| Thomas Ziegelmeier | Vorsitzender (ständiger Gast) | Kreiselternbeirat Albfelden |"),
]
for s, o, role, ev in rows:
    rel(P, s, "memberOf", o, ev, role=role)
rel(P, "steuergruppe", "chairedBy", "sauter-haag", "| Dr. Annegret Sauter-Haag | Landrätin, Vorsitzende der Steuergruppe |")
TN = "listed in the participants table of the Steuergruppe meeting (once per institution)"
for o, ev, role in [("lk-albfelden", "Vorsitzende der Steuergruppe | Landkreis Albfelden |", None),
                    ("dez3", "| Dezernent | Dezernat 3 – Bildung, Jugend und Soziales |", None),
                    ("amt-schulen-bildung", "| Amtsleiterin | Amt für Schulen und Bildung |", None),
                    ("bildungsbuero", "| Sachgebietsleiter, Leitung Bildungsbüro | Regionales Bildungsbüro |", None),
                    ("gkst-talbronn", "| Oberbürgermeister | Große Kreisstadt Talbronn |", None),
                    ("gkst-rebstetten", "| Erster Bürgermeister, i. V. des Oberbürgermeisters | Große Kreisstadt Rebstetten |", None),
                    ("gvv-wielandsgrund", "Verbandsvorsitzende | GVV Wielandsgrund |", None),
                    ("ssa-rebstetten", "| Schulamtsdirektor, Amtsleiter | Staatliches Schulamt Rebstetten |", None),
                    ("rp-tuebingen", "Referat 74 (beratend) | Regierungspräsidium Tübingen |", "beratend"),
                    ("afa-rebstetten", "Teamleiterin Berufsberatung (beratend) | Agentur für Arbeit Rebstetten |", "beratend"),
                    ("ihk", "(beratend) | IHK Albfelden-Rebstetten |", "beratend"),
                    ("dhbw-rebstetten", "Leiterin des ZBW (beratend) | DHBW Rebstetten |", "beratend"),
                    ("keb", "| Vorsitzender (ständiger Gast) | Kreiselternbeirat Albfelden |", "ständiger Gast")]:
    kw = {"note": TN}
    if role:
        kw["role"] = role
    rel(P, o, "participatesIn", "steuergruppe", ev, **kw)
rel(P, "falkenstein", "memberOf", "tasw", "Miriam Falkenstein (TA Südwest, zu TOP 2)")
rel(P, "yilmaz", "memberOf", "pa-alb", "Emre Yılmaz, Geschäftsführer der Perspektive Arbeit Alb gGmbH", role="Geschäftsführer")
rel(P, "deuschle", "memberOf", "jobcenter", "Ralf Deuschle (Geschäftsführer Jobcenter Landkreis Albfelden)", role="Geschäftsführer")
rel(P, "wahl", "memberOf", "gkst-rebstetten", "Herrn Wahl, der die Große Kreisstadt Rebstetten erstmals in Vertretung von Oberbürgermeister Gerstlauer vertritt",
    role="Vertreter des Oberbürgermeisters")
rel(P, "gerstlauer", "memberOf", "gkst-rebstetten", "die Große Kreisstadt Rebstetten erstmals in Vertretung von Oberbürgermeister Gerstlauer", role="Oberbürgermeister")
rel(P, "lk-albfelden", "cooperatesWith", "tasw", "Herr Dr. Mayerhöfer dankt der TA Südwest; die Zusammenarbeit soll über 2025 hinaus fortgesetzt werden",
    note="cooperation of the Landkreis (represented by its Dezernent)")
rel(P, "ag-usb", "chairedBy", "gaenssle", "Die AG wird seit Mai gemeinsam von Schulrätin Gänßle und Frau Vogt geleitet", note="co-chair; 'Die AG' = AG Übergang Schule – Beruf (bold label)")
rel(P, "ag-usb", "chairedBy", "vogt", "Die AG wird seit Mai gemeinsam von Schulrätin Gänßle und Frau Vogt geleitet", note="co-chair")
rel(P, "kessler-stiftung", "participatesIn", "ag-usb", "die Kessler-Stiftung ist durch ihren Vorstand Dr. Wolfgang Rieber in der AG vertreten")
rel(P, "rieber", "memberOf", "kessler-stiftung", "die Kessler-Stiftung ist durch ihren Vorstand Dr. Wolfgang Rieber", role="Vorstand")
rel(P, "ag-fbs", "chairedBy", "schaefle", "Unter der Leitung von Amtsleiterin Schäfle hat die AG")
rel(P, "sprachbruecke", "carriedBy", "lernpaten", "Der Verein Netzwerk Lernpaten, der das Projekt trägt", note="'das Projekt' = „Sprachbrücke Kita“ (previous sentence)")
rel(P, "ag-db", "chairedBy", "bertsch", "Sprecher der AG ist Luca Bertsch", note="Sprecher (speaker) of the working group")
rel(P, "bertsch", "memberOf", "kjr-albfelden", "Luca Bertsch, Bildungsreferent beim Kreisjugendring Albfelden", role="Bildungsreferent")
rel(P, "kjr-albfelden", "cooperatesWith", "kmz", "die der KJR zusammen mit dem Kreismedienzentrum anbietet")
rel(P, "kompass-beruf", "fundedBy", "kessler-stiftung", "Die Förderung durch die Hermann-und-Lore-Kessler-Stiftung endet im Juli 2025",
    note="subject from the TOP heading „Kompass Beruf“; funding ends 07/2025")
rel(P, "gws-talbronn", "participatesIn", "kompass-beruf", "dass die Gewerbliche Schule Talbronn dringend auf die Fortführung angewiesen sei",
    note="project site (implied)")
rel(P, "moosmann", "memberOf", "stadt-kirchhalden", "in der Stadt Kirchhalden statt; Gastgeber ist Bürgermeister Jan-Philipp Moosmann", role="Bürgermeister")
rel(P, "gkst-talbronn", "participatesIn", "startchancen", "Die Große Kreisstadt Talbronn nimmt mit zwei Schulen am Startchancen-Programm teil")

# ======================= Folien =======================
rel(F, "breitling", "memberOf", "bildungsbuero", "Jonas Breitling I Regionales Bildungsbüro", role="Referent")
for o in ["gem-fichtenweiler", "gem-haslenbach", "gem-schlehdorn"]:
    rel(F, o, "participatesIn", "gvv-wielandsgrund", "GVV Wielandsgrund (Fichtenweiler, Haslenbach, Schlehdorn)",
        note="member municipality of the Gemeindeverwaltungsverband (membership mapped to participatesIn)")
rel(F, "sauter-haag", "memberOf", "lra-albfelden", "Landrätin Dr. Annegret Sauter-Haag", role="Landrätin", note="org chart 'Organisation im Landratsamt'")
rel(F, "kuttler", "memberOf", "lra-albfelden", "Erster Landesbeamter Martin Kuttler", role="Erster Landesbeamter", note="org chart")
for o in ["dez1", "dez2", "dez3"]:
    rel(F, o, "subOrganizationOf", "lra-albfelden", "Dezernat 1 Dezernat 2 Dezernat 3", note="org chart 'Organisation im Landratsamt'")
rel(F, "mayerhoefer", "memberOf", "dez3", "Dezernent Dr. F. Mayerhöfer", role="Dezernent", note="org chart column of Dezernat 3")
rel(F, "ebner", "memberOf", "dez2", "Dezernentin Sieglinde Ebner", role="Dezernentin", note="org chart column of Dezernat 2")
for o in ["amt-schulen-bildung", "kreisjugendamt", "sozialamt"]:
    rel(F, o, "subOrganizationOf", "dez3", "Amt für Schulen und Bildung Kreisjugendamt Sozialamt", note="org chart: below Dezernat 3")
rel(F, "schaefle", "memberOf", "amt-schulen-bildung", "Ltg. Renate Schäfle", role="Leitung", note="org chart")
rel(F, "sg-bildungsmanagement", "subOrganizationOf", "amt-schulen-bildung", "SG 31.2 Bildungsmanagement / Regionales Bildungsbüro", note="org chart: below the Amt")
rel(F, "breitling", "memberOf", "sg-bildungsmanagement", "Ltg. Jonas Breitling", role="Leitung", note="org chart box 'SG 31.2 Bildungsmanagement / Regionales Bildungsbüro'")
rel(F, "breitling", "memberOf", "bildungsbuero", "Ltg. Jonas Breitling", role="Leitung", note="org chart box 'SG 31.2 Bildungsmanagement / Regionales Bildungsbüro'")
rel(F, "breitling", "memberOf", "bildungsbuero", "Jonas Breitling – Leitung, Geschäftsführung Steuergruppe", role="Leitung, Geschäftsführung Steuergruppe",
    note="slide 'Wer macht was im Bildungsbüro?'")
rel(F, "demirtas", "memberOf", "bildungsbuero", "Aylin Demirtaş – Bildungskoordination Neuzugewanderte", role="Bildungskoordination Neuzugewanderte, Bildungsdialog",
    note="slide 'Wer macht was im Bildungsbüro?'")
rel(F, "woerner", "memberOf", "bildungsbuero", "Tobias Wörner – Bildungsmonitoring, Kreisbildungsbericht", role="Bildungsmonitoring, Kreisbildungsbericht",
    note="slide 'Wer macht was im Bildungsbüro?'")
rel(F, "bildungsbuero", "fundedBy", "bildungskommunen", "gefördert im Programm „Bildungskommunen“", note="an additional post of the Bildungsbüro from 01/2025")
rel(F, "vsa", "subOrganizationOf", "kreistag", "Kreistag └ Verwaltungs- und Schulausschuss (VSA)", note="tree on slide 'Steuerung der Bildungsregion'")
rel(F, "jha", "subOrganizationOf", "kreistag", "└ Jugendhilfeausschuss (JHA)", note="tree on slide 'Steuerung der Bildungsregion'")
rel(F, "steuergruppe", "chairedBy", "sauter-haag", "Vorsitz: Landrätin", note=ROLEREF)
for o, ev in [("lra-albfelden", "Mitglieder: LRA (Dez. 3)"), ("dez3", "LRA (Dez. 3)"), ("gkst-rebstetten", "GKSt Rebstetten"),
              ("gkst-talbronn", "GKSt Talbronn"), ("gvv-wielandsgrund", "GVV Wielandsgrund, SSA Rebstetten"), ("ssa-rebstetten", "SSA Rebstetten")]:
    rel(F, o, "participatesIn", "steuergruppe", ev, role="Mitglied", note="members of the Steuergruppe Bildungsregion")
for o, ev in [("rp-tuebingen", "beratend: RP Tübingen"), ("afa-rebstetten", "beratend: RP Tübingen, Agentur für Arbeit"),
              ("ihk", "Agentur für Arbeit, IHK, DHBW"), ("dhbw-rebstetten", "IHK, DHBW")]:
    rel(F, o, "participatesIn", "steuergruppe", ev, role="beratend", note="advisory members of the Steuergruppe Bildungsregion")
rel(F, "bildungsregion", "carriedBy", "ssa-rebstetten", "Staatliches Schulamt Rebstetten – trägt die Bildungsregion mit")
rel(F, "rp-abt7", "subOrganizationOf", "rp-tuebingen", "Regierungspräsidium Tübingen, Abt. 7")
rel(F, "afa-rebstetten", "cooperatesWith", "kreisjugendamt", "Agentur für Arbeit Rebstetten, Jobcenter Landkreis Albfelden – gemeinsam mit dem Kreisjugendamt in der JBA Albfelden")
rel(F, "jobcenter", "cooperatesWith", "kreisjugendamt", "Jobcenter Landkreis Albfelden – gemeinsam mit dem Kreisjugendamt in der JBA Albfelden")
rel(F, "zbw", "subOrganizationOf", "dhbw-rebstetten", "DHBW Rebstetten, Zentrum für Bildungsübergänge und Weiterbildung (ZBW)")
rel(F, "sprachbruecke", "carriedBy", "lernpaten", "Netzwerk Lernpaten Albfelden e. V. – Projekt „Sprachbrücke Kita“")
rel(F, "kompass-beruf", "carriedBy", "pa-alb", "Perspektive Arbeit Alb gGmbH – Projekt „Kompass Beruf“")
rel(F, "kompass-beruf", "fundedBy", "kessler-stiftung", "Kessler-Stiftung – Förderin von „Kompass Beruf“")
rel(F, "lra-albfelden", "cooperatesWith", "ssa-rebstetten", "Kooperationsvereinbarung LRA – SSA")
rel(F, "lk-albfelden", "participatesIn", "bildungskommunen", "Bewilligung als Bildungskommune (BMBF / ESF Plus)",
    note="implicit subject: the presenting Landkreis")
rel(F, "bildungskommunen", "fundedBy", "bmbf", "Bewilligung als Bildungskommune (BMBF / ESF Plus)")
rel(F, "bildungskommunen", "fundedBy", "esf-plus", "Bewilligung als Bildungskommune (BMBF / ESF Plus)")
rel(F, "breitling", "memberOf", "sg-bildungsmanagement", "Jonas Breitling Sachgebietsleitung Bildungsmanagement", role="Sachgebietsleitung", note="contact block")
# additional involvesActor links for bullets naming a parent organisation together with its unit
rel(K, "to-4.2.3.1", "involvesActor", "rp-tuebingen", "Regierungspräsidium Tübingen, Abteilung 7 (Gymnasien, berufliche Schulen)", nth_after="BETEILIGTE AKTEURE", nth_block=1)
rel(K, "to-4.5.3.1", "involvesActor", "dhbw-rebstetten", "Zentrum für Bildungsübergänge und Weiterbildung der DHBW Rebstetten (Evaluation)", nth_after="BETEILIGTE AKTEURE", nth_block=3)
