#!/usr/bin/env python3
"""Builds gold/*.json for the h28 set from hand-written annotations (run: python3 tools/build_gold.py).

Entity lines are computed from surface forms (case-sensitive, letter boundaries),
with manual overrides where a form is ambiguous. Relation lines are located from
their evidence strings (whitespace-normalised, may continue over following lines).
"""
import json, os, re, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.join(ROOT, "corpus")
GOLD = os.path.join(ROOT, "gold")

KAT = "gundelsried-transferkatalog-auszug"
WAP = "wendelsau-arbeitspakete-bildungskommune"
KV = "gundelsried-wendelsau-kooperationsvereinbarung"
PROT = "steuerungsgruppe-bildungsregion-protokoll-2025-03"
PRES = "bildungskommune-wendelsau-sachstand-2024"
DOCS = {KAT: "txt", WAP: "txt", KV: "txt", PROT: "md", PRES: "txt"}

TEXT = {d: open(os.path.join(CORPUS, f"{d}.{ext}"), encoding="utf-8").read() for d, ext in DOCS.items()}
LINES = {d: t.split("\n") for d, t in TEXT.items()}


def build_norm(doc, dehyphen=False):
    """normalised text of the whole doc + list mapping char index -> 1-based line."""
    out, lmap = [], []
    lines = LINES[doc]
    for i, line in enumerate(lines, 1):
        l = re.sub(r"\s+", " ", line).strip()
        if not l:
            continue
        if out:
            prev = out[-1]
            if dehyphen and prev.endswith("-") and len(prev) > 1 and prev[-2].isalpha() and l[:1].islower():
                out[-1] = prev[:-1]
                lmap[-1] = lmap[-1][:-1]
            else:
                out.append(" ")
                lmap.append(lmap[-1][-1:] if False else [i])
        out.append(l)
        lmap.append([i] * len(l))
    s = "".join(out)
    flat = []
    for m in lmap:
        flat.extend(m)
    assert len(flat) == len(s), (len(flat), len(s))
    return s, flat


NORM = {d: build_norm(d) for d in DOCS}
NORM_DH = {d: build_norm(d, True) for d in DOCS}


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def find_spans(doc, form, variant, boundary=True):
    s, lm = (NORM if variant == 0 else NORM_DH)[doc]
    f = norm(form)
    out = []
    start = 0
    while f:
        k = s.find(f, start)
        if k < 0:
            break
        ok = True
        if boundary:
            if k > 0 and s[k - 1].isalnum():
                ok = False
            e = k + len(f)
            if e < len(s) and s[e].isalnum():
                ok = False
        if ok:
            out.append((k, k + len(f)))
        start = k + 1
    return out


def line_of(doc, variant, k):
    return (NORM if variant == 0 else NORM_DH)[doc][1][k]


def find_lines(doc, form, boundary=True):
    res = set()
    for v in (0, 1):
        for k, e in find_spans(doc, form, v, boundary):
            res.add(line_of(doc, v, k))
    return sorted(res)


# --------------------------------------------------------------------------------------
# ENTITIES: id, type, name, aliases, extra
# extra keys: lines (manual dict), noline (forms not used for line finding),
# exclude (dict doc -> [lines]), add (dict doc->[lines]), other keys copied into output
# --------------------------------------------------------------------------------------
E = []


def ent(id, type, name, aliases=(), **kw):
    E.append(dict(id=id, type=type, name=name, aliases=list(aliases), **kw))


# ---- Municipalities
ent("stadt-gundelsried", "Municipality", "Stadt Gundelsried",
    ["Gundelsried", "kreisfreie Stadt Gundelsried", "kreisfreien Stadt Gundelsried", "Stadt"],
    noline=["Gundelsried", "Stadt"],
    add={KAT: [8, 83, 308, 383], KV: [7, 38, 47, 62, 78, 96, 126, 348, 352], PROT: [94],
         PRES: [79, 87], WAP: [29]},
    note="kreisfreie Stadt in Bayern; bare 'Stadt' counted only where it refers to Gundelsried.")
ent("lk-wendelsau", "Municipality", "Landkreis Wendelsau",
    ["Landkreises Wendelsau", "Landkreis", "Landkreises", "LK"],
    noline=["Landkreis", "Landkreises"],
    add={KAT: [66, 187, 308], WAP: [8, 12, 15, 26, 35], KV: [38, 62, 97, 126, 353], PRES: [37]},
    note="Landkreis in Bayern; 'LK' used in the agreement and minutes.")
ent("pfaffenkirch", "Municipality", "Pfaffenkirch", [], lines={WAP: [19]},
    note="Mittelzentrum im Landkreis Wendelsau; in KAT only as part of 'Mittelschule Pfaffenkirch'.")
ent("altenstreu", "Municipality", "Altenstreu", [], lines={WAP: [19]},
    note="Mittelzentrum im Landkreis Wendelsau.")
ent("lk-siebenlinden", "Municipality", "Landkreis Siebenlinden", [])
ent("stadt-brennhausen", "Municipality", "Stadt Brennhausen", [])
ent("stadt-leipzig", "Municipality", "Stadt Leipzig", [], note="real city, cited as origin of the Produktmaske.")

# ---- Organizations: Landkreis / Landratsamt
ent("lra-wendelsau", "Organization", "Landratsamt Wendelsau",
    ["Landratsamts Wendelsau", "Landratsamt", "Landratsamts"],
    subtype="AdministrativeUnit")
ent("gb1-lra", "Organization", "Geschäftsbereich 1 – Zentrale Dienste (Landratsamt Wendelsau)",
    ["Geschäftsbereich 1 – Zentrale Dienste", "Geschäftsbereich 1"], subtype="AdministrativeUnit")
ent("gb2-lra", "Organization", "Geschäftsbereich 2 – Bildung, Jugend und Soziales (Landratsamt Wendelsau)",
    ["Geschäftsbereich 2 – Bildung, Jugend und Soziales", "Geschaftsbereich 2 — Bildung, Jugend und Soziales",
     "Geschäftsbereichs 2 – Bildung, Jugend und Soziales", "Geschäftsbereich 2", "GB 2"],
    subtype="AdministrativeUnit")
ent("gb3-lra", "Organization", "Geschäftsbereich 3 – Bauen und Umwelt (Landratsamt Wendelsau)",
    ["Geschäftsbereich 3 – Bauen und Umwelt"], subtype="AdministrativeUnit")
ent("sg21-kreisjugendamt", "Organization", "Sachgebiet 21 – Kreisjugendamt (Landratsamt Wendelsau)",
    ["Kreisjugendamt", "Sachgebiet 21 – Kreisjugendamt", "Sachgebiet 21"], subtype="AdministrativeUnit")
ent("sg22-lra", "Organization", "Sachgebiet 22 – Schulen, Bildung und Kultur (Landratsamt Wendelsau)",
    ["Sachgebiet 22 – Schulen, Bildung und Kultur", "Sachgebiet 22 — Schulen, Bildung und Kultur",
     "Sachgebiet 22"], subtype="AdministrativeUnit")
ent("sg23-lra", "Organization", "Sachgebiet 23 – Soziales und Senioren (Landratsamt Wendelsau)",
    ["Sachgebiet 23 – Soziales und Senioren"], subtype="AdministrativeUnit")
ent("sg24-lra", "Organization", "Sachgebiet 24 – Integration und Migration (Landratsamt Wendelsau)",
    ["Sachgebiet 24 — Integration und Migration", "Sachgebiet 24 – Integration und Migration", "Sachgebiet 24"],
    subtype="AdministrativeUnit")
ent("bildungsbuero-wendelsau", "Organization", "Bildungsbüro des Landkreises Wendelsau",
    ["Bildungsbüro des Landkreises Wendelsau", "Bildungsbüro des Landkreises", "Bildungsbüros des Landkreises",
     "Bil- dungsbüro des Landkreises Wendelsau", "Bildungsbüro LK", "Bildungsbiiro", "Bildungsbüro"],
    subtype="AdministrativeUnit",
    lines={KAT: [59, 62, 116, 135, 391], WAP: [5, 24], KV: [49, 62, 113, 146, 202, 251, 264],
           PROT: [31, 32, 73, 82, 103, 111], PRES: [8, 48, 52, 54, 59, 125, 136, 142, 154, 160, 179]})
ent("stabsstelle-kreisentwicklung", "Organization",
    "Stabsstelle Kreisentwicklung und Wirtschaftsförderung (Landratsamt Wendelsau)",
    ["Stabsstelle Kreisentwicklung und Wirtschaftsförderung",
     "Stabsstelle Kreisent- wicklung und Wirtschaftsförderung"], subtype="AdministrativeUnit")
ent("schulamt-lk-wendelsau", "Organization", "Staatliches Schulamt im Landkreis Wendelsau",
    ["Staatlichen Schulamt im Landkreis Wendelsau", "Staatlichen Schul- amt im Landkreis Wendelsau",
     "Staatliches Schulamt", "Staatlichen Schulämter", "Staatlichen Schulämtern"],
    lines={KAT: [61, 112, 138, 198], WAP: [34], KV: [50], PROT: [36], PRES: [75, 142]},
    note="state school authority for the Landkreis; plural mentions ('beide Staatlichen Schulämter') counted for both Schulämter.")
ent("jobcenter-wendelsau", "Organization", "Jobcenter Landkreis Wendelsau", ["Jobcenter"])
ent("kvhs-wendelsau", "Organization", "Kreisvolkshochschule Wendelsau e.V.",
    ["Kreisvolkshochschule Wendelsau", "kvhs", "Kreisvolkshochschule"])
ent("kjr-wendelsau", "Organization", "Kreisjugendring Wendelsau",
    ["KJR", "Kreisjugendrings Wendelsau", "Kreisjugendring", "Kreisjugendrings"])
ent("keb-wendelsau", "Organization", "Katholische Erwachsenenbildung im Landkreis Wendelsau e.V.", ["KEB"])
ent("caritas-wendelsau", "Organization", "Caritasverband für den Landkreis Wendelsau e.V.", [])
ent("kreishandwerkerschaft-wendelsau", "Organization", "Kreishandwerkerschaft Wendelsau", [])
ent("umweltstation-rettenau", "Organization", "Umweltstation Auwald Rettenau", ["Umweltstation"])
ent("grundschule-am-muehlbach", "Organization", "Grundschule am Mühlbach (Gundelsried)", ["Grundschule am Mühlbach"])
ent("mittelschule-gundelsried-nord", "Organization", "Mittelschule Gundelsried-Nord", [])
ent("grafikbuero-lechner-wimmer", "Organization", "Grafikbüro Lechner & Wimmer", [])
ent("bsz-wendelsau", "Organization", "Staatliches Berufliches Schulzentrum Wendelsau", [])
ent("mittelschule-pfaffenkirch", "Organization", "Mittelschule Pfaffenkirch", [])

# ---- Organizations: Stadt Gundelsried
ent("referat-bildung-gundelsried", "Organization", "Referat für Bildung, Schule und Sport (Stadt Gundelsried)",
    ["Referat für Bildung, Schule und Sport", "Referats für Bildung, Schule und Sport", "Referat 4"],
    subtype="AdministrativeUnit")
ent("bildungsbuero-gundelsried", "Organization", "Bildungsbüro der Stadt Gundelsried",
    ["Bildungsbüro der Stadt Gundelsried", "Bildungsbüros der Stadt Gundelsried", "Bildungsbüro der Stadt",
     "Bildungsbüro Stadt", "Bildungsbüro"],
    subtype="AdministrativeUnit",
    lines={KAT: [8, 59, 117, 134, 214, 238, 243, 248, 384, 387, 390], KV: [49, 55, 62, 113, 178, 227, 251, 264],
           PROT: [8, 24, 25, 73, 103]})
ent("amt-stadtentwicklung-statistik", "Organization", "Amt für Stadtentwicklung und Statistik (Stadt Gundelsried)",
    ["Amt für Stadtentwicklung und Statistik", "Amt für Stadtent- wicklung und Statistik"],
    subtype="AdministrativeUnit")
ent("vhs-gundelsried", "Organization", "Volkshochschule Gundelsried", ["VHS"])
ent("sjr-gundelsried", "Organization", "Stadtjugendring Gundelsried",
    ["SJR", "Stadtjugendrings Gundelsried", "Stadtjugendring"])
ent("schulamt-stadt-gundelsried", "Organization", "Staatliches Schulamt in der Stadt Gundelsried",
    ["Staatlichen Schulämter", "Staatlichen Schulämtern"], lines={KAT: [61, 112, 137, 263], KV: [50], PROT: [37]},
    note="plural mentions ('beide Staatlichen Schulämter') counted for both Schulämter.")

# ---- Organizations: regional / external
ent("tbn", "Organization", "Transferstelle Bildungsmanagement Nordgau",
    ["TBN", "Transferstelle Bildungsmanagement Nordgau (TBN)", "Transferstelle"],
    note="invented Transferagentur-like advisory partner.")
