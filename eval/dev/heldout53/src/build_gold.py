"""Builds gold/*.json from the hand-written annotation spec below.
Entity lines are located automatically (longest surface form wins where forms overlap);
relation lines are located from the evidence text near a hand-given line hint.
The output is then checked independently by ../validate.py."""
import json, os, sys, collections
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from textutil import load_lines, joined, find_all, norm_ws

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
K = "nidderwald-transferkatalog"; A = "nidderwald-bildungskommunen-arbeitspakete"
Z = "nidderwald-zielvereinbarung-talk"; P = "nidderwald-lenkungsgruppe-protokoll-2024-05"
S = "nidderwald-bildungsbuero-folien-2024"
FILES = {K: K + ".txt", A: A + ".txt", Z: Z + ".txt", P: P + ".md", S: S + ".txt"}
LINES = {d: load_lines(os.path.join(ROOT, "corpus", f)) for d, f in FILES.items()}
JOIN = {d: joined(l) for d, l in LINES.items()}

def E(id, type, name, aliases=(), restricted=None, search_name=True, **extra):
    return dict(id=id, type=type, name=name, aliases=list(aliases), restricted=restricted or {}, search_name=search_name, extra=extra)

ENT = [
 # --- municipalities
 E("lk-nidderwald", "Municipality", "Landkreis Nidderwald",
   ["Landkreises Nidderwald", "Landkreis Nid-derwald", "Nidderwald", "Kreisverwaltung"],
   note="'Kreisverwaltung' (the district administration) is treated as a surface form of the Landkreis. Bare anaphoric 'der Kreis', 'der Landkreis' are not listed."),
 E("stadt-marbrueck", "Municipality", "Stadt Marbrück",
   ["Marbrück", "Stadt Marbriick"], restricted={"der kreisfreien Stadt": {Z: [170]}},
   note="neighbouring kreisfreie Stadt"),
 E("stadt-borkenfels", "Municipality", "Borkenfels", ["Kreisstadt Borkenfels"], note="Kreisstadt"),
 E("stadt-grebenrode", "Municipality", "Grebenrode", []),
 E("stadt-altenhasel", "Municipality", "Altenhasel", []),
 E("gemeinde-hirzwiesen", "Municipality", "Hirzwiesen", []),
 E("gemeinde-lindscheid", "Municipality", "Lindscheid", []),
 E("gemeinde-eichelsried", "Municipality", "Eichelsried", []),
 # --- state, federal and European context
 E("bmbf", "Organization", "Bundesministerium für Bildung und Forschung",
   ["BMBF", "Bundesministerium fiir Bildung und Forschung", "Bundesministeriums für Bildung und Forschung"]),
 E("eu", "Organization", "Europäische Union", ["Europäischen Union"], name_normalised=True),
 E("hmkb", "Organization", "Hessisches Ministerium für Kultus, Bildung und Chancen",
   ["Hessischen Ministerium für Kultus, Bildung und Chancen", "Hessischen Ministeriums für Kultus, Bildung und Chancen"]),
 E("hsl", "Organization", "Hessisches Statistisches Landesamt", ["Hessischen Statistischen Landesamt", "HSL"]),
 E("rp-giessen", "Organization", "Regierungspräsidium Gießen", ["RP Gießen", "Regierungsprasidium GieBen"]),
 E("hla", "Organization", "Hessische Lehrkräfteakademie", ["Hessischen Lehrkrafteakademie", "Lehrkräfteakademie"]),
 E("schulamt", "Organization", "Staatliches Schulamt für den Landkreis Nidderwald und die Stadt Marbrück",
   ["Staatlichen Schulamts für den Landkreis Nidderwald und die Stadt Marbrück",
    "Staatlichen Schulamt fiir den Landkreis Nidderwald und die Stadt Marbriick",
    "Staatliches Schulamt", "Staatliche Schulamt", "Staatlichen Schulamt", "Staatlichen Schulamts",
    "Staatl. Schulamt", "Schulamt", "Schulamts", "SSA Nidderwald/Marbrück"],
   restricted={"Das Amt": {Z: [66]}}),
 E("afa-marbrueck", "Organization", "Agentur für Arbeit Marbrück",
   ["Agentur fiir Arbeit Marbriick", "Agentur für Arbeit", "Agentur fiir Arbeit", "Arbeitsagentur"]),
 E("jobcenter", "Organization", "Kommunales Jobcenter Nidderwald",
   ["Kommunale Jobcenter Nidderwald", "Kommunalen Jobcenter", "Kommunales Jobcenter", "Jobcenter"],
   note="kommunales Jobcenter run as Eigenbetrieb of the Landkreis"),
 E("ihk", "Organization", "Industrie- und Handelskammer Borkenfels-Marbrück",
   ["Industrie- und Handelskammer", "IHK Borkenfels-Marbrück", "IHK Borkenfels-Marbriick", "IHK"]),
 E("khs", "Organization", "Kreishandwerkerschaft Nidderwald", ["Kreishandwer-kerschaft Nidderwald", "Kreishandwerkerschaft"]),
 E("kjr", "Organization", "Kreisjugendring Nidderwald e.V.", ["Kreisjugendring", "Kreisjugendrings"]),
 E("fh-borkenfels", "Organization", "Fachhochschule Borkenfels", ["FH Borkenfels"]),
 E("brandau-stiftung", "Organization", "Helene-und-Karl-Brandau-Stiftung", ["Brandau-Stiftung"],
   restricted={"die Stiftung": {P: [55]}}),
 E("bildungsbruecke", "Organization", "Bildungsbrücke Nidderwald e.V.",
   ["Bildungsbriicke Nidderwald e.V.", "Bildungsbrücke"], restricted={"des Vereins": {P: [59]}}),
 E("werkhof", "Organization", "Werkhof Grebenrode gGmbH", [], restricted={"seiner Gesellschaft": {P: [67]}}),
 E("kvhs", "Organization", "Kreisvolkshochschule Nidderwald", ["Kreisvolkshochschule", "KVHS"]),
 E("talk", "Organization", "Transferagentur Lahn-Kinzig für Kommunales Bildungsmanagement",
   ["Transferagentur Lahn-Kinzig fiir Kommunales Bildungsmanagement", "Transferagentur Lahn-Kinzig",
    "Transfer-agentur Lahn-Kinzig", "TALK", "Transferagentur"], restricted={"der Agentur": {A: [50]}}),
 # --- administrative units of the Landkreis and of Marbrück
 E("dezernat-jss", "Organization", "Dezernat Jugend, Schule und Soziales", [],
   note="portfolio of the Erster Kreisbeigeordneter (org chart, slides)"),
 E("fb4", "Organization", "Fachbereich 4 Jugend, Schule und Soziales",
   ["Fachbe-reich 4 Jugend, Schule und Soziales", "Fachbereichs 4 Jugend, Schule und Soziales",
    "FB 4 Jugend, Schule und Soziales", "Fachbereich 4", "FB 4"]),
 E("fd41", "Organization", "Fachdienst 4.1 Kinder, Jugend und Familie",
   ["FD 4.1 Kinder, Jugend und Familie", "Fachdienst 4.1", "Fachdienstes 4.1"]),
 E("fd42", "Organization", "Fachdienst 4.2 Schulverwaltung und Bildung",
   ["FD 4.2 Schulverwaltung und Bildung", "Fachdienst 4.2", "FD 4.2"]),
 E("fb2", "Organization", "Fachbereich 2 Zentrale Steuerung und Kreisentwicklung",
   ["Fach-bereich 2 Zentrale Steuerung und Kreisentwicklung"], name_normalised=True),
 E("fd23", "Organization", "Fachdienst 2.3 Kreisentwicklung und Statistik", ["Fachdienst 2.3"]),
 E("bildungsbuero", "Organization", "Bildungsbüro des Landkreises Nidderwald",
   ["Bildungsbüro", "Bildungsbüros", "Bildungsbiiro", "Bildungsbiiros"],
   restricted={"das Büro": {K: [112, 272]}}, name_normalised=True),
 E("olov-koordination", "Organization", "OloV-Regionalkoordination Nidderwald/Marbrück", ["OloV-Regionalkoordination"]),
 E("amt-schule-marbrueck", "Organization", "Amt für Schule und Bildung der Stadt Marbrück",
   ["Amtes für Schule und Bildung der Stadt Marbrück"]),
 # --- bodies
 E("kreistag", "Body", "Kreistag", ["Kreistages"], note="Kreistag des Landkreises Nidderwald"),
 E("schulausschuss", "Body", "Schul- und Bildungsausschuss", [], note="committee of the Kreistag"),
 E("kreisausschuss", "Body", "Kreisausschuss des Landkreises Nidderwald",
   ["Kreisausschuss des Land-kreises Nidderwald", "Kreisausschuss", "Kreisausschusses"], name_normalised=True),
 E("bildungskonferenz", "Body", "Bildungskonferenz Nidderwald",
   ["Bil-dungskonferenz Nidderwald", "Bildungskonferenz", "Bildungs-konferenz"], restricted={"Die Konferenz": {P: [77]}}),
 E("lenkungsgruppe", "Body", "Lenkungsgruppe der Bildungskonferenz Nidderwald",
   ["Lenkungsgruppe der Bildungskonferenz", "Lenkungsgruppe"]),
 E("fachforum-fruehe-bildung", "Body", "Fachforum Frühe Bildung", ["Fachforum Friihe Bildung"], restricted={"Das Forum": {P: [55]}}),
 E("fachforum-uebergang", "Body", "Fachforum Übergang Schule–Beruf", ["Fachforum Ubergang Schule-Beruf"], restricted={"Das Forum": {P: [57]}}),
 E("fachforum-lll", "Body", "Fachforum Lebenslanges Lernen", []),
 E("olov-steuerungsgruppe", "Body", "OloV-Steuerungsgruppe", ["OloV-Steuerungs-gruppe"]),
 E("ag-bildungsmonitoring", "Body", "AG Bildungsmonitoring", [], note="verwaltungsinterne Arbeitsgruppe"),
 # --- programmes and projects
 E("bildungskommunen", "Programme", "Bildungskommunen", [], exclude={A: [52]},
   note="A l.52 'anderen Bildungskommunen in Hessen' means participating municipalities, not the programme: excluded."),
 E("esf-plus", "Programme", "Europäischer Sozialfonds Plus", ["ESF Plus", "Europaischen Sozialfonds Plus"]),
 E("bildung-integriert", "Programme", "Bildung integriert", []),
 E("transferinitiative", "Programme", "Transferinitiative Kommunales Bildungsmanagement", []),
 E("startchancen", "Programme", "Startchancen-Programm", []),
 E("landesprogramm-wir", "Programme", "Landesprogramm WIR", []),
 E("olov", "Programme", "OloV", ["OloV-Strategie"],
   note="Hessian strategy 'Optimierung der lokalen Vermittlungsarbeit im Übergang Schule–Beruf'; 'OloV' inside 'OloV-Region'/'OloV-Qualitätsstandard' counts as a mention."),
 E("ausbildungslotsen", "Programme", "Ausbildungslotsen Nidderwald", ["Ausbildungslotsen Nidder-wald", "Ausbildungslotsen"]),
 E("bildungslotsen", "Programme", "Bildungslotsen für neu zugewanderte Familien",
   ["Bildungs-lotsen für neu zugewanderte Familien", "Bildungslotsen"]),
 E("mint-mobil", "Programme", "MINT-Mobil", []),
 E("mitreden", "Programme", "Mitreden! Jugendforum Nidderwald", ["Mitreden!"]),
 E("brueckenjahr", "Programme", "Brückenjahr Kita–Schule", ["Briickenjahr Kita-Schule"]),
 # --- transfer objects
 E("to-4.2.3.1", "TransferObject", "Kreisbildungsbericht Nidderwald", ["Kreisbildungsbericht", "Kreisbildungsberichts"]),
 E("to-4.3.3.2", "TransferObject", "Fachforen der Bildungskonferenz", []),
 E("to-4.5.3.3", "TransferObject", "Praktikumswoche Nidderwald", ["Praktikumswoche"]),
 # --- action fields
 E("af-fruehe-bildung", "ActionField", "Frühe Bildung", ["Friihe Bildung"]),
 E("af-uebergang-schule-beruf", "ActionField", "Übergang Schule–Beruf",
   ["Übergang Schule – Beruf", "Ubergang Schule-Beruf", "Übergangs Schule–Beruf", "Übergang von der Schule in den Beruf"]),
 E("af-berufsorientierung", "ActionField", "Berufsorientierung", []),
 E("af-fachkraeftesicherung", "ActionField", "Fachkräftesicherung", ["Fachkréftesicherung"]),
 E("af-integration", "ActionField", "Integration durch Bildung", []),
 E("af-lebenslanges-lernen", "ActionField", "Lebenslanges Lernen",
   ["Lebenslan-ges Lernen", "lebenslangen Lernens", "lebenslangen Lernen"]),
 E("af-digitale-bildung", "ActionField", "Digitale Bildung", []),
 E("af-bildungsmonitoring", "ActionField", "Bildungsmonitoring", ["Bildungsmonitorings", "Monitoring"]),
]

