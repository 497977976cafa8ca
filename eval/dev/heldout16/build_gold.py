#!/usr/bin/env python3
"""Build gold/entities.json, gold/relations.json, gold/transfer_objects.json.

The annotation itself (entities, aliases, relations, evidence strings, mask
fields) is written by hand below; this script only looks up line numbers in
the corpus and refuses to write anything when an evidence string or alias
cannot be found.  Run validate_gold.py afterwards.
"""
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent
CORPUS = ROOT / "corpus"
GOLD = ROOT / "gold"

W = "weidenbrunn-transferkatalog"
O = "orla-saale-arbeitskreis-2023"
K = "kranichfurt-arbeitspakete"
T = "tramo-vorstellung-2022"
Z = "kirnwald-zielvereinbarung-tramo"
FILES = {W: "weidenbrunn-transferkatalog.txt", O: "orla-saale-arbeitskreis-2023.md",
         K: "kranichfurt-arbeitspakete.txt", T: "tramo-vorstellung-2022.txt",
         Z: "kirnwald-zielvereinbarung-tramo.txt"}


# ---------------------------------------------------------------- text helpers
def repair(s):
    # line-end hyphenation: "Förder-\nprogramm" -> "Förderprogramm";
    # compound / dash breaks keep the dash: "Kita-\nBesuchsquote", "Schule–\nBeruf"
    s = re.sub(r"(\w)-[ \t]*\n\s*(?=[a-zäöüß])", r"\1", s)
    s = re.sub(r"([-–])[ \t]*\n\s*", r"\1", s)
    return s


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def fold(s):
    # OCR-tolerant, case-preserving folding (used only as a fallback for aliases; the validator reports it)
    for a, b in (("ß", "B"), ("ü", "u"), ("Ü", "U"), ("ä", "a"), ("Ä", "A"), ("ö", "o"), ("Ö", "O"), ("é", "a"),
                 ("ii", "u"), ("„", '"'), ("“", '"'), (",,", '"'), ("–", "-")):
        s = s.replace(a, b)
    return s


def variants(text, folded=False):
    vs = [norm(text), norm(repair(text))]
    if folded:
        vs = [fold(v) for v in vs]
    return vs


TEXT = {d: (CORPUS / f).read_text(encoding="utf-8") for d, f in FILES.items()}
LINES = {d: t.split("\n") for d, t in TEXT.items()}


def mapped(text, do_repair, do_fold):
    """normalised text plus, for every output character, its 1-based source line"""
    out, lno, line, i, n = [], [], 1, 0, len(text)
    while i < n:
        c = text[i]
        if do_repair and c in "-–":
            m = re.match(r"[-–][ \t]*\n\s*", text[i:])
            if m:
                nxt = text[i + m.end()] if i + m.end() < n else ""
                soft = c == "-" and i > 0 and (text[i - 1].isalnum()) and re.match(r"[a-zäöüß]", nxt)
                if not soft:
                    out.append(c)
                    lno.append(line)
                line += m.group(0).count("\n")
                i += m.end()
                continue
        if c.isspace():
            if out and out[-1] != " ":
                out.append(" ")
                lno.append(line)
            line += c == "\n"
            i += 1
            continue
        out.append(c)
        lno.append(line)
        i += 1
    s, ln = "".join(out), lno
    if do_fold:
        fs, fl, j = [], [], 0
        while j < len(s):
            two = s[j:j + 2]
            if two in ("ii", ",,"):
                fs.append("u" if two == "ii" else '"')
                fl.append(ln[j])
                j += 2
                continue
            ch = fold(s[j])
            fs.append(ch)
            fl.extend([ln[j]] * len(ch))
            j += 1
        s, ln = "".join(fs), fl
    return s, ln


MAPPED = {(d, r, f): mapped(TEXT[d], r, f) for d in TEXT for r in (False, True) for f in (False, True)}


def window(doc, a, b):
    """lines a..b (1-based, inclusive) joined"""
    ls = LINES[doc]
    return "\n".join(ls[max(a, 1) - 1:min(b, len(ls))])


def find_line(doc, ev, hint=None, span=None):
    """line where the evidence string starts (raw or hyphenation-repaired text)"""
    ev = norm(ev)
    cands = set()
    for r in (False, True):
        s, ln = MAPPED[(doc, r, False)]
        for m in re.finditer(re.escape(ev), s):
            cands.add(ln[m.start()])
    if not cands:
        return None
    cands = sorted(cands)
    if hint is None:
        return cands[0]
    return min(cands, key=lambda c: abs(c - hint))


# ---------------------------------------------------------------- entities
E = []


def ent(id, type, name, aliases, docs, **kw):
    E.append(dict(id=id, type=type, name=name, aliases=aliases, docs=docs, **kw))


# -- shared across documents
ent("bmbf", "Organization", "Bundesministerium für Bildung und Forschung",
    ["BMBF", "Bundesministeriums für Bildung und Forschung", "Bundesministerium fiir Bildung und Forschung"],
    [W, K, T, Z])
ent("esf", "Programme", "Europäischer Sozialfonds", ["Europäischen Sozialfonds", "ESF"], [W],
    note="Funding period before ESF Plus (W, 2016-2019); kept apart from ESF Plus.")
ent("esf-plus", "Programme", "Europäischer Sozialfonds Plus",
    ["ESF Plus", "Europäischen Sozialfonds Plus", "Europaischen Sozialfonds Plus"], [K, T, Z],
    note="Compounds such as 'ESF-Plus-Programm' are not counted as mentions.")
ent("bildung-integriert", "Programme", "Bildung integriert",
    ["„Bildung integriert“", ",,Bildung integriert\""], [W, K])
ent("bildungskommunen", "Programme", "Bildungskommunen",
    ["„Bildungskommunen“", ",,Bildungskommunen\"", "Programm „Bildungskommunen“", "Programm ,,Bildungskommunen\""],
    [O, K, T, Z])
ent("startchancen", "Programme", "Startchancen-Programm", [], [O, K, T])
ent("transferinitiative", "Programme", "Transferinitiative Kommunales Bildungsmanagement",
    ["„Transferinitiative Kommunales Bildungsmanagement“"], [T, Z])
ent("tramo", "Organization", "Transferagentur Moselhang für Kommunales Bildungsmanagement",
    ["TraMo", "Transferagentur Moselhang", "Transferagentur Moselhang fiir Kommunales Bildungsmanagement",
     "Transferagentur"], [K, T, Z])
ent("kibr", "Organization", "Kolberg-Institut für Bildung und Region e. V.",
    ["KIBR", "Kolberg-Instituts für Bildung und Region e. V."], [T, Z])
ent("almbach", "Person", "Dr. Friederike Almbach", ["Friederike Almbach"], [T, Z],
    role="Leiterin der Transferagentur", affiliation="Transferagentur Moselhang")
ent("harrer", "Person", "Benedikt Harrer", [], [T, Z],
    role="Landeskoordinator Rheinland-Pfalz", affiliation="Transferagentur Moselhang")
ent("stadt-kranichfurt", "Municipality", "Stadt Kranichfurt", ["Kranichfurt"], [K, T])
ent("stadt-trevenach", "Municipality", "Stadt Trevenach", ["Trevenach"], [T, Z],
    note="Z: only as place of signature.")
ent("lk-kirnwald", "Municipality", "Landkreis Kirnwald",
    ["Kirnwald", "Kreisverwaltung Kirnwald", "Landkreises Kirnwald"], [T, Z],
    note="The district administration (Kreisverwaltung) is not a separate entity; "
         "the defined term „Landkreis“ in Z refers to it but is not listed as alias.")
ent("kreistag-kirnwald", "Body", "Kreistag Kirnwald", ["Kreistags", "Kreistag"], [T, Z])
ent("ausschuss-schulen-bildung-kirnwald", "Body", "Ausschuss für Schulen und Bildung (Kreistag Kirnwald)",
    ["Ausschuss für Schulen und Bildung"], [T, Z])
ent("statla-rlp", "Organization", "Statistisches Landesamt Rheinland-Pfalz", [], [T, Z])
ent("hsl", "Organization", "Hessisches Statistisches Landesamt", [], [K, T])

# -- action fields
ent("af-bildungsmonitoring", "ActionField", "Bildungsmonitoring", ["Bildungsmonitorings"], [W, O, K, T, Z])
ent("af-uebergang-schule-beruf", "ActionField", "Übergang Schule–Beruf",
    ["Übergang Schule-Beruf", "Ubergang Schule-Beruf"], [W, O, K, T, Z])
ent("af-fachkraeftesicherung", "ActionField", "Fachkräftesicherung",
    ["Fachkräfte", "Fachkrafte", "Fachkréfte"], [O, K, T, Z])