ent("ibre", "Organization", "Institut für Bildung und Regionalentwicklung e.V.", ["IBRE", "IBRE e.V."])
ent("ihk-gundelsried-wendelsau", "Organization", "IHK Gundelsried-Wendelsau", ["IHK"])
ent("hwk-nordgau", "Organization", "Handwerkskammer Nordgau", ["HWK", "Handwerkskammer"])
ent("afa-gundelsried", "Organization", "Agentur für Arbeit Gundelsried", ["Agentur für Arbeit"])
ent("th-gundelsried", "Organization", "Technische Hochschule Gundelsried",
    ["TH Gundelsried", "Technischen Hochschule Gundelsried"])
ent("isf-th-gundelsried", "Organization", "Institut für Sozialforschung (ISF) der Technischen Hochschule Gundelsried",
    ["Institut für Sozialforschung", "ISF", "Institut für Sozialforschung (ISF)"],
    noline=["Institut für Sozialforschung (ISF) der Technischen Hochschule Gundelsried"])
ent("stiftung-hollerbach", "Organization", "Hollerbach-Stiftung für Bildung und Teilhabe",
    ["Hollerbach-Stiftung", "Hollerbach- Stiftung für Bildung und Teilhabe", "Stiftung"],
    noline=["Stiftung"], add={KAT: [344]})
ent("sparkasse-gundelsried-wendelsau", "Organization", "Sparkasse Gundelsried-Wendelsau", [])
ent("bmbf", "Organization", "Bundesministerium für Bildung und Forschung",
    ["BMBF", "Bundesministeriums fiir Bildung und Forschung"])
ent("stmuk", "Organization", "Bayerisches Staatsministerium für Unterricht und Kultus",
    ["Bayerischen Staatsministe- rium für Unterricht und Kultus", "Kultusministerium"],
    lines={KAT: [32], PROT: [75]})
ent("landesamt-statistik-bayern", "Organization", "Bayerisches Landesamt für Statistik", [])
ent("reisinger-guss", "Organization", "Reisinger Präzisionsguss GmbH & Co. KG", [])
ent("brandl-kunststoff", "Organization", "Brandl Kunststofftechnik GmbH", [])

# ---- Bodies
ent("bildungsregion-gw", "Body", "Bildungsregion Gundelsried – Wendelsau",
    ["Bildungsregion Gundelsried — Wendelsau", "„Bildungsregion Gundelsried – Wendelsau“", "Bildungsregion"],
    noline=["Bildungsregion"], exclude={KAT: [180], KV: [44], PROT: [3], PRES: [78]},
    note="cooperation structure of Stadt and Landkreis (compare 'Kennzahlenvergleich' as Body in the shared gold).")
ent("steuerungsgruppe-bildungsregion", "Body", "Steuerungsgruppe Bildungsregion Gundelsried – Wendelsau",
    ["Steuerungsgruppe Bildungsregion", "Steuerungsgruppe"],
    exclude={PROT: [], KV: []})
ent("ag-bildungsmonitoring", "Body", "AG Bildungsmonitoring",
    ["interkommunale AG Bildungsmonitoring", "AG Bil- dungsmonitoring"])
ent("bildungsbeirat-gundelsried", "Body", "Bildungsbeirat der Stadt Gundelsried",
    ["Bildungsbeirat", "Bildungsbeirat der Stadt"],
    lines={KAT: [183, 213, 236, 258], KV: [158], PROT: [123]},
    note="advisory body of the Stadtrat; also the subject of mask 4.3.3.2 (see to-4.3.3.2).")
ent("bildungsbeirat-wendelsau", "Body", "Bildungsbeirat des Landkreises Wendelsau",
    ["Bildungsbeirat des Landkreises", "Bildungsbeirates fiir den Landkreis", "Bildungsbeirats", "Bildungsbeirat"],
    lines={KAT: [184], WAP: [25], KV: [159], PROT: [122], PRES: [71, 134, 154]})
ent("lenkungsgruppe-bildung-lk", "Body", "Lenkungsgruppe Bildung (Landratsamt Wendelsau)",
    ["Lenkungsgruppe Bildung", "verwaltungsinternen Lenkungsgruppe Bildung"])
ent("fachkraefteallianz-wendelsau", "Body", "Fachkräfteallianz Wendelsau",
    ["Fachkrafteallianz Wendelsau", "Allianz"], noline=["Allianz"], add={KAT: [191]})
ent("ak-schulewirtschaft-wendelsau", "Body", "Arbeitskreis SCHULEWIRTSCHAFT Wendelsau",
    ["Arbeitskreis SCHULEWIRTSCHAFT", "Arbeitskreis"], noline=["Arbeitskreis"], add={KAT: [196]})
ent("lotsenrunde", "Body", "Lotsenrunde (Übergangslotsen Schule – Beruf)", ["Lotsenrunde"])
ent("stadtrat-gundelsried", "Body", "Stadtrat der Stadt Gundelsried",
    ["Stadtrat", "Stadtrats", "Stadtrat der Stadt Gundelsried"],
    exclude={KV: [47], PROT: [23]},
    note="'berufsmäßiger Stadtrat' (role of Michael Brunnhuber) is not a mention of the body.")
ent("kreistag-wendelsau", "Body", "Kreistag Wendelsau", ["Kreistag", "Kreistags"])
ent("bildungsausschuss-kreistag", "Body", "Ausschuss für Bildung, Kultur und Sport des Kreistags Wendelsau",
    ["Ausschusses für Bildung, Kultur und Sport des Kreistags", "Bildungsausschuss des Kreistags"])
ent("jugendhilfeausschuss-gundelsried", "Body", "Jugendhilfeausschuss (Stadt Gundelsried)", ["Jugendhilfeausschuss"])
ent("schulausschuss-gundelsried", "Body", "Schulausschuss (Stadt Gundelsried)", ["Schulausschuss"])
ent("elternbeirat-gundelsried", "Body", "Gemeinsamer Elternbeirat der Gundelsrieder Grund- und Mittelschulen", [])
ent("integrationsbeirat-gundelsried", "Body", "Integrationsbeirat der Stadt Gundelsried", [])
ent("bne-netzwerk", "Body", "BNE-Netzwerk Wendelsau",
    ["BNE-Netzwerk der Bildungsregion", "BNE-Netzwerks Wendelsau", "BNE-Netzwerk", "BNE-Netzwerks"])
ent("netzwerk-fruehe-bildung", "Body", "Netzwerk Frühe Bildung Wendelsau", ["Netzwerks Friihe Bildung Wendelsau"])
ent("runder-tisch-integration", "Body", "Runder Tisch Integration Wendelsau",
    ["Runden Tisch Integration Wendelsau", "Runder Tisch Integration"])
ent("bildungskonferenz-wendelsau", "Body", "Bildungskonferenz Wendelsau", [])
ent("bildungskonferenz-bildungsregion", "Body", "Gemeinsame Bildungskonferenz der Bildungsregion",
    ["gemeinsame Bildungskonferenz der Bildungsregion", "gemeinsame Konferenz der Bildungsregion",
     "Gemeinsame Bildungskonferenz 2025", "gemeinsame Bildungskonferenz"])
ent("vorbereitungsgruppe-bildungskonferenz", "Body", "Vorbereitungsgruppe der Bildungskonferenz 2025",
    ["Vorbereitungsgruppe"])
ent("referentenrunde-gundelsried", "Body", "Referentenrunde (Stadt Gundelsried)", ["Referentenrunde"])

# ---- Programmes
ent("bildungskommunen", "Programme", "Bildungskommunen",
    ["„Bildungskommunen“", "Bildungskommune", "Förderprogramm „Bildungskommunen“"],
    note="real federal programme (BMBF/ESF Plus).")
ent("esf-plus", "Programme", "Europäischer Sozialfonds Plus (ESF Plus)",
    ["ESF Plus", "Europäischen Sozialfonds Plus", "Europaischen Sozialfonds Plus"])
ent("bildungsregion-bayern", "Programme", "Bildungsregionen in Bayern",
    ["Bildungsregion in Bayern", "„Bildungsregion in Bayern“"], note="real Bavarian initiative / quality seal.")
ent("bildung-integriert", "Programme", "Bildung integriert", [",,Bildung integriert\""])
ent("lernen-vor-ort", "Programme", "Lernen vor Ort", ["„Lernen vor Ort“"])
ent("transferinitiative-kbm", "Programme", "Transferinitiative Kommunales Bildungsmanagement", [])
ent("kommunale-koordinierung-neuzugewanderte", "Programme",
    "Kommunale Koordinierung der Bildungsangebote für Neuzugewanderte",
    ["Kommunalen Koordinierung der Bildungsangebote fiir Neuzugewanderte"])
ent("startchancen", "Programme", "Startchancen-Programm", [], note="real federal-state programme (context).")
ent("berufseinstiegsbegleitung", "Programme", "Berufseinstiegsbegleitung", [],
    note="existing support offer named as something the Übergangslotsen must be distinguished from.")
ent("jas", "Programme", "Jugendsozialarbeit an Schulen (JaS)", ["Jugendsozialarbeit an Schulen", "JaS"])

# ---- Persons
def person(id, name, aliases, role, affiliation, **kw):
    ent(id, "Person", name, aliases, role=role, affiliation=affiliation, **kw)


person("renate-eichhorn-vogl", "Dr. Renate Eichhorn-Vogl", ["Renate Eichhorn-Vogl", "Dr. Eichhorn-Vogl"],
       "Oberbürgermeisterin", "Stadt Gundelsried")
person("georg-wachinger", "Georg Wachinger", ["Landrat Georg Wachinger", "Landrat Wachinger", "Wachinger"],
       "Landrat", "Landkreis Wendelsau")
person("michael-brunnhuber", "Michael Brunnhuber", ["Herrn Brunnhuber"],
       "berufsmäßiger Stadtrat, Leiter des Referats für Bildung, Schule und Sport", "Stadt Gundelsried")
person("sabine-ertl", "Sabine Ertl", ["SE", "Frau Ertl"], "Leiterin des Bildungsbüros", "Stadt Gundelsried")
person("jonas-kiermeier", "Jonas Kiermeier", ["JK", "Herr Kiermeier"], "Bildungsmonitoring, Bildungsbüro",
       "Stadt Gundelsried")
person("martina-oberprieler", "Dr. Martina Oberprieler", ["Frau Dr. Oberprieler"],
       "Leiterin des Geschäftsbereichs 2 – Bildung, Jugend und Soziales", "Landratsamt Wendelsau")
person("stefan-poellmann", "Stefan Pöllmann", ["SP", "Herr Pöllmann"], "Leiter des Bildungsbüros",
       "Landratsamt Wendelsau")
person("katharina-zellner", "Katharina Zellner", ["KZ", "Frau Zellner", "K. Zellner"],
       "Bildungsmonitoring, Bildungsbüro", "Landratsamt Wendelsau")
person("christian-haslbeck", "Christian Haslbeck", ["Herr Haslbeck"], "Schulamtsdirektor",
       "Staatliches Schulamt im Landkreis Wendelsau")
person("gertraud-lindinger", "Gertraud Lindinger", ["Frau Lindinger"], "fachliche Leiterin",
       "Staatliches Schulamt in der Stadt Gundelsried")
person("sandra-mittermeier", "Sandra Mittermeier", ["Frau Mittermeier"], "Teamleiterin Berufsberatung",
       "Agentur für Arbeit Gundelsried")
person("nadine-schwarzfischer", "Nadine Schwarzfischer", ["Frau Schwarzfischer"],
       "Bereichsleiterin Markt und Integration", "Jobcenter Landkreis Wendelsau")
person("markus-dietl", "Markus Dietl", ["Herr Dietl"], "Bereichsleiter Aus- und Weiterbildung",
       "IHK Gundelsried-Wendelsau")
person("johann-pfeilschifter", "Johann Pfeilschifter", ["Herr Pfeilschifter"], "Leiter der Ausbildungsberatung",
       "Handwerkskammer Nordgau")
person("claudia-weinzierl", "Prof. Dr. Claudia Weinzierl", ["Prof. Dr. Weinzierl"],
       "Vizepräsidentin für Studium und Lehre", "Technische Hochschule Gundelsried")
person("hannes-rieder", "Dr. Hannes Rieder", ["Dr. Rieder"], "Leiter der Transferstelle",
       "Transferstelle Bildungsmanagement Nordgau (TBN)")
person("lea-sommerauer", "Lea Sommerauer", ["LS", "Frau Sommerauer"], "Referentin für Prozessbegleitung",
       "Transferstelle Bildungsmanagement Nordgau (TBN)")
