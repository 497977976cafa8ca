#!/usr/bin/env python3
"""Check that the held-out gold is well-formed and grounded in the corpus.

usage: python3 validate_gold.py [ROOT]      (ROOT defaults to this file's folder)

Checks
- corpus/manifest.yaml: keys, kinds, dates, files exist, stems = ids
- gold/entities.json: keys, types, unique ids, docs known, every alias found in one
  of the entity's documents, every document of `docs` mentions the entity, every
  line in `lines` holds a mention (line or the two following, for broken names)
- gold/relations.json: keys, predicates, ids, subject/object types per predicate,
  evidence found in the document at (or up to 5 lines after) `line`, no duplicates,
  both ends annotated for that document
- gold/transfer_objects.json: keys, mask heading at start_line, field lists form a
  partition of the 13 mask fields and agree with the text (empty fields have no
  content), BETEILIGTE AKTEURE texts at their lines, a TransferObject entity per mask

Matching is done after collapsing whitespace (tabs, line breaks), once on the raw text
and once with line-end hyphenation repaired ("Förder-\\nprogramm" -> "Förderprogramm",
"Kita-\\nBesuchsquote" -> "Kita-Besuchsquote").  Aliases that are OCR repairs of the
text ("Bildungsbüro" for "Bildungsbiiro") are accepted after an OCR folding
(ü/ii->u, ä/é->a, ö->o, ß/B->b, case) and counted separately.
Exit status 1 on any error.
"""
import json
import re
import sys
from collections import Counter
from pathlib import Path

TYPES = {"Organization", "Municipality", "Body", "Programme", "Person", "ActionField", "Measure", "TransferObject"}
ACTOR = {"Organization", "Municipality", "Body", "Person"}
ORGLIKE = {"Organization", "Municipality", "Body"}
PRED = {  # predicate: (subject types, object types)
    "memberOf": ({"Person"}, ORGLIKE),
    "participatesIn": (ACTOR, {"Body", "Programme"}),
    "cooperatesWith": (ORGLIKE, ORGLIKE),
    "fundedBy": (ORGLIKE | {"Programme", "Measure"}, {"Organization", "Programme", "Municipality"}),
    "carriedBy": ({"Organization", "Body"}, ORGLIKE),
    "chairedBy": ({"Body"}, {"Person"}),
    "subOrganizationOf": ({"Organization", "Body"}, ORGLIKE),
    "involvesActor": ({"TransferObject"}, ACTOR | {"Programme"}),
    "addressesActionField": ({"Measure", "TransferObject"}, {"ActionField"}),
}
KINDS = {"Transferkatalog", "Protokoll", "Arbeitspakete", "Präsentation", "Zielvereinbarung"}
FIELDS = ["kurzbeschreibung", "produkttyp", "ausgangssituation", "ziele", "methoden", "ressourcen", "projektplan",
          "beteiligte_akteure", "marketing", "gelingensbedingungen", "herausforderungen", "anmerkungen",
          "transfer_adressaten"]
HEADERS = [("PRODUKTBEZEICHNUNG", None), ("KURZBESCHREIBUNG", "kurzbeschreibung"), ("PRODUKTTYP", "produkttyp"),
           ("AUSGANGSSITUATION", "ausgangssituation"), ("ZIELE UND ANFORDERUNGEN", "ziele"),
           ("METHODEN, UMSETZUNG", "methoden"), ("RESSOURCEN", "ressourcen"), ("PROJEKTPLAN", "projektplan"),
           ("BETEILIGTE AKTEURE", "beteiligte_akteure"), ("MARKETING", "marketing"),
           ("GELINGENSBEDINGUNGEN", "gelingensbedingungen"), ("HERAUSFORDERUNGEN", "herausforderungen"),
           ("ANMERKUNGEN", "anmerkungen"), ("POTENZIELLE TRANSFER-ADRESSATEN", "transfer_adressaten")]

errors = []


def err(msg):
    errors.append(msg)


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