ent("af-fruehkindliche-bildung", "ActionField", "Frühkindliche Bildung", [], [W, O])
ent("af-familienbildung", "ActionField", "Familienbildung und Elternarbeit", ["Familienbildung"], [W, O])
ent("af-sprachfoerderung-integration", "ActionField", "Sprachförderung und Integration", [], [W])
ent("af-lebenslanges-lernen", "ActionField", "Lebenslanges Lernen",
    ["lebenslangen Lernen"], [W, O, K, T, Z])
ent("af-mint", "ActionField", "MINT-Bildung", [], [W])
ent("af-bne", "ActionField", "Bildung für nachhaltige Entwicklung (BNE)",
    ["BNE", "Bildung für nachhaltige Entwicklung", "Bildung fiir nachhaltige Entwicklung"], [K, T])
ent("af-digitalisierung", "ActionField", "Digitalisierung",
    ["Digitale Bildung", "Digitalisierung in der kommunalen Bildungslandschaft"], [K, T])
ent("af-uebergang-kita-grundschule", "ActionField", "Übergang Kita–Grundschule",
    ["Übergänge Kita-Grundschule", "Ubergange Kita-Grundschule", "Ubergang Kita-Grundschule"], [K])
ent("af-grundbildung", "ActionField", "Grundbildung", [], [K, Z])
ent("af-teilhabe-zugewanderte", "ActionField", "Teilhabe von Zugewanderten", [], [K])
ent("af-berufsorientierung", "ActionField", "Berufsorientierung", [], [Z],
    note="Only Z l. 'Abstimmung der Berufsorientierung'; K has it only inside a compound.")

# -- W: Stadt Weidenbrunn, Transferkatalog
ent("stadt-weidenbrunn", "Municipality", "Stadt Weidenbrunn", ["Weidenbrunn", "Stadtverwaltung Weidenbrunn"], [W])
ent("bildungsbuero-weidenbrunn", "Organization", "Bildungsbüro (Stadt Weidenbrunn)",
    ["Bildungsbüro", "Bildungsbüros"], [W])
ent("amt-bss-weidenbrunn", "Organization", "Amt für Bildung, Schule und Sport (Stadt Weidenbrunn)",
    ["Amt für Bildung, Schule und Sport"], [W])
ent("dezernat-ii-weidenbrunn", "Organization", "Dezernat II – Bildung, Soziales und Kultur (Stadt Weidenbrunn)",
    ["Dezernat II – Bildung, Soziales und Kultur", "Dezernat II"], [W])
ent("lenkungskreis-weidenbrunn", "Body", "Lenkungskreis Bildung (Stadt Weidenbrunn)",
    ["Lenkungskreis Bildung", "Lenkungskreises"], [W])
ent("brenninger", "Person", "Dr. Carola Brenninger",
    ["Carola Brenninger", "Erste Bürgermeisterin", "Ersten Bürgermeisterin"], [W],
    role="Erste Bürgermeisterin", affiliation="Stadt Weidenbrunn",
    note="The role-only mentions in mask 3.3.3.1 ('Erste Bürgermeisterin (Vorsitz)') refer to her.")
ent("schulamt-hohenrain", "Organization", "Staatliches Schulamt Hohenrain",
    ["Staatlichen Schulamts Hohenrain"], [W])
ent("afa-weidenbrunn", "Organization", "Agentur für Arbeit Weidenbrunn", [], [W])
ent("jobcenter-weidenbrunn", "Organization", "Jobcenter Weidenbrunn", ["Jobcenters Weidenbrunn"], [W])
ent("ihk-weidenbrunn-kochenau", "Organization", "Industrie- und Handelskammer Weidenbrunn-Kochenau",
    ["IHK Weidenbrunn-Kochenau"], [W])
ent("hwk-weidenbrunn", "Organization", "Handwerkskammer Weidenbrunn", [], [W])
ent("hochschule-weidenbrunn", "Organization", "Hochschule Weidenbrunn", [], [W])
ent("bildungsbeirat-weidenbrunn", "Body", "Weidenbrunner Bildungsbeirat", ["Bildungsbeirat"], [W])
ent("gemeinderat-weidenbrunn", "Body", "Gemeinderat (Stadt Weidenbrunn)", ["Gemeinderat"], [W])
ent("lindqvist", "Person", "Prof. Dr. Ansgar Lindqvist", ["Ansgar Lindqvist"], [W],
    role="Rektor der Hochschule Weidenbrunn; Vorsitzender des Bildungsbeirats",
    affiliation="Hochschule Weidenbrunn")
ent("pfeilsticker", "Person", "Sigrun Pfeilsticker", [], [W],
    role="Leiterin der Volkshochschule Weidenbrunn; stellvertretende Vorsitzende des Bildungsbeirats",
    affiliation="Volkshochschule Weidenbrunn")
ent("vhs-weidenbrunn", "Organization", "Volkshochschule Weidenbrunn", [], [W])
ent("ak-usb-weidenbrunn", "Body", "Arbeitskreis Übergang Schule–Beruf (Stadt Weidenbrunn)",
    ["Arbeitskreis Übergang Schule–Beruf"], [W])
ent("gewerbliche-schule-weidenbrunn", "Organization", "Gewerbliche Schule Weidenbrunn", [], [W])
ent("jugendberufshilfe-weidenbrunn", "Organization", "Jugendberufshilfe Weidenbrunn e. V.",
    ["Verein Jugendberufshilfe Weidenbrunn e. V."], [W])
ent("kessler-stiftung", "Organization", "Kessler-Stiftung Weidenbrunn", ["Kessler-Stiftung"], [W])
ent("bildungsforum-quartier-weidenbrunn", "Body", "Bildungsforum im Quartier (Stadt Weidenbrunn)",
    ["Bildungsforum im Quartier"], [W],
    note="Listed in Tab. 1 as transfer object (p. 23) but its mask is not in the excerpt: no TransferObject entity.")
ent("lk-kochenau", "Municipality", "Landkreis Kochenau", [], [W])
ent("qualitaetszirkel-bimo-suedwest", "Body", "Qualitätszirkel Bildungsmonitoring Südwest", [], [W])
ent("statistikstelle-weidenbrunn", "Organization", "Statistikstelle im Hauptamt (Stadt Weidenbrunn)",
    ["Statistikstelle", "Statistikstelle im Hauptamt"], [W])
ent("hauptamt-weidenbrunn", "Organization", "Hauptamt (Stadt Weidenbrunn)", ["Hauptamt"], [W])
ent("jugendamt-weidenbrunn", "Organization", "Jugendamt (Stadt Weidenbrunn)", ["Jugendamt"], [W])
ent("statla-bw", "Organization", "Statistisches Landesamt Baden-Württemberg",
    ["Statistischen Landesamtes Baden-Württemberg"], [W])
ent("to-weidenbrunn-3.2.3.1", "TransferObject", "Stadtteilprofile Bildung",
    ["StaDttEILproFILe BILDung"], [W], _scope=[(1, 20), (76, 89), (93, 166)],
    note="lines: table of contents, Tab. 1 and the mask (not the prose).")
ent("to-weidenbrunn-3.3.3.1", "TransferObject", "Lenkungskreis Bildung",
    ["LenkungSkreIS BILDung"], [W], _scope=[(1, 20), (76, 89), (171, 175), (208, 208)],
    note="lines: table of contents, Tab. 1, mask heading, product name and page header; other mentions "
         "of 'Lenkungskreis Bildung' are the Body.")

# -- O: Regionaler Arbeitskreis Bildungsmonitoring Orla-Saale
ent("ak-bimo-orla-saale", "Body", "Regionaler Arbeitskreis Bildungsmonitoring Orla-Saale",
    ["Regionalen Arbeitskreises Bildungsmonitoring Orla-Saale"], [O])
ent("lk-orlagrund", "Municipality", "Landkreis Orlagrund", ["LK Orlagrund", "Orlagrund", "Landratsamt Orlagrund"], [O])
ent("lk-hainfelden", "Municipality", "Landkreis Hainfelden", ["LK Hainfelden"], [O])
ent("stadt-graefenbrueck", "Municipality", "Stadt Gräfenbrück", ["Gräfenbrück"], [O])
ent("stadt-muehlenroda", "Municipality", "Stadt Mühlenroda", ["Mühlenroda"], [O])
ent("kbt", "Organization", "Kompetenzstelle Bildungsdaten Thüringen-Ost", ["KBT", "Kompetenzstelle"], [O])
ent("iasg", "Organization", "Institut für angewandte Sozialforschung Gräfenbrück e. V.", ["IaSG"], [O])
ent("tmbjs", "Organization", "Thüringer Ministerium für Bildung, Jugend und Sport", [], [O])
ent("tls", "Organization", "Thüringer Landesamt für Statistik", [], [O])
ent("afa-graefenbrueck", "Organization", "Agentur für Arbeit Gräfenbrück", [], [O])
ent("jobcenter-hainfelden", "Organization", "Jobcenter Hainfelden", [], [O])
ent("bundesagentur-fuer-arbeit", "Organization", "Bundesagentur für Arbeit", [], [O])
ent("bildungsbuero-orlagrund", "Organization", "Bildungsbüro (LK Orlagrund)", ["Bildungsbüro"], [O])
ent("fb-jss-orlagrund", "Organization", "Fachbereich Jugend, Schule und Soziales (LK Orlagrund)",
    ["Fachbereich Jugend, Schule und Soziales"], [O])
