#!/usr/bin/env python3
"""Checks the set61 gold files against the corpus text.

- every entity name (unless name_in_text is false) and every alias occurs in the documents listed;
- every listed line of an entity carries a mention (name or alias) that starts on that line;
- every relation's evidence (normalised text, may run on over following lines) starts at its line or
  at the neighbouring non-blank line before/after; ids and predicates are valid,
  and subject/object types fit the predicate;
- every mask's start_line is its heading "<section> <title>", the table of contents gives its page,
  and the BETEILIGTE AKTEURE lines are where the gold says.
Text is compared after the same normalisation a reader would apply: tabs and line breaks become
spaces, runs of whitespace collapse, and a hyphen at a line end followed by a lower-case word is joined.
Exit status 0 = pass."""
import json, os, re, sys
import yaml

ROOT = os.path.dirname(os.path.abspath(__file__))
WORD = r"[\w\-]"


def normalise(text):
    lines = text.split("\n")
    out, lmap, n, skip = [], [], len(lines), -1
    for i, line in enumerate(lines):
        if i <= skip:
            continue
        s = line.replace("\t", " ")
        st = s.rstrip()
        join = False
        if st.endswith("-") and len(st) >= 2 and st[-2].isalpha():
            j = i + 1
            while j < n and lines[j].strip() == "":
                j += 1
            if j < n and lines[j].replace("\t", " ").lstrip()[:1].islower():
                join, skip = True, j - 1
        if join:
            s = st[:-1]
        for ch in s:
            out.append(ch); lmap.append(i + 1)
        if not join:
            out.append(" "); lmap.append(i + 1)
    res, rmap, prev = [], [], False
    for ch, ln in zip(out, lmap):
        if ch.isspace():
            if prev:
                continue
            prev = True; res.append(" "); rmap.append(ln)
        else:
            prev = False; res.append(ch); rmap.append(ln)
    return "".join(res), rmap


def form_re(form):
    body = r"\s".join(re.escape(p) for p in form.split())
    return re.compile(r"(?<!" + WORD + r")" + body + r"(?!" + WORD + r")")


