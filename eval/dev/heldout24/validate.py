#!/usr/bin/env python3
"""Validate the invented evaluation set in this folder.

Checks ids, entity types, predicates, subject/object type fit per predicate, memberOf
roles, evidence at its line (a sentence may run over line breaks), that every name and
alias occurs in one of the entity's documents, the product masks against the catalogue
text, and the corpus manifest. Prints counts; exits 1 on any failure.

Text normalisation used for all "occurs in" checks: tabs become blanks, runs of blanks
collapse, empty lines vanish, consecutive lines are joined by one blank, except after a
line-final hyphen following a letter: the hyphen is dropped when the next line starts
lower-case ("Saal-" + "werder" -> "Saalwerder") and kept without a blank otherwise
("Schule-" + "Beruf" -> "Schule-Beruf"). Matching is exact and case-sensitive.
"""
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
GOLD = os.path.join(HERE, "gold")

ENTITY_TYPES = {"Organization", "Municipality", "Body", "Programme", "Person",
                "ActionField", "Measure", "TransferObject"}
MEASURE_KINDS = {"work_package", "goal", "measure", "milestone"}
ACTORS = {"Organization", "Municipality", "Body"}
FIT = {  # predicate -> (allowed subject types, allowed object types)
    "memberOf": ({"Person"}, ACTORS),
    "participatesIn": (ACTORS, {"Body", "Programme"}),
    "cooperatesWith": (ACTORS, ACTORS),
    "fundedBy": (ACTORS | {"Programme"}, {"Organization", "Programme"}),
    "carriedBy": ({"Organization", "Body", "Programme"}, {"Organization", "Municipality"}),
    "chairedBy": ({"Body", "Organization"}, {"Person"}),
    "subOrganizationOf": ({"Organization", "Body"}, ACTORS),
    "involvesActor": ({"TransferObject"}, ACTORS | {"Person"}),
    "addressesActionField": ({"Measure"}, {"ActionField"}),
}
SYMMETRIC = {"cooperatesWith"}
MASK_FIELDS = [
    ("kurzbeschreibung", "KURZBESCHREIBUNG"), ("produkttyp", "PRODUKTTYP"),
    ("ausgangssituation", "AUSGANGSSITUATION"), ("ziele", "ZIELE UND ANFORDERUNGEN"),
    ("methoden", "METHODEN, UMSETZUNG"), ("ressourcen", "RESSOURCEN ("),
    ("projektplan", "PROJEKTPLAN ("), ("beteiligte_akteure", "BETEILIGTE AKTEURE"),
    ("marketing", "MARKETING ÖA"), ("gelingensbedingungen", "GELINGENSBEDINGUNGEN"),
    ("herausforderungen", "HERAUSFORDERUNGEN, STOLPERSTEINE"),
    ("anmerkungen", "ANMERKUNGEN, HINWEISE"),
    ("transfer_adressaten", "POTENZIELLE TRANSFER-ADRESSATEN"),
]
KBM_FUNCTIONS = {"Strategische Ziele", "Daten", "Diskurs", "Handlungsfelder", "Maßnahmen"}
PRODUKTTYPEN = ("STRUKTURLÖSUNG", "INSTRUMENT", "VERFAHRENSWEISE", "MODELLPROJEKT")
DOC_KINDS = {"transfer_catalogue", "work_packages", "target_agreement", "minutes", "slides"}
MANIFEST_FIELDS = ("id", "file", "title", "publisher", "date", "kind", "language", "licence")
MAX_LINES = 300
# invented names of earlier sets that must not be reused
BANNED = """Barthwiek Ostpeene Hohensaar Ohrebruch Merzbronn Rednitzburg Elstergebirge Zechenau Tellau
Rabenau Wendholm Auenfels Aarwiesen Aichelfingen Altmühlfurt Brunskamp Dahmeholz Dillweiler Dümmerheide
Elmsheide Falkenbühl Gardelow Gräfenwerra Hasebrück Havelried Isengrund Kastelhain Kirnwald Kranichfurt
Kranichsee Küstemark Lauterwald Lennetal Lindenfurt Merzenbach Moorhagen Ohrefeld Oldenwarf Recknitz
Sauerwald Selzheim Stepenitz Süderlund Talbrück Talbrunn Treenemarsch Uckerheide Warnekow Weidenbrunn
Welsenburg Wittmarschen Warnowtal Grevensund Seenkamp Pennekow""".split()