person("verena-maier-lindl", "Verena Maier-Lindl", [], "Vorsitzende", "Kreisjugendring Wendelsau")
person("tobias-gruber", "Tobias Gruber", ["Herr Gruber"], "Projektkoordinator Übergangslotsen",
       "Kreisjugendring Wendelsau")
person("elisabeth-ganghofer", "Elisabeth Ganghofer", ["Frau Ganghofer"], "Vorständin",
       "Hollerbach-Stiftung für Bildung und Teilhabe")
person("dominik-fuchs", "Dominik Fuchs", [], "Geschäftsführer", "Stadtjugendring Gundelsried")
person("andreas-frischholz", "Andreas Frischholz", [], "nicht angegeben (in Klammern hinter der Stabsstelle genannt)",
       "Stabsstelle Kreisentwicklung und Wirtschaftsförderung, Landratsamt Wendelsau")
person("monika-stangl", "Monika Stangl", [], "Leitung Sachgebiet 21 – Kreisjugendamt", "Landratsamt Wendelsau")
person("birgit-lehner", "Birgit Lehner", [], "Leitung Sachgebiet 22 – Schulen, Bildung und Kultur",
       "Landratsamt Wendelsau")
person("tobias-hainz", "Tobias Hainz", [], "Bildungskoordination für Neuzugewanderte",
       "Sachgebiet 24 – Integration und Migration, Landratsamt Wendelsau")
person("sevgi-aydin", "Sevgi Aydın", [], "Verwaltung und Öffentlichkeitsarbeit (Teilzeit)",
       "Bildungsbüro, Landratsamt Wendelsau")
person("reinhold-achatz", "Reinhold Achatz", [], "Ausbildungsleiter", "Brandl Kunststofftechnik GmbH")
person("andrea-hofstetter", "Andrea Hofstetter", ["Schulrätin Andrea Hofstetter"], "Schulrätin",
       "Staatliches Schulamt im Landkreis Wendelsau")

# ---- Action fields
ent("af-fruehkindliche-bildung", "ActionField", "Frühkindliche Bildung",
    ["Frühe Bildung", "Friihe Bildung", "frühkindlichen Bildung"])
ent("af-uebergang-kita-grundschule", "ActionField", "Übergang Kita – Grundschule",
    ["Ubergang Kita—Grundschule", "Übergang Kita – Grundschule"])
ent("af-ganztag", "ActionField", "Ganztag", ["Ganztag an Grundschulen"])
ent("af-uebergang-schule-beruf", "ActionField", "Übergang Schule – Beruf",
    ["Ubergang Schule—Beruf", "Übergang Schule – Beruf"])
ent("af-berufsorientierung", "ActionField", "Berufsorientierung", ["Berufliche Orientierung"])
ent("af-fachkraeftesicherung", "ActionField", "Fachkräftesicherung", ["Fachkraftesicherung"])
ent("af-weiterbildung", "ActionField", "Weiterbildung", ["Weiterbildungsindikatoren"],
    noline=["Weiterbildungsindikatoren"], add={PRES: [146]}, exclude={PROT: [40]},
    note="PROT l.40 'Bereichsleiter Aus- und Weiterbildung' is a job title, not counted.")
ent("af-lebenslanges-lernen", "ActionField", "Lebenslanges Lernen", ["lebenslangen Lernens"])
ent("af-bildungsberatung", "ActionField", "Bildungsberatung", [])
ent("af-bne", "ActionField", "Bildung für nachhaltige Entwicklung (BNE)",
    ["BNE", "Bildung für nachhaltige Entwicklung", "Bildung fiir nachhaltige Entwicklung"],
    exclude={})
ent("af-integration", "ActionField", "Integration durch Bildung", ["Bildung und Zuwanderung"])
ent("af-bildungsmonitoring", "ActionField", "Bildungsmonitoring", [],
    exclude={PROT: [25, 32], PRES: [57, 148]},
    note="'Bildungsmonitoring' as a staff function in participant lists is not counted.")
ent("af-bildungsuebergaenge", "ActionField", "Bildungsübergänge", ["Ubergange"])
ent("af-demokratiebildung", "ActionField", "Demokratiebildung und Jugendbeteiligung",
    ["Demokratiebildung", "Jugendbeteiligung"])
ent("af-elternarbeit", "ActionField", "Elternarbeit", [])

# ---- Transfer objects
ent("to-4.2.3.1", "TransferObject", "Bildungsdatenatlas „Bildung in Zahlen“",
    ["Bildungsdatenatlas", "Bildung in Zahlen", "Bildungs- datenatlas ,,Bildung in Zahlen\"", "Datenatlas"],
    section="4.2.3.1")
ent("to-4.3.3.2", "TransferObject", "Bildungsbeirat der Stadt Gundelsried", [], section="4.3.3.2",
    lines={KAT: [21, 183, 204, 254]},
    note="mask title; the body itself is bildungsbeirat-gundelsried.")
ent("to-4.5.3.4", "TransferObject", "Übergangslotsen Schule – Beruf",
    ["Übergangslotsen", "Ubergangslotsen"], section="4.5.3.4")

# ---- Measures
def measure(id, kind, name, aliases, doc, line, **kw):
    ent(id, "Measure", name, aliases, measure_kind=kind, lines={doc: [line]}, **kw)


# work packages (WAP)
measure("wap-ap01", "work_package", "Bestandsaufnahme und Feinplanung",
        ["AP 1 Bestandsaufnahme und Feinplanung"], WAP, 15, number="AP 1")
measure("wap-ap02", "work_package", "Bildungsleitbild für den Landkreis",
        ["AP 2 Bildungsleitbild fiir den Landkreis", "Bildungsleitbild fiir den Landkreis"], WAP, 18, number="AP 2")
measure("wap-ap03", "work_package", "Steuerungs- und Gremienstruktur",
        ["AP 3 Steuerungs- und Gremienstruktur"], WAP, 22, number="AP 3")
measure("wap-ap04", "work_package", "Bildungskonferenzen", ["AP 4 Bildungskonferenzen"], WAP, 28, number="AP 4")
measure("wap-ap05", "work_package", "Bildungsmonitoring und Bildungsberichterstattung",
        ["AP 5 Bildungsmonitoring und Bildungsberichterstattung"], WAP, 32, number="AP 5")
measure("wap-ap06", "work_package", "Frühe Bildung und Übergang Kita–Grundschule",
        ["AP 6 Friihe Bildung und Ubergang Kita—Grundschule", "Friihe Bildung und Ubergang Kita—Grundschule"],
        WAP, 37, number="AP 6")
measure("wap-ap07", "work_package", "Ganztag", ["AP 7 Ganztag"], WAP, 41, number="AP 7")
measure("wap-ap08", "work_package", "Übergang Schule–Beruf und Berufsorientierung",
        ["AP 8 Ubergang Schule—Beruf und Berufsorientierung", "Ubergang Schule—Beruf und Berufsorientierung"],
        WAP, 46, number="AP 8")
measure("wap-ap09", "work_package", "Fachkräftesicherung und Weiterbildung",
        ["AP 9 Fachkraftesicherung und Weiterbildung", "Fachkraftesicherung und Weiterbildung"], WAP, 51,
        number="AP 9")
measure("wap-ap10", "work_package", "Bildung für nachhaltige Entwicklung (BNE)",
        ["AP 10 Bildung fiir nachhaltige Entwicklung (BNE)"], WAP, 56, number="AP 10")
measure("wap-ap11", "work_package", "Integration durch Bildung", ["AP 11 Integration durch Bildung"], WAP, 60,
        number="AP 11")
measure("wap-ap12", "work_package", "Transparenz, Öffentlichkeitsarbeit und Transfer",
        ["AP 12 Transparenz, Offentlichkeitsarbeit und Transfer", "Transparenz, Offentlichkeitsarbeit und Transfer"],
        WAP, 64, number="AP 12")

# agreement (KV), Anlage 1: goals and measures
measure("kv-ziel-1", "goal", "Gemeinsames datenbasiertes Bildungsmanagement in der Bildungsregion", [], KV, 90,
        number="1.", priority="hoch")
measure("kv-m-1.1", "measure", "Abstimmung eines Kernsets von rund 40 steuerungsrelevanten Kennzahlen in der AG Bildungsmonitoring",
        ["1.1 Abstimmung eines Kernsets von rund 40 steuerungsrelevanten Kennzahlen in der AG Bildungsmonitoring",
         "Maßnahme 1.1"], KV, 99, number="1.1", time_frame="1/2024-6/2024",
        responsible="Bildungsbüros Stadt und LK; TBN (Beratung)", goal="kv-ziel-1",
        add_lines={PROT: [72]})
measure("kv-m-1.2", "measure", "Erster gemeinsamer Bildungsbericht der Bildungsregion mit dem Schwerpunkt Bildungsübergänge",
        ["1.2 Erster gemeinsamer Bildungsbericht der Bildungsregion mit dem Schwerpunkt Bildungsübergänge",
         "Gemeinsamer Bildungsbericht der Bildungsregion"], KV, 103, number="1.2", time_frame="7/2024-12/2025",
        responsible="Bildungsbüros Stadt und LK; TBN (Beratung)", goal="kv-ziel-1", add_lines={PROT: [13, 68]})
measure("kv-ziel-2", "goal", "Übergang Schule – Beruf gemeinsam gestalten", [], KV, 121, number="2.",
        priority="hoch")
measure("kv-m-2.1", "measure", "Verstetigung der Übergangslotsen Schule – Beruf nach Auswertung der Evaluation",
        ["2.1 Verstetigung der Übergangslotsen Schule – Beruf nach Auswertung der Evaluation"], KV, 129,
        number="2.1", time_frame="1/2025-8/2026", responsible="Bildungsbüro LK, KJR; Stadt (Referat 4)",
        goal="kv-ziel-2")
measure("kv-m-2.2", "measure", "Gemeinsame Ausbildungsmesse „Zukunft Wendelsau“ mit den Kammern",
        ["2.2 Gemeinsame Ausbildungsmesse „Zukunft Wendelsau“ mit den Kammern"], KV, 132, number="2.2",
        time_frame="jährlich im Herbst", responsible="Bildungsbüro LK, KJR; Stadt (Referat 4)", goal="kv-ziel-2")
measure("kv-m-2.3", "measure", "Elternabende zur Berufsorientierung in mehreren Sprachen",
        ["2.3 Elternabende zur Berufsorientierung in mehreren Sprachen (Elternarbeit)"], KV, 135, number="2.3",
        time_frame="ab 9/2024", responsible="Bildungsbüro LK, KJR; Stadt (Referat 4)", goal="kv-ziel-2")
measure("kv-ziel-3", "goal", "Abgestimmte Gremien- und Beteiligungsstruktur", [], KV, 154, number="3.",
        priority="mittel")
measure("kv-m-3.1", "measure", "Geschäftsordnung der Steuerungsgruppe", ["3.1 Geschäftsordnung der Steuerungsgruppe"],
        KV, 161, number="3.1", time_frame="bis 4/2024", responsible="Geschäftsstelle (Bildungsbüro Stadt); TBN",
        goal="kv-ziel-3")
measure("kv-m-3.2", "measure", "Gemeinsame Bildungskonferenz 2025 zum Thema „Bildung und Arbeitswelt im Wandel“",
        ["3.2 Gemeinsame Bildungskonferenz 2025 zum Thema „Bildung und Arbeitswelt im Wandel“"], KV, 163,
        number="3.2", time_frame="11/2025", responsible="Geschäftsstelle (Bildungsbüro Stadt); TBN",
        goal="kv-ziel-3")
measure("kv-m-3.3", "measure", "Jugendforum der Bildungsregion",
        ["3.3 Jugendforum der Bildungsregion (Jugendbeteiligung) mit Stadtjugendring und Kreisjugendring"], KV, 167,
        number="3.3", time_frame="2025", responsible="Geschäftsstelle (Bildungsbüro Stadt); TBN",
        goal="kv-ziel-3")
measure("kv-ziel-4", "goal", "Bildung für nachhaltige Entwicklung in der Region verankern", [], KV, 184,
        number="4.", priority="mittel")
measure("kv-m-4.1", "measure", "Zusammenführung der BNE-Aktivitäten im gemeinsamen BNE-Netzwerk",
        ["4.1 Zusammenführung der BNE-Aktivitäten im gemeinsamen BNE-Netzwerk"], KV, 190, number="4.1",
        time_frame="2024-2025", responsible="Bildungsbüro LK; Umweltstation", goal="kv-ziel-4")
measure("kv-m-4.2", "measure", "Fortbildungsreihe BNE für pädagogische Fachkräfte mit der Umweltstation Auwald Rettenau",
        ["4.2 Fortbildungsreihe BNE für pädagogische Fachkräfte mit der Umweltstation Auwald Rettenau",
         "Fortbildungsreihe BNE für pädagogische Fachkräfte", "Maßnahme 4.2"], KV, 193, number="4.2",
        time_frame="ab 2/2025", responsible="Bildungsbüro LK; Umweltstation", goal="kv-ziel-4",
        add_lines={PROT: [114]})
