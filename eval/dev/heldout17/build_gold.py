#!/usr/bin/env python3
"""Build the held-out extraction gold for /tmp/heldout17/corpus.

All annotation decisions live in this file as data (ENTITIES, RELATIONS, MASKS).
Line numbers are never typed by hand: they are computed by searching the corpus.

Mention lines
-------------
Every surface form of an entity (name without a trailing "(…)" qualifier, plus its
forms) is searched case-insensitively with word boundaries in three views of each
document:
  ws  all whitespace runs (tabs, newlines) collapsed to one space
  hy  like ws, but a line ending in "-"/"–" after a letter is joined to the next line
      without a space (keeps the hyphen: "Stabs-stelle")
  dh  like hy, but a soft hyphen is removed when the next line starts lower-case
      ("Stabsstelle")
Candidates of all entities are mapped back to character spans of the original text
and overlaps are resolved longest-first ("Agentur für Arbeit Oldenwarf" beats the
municipality "Oldenwarf" inside it); identical spans are shared (a mask title and
the body it describes).  The mention line is the line where the span starts.

Relation lines
--------------
The evidence string is searched verbatim (modulo whitespace: tabs and line breaks
count as one space) in the ws view; its start line is the relation line.
involvesActor relations carry no evidence; their line is the BETEILIGTE AKTEURE
heading of the mask (shared-gold convention).

Run:  python3 build_gold.py   (writes gold/*.json, prints a review listing)
"""
import bisect
import json
import os
import re
import sys
from collections import OrderedDict, defaultdict

ROOT = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(ROOT, "corpus")
GOLD = os.path.join(ROOT, "gold")

DOC_FILES = OrderedDict([
    ("oldenwarf-transferkatalog", "oldenwarf-transferkatalog.txt"),
    ("brunskamp-arbeitspakete", "brunskamp-arbeitspakete.txt"),
    ("moorhagen-bildungsbeirat-2023", "moorhagen-bildungsbeirat-2023.md"),
    ("tagf-vorstellung-2016", "tagf-vorstellung-2016.txt"),
    ("suederlund-zielvereinbarung-tagf", "suederlund-zielvereinbarung-tagf.txt"),
])
D1, D2, D3, D4, D5 = DOC_FILES.keys()
ALL = list(DOC_FILES.keys())

# --------------------------------------------------------------------------------------
# text views
# --------------------------------------------------------------------------------------


class Doc:
    def __init__(self, stem):
        self.stem = stem
        with open(os.path.join(CORPUS, DOC_FILES[stem]), encoding="utf-8") as fh:
            self.text = fh.read()
        self.lines = self.text.split("\n")
        if self.lines and self.lines[-1] == "":
            self.lines.pop()
        self.line_starts = []
        off = 0
        for ln in self.text.split("\n"):
            self.line_starts.append(off)
            off += len(ln) + 1
        self.views = {name: self._view(name) for name in ("ws", "hy", "dh")}

    def line_of(self, offset):
        return bisect.bisect_right(self.line_starts, offset)  # 1-based

    def _view(self, mode):
        out, src = [], []
        t = self.text
        i, n = 0, len(t)
        while i < n:
            c = t[i]
            if c.isspace():
                j = i
                while j < n and t[j].isspace():
                    j += 1
                run = t[i:j]
                nxt = t[j] if j < n else ""
                joined = False
                if mode in ("hy", "dh") and "\n" in run and out and out[-1] in "-–" \
                        and len(out) >= 2 and out[-2].isalpha() and nxt and nxt.isalnum():
                    if mode == "dh" and out[-1] == "-" and nxt.islower():
                        out.pop()
                        src.pop()
                    joined = True
                if not joined and out and out[-1] != " ":
                    out.append(" ")
                    src.append(i)
                i = j
                continue
            out.append(c)
            src.append(i)
            i += 1
        return "".join(out), src


DOCS = {stem: Doc(stem) for stem in DOC_FILES}


def norm_ws(s):
    return re.sub(r"\s+", " ", s).strip()


def strip_qualifier(name):
    return re.sub(r"\s*\([^()]*\)$", "", name).strip()


# --------------------------------------------------------------------------------------
# entities
# --------------------------------------------------------------------------------------

ENTITIES = []
_EIDX = {}


def E(eid, etype, name, docs, forms=(), role=None, affiliation=None, role_only=False,
      note=None, ctx=None, excl=None, cs=(), name_searchable=True):
    """docs: list of doc stems, or "auto" (all docs where a form is found).
    forms: other surface forms (become aliases when found).
    ctx:  {form: [context strings]}   form counts only inside one of the contexts
    excl: {form: [context strings]}   form does not count inside these contexts
    cs:   forms matched case-sensitively (initials, acronyms also found in e-mails)."""
    assert eid not in _EIDX, eid
    ent = dict(id=eid, type=etype, name=name, docs=docs, forms=list(forms), role=role,
               affiliation=affiliation, role_only=role_only, note=note, ctx=ctx or {},
               excl=excl or {}, cs=set(cs), name_searchable=name_searchable)
    _EIDX[eid] = ent
    ENTITIES.append(ent)
    return ent


ORG, MUN, BODY, PROG, PERS, AF, MEAS, TO = ("Organization", "Municipality", "Body", "Programme",
                                          "Person", "ActionField", "Measure", "TransferObject")

# ---- organisations: federal / state / statistics ------------------------------------
E("bmbf", ORG, "Bundesministerium für Bildung und Forschung", [D1, D2, D3, D4, D5],
  ["BMBF", "Bundesministerium fiir Bildung und Forschung"])
E("nds-kultusministerium", ORG, "Niedersächsisches Kultusministerium", [D4],
  ["Niedersächsischen Kultusministerium"],
  note="Only the dative form occurs (l. 'Kooperation mit dem Niedersächsischen Kultusministerium').")
E("msb-sh", ORG, "Ministerium für Schule und Berufsbildung des Landes Schleswig-Holstein", [D4])
E("lsn", ORG, "Landesamt für Statistik Niedersachsen", [D1, D3], ["LSN"], cs=["LSN"])
E("statamt-nord", ORG, "Statistisches Amt für Hamburg und Schleswig-Holstein", [D2, D5],
  ["Statistischen Amt fiir Hamburg und Schleswig-Holstein",
   "Statistischen Amt für Hamburg und Schleswig-Holstein"],
  note="Only dative forms occur; D2 form is OCR-damaged.")
E("bundesagentur-fuer-arbeit", ORG, "Bundesagentur für Arbeit", [D3])

# ---- organisations: transfer agency and carrier --------------------------------------
E("tagf", ORG, "Transferagentur Geest-Förde für Kommunales Bildungsmanagement", ALL,
  ["Transferagentur Geest-Förde", "TAGF",
   "Transferagentur Geest-Forde fiir Kommunales Bildungsmanagement", "Transferagentur"],
  cs=["TAGF"], excl={"Transferagentur": ["transferagentur-geest-foerde.de"]})
E("nibb", ORG, "Nordinstitut für Bildungsforschung und Beratung e.V.", [D4, D5],
  ["NIBB", "Nordinstituts für Bildungsforschung und Beratung e.V."], cs=["NIBB"])

# ---- organisations: labour market, chambers, schools, foundations --------------------
E("afa-oldenwarf", ORG, "Agentur für Arbeit Oldenwarf", [D1, D3], ["Agen-tur für Arbeit Oldenwarf"])
E("afa-brunskamp", ORG, "Agentur für Arbeit Brunskamp", [D2, D5], ["Agentur fiir Arbeit Brunskamp"])
E("jobcenter-oldenwarf", ORG, "Jobcenter Oldenwarf", [D1])
E("jobcenter-brunskamp", ORG, "Jobcenter Brunskamp", [D2])
E("jobcenter-lk-moorhagen", ORG, "Jobcenter Landkreis Moorhagen", [D3])
E("jobcenter-kreis-suederlund", ORG, "Jobcenter Kreis Süderlund", [D5], ["Jobcenter"])
E("jba-oldenwarf", ORG, "Jugendberufsagentur Oldenwarf", [D1],
  ["Jugend-berufsagentur Oldenwarf", "Jugendberufsagentur"])
E("jba-brunskamp", ORG, "Jugendberufsagentur Brunskamp", [D2], ["Jugendberufsagentur"])
E("jba-suederlund", ORG, "Jugendberufsagentur Süderlund", [D5])
E("ihk-oldenwarf", ORG, "Industrie- und Handelskammer Oldenwarf", [D1, D3], ["IHK Oldenwarf", "IHK"],
  cs=["IHK"])
E("ihk-brunskamp", ORG, "IHK Brunskamp", [D2])
E("hwk-oldenwarf-moorhagen", ORG, "Handwerkskammer Oldenwarf-Moorhagen", [D1],
  ["Hand-werkskammer Oldenwarf-Moorhagen"])
E("khs-brunskamp-suederlund", ORG, "Kreishandwerkerschaft Brunskamp-Süderlund", [D2, D5],
  ["Kreishandwerkerschaft Brunskamp-Siiderlund"])
E("khs-moorhagen", ORG, "Kreishandwerkerschaft Moorhagen", [D3], ["Kreishandwerkerschaft"])
E("hochschule-oldenwarf", ORG, "Hochschule Oldenwarf", [D1, D3])
E("fh-brunskamp", ORG, "Fachhochschule Brunskamp", [D2])
E("bbs-moorhagen", ORG, "Berufsbildende Schulen Moorhagen", [D3])
E("rbz-suederlund", ORG, "Regionales Berufsbildungszentrum Süderlund", [D5],
  ["Regionalen Berufsbildungszentrums Süderlund", "RBZ"], cs=["RBZ"],
  note="Only the genitive form occurs.")
E("landesschulamt-oldenwarf", ORG, "Regionalstelle Oldenwarf des Landesschulamts", [D1, D3],
  note="Regional office of the (invented) state school authority; as in the shared gold "
       "(Sächsische Bildungsagentur, Regionalstelle Leipzig) office and authority are one entity.")
E("schulamt-brunskamp", ORG, "Schulamt Brunskamp", [D2])
E("schulamt-suederlund", ORG, "Schulamt Süderlund", [D5])
E("wifoe-brunskamp", ORG, "Wirtschaftsförderung Brunskamp GmbH", [D2],
  ["Wirtschaftsférderung Brunskamp GmbH"], note="Canonical spelling; the text has the OCR form.")
E("bne-zentrum-brunskamp", ORG, "Regionales BNE-Zentrum Brunskamp", [D2],
  ["Regionalen BNE-Zentrum Brunskamp", "Regionalen BNE-Zentrum"],
  note="Only dative forms occur.")
E("sparkassenstiftung-oldenwarf", ORG, "Sparkassenstiftung Oldenwarf", [D1])
E("hedwig-luehrs-stiftung", ORG, "Hedwig-Lührs-Stiftung", [D1])
E("diakonie-oldenwarf", ORG, "Diakonisches Werk Oldenwarf", [D1], ["Diakonischen Werks Oldenwarf"],
  note="Only the genitive form occurs (in the running text and in the actors list).")