ent("amt-schulen-kita-graefenbrueck", "Organization",
    "Amt für Schulen und Kindertagesstätten (Stadt Gräfenbrück)", ["Amt für Schulen und Kindertagesstätten"], [O])
ent("dezernat-iii-graefenbrueck", "Organization", "Dezernat III – Bildung, Jugend und Sport (Stadt Gräfenbrück)",
    ["Dezernat III – Bildung, Jugend und Sport", "Dezernat III"], [O])
ent("fachdienst-bildung-soziales-muehlenroda", "Organization", "Fachdienst Bildung und Soziales (Stadt Mühlenroda)",
    ["Fachdienst Bildung und Soziales"], [O])
ent("steuerungsgruppe-orlagrund", "Body", "Steuerungsgruppe Bildung (LK Orlagrund)", ["Steuerungsgruppe Bildung"], [O])
ent("bildungskonferenz-orlagrund", "Body", "Bildungskonferenz Orlagrund", [], [O])
ent("bildungsbeirat-graefenbrueck", "Body", "Gräfenbrücker Bildungsbeirat", ["Bildungsbeirat"], [O])
ent("stadtelternbeirat-graefenbrueck", "Body", "Stadtelternbeirat (Stadt Gräfenbrück)", ["Stadtelternbeirat"], [O])
ent("staedtenetzwerk-saaletal", "Body", "Städtenetzwerk Bildung im Saaletal", [], [O])
ent("schulamt-orlagrund", "Organization", "Staatliches Schulamt Orlagrund", ["Staatliche Schulamt Orlagrund"], [O])
ent("kreishandwerkerschaft-orlagrund", "Organization", "Kreishandwerkerschaft Orlagrund", [], [O])
ent("kvhs-orlagrund", "Organization", "Kreisvolkshochschule Orlagrund", [], [O])
ent("jba-hainfelden", "Organization", "Jugendberufsagentur Hainfelden", [], [O])
ent("hochschule-graefenbrueck", "Organization", "Hochschule Gräfenbrück", [], [O])
ent("vhs-graefenbrueck", "Organization", "Volkshochschule Gräfenbrück", [], [O])
ent("familienzentrum-muehlenroda", "Organization", "Familienzentrum Mühlenroda", [], [O])
ent("diakoniewerk-saaleland", "Organization", "Diakoniewerk Saaleland e. V.", [], [O])
ent("ulbrich", "Person", "Dr. Ralf Ulbrich", ["Ralf Ulbrich"], [O],
    role="Amtsleiter Amt für Schulen und Kindertagesstätten", affiliation="Stadt Gräfenbrück")
ent("schuetterle", "Person", "Mirjam Schütterle", [], [O], role="Sozialplanerin", affiliation="Stadt Gräfenbrück")
ent("poeschel", "Person", "Jana Pöschel", [], [O], role="Koordinatorin Bildungsmanagement",
    affiliation="Landkreis Hainfelden")
ent("laasch", "Person", "Henrike Laasch", [], [O], role="Sachbearbeiterin Fachdienst Bildung und Soziales",
    affiliation="Stadt Mühlenroda")
ent("obermueller", "Person", "Kathrin Obermüller", ["Frau Obermüller"], [O],
    role="Leiterin Bildungsbüro; Vorsitz des Arbeitskreises", affiliation="Landkreis Orlagrund")
ent("renneberg", "Person", "Tobias Renneberg", [], [O], role="Bildungsmonitoring", affiliation="Landkreis Orlagrund")
ent("feldmeier", "Person", "Dr. Lorenz Feldmeier", ["Lorenz Feldmeier", "Dr. Feldmeier"], [O], role="Leitung",
    affiliation="Kompetenzstelle Bildungsdaten Thüringen-Ost")
ent("zschiesche", "Person", "Anne-Kathrin Zschiesche", ["akz"], [O], role="Datenanalyse",
    affiliation="Kompetenzstelle Bildungsdaten Thüringen-Ost")
ent("haehnlein", "Person", "Paul Hähnlein", ["ph"], [O], role="Projektassistenz, Protokoll",
    affiliation="Kompetenzstelle Bildungsdaten Thüringen-Ost")
ent("kalkbrenner", "Person", "Birgit Kalkbrenner", [], [O], role="Referentin Bildungsstatistik",
    affiliation="Thüringer Landesamt für Statistik")
ent("stenzel", "Person", "Uwe Stenzel", [], [O], role="Teamleiter Berufsberatung",
    affiliation="Agentur für Arbeit Gräfenbrück")
ent("vogtmann", "Person", "Ronny Vogtmann", [], [O], affiliation="Jobcenter Hainfelden",
    note="Excused; no role given.")
ent("gerlinger", "Person", "Matthias Gerlinger", ["Dezernent Matthias Gerlinger"], [O],
    role="Dezernent (Jugend, Schule und Soziales)", affiliation="Landkreis Orlagrund")
ent("rossbach", "Person", "Steffen Roßbach", ["Oberbürgermeister Steffen Roßbach"], [O],
    role="Oberbürgermeister", affiliation="Stadt Gräfenbrück")

# -- K: Stadt Kranichfurt, Arbeitspakete (OCR)
ent("korkmaz-ried", "Person", "Dr. Yasemin Korkmaz-Ried", ["Yasemin Korkmaz-Ried"], [K],
    role="Leiterin des Bildungsbüros; Projektleitung", affiliation="Bildungsbüro (Stadt Kranichfurt)")
ent("bildungsbuero-kranichfurt", "Organization", "Bildungsbüro (Stadt Kranichfurt)",
    ["Bildungsbiiro", "Bildungsbiiros", "Bildungsbüro"], [K],
    note="'Bildungsbüro' is the OCR-repaired form of 'Bildungsbiiro'.")
ent("dezernat-jss-kranichfurt", "Organization", "Dezernat für Jugend, Schule und Soziales (Stadt Kranichfurt)",
    ["Dezernat fiir Jugend, Schule und Soziales", "Dezernat für Jugend, Schule und Soziales"], [K])
ent("steuerungsgruppe-kranichfurt", "Body", "Steuerungsgruppe Bildung (Stadt Kranichfurt)",
    ["Steuerungsgruppe Bildung"], [K])
ent("ehlbeck", "Person", "Dr. Martina Ehlbeck", ["Martina Ehlbeck"], [K],
    role="Stadträtin für Bildung", affiliation="Stadt Kranichfurt")
ent("schulamt-kranichfurt", "Organization", "Staatliches Schulamt Kranichfurt",
    ["Staatlichen Schulamt Kranichfurt", "Staatliche Schulamt Kranichfurt"], [K])
ent("afa-kranichfurt", "Organization", "Agentur für Arbeit Kranichfurt", ["Agentur fiir Arbeit Kranichfurt"], [K])
ent("jobcenter-kranichfurt", "Organization", "Jobcenter Kranichfurt", [], [K])
ent("ihk-kranichfurt", "Organization", "Industrie- und Handelskammer Kranichfurt", [], [K])
ent("kreishandwerkerschaft-kranichfurt", "Organization", "Kreishandwerkerschaft Kranichfurt", [], [K])
ent("bildungsbeirat-kranichfurt", "Body", "Kranichfurter Bildungsbeirat", ["Kranichfurter Bildungsbeirates"], [K],
    note="Planned (AP 2: 'Aufbau').")
ent("amt-statistik-kranichfurt", "Organization", "Amt für Statistik und Wahlen (Stadt Kranichfurt)",
    ["Amt fiir Statistik und Wahlen", "Amt für Statistik und Wahlen"], [K])
ent("jugendamt-kranichfurt", "Organization", "Jugendamt (Stadt Kranichfurt)", ["Jugendamt", "Jugendamtes"], [K])
ent("ag-monitoring-kranichfurt", "Body", "AG Monitoring (Stadt Kranichfurt)", ["AG Monitoring"], [K],
    note="Planned, administration-internal.")
ent("ag-kita-gs-kranichfurt", "Body", "AG Übergang Kita-Grundschule (Stadt Kranichfurt)",
    ["AG Ubergang Kita-Grundschule", "AG Übergang Kita-Grundschule"], [K])
ent("ak-schule-wirtschaft-kranichfurt", "Body", "Arbeitskreis Schule-Wirtschaft",
    ["Arbeitskreises Schule-Wirtschaft"], [K], note="Kranichfurt; the text has only the genitive.")
ent("jba-kranichfurt", "Organization", "Jugendberufsagentur Kranichfurt", [], [K])
ent("amt-wifoe-kranichfurt", "Organization", "Amt für Wirtschaftsförderung (Stadt Kranichfurt)",
    ["Amt fiir Wirtschaftsforderung", "Amt für Wirtschaftsförderung"], [K])
