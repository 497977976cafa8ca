# -*- coding: utf-8 -*-
K = "woelmitz-transferkatalog"
A = "woelmitz-bildungskommunen-arbeitspakete"
Z = "woelmitz-zielvereinbarung-nabes"
P = "bildungsnetzwerk-steuerungskreis-2024-03"
S = "bildungsbuero-woelmitz-praesentation-2024"

# surface forms that belong to no annotated entity (instruments, schools, mail addresses):
BLOCKERS = ["Bildungsleitbild „Wölmitzer Börde 2030“", "„Wölmitzer Börde 2030“", "„Wolmitzer B6rde 2030“",
            "Sekundarschule Zabelitz", "Gemeinschaftsschule Ilmersdorf", "bildungsbuero@lk-woelmitzer-boerde.de",
            ]

def E(id, type, name, aliases=(), **kw):
    d = dict(id=id, type=type, name=name, aliases=list(aliases)); d.update(kw); return d

ENT = [
 # ---------------- Municipalities
 E("lk-woelmitzer-boerde", "Municipality", "Landkreis Wölmitzer Börde",
   ["Landkreises Wölmitzer Börde", "Wölmitzer Börde", "Landkreis", "Landkreises", "Landkreises Wolmitzer B6rde"],
   note="Bare 'Landkreis'/'Landkreises' always refers to this district (the Zielvereinbarung defines 'Landkreis' as its short name); plural 'Landkreise' (generic) is not counted."),
 E("stadt-woelmitz", "Municipality", "Stadt Wölmitz", ["Kreisstadt Wölmitz", "Wölmitz"],
   note="Kreisstadt, Einheitsgemeinde; place names in addresses and datelines are counted as mentions."),
 E("stadt-tessenburg", "Municipality", "Stadt Tessenburg", ["Tessenburg"], note="Einheitsgemeinde."),
 E("gemeinde-ilmersdorf", "Municipality", "Gemeinde Ilmersdorf", ["Ilmersdorf"], note="Einheitsgemeinde."),
 E("vg-fuhneaue", "Municipality", "Verbandsgemeinde Fuhneaue", ["VG Fuhneaue", "Verbandsgemeinde"],
   note="Bare singular 'Verbandsgemeinde' always refers to this (only) Verbandsgemeinde; plural 'Verbandsgemeinden' is generic."),
 E("gemeinde-zabelitz", "Municipality", "Gemeinde Zabelitz", ["Zabelitz"], note="Mitgliedsgemeinde der VG Fuhneaue."),
 E("gemeinde-kattenhorst", "Municipality", "Gemeinde Kattenhorst", ["Kattenhorst"], note="Mitgliedsgemeinde der VG Fuhneaue."),
 E("flecken-roedelwitz", "Municipality", "Flecken Rödelwitz", ["Rödelwitz"], note="Mitgliedsgemeinde der VG Fuhneaue."),
 # ---------------- Organizations (administration)
 E("kreisverwaltung", "Organization", "Kreisverwaltung (Landkreis Wölmitzer Börde)", ["Kreisverwaltung", "Kreisverwaltung Wölmitz"], name_normalised=True),
 E("dezernat-i", "Organization", "Dezernat I – Zentrale Dienste, Finanzen und Kreisentwicklung",
   ["Dezernat I", "Dezernat I Zentrale Dienste, Finanzen und Kreisentwicklung"], name_normalised=True),
 E("dezernat-ii", "Organization", "Dezernat II – Bildung, Jugend und Soziales",
   ["Dezernat II", "Dezernat II Bildung, Jugend und Soziales"]),
 E("amt-40", "Organization", "Amt 40 – Schulverwaltungs- und Kulturamt",
   ["Amt 40", "Schulverwaltungs- und Kulturamt"]),
 E("sg-40-1", "Organization", "SG 40.1 Schulentwicklungsplanung",
   ["SG 40.1", "40.1 Schulentwicklungsplanung", "Sachgebiet Schulentwicklungsplanung"]),
 E("sg-40-2", "Organization", "SG 40.2 Schülerbeförderung", ["40.2 Schülerbeförderung"]),
 E("sg-40-3", "Organization", "SG 40.3 Kreisvolkshochschule und Kreismusikschule", []),
 E("amt-51", "Organization", "Amt 51 – Jugend und Familie", ["Amt 51", "Amtes 51", "Jugendamt"]),
 E("sg-51-3", "Organization", "SG 51.3 Jugendhilfeplanung", ["SG 51.3"]),
 E("bildungsbuero", "Organization", "Bildungsbüro Wölmitzer Börde",
   ["Bildungsbüro", "Bildungsbüros", "Stabsstelle Bildungsbüro", "Bildungsbiiro Wolmitzer Bérde", "Bildungsburos", "Bildungsb{iro"]),
 E("koordinierungsstelle-bildung", "Organization", "Koordinierungsstelle Bildung", []),
 E("kvhs", "Organization", "Kreisvolkshochschule Wölmitzer Börde", ["Kreisvolkshochschule", "KVHS"]),
 E("vg-amt-fuhneaue", "Organization", "Verbandsgemeindeamt Fuhneaue", ["Verbandsgemeindeamt", "Verbandsgemeindeamtes Fuhneaue"]),
 E("koordinationsstelle-vg", "Organization", "Koordinationsstelle für Bildung und Familie (VG Fuhneaue, geplant)",
   ["Koordinationsstelle für Bildung und Familie"], name_normalised=True,
   note="Planned unit; only the Ausblick of the catalogue names it."),
 E("jobcenter", "Organization", "Jobcenter Wölmitzer Börde", ["Jobcenter", "Jobcenters", "Jobcenter Wolmitzer Bérde"],
   note="Kommunales Jobcenter (zugelassener kommunaler Träger)."),
 E("jugendberufsagentur", "Organization", "Jugendberufsagentur Wölmitzer Börde", ["Jugendberufsagentur"]),
 # ---------------- Organizations (state / federal)
 E("landesschulamt", "Organization", "Landesschulamt Sachsen-Anhalt", ["Landesschulamt", "Landesschulamtes"]),
 E("mb-lsa", "Organization", "Ministerium für Bildung des Landes Sachsen-Anhalt", ["Ministerium für Bildung"]),
 E("stala-lsa", "Organization", "Statistisches Landesamt Sachsen-Anhalt",
   ["Statistischen Landesamtes Sachsen-Anhalt", "Statistischen Landesamt"]),
 E("bmbf", "Organization", "Bundesministerium für Bildung und Forschung", ["BMBF"]),
 E("afa-tessenburg", "Organization", "Agentur für Arbeit Tessenburg", ["Agentur für Arbeit", "Agentur fiir Arbeit Tessenburg"]),
 E("ihk-tessenburg", "Organization", "IHK Tessenburg", ["IHK"]),
 E("kreishandwerkerschaft", "Organization", "Kreishandwerkerschaft Wölmitzer Börde", ["Kreishandwerkerschaft"]),
 # ---------------- Organizations (agency, science, civil society)
 E("nabes", "Organization", "Netzwerkagentur Bildung Elbe-Saale", ["NABES", "Netzwerkagentur", "Agentur"],
   note="Transferagentur-style agency. The Zielvereinbarung defines 'Agentur' as its short name; bare 'Agentur' never refers to anything else in the set ('Agentur für Arbeit' is matched as the longer name)."),
 E("irb", "Organization", "Institut für Regionalentwicklung und Bildungsforschung e. V.",
   ["IRB", "IRB e. V.", "Instituts für Regionalentwicklung und Bildungsforschung e. V."]),
 E("hs-tessenburg", "Organization", "Hochschule Tessenburg", ["Hochschule"],
   note="Bare 'Hochschule' always refers to this (only) university."),
 E("zbw", "Organization", "Zentrum für Bildungsübergänge und Weiterbildung", ["ZBW", "Zentrum", "Zentrum fiir Bildungstibergange und Weiterbildung"],
   note="Centre of the Hochschule Tessenburg; bare 'Zentrum' (protocol l.76) refers back to it."),
 E("stiftung-sengebusch", "Organization", "Gertrud-Sengebusch-Stiftung", ["Sengebusch-Stiftung"],
   note="The anaphoric 'die Stiftung' (protocol l.91) is not listed as an alias."),
 E("lernwerkstatt", "Organization", "Lernwerkstatt Fuhneaue e. V.", ["Lernwerkstatt"]),
 E("landwerk", "Organization", "Landwerk Börde eG", ["Landwerk Borde eG"], note="Genossenschaft."),
 # ---------------- Bodies
 E("kreistag", "Body", "Kreistag (Landkreis Wölmitzer Börde)", ["Kreistag", "Kreistages"], name_normalised=True),
 E("ausschuss-bks", "Body", "Ausschuss für Bildung, Kultur und Sport",
   ["Ausschusses für Bildung, Kultur und Sport", "Ausschuss fiir Bildung, Kultur und Sport"]),
 E("jha", "Body", "Jugendhilfeausschuss", []),
 E("verbandsgemeinderat", "Body", "Verbandsgemeinderat (VG Fuhneaue)", ["Verbandsgemeinderat"], name_normalised=True),
 E("bildungsnetzwerk", "Body", "Bildungsnetzwerk Wölmitzer Börde",
   ["Bildungsnetzwerk", "Bildungsnetzwerks", "Bildungsnetzwerks Wölmitzer Börde"]),
 E("steuerungskreis", "Body", "Steuerungskreis des Bildungsnetzwerks",
   ["Steuerungskreis", "Steuerungskreises", "Steuerungskreis Bildungsnetzwerk"]),
 E("ag-kita-gs", "Body", "AG Übergang Kita–Grundschule", ["AG Ubergang Kita–Grundschule"]),
 E("ag-schule-beruf", "Body", "AG Schule–Beruf", []),
 E("ag-bildungsmonitoring", "Body", "AG Bildungsmonitoring", []),
 E("bildungskonferenz", "Body", "Börder Bildungskonferenz", ["Bildungskonferenz", "Bérder Bildungskonferenz"],
   note="Annual conference; the anaphoric 'Die Konferenz' (protocol l.102) is not an alias."),
 E("runder-tisch-tessenburg", "Body", "Runder Tisch Bildung (Stadt Tessenburg)", ["Runden Tisch Bildung"], name_normalised=True),
 # ---------------- Programmes / projects
 E("bildungskommunen", "Programme", "Bildungskommunen",
   ["„Bildungskommunen“", "ESF-Plus-Programm „Bildungskommunen“", "ESF-Plus-Programms „Bildungskommunen“"],
   note="Federal ESF Plus programme (real programme, used as context)."),
 E("esf-plus", "Programme", "ESF Plus", []),
 E("lernen-vor-ort", "Programme", "Lernen vor Ort", ["„Lernen vor Ort“"]),
 E("ruemsa", "Programme", "RÜMSA", ["Landesprogramms RÜMSA"], note="Landesprogramm; expansion not given in the text."),
 E("lesewelten", "Programme", "Lesewelten", ["„Lesewelten“"], note="Reading-mentor project of the Lernwerkstatt Fuhneaue e. V."),
 E("gruenes-klassenzimmer", "Programme", "Grünes Klassenzimmer",
   ["Grünen Klassenzimmer", "Grüne Klassenzimmer", "„Grünes Klassenzimmer“", "Griines Klassenzimmer"],
   note="Out-of-school learning place run as a project by the Landwerk Börde eG."),
 # ---------------- Transfer objects
 E("to-4.2.3.1", "TransferObject", "Kleinräumiges Bildungsmonitoring",
   ["kleinräumige Bildungsmonitoring", "kleinräumigen Bildungsmonitorings", "kleinraumigen Bildungsmonitorings",
    "kleinräumigen Monitoring", "kleinräumigen Monitorings", "kleinräumiges Monitoring"]),
 E("to-4.3.3.1", "TransferObject", "Gemeindedialog Bildung", ["Gemeindedialogs Bildung", "Gemeindedialogs"]),
 E("to-4.5.3.1", "TransferObject", "Übergangslotsen an Sekundar- und Gemeinschaftsschulen",
   ["Übergangslotsen", "Ubergangslotsen", "„Übergangslotsen“"]),
 # ---------------- Action fields
 E("hf-fruehe-bildung", "ActionField", "Frühe Bildung und Übergang in die Schule", []),
 E("hf-uebergang-kita-gs", "ActionField", "Übergang Kita–Grundschule", ["Ubergange Kita – Grundschule"], name_normalised=True, note="Only the OCR form occurs (AP 7); inside 'AG Übergang Kita–Grundschule' the longer Body name wins."),
 E("hf-uebergang-schule-beruf", "ActionField", "Übergang Schule–Beruf",
   ["Übergangs Schule–Beruf", "Ubergang Schule – Beruf"]),
 E("hf-fachkraeftesicherung", "ActionField", "Fachkräftesicherung", ["Fachkréftesicherung", "Fachkraftesicherung"], name_normalised=True, note="Only OCR forms occur (AP 8)."),
 E("hf-lebenslanges-lernen", "ActionField", "Lebenslanges Lernen", []),
 E("hf-grundbildung", "ActionField", "Grundbildung", []),
 E("hf-integration", "ActionField", "Integration durch Bildung", []),
 E("hf-bne", "ActionField", "Bildung für nachhaltige Entwicklung", ["BNE", "Bildung fiir nachhaltige Entwicklung", "Bildung für nachhaltige Entwicklung (BNE)"]),
 E("hf-digitale-bildung", "ActionField", "Digitale Bildung", ["Digitaler Bildung"]),
 E("hf-bildungsmonitoring", "ActionField", "Bildungsmonitoring", ["Bildungsmonitorings"]),
 E("hf-berufsorientierung", "ActionField", "Berufsorientierung", []),
]