E("buergerstiftung-moorhagen", ORG, "Bürgerstiftung Moorhagen", [D3])
E("vhs-oldenwarf", ORG, "Volkshochschule Oldenwarf", [D1], ["Volkshochschule Ol-denwarf"])
E("stadtbibliothek-oldenwarf", ORG, "Stadtbibliothek Oldenwarf", [D1], ["Stadtbibliothek"])
E("vhs-brunskamp", ORG, "Volkshochschule Brunskamp", [D2])
E("stadtbuecherei-brunskamp", ORG, "Stadtbücherei Brunskamp", [D2], ["Stadtbiicherei Brunskamp"],
  note="Canonical spelling; the text has the OCR form.")
E("kvhs-moorhagen", ORG, "Kreisvolkshochschule Moorhagen gGmbH", [D3],
  ["Kreisvolkshochschule Moorhagen", "Kreisvolkshochschule"])

# ---- organisations: administrative units ---------------------------------------------
E("fb-bildung-oldenwarf", ORG, "Fachbereich Bildung, Schule und Sport (Stadt Oldenwarf)", [D1],
  ["Fachbereich Bildung, Schule und Sport", "Fachbereich 40"])
E("fb-jugend-oldenwarf", ORG, "Fachbereich Jugend und Familie (Stadt Oldenwarf)", [D1],
  ["Fachbereich Jugend und Familie"])
E("bildungsbuero-oldenwarf", ORG, "Bildungsbüro (Stadt Oldenwarf)", [D1],
  ["Bildungsbüro", "Bildungsbüros"])
E("stabsstelle-sbp-oldenwarf", ORG, "Stabsstelle Sozial- und Bildungsplanung (Stadt Oldenwarf)", [D1],
  ["Stabsstelle Sozial- und Bildungsplanung", "Stabs-stelle Sozial- und Bildungsplanung"])
E("referat-statistik-oldenwarf", ORG, "Referat Statistik und Stadtforschung (Stadt Oldenwarf)", [D1],
  ["Referat Statistik und Stadtforschung"])
E("dezernat3-oldenwarf", ORG, "Dezernat III – Bildung, Jugend und Soziales (Stadt Oldenwarf)", [D1],
  ["Dezernat III"])
E("fb-bks-brunskamp", ORG, "Fachbereich Bildung, Kultur und Sport (Stadt Brunskamp)", [D2],
  ["Fachbereich Bildung, Kultur und Sport"])
E("fb-jugend-brunskamp", ORG, "Fachbereich Jugend und Familie (Stadt Brunskamp)", [D2],
  ["Fachbereich Jugend und Familie", "Fachbereichs Jugend und Familie"])
E("fb-soziales-brunskamp", ORG, "Fachbereich Soziales und Gesundheit (Stadt Brunskamp)", [D2],
  ["Fachbereich Soziales und Gesundheit"])
E("bildungsbuero-brunskamp", ORG, "Bildungsbüro (Stadt Brunskamp)", [D2],
  ["Bildungsbiiro", "Bildungsbiiros"],
  note="Canonical spelling; the text only has the OCR forms.")
E("stabsstelle-isp-brunskamp", ORG, "Stabsstelle Integrierte Sozialplanung (Stadt Brunskamp)", [D2],
  ["Stabsstelle Integrierte Sozialplanung"])
E("statistikstelle-brunskamp", ORG, "Statistikstelle der Stadt Brunskamp", [D2])
E("fachberatung-kita-brunskamp", ORG, "Fachberatung Kindertagesstätten (Stadt Brunskamp)", [D2],
  ["Fachberatung Kindertagesstatten"], note="Canonical spelling; the text has the OCR form.")
E("bildungsbuero-moorhagen", ORG, "Bildungsbüro (Landkreis Moorhagen)", [D3],
  ["Bildungsbüro", "Bildungsbüros"])
E("amt-sks-moorhagen", ORG, "Amt für Schule, Kultur und Sport (Landkreis Moorhagen)", [D3],
  ["Amt für Schule, Kultur und Sport"])
E("amt-juf-moorhagen", ORG, "Amt für Jugend und Familie (Landkreis Moorhagen)", [D3],
  ["Amt für Jugend und Familie"])
E("dezernat2-moorhagen", ORG, "Dezernat II (Landkreis Moorhagen)", [D3])
E("fd-sks-suederlund", ORG, "Fachdienst Schule, Kultur und Sport (Kreis Süderlund)", [D5],
  ["Fachdienst Schule, Kultur und Sport", "Fachdienstes Schule, Kultur und Sport"])
E("fd-juf-suederlund", ORG, "Fachdienst Jugend und Familie (Kreis Süderlund)", [D5],
  ["Fachdienst Jugend und Familie"])
E("stabsstelle-ke-suederlund", ORG, "Stabsstelle Kreisentwicklung (Kreis Süderlund)", [D5],
  ["Stabsstelle Kreisentwicklung"])

# ---- municipalities --------------------------------------------------------------------
E("stadt-oldenwarf", MUN, "Stadt Oldenwarf", [D1, D3, D4, D5], ["Oldenwarf", "Oldenwarfer"])
E("stadt-hoernerup", MUN, "Stadt Hörnerup", [D1, D5], ["Hörnerup"])
E("lk-moorhagen", MUN, "Landkreis Moorhagen", [D1, D3, D4], ["Landkreises Moorhagen"],
  note="Bare 'Landkreis'/'Landkreises' (D3) refer to it but are not counted as names.")
E("stadt-moorhagen", MUN, "Stadt Moorhagen", [D3], ["Moorhagen"],
  ctx={"Moorhagen": ["Bahnhofstraße 9, Moorhagen", "Rathaus Moorhagen", "Moorhagen, 21.03.2023"]},
  note="Kreisstadt of Landkreis Moorhagen; bare 'Moorhagen' counted only where it is the town "
       "(address, town hall, place of signature).")
E("samtgemeinde-brinkholt", MUN, "Samtgemeinde Brinkholt", [D3])
E("stadt-brunskamp", MUN, "Stadt Brunskamp", [D2, D3, D4], ["Brunskamp", "Brunskamper"],
  excl={"Brunskamp": ["brunskamp.de"]})
E("kreis-suederlund", MUN, "Kreis Süderlund", [D4, D5], ["Kreises Süderlund"],
  note="Schleswig-Holstein district. Bare 'Kreis' (defined party name in D5) is not counted as a name.")
E("tarpholm", MUN, "Tarpholm", [D5],
  note="Only as place of signature of the Kreis ('Tarpholm, den 21.03.2017'); type from context "
       "(seat of the district administration).")

# ---- bodies ------------------------------------------------------------------------------
E("rat-oldenwarf", BODY, "Rat der Stadt Oldenwarf", [D1], ["Rates der Stadt Oldenwarf", "Rates"])
E("ausschuss-schule-bildung-oldenwarf", BODY, "Ausschuss für Schule und Bildung (Stadt Oldenwarf)", [D1],
  ["Ausschuss für Schule und Bildung"])
E("bildungsbeirat-oldenwarf", BODY, "Bildungsbeirat (Stadt Oldenwarf)", [D1],
  ["Bildungsbeirat", "Bildungsbeirats", "Beirat"])
E("lenkungsrunde-oldenwarf", BODY, "Lenkungsrunde Bildung (Stadt Oldenwarf)", [D1],
  ["Lenkungsrunde Bildung", "Lenkungsrunde"])
E("bildungskonferenz-oldenwarf", BODY, "Oldenwarfer Bildungskonferenz", [D1])
E("ak-usb-oldenwarf", BODY, "Arbeitskreis Übergang Schule–Beruf (Stadt Oldenwarf)", [D1],
  ["Arbeitskreis Übergang Schule–Beruf", "Arbeitskreises"])
E("stadtelternrat-oldenwarf", BODY, "Stadtelternrat (Stadt Oldenwarf)", [D1],
  ["Stadtelternrat", "Stadt-elternrat"])
E("ratsversammlung-brunskamp", BODY, "Ratsversammlung der Stadt Brunskamp", [D2], ["Ratsversammlung"],
  note="City council (Schleswig-Holstein term); only 'Ratsversammlung' occurs.")
E("ausschuss-sks-brunskamp", BODY, "Ausschuss für Schule, Kultur und Sport (Stadt Brunskamp)", [D2],
  ["Ausschuss fiir Schule, Kultur und Sport"], note="Canonical spelling; the text has the OCR form.")
E("steuerungsgruppe-brunskamp", BODY, "Steuerungsgruppe Bildung (Stadt Brunskamp)", [D2],
  ["Steuerungsgruppe Bildung"])
E("bildungsbeirat-brunskamp", BODY, "Bildungsbeirat (Stadt Brunskamp)", [D2],
  ["Bildungsbeirat", "Bildungsbeirates"])
E("bildungskonferenz-brunskamp", BODY, "Brunskamper Bildungskonferenz", [D2])
E("kjb-brunskamp", BODY, "Kinder- und Jugendbeirat der Stadt Brunskamp", [D2],
  ["Kinder- und Jugendbeirates der Stadt Brunskamp"], note="Only the genitive form occurs.")
E("ag-kita-gs-brunskamp", BODY, "AG Übergang Kita–Grundschule (Stadt Brunskamp)", [D2],
  ["AG Ubergang Kita-Grundschule"], note="Canonical spelling; the text has the OCR form.")
E("ak-sw-brunskamp", BODY, "Arbeitskreis Schule–Wirtschaft Brunskamp", [D2],
  ["Arbeitskreis Schule-Wirtschaft Brunskamp"], note="Canonical dash; the text has a hyphen.")
E("bne-netzwerk-brunskamp", BODY, "BNE-Netzwerk Brunskamp", [D2])
E("ag-bildungsdaten-brunskamp", BODY, "AG Bildungsdaten (Stadt Brunskamp)", [D2], ["AG Bildungsdaten"])
E("bildungsbeirat-moorhagen", BODY, "Bildungsbeirat des Landkreises Moorhagen", [D3],
  ["Bildungsbeirats des Landkreises Moorhagen", "Bildungsbeirat", "Bildungsbeirats", "Beirats"],
  note="Canonical nominative; the title has the genitive 'Bildungsbeirats des Landkreises Moorhagen'.")
E("kreistag-moorhagen", BODY, "Kreistag (Landkreis Moorhagen)", [D3], ["Kreistages"],
  note="Only the genitive 'Kreistages' occurs.")
E("ausschuss-sk-moorhagen", BODY, "Ausschuss für Schule und Kultur (Landkreis Moorhagen)", [D3],
  ["Ausschuss für Schule und Kultur"])
E("kreiselternrat-moorhagen", BODY, "Kreiselternrat Moorhagen", [D3], ["Kreiselternrat", "Kreiselternrats"])
E("ag-kita-gs-moorhagen", BODY, "AG Übergang Kita–Grundschule (Landkreis Moorhagen)", [D3],
  ["AG Übergang Kita–Grundschule"])