PERS = [
 ("leimbach", "Dr. Katharina Leimbach", ["Dr. Leimbach", "Landrätin", "Landratin"], "Landrätin", "Landkreis Nidderwald"),
 ("obermann", "Matthias Obermann", ["Herr Obermann", "Erster Kreisbeigeordneter", "Ersten Kreisbeigeordneten", "Erste Kreisbei-geordnete"],
  "Erster Kreisbeigeordneter, Dezernent für Jugend, Schule und Soziales", "Landkreis Nidderwald"),
 ("dietzel", "Jörg Dietzel", ["Herr Dietzel"], "Fachbereichsleiter", "Fachbereich 4 Jugend, Schule und Soziales"),
 ("kornmeier", "Sabine Kornmeier", ["Frau Kornmeier"], "Fachdienstleiterin", "Fachdienst 4.2 Schulverwaltung und Bildung"),
 ("halbach", "Dr. Miriam Halbach", ["MH"], "Leiterin", "Bildungsbüro"),
 ("feldmann", "Lukas Feldmann", ["LF"], "Referent Bildungsmonitoring", "Bildungsbüro"),
 ("demirtas", "Aylin Demirtaş", ["Aylin Demirtas", "AD"], "Bildungskoordinatorin für Neuzugewanderte", "Bildungsbüro"),
 ("brueckmann", "Nadine Brückmann", ["NB"], "Regionalkoordinatorin", "OloV-Regionalkoordination"),
 ("thielmann", "Wolfgang Thielmann", ["Herr Thielmann"], "Leitender Schulamtsdirektor", "Staatliches Schulamt"),
 ("rosskopf", "Claudia Rosskopf", ["Frau Rosskopf", "CR"], "Schulamtsdirektorin (Berufsorientierung)", "Staatliches Schulamt"),
 ("bernhardt", "Dr. Ute Bernhardt", ["Dr. Bernhardt"], "Dezernentin Integration", "Regierungspräsidium Gießen"),
 ("steinmetz", "Dr. Frank Steinmetz", [], "beratendes Mitglied der Lenkungsgruppe", "Hessische Lehrkräfteakademie"),
 ("salzmann", "Prof. Dr. Henrike Salzmann", [], "wissenschaftliche Leiterin der Transferagentur", "Transferagentur Lahn-Kinzig / Fachhochschule Borkenfels"),
 ("hanselmann", "Julia Hanselmann", ["JH"], "Prozessbegleiterin", "Transferagentur Lahn-Kinzig"),
 ("ruehl", "Dr. Carsten Rühl", [], "Teamleiter", "Transferagentur Lahn-Kinzig"),
 ("fuchsberger", "Andreas Fuchsberger", ["Herr Fuchsberger"], "Betriebsleiter", "Kommunales Jobcenter Nidderwald"),
 ("berghoefer", "Elke Berghöfer", ["Frau Berghöfer"], "Vorsitzende der Geschäftsführung", "Agentur für Arbeit Marbrück"),
 ("lindemeyer", "Stefan Lindemeyer", [], "IHK-Ansprechpartner Praktikumswoche", "IHK Borkenfels-Marbrück"),
 ("wendt", "Pascal Wendt", [], "Vorsitzender", "Kreisjugendring Nidderwald e.V."),
 ("vollrath", "Christiane Vollrath", [], "Vorständin", "Helene-und-Karl-Brandau-Stiftung"),
 ("hofmeister", "Renate Hofmeister", [], "Vorsitzende", "Bildungsbrücke Nidderwald e.V."),
 ("trautmann", "Michael Trautmann", ["Herr Trautmann"], "Geschäftsführer", "Werkhof Grebenrode gGmbH"),
 ("weidig", "Dr. Sonja Weidig", [], "Leiterin", "Kreisvolkshochschule Nidderwald"),
 ("reinhardt", "Holger Reinhardt", [], "Bürgermeister", "Grebenrode"),
 ("ebner", "Thomas Ebner", ["Herr Ebner"], "Leiter", "Amt für Schule und Bildung der Stadt Marbrück"),
 ("froehlich", "Daniela Fröhlich", ["Frau Fröhlich"], "Leiterin", "Fachdienst 4.1 Kinder, Jugend und Familie"),
]
for pid, name, al, role, aff in PERS:
    ENT.append(E(pid, "Person", name, al, role=role, affiliation=aff))