errors, warnings = [], []


def err(msg):
    errors.append(msg)


# ------------------------------------------------------------------ text handling
def norm(s):
    return re.sub(r"\s+", " ", s.replace("\t", " ")).strip()


def join_lines(text):
    """Return (joined string, list mapping each character to its 1-based line)."""
    chars, lines = [], []
    prev = None
    for no, raw in enumerate(text.split("\n"), 1):
        s = norm(raw)
        if not s:
            continue
        if prev is not None:
            if len(prev) > 1 and prev.endswith("-") and prev[-2].isalpha():
                if s[0].islower():
                    chars.pop()
                    lines.pop()
            else:
                chars.append(" ")
                lines.append(no)
        chars.extend(s)
        lines.extend([no] * len(s))
        prev = s
    return "".join(chars), lines


def load_docs():
    docs = {}
    for fn in sorted(os.listdir(CORPUS)):
        stem, ext = os.path.splitext(fn)
        if ext in (".txt", ".md"):
            with open(os.path.join(CORPUS, fn), encoding="utf-8") as fh:
                docs[stem] = fh.read()
    return docs


def load_yaml(path):
    try:
        import yaml  # PyYAML, if present
        with open(path, encoding="utf-8") as fh:
            return yaml.safe_load(fh)
    except ImportError:
        pass
    # minimal fallback: "documents:" followed by "- key: value" blocks (scalars only)
    data, cur = {"documents": []}, None
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if not line.strip() or line.lstrip().startswith("#") or line.startswith("documents:"):
                continue
            m = re.match(r"\s*(-\s+)?([A-Za-z_]+):\s*(.*)$", line)
            if not m:
                continue
            if m.group(1):
                cur = {}
                data["documents"].append(cur)
            val = m.group(3).strip()
            if len(val) >= 2 and val[0] == val[-1] and val[0] in "\"'":
                val = val[1:-1]
            if cur is not None:
                cur[m.group(2)] = val
    return data


# ------------------------------------------------------------------ checks
def check_corpus(docs):
    if len(docs) != 5:
        err(f"corpus: expected 5 documents, found {len(docs)}")
    for d, t in docs.items():
        n = len(t.rstrip("\n").split("\n"))
        if n > MAX_LINES:
            err(f"corpus: {d} has {n} lines (> {MAX_LINES})")
        for b in BANNED:
            if re.search(r"(?<!\w)" + re.escape(b), t):
                err(f"corpus: {d} reuses the earlier invented name {b!r}")


def check_manifest(docs):
    path = os.path.join(CORPUS, "manifest.yaml")
    if not os.path.exists(path):
        err("manifest: corpus/manifest.yaml missing")
        return
    data = load_yaml(path) or {}
    entries = data.get("documents", data if isinstance(data, list) else [])
    ids = [e.get("id") for e in entries]
    for i, c in collections.Counter(ids).items():
        if c > 1:
            err(f"manifest: id {i} listed {c} times")
    for e in entries:
        for f in MANIFEST_FIELDS:
            if not str(e.get(f, "")).strip():
                err(f"manifest: entry {e.get('id')} lacks {f}")
        if e.get("id") not in docs:
            err(f"manifest: id {e.get('id')} is not a corpus file stem")
        elif os.path.splitext(str(e.get("file")))[0] != e.get("id") or not os.path.exists(os.path.join(CORPUS, str(e.get("file")))):
            err(f"manifest: file {e.get('file')} does not match id {e.get('id')}")
        if e.get("kind") not in DOC_KINDS:
            err(f"manifest: {e.get('id')} has unknown kind {e.get('kind')!r}")
        if e.get("language") != "de":
            err(f"manifest: {e.get('id')} language should be 'de'")
    for d in docs:
        if d not in ids:
            err(f"manifest: corpus document {d} has no entry")
    kinds = collections.Counter(e.get("kind") for e in entries)
    for k in DOC_KINDS:
        if kinds.get(k) != 1:
            err(f"manifest: expected exactly one document of kind {k}, found {kinds.get(k, 0)}")
    return len(entries)