E("ag-sw-moorhagen", BODY, "AG Schule–Wirtschaft (Landkreis Moorhagen)", [D3], ["AG Schule–Wirtschaft"])
E("ag-sprachbildung-moorhagen", BODY, "AG Sprachbildung (Landkreis Moorhagen)", [D3], ["AG Sprachbildung"])
E("bildungskonferenz-moorhagen", BODY, "Bildungskonferenz (Landkreis Moorhagen)", [D3], ["Bildungskonferenz"],
  note="Only 'Bildungskonferenz 2024' (to-do); planned event of the Landkreis.")
E("lenkungsgruppe-suederlund", BODY, "Lenkungsgruppe Bildung (Kreis Süderlund)", [D5],
  ["Lenkungsgruppe Bildung"])
E("bildungskonferenz-suederlund", BODY, "Bildungskonferenz Süderlund", [D5],
  note="Planned (2018); entity only, no relations.")

# ---- programmes ----------------------------------------------------------------------------
E("bildung-integriert", PROG, "Bildung integriert", [D1, D2, D4, D5])
E("bildungskommunen", PROG, "Bildungskommunen", [D2, D3])
E("transferinitiative", PROG, "Transferinitiative Kommunales Bildungsmanagement", [D4, D5],
  ["Transferinitiative"])
E("esf", PROG, "Europäischer Sozialfonds", [D1, D4, D5], ["Europäischen Sozialfonds", "ESF"], cs=["ESF"],
  note="Treated as Programme like 'ESF' in the shared gold; ESF Plus (2021-2027) is a separate entity.")
E("esf-plus", PROG, "ESF Plus", [D2, D3],
  ["Europäischen Sozialfonds Plus", "Europaischen Sozialfonds Plus"], cs=["ESF Plus"])
E("koordinierung-neuzugewanderte", PROG, "Kommunale Koordinierung der Bildungsangebote für Neuzugewanderte",
  [D4], ["Kommunale Koordinierung"])
E("lernen-vor-ort", PROG, "Lernen vor Ort", [D4])
E("lernende-regionen", PROG, "Lernende Regionen", [D4])
E("sprachbruecken-moorhagen", PROG, "Sprachbrücken Moorhagen", [D3], ["Sprachbrücken"],
  note="Local project (typed Programme like the local projects of the shared gold).")

# ---- persons -------------------------------------------------------------------------------
E("jens-uwe-terborg", PERS, "Jens-Uwe Terborg", [D1], ["Oberbürgermeister Terborg", "Terborg"],
  role="Oberbürgermeister", affiliation="Stadt Oldenwarf")
E("henrike-almstedt", PERS, "Dr. Henrike Almstedt", [D1],
  role="Stadträtin für Bildung, Jugend und Soziales", affiliation="Stadt Oldenwarf")
E("anke-meinders", PERS, "Anke Meinders", [D1], role="Leiterin des Bildungsbüros",
  affiliation="Bildungsbüro (Stadt Oldenwarf)")
E("maren-tjaden", PERS, "Maren Tjaden", [D1], role="Ausbildungsberaterin",
  affiliation="Handwerkskammer Oldenwarf-Moorhagen")
E("svenja-thode", PERS, "Svenja Thode", [D2], ["Thode"], excl={"Thode": ["thode@"]},
  role="Leiterin Bildungsbiiro", affiliation="Stadt Brunskamp")
E("obm-brunskamp", PERS, "Oberbürgermeisterin der Stadt Brunskamp (role, unnamed)", [D2],
  ["Oberbiirgermeisterin"], role="Oberbürgermeisterin", affiliation="Stadt Brunskamp", role_only=True,
  name_searchable=False)
E("hinrich-oltmanns", PERS, "Hinrich Oltmanns", [D3], ["Landrat Oltmanns", "Herr Oltmanns"],
  role="Landrat", affiliation="Landkreis Moorhagen")
E("almuth-rehwinkel", PERS, "Dr. Almuth Rehwinkel", [D3],
  role="Dezernentin für Bildung, Jugend und Soziales", affiliation="Landkreis Moorhagen")
E("swantje-hollmann", PERS, "Swantje Hollmann", [D3], ["Frau Hollmann"],
  role="Leiterin Bildungsbüro", affiliation="Landkreis Moorhagen")
E("malte-grotelueschen", PERS, "Malte Grotelüschen", [D3], ["mg"], cs=["mg"],
  role="Bildungsmonitoring im Bildungsbüro", affiliation="Landkreis Moorhagen")
E("tanja-ruedebusch", PERS, "Tanja Rüdebusch", [D3], ["Frau Rüdebusch"],
  role="Bürgermeisterin", affiliation="Stadt Moorhagen")
E("keno-hinrichs", PERS, "Keno Hinrichs", [D3], role="Samtgemeindebürgermeister",
  affiliation="Samtgemeinde Brinkholt")
E("uwe-kroeger", PERS, "Uwe Kröger", [D3], role="Geschäftsführer",
  affiliation="Jobcenter Landkreis Moorhagen")
E("birte-lammers", PERS, "Birte Lammers", [D3], role="Teamleiterin Berufsberatung",
  affiliation="Agentur für Arbeit Oldenwarf")
E("frank-wuebbena", PERS, "Dr. Frank Wübbena", [D3], role="Bereichsleiter Aus- und Weiterbildung",
  affiliation="IHK Oldenwarf")
E("heiko-schnieders", PERS, "Heiko Schnieders", [D3], role="Geschäftsführer",
  affiliation="Kreishandwerkerschaft Moorhagen")
E("joerg-ennen", PERS, "Jörg Ennen", [D3], role="Schulleiter", affiliation="Berufsbildende Schulen Moorhagen")
E("gesche-diekmann", PERS, "Gesche Diekmann", [D3], role="Geschäftsführerin",
  affiliation="Kreisvolkshochschule Moorhagen gGmbH")
E("nadine-koester", PERS, "Nadine Köster", [D3], ["Frau Köster"], role="Vorsitzende",
  affiliation="Kreiselternrat Moorhagen")
E("regine-albers-thoms", PERS, "Regine Albers-Thoms", [D3], role="Dezernentin Schulaufsicht",
  affiliation="Regionalstelle Oldenwarf des Landesschulamts")
E("soenke-hamer", PERS, "Prof. Dr. Sönke Hamer", [D3], role="Vizepräsident für Studium und Lehre",
  affiliation="Hochschule Oldenwarf")
E("elke-rosenbrock", PERS, "Elke Rosenbrock", [D3], ["Frau Rosenbrock"], role="Vorstand",
  affiliation="Bürgerstiftung Moorhagen")
E("antje-meyer-rohlfs", PERS, "Antje Meyer-Rohlfs", [D3],
  role="Fachberatung Kindertagesstätten im Amt für Jugend und Familie des Landkreises",
  affiliation="Landkreis Moorhagen")
E("jannik-oltrogge", PERS, "Jannik Oltrogge", [D3, D4], role="Landeskoordinator Niedersachsen",
  affiliation="Transferagentur Geest-Förde für Kommunales Bildungsmanagement")
E("telse-hansing", PERS, "Dr. Telse Hansing", [D4, D5], role="Leiterin der Transferagentur",
  affiliation="Transferagentur Geest-Förde für Kommunales Bildungsmanagement")
E("merle-vosgerau", PERS, "Merle Vosgerau", [D4, D5], role="Landeskoordinatorin Schleswig-Holstein",
  affiliation="Transferagentur Geest-Förde für Kommunales Bildungsmanagement")
E("wiebke-carstensen", PERS, "Dr. Wiebke Carstensen", [D5], role="Landrätin", affiliation="Kreis Süderlund")
E("joern-callsen", PERS, "Jörn Callsen", [D5],
  role="Leiter des Fachdienstes Schule, Kultur und Sport des Kreises Süderlund",
  affiliation="Kreis Süderlund")

# ---- action fields (every occurrence of the listed forms counts; docs computed) ---------
E("bildungsmonitoring", AF, "Bildungsmonitoring", "auto", ["Bildungsmonitorings", "Monitoring"])
E("uebergang-schule-beruf", AF, "Übergang Schule–Beruf", "auto",
  ["Übergang Schule – Beruf", "Ubergang Schule-Beruf", "Übergangs Schule–Beruf"],
  note="Canonical spelling as in the shared gold; the text spells it with spaced dash, hyphen (OCR) or genitive.")
E("uebergang-kita-grundschule", AF, "Übergang Kita–Grundschule", "auto", ["Ubergang Kita-Grundschule"])
# (name occurs inside the AG name in D3; counted because action fields are their own layer)
E("uebergaenge", AF, "Übergänge", "auto", ["Ubergange", "Ubergiinge"],
  note="Schwerpunktthema 'Übergänge' in general (D2, OCR forms only).")
E("fruehe-bildung", AF, "Frühe Bildung", "auto")
E("sprachbildung", AF, "Sprachbildung", "auto")
E("bildungsintegration-neuzugewanderte", AF, "Bildungsintegration Neuzugewanderter", "auto")
E("lebenslanges-lernen", AF, "Lebenslanges Lernen", "auto", ["lebenslangen Lernen"])
E("weiterbildung", AF, "Weiterbildung", "auto")
E("bildungsberatung", AF, "Bildungsberatung", "auto")
E("fachkraeftesicherung", AF, "Fachkräftesicherung", "auto",
  ["Fachkraftesicherung", "Fachkräfte-sicherung", "Fachkrafte", "Fachkréfte"])
E("bne", AF, "Bildung für nachhaltige Entwicklung", "auto",
  ["BNE", "Bildung fiir nachhaltige Entwicklung"], cs=["BNE"])
E("digitalisierung", AF, "Digitalisierung", "auto")
E("berufsorientierung", AF, "Berufsorientierung", "auto")
E("allgemeinbildende-schulen", AF, "Allgemeinbildende Schulen", "auto")
E("berufliche-bildung", AF, "Berufliche Bildung", "auto")

# ---- measures: work packages (D2), Handlungsprogramm (D3), goals of the ZV (D5) -----------
OCR = "Canonical spelling; the text has OCR-damaged forms (aliases)."
E("ap01-brunskamp", MEAS, "AP 1 Grundlagen und Analyse der Ausgangssituation", [D2],
  ["AP 1", "Grundlagen und Analyse der Ausgangssituation"])
E("ap02-brunskamp", MEAS, "AP 2 Leitbildentwicklung", [D2], ["AP 2", "Leitbildentwicklung"])
E("ap03-brunskamp", MEAS, "AP 3 Koordinierung und Steuerung", [D2], ["AP 3", "Koordinierung und Steuerung"])
E("ap04-brunskamp", MEAS, "AP 4 Bildungskonferenzen", [D2], ["AP 4", "Bildungskonferenzen"])
E("ap05-brunskamp", MEAS, "AP 5 Aufbau, Weiterführung und Pflege von Kooperationsstrukturen", [D2],
  ["AP 5", "AP 5 Aufbau, Weiterfiihrung und Pflege von Kooperationsstrukturen"], note=OCR)