ent("umweltzentrum-kranichfurt", "Organization", "Umweltzentrum Kranichfurt e. V.", [], [K])
ent("vhs-kranichfurt", "Organization", "Volkshochschule Kranichfurt", ["Volkshochschule"], [K])
ent("stadtbibliothek-kranichfurt", "Organization", "Stadtbibliothek Kranichfurt", ["Stadtbibliothek"], [K])
ent("amt-schule-sport-kranichfurt", "Organization", "Amt für Schule und Sport (Stadt Kranichfurt)",
    ["Amt fiir Schule und Sport", "Amt für Schule und Sport"], [K])
ent("medienzentrum-kranichfurt", "Organization", "Medienzentrum Kranichfurt", [], [K])
ent("th-kranichfurt", "Organization", "Technische Hochschule Kranichfurt", [], [K])
ent("stvv-kranichfurt", "Body", "Stadtverordnetenversammlung (Stadt Kranichfurt)",
    ["Stadtverordnetenversammlung"], [K])
APS = [
    (1, "Projektsteuerung und Bestandsaufnahme", []),
    (2, "Koordinierung und Steuerung", []),
    (3, "Bildungsmonitoring und Bildungsberichterstattung", []),
    (4, "Übergänge Kita-Grundschule", ["Ubergange Kita-Grundschule"]),
    (5, "Übergang Schule-Beruf und Fachkräfte", ["Ubergang Schule-Beruf und Fachkrafte"]),
    (6, "Bildung für nachhaltige Entwicklung (BNE)", ["Bildung fiir nachhaltige Entwicklung (BNE)"]),
    (7, "Lebenslanges Lernen und Grundbildung", []),
    (8, "Kommunikation, Öffentlichkeitsarbeit und Transfer", ["Kommunikation, Offentlichkeitsarbeit und Transfer"]),
    (9, "Startchancen-Schulen", []),
    (10, "Digitale Bildung", []),
]
for n, title, ocr in APS:
    al = [f"AP {n}", title]
    for o in ocr:
        al += [f"AP {n} {o}", o]
    ent(f"ap-kranichfurt-{n}", "Measure", f"AP {n} {title}", al, [K])

# -- T: TraMo slides
ent("bad-sellhausen", "Municipality", "Bad Sellhausen", [], [T], note="Location of the agency.")
ent("hochschule-trevenach", "Organization", "Hochschule Trevenach", [], [T])
ent("vosskuhl", "Person", "Prof. Dr. Annegret Voßkuhl", ["Annegret Voßkuhl"], [T],
    role="Vizepräsidentin der Hochschule Trevenach; Vorsitz des Fachbeirats", affiliation="Hochschule Trevenach")
ent("fachbeirat-tramo", "Body", "Fachbeirat (Transferagentur Moselhang)", ["Fachbeirat"], [T])
ent("mbi-rlp", "Organization", "Ministerium für Bildung Rheinland-Pfalz", [], [T])
ent("hmkb", "Organization", "Hessisches Ministerium für Kultus, Bildung und Chancen", [], [T])
ent("landesnetzwerk-bimo-rlp", "Body", "Landesnetzwerk Bildungsmonitoring Rheinland-Pfalz", [], [T])
ent("lk-glanhoehe", "Municipality", "Landkreis Glanhöhe", [], [T])
ent("wetterbach-kreis", "Municipality", "Wetterbach-Kreis", [], [T])
ent("wessendorf", "Person", "Jörg Wessendorf", [], [T], role="Landeskoordinator Hessen",
    affiliation="Transferagentur Moselhang")
ent("tuncel", "Person", "Dr. Esra Tunçel", ["Esra Tunçel"], [T], role="Referentin Bildungsmonitoring",
    affiliation="Transferagentur Moselhang")
ent("quast", "Person", "Marlene Quast", [], [T], role="Projektassistenz", affiliation="Transferagentur Moselhang")

# -- Z: Zielvereinbarung Landkreis Kirnwald / TraMo
ent("semmelrath", "Person", "Dr. Ulrike Semmelrath", ["Ulrike Semmelrath", "Landrätin"], [Z],
    role="Landrätin", affiliation="Landkreis Kirnwald")
ent("hermersbach", "Municipality", "Hermersbach", [], [Z], note="Seat of the district administration; place of signature.")
ent("kehrwieder", "Person", "Sebastian Kehrwieder", [], [Z],
    role="Leiter der Abteilung 5 – Schulen, Kultur und Bildung", affiliation="Landkreis Kirnwald")
ent("wollgast", "Person", "Kristina Wollgast", [], [Z], role="Bildungskoordinatorin im Bildungsbüro",
    affiliation="Landkreis Kirnwald")
ent("abt5-kirnwald", "Organization", "Abteilung 5 – Schulen, Kultur und Bildung (Kreisverwaltung Kirnwald)",
    ["Abteilung 5 – Schulen, Kultur und Bildung", "Abteilung 5"], [Z])
ent("abt3-kirnwald", "Organization", "Abteilung 3 – Jugend und Familie (Kreisverwaltung Kirnwald)",
    ["Abteilung 3 – Jugend und Familie"], [Z])
ent("bildungsbuero-kirnwald", "Organization", "Bildungsbüro (LK Kirnwald)", ["Bildungsbüro"], [Z])
ent("steuerungsgruppe-kirnwald", "Body", "Steuerungsgruppe Bildung (LK Kirnwald)",
    ["Steuerungsgruppe Bildung", "Steuerungsgruppe"], [Z])
ent("kvhs-kirnwald", "Organization", "Kreisvolkshochschule Kirnwald", [], [Z])
ent("afa-bad-sellhausen", "Organization", "Agentur für Arbeit Bad Sellhausen", [], [Z])
ent("jobcenter-kirnwald", "Organization", "Jobcenter Kirnwald", [], [Z])
ent("bildungskonferenz-kirnwald", "Body", "Regionale Bildungskonferenz Kirnwald",
    ["Regionalen Bildungskonferenz Kirnwald"], [Z], note="Planned.")
ent("netzwerk-usb-kirnwald", "Body", "Netzwerk Übergang Schule–Beruf Kirnwald",
    ["Netzwerks Übergang Schule–Beruf Kirnwald"], [Z])
ent("hwk-mittelmosel", "Organization", "Handwerkskammer Mittelmosel", [], [Z])
ZIELE = [
    (1, "Aufbau eines datenbasierten Bildungsmonitorings", []),
    (2, "Steuerungs- und Kooperationsstrukturen", []),
    (3, "Übergang Schule–Beruf und Fachkräftesicherung", []),
    (4, "Lebenslanges Lernen im ländlichen Raum", []),
    (5, "Vorbereitung Antrag „Bildungskommunen“", []),
]
for n, title, al in ZIELE:
    ent(f"zv-kirnwald-ziel-{n}", "Measure", title, al, [Z],
        note=f"Anlage 1, row {n} (goal with its first measures).")

# ---------------------------------------------------------------- relations
R = []


def rel(s, p, o, doc, ev, role=None, note=None, hint=None):
    r = dict(subject=s, predicate=p, object=o, doc=doc, evidence=ev)
    if role:
        r["role"] = role
    if note:
        r["note"] = note
    r["_hint"] = hint
    R.append(r)


# W
rel("stadt-weidenbrunn", "participatesIn", "bildung-integriert", W,
    "Die Stadt Weidenbrunn nimmt seit dem 1. Oktober 2016 am Förderprogramm „Bildung integriert“ teil")
rel("bildungsbuero-weidenbrunn", "carriedBy", "stadt-weidenbrunn", W,
    "Es ist eine Organisationseinheit der Stadtverwaltung Weidenbrunn",
    note="explicitly a unit of the city administration")
rel("bildungsbuero-weidenbrunn", "subOrganizationOf", "amt-bss-weidenbrunn", W,
    "als Stabsstelle dem Amt für Bildung, Schule und Sport zugeordnet")
rel("amt-bss-weidenbrunn", "subOrganizationOf", "dezernat-ii-weidenbrunn", W,
    "das seinerseits zum Dezernat II – Bildung, Soziales und Kultur gehört")
for o in ("bmbf", "esf"):
    rel("bildungsbuero-weidenbrunn", "fundedBy", o, W,
        "Die beiden Personalstellen des Bildungsbüros werden aus Mitteln des Bundesministeriums für Bildung und "
        "Forschung (BMBF) und des Europäischen Sozialfonds (ESF) gefördert",
        note="the office's two posts are funded")
rel("lenkungskreis-weidenbrunn", "chairedBy", "brenninger", W,
    "unter dem Vorsitz der Ersten Bürgermeisterin, Dr. Carola Brenninger")
rel("brenninger", "memberOf", "stadt-weidenbrunn", W, "der Ersten Bürgermeisterin, Dr. Carola Brenninger",
    role="Erste Bürgermeisterin", note="office of the city (implied by context)")