def main():
    errs = []
    man = yaml.safe_load(open(os.path.join(ROOT, "corpus", "manifest.yaml"), encoding="utf-8"))
    kinds = {"transferkatalog", "arbeitspakete", "zielvereinbarung", "protokoll", "praesentation"}
    docs, total = {}, 0
    for d in man["documents"]:
        for k in ("id", "file", "title", "publisher", "date", "kind", "format", "language", "licence"):
            if k not in d:
                errs.append(f"manifest: {d.get('id')} lacks {k}")
        if d["kind"] not in kinds:
            errs.append(f"manifest: bad kind {d['kind']}")
        if not re.fullmatch(r"\d{4}-\d{2}", str(d["date"])):
            errs.append(f"manifest: bad date {d['date']}")
        if os.path.splitext(d["file"])[0] != d["id"]:
            errs.append(f"manifest: id {d['id']} is not the file stem")
        raw = open(os.path.join(ROOT, "corpus", d["file"]), encoding="utf-8").read()
        total += len(raw.encode("utf-8"))
        docs[d["id"]] = raw
    if sorted(d["kind"] for d in man["documents"]) != sorted(kinds):
        errs.append("manifest: need exactly one document of each kind")
    if not 45000 <= total <= 56500:
        errs.append(f"corpus size {total} bytes outside ~45-55 KB")
    norm = {k: normalise(v) for k, v in docs.items()}

    G = os.path.join(ROOT, "gold")
    ents = json.load(open(os.path.join(G, "entities.json"), encoding="utf-8"))
    rels = json.load(open(os.path.join(G, "relations.json"), encoding="utf-8"))
    tos = json.load(open(os.path.join(G, "transfer_objects.json"), encoding="utf-8"))

    # ---- entities
    types = {"Organization", "Municipality", "Body", "Programme", "Person", "ActionField", "Measure", "TransferObject"}
    byid = {}
    for e in ents:
        if e["id"] in byid:
            errs.append(f"duplicate entity id {e['id']}")
        byid[e["id"]] = e
        if e["type"] not in types:
            errs.append(f"{e['id']}: bad type {e['type']}")
        if sorted(e["docs"]) != sorted(e["lines"]):
            errs.append(f"{e['id']}: docs and lines keys differ")
        for d in e["docs"]:
            if d not in docs:
                errs.append(f"{e['id']}: unknown doc {d}")
        forms = list(e["aliases"]) + ([e["name"]] if e.get("name_in_text", True) else [])
        if e.get("name_in_text", True) and not any(form_re(e["name"]).search(norm[d][0]) for d in e["docs"]):
            errs.append(f"{e['id']}: name {e['name']!r} not in its docs")
        if not e.get("name_in_text", True) and not e["aliases"]:
            errs.append(f"{e['id']}: name not in text and no alias")
        for a in e["aliases"]:
            if not any(form_re(a).search(norm[d][0]) for d in e["docs"]):
                errs.append(f"{e['id']}: alias {a!r} not in its docs")
        for d, ls in e["lines"].items():
            nt, lm = norm[d]
            starts = set()
            for f in forms:
                for m in form_re(f).finditer(nt):
                    starts.add(lm[m.start()])
            for l in ls:
                if l not in starts:
                    errs.append(f"{e['id']}: no mention starts at {d}:{l}")
        if e["type"] == "Person":
            for k in ("role", "affiliation"):
                if k not in e:
                    errs.append(f"{e['id']}: person lacks {k}")

    # ---- relations
    preds = {"memberOf", "participatesIn", "cooperatesWith", "fundedBy", "carriedBy", "chairedBy",
             "subOrganizationOf", "involvesActor", "addressesActionField"}
    ORG = {"Organization", "Municipality", "Body"}
    for i, r in enumerate(rels):
        tag = f"relation {i} {r.get('subject')} {r.get('predicate')} {r.get('object')}"
        if r["predicate"] not in preds:
            errs.append(f"{tag}: bad predicate"); continue
        if r["subject"] not in byid or r["object"] not in byid:
            errs.append(f"{tag}: unknown id"); continue
        if r["doc"] not in docs:
            errs.append(f"{tag}: unknown doc"); continue
        st, ot = byid[r["subject"]]["type"], byid[r["object"]]["type"]
        ok = {"memberOf": st == "Person" and ot in ORG,
              "chairedBy": st in ORG and ot == "Person",
              "participatesIn": st in ORG and ot in {"Body", "Programme"},
              "involvesActor": st == "TransferObject" and ot in ORG,
              "addressesActionField": st == "Measure" and ot == "ActionField",
              "subOrganizationOf": st in ORG and ot in ORG,
              "cooperatesWith": st in ORG and ot in ORG,
              "fundedBy": st in ORG | {"Programme", "TransferObject"} and ot in {"Organization", "Programme"},
              "carriedBy": st in ORG | {"Programme", "TransferObject"} and ot in ORG}[r["predicate"]]
        if not ok:
            errs.append(f"{tag}: types {st}->{ot} do not fit")
        nt, lm = norm[r["doc"]]
        L = r["line"]
        raw = docs[r["doc"]].split("\n")
        near = {L}
        for step in (-1, 1):  # the neighbouring non-blank lines
            k = L + step
            while 1 <= k <= len(raw) and not raw[k - 1].strip():
                k += step
            near.add(k)
        starts = {lm[m.start()] for m in re.finditer(re.escape(r["evidence"]), nt)}
        if not starts & near:
            errs.append(f"{tag}: evidence does not start at/next to {r['doc']}:{L}: {r['evidence']!r}")
        for k in (r["subject"], r["object"]):
            if r["doc"] not in byid[k]["docs"]:
                errs.append(f"{tag}: {k} not listed in doc {r['doc']}")

    # ---- transfer objects
    funcs = {"Strategische Ziele", "Daten", "Diskurs", "Handlungsfelder", "Maßnahmen"}
    for t in tos:
        raw = docs[t["doc"]].split("\n")
        if raw[t["start_line"] - 1].strip() != f"{t['section']} {t['title']}":
            errs.append(f"mask {t['section']}: start_line {t['start_line']} is not its heading")
        if t["kbm_function"] not in funcs:
            errs.append(f"mask {t['section']}: bad kbm_function")
        if f"(Seite {t['catalogue_page']})" not in norm[t["doc"]][0]:
            errs.append(f"mask {t['section']}: page {t['catalogue_page']} not in table of contents")
        toc = norm[t["doc"]][0]
        i = toc.find(f"(Seite {t['catalogue_page']})")
        if i >= 0 and not toc[:i].rstrip().endswith(t["title"][-12:]):
            errs.append(f"mask {t['section']}: TOC entry before (Seite {t['catalogue_page']}) does not end with the title")
        if not any(e["type"] == "TransferObject" and e["name"] == t["title"] for e in ents):
            errs.append(f"mask {t['section']}: no TransferObject entity named {t['title']!r}")
        for a in t["beteiligte_akteure"]:
            line = " ".join(raw[a["line"] - 1].replace("\t", " ").split())
            if a["text"] not in line:
                errs.append(f"mask {t['section']}: actor text not at line {a['line']}: {a['text']!r}")
        for k in t["fields_empty"]:
            if k in t["fields_present"]:
                errs.append(f"mask {t['section']}: {k} both present and empty")

    if errs:
        print("\n".join(errs))
        print(f"FAIL: {len(errs)} problem(s)")
        sys.exit(1)
    print(f"OK: {len(docs)} documents ({total} bytes), {len(ents)} entities, {len(rels)} relations, {len(tos)} masks")


if __name__ == "__main__":
    main()
