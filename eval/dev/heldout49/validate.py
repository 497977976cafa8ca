#!/usr/bin/env python3
"""Checks the gold of this evaluation set against its corpus.

  python3 validate.py            # exit status 0 = all checks passed

Checks: manifest (five documents, one of each kind, files present, size 45-55 KB, no
forbidden place names); entities (ids, types, every name and alias occurs in a listed
document, every listed line carries a surface form, persons carry role and affiliation);
relations (ids, predicates, type constraints, evidence at or next to the line);
transfer objects (start_line is the mask heading, catalogue page as in the overview,
field lists consistent with the mask, actor lines).
Matching ignores case, treats any whitespace run (spaces, tabs, line breaks) as one space
and accepts an end-of-line hyphenation ('Bil-' + newline + 'dungsbüro')."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ERR = []
def err(msg): ERR.append(msg)

TYPES = {"Organization", "Municipality", "Body", "Programme", "Person", "ActionField", "Measure", "TransferObject"}
PREDS = {"memberOf", "participatesIn", "cooperatesWith", "fundedBy", "carriedBy", "chairedBy",
         "subOrganizationOf", "involvesActor", "addressesActionField"}
KINDS = {"transferkatalog", "arbeitspakete", "zielvereinbarung", "protokoll", "praesentation"}
FORBIDDEN = """Aarwiesen Ahsebruch Aichelfingen Altmühlfurt Ammerstedt Auenfels Barthwiek Brennfurt Brunskamp Dahmeholz
Dillweiler Elmsheide Finnegau Isengrund Kirnwald Lautach Lindenfurt Rodenwald Selzheim Vennstein Bieberhöhe Hainstetten
Fließgrund Gransau Velmow Lautermühl Altrhein-Pfrimm Selz-Nahe Vierseenland Strelund Kalzenow Leipzig Eisenach Marschwedel
Quernhorst Hohenbrück Ebersgau Ravenstal Achterberg Ahlsbeck Auwald Barwald Birkenau Dhronfeld Dörnebeck Dörrbach Ebersgrund
Ellersgrund Ellertal Friedeberg Gardelow Grunewald Haldenbeck Hardtgau Hermersbach Hochwald Hollerbach Hollertal Hollstedt
Holmsee Holsmark Hüggelheim Idarwald Kahlenau Kalbenau Kalbenstedt Kallwitz Kappelberg Kappelsbach Kellbach Kellenau Kelsheim
Kiefernau Kornau Kornhausen Kranichfurt Kranichsee Krummsee Lauchwitz Lautachtal Lauterwald Lennetal Leutenau Leutenfeld
Loquitz Loquitzgrund Lossenburg Lüttenhof Merzwald Mirowsee Möllendorf Mühlgrund Nahegrund Neuweilbach Niedwald Nordgau
Ohmburg Ohmtal Ohrebruch Ohrefeld Orlagrund Osterkamp Overbeck Overkamp Pennekow Pfrimmtal Rednitzburg Rednitzgrund Rennsburg
Rettenau Rietzsee Rottachgau Rottelsheim Rottmersfeld Sauerwald Schwarzwassertal Seenkamp Seidlitz Sellhausen Sietlingen
Sormitz Sormitzburg Stelbach Tarnefitz Ulmenau Wallerfeld Warnekow Warnowtal Weinberg Welsenburg Wendelsau Wersingen Wiedenau
Wipfertal Wisentatal Wollenberg Zechenau Zehdenbruch Zschopau Zschopautal Grießbachtal Zellwitz Bärenfeld Rötzenbach
Tannwiesen Pöhlgrund Morlitz Wedebruch Ahrenfeld Hesselburg Nettelrode Lohmünde Brakeholt Quellinghausen Wiebelsdorf
Frohnsiepen Haverloh Steinkuhle Ostrup Quellenhagen Wernitzgau Bergzell Rothenwörth Allersdorf Kühbrunn Dreeswold
Beekerland Holtmoor Kattrade Lüttkoog Marnhaven Sielbüttel Tetenbrook Vosshörn""".split()
# OCR repairs used for measure names that occur only in the OCR-damaged work packages
OCR_REPAIR = {"fiir": "für", "Ubergang": "Übergang", "Fachkréftesicherung": "Fachkräftesicherung", "Kleinraumiges": "Kleinräumiges"}
L = "A-Za-zÄÖÜäöüßéÉ0-9"

def flex(form):
    out = []
    for i, ch in enumerate(form):
        if ch == " ":
            out.append(r"\s+")
        elif ch == "-":
            out.append(r"-\s*")
        else:
            out.append(re.escape(ch))
            if ch.isalpha() and i + 1 < len(form) and form[i + 1].isalpha():
                out.append(r"(?:-\s+)?")
    return re.compile(rf"(?<![{L}])" + "".join(out) + rf"(?:es|s)?(?![{L}])", re.IGNORECASE)

def load_manifest():
    txt = open(os.path.join(HERE, "corpus", "manifest.yaml"), encoding="utf-8").read()
    docs, cur = [], None
    for line in txt.splitlines():
        m = re.match(r"\s*-\s+id:\s*(\S+)", line)
        if m:
            cur = {"id": m.group(1)}; docs.append(cur); continue
        m = re.match(r"\s+(\w+):\s*\"?(.*?)\"?\s*$", line)
        if m and cur is not None:
            cur[m.group(1)] = m.group(2)
    return docs

def main():
    manifest = load_manifest()
    if len(manifest) != 5: err(f"manifest lists {len(manifest)} documents, expected 5")
    if {d.get("kind") for d in manifest} != KINDS: err(f"manifest kinds {sorted(d.get('kind') for d in manifest)}")
    DOCS, total = {}, 0
    for d in manifest:
        p = os.path.join(HERE, "corpus", d.get("file", ""))
        if not os.path.exists(p): err(f"missing corpus file {p}"); continue
        if os.path.splitext(d["file"])[0] != d["id"]: err(f"id/file stem mismatch {d['id']}")
        for k in ("title", "publisher", "date", "format", "language", "licence"):
            if not d.get(k): err(f"manifest {d['id']}: missing {k}")
        if not re.match(r"^\d{4}-\d{2}$", d.get("date", "")): err(f"manifest {d['id']}: bad date")
        raw = open(p, encoding="utf-8").read(); total += len(raw.encode("utf-8"))
        lines = raw.split("\n"); starts, pos = [], 0
        for l in lines: starts.append(pos); pos += len(l) + 1
        DOCS[d["id"]] = (raw, lines, starts)
        for name in FORBIDDEN:
            if re.search(rf"(?<![{L}]){re.escape(name)}(?![{L}])", raw):
                err(f"forbidden place name {name!r} in {d['id']}")
    if not 45_000 <= total <= 55_000: err(f"corpus size {total} bytes outside 45-55 KB")

    def line_of(doc, off):
        st = DOCS[doc][2]; lo, hi = 0, len(st) - 1
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if st[mid] <= off: lo = mid
            else: hi = mid - 1
        return lo + 1

    G = os.path.join(HERE, "gold")
    ents = json.load(open(os.path.join(G, "entities.json"), encoding="utf-8"))
    rels = json.load(open(os.path.join(G, "relations.json"), encoding="utf-8"))
    tos = json.load(open(os.path.join(G, "transfer_objects.json"), encoding="utf-8"))
    byid = {}
    for e in ents:
        eid = e.get("id")
        if eid in byid: err(f"duplicate entity id {eid}")
        byid[eid] = e
        if e.get("type") not in TYPES: err(f"{eid}: bad type {e.get('type')}")
        if e["type"] == "Person" and not (e.get("role") and e.get("affiliation")): err(f"{eid}: person without role/affiliation")
        docs = e.get("docs", [])
        if not docs: err(f"{eid}: no docs")
        if sorted(docs) != sorted(e.get("lines", {})): err(f"{eid}: docs and lines keys differ")
        for d in docs:
            if d not in DOCS: err(f"{eid}: unknown doc {d}")
        docs = [d for d in docs if d in DOCS]
        forms = [e["name"]] + list(e.get("aliases", []))
        if len(set(f.casefold() for f in forms)) != len(forms): err(f"{eid}: duplicate name/alias")
        for i, f in enumerate(forms):
            found = any(flex(f).search(DOCS[d][0]) for d in docs)
            if not found and i == 0 and e.get("name_repaired"):
                rep = []
                for a in e["aliases"]:
                    b = a
                    for k, v in OCR_REPAIR.items(): b = b.replace(k, v)
                    rep.append(b)
                found = e["name"] in rep
            if not found: err(f"{eid}: {'name' if i == 0 else 'alias'} {f!r} not found in {docs}")
        pats = [flex(f) for f in forms]
        for d in docs:
            hit = set()
            for p in pats:
                for m in p.finditer(DOCS[d][0]):
                    a, b = line_of(d, m.start()), line_of(d, max(m.start(), m.end() - 1))
                    hit.update(range(a, b + 1))
            for ln in e["lines"][d]:
                if ln not in hit: err(f"{eid}: no surface form on {d}:{ln}")

    def window(doc, ln):
        lines = DOCS[doc][1]
        idx = [ln - 1]
        k = ln - 2
        while k >= 0 and not lines[k].strip(): k -= 1
        if k >= 0: idx.insert(0, k)
        k, n = ln, 0
        while k < len(lines) and n < 2:
            if lines[k].strip(): idx.append(k); n += 1
            k += 1
        return re.sub(r"\s+", " ", " ".join(lines[i] for i in idx))

    def dehy(s): return re.sub(r"([a-zäöüß])- ([a-zäöüß])", r"\1\2", s)
    seen = set()
    for r in rels:
        key = json.dumps(r, sort_keys=True, ensure_ascii=False)
        if key in seen: err(f"duplicate relation {key}")
        seen.add(key)
        s, p, o, d = r.get("subject"), r.get("predicate"), r.get("object"), r.get("doc")
        tag = f"{s} {p} {o} ({d}:{r.get('line')})"
        if p not in PREDS: err(f"{tag}: bad predicate")
        if s not in byid or o not in byid: err(f"{tag}: unknown entity"); continue
        if d not in DOCS: err(f"{tag}: unknown doc"); continue
        ts, to = byid[s]["type"], byid[o]["type"]
        if p == "memberOf" and (ts != "Person" or to not in {"Organization", "Municipality", "Body"}): err(f"{tag}: memberOf types {ts}->{to}")
        if p == "chairedBy" and ts != "Body": err(f"{tag}: chairedBy subject {ts}")
        if p == "involvesActor" and ts != "TransferObject": err(f"{tag}: involvesActor subject {ts}")
        if p == "addressesActionField" and (ts != "Measure" or to != "ActionField"): err(f"{tag}: addressesActionField types")
        if p == "participatesIn" and to not in {"Body", "Programme"}: err(f"{tag}: participatesIn object {to}")
        if p in {"subOrganizationOf", "cooperatesWith"} and (ts not in {"Organization", "Municipality", "Body"} or to not in {"Organization", "Municipality", "Body"}): err(f"{tag}: {p} types")
        if p == "memberOf" and not r.get("role") and "note" not in r and False: pass
        ev = re.sub(r"\s+", " ", r.get("evidence", "")).strip()
        ln = r.get("line", 0)
        if not (1 <= ln <= len(DOCS[d][1])): err(f"{tag}: line out of range"); continue
        w = window(d, ln)
        if not ev or not (ev in w or ev in dehy(w) or dehy(ev) in dehy(w)): err(f"{tag}: evidence not at/next to line: {ev!r}")

    cat = [m for m in manifest if m.get("kind") == "transferkatalog"][0]["id"]
    raw, lines, _ = DOCS[cat]
    heads = {"KURZBESCHREIBUNG": "kurzbeschreibung", "PRODUKTTYP": "produkttyp", "AUSGANGSSITUATION": "ausgangssituation",
             "ZIELE UND ANFORDERUNGEN": "ziele", "METHODEN": "methoden", "RESSOURCEN": "ressourcen", "PROJEKTPLAN": "projektplan",
             "BETEILIGTE AKTEURE": "beteiligte_akteure", "MARKETING": "marketing", "GELINGENSBEDINGUNGEN": "gelingensbedingungen",
             "HERAUSFORDERUNGEN": "herausforderungen", "ANMERKUNGEN": "anmerkungen", "POTENZIELLE TRANSFER-ADRESSATEN": "transfer_adressaten"}
    starts = sorted(t["start_line"] for t in tos)
    if len(tos) != 3: err(f"{len(tos)} transfer objects, expected 3")
    norm = lambda s: re.sub(r"\s+", " ", s).strip()
    for t in tos:
        sl = t["start_line"]
        if not norm(lines[sl - 1]).startswith(f"{t['section']} {t['title']}"): err(f"mask {t['section']}: start_line {sl} is not its heading")
        if not re.search(rf"\(Seite {t['catalogue_page']}\)", raw): err(f"mask {t['section']}: page {t['catalogue_page']} not in overview")
        flat = norm(raw)
        i = flat.find(norm(t["title"])[:40])
        if i < 0 or f"(Seite {t['catalogue_page']})" not in flat[i:i + len(t['title']) + 20]: err(f"mask {t['section']}: overview entry with page not found")
        nxt = [s for s in starts if s > sl]
        end = nxt[0] - 1 if nxt else len(lines)
        found = {}
        for ln in range(sl, end + 1):
            u = lines[ln - 1].strip().upper()
            for h, k in heads.items():
                if u.startswith(h): found[k] = ln
        for k in t["fields_present"] + t["fields_empty"]:
            if k not in found: err(f"mask {t['section']}: field {k} listed but no heading")
        for k in t["fields_missing"]:
            if k in found: err(f"mask {t['section']}: field {k} listed missing but heading present")
        if set(t["fields_present"]) & set(t["fields_empty"]): err(f"mask {t['section']}: field both present and empty")
        order = sorted(found.items(), key=lambda kv: kv[1])
        for j, (k, ln) in enumerate(order):
            stop = order[j + 1][1] if j + 1 < len(order) else end + 1
            body = [l for l in lines[ln:stop - 1] if l.strip() and not l.strip().isdigit()
                    and not re.match(r"^(DATEN|DISKURS|MASSNAHMEN)\b", l.strip()) and not re.search(r"(DATEN|DISKURS|MASSNAHMEN)$", l.strip())]
            if (k in t["fields_empty"]) == bool(body): err(f"mask {t['section']}: field {k} emptiness wrong")
        for a in t["beteiligte_akteure"]:
            if not (sl <= a["line"] <= end) or norm(a["text"]) not in norm(lines[a["line"] - 1]): err(f"mask {t['section']}: actor line {a['line']}")
        ent = t.get("entity")
        if ent not in byid or byid[ent]["type"] != "TransferObject" or sl not in byid[ent]["lines"].get(cat, []): err(f"mask {t['section']}: entity {ent} missing or without heading line")
        inv = {r["object"] for r in rels if r["subject"] == ent and r["predicate"] == "involvesActor"}
        if not inv: err(f"mask {t['section']}: no involvesActor relations")

    if ERR:
        print(f"FAILED: {len(ERR)} problem(s)")
        for e in ERR: print("  -", e)
        return 1
    from collections import Counter
    print(f"OK: {len(DOCS)} documents ({total} bytes), {len(ents)} entities, {len(rels)} relations, {len(tos)} masks")
    print("  entities:", dict(Counter(e["type"] for e in ents)))
    print("  relations:", dict(Counter(r["predicate"] for r in rels)))
    return 0

if __name__ == "__main__":
    sys.exit(main())