measure("kv-ziel-5", "goal", "Transparenz über Angebote des lebenslangen Lernens", [], KV, 209, number="5.",
        priority="niedrig")
measure("kv-m-5.1", "measure", "Gemeinsames Bildungsportal der Bildungsregion",
        ["5.1 Gemeinsames Bildungsportal der Bildungsregion"], KV, 216, number="5.1", time_frame="2025-2026",
        responsible="Bildungsbüro Stadt; VHS; kvhs", goal="kv-ziel-5")
measure("kv-m-5.2", "measure", "Mobile Bildungsberatung in den Gemeinden durch VHS und kvhs",
        ["5.2 Mobile Bildungsberatung in den Gemeinden durch VHS und kvhs"], KV, 219, number="5.2",
        time_frame="Pilot 2025", responsible="Bildungsbüro Stadt; VHS; kvhs", goal="kv-ziel-5")
measure("kv-ziel-6", "goal", "Qualifizierung und Transfer", [], KV, 234, number="6.", priority="mittel")
measure("kv-m-6.1", "measure", "Workshopreihe „Steuern mit Daten“ für Mitarbeitende beider Verwaltungen",
        ["6.1 Workshopreihe „Steuern mit Daten“ für Mitarbeitende beider Verwaltungen"], KV, 240, number="6.1",
        time_frame="2024", responsible="TBN; Bildungsbüros", goal="kv-ziel-6")
measure("kv-m-6.2", "measure", "Hospitationen beim Landkreis Siebenlinden und in der Stadt Brennhausen",
        ["6.2 Hospitationen beim Landkreis Siebenlinden und in der Stadt Brennhausen"], KV, 243, number="6.2",
        time_frame="2025", responsible="TBN; Bildungsbüros", goal="kv-ziel-6")
# agreement (KV), Anlage 2: milestones of the cooperation
measure("kv-ms-auftakt", "milestone", "Auftaktgespräch", ["Auftakt- gespräch"], KV, 256, time_frame="10/2023",
        status="abgeschlossen")
measure("kv-ms-unterzeichnung", "milestone", "Unterzeichnung der Kooperationsvereinbarung",
        ["Unterzeichnung der Koopera- tionsvereinbarung"], KV, 272, time_frame="01/2024", status="abgeschlossen",
        responsible="Stadt/Landkreis: Abstimmung in Lenkungsgruppe Bildung (LK) und Referentenrunde (Stadt); TBN: Entwurf")
measure("kv-ms-bedarfsanalyse", "milestone", "Bedarfsanalyse", [], KV, 288, time_frame="2-5/2024", status="offen",
        responsible="Stadt/Landkreis: Benennung von Gesprächspartnern; TBN: Interviews, Handlungsempfehlungen")
measure("kv-ms-werkstatt", "milestone", "Werkstatt „Gremienstruktur“", ["Werkstatt „Gremien- struktur“"], KV, 302,
        time_frame="6/2024", status="offen", responsible="TBN: Konzeption und Moderation")
measure("kv-ms-zwischenbilanz", "milestone", "Zwischenbilanz", [], KV, 317, time_frame="11/2024", status="offen")
measure("kv-ms-fortschreibung", "milestone", "Fortschreibung Anlage 1", [], KV, 328, time_frame="1/2025",
        status="offen")
measure("kv-ms-oeffentlichkeitsarbeit", "milestone", "Öffentlichkeitsarbeit", ["Öffentlichkeits- arbeit"], KV, 342,
        time_frame="ab 1/2024 lfd.", status="offen")
# slides (PRES): milestones
measure("pres-m1", "milestone", "Stellenbesetzung und Auftakt", ["M1 Stellenbesetzung und Auftakt"], PRES, 123,
        number="M1", time_frame="04 – 06/2023", responsible="GB 2 / Bildungsbüro", status="erledigt")
measure("pres-m2", "milestone", "Kooperationsvereinbarung mit Stadt Gundelsried und TBN unterzeichnet",
        ["M2 Kooperationsvereinbarung mit Stadt Gundelsried und TBN unterzeichnet"], PRES, 128, number="M2",
        time_frame="01/2024", responsible="Landrat", status="erledigt")
measure("pres-m3", "milestone", "Konstituierung des Bildungsbeirats", ["M3 Konstituierung des Bildungsbeirats"],
        PRES, 134, number="M3", time_frame="06/2024", responsible="Bildungsbüro", status="erledigt")
measure("pres-m4", "milestone", "Bildungskonferenz Wendelsau 2024 „Ganztag gemeinsam gestalten“",
        ["M4 Bildungskonferenz Wendelsau 2024 „Ganztag gemeinsam gestalten“"], PRES, 139, number="M4",
        time_frame="10/2024", responsible="Bildungsbüro, Staatliches Schulamt", status="erledigt")
measure("pres-m5", "milestone", "Erweiterung „Bildung in Zahlen“ um Weiterbildungsindikatoren",
        ["M5 Erweiterung „Bildung in Zahlen“ um Weiterbildungsindikatoren (Bildungsmonitoring)"], PRES, 145,
        number="M5", time_frame="bis 06/2025", responsible="Bildungsmonitoring (K. Zellner)", status="in Arbeit")
measure("pres-m6", "milestone", "Bildungsleitbild: Entwurf und Beschluss im Kreistag",
        ["M6 Bildungsleitbild: Entwurf und Beschluss im Kreistag"], PRES, 151, number="M6",
        time_frame="03/2025 (Entwurf), 07/2025 (Beschluss)", responsible="Bildungsbüro / Bildungsbeirat",
        status="in Arbeit")
measure("pres-m7", "milestone", "Zweiter Bildungsbericht mit Schwerpunkt Bildungsübergänge",
        ["M7 Zweiter Bildungsbericht mit Schwerpunkt Bildungsübergänge"], PRES, 157, number="M7",
        time_frame="12/2025", responsible="Bildungsbüro mit AG Bildungsmonitoring", status="geplant")
measure("pres-m8", "milestone", "Verstetigungskonzept: Überführung der Stellen in den Stellenplan",
        ["M8 Verstetigungskonzept: Überführung der Stellen in den Stellenplan"], PRES, 163, number="M8",
        time_frame="bis 03/2026", responsible="Landrat / GB 2", status="geplant")

# --------------------------------------------------------------------------------------
# RELATIONS
# --------------------------------------------------------------------------------------
R = []


def rel(s, p, o, doc, ev, role=None, note=None, line=None):
    R.append(dict(subject=s, predicate=p, object=o, doc=doc, evidence=ev, role=role, note=note, line_hint=line))


# ===== KAT: transfer catalogue excerpt =====
rel("renate-eichhorn-vogl", "memberOf", "stadt-gundelsried", KAT, "Oberbürgermeisterin der Stadt Gundelsried",
    role="Oberbürgermeisterin", line=48, note="signature of the Vorwort (name on l.47)")
rel("georg-wachinger", "memberOf", "lk-wendelsau", KAT, "Landrat des Landkreises Wendelsau", role="Landrat",
    note="signature of the Vorwort (name on l.47)")
EV = "die kreisfreie Stadt Gundelsried und der Landkreis Wendelsau als „Bildungsregion Gundelsried – Wendelsau“ eng zusammen"
rel("stadt-gundelsried", "cooperatesWith", "lk-wendelsau", KAT, EV)
rel("stadt-gundelsried", "participatesIn", "bildungsregion-gw", KAT, EV)
rel("lk-wendelsau", "participatesIn", "bildungsregion-gw", KAT, EV)
EV = "Beide Gebietskörperschaften tragen seit 2022 das Qualitätssiegel „Bildungsregion in Bayern“"
rel("stadt-gundelsried", "participatesIn", "bildungsregion-bayern", KAT, EV, note="'Beide' = Stadt und Landkreis (l.29)")
rel("lk-wendelsau", "participatesIn", "bildungsregion-bayern", KAT, EV, note="'Beide' = Stadt und Landkreis (l.29)")
EV = "die interkommunale AG Bildungsmonitoring, in der die Bildungs- büros von Stadt und Landkreis"
rel("bildungsbuero-gundelsried", "participatesIn", "ag-bildungsmonitoring", KAT, EV)
rel("bildungsbuero-wendelsau", "participatesIn", "ag-bildungsmonitoring", KAT, EV,
    note="also holds the Geschäftsführung of the AG (l.62-63)")
rel("amt-stadtentwicklung-statistik", "participatesIn", "ag-bildungsmonitoring", KAT,
    "das städtische Amt für Stadtent- wicklung und Statistik")
EV = "sowie die beiden Staatlichen Schulämter zusammenarbeiten"
rel("schulamt-stadt-gundelsried", "participatesIn", "ag-bildungsmonitoring", KAT, EV)
rel("schulamt-lk-wendelsau", "participatesIn", "ag-bildungsmonitoring", KAT, EV)
EV = "dungsbüro des Landkreises Wendelsau, das im Sachgebiet 22 des Landratsamts angesiedelt ist"
rel("bildungsbuero-wendelsau", "subOrganizationOf", "sg22-lra", KAT, EV)
rel("sg22-lra", "subOrganizationOf", "lra-wendelsau", KAT, "im Sachgebiet 22 des Landratsamts")
rel("lk-wendelsau", "participatesIn", "bildungskommunen", KAT,
    "Der Landkreis beteiligt sich seit 2023 am Bundesprogramm „Bildungskommunen“")
rel("bildungsbuero-gundelsried", "subOrganizationOf", "referat-bildung-gundelsried", KAT,
    "die Geschäftsstelle ist im Bildungsbüro des Referats für Bildung, Schule und Sport angesiedelt")
rel("isf-th-gundelsried", "subOrganizationOf", "th-gundelsried", KAT,
    "das Institut für Sozialforschung (ISF) der Technischen Hochschule Gundelsried")
rel("amt-stadtentwicklung-statistik", "subOrganizationOf", "stadt-gundelsried", KAT,
    "das Amt für Stadtentwicklung und Statistik der Stadt Gundelsried")
# mask 4.2.3.1 actors
for o, ev in [("bildungsbuero-gundelsried", "Bildungsbüro der Stadt Gundelsried (Federführung)"),
              ("bildungsbuero-wendelsau", "Bildungsbüro des Landkreises Wendelsau"),
              ("amt-stadtentwicklung-statistik", "Amt für Stadtentwicklung und Statistik"),
              ("schulamt-stadt-gundelsried", "Staatliches Schulamt in der Stadt Gundelsried"),
              ("schulamt-lk-wendelsau", "Staatliches Schulamt im Landkreis Wendelsau"),
              ("afa-gundelsried", "Agentur für Arbeit Gundelsried"),
              ("landesamt-statistik-bayern", "Bayerisches Landesamt für Statistik (Datenlieferung)"),
              ("th-gundelsried", "Technische Hochschule Gundelsried, Institut für Sozialforschung"),
              ("isf-th-gundelsried", "Technische Hochschule Gundelsried, Institut für Sozialforschung"),
              ("ag-bildungsmonitoring", "• AG Bildungsmonitoring")]:
    rel("to-4.2.3.1", "involvesActor", o, KAT, ev, note="BETEILIGTE AKTEURE (l.132)",
        line={"amt-stadtentwicklung-statistik": 136, "schulamt-stadt-gundelsried": 137,
              "schulamt-lk-wendelsau": 138, "afa-gundelsried": 139, "bildungsbuero-wendelsau": 135}.get(o))
EV = "je zur Hälfte von Stadt und Landkreis getragen"
rel("to-4.2.3.1", "fundedBy", "stadt-gundelsried", KAT, EV, note="licence and hosting costs of the online application")
rel("to-4.2.3.1", "fundedBy", "lk-wendelsau", KAT, EV, note="licence and hosting costs of the online application")
# 4.3.2 narrative
EV = "deren Vorsitz jährlich zwischen Oberbürgermeisterin und Landrat wechselt"
rel("steuerungsgruppe-bildungsregion", "chairedBy", "renate-eichhorn-vogl", KAT, EV,
    note="role reference; named in the Vorwort (l.47-48)")
rel("steuerungsgruppe-bildungsregion", "chairedBy", "georg-wachinger", KAT, EV,
    note="role reference; named in the Vorwort (l.47-48)")
rel("lk-wendelsau", "participatesIn", "fachkraefteallianz-wendelsau", KAT,
    "Für die Fachkräftesicherung haben sich der Landkreis")
rel("ihk-gundelsried-wendelsau", "participatesIn", "fachkraefteallianz-wendelsau", KAT, "die IHK Gundelsried-Wendelsau",
    line=187)
