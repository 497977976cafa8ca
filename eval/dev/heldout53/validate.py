#!/usr/bin/env python3
"""Checks the gold annotations of this evaluation set against the corpus text.

Run:  python3 validate.py      (exit code 0 = all checks pass)

Checks
- manifest: every document listed with the required keys; files exist; total size 45-55 KB;
  none of the excluded place names of the brief occurs in the corpus.
- entities: unique ids, known types; every alias occurs (verbatim, after whitespace normalisation
  and joining of line-end hyphenation) in at least one of the entity's docs; the name too, unless
  the entity is flagged name_normalised (then the name is a repaired/nominative form and at least
  one alias must occur); every listed line has one of the entity's surface forms at or next to it;
  every doc in 'docs' has lines and vice versa.
- relations: known predicate, ids, doc; subject/object types fit the predicate; the evidence text
  occurs at or next to the given line.
- transfer objects: start_line is the mask heading '<section> <title>' (its first occurrence);
  catalogue page and section agree with the table of contents; every BETEILIGTE AKTEURE bullet is
  at its line, its actor strings occur there, its entities exist and have an involvesActor relation.
"""
import json, os, re, sys


def load_lines(path):
    with open(path, encoding="utf-8") as f:
        return f.read().split("\n")

def norm_ws(s):
    return re.sub(r"\s+", " ", s.replace("\u00a0", " ")).strip()

def joined(lines):
    out, owner = [], []
    prev_raw = None
    for i, raw in enumerate(lines, start=1):
        seg = norm_ws(raw)
        if not seg:
            continue
        if out:
            if prev_raw is not None and (prev_raw.endswith("-") or prev_raw.endswith("–")) and len(prev_raw.strip()) > 1 and not prev_raw.endswith(" -") and not prev_raw.endswith(" –"):
                pass
            else:
                out.append(" ")
                owner.append(owner[-1])
        out.append(seg)
        owner.extend([i] * len(seg))
        prev_raw = raw
    return "".join(out), owner

WORD = r"[0-9A-Za-zÀ-ÖØ-öø-ÿĀ-žẞß]"

def find_all(text, form):
    pat = r"(?<!%s)%s(?!%s)" % (WORD, re.escape(norm_ws(form)), WORD)
    return [(m.start(), m.end()) for m in re.finditer(pat, text)]

def window_text(lines, line):
    """the line itself plus the nearest non-blank line before and after it, joined as above"""
    idx = line - 1
    lo = idx - 1
    while lo >= 0 and not norm_ws(lines[lo]):
        lo -= 1
    hi = idx + 1
    while hi < len(lines) and not norm_ws(lines[hi]):
        hi += 1
    sub = [lines[k] if (k == idx or k == lo or k == hi) else "" for k in range(max(lo, 0), min(hi, len(lines) - 1) + 1)]
    return joined(sub)[0]


HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = {"Organization", "Municipality", "Body", "Programme", "Person", "ActionField", "Measure", "TransferObject"}
PREDICATES = {"memberOf", "participatesIn", "cooperatesWith", "fundedBy", "carriedBy", "chairedBy",
              "subOrganizationOf", "involvesActor", "addressesActionField"}
EXCLUDED_PLACES = """Aarwiesen, Ahsebruch, Aichelfingen, Altmühlfurt, Ammerstedt, Auenfels, Barthwiek, Brennfurt, Brunskamp, Dahmeholz, Dillweiler, Elmsheide, Finnegau, Isengrund, Kirnwald, Lautach, Lindenfurt, Rodenwald, Selzheim, Vennstein, Bieberhöhe, Hainstetten, Fließgrund, Gransau, Velmow, Lautermühl, Altrhein-Pfrimm, Selz-Nahe, Vierseenland, Strelund, Kalzenow, Leipzig, Eisenach, Marschwedel, Quernhorst, Hohenbrück, Ebersgau, Ravenstal, Achterberg, Ahlsbeck, Auwald, Barwald, Birkenau, Dhronfeld, Dörnebeck, Dörrbach, Ebersgrund, Ellersgrund, Ellertal, Friedeberg, Gardelow, Grunewald, Haldenbeck, Hardtgau, Hermersbach, Hochwald, Hollerbach, Hollertal, Hollstedt, Holmsee, Holsmark, Hüggelheim, Idarwald, Kahlenau, Kalbenau, Kalbenstedt, Kallwitz, Kappelberg, Kappelsbach, Kellbach, Kellenau, Kelsheim, Kiefernau, Kornau, Kornhausen, Kranichfurt, Kranichsee, Krummsee, Lauchwitz, Lautachtal, Lauterwald, Lennetal, Leutenau, Leutenfeld, Loquitz, Loquitzgrund, Lossenburg, Lüttenhof, Merzwald, Mirowsee, Möllendorf, Mühlgrund, Nahegrund, Neuweilbach, Niedwald, Nordgau, Ohmburg, Ohmtal, Ohrebruch, Ohrefeld, Orlagrund, Osterkamp, Overbeck, Overkamp, Pennekow, Pfrimmtal, Rednitzburg, Rednitzgrund, Rennsburg, Rettenau, Rietzsee, Rottachgau, Rottelsheim, Rottmersfeld, Sauerwald, Schwarzwassertal, Seenkamp, Seidlitz, Sellhausen, Sietlingen, Sormitz, Sormitzburg, Stelbach, Tarnefitz, Ulmenau, Wallerfeld, Warnekow, Warnowtal, Weinberg, Welsenburg, Wendelsau, Wersingen, Wiedenau, Wipfertal, Wisentatal, Wollenberg, Zechenau, Zehdenbruch, Zschopau, Zschopautal, Grießbachtal, Zellwitz, Bärenfeld, Rötzenbach, Tannwiesen, Pöhlgrund, Morlitz, Wedebruch, Ahrenfeld, Hesselburg, Nettelrode, Lohmünde, Brakeholt, Quellinghausen, Wiebelsdorf, Frohnsiepen, Haverloh, Steinkuhle, Ostrup, Quellenhagen, Wernitzgau, Bergzell, Rothenwörth, Allersdorf, Kühbrunn, Dreeswold, Beekerland, Holtmoor, Kattrade, Lüttkoog, Marnhaven, Sielbüttel, Tetenbrook, Vosshörn, Mertzdorf, Espenrode, Gersleben, Saalwinkel, Tannrode, Ulmenhorst, Wolfsholz, Kesselbrunn, Bodewiesen, Schönfurt, Rabenstedt, Espenaue, Tannenheide, Lahnfelden, Dornfels, Kammelgau, Kammelbrunn, Obersulzach, Zeilhofen, Grubenried, Unterwiesach, Steinachszell, Holzreuth, Ettenbühl, Kammeltal, Riedwangen, Mörsingen, Ellwach"""