for o, ev in (("schulamt-hohenrain", "Ihm gehören die Leitungen des Staatlichen Schulamts Hohenrain"),
              ("afa-weidenbrunn", "der Agentur für Arbeit Weidenbrunn"),
              ("jobcenter-weidenbrunn", "des Jobcenters Weidenbrunn"),
              ("ihk-weidenbrunn-kochenau", "der Industrie- und Handelskammer Weidenbrunn-Kochenau"),
              ("hwk-weidenbrunn", "der Handwerkskammer Weidenbrunn sowie"),
              ("hochschule-weidenbrunn", "der Hochschule Weidenbrunn an")):
    rel(o, "participatesIn", "lenkungskreis-weidenbrunn", W, ev, role="Leitung",
        note="'Ihm gehören die Leitungen … an'", hint=36)
rel("bildungsbuero-weidenbrunn", "participatesIn", "lenkungskreis-weidenbrunn", W,
    "Die Geschäftsführung des Lenkungskreises liegt beim Bildungsbüro", role="Geschäftsführung")
rel("bildungsbeirat-weidenbrunn", "chairedBy", "lindqvist", W, "Geleitet wird er von Prof. Dr. Ansgar Lindqvist")
rel("lindqvist", "memberOf", "hochschule-weidenbrunn", W, "Prof. Dr. Ansgar Lindqvist, Rektor der Hochschule Weidenbrunn",
    role="Rektor")
rel("pfeilsticker", "participatesIn", "bildungsbeirat-weidenbrunn", W,
    "als stellvertretende Vorsitzende wirkt Sigrun Pfeilsticker", role="stellvertretende Vorsitzende")
rel("pfeilsticker", "memberOf", "vhs-weidenbrunn", W, "Sigrun Pfeilsticker, Leiterin der Volkshochschule Weidenbrunn",
    role="Leiterin")
for o in ("afa-weidenbrunn", "bildungsbuero-weidenbrunn"):
    rel("ak-usb-weidenbrunn", "carriedBy", o, W,
        "Der Arbeitskreis Übergang Schule–Beruf wird gemeinsam von der Agentur für Arbeit Weidenbrunn und dem "
        "Bildungsbüro getragen")
for s in ("gewerbliche-schule-weidenbrunn", "hwk-weidenbrunn", "jugendberufshilfe-weidenbrunn"):
    rel(s, "participatesIn", "ak-usb-weidenbrunn", W,
        "Im Arbeitskreis arbeiten außerdem die Gewerbliche Schule Weidenbrunn, die Handwerkskammer Weidenbrunn und "
        "der Verein Jugendberufshilfe Weidenbrunn e. V. mit")
rel("bildungsforum-quartier-weidenbrunn", "fundedBy", "kessler-stiftung", W,
    "Seit 2018 fördert die Kessler-Stiftung Weidenbrunn das Bildungsforum im Quartier")
rel("stadt-weidenbrunn", "cooperatesWith", "lk-kochenau", W,
    "Mit dem benachbarten Landkreis Kochenau hat die Stadt Weidenbrunn 2018 eine Kooperationsvereinbarung")
rel("bildungsbuero-weidenbrunn", "participatesIn", "qualitaetszirkel-bimo-suedwest", W,
    "wirkt das Bildungsbüro im Qualitätszirkel Bildungsmonitoring Südwest mit")
rel("statistikstelle-weidenbrunn", "subOrganizationOf", "hauptamt-weidenbrunn", W, "Statistikstelle im Hauptamt")
TO_A = "to-weidenbrunn-3.2.3.1"
TO_B = "to-weidenbrunn-3.3.3.1"
for o, ev in (("bildungsbuero-weidenbrunn", "Bildungsbüro (Bildungsmonitoring, Federführung)"),
              ("statistikstelle-weidenbrunn", "Statistikstelle im Hauptamt"),
              ("jugendamt-weidenbrunn", "Jugendamt (Kita-Bedarfsplanung)"),
              ("schulamt-hohenrain", "Staatliches Schulamt Hohenrain"),
              ("statla-bw", "Statistisches Landesamt Baden-Württemberg"),
              ("afa-weidenbrunn", "Agentur für Arbeit Weidenbrunn")):
    rel(TO_A, "involvesActor", o, W, ev, note="BETEILIGTE AKTEURE of mask 3.2.3.1", hint=141)
for o, ev in (("brenninger", "Erste Bürgermeisterin (Vorsitz)"),
              ("bildungsbuero-weidenbrunn", "Bildungsbüro im Amt für Bildung, Schule und Sport (Geschäftsführung)"),
              ("schulamt-hohenrain", "Staatliches Schulamt Hohenrain"),
              ("afa-weidenbrunn", "Agentur für Arbeit Weidenbrunn, Jobcenter Weidenbrunn"),
              ("jobcenter-weidenbrunn", "Agentur für Arbeit Weidenbrunn, Jobcenter Weidenbrunn"),
              ("ihk-weidenbrunn-kochenau", "IHK Weidenbrunn-Kochenau, Handwerkskammer Weidenbrunn"),
              ("hwk-weidenbrunn", "IHK Weidenbrunn-Kochenau, Handwerkskammer Weidenbrunn"),
              ("hochschule-weidenbrunn", "Hochschule Weidenbrunn")):
    rel(TO_B, "involvesActor", o, W, ev, note="BETEILIGTE AKTEURE of mask 3.3.3.1", hint=212)
for o in ("af-fruehkindliche-bildung", "af-uebergang-schule-beruf"):
    rel(TO_A, "addressesActionField", o, W,
        "Stadtteilprofile Bildung (Seite 13) ● Frühkindliche Bildung ● Übergang Schule–Beruf",
        note="Tab. 1; also the mask's ZIELE field")

# O
for s, o, ev, role in (
        ("ulbrich", "stadt-graefenbrueck", "**Stadt Gräfenbrück** - Dr. Ralf Ulbrich, Amtsleiter Amt für Schulen und Kindertagesstätten",
         "Amtsleiter Amt für Schulen und Kindertagesstätten"),
        ("schuetterle", "stadt-graefenbrueck", "**Stadt Gräfenbrück** - Mirjam Schütterle, Sozialplanerin", "Sozialplanerin"),
        ("poeschel", "lk-hainfelden", "**LK Hainfelden** - Jana Pöschel, Koordinatorin Bildungsmanagement",
         "Koordinatorin Bildungsmanagement"),
        ("laasch", "stadt-muehlenroda", "**Stadt Mühlenroda** - Henrike Laasch, Sachbearbeiterin Fachdienst Bildung und Soziales",
         "Sachbearbeiterin Fachdienst Bildung und Soziales"),
        ("obermueller", "lk-orlagrund", "**LK Orlagrund** - Kathrin Obermüller, Leiterin Bildungsbüro", "Leiterin Bildungsbüro"),
        ("renneberg", "lk-orlagrund", "**LK Orlagrund** - Tobias Renneberg, Bildungsmonitoring", "Bildungsmonitoring"),
        ("obermueller", "bildungsbuero-orlagrund", "Kathrin Obermüller, Leiterin Bildungsbüro", "Leiterin"),
        ("ulbrich", "amt-schulen-kita-graefenbrueck", "Dr. Ralf Ulbrich, Amtsleiter Amt für Schulen und Kindertagesstätten",
         "Amtsleiter"),
        ("laasch", "fachdienst-bildung-soziales-muehlenroda", "Henrike Laasch, Sachbearbeiterin Fachdienst Bildung und Soziales",
         "Sachbearbeiterin"),
        ("feldmeier", "kbt", "Dr. Lorenz Feldmeier – Leitung", "Leitung"),
        ("zschiesche", "kbt", "Anne-Kathrin Zschiesche (akz) – Datenanalyse", "Datenanalyse"),
        ("haehnlein", "kbt", "Paul Hähnlein (ph) – Projektassistenz, Protokoll", "Projektassistenz, Protokoll"),
        ("kalkbrenner", "tls", "Birgit Kalkbrenner – Thüringer Landesamt für Statistik, Referentin Bildungsstatistik",
         "Referentin Bildungsstatistik"),
        ("stenzel", "afa-graefenbrueck", "Uwe Stenzel – Agentur für Arbeit Gräfenbrück, Teamleiter Berufsberatung",
         "Teamleiter Berufsberatung"),
        ("vogtmann", "jobcenter-hainfelden", "Ronny Vogtmann, Jobcenter Hainfelden", None)):
    rel(s, "memberOf", o, O, ev, role=role,
        note=("KBT block of the attendance list" if o == "kbt" else None))