MEAS = [
 # (id, name, search forms, name_normalised)
 ("ap-1", "Projektsteuerung und Verankerung in der Kreisverwaltung", ["AP 1", "AP 1 Projektsteuerung und Verankerung in der Kreisverwaltung"], False),
 ("ap-2", "Bestandsaufnahme und Bildungsleitbild", ["AP 2", "AP 2 Bestandsaufnahme und Bildungsleitbild"], False),
 ("ap-3", "Bildungskonferenz und Fachforen", ["AP 3", "AP 3 Bildungskonferenz und Fachforen"], False),
 ("ap-4", "Lenkungsgruppe und Gremienarbeit", ["AP 4", "AP 4 Lenkungsgruppe und Gremienarbeit"], False),
 ("ap-5", "Kooperation mit staatlichen Partnern", ["AP 5", "AP 5 Kooperation mit staatlichen Partnern"], False),
 ("ap-6", "Transfer und interkommunale Zusammenarbeit", ["AP 6", "AP 6 Transfer und interkommunale Zusammenarbeit"], False),
 ("ap-7", "Maßnahmen im Schwerpunkt Übergang Schule–Beruf", ["AP 7", "AP 7 MaBnahmen im Schwerpunkt Ubergang Schule-Beruf", "MaBnahmen im Schwerpunkt Ubergang Schule-Beruf"], True),
 ("ap-8", "Fachkräftesicherung und Berufsorientierung", ["AP 8", "AP 8 Fachkréftesicherung und Berufsorientierung", "Fachkréftesicherung und Berufsorientierung"], True),
 ("ap-9", "Frühe Bildung und Übergang Kita–Grundschule", ["AP 9", "AP 9 Friihe Bildung und Ubergang Kita-Grundschule", "Friihe Bildung und Ubergang Kita-Grundschule"], True),
 ("ap-10", "Integration durch Bildung", ["AP 10", "AP 10 Integration durch Bildung"], False),
 ("ap-11", "Aufbau des Bildungsmonitorings", ["AP 11", "AP 11 Aufbau des Bildungs- monitorings", "Aufbau des Bildungs- monitorings"], True),
 ("ap-12", "Kreisbildungsbericht", ["AP 12", "AP 12 Kreisbildungsbericht"], False),
 ("ap-13", "Transparenz und Öffentlichkeitsarbeit", ["AP 13", "AP 13 Transparenz und Offentlichkeitsarbeit", "Transparenz und Offentlichkeitsarbeit"], True),
 ("zv-ziel-1", "Bildungskonferenz und Fachforen verstetigen", ["Bildungskonferenz und Fachforen verstetigen"], False),
 ("zv-ziel-2", "Datenbasiertes Bildungsmonitoring aufbauen", ["Datenbasiertes Bildungsmonitoring aufbauen"], False),
 ("zv-ziel-3", "Übergang Schule–Beruf regional abgestimmt gestalten", ["Übergang Schule–Beruf regional abgestimmt gestalten"], False),
 ("zv-ziel-4", "Transparenz über Bildungsangebote herstellen", ["Transparenz über Bildungsangebote herstellen"], False),
 ("zv-m-1.1", "Geschäftsordnung für Lenkungsgruppe und Fachforen erarbeiten", ["Geschäftsordnung für Lenkungsgruppe und Fachforen erarbeiten"], False),
 ("zv-m-1.2", "Jahresarbeitspläne der Fachforen ableiten", ["Jahresarbeitspläne der Fachforen ableiten"], False),
 ("zv-m-1.3", "Wirkungsorientierte Auswertung der Bildungskonferenz", ["Wirkungsorientierte Auswertung der Bildungskonferenz"], False),
 ("zv-m-2.1", "Indikatorenset abstimmen", ["Indikatorenset abstimmen"], False),
 ("zv-m-2.2", "Datenlieferungsvereinbarungen abschließen", ["Datenlieferungsvereinbarungen abschließen"], False),
 ("zv-m-2.3", "Qualifizierung der Fachkraft Bildungsmonitoring", ["Qualifizierung der Fachkraft Bildungsmonitoring"], False),
 ("zv-m-3.1", "Praktikumswoche Nidderwald kreisweit ausweiten", ["Praktikumswoche Nidderwald kreisweit ausweiten"], False),
 ("zv-m-3.2", "Übergangsdaten mit der Stadt Marbrück abgleichen", ["Übergangsdaten mit der Stadt Marbrück abgleichen"], False),
 ("zv-m-3.3", "Angebotslandkarte Berufsorientierung erstellen", ["Angebotslandkarte Berufsorientierung erstellen", "Maßnahme 3.3"], False),
 ("zv-m-4.1", "Angebotsdatenbank für das Bildungsportal aufbauen", ["Angebotsdatenbank für das Bildungsportal aufbauen", "Maßnahme 4.1"], False),
 ("zv-m-4.2", "Mehrsprachige Informationsmaterialien entwickeln", ["Mehrsprachige Informationsmaterialien entwickeln"], False),
]
for mid, name, forms, nn in MEAS:
    extra = {"name_normalised": True} if nn else {}
    if mid.startswith("zv-"):
        extra["source"] = "Anlage 1 of the Zielvereinbarung (" + ("goal " + mid[-1] if "ziel" in mid else "measure " + mid[5:]) + ")"
    else:
        extra["source"] = "work package " + mid[3:].upper()
    ENT.append(E(mid, "Measure", name, [f for f in forms if f != name], search_name=False, **extra))
    ENT[-1]["search_forms"] = forms