def dehyph(s):
    s = re.sub(r"(\w)-[ \t]*\n\s*(?=[a-zäöüß])", r"\1", s)
    return re.sub(r"([-–])[ \t]*\n\s*", r"\1", s)


def ocr_fold(s):
    # OCR-tolerant, case-preserving folding (used only as a fallback for aliases; the validator reports it)
    for a, b in (("ß", "B"), ("ü", "u"), ("Ü", "U"), ("ä", "a"), ("Ä", "A"), ("ö", "o"), ("Ö", "O"), ("é", "a"),
                 ("ii", "u"), ("„", '"'), ("“", '"'), (",,", '"'), ("–", "-")):
        s = s.replace(a, b)
    return s


def forms(text):
    return [ws(text), ws(dehyph(text))]


def contains(text, s, fold=False, boundary=False):
    needle = ws(s)
    for f in forms(text):
        hay, ndl = (ocr_fold(f), ocr_fold(needle)) if fold else (f, needle)
        if boundary:
            if re.search(r"(?<!\w)" + re.escape(ndl) + r"(?!\w)", hay):
                return True
        elif ndl in hay:
            return True
    return False


def load_manifest(root):
    p = root / "corpus" / "manifest.yaml"
    try:
        import yaml
        return yaml.safe_load(p.read_text(encoding="utf-8"))
    except ImportError:  # minimal reader for the fixed two-level format
        docs, cur = {}, None
        for line in p.read_text(encoding="utf-8").splitlines():
            if re.match(r"^  \S[^:]*:\s*$", line):
                cur = line.strip()[:-1]
                docs[cur] = {}
            elif re.match(r"^    \w+:", line) and cur:
                k, v = line.strip().split(":", 1)
                docs[cur][k] = v.strip().strip('"')
        return {"documents": docs}