for s, ev in (("stadt-graefenbrueck", "**Stadt Gräfenbrück** - Dr. Ralf Ulbrich"),
              ("lk-hainfelden", "**LK Hainfelden** - Jana Pöschel"),
              ("stadt-muehlenroda", "**Stadt Mühlenroda** - Henrike Laasch"),
              ("lk-orlagrund", "**LK Orlagrund** - Kathrin Obermüller")):
    rel(s, "participatesIn", "ak-bimo-orla-saale", O, ev,
        note="listed under 'Teilnehmende / Kommunen' of the Arbeitskreis (guests not counted)")
rel("kbt", "participatesIn", "ak-bimo-orla-saale", O, "Sie organisiert den Arbeitskreis und bereitet die Kennzahlen auf.",
    role="Organisation")
rel("ak-bimo-orla-saale", "chairedBy", "obermueller", O,
    "Den Vorsitz im Arbeitskreis führt turnusgemäß bis Ende 2023 Frau Obermüller")
rel("kbt", "carriedBy", "iasg", O,
    "Die Kompetenzstelle ist beim Institut für angewandte Sozialforschung Gräfenbrück e. V. (IaSG) angesiedelt, das auch ihr Träger ist")
rel("kbt", "fundedBy", "tmbjs", O, "wird vom Thüringer Ministerium für Bildung, Jugend und Sport finanziert")
rel("lk-orlagrund", "participatesIn", "bildungskommunen", O,
    "Seit dem 01.03.2023 nimmt der Landkreis am ESF-Plus-Programm „Bildungskommunen“ teil")
rel("bildungsbuero-orlagrund", "subOrganizationOf", "fb-jss-orlagrund", O,
    "Das Bildungsbüro ist im Fachbereich Jugend, Schule und Soziales angesiedelt.")
rel("steuerungsgruppe-orlagrund", "chairedBy", "gerlinger", O,
    "sie tagt unter der Leitung von Dezernent Matthias Gerlinger")
rel("gerlinger", "memberOf", "lk-orlagrund", O, "Dezernent Matthias Gerlinger (Jugend, Schule und Soziales)",
    role="Dezernent (Jugend, Schule und Soziales)", note="district officer (context: report of LK Orlagrund)")
for s in ("schulamt-orlagrund", "kreishandwerkerschaft-orlagrund"):
    rel(s, "participatesIn", "steuerungsgruppe-orlagrund", O,
        "Vertreten sind neben der Kreisverwaltung das Staatliche Schulamt Orlagrund und die Kreishandwerkerschaft Orlagrund.")
rel("lk-orlagrund", "participatesIn", "steuerungsgruppe-orlagrund", O, "Vertreten sind neben der Kreisverwaltung",
    note="'Kreisverwaltung' = administration of LK Orlagrund")
rel("kvhs-orlagrund", "carriedBy", "lk-orlagrund", O,
    "Die Kreisvolkshochschule Orlagrund (in Trägerschaft des Landkreises)")
for o in ("lk-hainfelden", "jobcenter-hainfelden", "afa-graefenbrueck"):
    rel("jba-hainfelden", "carriedBy", o, O,
        "Sie wird gemeinsam vom Landkreis Hainfelden, dem Jobcenter Hainfelden und der Agentur für Arbeit Gräfenbrück getragen.")
rel("lk-hainfelden", "cooperatesWith", "stadt-muehlenroda", O,
    "Zusammen mit der Stadt Mühlenroda richtet der Landkreis am 21.09.2023 erstmals die Ausbildungsmesse „Zukunft konkret“ aus.")
rel("lk-hainfelden", "participatesIn", "startchancen", O,
    "Der Landkreis ist mit zwei Regelschulen am Startchancen-Programm beteiligt")
rel("amt-schulen-kita-graefenbrueck", "subOrganizationOf", "dezernat-iii-graefenbrueck", O,
    "Das Amt für Schulen und Kindertagesstätten gehört seit der Neugliederung 2022 zum Dezernat III – Bildung, Jugend und Sport.")
rel("bildungsbeirat-graefenbrueck", "chairedBy", "rossbach", O,
    "Der Gräfenbrücker Bildungsbeirat wird von Oberbürgermeister Steffen Roßbach geleitet.")
rel("rossbach", "memberOf", "stadt-graefenbrueck", O, "Oberbürgermeister Steffen Roßbach", role="Oberbürgermeister",
    note="mayor of the city (context: report of Stadt Gräfenbrück)")
for s in ("hochschule-graefenbrueck", "vhs-graefenbrueck", "stadtelternbeirat-graefenbrueck"):
    rel(s, "participatesIn", "bildungsbeirat-graefenbrueck", O,
        "Mitglieder sind u. a. die Hochschule Gräfenbrück, die Volkshochschule Gräfenbrück und der Stadtelternbeirat.")
rel("stadt-graefenbrueck", "participatesIn", "startchancen", O,
    "Die Stadt beteiligt sich mit vier Schulen am Startchancen-Programm.")
rel("stadt-muehlenroda", "participatesIn", "staedtenetzwerk-saaletal", O,
    "Mühlenroda ist Mitglied im Städtenetzwerk Bildung im Saaletal und hat dort 2023 die Sprecherrolle übernommen.",
    role="Mitglied; Sprecherrolle seit 2023")
rel("familienzentrum-muehlenroda", "carriedBy", "diakoniewerk-saaleland", O,
    "Das Familienzentrum Mühlenroda (Träger: Diakoniewerk Saaleland e. V.)")
rel("kbt", "cooperatesWith", "tls", O,
    "Die KBT und das Thüringer Landesamt für Statistik arbeiten seit 2022 auf Grundlage einer Kooperationsvereinbarung zusammen")

# K
rel("stadt-kranichfurt", "participatesIn", "bildungskommunen", K,
    "Die Stadt Kranichfurt nimmt seit dem 01.09.2023 am Programm ,,Bildungskommunen\" teil")
for o in ("bmbf", "esf-plus"):
    rel("bildungskommunen", "fundedBy", o, K,
        "das vom Bundesministerium fiir Bildung und Forschung (BMBF) und aus Mitteln des Europaischen Sozialfonds Plus "
        "(ESF Plus) gefordert wird")
rel("stadt-kranichfurt", "participatesIn", "bildung-integriert", K,
    "Bereits von 2016 bis 2021 war Kranichfurt am Vorgangerprogramm ,,Bildung integriert\" beteiligt.",
    note="former participation (2016-2021)")
rel("korkmaz-ried", "memberOf", "bildungsbuero-kranichfurt", K,
    "Die Projektleitung liegt bei Dr. Yasemin Korkmaz-Ried, Leiterin des Bildungsbiiros.", role="Leiterin")
rel("bildungsbuero-kranichfurt", "subOrganizationOf", "dezernat-jss-kranichfurt", K,
    "Das Bildungsbiiro ist als Stabsstelle dem Dezernat fiir Jugend, Schule und Soziales zugeordnet.")
rel("steuerungsgruppe-kranichfurt", "chairedBy", "ehlbeck", K,
    "unter Vorsitz der Stadtrétin fiir Bildung, Dr. Martina Ehlbeck, zweimal jahrlich tagt")
rel("ehlbeck", "memberOf", "stadt-kranichfurt", K, "Stadtrétin fiir Bildung, Dr. Martina Ehlbeck",
    role="Stadträtin für Bildung", note="OCR 'Stadtrétin fiir Bildung'")
for s in ("schulamt-kranichfurt", "afa-kranichfurt", "jobcenter-kranichfurt", "ihk-kranichfurt"):
    rel(s, "participatesIn", "steuerungsgruppe-kranichfurt", K,
        "in der Steuerungsgruppe sind das Staatliche Schulamt Kranichfurt, die Agentur fiir Arbeit Kranichfurt, das "
        "Jobcenter Kranichfurt und die Industrie- und Handelskammer Kranichfurt vertreten")
for s in ("amt-statistik-kranichfurt", "jugendamt-kranichfurt"):
    rel(s, "participatesIn", "ag-monitoring-kranichfurt", K,
        "Aufbau einer verwaltungsinternen AG Monitoring mit dem Amt fiir Statistik und Wahlen und dem Jugendamt",
        note="planned body")
for o in ("jugendamt-kranichfurt", "schulamt-kranichfurt"):
    rel("ag-kita-gs-kranichfurt", "carriedBy", o, K,
        "die gemeinsam vom Jugendamt und vom Staatlichen Schulamt Kranichfurt getragen wird")
for s in ("ihk-kranichfurt", "kreishandwerkerschaft-kranichfurt"):
    rel(s, "participatesIn", "ak-schule-wirtschaft-kranichfurt", K,
        "in dem die Industrie- und Handelskammer Kranichfurt, die Kreishandwerkerschaft Kranichfurt und die "
        "beruflichen Schulen mitarbeiten")
for o in ("afa-kranichfurt", "jobcenter-kranichfurt", "stadt-kranichfurt"):
    rel("jba-kranichfurt", "carriedBy", o, K,
        "Agentur fiir Arbeit Kranichfurt / Jobcenter Kranichfurt: Steuerungsgruppe Bildung, AP 5; beide bilden "
        "gemeinsam mit der Stadt die Jugendberufsagentur Kranichfurt")