def PER(id, name, aliases, role, affiliation, **kw):
    return E(id, "Person", name, aliases, role=role, affiliation=affiliation, **kw)

ENT += [
 PER("matthias-kreuzfeld", "Matthias Kreuzfeld", ["Herr Kreuzfeld", "Landrat"], "Landrat; Vorsitzender des Steuerungskreises", "Landkreis Wölmitzer Börde",
     note="Bare 'Landrat' is listed as an alias because the office has exactly one holder in the set."),
 PER("ulrike-haselbach", "Dr. Ulrike Haselbach", ["Frau Dr. Haselbach", "Dezernentin"], "Beigeordnete, Dezernentin für Bildung, Jugend und Soziales", "Dezernat II, Landkreis Wölmitzer Börde",
     note="Bare 'Dezernentin' (catalogue l.373, slides) refers to her; 'Dezernentin für Bildung, Jugend und Soziales' is her role."),
 PER("franziska-raabe", "Franziska Raabe", ["Frau Raabe"], "Leiterin des Bildungsbüros", "Bildungsbüro Wölmitzer Börde"),
 PER("jonas-petzold", "Jonas Petzold", ["Herrn Petzold"], "Bildungsmonitoring; Leitung AG Bildungsmonitoring", "Koordinierungsstelle Bildung"),
 PER("thomas-weidenmueller", "Thomas Weidenmüller", [], "Amtsleiter", "Amt 40 – Schulverwaltungs- und Kulturamt"),
 PER("katrin-moebius", "Katrin Möbius", [], "Sachgebietsleiterin; Leitung AG Übergang Kita–Grundschule", "SG 40.1 Schulentwicklungsplanung"),
 PER("petra-wendisch", "Dr. Petra Wendisch", ["Frau Dr. Wendisch", "Dr. Wendisch"], "Referentin Schulentwicklung", "Landesschulamt Sachsen-Anhalt"),
 PER("andreas-kiesewetter", "Andreas Kiesewetter", ["Herr Kiesewetter"], "Geschäftsführer; Leitung AG Schule–Beruf", "Jobcenter Wölmitzer Börde"),
 PER("sabine-trautmann", "Sabine Trautmann", [], "Teamleiterin Berufsberatung", "Agentur für Arbeit Tessenburg"),
 PER("dagmar-fehse", "Dagmar Fehse", ["Frau Fehse"], "Leiterin", "Kreisvolkshochschule Wölmitzer Börde"),
 PER("leonie-harnisch", "Prof. Dr. Leonie Harnisch", ["Frau Prof. Dr. Harnisch", "Prof. Dr. Harnisch"], "Leiterin des ZBW", "Hochschule Tessenburg"),
 PER("rainer-quast", "Rainer Quast", ["Herr Quast"], "Verbandsgemeindebürgermeister", "Verbandsgemeinde Fuhneaue"),
 PER("sebastian-uhlig", "Sebastian Uhlig", ["Herr Uhlig"], "Berater Kommunales Bildungsmanagement Sachsen-Anhalt; beratendes Mitglied des Steuerungskreises", "Netzwerkagentur Bildung Elbe-Saale"),
 PER("miriam-kolbe", "Dr. Miriam Kolbe", [], "Leiterin der Agentur", "Netzwerkagentur Bildung Elbe-Saale"),
 PER("arnold-weisbach", "Prof. Dr. Arnold Weisbach", [], "Vorstandsvorsitzender", "Institut für Regionalentwicklung und Bildungsforschung e. V."),
 PER("carola-brehme", "Carola Brehme", ["Frau Brehme"], "Vorstand", "Gertrud-Sengebusch-Stiftung"),
 PER("peter-ramdohr", "Peter Ramdohr", ["Herr Ramdohr"], "Vorsitzender", "Lernwerkstatt Fuhneaue e. V."),
 PER("holger-brandis", "Holger Brandis", ["Herr Brandis"], "Referat 34", "Ministerium für Bildung des Landes Sachsen-Anhalt"),
 PER("annegret-sommerfeld", "Annegret Sommerfeld", [], "Bürgermeisterin", "Stadt Wölmitz"),
 PER("jana-voigt", "Jana Voigt", [], "Bereich Aus- und Weiterbildung", "IHK Tessenburg"),
 PER("birgit-lorenz", "Birgit Lorenz", [], "Kreistagsabgeordnete; Vorsitzende des Ausschusses für Bildung, Kultur und Sport", "Kreistag"),
 PER("michael-tamm", "Michael Tamm", [], "Vorsitzender des Jugendhilfeausschusses", "Kreistag"),
 PER("frank-oehlschlaeger", "Frank Oehlschläger", [], "Bürgermeister", "Stadt Tessenburg"),
]