errors = []
def err(msg):
    errors.append(msg)

def load_manifest():
    path = os.path.join(HERE, "corpus", "manifest.yaml")
    try:
        import yaml
        return yaml.safe_load(open(path, encoding="utf-8"))["documents"]
    except ImportError:  # minimal fallback parser for the flat manifest format
        docs, cur = [], None
        for line in open(path, encoding="utf-8"):
            m = re.match(r"^\s*-\s+(\w+):\s*(.*)$", line) or re.match(r"^\s+(\w+):\s*(.*)$", line)
            if not m or line.startswith("documents"):
                continue
            if re.match(r"^\s*-\s", line):
                cur = {}; docs.append(cur)
            cur[m.group(1)] = m.group(2).strip().strip('"')
        return docs

def main():
    man = load_manifest()
    need = {"id", "file", "title", "publisher", "date", "kind", "format", "language", "licence"}
    kinds = {"transferkatalog", "arbeitspakete", "zielvereinbarung", "protokoll", "praesentation"}
    LINES, JOIN, total = {}, {}, 0
    for d in man:
        miss = need - set(d)
        if miss: err("manifest %s lacks %s" % (d.get("id"), sorted(miss)))
        if d.get("kind") not in kinds: err("manifest %s: bad kind %r" % (d.get("id"), d.get("kind")))
        if not re.fullmatch(r"\d{4}-\d{2}", str(d.get("date"))): err("manifest %s: bad date" % d.get("id"))
        p = os.path.join(HERE, "corpus", d["file"])
        if not os.path.exists(p): err("missing file " + p); continue
        if os.path.splitext(d["file"])[0] != d["id"]: err("id is not the file stem: " + d["id"])
        total += os.path.getsize(p)
        LINES[d["id"]] = load_lines(p)
        JOIN[d["id"]] = joined(LINES[d["id"]])
    if sorted(d.get("kind") for d in man) != sorted(kinds): err("manifest must hold one document of each kind")
    if not (45000 <= total <= 55000): err("corpus size %d bytes outside 45-55 KB" % total)
    for n in [x.strip() for x in EXCLUDED_PLACES.split(",")]:
        for doc, lines in LINES.items():
            if n.lower() in "\n".join(lines).lower(): err("excluded place name %r in %s" % (n, doc))

    G = os.path.join(HERE, "gold")
    ents = json.load(open(os.path.join(G, "entities.json"), encoding="utf-8"))
    rels = json.load(open(os.path.join(G, "relations.json"), encoding="utf-8"))
    tos = json.load(open(os.path.join(G, "transfer_objects.json"), encoding="utf-8"))

    byid = {}
    for e in ents:
        if e["id"] in byid: err("duplicate entity id " + e["id"])
        byid[e["id"]] = e
        if e["type"] not in TYPES: err("bad type %s for %s" % (e["type"], e["id"]))
        for k in ("name", "aliases", "docs", "lines"):
            if k not in e: err("%s lacks %s" % (e["id"], k))
        docs = e["docs"]
        for d in docs:
            if d not in LINES: err("%s: unknown doc %s" % (e["id"], d))
        if set(docs) != set(e["lines"]): err("%s: docs and lines disagree" % e["id"])
        forms = list(e["aliases"]) + ([] if e.get("name_normalised") else [e["name"]])
        for f in forms:
            if not any(find_all(JOIN[d][0], f) for d in docs if d in JOIN):
                err("%s: surface form %r does not occur in its docs" % (e["id"], f))
        if e.get("name_normalised") and not any(find_all(JOIN[d][0], a) for a in e["aliases"] for d in docs if d in JOIN):
            err("%s: normalised name without any occurring alias" % e["id"])
        allforms = [e["name"]] + list(e["aliases"])
        for d, lns in e["lines"].items():
            if d not in LINES: continue
            for ln in lns:
                if not 1 <= ln <= len(LINES[d]): err("%s: line %s out of range in %s" % (e["id"], ln, d)); continue
                w = window_text(LINES[d], ln)
                if not any(find_all(w, f) for f in allforms):
                    err("%s: no surface form at or next to %s:%d" % (e["id"], d, ln))

    tmap = {e["id"]: e["type"] for e in ents}
    ORG = {"Organization", "Municipality", "Body"}
    constraints = {
        "memberOf": ({"Person"}, ORG),
        "participatesIn": (ORG, {"Body", "Programme"}),
        "cooperatesWith": (ORG, ORG),
        "fundedBy": (ORG | {"Programme", "TransferObject"}, ORG | {"Programme"}),
        "carriedBy": (ORG | {"Programme", "TransferObject"}, ORG),
        "chairedBy": ({"Body"}, {"Person"} | ORG),
        "subOrganizationOf": (ORG, ORG),
        "involvesActor": ({"TransferObject"}, ORG | {"Person"}),
        "addressesActionField": ({"Measure"}, {"ActionField"}),
    }
    seen = set()
    for i, r in enumerate(rels):
        tag = "relation %d (%s %s %s)" % (i, r.get("subject"), r.get("predicate"), r.get("object"))
        if r.get("predicate") not in PREDICATES: err(tag + ": bad predicate"); continue
        if r["subject"] not in tmap or r["object"] not in tmap: err(tag + ": unknown id"); continue
        st, ot = constraints[r["predicate"]]
        if tmap[r["subject"]] not in st or tmap[r["object"]] not in ot: err(tag + ": types %s/%s do not fit" % (tmap[r["subject"]], tmap[r["object"]]))
        d = r.get("doc")
        if d not in LINES: err(tag + ": unknown doc"); continue
        ln = r.get("line")
        if not isinstance(ln, int) or not 1 <= ln <= len(LINES[d]): err(tag + ": bad line"); continue
        ev = r.get("evidence")
        if not ev: err(tag + ": no evidence"); continue
        if norm_ws(ev) not in window_text(LINES[d], ln): err(tag + ": evidence not at or next to %s:%d" % (d, ln))
        if d not in byid[r["subject"]]["docs"] and r["predicate"] != "involvesActor": err(tag + ": subject not listed for doc %s" % d)
        key = (r["subject"], r["predicate"], r["object"], d, ln)
        if key in seen: err(tag + ": duplicate")
        seen.add(key)

    inv = {(r["subject"], r["object"]) for r in rels if r.get("predicate") == "involvesActor"}
    for m in tos:
        d = m["doc"]
        if d not in LINES: err("mask %s: unknown doc" % m["section"]); continue
        head = "%s %s" % (m["section"], m["title"])
        first = next((i for i, l in enumerate(LINES[d], 1) if norm_ws(l) == head), None)
        if first != m["start_line"]: err("mask %s: start_line %s is not its heading (first at %s)" % (m["section"], m["start_line"], first))
        toc = [l for l in LINES[d] if norm_ws(l).startswith(m["title"] + " (Seite %d)" % m["catalogue_page"]) and norm_ws(l).endswith(m["section"])]
        if not toc: err("mask %s: title/page/section not in table of contents" % m["section"])
        if m["kbm_function"] not in {"Strategische Ziele", "Daten", "Diskurs", "Handlungsfelder", "Maßnahmen"}: err("mask %s: bad KBM function" % m["section"])
        if "to-" + m["section"] not in tmap: err("mask %s: no TransferObject entity" % m["section"])
        for b in m["beteiligte_akteure"]:
            if norm_ws(LINES[d][b["line"] - 1]).lstrip("• ").strip() != b["text"]: err("mask %s: bullet not at line %d" % (m["section"], b["line"]))
            for a in b["actors"]:
                if norm_ws(a) not in norm_ws(LINES[d][b["line"] - 1]): err("mask %s: actor %r not in bullet line" % (m["section"], a))
            for eid in b.get("entities", []):
                if eid not in tmap: err("mask %s: unknown entity %s" % (m["section"], eid))
                elif ("to-" + m["section"], eid) not in inv: err("mask %s: no involvesActor for %s" % (m["section"], eid))

    if errors:
        print("\n".join(errors))
        print("FAILED: %d problem(s)" % len(errors))
        return 1
    import collections
    print("OK: %d documents (%d bytes), %d entities %s, %d relations %s, %d masks" % (
        len(LINES), total, len(ents), dict(collections.Counter(e["type"] for e in ents)),
        len(rels), dict(collections.Counter(r["predicate"] for r in rels)), len(tos)))
    return 0

if __name__ == "__main__":
    sys.exit(main())