E("ap06-brunskamp", MEAS, "AP 6 Übergang Kita–Grundschule", [D2],
  ["AP 6", "AP 6 Ubergang Kita-Grundschule"], note=OCR)
E("ap07-brunskamp", MEAS, "AP 7 Übergang Schule–Beruf und Fachkräftesicherung", [D2],
  ["AP 7", "AP 7 Ubergang Schule-Beruf und Fachkraftesicherung"], note=OCR)
E("ap08-brunskamp", MEAS, "AP 8 Aufbau und Pflege von Kooperationsstrukturen zu den Themen BNE und Fachkräfte",
  [D2], ["AP 8", "AP 8 Aufbau und Pflege von Kooperationsstrukturen zu den Themen BNE und Fachkrafte"],
  note=OCR)
E("ap09-brunskamp", MEAS, "AP 9 Netzwerkarbeit", [D2], ["AP 9", "Netzwerkarbeit"])
E("ap10-brunskamp", MEAS, "AP 10 Fortführung der Etablierung des Bildungsmonitorings", [D2],
  ["AP 10", "AP 10 Fortfithrung der Etablierung des Bildungsmonitorings"], note=OCR)
E("ap11-brunskamp", MEAS, "AP 11 Bildungsberichterstattung im lebenslangen Lernen", [D2],
  ["AP 11", "Bildungsberichterstattung im lebenslangen Lernen"])
E("ap12-brunskamp", MEAS, "AP 12 Digitalisierung und Bildungsportal", [D2],
  ["AP 12", "Digitalisierung und Bildungsportal"])
E("ap13-brunskamp", MEAS, "AP 13 Kommunikation und Öffentlichkeitsarbeit", [D2],
  ["AP 13", "AP 13 Kommunikation und Offentlichkeitsarbeit"], note=OCR)
E("m1-moorhagen", MEAS, "Ausweitung der „Sprachbrücken“ auf alle Samtgemeinden", [D3], ["M 1"])
E("m2-moorhagen", MEAS, "Praktikumswochen Moorhagen verstetigen", [D3], ["M 2"])
E("m3-moorhagen", MEAS, "Ausbildungsabbrüche senken", [D3], ["M 3"])
E("m4-moorhagen", MEAS, "Weiterbildungsatlas Moorhagen", [D3], ["M 4"])
E("m5-moorhagen", MEAS, "Kleinräumiges Monitoring Kita-Besuch", [D3], ["M 5"])
E("ziel1-suederlund", MEAS, "Aufbau eines datenbasierten Bildungsmonitorings", [D5])
E("ziel2-suederlund", MEAS, "Weiterentwicklung interner Koordinationsstrukturen", [D5],
  ["Weiterentwicklung interner Koordinations-strukturen"])
E("ziel3-suederlund", MEAS, "Gestaltung des Übergangs Schule–Beruf und Fachkräftesicherung", [D5])
E("ziel4-suederlund", MEAS, "Bildungsintegration Neuzugewanderter", [D5],
  note="Goal 4 of Anlage 1; same wording as the action field it addresses.")
E("ziel5-suederlund", MEAS, "(Weiter-) Entwicklung von Beteiligungs- und Kooperationsstrukturen", [D5])

# ---- transfer objects (product masks of D1) -----------------------------------------------
E("to-3.3.3.1", TO, "Lenkungsrunde Bildung", [D1],
  ctx={"Lenkungsrunde Bildung": ["Lenkungsrunde Bildung (Seite 24)", "3.3.3.1 Lenkungsrunde Bildung",
                                 "LenkungSrunDe BILDung"]},
  note="Mask 3.3.3.1; mentions counted only in Table 1, the section heading and PRODUKTBEZEICHNUNG "
       "(elsewhere the same words name the body lenkungsrunde-oldenwarf).")
E("to-3.5.3.1", TO, "Bildungslotsinnen und Bildungslotsen im Quartier", [D1],
  ["Bildungslotsen im Quartier"], note="Mask 3.5.3.1; running header uses the short title.")

# --------------------------------------------------------------------------------------
# relations
# --------------------------------------------------------------------------------------

RELATIONS = []


def R(s, p, o, doc, evidence=None, role=None, note=None, nth=None, line_from=None):
    RELATIONS.append(dict(subject=s, predicate=p, object=o, doc=doc, evidence=evidence, role=role,
                          note=note, nth=nth, line_from=line_from))


def members(body, doc, items, note):
    for org, ev in items:
        R(org, "participatesIn", body, doc, ev, note=note)


# ---- D1 Oldenwarf Transferkatalog --------------------------------------------------------
R("stadt-oldenwarf", "participatesIn", "bildung-integriert", D1,
  "Seit dem Herbst 2016 beteiligt sich die Stadt Oldenwarf am Bundesprogramm „Bildung integriert“")
R("stadt-oldenwarf", "cooperatesWith", "tagf", D1,
  "Begleitet wurden wir dabei von der Transferagentur Geest-Förde für Kommunales Bildungsmanagement, "
  "mit der die Stadt im März 2016 eine Zielvereinbarung geschlossen hat",
  note="Target agreement (Zielvereinbarung); restated in 3.3.2 ('begleitet die Stadt seit 2016').")
R("jens-uwe-terborg", "memberOf", "stadt-oldenwarf", D1,
  "Jens-Uwe Terborg Oberbürgermeister der Stadt Oldenwarf", role="Oberbürgermeister")
R("bildung-integriert", "fundedBy", "bmbf", D1,
  "Das Programm wurde vom Bundesministerium für Bildung und Forschung und aus Mitteln des "
  "Europäischen Sozialfonds gefördert")
R("bildung-integriert", "fundedBy", "esf", D1,
  "Das Programm wurde vom Bundesministerium für Bildung und Forschung und aus Mitteln des "
  "Europäischen Sozialfonds gefördert")
R("stabsstelle-sbp-oldenwarf", "cooperatesWith", "referat-statistik-oldenwarf", D1,
  "Stabs- stelle Sozial- und Bildungsplanung, die dafür eng mit dem Referat Statistik und "
  "Stadtforschung zusammenarbeitet")
R("ausschuss-schule-bildung-oldenwarf", "subOrganizationOf", "rat-oldenwarf", D1,
  "Ausschuss für Schule und Bildung, einem Fachausschuss des Rates",
  note="Committee of the city council.")
R("bildungsbeirat-oldenwarf", "chairedBy", "jens-uwe-terborg", D1,
  "Den Bildungsbeirat hat Oberbürgermeister Terborg im Frühjahr 2017 ins Leben gerufen, und er "
  "leitet dessen Sitzungen selbst")
members("bildungsbeirat-oldenwarf", D1, [
    ("landesschulamt-oldenwarf", "an: die Regionalstelle Oldenwarf des Landesschulamts"),
    ("afa-oldenwarf", "die Agen- tur für Arbeit Oldenwarf"),
    ("jobcenter-oldenwarf", "das Jobcenter Oldenwarf, die Industrie-"),
    ("ihk-oldenwarf", "die Industrie- und Handelskammer Oldenwarf"),
    ("hwk-oldenwarf-moorhagen", "die Handwerkskammer Oldenwarf-Moorhagen, die Hochschule"),
    ("hochschule-oldenwarf", "die Hochschule Oldenwarf und der Stadt-"),
    ("stadtelternrat-oldenwarf", "der Stadt- elternrat"),
], note="'Dem Beirat gehören die Spitzen der wichtigsten Bildungspartner an: …' (3.3.2)")
R("lenkungsrunde-oldenwarf", "chairedBy", "henrike-almstedt", D1,
  "Den Vorsitz führt die Stadträtin für Bildung, Jugend und Soziales, Dr. Henrike Almstedt")
R("henrike-almstedt", "memberOf", "stadt-oldenwarf", D1,
  "Den Vorsitz führt die Stadträtin für Bildung, Jugend und Soziales, Dr. Henrike Almstedt",
  role="Stadträtin für Bildung, Jugend und Soziales",
  note="Stadträtin = elected head of department (Dezernentin) of the city administration "
       "('Innerhalb der Verwaltung …').")
members("lenkungsrunde-oldenwarf", D1, [
    ("fb-bildung-oldenwarf", "Mitglieder sind der Fachbereich Bildung, Schule und Sport"),
    ("fb-jugend-oldenwarf", "der Fachbereich Jugend und Familie, die Stabsstelle"),
    ("stabsstelle-sbp-oldenwarf", "die Stabsstelle Sozial- und Bildungsplanung, das Referat"),
    ("referat-statistik-oldenwarf", "das Referat Statistik und Stadtforschung, die Volkshochschule"),
    ("vhs-oldenwarf", "die Volkshochschule Ol- denwarf"),
    ("stadtbibliothek-oldenwarf", "und die Stadtbibliothek"),
    ("afa-oldenwarf", "Von Beginn an sitzen außer- dem die Agentur für Arbeit Oldenwarf"),
    ("landesschulamt-oldenwarf", "und die Regionalstelle Oldenwarf des Landesschulamts mit am Tisch"),
], note="Members of the Lenkungsrunde Bildung (3.3.2; also mask 3.3.3.1 BETEILIGTE AKTEURE).")
R("bildungsbuero-oldenwarf", "subOrganizationOf", "fb-bildung-oldenwarf", D1,
  "Es ist als Sachgebiet 40.3 dem Fachbereich Bildung, Schule und Sport zugeordnet")
R("anke-meinders", "memberOf", "bildungsbuero-oldenwarf", D1,
  "Leiterin des Bildungsbüros ist Anke Meinders", role="Leiterin")
R("stabsstelle-sbp-oldenwarf", "subOrganizationOf", "dezernat3-oldenwarf", D1,
  "Stabsstelle Sozial- und Bildungsplanung verortet, die unmittelbar dem Dezernat III – Bildung, "
  "Jugend und Soziales – untersteht")
R("bildungskonferenz-oldenwarf", "fundedBy", "sparkassenstiftung-oldenwarf", D1,
  "Die Sparkassenstiftung Oldenwarf fördert die Konferenz seit ihrer ersten Ausgabe")
members("ak-usb-oldenwarf", D1, [
    ("afa-oldenwarf", "die Agentur für Arbeit Oldenwarf und die Jugend- berufsagentur Oldenwarf zusammenwirken"),
    ("jba-oldenwarf", "die Jugend- berufsagentur Oldenwarf zusammenwirken"),
], note="'… in dem Schulen, die Kammern, die Agentur für Arbeit Oldenwarf und die Jugendberufsagentur "
        "Oldenwarf zusammenwirken' (generic 'Schulen'/'Kammern' not annotated).")
R("ak-usb-oldenwarf", "chairedBy", "maren-tjaden", D1,
  "Sprecherin des Ar- beitskreises ist Maren Tjaden", note="Sprecherin = chair of the working group.")
R("maren-tjaden", "memberOf", "hwk-oldenwarf-moorhagen", D1,
  "Maren Tjaden, Ausbildungsberaterin der Hand- werkskammer Oldenwarf-Moorhagen", role="Ausbildungsberaterin")