rel("hwk-nordgau", "participatesIn", "fachkraefteallianz-wendelsau", KAT, "die Handwerkskammer Nordgau", line=188)
rel("afa-gundelsried", "participatesIn", "fachkraefteallianz-wendelsau", KAT, "Agentur für Arbeit Gundelsried und",
    line=189)
rel("kreishandwerkerschaft-wendelsau", "participatesIn", "fachkraefteallianz-wendelsau", KAT,
    "die Kreishandwerkerschaft Wendelsau 2019 zur Fachkräfteallianz Wendelsau zusammenge- schlossen")
rel("fachkraefteallianz-wendelsau", "chairedBy", "georg-wachinger", KAT,
    "Den Vorsitz der Allianz hat Landrat Georg Wachinger")
EV = "die Geschäftsführung liegt bei der Stabsstelle Kreisent- wicklung und Wirtschaftsförderung des Landratsamts"
rel("stabsstelle-kreisentwicklung", "participatesIn", "fachkraefteallianz-wendelsau", KAT, EV, role="Geschäftsführung")
rel("stabsstelle-kreisentwicklung", "subOrganizationOf", "lra-wendelsau", KAT, EV)
EV = ("Der Arbeitskreis wird von Reinhold Achatz, Ausbildungsleiter der Brandl Kunststofftechnik GmbH, und Schulrätin "
      "Andrea Hofstetter vom Staatlichen Schul- amt im Landkreis Wendelsau gemeinsam geleitet.")
rel("ak-schulewirtschaft-wendelsau", "chairedBy", "reinhold-achatz", KAT, EV, note="joint leadership")
rel("ak-schulewirtschaft-wendelsau", "chairedBy", "andrea-hofstetter", KAT, EV, note="joint leadership")
rel("reinhold-achatz", "memberOf", "brandl-kunststoff", KAT, "Reinhold Achatz, Ausbildungsleiter der Brandl Kunststofftechnik",
    role="Ausbildungsleiter")
rel("andrea-hofstetter", "memberOf", "schulamt-lk-wendelsau", KAT,
    "Schulrätin Andrea Hofstetter vom Staatlichen Schul- amt im Landkreis Wendelsau", role="Schulrätin")
# mask 4.3.3.2
rel("bildungsbeirat-gundelsried", "chairedBy", "renate-eichhorn-vogl", KAT, "unter dem Vorsitz der Oberbürgermeisterin",
    note="role reference; named in the Vorwort; list item l.260 '(Vorsitz)'")
BB = [("stadt-gundelsried", "Oberbürgermeisterin der Stadt Gundelsried (Vorsitz)", 260, "Oberbürgermeisterin (Vorsitz)"),
      ("referat-bildung-gundelsried", "Referat für Bildung, Schule und Sport (stellvertretender Vorsitz)", 261,
       "stellvertretender Vorsitz"),
      ("stadtrat-gundelsried", "Stadtrat (je ein Mitglied jeder Fraktion)", 262, None),
      ("schulamt-stadt-gundelsried", "Staatliches Schulamt in der Stadt Gundelsried", 263, None),
      ("elternbeirat-gundelsried", "Gemeinsamer Elternbeirat der Gundelsrieder Grund- und Mittelschulen", 264, None),
      ("sjr-gundelsried", "Stadtjugendring Gundelsried", 265, None),
      ("vhs-gundelsried", "Volkshochschule Gundelsried", 266, None),
      ("th-gundelsried", "Technische Hochschule Gundelsried", 267, None),
      ("ihk-gundelsried-wendelsau", "IHK Gundelsried-Wendelsau", 268, None),
      ("hwk-nordgau", "Handwerkskammer Nordgau", 269, None),
      ("integrationsbeirat-gundelsried", "Integrationsbeirat der Stadt Gundelsried", 270, None),
      ("stiftung-hollerbach", "Hollerbach-Stiftung für Bildung und Teilhabe (beratend)", 271, "beratend")]
for o, ev, ln, role in BB:
    rel(o, "participatesIn", "bildungsbeirat-gundelsried", KAT, ev, role=role, line=ln,
        note="list 'Dem Bildungsbeirat gehören an (Stand 2024)' (l.258)")
    tgt = "renate-eichhorn-vogl" if o == "stadt-gundelsried" else o
    rel("to-4.3.3.2", "involvesActor", tgt, KAT, ev, line=ln, note="BETEILIGTE AKTEURE (l.256)"
        + ("; the Oberbürgermeisterin (role) is the actor" if o == "stadt-gundelsried" else ""))
# mask 4.5.3.4
rel("to-4.5.3.4", "carriedBy", "kjr-wendelsau", KAT, "Träger des Modellprojekts ist der Kreisjugendring Wendelsau (KJR)")
rel("kjr-wendelsau", "cooperatesWith", "sjr-gundelsried", KAT,
    "im Stadt- gebiet setzt er das Angebot gemeinsam mit dem Stadtjugendring Gundelsried um")
rel("to-4.5.3.4", "fundedBy", "stiftung-hollerbach", KAT,
    "Finanziert wird das Projekt von der Hollerbach- Stiftung für Bildung und Teilhabe")
rel("to-4.5.3.4", "fundedBy", "stadt-gundelsried", KAT, "sowie zu gleichen Teilen von Stadt und Landkreis")
rel("to-4.5.3.4", "fundedBy", "lk-wendelsau", KAT, "sowie zu gleichen Teilen von Stadt und Landkreis")
EV = "Fallbesprechungen finden monatlich in der Lotsenrunde statt, an der auch die Ausbildungsberatung der Kammern teilnimmt"
rel("ihk-gundelsried-wendelsau", "participatesIn", "lotsenrunde", KAT, EV, note="'Kammern' = IHK and HWK named in l.357")
rel("hwk-nordgau", "participatesIn", "lotsenrunde", KAT, EV, note="'Kammern' = IHK and HWK named in l.357")
for o, ev, ln in [("kjr-wendelsau", "Kreisjugendring Wendelsau (Träger)", 351),
                  ("sjr-gundelsried", "Stadtjugendring Gundelsried", 352),
                  ("mittelschule-pfaffenkirch", "Mittelschulen in Stadt und Landkreis, u. a. die Mittelschule Pfaffenkirch", 353),
                  ("bsz-wendelsau", "Staatliches Berufliches Schulzentrum Wendelsau", 354),
                  ("afa-gundelsried", "Agentur für Arbeit Gundelsried (Berufsberatung)", 355),
                  ("jobcenter-wendelsau", "Jobcenter Landkreis Wendelsau", 356),
                  ("ihk-gundelsried-wendelsau", "IHK Gundelsried-Wendelsau und Handwerkskammer Nordgau", 357),
                  ("hwk-nordgau", "IHK Gundelsried-Wendelsau und Handwerkskammer Nordgau", 357),
                  ("reisinger-guss", "Ausbildungsbetriebe, u. a. Reisinger Präzisionsguss GmbH & Co. KG", 358),
                  ("brandl-kunststoff", "Brandl Kunststofftechnik GmbH", 358),
                  ("ak-schulewirtschaft-wendelsau", "Arbeitskreis SCHULEWIRTSCHAFT Wendelsau", 359)]:
    rel("to-4.5.3.4", "involvesActor", o, KAT, ev, line=ln, note="BETEILIGTE AKTEURE (l.349)")
# Impressum
rel("sabine-ertl", "memberOf", "bildungsbuero-gundelsried", KAT, "Sabine Ertl, Leiterin des Bildungsbüros",
    role="Leiterin des Bildungsbüros")
rel("jonas-kiermeier", "memberOf", "bildungsbuero-gundelsried", KAT,
    "Jonas Kiermeier (Bildungsbüro der Stadt Gundelsried)", role="Redaktion")
rel("katharina-zellner", "memberOf", "bildungsbuero-wendelsau", KAT,
    "Katharina Zellner (Bildungsbüro des Landkreises Wendelsau)", role="Redaktion")

# ===== WAP: work packages (OCR) =====
rel("gb2-lra", "subOrganizationOf", "lra-wendelsau", WAP, "Landratsamt Wendelsau, Geschaftsbereich 2 — Bildung, Jugend und Soziales")
rel("sg22-lra", "subOrganizationOf", "gb2-lra", WAP,
    "Geschaftsbereich 2 — Bildung, Jugend und Soziales, Sachgebiet 22 — Schulen, Bildung und Kultur")
rel("bildungsbuero-wendelsau", "subOrganizationOf", "sg22-lra", WAP, "Sachgebiet 22 — Schulen, Bildung und Kultur (Bildungsbiiro)")
rel("lk-wendelsau", "participatesIn", "bildungskommunen", WAP,
    "Das Vorhaben des Landkreises wird im Rahmen des Programms ,,Bildungskommunen\"")
rel("lk-wendelsau", "fundedBy", "bmbf", WAP,
    "Das Vorhaben des Landkreises wird im Rahmen des Programms ,,Bildungskommunen\" aus Mitteln des Bundesministeriums fiir Bildung und Forschung (BMBF)")
rel("lk-wendelsau", "fundedBy", "esf-plus", WAP, "und des Europaischen Sozialfonds Plus (ESF Plus) gefordert")
EV = "der Bildungsregion Gundelsried — Wendelsau auf, die der Landkreis seit 2021 gemeinsam mit der kreisfreien Stadt Gundelsried gestaltet"
rel("lk-wendelsau", "participatesIn", "bildungsregion-gw", WAP, EV)
rel("stadt-gundelsried", "participatesIn", "bildungsregion-gw", WAP, EV)
rel("lk-wendelsau", "cooperatesWith", "stadt-gundelsried", WAP, EV)
rel("lk-wendelsau", "participatesIn", "bildung-integriert", WAP,
    "Sichtung der Ergebnisse aus dem Vorgangerprogramm ,,Bildung integriert\" (2017—2020)",
    note="participation implied by 'Vorgängerprogramm'")
rel("lk-wendelsau", "cooperatesWith", "kjr-wendelsau", WAP, "in Zusammenarbeit mit dem Kreisjugendring Wendelsau")
rel("lenkungsgruppe-bildung-lk", "chairedBy", "georg-wachinger", WAP,
    "verwaltungsinternen Lenkungsgruppe Bildung unter Vorsitz von Landrat Wachinger")
rel("bildungsbuero-wendelsau", "participatesIn", "lenkungsgruppe-bildung-lk", WAP,
    "Geschaftsfiihrung durch das Bildungsbiiro", role="Geschäftsführung")
rel("lk-wendelsau", "participatesIn", "steuerungsgruppe-bildungsregion", WAP, "Mitwirkung in der Steuerungsgruppe Bildungsregion")
rel("lk-wendelsau", "participatesIn", "ag-bildungsmonitoring", WAP, "Mitarbeit in der AG Bildungsmonitoring")
rel("lk-wendelsau", "participatesIn", "ak-schulewirtschaft-wendelsau", WAP, "Mitarbeit im Arbeitskreis SCHULEWIRTSCHAFT Wendelsau")
rel("to-4.5.3.4", "carriedBy", "kjr-wendelsau", WAP, "des Modellprojekts ,,Ubergangslotsen\" des Kreisjugendrings",
    note="genitive 'des Kreisjugendrings' = carrier (explicit in KAT l.306)")
EV = "Kooperation mit der Kreisvolkshochschule Wendelsau (kvhs), der IHK Gundelsried-Wendelsau und der Handwerkskammer Nordgau"
rel("lk-wendelsau", "cooperatesWith", "kvhs-wendelsau", WAP, EV)
rel("lk-wendelsau", "cooperatesWith", "ihk-gundelsried-wendelsau", WAP, EV)
rel("lk-wendelsau", "cooperatesWith", "hwk-nordgau", WAP, EV)
rel("lk-wendelsau", "participatesIn", "fachkraefteallianz-wendelsau", WAP, "Mitwirkung in der Fachkrafteallianz Wendelsau")
rel("lk-wendelsau", "cooperatesWith", "umweltstation-rettenau", WAP,
    "Aufbau eines BNE-Netzwerks Wendelsau gemeinsam mit der Umweltstation Auwald Rettenau")
rel("sg24-lra", "participatesIn", "kommunale-koordinierung-neuzugewanderte", WAP,
    "Kommunalen Koordinierung der Bildungsangebote fiir Neuzugewanderte im Sachgebiet 24",
    note="the programme's coordination post is located in Sachgebiet 24")
rel("lk-wendelsau", "participatesIn", "runder-tisch-integration", WAP, "Mitwirkung am Runden Tisch Integration Wendelsau")
rel("lk-wendelsau", "cooperatesWith", "tbn", WAP, "Zusammenarbeit mit der Transferstelle Bildungsmanagement Nordgau (TBN)")
rel("lk-siebenlinden", "participatesIn", "bildungskommunen", WAP,
    "Austausch mit anderen Bildungskommunen in Bayern, z.B. mit dem Landkreis Siebenlinden",
    note="Siebenlinden named as another Bildungskommune")