# ---------------------------------------------------------------- locate entity mentions
def locate():
    found = collections.defaultdict(lambda: collections.defaultdict(set))
    used_forms = collections.defaultdict(set)
    for d, (text, owner) in JOIN.items():
        cands = []
        for e in ENT:
            forms = list(e.get("search_forms") or (([e["name"]] if e["search_name"] else []) + e["aliases"]))
            for f in forms:
                for s, t in find_all(text, f):
                    cands.append((t - s, s, t, e["id"], f))
            for f, where in e["restricted"].items():
                for s, t in find_all(text, f):
                    if owner[s] in where.get(d, []):
                        cands.append((t - s, s, t, e["id"], f))
        cands.sort(key=lambda c: (-c[0], c[1]))
        taken = [False] * len(text)
        for ln, s, t, eid, f in cands:
            if any(taken[s:t]):
                continue
            ex = next(e for e in ENT if e["id"] == eid).get("extra", {}).get("exclude", {})
            if owner[s] in ex.get(d, []):
                continue
            for k in range(s, t):
                taken[k] = True
            found[eid][d].add(owner[s])
            used_forms[eid].add(f)
    return found, used_forms

found, used_forms = locate()
entities_out = []
problems = []
for e in ENT:
    ex = dict(e["extra"]); ex.pop("exclude", None)
    aliases = [a for a in e["aliases"]] + [a for a in e["restricted"] if a not in e["aliases"]]
    for a in aliases + ([] if e["extra"].get("name_normalised") else [e["name"]]):
        if not any(find_all(JOIN[d][0], a) for d in FILES):
            problems.append("form does not occur anywhere: %s / %r" % (e["id"], a))
    if not found[e["id"]]:
        problems.append("entity never located: " + e["id"])
    o = {"id": e["id"], "type": e["type"], "name": e["name"], "aliases": aliases,
         "docs": [d for d in FILES if d in found[e["id"]]],
         "lines": {d: sorted(found[e["id"]][d]) for d in FILES if d in found[e["id"]]}}
    o.update(ex)
    entities_out.append(o)