# ---------------- Measures (separate matching layer)
def M(id, name, aliases, **kw):
    return E(id, "Measure", name, aliases, **kw)
AP = [
 ("1", "Bestandsaufnahme und Fortschreibung der Ausgangsanalyse", None),
 ("2", "Strategische Ziele", None),
 ("3", "Börder Bildungskonferenz", "Bérder Bildungskonferenz"),
 ("4", "Bildungsportal", None),
 ("5", "Steuerung und Koordinierung", None),
 ("6", "Kooperationsstrukturen mit den Gemeinden", None),
 ("7", "Übergänge Kita – Grundschule", "Ubergange Kita – Grundschule"),
 ("8", "Übergang Schule – Beruf und Fachkräftesicherung", "Ubergang Schule – Beruf und Fachkréftesicherung"),
 ("9", "Lebenslanges Lernen und Grundbildung", None),
 ("10", "Bildung für nachhaltige Entwicklung", "Bildung fiir nachhaltige Entwicklung"),
 ("11", "Integration durch Bildung", None),
 ("12", "Bildungsmonitoring", None),
 ("13", "Bildungsberichterstattung und Öffentlichkeitsarbeit", "Bildungsberichterstattung und Offentlichkeitsarbeit"),
]
for n, t, ocr in AP:
    al = ["AP " + n]
    if ocr:
        al.append("AP %s %s" % (n, ocr))
        ENT.append(M("ap-" + n, "AP %s %s" % (n, t), al, name_normalised=True, note="Work package; OCR form in the text."))
    else:
        al.append("AP %s %s" % (n, t))
        ENT.append(M("ap-" + n, "AP %s %s" % (n, t), al[:1]))