for m, af, ev in [("wap-ap02", "af-demokratiebildung", "Beteiligung junger Menschen (Demokratiebildung/ Jugendbeteiligung)"),
                  ("wap-ap05", "af-bildungsmonitoring", "AP 5 Bildungsmonitoring und Bildungsberichterstattung"),
                  ("wap-ap05", "af-weiterbildung", "Erganzung um Indikatoren zu Weiterbildung"),
                  ("wap-ap05", "af-bildungsuebergaenge", "zweiter Bildungsbericht des Landkreises (Schwerpunkt ,,Ubergange\")"),
                  ("wap-ap06", "af-fruehkindliche-bildung", "AP 6 Friihe Bildung und Ubergang Kita—Grundschule"),
                  ("wap-ap06", "af-uebergang-kita-grundschule", "AP 6 Friihe Bildung und Ubergang Kita—Grundschule"),
                  ("wap-ap07", "af-ganztag", "AP 7 Ganztag"),
                  ("wap-ap08", "af-uebergang-schule-beruf", "AP 8 Ubergang Schule—Beruf und Berufsorientierung"),
                  ("wap-ap08", "af-berufsorientierung", "AP 8 Ubergang Schule—Beruf und Berufsorientierung"),
                  ("wap-ap08", "af-elternarbeit", "MaBnahmen der Elternarbeit in mehreren"),
                  ("wap-ap09", "af-fachkraeftesicherung", "AP 9 Fachkraftesicherung und Weiterbildung"),
                  ("wap-ap09", "af-weiterbildung", "AP 9 Fachkraftesicherung und Weiterbildung"),
                  ("wap-ap10", "af-bne", "AP 10 Bildung fiir nachhaltige Entwicklung (BNE)"),
                  ("wap-ap11", "af-integration", "AP 11 Integration durch Bildung")]:
    rel(m, "addressesActionField", af, WAP, ev)

# ===== KV: Kooperationsvereinbarung =====
rel("renate-eichhorn-vogl", "memberOf", "stadt-gundelsried", KV,
    "der Stadt Gundelsried, vertreten durch die Oberbürgermeisterin Dr. Renate Eichhorn-Vogl", role="Oberbürgermeisterin")
rel("georg-wachinger", "memberOf", "lk-wendelsau", KV, "dem Landkreis Wendelsau, vertreten durch Landrat Georg Wachinger",
    role="Landrat")
rel("hannes-rieder", "memberOf", "tbn", KV, "vertreten durch den Leiter der Transferstelle, Dr. Hannes Rieder",
    role="Leiter der Transferstelle")
rel("lea-sommerauer", "memberOf", "tbn", KV,
    "Ansprechperson der TBN ist Lea Sommerauer, Referentin für Prozessbegleitung", role="Referentin für Prozessbegleitung")
rel("tbn", "carriedBy", "ibre", KV,
    "dem Institut für Bildung und Regionalentwicklung e.V. (IBRE) als Träger der Transferstelle Bildungsmanagement Nordgau (TBN)")
EV = "Seit 2021 gestalten sie ihre Bildungslandschaft als Bildungsregion Gundelsried – Wendelsau gemeinsam"
rel("stadt-gundelsried", "cooperatesWith", "lk-wendelsau", KV, EV, note="'sie' = Stadt Gundelsried und Landkreis Wendelsau (l.22)")
rel("stadt-gundelsried", "participatesIn", "bildungsregion-gw", KV, EV)
rel("lk-wendelsau", "participatesIn", "bildungsregion-gw", KV, EV)
EV = "Die Partner arbeiten bei der Weiterentwicklung des kommunalen Bildungsmanagements in der Bildungsregion zusammen"
rel("stadt-gundelsried", "cooperatesWith", "tbn", KV, EV, note="Partner = parties of the agreement (l.5-17)")
rel("lk-wendelsau", "cooperatesWith", "tbn", KV, EV, note="Partner = parties of the agreement (l.5-17)")
rel("tbn", "participatesIn", "transferinitiative-kbm", KV, "Sie ist Teil der Transferinitiative Kommunales Bildungsmanagement")
rel("tbn", "fundedBy", "bmbf", KV, "wird vom Bundesministerium für Bildung und Forschung gefördert")
EV = "Den Vorsitz führen die Oberbürgermeisterin und der Landrat im jährlichen Wechsel."
rel("steuerungsgruppe-bildungsregion", "chairedBy", "renate-eichhorn-vogl", KV, EV, note="alternating chair")
rel("steuerungsgruppe-bildungsregion", "chairedBy", "georg-wachinger", KV, EV, note="alternating chair")
SG = [("stadt-gundelsried", "Der Steuerungsgruppe gehören neben den beiden Verwaltungsspitzen an", "Oberbürgermeisterin (Verwaltungsspitze)"),
      ("lk-wendelsau", "Der Steuerungsgruppe gehören neben den beiden Verwaltungsspitzen an", "Landrat (Verwaltungsspitze)"),
      ("referat-bildung-gundelsried", "das Referat für Bildung, Schule und Sport der Stadt, vertreten durch den berufsmäßigen Stadtrat", None),
      ("gb2-lra", "der Geschäftsbereich 2 – Bildung, Jugend und Soziales des Landratsamts Wendelsau", None),
      ("bildungsbuero-gundelsried", "die Leitungen der Bildungsbüros von Stadt und Landkreis", "Leitung"),
      ("bildungsbuero-wendelsau", "die Leitungen der Bildungsbüros von Stadt und Landkreis", "Leitung"),
      ("schulamt-stadt-gundelsried", "die Staatlichen Schulämter in der Stadt Gundelsried und im Landkreis Wendelsau", None),
      ("schulamt-lk-wendelsau", "die Staatlichen Schulämter in der Stadt Gundelsried und im Landkreis Wendelsau", None),
      ("afa-gundelsried", "die Agentur für Arbeit Gundelsried und das Jobcenter Landkreis Wendelsau", None),
      ("jobcenter-wendelsau", "die Agentur für Arbeit Gundelsried und das Jobcenter Landkreis Wendelsau", None),
      ("ihk-gundelsried-wendelsau", "die IHK Gundelsried-Wendelsau und die Handwerkskammer Nordgau", None),
      ("hwk-nordgau", "die IHK Gundelsried-Wendelsau und die Handwerkskammer Nordgau", None),
      ("th-gundelsried", "die Technische Hochschule Gundelsried,", None),
      ("tbn", "die TBN mit beratender Stimme", "beratende Stimme")]
for o, ev, role in SG:
    rel(o, "participatesIn", "steuerungsgruppe-bildungsregion", KV, ev, role=role,
        note="§ 2 (2) 'Der Steuerungsgruppe gehören ... an' (l.46)")
rel("referat-bildung-gundelsried", "subOrganizationOf", "stadt-gundelsried", KV,
    "das Referat für Bildung, Schule und Sport der Stadt")
rel("gb2-lra", "subOrganizationOf", "lra-wendelsau", KV,
    "der Geschäftsbereich 2 – Bildung, Jugend und Soziales des Landratsamts Wendelsau")
rel("ag-bildungsmonitoring", "subOrganizationOf", "steuerungsgruppe-bildungsregion", KV,
    "Der Steuerungsgruppe ist die interkommunale AG Bildungsmonitoring als ständige Arbeitsgruppe zugeordnet")
for m, af, ev in [("kv-ziel-1", "af-bildungsmonitoring", "Landkreis (Bildungsmonitoring)"),
                  ("kv-m-1.1", "af-bildungsmonitoring", "1.1 Abstimmung eines Kernsets von rund 40 steuerungsrelevanten Kennzahlen"),
                  ("kv-m-1.2", "af-bildungsuebergaenge", "mit dem Schwerpunkt Bildungsübergänge"),
                  ("kv-ziel-2", "af-uebergang-schule-beruf", "Übergang Schule – Beruf gemeinsam gestalten"),
                  ("kv-ziel-2", "af-berufsorientierung", "Abgestimmtes Angebot der Berufsorientierung"),
                  ("kv-ziel-2", "af-fachkraeftesicherung", "Beitrag zur Fachkräftesicherung in der Region"),
                  ("kv-m-2.1", "af-uebergang-schule-beruf", "2.1 Verstetigung der Übergangslotsen Schule – Beruf"),
                  ("kv-m-2.3", "af-berufsorientierung", "2.3 Elternabende zur Berufsorientierung in mehreren Sprachen (Elternarbeit)"),
                  ("kv-m-2.3", "af-elternarbeit", "2.3 Elternabende zur Berufsorientierung in mehreren Sprachen (Elternarbeit)"),
                  ("kv-m-3.3", "af-demokratiebildung", "3.3 Jugendforum der Bildungsregion (Jugendbeteiligung)"),
                  ("kv-ziel-4", "af-bne", "Bildung für nachhaltige Entwicklung in der Region verankern"),
                  ("kv-m-4.1", "af-bne", "4.1 Zusammenführung der BNE-Aktivitäten im gemeinsamen BNE-Netzwerk"),
                  ("kv-m-4.2", "af-bne", "4.2 Fortbildungsreihe BNE für pädagogische Fachkräfte"),
                  ("kv-ziel-5", "af-lebenslanges-lernen", "Transparenz über Angebote des lebenslangen Lernens"),
                  ("kv-ziel-5", "af-bildungsberatung", "(Lebenslanges Lernen, Bildungsberatung)"),
                  ("kv-m-5.2", "af-bildungsberatung", "5.2 Mobile Bildungsberatung in den Gemeinden")]:
    note = None
    if m == "kv-m-1.1":
        note = "Kennzahlen for the AG Bildungsmonitoring: the measure serves the Bildungsmonitoring of Ziel 1"
    if m == "kv-m-2.1":
        note = "measure continues the transfer object Übergangslotsen Schule – Beruf"
    rel(m, "addressesActionField", af, KV, ev, note=note)

# ===== PROT: minutes =====
MB = [("michael-brunnhuber", "referat-bildung-gundelsried",
       "**Michael Brunnhuber** – berufsmäßiger Stadtrat, Leiter des Referats für Bildung, Schule und Sport",
       "berufsmäßiger Stadtrat, Leiter des Referats für Bildung, Schule und Sport"),
      ("sabine-ertl", "bildungsbuero-gundelsried", "**Sabine Ertl** (SE) – Leiterin des Bildungsbüros der Stadt Gundelsried",
       "Leiterin des Bildungsbüros"),
      ("jonas-kiermeier", "bildungsbuero-gundelsried", "**Jonas Kiermeier** (JK) – Bildungsmonitoring, Bildungsbüro der Stadt Gundelsried",
       "Bildungsmonitoring"),
      ("georg-wachinger", "lk-wendelsau", "**Georg Wachinger** – Landrat", "Landrat"),
      ("martina-oberprieler", "gb2-lra",
       "**Dr. Martina Oberprieler** – Leiterin des Geschäftsbereichs 2 – Bildung, Jugend und Soziales, Landratsamt Wendelsau",
       "Leiterin des Geschäftsbereichs 2"),
      ("stefan-poellmann", "bildungsbuero-wendelsau", "**Stefan Pöllmann** (SP) – Leiter des Bildungsbüros, Landratsamt Wendelsau",
       "Leiter des Bildungsbüros"),
      ("katharina-zellner", "bildungsbuero-wendelsau", "**Katharina Zellner** (KZ) – Bildungsmonitoring, Bildungsbüro des Landkreises",
       "Bildungsmonitoring"),
      ("christian-haslbeck", "schulamt-lk-wendelsau",
       "**Christian Haslbeck** – Schulamtsdirektor, Staatliches Schulamt im Landkreis Wendelsau", "Schulamtsdirektor"),
      ("gertraud-lindinger", "schulamt-stadt-gundelsried",
       "**Gertraud Lindinger** – fachliche Leiterin, Staatliches Schulamt in der Stadt Gundelsried", "fachliche Leiterin"),
      ("sandra-mittermeier", "afa-gundelsried",
       "**Sandra Mittermeier** – Teamleiterin Berufsberatung, Agentur für Arbeit Gundelsried", "Teamleiterin Berufsberatung"),
      ("nadine-schwarzfischer", "jobcenter-wendelsau",
       "**Nadine Schwarzfischer** – Bereichsleiterin Markt und Integration, Jobcenter Landkreis Wendelsau",
       "Bereichsleiterin Markt und Integration"),
      ("markus-dietl", "ihk-gundelsried-wendelsau",
       "**Markus Dietl** – Bereichsleiter Aus- und Weiterbildung, IHK Gundelsried-Wendelsau", "Bereichsleiter Aus- und Weiterbildung"),
      ("johann-pfeilschifter", "hwk-nordgau",
       "**Johann Pfeilschifter** – Leiter der Ausbildungsberatung, Handwerkskammer Nordgau", "Leiter der Ausbildungsberatung"),
      ("claudia-weinzierl", "th-gundelsried",
       "**Prof. Dr. Claudia Weinzierl** – Vizepräsidentin für Studium und Lehre, Technische Hochschule Gundelsried",
       "Vizepräsidentin für Studium und Lehre"),
      ("hannes-rieder", "tbn", "**Dr. Hannes Rieder** – Leiter der Transferstelle Bildungsmanagement Nordgau (TBN)",
       "Leiter der Transferstelle"),
      ("lea-sommerauer", "tbn", "**Lea Sommerauer** (LS) – Prozessbegleitung, TBN", "Prozessbegleitung"),
      ("verena-maier-lindl", "kjr-wendelsau", "**Verena Maier-Lindl** – Vorsitzende des Kreisjugendrings Wendelsau (KJR)",
       "Vorsitzende"),
      ("tobias-gruber", "kjr-wendelsau", "**Tobias Gruber** – Projektkoordinator Übergangslotsen beim KJR",
       "Projektkoordinator Übergangslotsen"),
      ("elisabeth-ganghofer", "stiftung-hollerbach",
       "**Elisabeth Ganghofer** – Vorständin der Hollerbach-Stiftung für Bildung und Teilhabe", "Vorständin"),
      ("renate-eichhorn-vogl", "stadt-gundelsried", "Dr. Renate Eichhorn-Vogl, Oberbürgermeisterin", "Oberbürgermeisterin"),
      ("dominik-fuchs", "sjr-gundelsried", "Dominik Fuchs, Geschäftsführer des Stadtjugendrings Gundelsried", "Geschäftsführer")]