for carrier, ev in [("stadt-oldenwarf", "Die Jugendberufsagentur wird gemeinsam von der Stadt Oldenwarf"),
                    ("jobcenter-oldenwarf", "dem Jobcenter Oldenwarf und der Agentur für Arbeit Oldenwarf getragen"),
                    ("afa-oldenwarf", "und der Agentur für Arbeit Oldenwarf getragen")]:
    R("jba-oldenwarf", "carriedBy", carrier, D1, ev,
      note="'Die Jugendberufsagentur wird gemeinsam von der Stadt Oldenwarf, dem Jobcenter Oldenwarf "
           "und der Agentur für Arbeit Oldenwarf getragen.'")
R("stadt-oldenwarf", "cooperatesWith", "lk-moorhagen", D1,
  "Seit 2018 verbindet die Stadt und den Landkreis Moorhagen eine Kooperationsvereinbarung zur "
  "Berufsorientierung")
R("to-3.5.3.1", "fundedBy", "hedwig-luehrs-stiftung", D1,
  "Aufwandsentschädigungen und Qualifizierung (ca. 18.000 € jährlich) finanziert die Hedwig-Lührs-Stiftung",
  note="Mask 3.5.3.1, RESSOURCEN.")
for a in ["fb-bildung-oldenwarf", "fb-jugend-oldenwarf", "stabsstelle-sbp-oldenwarf",
          "referat-statistik-oldenwarf", "vhs-oldenwarf", "stadtbibliothek-oldenwarf", "afa-oldenwarf",
          "landesschulamt-oldenwarf"]:
    R("to-3.3.3.1", "involvesActor", a, D1)
for a in ["bildungsbuero-oldenwarf", "vhs-oldenwarf", "diakonie-oldenwarf", "jobcenter-oldenwarf",
          "hedwig-luehrs-stiftung"]:
    R("to-3.5.3.1", "involvesActor", a, D1)

# ---- D2 Brunskamp Arbeitspakete --------------------------------------------------------------
R("stadt-brunskamp", "participatesIn", "bildungskommunen", D2,
  'Die Stadt Brunskamp wird ab dem 01.09.2022 im Programm ,,Bildungskommunen" gefordert.',
  note="'gefordert' = OCR of 'gefördert'.")
R("bildungskommunen", "fundedBy", "bmbf", D2,
  "Programm wird vom Bundesministerium fiir Bildung und Forschung (BMBF) und aus Mitteln des "
  "Europaischen Sozialfonds Plus (ESF Plus) finanziert")
R("bildungskommunen", "fundedBy", "esf-plus", D2,
  "Programm wird vom Bundesministerium fiir Bildung und Forschung (BMBF) und aus Mitteln des "
  "Europaischen Sozialfonds Plus (ESF Plus) finanziert")
R("bildungsbuero-brunskamp", "subOrganizationOf", "fb-bks-brunskamp", D2,
  "Bildungsbiiro im Fachbereich Bildung, Kultur und Sport.")
R("stadt-brunskamp", "participatesIn", "bildung-integriert", D2,
  'Die Stadt kniipft damit an ihre Teilnahme am Vorgangerprogramm ,,Bildung integriert" (2016-2020) an',
  note="Past participation (2016-2020).")
R("steuerungsgruppe-brunskamp", "chairedBy", "obm-brunskamp", D2,
  "Steuerungsgruppe Bildung, die von der Oberbiirgermeisterin geleitet wird")
members("steuerungsgruppe-brunskamp", D2, [
    ("fb-bks-brunskamp", "in der der Fachbereich Bildung, Kultur und Sport"),
    ("fb-jugend-brunskamp", "der Fachbereich Jugend und Familie und der Fachbereich Soziales"),
    ("fb-soziales-brunskamp", "der Fachbereich Soziales und Gesundheit vertreten sind"),
], note="AP 3: '… Steuerungsgruppe Bildung, … in der … vertreten sind'")
members("bildungsbeirat-brunskamp", D2, [
    ("afa-brunskamp", "in dem u.a. die Agentur fiir Arbeit Brunskamp"),
    ("jobcenter-brunskamp", "das Jobcenter Brunskamp, die IHK Brunskamp"),
    ("ihk-brunskamp", "die IHK Brunskamp, die Kreishandwerkerschaft"),
    ("khs-brunskamp-suederlund", "die Kreishandwerkerschaft Brunskamp-Siiderlund und die Fachhochschule"),
    ("fh-brunskamp", "die Fachhochschule Brunskamp mitarbeiten"),
], note="AP 3: '… Bildungsbeirates, in dem u.a. … mitarbeiten'")
R("vhs-brunskamp", "participatesIn", "bildungskonferenz-brunskamp", D2,
  "Brunskamper Bildungskonferenz, die gemeinsam mit der Volkshochschule Brunskamp ausgerichtet wird",
  note="Co-organiser of the annual conference.")
R("bildungsbuero-brunskamp", "cooperatesWith", "vhs-brunskamp", D2,
  "Jour fixes des Bildungsbiiros mit der Volkshochschule Brunskamp")
R("bildungsbuero-brunskamp", "cooperatesWith", "stadtbuecherei-brunskamp", D2,
  "Jour fixes des Bildungsbiiros mit der Volkshochschule Brunskamp und der Stadtbiicherei Brunskamp")
R("stadt-brunskamp", "cooperatesWith", "bne-zentrum-brunskamp", D2,
  "Pflege der Kooperation mit dem Regionalen BNE-Zentrum Brunskamp",
  note="Subject is the applicant city (work plan of the Stadt Brunskamp); Kooperationsvereinbarung (AP 8).")
R("stadt-brunskamp", "cooperatesWith", "tagf", D2,
  "Zusammenarbeit mit der Transferagentur Geest-Forde fiir Kommunales Bildungsmanagement",
  note="Subject is the applicant city (work plan of the Stadt Brunskamp).")
R("fachberatung-kita-brunskamp", "subOrganizationOf", "fb-jugend-brunskamp", D2,
  "Fachberatung Kindertagesstatten des Fachbereichs Jugend und Familie")
R("fachberatung-kita-brunskamp", "participatesIn", "ag-kita-gs-brunskamp", D2,
  "die AG wird von der Fachberatung Kindertagesstatten des Fachbereichs Jugend und Familie koordiniert",
  note="Coordinates the AG (no chair relation: the coordinator is a unit, not a person).")
R("schulamt-brunskamp", "participatesIn", "ag-kita-gs-brunskamp", D2,
  "das Schulamt Brunskamp wirkt in der AG mit")
for carrier, ev in [("stadt-brunskamp", "die von der Stadt Brunskamp, der Agentur fiir Arbeit Brunskamp"),
                    ("afa-brunskamp", "der Agentur fiir Arbeit Brunskamp und dem Jobcenter Brunskamp gemeinsam getragen wird"),
                    ("jobcenter-brunskamp", "dem Jobcenter Brunskamp gemeinsam getragen wird")]:
    R("jba-brunskamp", "carriedBy", carrier, D2, ev,
      note="AP 7: '… Jugendberufsagentur Brunskamp, die von der Stadt Brunskamp, der Agentur für Arbeit "
           "Brunskamp und dem Jobcenter Brunskamp gemeinsam getragen wird'")
R("stadt-brunskamp", "participatesIn", "bne-netzwerk-brunskamp", D2,
  "aktive Mitwirkung der Stadt im BNE-Netzwerk Brunskamp")
members("ag-bildungsdaten-brunskamp", D2, [
    ("statistikstelle-brunskamp", "AG Bildungsdaten, in der die Statistikstelle der Stadt Brunskamp"),
    ("fb-jugend-brunskamp", "der Fachbereich Jugend und Familie und das Schulamt"),
    ("schulamt-brunskamp", "das Schulamt Brunskamp zusammenarbeiten"),
], note="AP 10: '… AG Bildungsdaten, in der … zusammenarbeiten'")
R("statistikstelle-brunskamp", "subOrganizationOf", "stadt-brunskamp", D2,
  "Statistikstelle der Stadt Brunskamp")
R("svenja-thode", "memberOf", "stadt-brunskamp", D2,
  "Svenja Thode Leiterin Bildungsbiiro Stadt Brunskamp", role="Leiterin Bildungsbiiro")
R("svenja-thode", "memberOf", "bildungsbuero-brunskamp", D2,
  "Svenja Thode Leiterin Bildungsbiiro", role="Leiterin")
AFE = "addressesActionField"
R("ap06-brunskamp", AFE, "uebergang-kita-grundschule", D2, "AP 6 Ubergang Kita-Grundschule")
R("ap07-brunskamp", AFE, "uebergang-schule-beruf", D2, "AP 7 Ubergang Schule-Beruf und Fachkraftesicherung")
R("ap07-brunskamp", AFE, "fachkraeftesicherung", D2, "AP 7 Ubergang Schule-Beruf und Fachkraftesicherung")
R("ap08-brunskamp", AFE, "bne", D2,
  "AP 8 Aufbau und Pflege von Kooperationsstrukturen zu den Themen BNE und Fachkrafte")
R("ap08-brunskamp", AFE, "fachkraeftesicherung", D2,
  "AP 8 Aufbau und Pflege von Kooperationsstrukturen zu den Themen BNE und Fachkrafte")
for af in ["uebergaenge", "digitalisierung", "lebenslanges-lernen", "fachkraeftesicherung", "bne",
           "bildungsmonitoring"]:
    R("ap09-brunskamp", AFE, af, D2,
      "Schwerpunktthemen Ubergiinge, Digitalisierung, Lebenslanges Lernen, Fachkréfte, BNE und Monitoring",
      note="AP 9 Netzwerkarbeit: '… v.a. zu den Schwerpunktthemen …'")
R("ap10-brunskamp", AFE, "bildungsmonitoring", D2, "AP 10 Fortfithrung der Etablierung des Bildungsmonitorings")
R("ap11-brunskamp", AFE, "lebenslanges-lernen", D2, "AP 11 Bildungsberichterstattung im lebenslangen Lernen")
R("ap12-brunskamp", AFE, "digitalisierung", D2, "AP 12 Digitalisierung und Bildungsportal")