rel("stadt-kranichfurt", "cooperatesWith", "umweltzentrum-kranichfurt", K,
    "Umsetzung der Kooperationsvereinbarung mit dem Umweltzentrum Kranichfurt e. V.")
rel("stadt-kranichfurt", "cooperatesWith", "tramo", K,
    "Zusammenarbeit mit der Transferagentur Moselhang fiir Kommunales Bildungsmanagement (TraMo), mit der die Stadt "
    "seit 2021 eine Zielvereinbarung verbindet")
for o in ("stadt-kranichfurt", "schulamt-kranichfurt"):
    rel("medienzentrum-kranichfurt", "carriedBy", o, K,
        "das als gemeinsame Einrichtung von der Stadt Kranichfurt und dem Staatlichen Schulamt Kranichfurt getragen wird")
for o, ev in (("schulamt-kranichfurt", "Staatliches Schulamt Kranichfurt: Steuerungsgruppe Bildung, AP 3, AP 4, AP 9"),
              ("afa-kranichfurt", "Agentur fiir Arbeit Kranichfurt / Jobcenter Kranichfurt: Steuerungsgruppe Bildung, AP 5"),
              ("jobcenter-kranichfurt", "Agentur fiir Arbeit Kranichfurt / Jobcenter Kranichfurt: Steuerungsgruppe Bildung, AP 5"),
              ("ihk-kranichfurt", "Industrie- und Handelskammer Kranichfurt, Kreishandwerkerschaft Kranichfurt: AP 5"),
              ("kreishandwerkerschaft-kranichfurt", "Industrie- und Handelskammer Kranichfurt, Kreishandwerkerschaft Kranichfurt: AP 5"),
              ("th-kranichfurt", "Technische Hochschule Kranichfurt: wissenschaftliche Begleitung des Bildungsmonitorings")):
    rel("stadt-kranichfurt", "cooperatesWith", o, K, ev,
        note="external partner in the list 'Kooperationspartner (Auswahl)' of the city's application")
for n, af, ev in ((3, "af-bildungsmonitoring", "AP 3 Bildungsmonitoring und Bildungsberichterstattung"),
                  (4, "af-uebergang-kita-grundschule", "AP 4 Ubergange Kita-Grundschule"),
                  (5, "af-uebergang-schule-beruf", "AP 5 Ubergang Schule-Beruf und Fachkrafte"),
                  (5, "af-fachkraeftesicherung", "AP 5 Ubergang Schule-Beruf und Fachkrafte"),
                  (6, "af-bne", "AP 6 Bildung fiir nachhaltige Entwicklung (BNE)"),
                  (7, "af-lebenslanges-lernen", "AP 7 Lebenslanges Lernen und Grundbildung"),
                  (7, "af-grundbildung", "AP 7 Lebenslanges Lernen und Grundbildung"),
                  (10, "af-digitalisierung", "sind Digitalisierung (AP 10)")):
    rel(f"ap-kranichfurt-{n}", "addressesActionField", af, K, ev)

# T
rel("tramo", "participatesIn", "transferinitiative", T, "TraMo ist Teil der Transferinitiative Kommunales Bildungsmanagement")
for o in ("bmbf", "esf-plus"):
    rel("tramo", "fundedBy", o, T,
        "Förderung der Agenturen durch das BMBF und aus Mitteln des Europäischen Sozialfonds Plus (ESF Plus)",
        note="TraMo is one of the agencies")
rel("tramo", "carriedBy", "kibr", T, "Träger: Kolberg-Institut für Bildung und Region e. V. (KIBR)")
rel("fachbeirat-tramo", "chairedBy", "vosskuhl", T,
    "ein Fachbeirat begleitet die Arbeit der Agentur; Vorsitz: Prof. Dr. Annegret Voßkuhl")
rel("vosskuhl", "memberOf", "hochschule-trevenach", T,
    "Prof. Dr. Annegret Voßkuhl, Vizepräsidentin der Hochschule Trevenach", role="Vizepräsidentin")
for s in ("mbi-rlp", "hmkb"):
    rel(s, "participatesIn", "fachbeirat-tramo", T,
        "im Fachbeirat vertreten: Ministerium für Bildung Rheinland-Pfalz, Hessisches Ministerium für Kultus, Bildung und Chancen")
for o, ev in (("stadt-trevenach", "Stadt Trevenach (RP) – seit 2020"),
              ("lk-glanhoehe", "Landkreis Glanhöhe (RP) – seit 2021"),
              ("stadt-kranichfurt", "Stadt Kranichfurt (HE) – seit 2021"),
              ("wetterbach-kreis", "Wetterbach-Kreis (HE) – seit 2022")):
    rel("tramo", "cooperatesWith", o, T, ev,
        note="slide 'Partnerkommunen (Zielvereinbarungen)'; Kirnwald ('in Vorbereitung') not counted")
rel("tramo", "participatesIn", "landesnetzwerk-bimo-rlp", T,
    "TraMo koordiniert das Landesnetzwerk Bildungsmonitoring Rheinland-Pfalz", role="Koordination")
for o in ("statla-rlp", "hsl"):
    rel("tramo", "cooperatesWith", o, T,
        "Kooperationspartner: Statistisches Landesamt Rheinland-Pfalz, Hessisches Statistisches Landesamt")
for s, ev, role in (("almbach", "Dr. Friederike Almbach – Leitung", "Leitung"),
                    ("harrer", "Benedikt Harrer – Landeskoordinator Rheinland-Pfalz", "Landeskoordinator Rheinland-Pfalz"),
                    ("wessendorf", "Jörg Wessendorf – Landeskoordinator Hessen", "Landeskoordinator Hessen"),
                    ("tuncel", "Dr. Esra Tunçel – Referentin Bildungsmonitoring", "Referentin Bildungsmonitoring"),
                    ("quast", "Marlene Quast – Projektassistenz", "Projektassistenz")):
    rel(s, "memberOf", "tramo", T, ev, role=role, note="team slide")

# Z
rel("semmelrath", "memberOf", "lk-kirnwald", Z, "vertreten durch die Landrätin Dr. Ulrike Semmelrath", role="Landrätin")
rel("tramo", "carriedBy", "kibr", Z, "in Trägerschaft des Kolberg-Instituts für Bildung und Region e. V.")
rel("almbach", "memberOf", "tramo", Z, "vertreten durch die Leiterin Dr. Friederike Almbach", role="Leiterin")
rel("tramo", "participatesIn", "transferinitiative", Z,
    "Die Transferagentur ist Teil der Transferinitiative Kommunales Bildungsmanagement")
for o in ("bmbf", "esf-plus"):
    rel("tramo", "fundedBy", o, Z, "wird vom Bundesministerium für Bildung und Forschung sowie aus dem ESF Plus gefördert")
rel("lk-kirnwald", "cooperatesWith", "tramo", Z,
    "Der Kreistag Kirnwald hat am 21.06.2022 beschlossen, ein kommunales Bildungsmanagement aufzubauen und hierzu mit "
    "der Transferagentur zusammenzuarbeiten", note="the agreement itself is the cooperation")
rel("kehrwieder", "memberOf", "abt5-kirnwald", Z, "Sebastian Kehrwieder, Leiter der Abteilung 5 – Schulen, Kultur und Bildung",
    role="Leiter")
rel("kehrwieder", "memberOf", "lk-kirnwald", Z, "Für den Landkreis: Sebastian Kehrwieder, Leiter der Abteilung 5",
    role="Leiter der Abteilung 5 – Schulen, Kultur und Bildung")
rel("wollgast", "memberOf", "bildungsbuero-kirnwald", Z, "Kristina Wollgast, Bildungskoordinatorin im Bildungsbüro",
    role="Bildungskoordinatorin")
rel("wollgast", "memberOf", "lk-kirnwald", Z, "Kristina Wollgast, Bildungskoordinatorin im Bildungsbüro",
    role="Bildungskoordinatorin im Bildungsbüro", note="listed as contact 'Für den Landkreis'")
rel("bildungsbuero-kirnwald", "subOrganizationOf", "abt5-kirnwald", Z,
    "Das Bildungsbüro ist als Stabsstelle der Abteilung 5 zugeordnet")
rel("abt5-kirnwald", "carriedBy", "lk-kirnwald", Z,
    "die Abteilung 5 ist eine Organisationseinheit der Kreisverwaltung Kirnwald")
rel("harrer", "memberOf", "tramo", Z, "Für die Transferagentur: Benedikt Harrer, Landeskoordinator Rheinland-Pfalz",
    role="Landeskoordinator Rheinland-Pfalz")
rel("steuerungsgruppe-kirnwald", "chairedBy", "semmelrath", Z, "eine Steuerungsgruppe Bildung ein, die von der Landrätin geleitet wird")
rel("steuerungsgruppe-kirnwald", "carriedBy", "lk-kirnwald", Z, "Der Landkreis richtet eine Steuerungsgruppe Bildung ein",
    note="set up by the district")