def main(root):
    man = load_manifest(root)
    docs = man.get("documents") if isinstance(man, dict) else None
    if not isinstance(docs, dict) or not docs:
        err("manifest: no documents")
        docs = {}
    text, lines = {}, {}
    for stem, d in docs.items():
        for k in ("file", "title", "publisher", "date", "kind", "language", "licence"):
            if k not in d:
                err(f"manifest {stem}: missing {k}")
        f = root / "corpus" / str(d.get("file", ""))
        if not f.is_file():
            err(f"manifest {stem}: file {f} missing")
            continue
        if f.stem != stem:
            err(f"manifest {stem}: file stem {f.stem} differs from id")
        if d.get("kind") not in KINDS:
            err(f"manifest {stem}: kind {d.get('kind')!r}")
        if not re.fullmatch(r"\d{4}-\d{2}", str(d.get("date"))):
            err(f"manifest {stem}: date {d.get('date')!r}")
        if d.get("language") != "de":
            err(f"manifest {stem}: language")
        text[stem] = f.read_text(encoding="utf-8")
        lines[stem] = text[stem].split("\n")

    def win(doc, a, b):
        ls = lines[doc]
        return "\n".join(ls[max(a, 1) - 1:min(b, len(ls))])

    gold = root / "gold"
    ents = json.loads((gold / "entities.json").read_text(encoding="utf-8"))
    rels = json.loads((gold / "relations.json").read_text(encoding="utf-8"))
    tos = json.loads((gold / "transfer_objects.json").read_text(encoding="utf-8"))

    # ------------------------------------------------ entities
    byid = {}
    folded_aliases = 0
    alias_total = 0
    for e in ents if isinstance(ents, list) else err("entities.json: not a list") or []:
        eid = e.get("id")
        extra = set(e) - {"id", "type", "name", "aliases", "docs", "lines", "role", "affiliation", "role_only", "note"}
        if extra:
            err(f"entity {eid}: unknown keys {extra}")
        for k, t in (("id", str), ("type", str), ("name", str), ("aliases", list), ("docs", list), ("lines", dict)):
            if not isinstance(e.get(k), t):
                err(f"entity {eid}: {k} missing or not {t.__name__}")
        if eid in byid:
            err(f"entity {eid}: duplicate id")
        byid[eid] = e
        if e.get("type") not in TYPES:
            err(f"entity {eid}: type {e.get('type')!r}")
        if e.get("type") != "Person" and any(k in e for k in ("role", "affiliation", "role_only")):
            err(f"entity {eid}: role/affiliation on a non-person")
        al = e.get("aliases", [])
        if len(set(al)) != len(al) or e.get("name") in al:
            err(f"entity {eid}: repeated alias or name among aliases")
        edocs = [d for d in e.get("docs", []) if d in text]
        if len(edocs) != len(e.get("docs", [])) or not edocs:
            err(f"entity {eid}: unknown or no docs {e.get('docs')}")
        for a in al:
            alias_total += 1
            if not isinstance(a, str) or not a.strip():
                err(f"entity {eid}: empty alias")
                continue
            if any(contains(text[d], a) for d in edocs):
                continue
            if any(contains(text[d], a, fold=True) for d in edocs):
                folded_aliases += 1
                continue
            err(f"entity {eid}: alias {a!r} not found in {edocs}")
        names = [e.get("name", "")] + al
        for d in edocs:
            if not any(contains(text[d], n, fold=True, boundary=True) for n in names):
                err(f"entity {eid}: no mention in {d}")
        for d, ls in e.get("lines", {}).items():
            if d not in edocs:
                err(f"entity {eid}: lines for doc {d} not in docs")
                continue
            if not ls:
                err(f"entity {eid}: empty line list for {d}")
            for L in ls:
                if not (isinstance(L, int) and 1 <= L <= len(lines[d])):
                    err(f"entity {eid}: bad line {L} in {d}")
                elif not any(contains(win(d, L, L + 2), n, fold=True, boundary=True) for n in names):
                    err(f"entity {eid}: {d}:{L} has no mention")

    # ------------------------------------------------ relations
    seen = set()
    for i, r in enumerate(rels if isinstance(rels, list) else []):
        tag = f"relation #{i} {r.get('subject')} {r.get('predicate')} {r.get('object')}"
        extra = set(r) - {"subject", "predicate", "object", "doc", "line", "evidence", "role", "note"}
        if extra:
            err(f"{tag}: unknown keys {extra}")
        p = r.get("predicate")
        if p not in PRED:
            err(f"{tag}: predicate")
            continue
        s, o, d = byid.get(r.get("subject")), byid.get(r.get("object")), r.get("doc")
        if s is None or o is None:
            err(f"{tag}: unknown entity id")
            continue
        if s is o:
            err(f"{tag}: self relation")
        st, ot = PRED[p]
        if s["type"] not in st or o["type"] not in ot:
            err(f"{tag}: types {s['type']} -> {o['type']} not allowed for {p}")
        if d not in text:
            err(f"{tag}: doc {d!r}")
            continue
        if d not in s["docs"] or d not in o["docs"]:
            err(f"{tag}: subject/object not annotated in {d}")
        key = (r["subject"], p, r["object"], d)
        if key in seen:
            err(f"{tag}: duplicate in {d}")
        seen.add(key)
        ev, L = r.get("evidence"), r.get("line")
        if not isinstance(ev, str) or not ev.strip():
            err(f"{tag}: evidence missing")
            continue
        if not isinstance(L, int) or not 1 <= L <= len(lines[d]):
            err(f"{tag}: line {L}")
            continue
        if not contains(text[d], ev):
            err(f"{tag}: evidence not in {d}: {ev!r}")
        elif not contains(win(d, L, L + 5), ev):
            err(f"{tag}: evidence not at {d}:{L}: {ev!r}")
        if "role" in r and (not isinstance(r["role"], str) or not r["role"].strip()):
            err(f"{tag}: empty role")

    # ------------------------------------------------ transfer objects
    to_titles = {e["name"] for e in ents if e.get("type") == "TransferObject"}
    for t in tos if isinstance(tos, list) else []:
        tag = f"mask {t.get('doc')}#{t.get('section')}"
        need = {"section", "title", "kbm_function", "catalogue_page", "start_line", "fields_present", "fields_empty",
                "fields_missing", "beteiligte_akteure", "doc"}
        if set(t) != need:
            err(f"{tag}: keys {sorted(set(t) ^ need)}")
            continue
        d = t["doc"]
        if d not in text:
            err(f"{tag}: doc")
            continue
        if not re.fullmatch(r"\d+(\.\d+)+", t["section"]) or not isinstance(t["catalogue_page"], int):
            err(f"{tag}: section/page")
        if t["kbm_function"] not in {"Strategische Ziele", "Daten", "Diskurs", "Handlungsfelder", "Maßnahmen"}:
            err(f"{tag}: kbm_function")
        if t["title"] not in to_titles:
            err(f"{tag}: no TransferObject entity named {t['title']!r}")
        L0 = t["start_line"]
        if ws(lines[d][L0 - 1]) != ws(f"{t['section']} {t['title']}"):
            err(f"{tag}: start_line {L0} is {lines[d][L0 - 1]!r}")
        fp, fe, fm = t["fields_present"], t["fields_empty"], t["fields_missing"]
        if sorted(fp + fe + fm) != sorted(FIELDS):
            err(f"{tag}: field lists are not a partition of the mask fields")
        # read the mask from the text: content per header until the next mask heading
        content, cur = {}, None
        for L in range(L0 + 1, len(lines[d]) + 1):
            raw = lines[d][L - 1]
            s = raw.strip()
            if raw.startswith(" ") and s.startswith(t["section"] + " "):
                continue  # running page header of this mask
            if re.match(r"^\d+(\.\d+){3} \S", s):
                break  # next mask
            hdr = next((f for h, f in HEADERS if s.upper().startswith(h)), "none")
            if hdr != "none":
                cur = hdr
                content.setdefault(cur, [])
                continue
            if not s or re.fullmatch(r"\d{1,3}", s) or (raw.startswith(" ") and t["section"] in s) \
                    or re.fullmatch(r"[A-ZÄÖÜ ]+", s) or re.match(r"^\d{1,2} (vgl\.|siehe|Schul)", s):
                continue  # blank, page number, running header, footnote
            if cur:
                content[cur].append(s)
        for f in fp:
            if not content.get(f):
                err(f"{tag}: field {f} listed present but has no content")
        for f in fe:
            if f not in content or content[f]:
                err(f"{tag}: field {f} listed empty but text disagrees")
        for f in fm:
            if f in content:
                err(f"{tag}: field {f} listed missing but header present")
        for a in t["beteiligte_akteure"]:
            if not contains(lines[d][a["line"] - 1], a["text"]):
                err(f"{tag}: akteur {a['text']!r} not at line {a['line']}")
            if not isinstance(a.get("actors"), list) or not a["actors"]:
                err(f"{tag}: akteur without actors")

    # ------------------------------------------------ report
    print(f"documents: {len(text)}  ({', '.join(f'{k}: {t.count(chr(10))} lines' for k, t in text.items())})")
    print(f"entities: {len(ents)}")
    for k, v in sorted(Counter(e['type'] for e in ents).items()):
        print(f"  {k:15s} {v}")
    print(f"aliases: {alias_total} ({folded_aliases} found only after OCR folding)")
    print(f"relations: {len(rels)}")
    for k, v in sorted(Counter(r['predicate'] for r in rels).items()):
        print(f"  {k:20s} {v}")
    print("relations per document:")
    for k, v in sorted(Counter(r['doc'] for r in rels).items()):
        print(f"  {k:35s} {v}")
    print("entities per document:")
    for k in text:
        print(f"  {k:35s} {sum(k in e['docs'] for e in ents)}")
    print(f"transfer objects (masks): {len(tos)}")
    if errors:
        print(f"\nFAILED: {len(errors)} error(s)")
        for m in errors:
            print("  - " + m)
        return 1
    print("\nOK: gold is well-formed and grounded in the corpus")
    return 0


if __name__ == "__main__":
    root = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
    sys.exit(main(root))