for s, o, ev, role in MB:
    note = None
    if s == "georg-wachinger":
        note = "listed under heading 'Landkreis Wendelsau' (l.27)"
    if s in ("renate-eichhorn-vogl", "dominik-fuchs"):
        note = "listed as 'Entschuldigt'"
    rel(s, "memberOf", o, PROT, ev, role=role, note=note)
rel("steuerungsgruppe-bildungsregion", "chairedBy", "georg-wachinger", PROT,
    "Landrat Wachinger begrüßt die Anwesenden und übernimmt turnusgemäß für 2025 den Vorsitz der Steuerungsgruppe")
EV = "werden der Kreisjugendring Wendelsau und der Stadtjugendring Gundelsried als ständige Mitglieder in die Steuerungsgruppe aufgenommen"
rel("kjr-wendelsau", "participatesIn", "steuerungsgruppe-bildungsregion", PROT, EV, note="Beschluss 5/1 (l.66)")
rel("sjr-gundelsried", "participatesIn", "steuerungsgruppe-bildungsregion", PROT, EV, note="Beschluss 5/1 (l.66)")
EV = "kooperieren die Bildungsbüros von Stadt und Landkreis mit dem Institut für Sozialforschung (ISF) der TH Gundelsried"
rel("bildungsbuero-gundelsried", "cooperatesWith", "isf-th-gundelsried", PROT, EV)
rel("bildungsbuero-wendelsau", "cooperatesWith", "isf-th-gundelsried", PROT, EV)
rel("isf-th-gundelsried", "subOrganizationOf", "th-gundelsried", PROT, "Institut für Sozialforschung (ISF) der TH Gundelsried")
rel("to-4.5.3.4", "carriedBy", "kjr-wendelsau", PROT, "Das Projekt wird seit 2022 vom Kreisjugendring getragen",
    note="'Das Projekt' = Übergangslotsen Schule – Beruf (TOP 3)")
rel("kjr-wendelsau", "cooperatesWith", "sjr-gundelsried", PROT,
    "Das Projekt wird seit 2022 vom Kreisjugendring getragen und im Stadtgebiet gemeinsam mit dem SJR umgesetzt")
rel("to-4.5.3.4", "fundedBy", "stiftung-hollerbach", PROT,
    "dass die Hollerbach-Stiftung das Projekt bis 2027 mit weiterhin 50 % der Kosten fördert")
rel("to-4.5.3.4", "fundedBy", "jobcenter-wendelsau", PROT,
    "dass sich das Jobcenter Landkreis Wendelsau ab 2026 an der Finanzierung von zwei Lotsenstellen beteiligen wird",
    note="from 2026")
EV = "in ihr arbeiten die beiden Bildungsbüros, die IHK, die Handwerkskammer und die TBN mit"
for o in ["bildungsbuero-gundelsried", "bildungsbuero-wendelsau", "ihk-gundelsried-wendelsau", "hwk-nordgau", "tbn"]:
    rel(o, "participatesIn", "vorbereitungsgruppe-bildungskonferenz", PROT, EV,
        role="Federführung" if o == "bildungsbuero-wendelsau" else None)
rel("bildungsbuero-wendelsau", "participatesIn", "bne-netzwerk", PROT,
    "unter Koordination des Bildungsbüros des Landkreises", role="Koordination")
EV = "bereits die Umweltstation Auwald Rettenau und die Kreisvolkshochschule Wendelsau (kvhs) mitarbeiten"
rel("umweltstation-rettenau", "participatesIn", "bne-netzwerk", PROT, EV)
rel("kvhs-wendelsau", "participatesIn", "bne-netzwerk", PROT, EV)
EV = "Künftig wirken auch die Volkshochschule Gundelsried und der Stadtjugendring im Netzwerk mit"
rel("vhs-gundelsried", "participatesIn", "bne-netzwerk", PROT, EV, note="from 2025 on")
rel("sjr-gundelsried", "participatesIn", "bne-netzwerk", PROT, EV, note="from 2025 on")
EV = "dass die Grundschule am Mühlbach und die Mittelschule Gundelsried-Nord seit dem Schuljahr 2024/25 am Startchancen-Programm von Bund und Ländern teilnehmen"
rel("grundschule-am-muehlbach", "participatesIn", "startchancen", PROT, EV)
rel("mittelschule-gundelsried-nord", "participatesIn", "startchancen", PROT, EV)
rel("kv-m-4.2", "fundedBy", "sparkasse-gundelsried-wendelsau", PROT,
    "Die Sparkasse Gundelsried-Wendelsau unterstützt die Fortbildungsreihe BNE für pädagogische Fachkräfte (Maßnahme 4.2) mit 8.000 Euro.")

# ===== PRES: slides =====
rel("bildungskommunen", "fundedBy", "bmbf", PRES, "Das Programm wird vom Bundesministerium für Bildung und Forschung")
rel("bildungskommunen", "fundedBy", "esf-plus", PRES,
    "und aus Mitteln des Europäischen Sozialfonds Plus (ESF Plus) gefördert")
rel("lk-wendelsau", "participatesIn", "bildungskommunen", PRES, "Landkreis Wendelsau ist seit 1. April 2023 Bildungskommune")
rel("bildungsausschuss-kreistag", "subOrganizationOf", "kreistag-wendelsau", PRES,
    "Ausschusses für Bildung, Kultur und Sport des Kreistags")
rel("stabsstelle-kreisentwicklung", "subOrganizationOf", "lra-wendelsau", PRES,
    "└ Stabsstelle Kreisentwicklung und Wirtschaftsförderung", note="organigram under the Landrat (l.38-41)")
rel("andreas-frischholz", "memberOf", "stabsstelle-kreisentwicklung", PRES,
    "Stabsstelle Kreisentwicklung und Wirtschaftsförderung (Andreas Frischholz)", note="role not stated")
rel("gb2-lra", "subOrganizationOf", "lra-wendelsau", PRES, "Geschäftsbereich 2 – Bildung, Jugend und Soziales",
    note="organigram 'Verortung im Landratsamt Wendelsau' (l.38)", line=43)
rel("martina-oberprieler", "memberOf", "gb2-lra", PRES, "Leitung: Dr. Martina Oberprieler", role="Leitung")
rel("sg21-kreisjugendamt", "subOrganizationOf", "gb2-lra", PRES, "├ Sachgebiet 21 – Kreisjugendamt")
rel("monika-stangl", "memberOf", "sg21-kreisjugendamt", PRES, "Sachgebiet 21 – Kreisjugendamt (Leitung: Monika Stangl)",
    role="Leitung")
rel("sg22-lra", "subOrganizationOf", "gb2-lra", PRES, "├ Sachgebiet 22 – Schulen, Bildung und Kultur")
rel("birgit-lehner", "memberOf", "sg22-lra", PRES,
    "Sachgebiet 22 – Schulen, Bildung und Kultur (Leitung: Birgit Lehner)", role="Leitung")
rel("sg23-lra", "subOrganizationOf", "gb2-lra", PRES, "├ Sachgebiet 23 – Soziales und Senioren")
rel("sg24-lra", "subOrganizationOf", "gb2-lra", PRES, "└ Sachgebiet 24 – Integration und Migration")
rel("bildungsbuero-wendelsau", "subOrganizationOf", "sg22-lra", PRES, "Das Bildungsbüro ist dem Sachgebiet 22 zugeordnet")
rel("stefan-poellmann", "memberOf", "bildungsbuero-wendelsau", PRES, "Stefan Pöllmann – Leitung, Bildungsmanagement",
    role="Leitung, Bildungsmanagement")
rel("katharina-zellner", "memberOf", "bildungsbuero-wendelsau", PRES, "Katharina Zellner – Bildungsmonitoring",
    role="Bildungsmonitoring")
rel("tobias-hainz", "memberOf", "sg24-lra", PRES,
    "Tobias Hainz – Bildungskoordination für Neuzugewanderte (Sachgebiet 24, eng angebunden an das Bildungsbüro)",
    role="Bildungskoordination für Neuzugewanderte")
rel("sevgi-aydin", "memberOf", "bildungsbuero-wendelsau", PRES,
    "Sevgi Aydın – Verwaltung und Öffentlichkeitsarbeit (Teilzeit)", role="Verwaltung und Öffentlichkeitsarbeit")
rel("lenkungsgruppe-bildung-lk", "chairedBy", "georg-wachinger", PRES, "Vorsitz: Landrat",
    note="role reference; Landrat Georg Wachinger named on slide 'Verortung' (l.40)")
LG = [("gb1-lra", "Geschäftsbereich 1 – Zentrale Dienste"), ("gb2-lra", "Mitglieder: Geschäftsbereich 1 – Zentrale Dienste, Geschäftsbereich 2"),
      ("gb3-lra", "Geschäftsbereich 3 – Bauen und Umwelt"), ("sg21-kreisjugendamt", "Bauen und Umwelt, Kreisjugendamt"),
      ("sg22-lra", "Kreisjugendamt, Sachgebiet 22"), ("sg24-lra", "Sachgebiet 24, Stabsstelle"),
      ("stabsstelle-kreisentwicklung", "Sachgebiet 24, Stabsstelle Kreisentwicklung und Wirtschaftsförderung"),
      ("jobcenter-wendelsau", "das Jobcenter Landkreis Wendelsau nimmt als Gast teil")]
for o, ev in LG:
    rel(o, "participatesIn", "lenkungsgruppe-bildung-lk", PRES, ev, role="Gast" if o == "jobcenter-wendelsau" else None,
        note="Lenkungsgruppe Bildung, 'Mitglieder:' (l.65)")
rel("bildungsbeirat-wendelsau", "chairedBy", "martina-oberprieler", PRES, "Vorsitz: Dr. Martina Oberprieler")
BW = [("kjr-wendelsau", "u. a. Kreisjugendring Wendelsau"), ("kvhs-wendelsau", "Kreisjugendring Wendelsau, Kreisvolkshochschule"),
      ("keb-wendelsau", "Katholische Erwachsenenbildung im Landkreis Wendelsau e.V. (KEB)"),
      ("caritas-wendelsau", "Caritasverband für den Landkreis Wendelsau e.V."),
      ("schulamt-lk-wendelsau", "Staatliches Schulamt, Kreishandwerkerschaft"),
      ("kreishandwerkerschaft-wendelsau", "Kreishandwerkerschaft Wendelsau, Vertreter der Gemeinden")]
for o, ev in BW:
    rel(o, "participatesIn", "bildungsbeirat-wendelsau", PRES, ev, note="'18 Mitglieder, u. a.' (l.73)")
EV = "Steuerungsgruppe Bildungsregion Gundelsried – Wendelsau gemeinsam mit der Stadt Gundelsried"
rel("lk-wendelsau", "participatesIn", "steuerungsgruppe-bildungsregion", PRES, EV, note="slide of the Landkreis ('Gremien')")
rel("stadt-gundelsried", "participatesIn", "steuerungsgruppe-bildungsregion", PRES, EV)
for o, ev in [("tbn", "Transferstelle Bildungsmanagement Nordgau (TBN) – Prozessbegleitung"),
              ("stadt-gundelsried", "Stadt Gundelsried – gemeinsames Bildungsmonitoring"),
              ("th-gundelsried", "Technische Hochschule Gundelsried (ISF) – wissenschaftliche Begleitung"),
              ("kvhs-wendelsau", "Kreisvolkshochschule Wendelsau e.V. – Weiterbildung"),
              ("kjr-wendelsau", "Kreisjugendring Wendelsau – Jugendbeteiligung, Übergangslotsen"),
              ("umweltstation-rettenau", "Umweltstation Auwald Rettenau – BNE"),
              ("stiftung-hollerbach", "Hollerbach-Stiftung für Bildung und Teilhabe – Förderung der")]:
    rel("lk-wendelsau", "cooperatesWith", o, PRES, ev, note="slide 'Unsere Kooperationspartner' (l.82) of the Landkreis")