# ---- D3 Moorhagen Bildungsbeirat minutes ------------------------------------------------------
ATT = "Attendance list, 'Mitglieder (anwesend)'."
ATT_E = "Attendance list, 'Mitglieder (entschuldigt)': excused members are still members."
GUEST = "Attendance list, 'Gäste' (guest: no participatesIn for the Beirat)."
for person, org, ev, role, note in [
    ("hinrich-oltmanns", "lk-moorhagen", "Landkreis Moorhagen** - Hinrich Oltmanns, Landrat", "Landrat", ATT),
    ("almuth-rehwinkel", "lk-moorhagen",
     "Landkreis Moorhagen** - Dr. Almuth Rehwinkel, Dezernentin für Bildung, Jugend und Soziales",
     "Dezernentin für Bildung, Jugend und Soziales", ATT),
    ("swantje-hollmann", "lk-moorhagen", "Landkreis Moorhagen** - Swantje Hollmann, Leiterin Bildungsbüro",
     "Leiterin Bildungsbüro", ATT),
    ("swantje-hollmann", "bildungsbuero-moorhagen", "Swantje Hollmann, Leiterin Bildungsbüro", "Leiterin", ATT),
    ("malte-grotelueschen", "lk-moorhagen",
     "Landkreis Moorhagen** - Malte Grotelüschen, Bildungsmonitoring im Bildungsbüro",
     "Bildungsmonitoring im Bildungsbüro", ATT),
    ("malte-grotelueschen", "bildungsbuero-moorhagen", "Malte Grotelüschen, Bildungsmonitoring im Bildungsbüro",
     "Bildungsmonitoring", ATT),
    ("tanja-ruedebusch", "stadt-moorhagen", "Stadt Moorhagen** - Tanja Rüdebusch, Bürgermeisterin",
     "Bürgermeisterin", ATT),
    ("keno-hinrichs", "samtgemeinde-brinkholt", "Samtgemeinde Brinkholt** - Keno Hinrichs, Samtgemeindebürgermeister",
     "Samtgemeindebürgermeister", ATT),
    ("uwe-kroeger", "jobcenter-lk-moorhagen", "Jobcenter Landkreis Moorhagen** - Uwe Kröger, Geschäftsführer",
     "Geschäftsführer", ATT),
    ("birte-lammers", "afa-oldenwarf", "Agentur für Arbeit Oldenwarf** - Birte Lammers, Teamleiterin Berufsberatung",
     "Teamleiterin Berufsberatung", ATT),
    ("frank-wuebbena", "ihk-oldenwarf",
     "IHK Oldenwarf** - Dr. Frank Wübbena, Bereichsleiter Aus- und Weiterbildung",
     "Bereichsleiter Aus- und Weiterbildung", ATT),
    ("heiko-schnieders", "khs-moorhagen", "Kreishandwerkerschaft Moorhagen** - Heiko Schnieders, Geschäftsführer",
     "Geschäftsführer", ATT),
    ("joerg-ennen", "bbs-moorhagen", "Berufsbildende Schulen Moorhagen** - Jörg Ennen, Schulleiter",
     "Schulleiter", ATT),
    ("gesche-diekmann", "kvhs-moorhagen",
     "Kreisvolkshochschule Moorhagen gGmbH** - Gesche Diekmann, Geschäftsführerin", "Geschäftsführerin", ATT),
    ("nadine-koester", "kreiselternrat-moorhagen", "Kreiselternrat Moorhagen** - Nadine Köster, Vorsitzende",
     "Vorsitzende", ATT),
    ("regine-albers-thoms", "landesschulamt-oldenwarf",
     "Regionalstelle Oldenwarf des Landesschulamts** - Regine Albers-Thoms, Dezernentin Schulaufsicht",
     "Dezernentin Schulaufsicht", ATT_E),
    ("soenke-hamer", "hochschule-oldenwarf",
     "Hochschule Oldenwarf** - Prof. Dr. Sönke Hamer, Vizepräsident für Studium und Lehre",
     "Vizepräsident für Studium und Lehre", ATT_E),
    ("jannik-oltrogge", "tagf",
     "Transferagentur Geest-Förde (TAGF)** - Jannik Oltrogge, Landeskoordinator Niedersachsen",
     "Landeskoordinator Niedersachsen", GUEST.replace(" (guest: no participatesIn for the Beirat)", "")),
    ("elke-rosenbrock", "buergerstiftung-moorhagen", "Bürgerstiftung Moorhagen** - Elke Rosenbrock, Vorstand",
     "Vorstand", GUEST.replace(" (guest: no participatesIn for the Beirat)", "")),
]:
    R(person, "memberOf", org, D3, ev, role=role, note=note)
R("bildungsbeirat-moorhagen", "chairedBy", "hinrich-oltmanns", D3,
  "Hinrich Oltmanns, Landrat (Vorsitz)", note="Also 'Sitzungsleitung: Landrat Hinrich Oltmanns'.")
R("kreiselternrat-moorhagen", "chairedBy", "nadine-koester", D3,
  "Kreiselternrat Moorhagen** - Nadine Köster, Vorsitzende")
members("bildungsbeirat-moorhagen", D3, [
    ("lk-moorhagen", "Landkreis Moorhagen** - Hinrich Oltmanns"),
    ("stadt-moorhagen", "Stadt Moorhagen** - Tanja Rüdebusch"),
    ("samtgemeinde-brinkholt", "Samtgemeinde Brinkholt** - Keno Hinrichs"),
    ("jobcenter-lk-moorhagen", "Jobcenter Landkreis Moorhagen** - Uwe Kröger"),
    ("afa-oldenwarf", "Agentur für Arbeit Oldenwarf** - Birte Lammers"),
    ("ihk-oldenwarf", "IHK Oldenwarf** - Dr. Frank Wübbena"),
    ("khs-moorhagen", "Kreishandwerkerschaft Moorhagen** - Heiko Schnieders"),
    ("bbs-moorhagen", "Berufsbildende Schulen Moorhagen** - Jörg Ennen"),
    ("kvhs-moorhagen", "Kreisvolkshochschule Moorhagen gGmbH** - Gesche Diekmann"),
    ("kreiselternrat-moorhagen", "Kreiselternrat Moorhagen** - Nadine Köster"),
], note=ATT)
members("bildungsbeirat-moorhagen", D3, [
    ("landesschulamt-oldenwarf", "Regionalstelle Oldenwarf des Landesschulamts** - Regine Albers-Thoms"),
    ("hochschule-oldenwarf", "Hochschule Oldenwarf** - Prof. Dr. Sönke Hamer"),
], note=ATT_E)
R("bildungsbuero-moorhagen", "subOrganizationOf", "amt-sks-moorhagen", D3,
  "das Bildungsbüro gehört seit 2021 zum Amt für Schule, Kultur und Sport des Landkreises")
R("amt-sks-moorhagen", "subOrganizationOf", "lk-moorhagen", D3,
  "Amt für Schule, Kultur und Sport des Landkreises", note="'des Landkreises' = Landkreis Moorhagen.")
for ag, ev in [("ag-kita-gs-moorhagen", "die AG Übergang Kita–Grundschule, die AG Schule–Wirtschaft"),
               ("ag-sw-moorhagen", "die AG Schule–Wirtschaft und die AG Sprachbildung"),
               ("ag-sprachbildung-moorhagen", "und die AG Sprachbildung.")]:
    R(ag, "subOrganizationOf", "bildungsbeirat-moorhagen", D3, ev,
      note="'Der Bildungsbeirat hat in seiner 1. Sitzung drei Arbeitsgruppen eingerichtet: …'")
R("ag-kita-gs-moorhagen", "chairedBy", "antje-meyer-rohlfs", D3, "Sprecherin: Antje Meyer-Rohlfs")
R("antje-meyer-rohlfs", "memberOf", "lk-moorhagen", D3,
  "Antje Meyer-Rohlfs, Fachberatung Kindertagesstätten im Amt für Jugend und Familie des Landkreises",
  role="Fachberatung Kindertagesstätten im Amt für Jugend und Familie des Landkreises")
R("antje-meyer-rohlfs", "memberOf", "amt-juf-moorhagen", D3,
  "Antje Meyer-Rohlfs, Fachberatung Kindertagesstätten im Amt für Jugend und Familie",
  role="Fachberatung Kindertagesstätten")
R("amt-juf-moorhagen", "subOrganizationOf", "lk-moorhagen", D3, "Amt für Jugend und Familie des Landkreises")
R("ag-sw-moorhagen", "chairedBy", "heiko-schnieders", D3,
  "Sprecher: Heiko Schnieders (Kreishandwerkerschaft Moorhagen)")
R("lk-moorhagen", "cooperatesWith", "stadt-oldenwarf", D3,
  "Ausbildungsmesse „Zukunft Geest“ wird weiterhin gemeinsam mit der Stadt Oldenwarf veranstaltet",
  note="Reported in the AG Schule–Wirtschaft section of the Landkreis' minutes; the Landkreis is the "
       "co-organiser (cf. oldenwarf-transferkatalog 3.3.2).")
R("sprachbruecken-moorhagen", "carriedBy", "kvhs-moorhagen", D3,
  "Träger ist die Kreisvolkshochschule Moorhagen gGmbH")
R("sprachbruecken-moorhagen", "fundedBy", "buergerstiftung-moorhagen", D3,
  "das Projekt wird seit 2021 von der Bürgerstiftung Moorhagen gefördert")
R("tagf", "cooperatesWith", "lk-moorhagen", D3,
  "die TAGF begleitet den Landkreis seit 2016 auf Grundlage einer Zielvereinbarung")
R("bildungskommunen", "fundedBy", "bmbf", D3,
  "„Bildungskommunen“ wird vom BMBF und aus dem Europäischen Sozialfonds Plus (ESF Plus) gefördert")
R("bildungskommunen", "fundedBy", "esf-plus", D3,
  "„Bildungskommunen“ wird vom BMBF und aus dem Europäischen Sozialfonds Plus (ESF Plus) gefördert")
R("stadt-brunskamp", "participatesIn", "bildungskommunen", D3,
  "Stadt Brunskamp (seit 09/2022 im Programm)")
R("m1-moorhagen", AFE, "sprachbildung", D3,
  "| M 1 | Ausweitung der „Sprachbrücken“ auf alle Samtgemeinden | Sprachbildung |")
R("m2-moorhagen", AFE, "berufsorientierung", D3,
  "| M 2 | Praktikumswochen Moorhagen verstetigen | Berufsorientierung |")
R("m3-moorhagen", AFE, "fachkraeftesicherung", D3, "| M 3 | Ausbildungsabbrüche senken | Fachkräftesicherung |")
R("m4-moorhagen", AFE, "weiterbildung", D3, "| M 4 | Weiterbildungsatlas Moorhagen | Weiterbildung |")
R("m5-moorhagen", AFE, "fruehe-bildung", D3, "| M 5 | Kleinräumiges Monitoring Kita-Besuch | Frühe Bildung |")

# ---- D4 TAGF slides --------------------------------------------------------------------------
R("transferinitiative", "fundedBy", "bmbf", D4,
  "„Transferinitiative Kommunales Bildungsmanagement“ gefördert vom Bundesministerium für Bildung und Forschung")
R("transferinitiative", "fundedBy", "esf", D4,
  "gefördert vom Bundesministerium für Bildung und Forschung und aus Mitteln des Europäischen Sozialfonds")
R("tagf", "participatesIn", "transferinitiative", D4,
  "Die TAGF ist eine der neun Agenturen der Transferinitiative")
R("tagf", "carriedBy", "nibb", D4, "Träger: Nordinstitut für Bildungsforschung und Beratung e.V. (NIBB)")
R("tagf", "cooperatesWith", "nds-kultusministerium", D4,
  "Kooperation mit dem Niedersächsischen Kultusministerium")