def mentions(joined, alias):
    return [m.start() for m in re.finditer(r"(?<!\w)" + re.escape(norm(alias)) + r"(?!\w)", joined[0])]


def check_entities(ents, docs, J):
    ids = [e.get("id") for e in ents]
    for i, c in collections.Counter(ids).items():
        if c > 1:
            err(f"entities: duplicate id {i}")
    for e in ents:
        eid = e.get("id")
        for k in ("id", "type", "name", "aliases", "docs", "lines"):
            if k not in e:
                err(f"entity {eid}: missing key {k}")
        if e.get("type") not in ENTITY_TYPES:
            err(f"entity {eid}: unknown type {e.get('type')}")
            continue
        if not isinstance(e.get("aliases"), list):
            err(f"entity {eid}: aliases must be a list")
            continue
        edocs = e.get("docs", [])
        if not edocs:
            err(f"entity {eid}: no documents")
        for d in edocs:
            if d not in docs:
                err(f"entity {eid}: unknown document {d}")
        if set(e.get("lines", {})) != set(edocs):
            err(f"entity {eid}: lines keys {sorted(e.get('lines', {}))} differ from docs")
        forms = [e["name"]] + e["aliases"]
        if len(set(forms)) != len(forms):
            err(f"entity {eid}: repeated surface form")
        for f in forms:
            if not any(norm(f) in J[d][0] for d in edocs if d in J):
                err(f"entity {eid}: surface form {f!r} occurs in none of its documents")
        # every listed line must carry a mention that starts on it
        for d, lns in e.get("lines", {}).items():
            if d not in J:
                continue
            nlines = len(docs[d].split("\n"))
            starts = {J[d][1][p] for f in forms for p in mentions(J[d], f)}
            for ln in lns:
                if not isinstance(ln, int) or not 1 <= ln <= nlines:
                    err(f"entity {eid}: bad line {ln} in {d}")
                elif ln not in starts:
                    err(f"entity {eid}: no mention starts at {d}:{ln}")
            if not lns:
                err(f"entity {eid}: empty line list for {d}")
        t = e["type"]
        if t == "Person":
            if not e.get("role") or not e.get("affiliation"):
                err(f"entity {eid}: person needs role and affiliation")
        if t == "Measure" and e.get("measure_kind") not in MEASURE_KINDS:
            err(f"entity {eid}: measure_kind {e.get('measure_kind')!r} not in {sorted(MEASURE_KINDS)}")
        if t != "Measure" and "measure_kind" in e:
            err(f"entity {eid}: measure_kind on a {t}")
        if t == "TransferObject" and not e.get("section"):
            err(f"entity {eid}: transfer object needs its section")
    shared = collections.defaultdict(set)
    for e in ents:
        for f in [e.get("name", "")] + list(e.get("aliases", [])):
            shared[(e.get("type"), norm(f).lower())].add(e.get("id"))
    for (t, f), idset in sorted(shared.items()):
        if len(idset) > 1:
            warnings.append(f"surface form {f!r} ({t}) shared by {sorted(idset)}")
    return {e["id"]: e for e in ents if "id" in e}