rel("to-4.5.3.4", "fundedBy", "stiftung-hollerbach", PRES,
    "Hollerbach-Stiftung für Bildung und Teilhabe – Förderung der Übergangslotsen")
for o, ev in [("ag-bildungsmonitoring", "Mitarbeit in: AG Bildungsmonitoring"),
              ("ak-schulewirtschaft-wendelsau", "Arbeitskreis SCHULEWIRTSCHAFT Wendelsau"),
              ("fachkraefteallianz-wendelsau", "Fachkräfteallianz Wendelsau"),
              ("runder-tisch-integration", "Runder Tisch Integration")]:
    rel("lk-wendelsau", "participatesIn", o, PRES, ev, note="'Mitarbeit in:' (l.102)",
        line=103 if o != "ag-bildungsmonitoring" and o != "ak-schulewirtschaft-wendelsau" else 102)
for m, af, ev in [("pres-m4", "af-ganztag", "„Ganztag gemeinsam gestalten“"),
                  ("pres-m5", "af-bildungsmonitoring", "Weiterbildungsindikatoren (Bildungsmonitoring)"),
                  ("pres-m5", "af-weiterbildung", "Weiterbildungsindikatoren (Bildungsmonitoring)"),
                  ("pres-m7", "af-bildungsuebergaenge", "Schwerpunkt Bildungsübergänge")]:
    rel(m, "addressesActionField", af, PRES, ev)


# --------------------------------------------------------------------------------------
# TRANSFER OBJECTS
# --------------------------------------------------------------------------------------
ALLF = ["kurzbeschreibung", "produkttyp", "ausgangssituation", "ziele", "methoden", "ressourcen", "projektplan",
        "beteiligte_akteure", "marketing", "gelingensbedingungen", "herausforderungen", "anmerkungen",
        "transfer_adressaten"]
TOS = [
    dict(section="4.2.3.1", title="Bildungsdatenatlas „Bildung in Zahlen“", kbm_function="Daten", catalogue_page=21,
         start_line=74, fields_empty=[], fields_missing=[],
         beteiligte_akteure=[
             (134, "Bildungsbüro der Stadt Gundelsried (Federführung)", ["Bildungsbüro der Stadt Gundelsried"]),
             (135, "Bildungsbüro des Landkreises Wendelsau", ["Bildungsbüro des Landkreises Wendelsau"]),
             (136, "Amt für Stadtentwicklung und Statistik", ["Amt für Stadtentwicklung und Statistik"]),
             (137, "Staatliches Schulamt in der Stadt Gundelsried", ["Staatliches Schulamt in der Stadt Gundelsried"]),
             (138, "Staatliches Schulamt im Landkreis Wendelsau", ["Staatliches Schulamt im Landkreis Wendelsau"]),
             (139, "Agentur für Arbeit Gundelsried", ["Agentur für Arbeit Gundelsried"]),
             (140, "Bayerisches Landesamt für Statistik (Datenlieferung)", ["Bayerisches Landesamt für Statistik"]),
             (141, "Technische Hochschule Gundelsried, Institut für Sozialforschung",
              ["Technische Hochschule Gundelsried", "Institut für Sozialforschung"]),
             (142, "AG Bildungsmonitoring", ["AG Bildungsmonitoring"])]),
    dict(section="4.3.3.2", title="Bildungsbeirat der Stadt Gundelsried", kbm_function="Diskurs", catalogue_page=27,
         start_line=204, fields_empty=["anmerkungen", "transfer_adressaten"], fields_missing=[],
         beteiligte_akteure=[
             (260, "Oberbürgermeisterin der Stadt Gundelsried (Vorsitz)", ["Oberbürgermeisterin der Stadt Gundelsried"]),
             (261, "Referat für Bildung, Schule und Sport (stellvertretender Vorsitz)", ["Referat für Bildung, Schule und Sport"]),
             (262, "Stadtrat (je ein Mitglied jeder Fraktion)", ["Stadtrat"]),
             (263, "Staatliches Schulamt in der Stadt Gundelsried", ["Staatliches Schulamt in der Stadt Gundelsried"]),
             (264, "Gemeinsamer Elternbeirat der Gundelsrieder Grund- und Mittelschulen",
              ["Gemeinsamer Elternbeirat der Gundelsrieder Grund- und Mittelschulen"]),
             (265, "Stadtjugendring Gundelsried", ["Stadtjugendring Gundelsried"]),
             (266, "Volkshochschule Gundelsried", ["Volkshochschule Gundelsried"]),
             (267, "Technische Hochschule Gundelsried", ["Technische Hochschule Gundelsried"]),
             (268, "IHK Gundelsried-Wendelsau", ["IHK Gundelsried-Wendelsau"]),
             (269, "Handwerkskammer Nordgau", ["Handwerkskammer Nordgau"]),
             (270, "Integrationsbeirat der Stadt Gundelsried", ["Integrationsbeirat der Stadt Gundelsried"]),
             (271, "Hollerbach-Stiftung für Bildung und Teilhabe (beratend)", ["Hollerbach-Stiftung für Bildung und Teilhabe"])]),
    dict(section="4.5.3.4", title="Übergangslotsen Schule – Beruf", kbm_function="Maßnahmen", catalogue_page=41,
         start_line=296, fields_empty=["anmerkungen"], fields_missing=["marketing"],
         beteiligte_akteure=[
             (351, "Kreisjugendring Wendelsau (Träger)", ["Kreisjugendring Wendelsau"]),
             (352, "Stadtjugendring Gundelsried", ["Stadtjugendring Gundelsried"]),
             (353, "Mittelschulen in Stadt und Landkreis, u. a. die Mittelschule Pfaffenkirch",
              ["Mittelschulen in Stadt und Landkreis", "Mittelschule Pfaffenkirch"]),
             (354, "Staatliches Berufliches Schulzentrum Wendelsau", ["Staatliches Berufliches Schulzentrum Wendelsau"]),
             (355, "Agentur für Arbeit Gundelsried (Berufsberatung)", ["Agentur für Arbeit Gundelsried"]),
             (356, "Jobcenter Landkreis Wendelsau", ["Jobcenter Landkreis Wendelsau"]),
             (357, "IHK Gundelsried-Wendelsau und Handwerkskammer Nordgau",
              ["IHK Gundelsried-Wendelsau", "Handwerkskammer Nordgau"]),
             (358, "Ausbildungsbetriebe, u. a. Reisinger Präzisionsguss GmbH & Co. KG und Brandl Kunststofftechnik GmbH",
              ["Ausbildungsbetriebe", "Reisinger Präzisionsguss GmbH & Co. KG", "Brandl Kunststofftechnik GmbH"]),
             (359, "Arbeitskreis SCHULEWIRTSCHAFT Wendelsau", ["Arbeitskreis SCHULEWIRTSCHAFT Wendelsau"])]),
]


CONTAINERS = {}


def contained(doc, v, k, e2, eid):
    """True if span (k,e2) lies strictly inside a longer name of an Organization/Body entity."""
    key = (doc, v)
    if key not in CONTAINERS:
        spans = []
        for x in E:
            if x["type"] not in ("Organization", "Body"):
                continue
            for f in [x["name"]] + x["aliases"]:
                if f in x.get("noline", []):
                    continue
                for a, b in find_spans(doc, f, v):
                    spans.append((a, b, x["id"]))
        CONTAINERS[key] = spans
    for a, b, xid in CONTAINERS[key]:
        if xid != eid and a <= k and e2 <= b and (b - a) > (e2 - k):
            return True
    return False


def main():
    errors = []
    ids = set()
    out_e = []
    for e in E:
        if e["id"] in ids:
            errors.append(f"duplicate id {e['id']}")
        ids.add(e["id"])
        forms = [e["name"]] + e["aliases"]
        noline = set(e.get("noline", []))
        if "lines" in e and e["type"] != "Measure":
            lines = {d: sorted(set(v)) for d, v in e["lines"].items()}
        else:
            lines = {}
            if e["type"] == "Measure":
                lines = {d: list(v) for d, v in e["lines"].items()}
                for d, v in e.get("add_lines", {}).items():
                    lines.setdefault(d, []).extend(v)
            else:
                for d in DOCS:
                    found = set()
                    for f in forms:
                        if f in noline:
                            continue
                        for v in (0, 1):
                            for k, e2 in find_spans(d, f, v):
                                if e["type"] in ("Municipality", "ActionField") and contained(d, v, k, e2, e["id"]):
                                    continue
                                found.add(line_of(d, v, k))
                    found.update(e.get("add", {}).get(d, []))
                    found.difference_update(e.get("exclude", {}).get(d, []))
                    if found:
                        lines[d] = sorted(found)
        lines = {d: sorted(set(v)) for d, v in lines.items() if v}
        # alias check: each alias must occur in some doc of the entity
        for a in e["aliases"]:
            if not any(find_lines(d, a, boundary=False) for d in lines):
                errors.append(f"alias not found: {e['id']}: {a!r}")
        docs = [d for d in DOCS if d in lines]
        if not docs:
            errors.append(f"entity without doc: {e['id']}")
        rec = {"id": e["id"], "type": e["type"], "name": e["name"], "aliases": e["aliases"], "docs": docs,
               "lines": lines}
        for k in ("role", "affiliation", "measure_kind", "number", "priority", "time_frame", "responsible", "status",
                  "goal", "section", "subtype", "note"):
            if k in e:
                rec[k] = e[k]
        out_e.append(rec)
    # relations
    out_r = []
    seen = set()
    for r in R:
        for k in ("subject", "object"):
            if r[k] not in ids:
                errors.append(f"unknown entity {r[k]} in {r}")
        key = (r["subject"], r["predicate"], r["object"], r["doc"])
        if key in seen:
            errors.append(f"duplicate relation {key}")
        seen.add(key)
        cands = sorted(set(find_lines(r["doc"], r["evidence"], boundary=False)))
        if not cands:
            errors.append(f"evidence not found: {r['doc']}: {r['evidence']!r}")
            continue
        if r["line_hint"]:
            if r["line_hint"] not in cands:
                errors.append(f"line hint {r['line_hint']} not in {cands} for {r['evidence']!r}")
            line = r["line_hint"]
        else:
            if len(cands) > 1:
                errors.append(f"ambiguous evidence {cands}: {r['evidence']!r}")
            line = cands[0]
        rec = {"subject": r["subject"], "predicate": r["predicate"], "object": r["object"], "doc": r["doc"],
               "line": line, "evidence": r["evidence"]}
        if r["role"]:
            rec["role"] = r["role"]
        if r["note"]:
            rec["note"] = r["note"]
        out_r.append(rec)
    # transfer objects
    out_t = []
    for t in TOS:
        present = [f for f in ALLF if f not in t["fields_empty"] and f not in t["fields_missing"]]
        out_t.append({"section": t["section"], "title": t["title"], "kbm_function": t["kbm_function"],
                      "catalogue_page": t["catalogue_page"], "start_line": t["start_line"],
                      "fields_present": present, "fields_empty": t["fields_empty"],
                      "fields_missing": t["fields_missing"],
                      "beteiligte_akteure": [{"text": tx, "line": ln, "actors": ac} for ln, tx, ac in t["beteiligte_akteure"]],
                      "doc": KAT})
        for ln, tx, ac in t["beteiligte_akteure"]:
            if norm(tx) not in norm(LINES[KAT][ln - 1]):
                errors.append(f"TO actor text not on line {ln}: {tx!r}")
        if t["section"] not in LINES[KAT][t["start_line"] - 1]:
            errors.append(f"TO start line wrong {t['section']}")
    if errors:
        print("\n".join(errors))
        print(f"{len(errors)} errors")
    os.makedirs(GOLD, exist_ok=True)
    for fn, obj in (("entities.json", out_e), ("relations.json", out_r), ("transfer_objects.json", out_t)):
        with open(os.path.join(GOLD, fn), "w", encoding="utf-8") as f:
            json.dump(obj, f, ensure_ascii=False, indent=1)
            f.write("\n")
    from collections import Counter
    print("entities", len(out_e), Counter(e["type"] for e in out_e))
    print("relations", len(out_r), Counter(r["predicate"] for r in out_r))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