R("tagf", "cooperatesWith", "msb-sh", D4,
  "Kooperation mit dem Niedersächsischen Kultusministerium und dem Ministerium für Schule und "
  "Berufsbildung des Landes Schleswig-Holstein")
R("tagf", "cooperatesWith", "stadt-oldenwarf", D4, "Stadt Oldenwarf – Zielvereinbarung seit März 2016",
  note="Under 'Wir arbeiten bereits zusammen mit:'. The 'Erstgespräche 2016' with Kreis Süderlund and "
       "Stadt Brunskamp are contacts, not (yet) cooperation: not annotated.")
R("tagf", "cooperatesWith", "lk-moorhagen", D4, "Landkreis Moorhagen – Zielvereinbarung seit Mai 2016",
  note="Under 'Wir arbeiten bereits zusammen mit:'.")
R("bildung-integriert", "fundedBy", "bmbf", D4,
  "Programm des BMBF, kofinanziert aus dem Europäischen Sozialfonds (ESF)")
R("bildung-integriert", "fundedBy", "esf", D4,
  "Programm des BMBF, kofinanziert aus dem Europäischen Sozialfonds (ESF)")
R("koordinierung-neuzugewanderte", "fundedBy", "bmbf", D4, "seit März 2016, gefördert durch das BMBF",
  note="Slide titled with the programme name. 'Landkreis Moorhagen, Antrag gestellt' = application only: "
       "no participatesIn.")
R("telse-hansing", "memberOf", "tagf", D4, "Dr. Telse Hansing Leiterin der Transferagentur",
  role="Leiterin der Transferagentur")
R("jannik-oltrogge", "memberOf", "tagf", D4, "Jannik Oltrogge Landeskoordinator Niedersachsen",
  role="Landeskoordinator Niedersachsen", note="Contact slide of the Transferagentur.")
R("merle-vosgerau", "memberOf", "tagf", D4,
  "Merle Vosgerau Landeskoordinatorin Schleswig-Holstein Transferagentur Geest-Förde",
  role="Landeskoordinatorin Schleswig-Holstein")

# ---- D5 Süderlund Zielvereinbarung ---------------------------------------------------------------
R("wiebke-carstensen", "memberOf", "kreis-suederlund", D5,
  "dem Kreis Süderlund, vertreten durch die Landrätin Dr. Wiebke Carstensen", role="Landrätin")
R("telse-hansing", "memberOf", "tagf", D5, "vertreten durch die Leiterin Dr. Telse Hansing", role="Leiterin",
  note="Party: 'der Transferagentur Geest-Förde …, vertreten durch die Leiterin Dr. Telse Hansing'.")
R("tagf", "carriedBy", "nibb", D5, "in Trägerschaft des Nordinstituts für Bildungsforschung und Beratung e.V.")
R("kreis-suederlund", "cooperatesWith", "tagf", D5,
  "Der Kreis und die TAGF vereinbaren eine Zusammenarbeit", note="'Kreis' = Kreis Süderlund (defined party).")
R("tagf", "participatesIn", "transferinitiative", D5,
  "Die TAGF ist Teil der Transferinitiative Kommunales Bildungsmanagement")
R("transferinitiative", "fundedBy", "bmbf", D5,
  "Transferinitiative Kommunales Bildungsmanagement, die vom Bundesministerium für Bildung und Forschung")
R("transferinitiative", "fundedBy", "esf", D5,
  "die vom Bundesministerium für Bildung und Forschung und aus Mitteln des Europäischen Sozialfonds gefördert wird")
R("lenkungsgruppe-suederlund", "chairedBy", "wiebke-carstensen", D5,
  "Lenkungsgruppe Bildung unter Vorsitz der Landrätin",
  note="'der Landrätin' = Dr. Wiebke Carstensen (party representative). The Kreis' application to "
       "'Bildung integriert' (same paragraph) is not participation: not annotated.")
members("lenkungsgruppe-suederlund", D5, [
    ("fd-sks-suederlund", "ihr gehören der Fachdienst Schule, Kultur und Sport"),
    ("fd-juf-suederlund", "der Fachdienst Jugend und Familie, die Stabsstelle Kreisentwicklung"),
    ("stabsstelle-ke-suederlund", "die Stabsstelle Kreisentwicklung und das Jobcenter"),
    ("jobcenter-kreis-suederlund", "das Jobcenter Kreis Süderlund an"),
], note="§ 2: '… Lenkungsgruppe Bildung …; ihr gehören … an'")
for carrier, ev in [("kreis-suederlund", "Jugendberufsagentur Süderlund wird vom Kreis"),
                    ("jobcenter-kreis-suederlund", "vom Jobcenter Kreis Süderlund und von der"),
                    ("afa-brunskamp", "von der Agentur für Arbeit Brunskamp gemeinsam getragen")]:
    R("jba-suederlund", "carriedBy", carrier, D5, ev,
      note="§ 2: 'Die Jugendberufsagentur Süderlund wird vom Kreis, vom Jobcenter Kreis Süderlund und von "
           "der Agentur für Arbeit Brunskamp gemeinsam getragen.'")
R("joern-callsen", "memberOf", "kreis-suederlund", D5,
  "Für den Kreis: Jörn Callsen, Leiter des Fachdienstes Schule, Kultur und Sport des Kreises Süderlund",
  role="Leiter des Fachdienstes Schule, Kultur und Sport des Kreises Süderlund")
R("joern-callsen", "memberOf", "fd-sks-suederlund", D5,
  "Jörn Callsen, Leiter des Fachdienstes Schule, Kultur und Sport", role="Leiter")
R("fd-sks-suederlund", "subOrganizationOf", "kreis-suederlund", D5,
  "Fachdienstes Schule, Kultur und Sport des Kreises Süderlund")
R("merle-vosgerau", "memberOf", "tagf", D5,
  "Für die TAGF: Merle Vosgerau, Landeskoordinatorin Schleswig-Holstein",
  role="Landeskoordinatorin Schleswig-Holstein")
R("ziel1-suederlund", AFE, "bildungsmonitoring", D5, "Aufbau eines datenbasierten Bildungsmonitorings")
R("ziel3-suederlund", AFE, "uebergang-schule-beruf", D5,
  "Gestaltung des Übergangs Schule– Beruf und Fachkräftesicherung")
R("ziel3-suederlund", AFE, "fachkraeftesicherung", D5,
  "Gestaltung des Übergangs Schule– Beruf und Fachkräftesicherung")
R("ziel4-suederlund", AFE, "bildungsintegration-neuzugewanderte", D5, "Bildungsintegration Neuzugewanderter")

# --------------------------------------------------------------------------------------
# product masks
# --------------------------------------------------------------------------------------

MASKS = [
    dict(section="3.3.3.1", title="Lenkungsrunde Bildung", kbm_function="Diskurs", catalogue_page=24,
         doc=D1, entity="to-3.3.3.1",
         actors={
             "Stadträtin für Bildung, Jugend und Soziales (Vorsitz)":
                 ["Stadträtin für Bildung, Jugend und Soziales"],
             "Fachbereich Bildung, Schule und Sport; Fachbereich Jugend und Familie":
                 ["Fachbereich Bildung, Schule und Sport", "Fachbereich Jugend und Familie"],
             "Stabsstelle Sozial- und Bildungsplanung, Referat Statistik und Stadtforschung":
                 ["Stabsstelle Sozial- und Bildungsplanung", "Referat Statistik und Stadtforschung"],
             "Volkshochschule Oldenwarf, Stadtbibliothek Oldenwarf":
                 ["Volkshochschule Oldenwarf", "Stadtbibliothek Oldenwarf"],
             "Agentur für Arbeit Oldenwarf und Regionalstelle Oldenwarf des Landesschulamts (externe Mitglieder)":
                 ["Agentur für Arbeit Oldenwarf", "Regionalstelle Oldenwarf des Landesschulamts"],
         }),
    dict(section="3.5.3.1", title="Bildungslotsinnen und Bildungslotsen im Quartier", kbm_function="Maßnahmen",
         catalogue_page=31, doc=D1, entity="to-3.5.3.1",
         actors={
             "Bildungsbüro (Koordination), Volkshochschule Oldenwarf (Qualifizierung)":
                 ["Bildungsbüro", "Volkshochschule Oldenwarf"],
             "Diakonisches Werk Oldenwarf (Migrationsberatung)": ["Diakonisches Werk Oldenwarf"],
             "Jobcenter Oldenwarf, Kitas und Grundschulen der beiden Stadtteile":
                 ["Jobcenter Oldenwarf", "Kitas", "Grundschulen"],
             "Hedwig-Lührs-Stiftung (Förderung)": ["Hedwig-Lührs-Stiftung"],
         }),
]

FIELD_HEADINGS = [
    ("kurzbeschreibung", r"KURZBESCHREIBUNG"),
    ("produkttyp", r"PRODUKTT[Yy]P"),
    ("ausgangssituation", r"AUSGANGSSITUATION"),
    ("ziele", r"ZIELE UND ANFORDERUNGEN"),
    ("methoden", r"METHODEN, UMSETZUNG"),
    ("ressourcen", r"RESSOURCEN \("),
    ("projektplan", r"PROJEKTPLAN"),
    ("beteiligte_akteure", r"BETEILIGTE AKTEURE"),
    ("marketing", r"MARKETING Ö"),
    ("gelingensbedingungen", r"GELINGENSBEDINGUNGEN"),
    ("herausforderungen", r"HERAUSFORDERUNGEN"),
    ("anmerkungen", r"ANMERKUNGEN"),
    ("transfer_adressaten", r"POTENZIELLE TRANSFER-ADRESSATEN"),
]
CHAPTER_HEADER = re.compile(r"^\s*(STRATEGISCHE ZIELE|DATEN|DISKURS|HANDLUNGSFELDER|MASSNAHMEN)\s*$")


def parse_mask(doc, section, title):
    lines = doc.lines
    start = None
    for i, ln in enumerate(lines):
        if norm_ws(ln) == f"{section} {title}":
            start = i
            break
    assert start is not None, (section, title)
    end = len(lines)
    for j in range(start + 1, len(lines)):
        if CHAPTER_HEADER.match(lines[j]):
            end = j
            break
    running = re.compile(r"^\s*(\d+(\.\d+)+\s.*\s(DISKURS|DATEN|MASSNAHMEN|STRATEGISCHE ZIELE|HANDLUNGSFELDER)"
                         r"|(DISKURS|DATEN|MASSNAHMEN)\s+\d+(\.\d+)+\s.*|\d{1,3})\s*$")
    heads = []
    for j in range(start, end):
        for key, pat in FIELD_HEADINGS:
            if re.match(r"^\s*" + pat, lines[j]):
                heads.append((j, key))
    fields = {}
    for k, (j, key) in enumerate(heads):
        stop = heads[k + 1][0] if k + 1 < len(heads) else end
        content = [(m, lines[m]) for m in range(j + 1, stop)
                   if lines[m].strip() and not running.match(lines[m])]
        fields[key] = (j, content)
    return start, end, fields