for s in ("abt3-kirnwald", "abt5-kirnwald", "kvhs-kirnwald", "afa-bad-sellhausen", "jobcenter-kirnwald"):
    rel(s, "participatesIn", "steuerungsgruppe-kirnwald", Z,
        "Ihr gehören die Abteilung 3 – Jugend und Familie, die Abteilung 5, die Kreisvolkshochschule Kirnwald, die "
        "Agentur für Arbeit Bad Sellhausen und das Jobcenter Kirnwald an")
rel("tramo", "participatesIn", "steuerungsgruppe-kirnwald", Z, "die Transferagentur nimmt beratend an den Sitzungen teil",
    role="beratend")
rel("kvhs-kirnwald", "carriedBy", "lk-kirnwald", Z,
    "Die Kreisvolkshochschule Kirnwald befindet sich in Trägerschaft des Landkreises")
rel("ausschuss-schulen-bildung-kirnwald", "subOrganizationOf", "kreistag-kirnwald", Z,
    "Der Ausschuss für Schulen und Bildung des Kreistags")
for s in ("afa-bad-sellhausen", "jobcenter-kirnwald", "hwk-mittelmosel"):
    rel(s, "participatesIn", "netzwerk-usb-kirnwald", Z,
        "in dem die Agentur für Arbeit Bad Sellhausen, das Jobcenter Kirnwald und die Handwerkskammer Mittelmosel mitwirken")
for n, af, ev in ((1, "af-bildungsmonitoring", "Aufbau eines datenbasierten Bildungsmonitorings"),
                  (3, "af-uebergang-schule-beruf", "Übergang Schule–Beruf und Fachkräftesicherung"),
                  (3, "af-fachkraeftesicherung", "Übergang Schule–Beruf und Fachkräftesicherung"),
                  (4, "af-lebenslanges-lernen", "Lebenslanges Lernen im ländlichen Raum"),
                  (4, "af-grundbildung", "Grundbildung und Weiterbildung in den Verbandsgemeinden sichtbar machen")):
    rel(f"zv-kirnwald-ziel-{n}", "addressesActionField", af, Z, ev,
        note="Anlage 1" + ("; first measure of goal 4" if af == "af-grundbildung" else ""))

# ---------------------------------------------------------------- transfer objects
ALLF = ["kurzbeschreibung", "produkttyp", "ausgangssituation", "ziele", "methoden", "ressourcen", "projektplan",
        "beteiligte_akteure", "marketing", "gelingensbedingungen", "herausforderungen", "anmerkungen",
        "transfer_adressaten"]
TOS = [
    dict(section="3.2.3.1", title="Stadtteilprofile Bildung", kbm_function="Daten", catalogue_page=13,
         empty=["anmerkungen"], missing=[],
         akteure=[("Bildungsbüro (Bildungsmonitoring, Federführung)", ["Bildungsbüro"]),
                  ("Statistikstelle im Hauptamt", ["Statistikstelle im Hauptamt"]),
                  ("Jugendamt (Kita-Bedarfsplanung)", ["Jugendamt"]),
                  ("Staatliches Schulamt Hohenrain", ["Staatliches Schulamt Hohenrain"]),
                  ("Statistisches Landesamt Baden-Württemberg", ["Statistisches Landesamt Baden-Württemberg"]),
                  ("Agentur für Arbeit Weidenbrunn", ["Agentur für Arbeit Weidenbrunn"])],
         akteure_hint=141),
    dict(section="3.3.3.1", title="Lenkungskreis Bildung", kbm_function="Diskurs", catalogue_page=20,
         empty=[], missing=[],
         akteure=[("Erste Bürgermeisterin (Vorsitz)", ["Erste Bürgermeisterin"]),
                  ("Bildungsbüro im Amt für Bildung, Schule und Sport (Geschäftsführung)", ["Bildungsbüro"]),
                  ("Staatliches Schulamt Hohenrain", ["Staatliches Schulamt Hohenrain"]),
                  ("Agentur für Arbeit Weidenbrunn, Jobcenter Weidenbrunn",
                   ["Agentur für Arbeit Weidenbrunn", "Jobcenter Weidenbrunn"]),
                  ("IHK Weidenbrunn-Kochenau, Handwerkskammer Weidenbrunn",
                   ["IHK Weidenbrunn-Kochenau", "Handwerkskammer Weidenbrunn"]),
                  ("Hochschule Weidenbrunn", ["Hochschule Weidenbrunn"])],
         akteure_hint=212),
]


def build():
    errors = []
    ids = {e["id"] for e in E}
    if len(ids) != len(E):
        errors.append("duplicate entity ids")
    byid = {e["id"]: e for e in E}

    # entity lines: mention starts, longest match wins between entities of the same document
    for e in E:
        e["lines"] = {}
    for doc in FILES:
        cands = [e for e in E if doc in e["docs"]]
        pats = []
        for e in cands:
            for a in {e["name"], *e["aliases"]}:
                pats.append((e["id"], re.compile(r"(?<!\w)" + re.escape(fold(norm(a))) + r"(?!\w)")))
        etype = {e["id"]: e["type"] for e in cands}

        def swallowed(h, o):
            # a place name or theme inside the name of another organisation/body/person does not count
            # as a mention of its own ("Kranichfurt" in "Staatliches Schulamt Kranichfurt");
            # inside measure or transfer-object titles it does ("AP 4 Ubergange Kita-Grundschule").
            return (o[0] != h[0] and o[1] <= h[1] and h[2] <= o[2] and (o[2] - o[1]) > (h[2] - h[1])
                    and etype[h[0]] in ("Municipality", "ActionField")
                    and etype[o[0]] not in ("Measure", "TransferObject"))

        def hits(s):
            m = [(eid, x.start(), x.end()) for eid, p in pats for x in p.finditer(s)]
            return [h for h in m if not any(swallowed(h, o) for o in m)]

        found = {}
        s, ln = MAPPED[(doc, True, True)]  # hyphenation repaired, OCR-folded
        for eid, a, b in hits(s):
            found.setdefault(eid, set()).add(ln[a])
        for e in cands:
            ls = sorted(found.get(e["id"], ()))
            sc = e.get("_scope")
            if sc:
                ls = [L for L in ls if any(x <= L <= y for x, y in sc)]
            if ls:
                e["lines"][doc] = ls
            else:
                errors.append(f"entity {e['id']}: no mention found in {doc}")

    # relations
    out_r = []
    seen = set()
    for r in R:
        for k in ("subject", "object"):
            if r[k] not in ids:
                errors.append(f"unknown id {r[k]}")
        key = (r["subject"], r["predicate"], r["object"], r["doc"])
        if key in seen:
            errors.append(f"duplicate triple {key}")
        seen.add(key)
        L = find_line(r["doc"], r["evidence"], r.pop("_hint"))
        if L is None:
            errors.append(f"evidence not found in {r['doc']}: {r['evidence']!r}")
            continue
        rr = dict(subject=r["subject"], predicate=r["predicate"], object=r["object"], doc=r["doc"], line=L,
                  evidence=r["evidence"])
        if "role" in r:
            rr["role"] = r["role"]
        if "note" in r:
            rr["note"] = r["note"]
        out_r.append(rr)

    # transfer objects
    out_t = []
    for t in TOS:
        head = f"{t['section']} {t['title']}"
        start = [i + 1 for i, l in enumerate(LINES[W]) if l.strip() == head]
        if len(start) != 1:
            errors.append(f"mask heading not unique/found: {head}")
            continue
        ak = []
        for text, actors in t["akteure"]:
            L = find_line(W, text, t["akteure_hint"], span=1)
            if L is None:
                errors.append(f"akteur not found {text}")
            ak.append(dict(text=text, line=L, actors=actors))
        present = [f for f in ALLF if f not in t["empty"] and f not in t["missing"]]
        out_t.append(dict(section=t["section"], title=t["title"], kbm_function=t["kbm_function"],
                          catalogue_page=t["catalogue_page"], start_line=start[0], fields_present=present,
                          fields_empty=t["empty"], fields_missing=t["missing"], beteiligte_akteure=ak, doc=W))

    if errors:
        print("\n".join(errors))
        sys.exit(1)

    out_e = []
    for e in E:
        e.pop("_scope", None)
        d = dict(id=e["id"], type=e["type"], name=e["name"], aliases=e["aliases"], docs=e["docs"], lines=e["lines"])
        for k in ("role", "affiliation", "role_only", "note"):
            if k in e:
                d[k] = e[k]
        out_e.append(d)
    GOLD.mkdir(exist_ok=True)
    for name, obj in (("entities.json", out_e), ("relations.json", out_r), ("transfer_objects.json", out_t)):
        (GOLD / name).write_text(json.dumps(obj, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {len(out_e)} entities, {len(out_r)} relations, {len(out_t)} transfer objects")


if __name__ == "__main__":
    build()