def check_relations(rels, E, docs, J):
    seen = set()
    for n, r in enumerate(rels):
        tag = f"relation #{n} {r.get('subject')} {r.get('predicate')} {r.get('object')}"
        for k in ("subject", "predicate", "object", "doc", "line", "evidence"):
            if k not in r:
                err(f"{tag}: missing {k}")
        p = r.get("predicate")
        if p not in FIT:
            err(f"{tag}: unknown predicate")
            continue
        s, o = E.get(r.get("subject")), E.get(r.get("object"))
        if s is None or o is None:
            err(f"{tag}: unknown subject/object id")
            continue
        if s["id"] == o["id"]:
            err(f"{tag}: subject equals object")
        st, ot = FIT[p]
        if s["type"] not in st:
            err(f"{tag}: subject type {s['type']} not allowed for {p}")
        if o["type"] not in ot:
            err(f"{tag}: object type {o['type']} not allowed for {p}")
        d = r.get("doc")
        if d not in docs:
            err(f"{tag}: unknown doc {d}")
            continue
        for x in (s, o):
            if d not in x.get("docs", []):
                err(f"{tag}: {x['id']} is not listed as occurring in {d}")
        key = (s["id"], p, o["id"], d)
        if p in SYMMETRIC:
            key = (min(s["id"], o["id"]), p, max(s["id"], o["id"]), d)
        if key in seen:
            err(f"{tag}: duplicate triple in {d}")
        seen.add(key)
        # evidence at its line
        ev = norm(r.get("evidence", ""))
        line = r.get("line")
        text, lmap = J[d]
        starts = [lmap[m.start()] for m in re.finditer(re.escape(ev), text)] if ev else []
        raw_line = norm(docs[d].split("\n")[line - 1]) if isinstance(line, int) and 0 < line <= len(docs[d].split("\n")) else None
        if raw_line is None:
            err(f"{tag}: line {line} outside {d}")
        elif line not in starts and ev not in raw_line:
            where = sorted(set(starts))
            err(f"{tag}: evidence not found at {d}:{line}" + (f" (found at {where})" if where else " (not in text)"))
        # the evidence names at least one of the two entities
        if not any(norm(f) in ev for x in (s, o) for f in [x["name"]] + x["aliases"]):
            err(f"{tag}: evidence names neither subject nor object")
        role = r.get("role")
        if p == "memberOf":
            if not role:
                err(f"{tag}: memberOf needs a role")
            elif norm(role) not in ev:
                err(f"{tag}: role {role!r} is not in the evidence")
        elif role and p not in ("participatesIn",):
            err(f"{tag}: role only allowed on memberOf/participatesIn")
    return seen