# ---------------------------------------------------------------- relations
R = []
def rel(s, p, o, d, hint, ev, role=None, note=None):
    R.append(dict(subject=s, predicate=p, object=o, doc=d, hint=hint, evidence=ev, role=role, note=note))

from relations_spec import define
define(rel, K, A, Z, P, S)

def locate_ev(d, hint, ev):
    text, owner = JOIN[d]
    occ = find_all(text, ev) or [(m, m) for m in []]
    if not occ:
        idx = text.find(norm_ws(ev)); occ = [(idx, idx)] if idx >= 0 else []
    if not occ:
        return None
    best = min(occ, key=lambda st: abs(owner[st[0]] - hint))
    return owner[best[0]]

from masks_spec import masks
tos = masks(LINES[K], K)
for m in tos:
    for b in m["beteiligte_akteure"]:
        for eid in b["entities"]:
            rel("to-" + m["section"], "involvesActor", eid, K, b["line"], b["text"], note="BETEILIGTE AKTEURE, BENÖTIGTE PARTNER")

rel_out = []
ids = {e["id"] for e in ENT}
for r in R:
    for k in ("subject", "object"):
        if r[k] not in ids:
            problems.append("unknown id in relation: %s" % r[k])
    ln = locate_ev(r["doc"], r["hint"], r["evidence"])
    if ln is None:
        problems.append("evidence not found: %s %s %r" % (r["doc"], r["hint"], r["evidence"])); continue
    if abs(ln - r["hint"]) > 2:
        problems.append("evidence far from hint: %s hint %s found %s %r" % (r["doc"], r["hint"], ln, r["evidence"]))
    o = {"subject": r["subject"], "predicate": r["predicate"], "object": r["object"], "doc": r["doc"], "line": ln, "evidence": norm_ws(r["evidence"])}
    if r["role"]: o["role"] = r["role"]
    if r["note"]: o["note"] = r["note"]
    rel_out.append(o)


os.makedirs(os.path.join(ROOT, "gold"), exist_ok=True)
for fn, obj in (("entities.json", entities_out), ("relations.json", rel_out), ("transfer_objects.json", tos)):
    with open(os.path.join(ROOT, "gold", fn), "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=1)
        f.write("\n")
print("\n".join(problems) or "no problems")
print(collections.Counter(e["type"] for e in entities_out), len(entities_out))
print(collections.Counter(r["predicate"] for r in rel_out), len(rel_out))
