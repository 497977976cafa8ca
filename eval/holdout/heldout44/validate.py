#!/usr/bin/env python3
"""Checks the gold of set44 against the corpus text. Exit code 0 = all checks pass.

Checks
- manifest lists exactly the corpus files; every gold doc id is a manifest id
- entities: unique ids, allowed types; every alias occurs in at least one listed doc;
  the name occurs in a listed doc unless "name_in_text": false; every listed line exists
  and a surface form (name or alias) starts on that line (window: the line and the next
  two lines, whitespace-normalised, so hyphenated/wrapped forms count)
- relations: known predicate, known subject/object ids, subject/object types plausible
  for the predicate, evidence occurs in the lines line-1 … line+3 (whitespace-normalised)
- transfer objects: start_line is the mask heading ("<section> <title…>"), the
  catalogue page appears in the table of contents with the section, BETEILIGTE AKTEURE
  lines contain their text, field lists are disjoint, every mask has a TransferObject
  entity "to-<section>"
Whitespace normalisation: any run of whitespace (tabs, line breaks) = one space.
"""
import json, re, sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent
TYPES = {"Organization", "Municipality", "Body", "Programme", "Person", "ActionField", "Measure", "TransferObject"}
ORGLIKE = {"Organization", "Municipality", "Body"}
PRED = {
    "memberOf": ({"Person"}, ORGLIKE),
    "participatesIn": (ORGLIKE, {"Body", "Programme"}),
    "cooperatesWith": (ORGLIKE, ORGLIKE),
    "fundedBy": (ORGLIKE | {"Programme", "TransferObject", "Measure"}, ORGLIKE | {"Programme"}),
    "carriedBy": (ORGLIKE | {"Programme"}, ORGLIKE),
    "chairedBy": ({"Body"}, {"Person"} | ORGLIKE),
    "subOrganizationOf": (ORGLIKE, ORGLIKE),
    "involvesActor": ({"TransferObject"}, ORGLIKE | {"Person"}),
    "addressesActionField": ({"Measure", "TransferObject"}, {"ActionField"}),
}


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def main():
    errors = []
    err = errors.append
    man = (ROOT / "corpus" / "manifest.yaml").read_text(encoding="utf-8")
    ids = re.findall(r"^\s*- id:\s*(\S+)", man, re.M)
    files = re.findall(r"^\s*file:\s*(\S+)", man, re.M)
    docs = {}
    for i, f in zip(ids, files):
        p = ROOT / "corpus" / f
        if not p.exists():
            err(f"manifest: missing file {f}")
            continue
        if Path(f).stem != i:
            err(f"manifest: id {i} is not the stem of {f}")
        docs[i] = p.read_text(encoding="utf-8").split("\n")
    on_disk = {p.name for p in (ROOT / "corpus").iterdir() if p.name != "manifest.yaml"}
    if on_disk != set(files):
        err(f"manifest/corpus mismatch: {sorted(on_disk ^ set(files))}")
    full = {d: norm("\n".join(L)) for d, L in docs.items()}

    def window(d, a, b):
        L = docs[d]
        return norm(" ".join(L[max(a, 1) - 1:min(b, len(L))]))

    ents = json.loads((ROOT / "gold" / "entities.json").read_text(encoding="utf-8"))
    rels = json.loads((ROOT / "gold" / "relations.json").read_text(encoding="utf-8"))
    tos = json.loads((ROOT / "gold" / "transfer_objects.json").read_text(encoding="utf-8"))
    byid = {}
    for e in ents:
        if e["id"] in byid:
            err(f"duplicate entity id {e['id']}")
        byid[e["id"]] = e
        if e["type"] not in TYPES:
            err(f"{e['id']}: bad type {e['type']}")
        for d in e["docs"]:
            if d not in docs:
                err(f"{e['id']}: unknown doc {d}")
        if set(e.get("lines", {})) != set(e["docs"]):
            err(f"{e['id']}: docs and lines keys differ")
        forms = [e["name"]] + e["aliases"] if e.get("name_in_text", True) else list(e["aliases"])
        if not forms:
            err(f"{e['id']}: no surface form in text")
        for f in forms:
            if not any(norm(f) in full[d] for d in e["docs"] if d in docs):
                err(f"{e['id']}: surface form {f!r} not found in its docs")
        for d, lines in e.get("lines", {}).items():
            if d not in docs:
                continue
            for ln in lines:
                if not 1 <= ln <= len(docs[d]):
                    err(f"{e['id']}: line {ln} outside {d}")
                    continue
                w = window(d, ln, ln + 2).lower()
                first = norm(docs[d][ln - 1]).lower()
                ok = False
                for f in forms:
                    nf = norm(f).lower()
                    k = w.find(nf)
                    # the form must start on line ln
                    while k >= 0:
                        if k < len(first):
                            ok = True
                            break
                        k = w.find(nf, k + 1)
                    if ok:
                        break
                if not ok:
                    err(f"{e['id']}: no surface form starts on {d}:{ln}")
    seen = set()
    for r in rels:
        k = (r["subject"], r["predicate"], r["object"], r["doc"], r["line"])
        if k in seen:
            err(f"duplicate relation {k}")
        seen.add(k)
        if r["predicate"] not in PRED:
            err(f"unknown predicate {r['predicate']}")
            continue
        s, o = byid.get(r["subject"]), byid.get(r["object"])
        if not s or not o:
            err(f"relation with unknown id: {r['subject']} / {r['object']}")
            continue
        st, ot = PRED[r["predicate"]]
        if s["type"] not in st or o["type"] not in ot:
            err(f"type mismatch {r['subject']}({s['type']}) {r['predicate']} {r['object']}({o['type']})")
        if r["doc"] not in docs:
            err(f"relation doc unknown {r['doc']}")
            continue
        if norm(r["evidence"]) not in window(r["doc"], r["line"] - 1, r["line"] + 3):
            err(f"evidence not at {r['doc']}:{r['line']}: {r['evidence']!r}")
    for t in tos:
        d = t["doc"]
        L = docs[d]
        head = norm(L[t["start_line"] - 1])
        if not head.startswith(t["section"] + " ") or not norm(t["section"] + " " + t["title"]).startswith(head) \
                and not head.startswith(norm(t["section"] + " " + t["title"])):
            err(f"mask {t['section']}: start_line {t['start_line']} is not its heading: {head!r}")
        toc = [norm(x) for x in L[:t["start_line"] - 1]]
        if not any(t["section"] in x and re.search(rf"\b{t['catalogue_page']}$", x) for x in toc):
            err(f"mask {t['section']}: page {t['catalogue_page']} not in table of contents")
        fp, fe, fm = set(t["fields_present"]), set(t["fields_empty"]), set(t["fields_missing"])
        if fp & fe or fp & fm or fe & fm:
            err(f"mask {t['section']}: field lists overlap")
        for a in t["beteiligte_akteure"]:
            if norm(a["text"]) not in norm(L[a["line"] - 1]):
                err(f"mask {t['section']}: actor text not on line {a['line']}")
        if "to-" + t["section"] not in byid:
            err(f"mask {t['section']}: no TransferObject entity")
    for e in errors:
        print("ERROR:", e)
    print(f"{len(ents)} entities, {len(rels)} relations, {len(tos)} masks, {len(docs)} docs: "
          + ("OK" if not errors else f"{len(errors)} errors"))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