def check_masks(masks, E, rels, docs, J):
    to_by_section = {e.get("section"): e for e in E.values() if e["type"] == "TransferObject"}
    inv = {(r["subject"], r["object"]) for r in rels if r.get("predicate") == "involvesActor"}
    for m in masks:
        sec = m.get("section")
        tag = f"mask {sec}"
        d = m.get("doc")
        if d not in docs:
            err(f"{tag}: unknown doc {d}")
            continue
        lines = docs[d].split("\n")
        for k in ("section", "title", "kbm_function", "catalogue_page", "start_line",
                  "fields_present", "fields_empty", "fields_missing", "beteiligte_akteure"):
            if k not in m:
                err(f"{tag}: missing {k}")
        if m.get("kbm_function") not in KBM_FUNCTIONS:
            err(f"{tag}: unknown kbm_function {m.get('kbm_function')}")
        st = m.get("start_line")
        if norm(lines[st - 1]) != norm(f"{sec} {m.get('title')}"):
            err(f"{tag}: start_line {st} is not the section heading")
        # catalogue page from the table of transfer objects
        if not re.search(re.escape(norm(m["title"])) + r" \(Seite " + str(m.get("catalogue_page")) + r"\)", J[d][0]):
            err(f"{tag}: table entry '{m['title']} (Seite {m.get('catalogue_page')})' not found")
        to = to_by_section.get(sec)
        if to is None:
            err(f"{tag}: no TransferObject entity with this section")
        elif norm(to["name"]) != norm(m["title"]):
            err(f"{tag}: TransferObject name differs from mask title")
        # extent of the mask: up to the next mask/chapter start
        en = m.get("end_line") or len(lines)
        body = list(range(st, en + 1))
        heads = {}
        for ln in body:
            s = lines[ln - 1].strip()
            for key, pref in MASK_FIELDS:
                if s.upper().startswith(pref):
                    heads.setdefault(key, ln)
        bez = [ln for ln in body if lines[ln - 1].strip() == "PRODUKTBEZEICHNUNG"]
        if not bez:
            err(f"{tag}: no PRODUKTBEZEICHNUNG")
        else:
            nxt = next(ln for ln in range(bez[0] + 1, en + 1) if lines[ln - 1].strip())
            if lines[nxt - 1].strip().lower() != m["title"].lower():
                err(f"{tag}: product name line {nxt} does not spell the title")
            if lines[nxt - 1].strip() == m["title"]:
                warnings.append(f"{tag}: product name not garbled")
        if "produkttyp" in heads:
            follow = " ".join(lines[heads["produkttyp"]:heads["produkttyp"] + 3])
            if not all(t in follow for t in PRODUKTTYPEN):
                err(f"{tag}: not all four PRODUKTTYP options printed")
        order = sorted(heads.items(), key=lambda x: x[1])
        present, empty = [], []
        for i, (key, ln) in enumerate(order):
            stop = order[i + 1][1] if i + 1 < len(order) else en + 1
            content = [x for x in lines[ln:stop - 1]
                       if x.strip() and not re.fullmatch(r"\d+", x.strip()) and not x.strip().startswith(sec)]
            (present if content else empty).append(key)
        missing = [k for k, _ in MASK_FIELDS if k not in heads]
        for name, mine in (("fields_present", present), ("fields_empty", empty), ("fields_missing", missing)):
            if sorted(m.get(name, [])) != sorted(mine):
                err(f"{tag}: {name} {sorted(m.get(name, []))} but text gives {sorted(mine)}")
        for a in m.get("beteiligte_akteure", []):
            ln = a.get("line")
            if not (st <= ln <= en) or norm(a.get("text", "")) not in norm(lines[ln - 1]).lstrip("• "):
                err(f"{tag}: actor line {ln} does not hold {a.get('text')!r}")
            if "beteiligte_akteure" in heads and ln < heads["beteiligte_akteure"]:
                err(f"{tag}: actor line {ln} before the BETEILIGTE AKTEURE heading")
            for aid in a.get("actor_ids", []):
                if aid not in E:
                    err(f"{tag}: unknown actor id {aid}")
                elif to is not None and (to["id"], aid) not in inv:
                    err(f"{tag}: actor {aid} has no involvesActor relation")
    found = {m.get("section") for m in masks}
    for sec in to_by_section:
        if sec not in found:
            err(f"TransferObject section {sec} has no mask entry")
    return len(masks)


def main():
    docs = load_docs()
    J = {d: join_lines(t) for d, t in docs.items()}
    check_corpus(docs)
    n_manifest = check_manifest(docs)
    try:
        ents = json.load(open(os.path.join(GOLD, "entities.json"), encoding="utf-8"))
        rels = json.load(open(os.path.join(GOLD, "relations.json"), encoding="utf-8"))
        masks = json.load(open(os.path.join(GOLD, "transfer_objects.json"), encoding="utf-8"))
    except (OSError, ValueError) as ex:
        print("cannot read gold files:", ex)
        return 1
    E = check_entities(ents, docs, J)
    check_relations(rels, E, docs, J)
    n_masks = check_masks(masks, E, rels, docs, J)

    print(f"documents: {len(docs)}  (manifest entries: {n_manifest})")
    for d, t in docs.items():
        print(f"  {d}: {len(t.rstrip(chr(10)).split(chr(10)))} lines, "
              f"{sum(1 for e in ents if d in e.get('docs', []))} entities, "
              f"{sum(1 for r in rels if r.get('doc') == d)} relations")
    print(f"entities: {len(ents)}")
    for t, c in sorted(collections.Counter(e.get("type") for e in ents).items()):
        print(f"  {t:15s} {c}")
    mk = collections.Counter(e.get("measure_kind") for e in ents if e.get("type") == "Measure")
    print("  measure kinds:", dict(sorted(mk.items())))
    print(f"relations: {len(rels)}")
    for p, c in sorted(collections.Counter(r.get("predicate") for r in rels).items()):
        print(f"  {p:20s} {c}")
    print(f"masks: {n_masks}")
    for w in warnings:
        print("WARNING:", w)
    for x in errors:
        print("ERROR:", x)
    print("OK" if not errors else f"FAILED ({len(errors)} errors)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