def mask_record(m):
    doc = DOCS[m["doc"]]
    start, end, fields = parse_mask(doc, m["section"], m["title"])
    present, empty, missing = [], [], []
    for key, _ in FIELD_HEADINGS:
        if key not in fields:
            missing.append(key)
        elif fields[key][1]:
            present.append(key)
        else:
            empty.append(key)
    akteure = []
    if "beteiligte_akteure" in fields:
        for ln_idx, txt in fields["beteiligte_akteure"][1]:
            t = norm_ws(txt.replace("•", " "))
            if txt.lstrip().startswith("•"):
                akteure.append(dict(text=t, line=ln_idx + 1, actors=None))
            else:
                akteure[-1]["text"] += " " + t
    for a in akteure:
        assert a["text"] in m["actors"], ("actors missing for", a["text"])
        a["actors"] = m["actors"][a["text"]]
    assert len(akteure) == len(m["actors"]), m["section"]
    # catalogue page from Table 1
    tab = doc.views["ws"][0]
    assert re.search(re.escape(m["title"]) + r" \(Seite " + str(m["catalogue_page"]) + r"\)", tab), m["title"]
    rec = OrderedDict(section=m["section"], title=m["title"], kbm_function=m["kbm_function"],
                      catalogue_page=m["catalogue_page"], start_line=start + 1, fields_present=present,
                      fields_empty=empty, fields_missing=missing, beteiligte_akteure=akteure, doc=m["doc"])
    akteure_head = fields["beteiligte_akteure"][0] + 1 if "beteiligte_akteure" in fields else None
    akteure_lines = (fields["beteiligte_akteure"][0] + 1,
                     max(l for l, _ in fields["beteiligte_akteure"][1]) + 1) if akteure else None
    return rec, akteure_head, akteure_lines


# --------------------------------------------------------------------------------------
# mention search
# --------------------------------------------------------------------------------------


def entity_forms(ent):
    forms = []
    if ent["name_searchable"]:
        forms.append(strip_qualifier(ent["name"]))
    for f in ent["forms"]:
        if f not in forms:
            forms.append(f)
    return forms


def _spans(view_text, s, flags):
    pat = r"(?<!\w)" + re.escape(s) + r"(?!\w)"
    return [(m.start(), m.end()) for m in re.finditer(pat, view_text, flags)]


def find_candidates(doc, ent):
    out = []
    for form in entity_forms(ent):
        flags = 0 if form in ent["cs"] else re.IGNORECASE
        for vname, (vt, src) in doc.views.items():
            inc = ent["ctx"].get(form)
            exc = ent["excl"].get(form, [])
            inc_spans = [sp for c in inc for sp in _spans_plain(vt, c)] if inc else None
            exc_spans = [sp for c in exc for sp in _spans_plain(vt, c, re.IGNORECASE)]
            for a, b in _spans(vt, form, flags):
                if inc_spans is not None and not any(x <= a and b <= y for x, y in inc_spans):
                    continue
                if any(x <= a and b <= y for x, y in exc_spans):
                    continue
                out.append((ent["id"], src[a], src[b - 1] + 1, form))
    return out


def _spans_plain(vt, s, flags=0):
    return [(m.start(), m.end()) for m in re.finditer(re.escape(s), vt, flags)]


def resolve(cands):
    uniq = {}
    for eid, a, b, form in cands:
        uniq.setdefault((eid, a, b), form)
    items = sorted(uniq.items(), key=lambda kv: -(kv[0][2] - kv[0][1]))
    accepted = []
    for (eid, a, b), form in items:
        clash = False
        for (e2, a2, b2), _ in accepted:
            if a < b2 and a2 < b and (a, b) != (a2, b2):
                clash = True
                break
        if not clash:
            accepted.append(((eid, a, b), form))
    return accepted


def compute_mentions():
    """returns {eid: {doc: [lines]}}, {eid: set(forms found)}, report lines"""
    mentions = defaultdict(lambda: defaultdict(set))
    found_forms = defaultdict(set)
    report = []
    for stem, doc in DOCS.items():
        cands = []
        for ent in ENTITIES:
            declared = ent["docs"] == "auto" or stem in ent["docs"]
            c = find_candidates(doc, ent)
            if not declared:
                if c and ent["type"] not in (PERS,):
                    # report only unique-looking hits of specific names
                    specific = [x for x in c if len(x[3]) > 12]
                    if specific:
                        report.append(f"NOTE undeclared hit {ent['id']} in {stem}: "
                                      f"{sorted(set(x[3] for x in specific))}")
                continue
            cands.extend(c)
        # action fields are a separate layer: a theme named inside a measure title or a
        # body name ("AP 7 Übergang Schule–Beruf …", "AG Sprachbildung") is still a mention
        # of the theme; all other entities compete longest-first.
        layers = defaultdict(list)
        for c in cands:
            layers["AF" if _EIDX[c[0]]["type"] == AF else "main"].append(c)
        for layer in layers.values():
            accepted = resolve(layer)
            spans = defaultdict(list)
            for (eid, a, b), form in accepted:
                mentions[eid][stem].add(doc.line_of(a))
                spans[eid].append((a, b))
            # every form found inside an accepted span of the same entity is a surface form
            for eid, a, b, form in layer:
                if any(x <= a and b <= y for x, y in spans.get(eid, [])):
                    found_forms[eid].add(form)
    return mentions, found_forms, report


# --------------------------------------------------------------------------------------
# relations
# --------------------------------------------------------------------------------------


def evidence_line(doc, evidence, nth=None):
    vt, src = doc.views["ws"]
    ev = norm_ws(evidence)
    hits = [m.start() for m in re.finditer(re.escape(ev), vt)]
    if not hits:
        raise SystemExit(f"evidence not found in {doc.stem}: {evidence!r}")
    if len(hits) > 1 and nth is None:
        raise SystemExit(f"evidence ambiguous ({len(hits)}x) in {doc.stem}: {evidence!r}")
    return doc.line_of(src[hits[nth or 0]])


DOMAIN = {
    "memberOf": ({PERS}, {ORG, MUN, BODY}),
    "participatesIn": ({ORG, MUN, BODY}, {BODY, PROG}),
    "cooperatesWith": ({ORG, MUN, BODY}, {ORG, MUN, BODY}),
    "fundedBy": ({ORG, BODY, PROG, TO, MEAS}, {ORG, PROG}),
    "carriedBy": ({ORG, BODY, PROG}, {ORG, MUN}),
    "chairedBy": ({BODY}, {PERS}),
    "subOrganizationOf": ({ORG, BODY}, {ORG, MUN, BODY}),
    "involvesActor": ({TO}, {ORG, MUN, BODY, PERS}),
    "addressesActionField": ({MEAS}, {AF}),
}


def main():
    errors = []
    mentions, found_forms, report = compute_mentions()

    # ---- entities
    ent_out = []
    for ent in ENTITIES:
        eid = ent["id"]
        m = mentions.get(eid, {})
        if ent["docs"] == "auto":
            docs = [d for d in ALL if m.get(d)]
        else:
            docs = list(ent["docs"])
            for d in docs:
                if not m.get(d):
                    errors.append(f"entity {eid}: no mention found in declared doc {d}")
        if not docs:
            errors.append(f"entity {eid}: no mentions at all")
        aliases = [f for f in ent["forms"] if f in found_forms[eid] and f != ent["name"]]
        unused = [f for f in ent["forms"] if f not in found_forms[eid]]
        if unused:
            report.append(f"NOTE {eid}: forms never matched as a mention (dropped from aliases): {unused}")
        stripped = strip_qualifier(ent["name"])
        if ent["name_searchable"] and stripped not in found_forms[eid] and not ent["note"]:
            errors.append(f"entity {eid}: name {ent['name']!r} not found and no note")
        rec = OrderedDict(id=eid, type=ent["type"], name=ent["name"], aliases=aliases, docs=docs,
                          lines=OrderedDict((d, sorted(m[d])) for d in docs if m.get(d)))
        if ent["type"] == PERS:
            rec["role"] = ent["role"]
            rec["affiliation"] = ent["affiliation"]
            if ent["role_only"]:
                rec["role_only"] = True
        if ent["note"]:
            rec["note"] = ent["note"]
        ent_out.append(rec)

    # ---- masks
    to_out, akteure_head, akteure_range = [], {}, {}
    for mk in MASKS:
        rec, head, rng = mask_record(mk)
        to_out.append(rec)
        akteure_head[mk["entity"]] = head
        akteure_range[mk["entity"]] = rng

    # ---- relations
    types = {e["id"]: e["type"] for e in ENTITIES}
    rel_out, seen = [], set()
    for r in RELATIONS:
        s, p, o, d = r["subject"], r["predicate"], r["object"], r["doc"]
        for x in (s, o):
            if x not in types:
                errors.append(f"relation {s} {p} {o}: unknown entity {x}")
        if p not in DOMAIN:
            errors.append(f"unknown predicate {p}")
            continue
        dom, rng = DOMAIN[p]
        if types.get(s) not in dom or types.get(o) not in rng:
            errors.append(f"type check failed: {s}({types.get(s)}) {p} {o}({types.get(o)})")
        key = (s, p, o, d)
        if key in seen:
            errors.append(f"duplicate relation {key}")
        seen.add(key)
        for x in (s, o):
            if d not in ent_out[[e["id"] for e in ent_out].index(x)]["docs"] and not (p == "memberOf" and False):
                report.append(f"NOTE relation {s} {p} {o}: {x} has no mention in {d}")
        rec = OrderedDict(subject=s, predicate=p, object=o, doc=d)
        if p == "involvesActor":
            rec["line"] = akteure_head[s]
            lo, hi = akteure_range[s]
            ent = _EIDX[o]
            lines_o = set(mentions[o].get(d, []))
            if not any(lo <= ln <= hi for ln in lines_o):
                errors.append(f"involvesActor {s}->{o}: actor not mentioned in BETEILIGTE AKTEURE l.{lo}-{hi}")
        else:
            rec["line"] = evidence_line(DOCS[d], r["evidence"], r["nth"])
            rec["evidence"] = norm_ws(r["evidence"])
        if r["role"]:
            rec["role"] = r["role"]
        if r["note"]:
            rec["note"] = r["note"]
        rel_out.append(rec)

    os.makedirs(GOLD, exist_ok=True)
    for fn, data in [("entities.json", ent_out), ("relations.json", rel_out), ("transfer_objects.json", to_out)]:
        with open(os.path.join(GOLD, fn), "w", encoding="utf-8") as fh:
            json.dump(data, fh, ensure_ascii=False, indent=1)
            fh.write("\n")

    if "-v" in sys.argv:
        for line in report:
            print(line)
    from collections import Counter
    print("entities:", len(ent_out), dict(Counter(e["type"] for e in ent_out)))
    print("relations:", len(rel_out), dict(Counter(r["predicate"] for r in rel_out)))
    print("transfer objects:", len(to_out))
    if errors:
        print("\nERRORS:")
        for e in errors:
            print("  " + e)
        sys.exit(1)


if __name__ == "__main__":
    main()