ZG = [
 ("z1", "Verankerung des Bildungsleitbilds „Wölmitzer Börde 2030“ in der Kreisentwicklung", "Z1"),
 ("z2", "Ausbau des kleinräumigen Bildungsmonitorings um Kennzahlen zu Übergängen", "Z2"),
 ("z3", "Stärkung der Gemeinden als Bildungsorte (Fortführung des Gemeindedialogs Bildung)", "Z3"),
 ("z4", "Abgestimmte Gestaltung des Übergangs Schule–Beruf", "Z4"),
 ("z5", "Weiterbildungsberatung in der Fläche (Lebenslanges Lernen)", "Z5"),
 ("z6", "Digitale Bildung in Schulen und Weiterbildung", "Z6"),
 ("z7", "Integration durch Bildung: transparente Angebote für Neuzugewanderte", "Z7"),
]
for id, t, code in ZG:
    ENT.append(M(id, t, [code], note="Goal of Anlage 1 of the Zielvereinbarung."))
MS = [
 ("m1-1", "M1.1 Ableitung messbarer Teilziele je Handlungsfeld", ["M1.1", "Ableitung messbarer Teilziele je Handlungsfeld"]),
 ("m1-2", "M1.2 Beschlussvorlage zu den Teilzielen für den Kreistag", ["M1.2", "Beschlussvorlage zu den Teilzielen für den Kreistag"]),
 ("m2-1", "M2.1 Kennzahlen zum Übergang Schule–Beruf je Gemeinde", ["M2.1", "Kennzahlen zum Übergang Schule–Beruf je Gemeinde"]),
 ("m2-2", "M2.2 Datenvereinbarung zu Kita-Daten mit den Gemeinden", ["M2.2"]),
 ("m3-1", "M3.1 Qualifizierungsreihe „Bildung vor Ort gestalten“ für Mitarbeitende der VG Fuhneaue und der Einheitsgemeinden", ["M3.1", "Qualifizierungsreihe „Bildung vor Ort gestalten“"]),
 ("m3-2", "M3.2 Bilanzrunden des Gemeindedialogs", ["M3.2"]),
 ("m4-1", "M4.1 Verstetigungskonzept für die Übergangslotsen", ["M4.1", "Verstetigungskonzept für die Übergangslotsen", "Verstetigungskonzept Übergangslotsen"]),
 ("m4-2", "M4.2 Fachtag „Übergänge gestalten“ mit dem Landesschulamt", ["M4.2", "Fachtag „Übergänge gestalten“"]),
 ("m5-1", "M5.1 mobile Weiterbildungsberatung in den Mitgliedsgemeinden", ["M5.1", "Mobile Weiterbildungsberatung", "mobile Weiterbildungsberatung"]),
 ("m6-1", "M6.1 Bestandsaufnahme digitaler Ausstattung und Fortbildungsbedarfe an den Schulen in Kreisträgerschaft", ["M6.1"]),
 ("m6-2", "M6.2 Angebot „Digital dabei“ für Ältere in den Gemeinden", ["M6.2", "„Digital dabei“"]),
 ("m7-1", "M7.1 Angebotsübersicht Sprache und Bildung (mehrsprachig)", ["M7.1"]),
 ("m7-2", "M7.2 Elternbegleitung an Grundschulen mit hohem Anteil neu zugewanderter Kinder", ["M7.2"]),
]
for id, t, al in MS:
    ENT.append(M(id, t, al, note="Measure of Anlage 1 of the Zielvereinbarung."))
