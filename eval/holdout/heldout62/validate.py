#!/usr/bin/env python3
"""Validate the set62 gold files against the corpus text.

Checks
  * manifest: every listed file exists, ids are file stems, required keys present;
  * entities: unique ids, known types; every alias occurs in at least one listed doc; the name
    occurs in a listed doc unless its note marks it as canonical/OCR-repaired or it has a
    parenthetical qualifier (which is stripped before the check); every listed line of every
    doc contains (or, for line-broken forms, starts) an occurrence of the name or an alias;
  * relations: known predicate, subject/object are entity ids, doc is a corpus doc, evidence
    (pieces separated by " … " or " ... ") occurs within two lines before to three lines after the given line;
  * transfer objects: start_line is the mask heading (line starts with the section number),
    the section appears in the table of contents page list, every beteiligte_akteure line
    contains its text, fields_present/empty/missing partition the 13 mask fields.

Surface forms are matched with whitespace (tabs, line breaks) normalised; a hyphen in a form
may be followed by a line break ("Bildungs-büro" matches "Bildungs-\\nbüro").
Usage: python3 validate.py [SETDIR]      exit status 0 = all checks passed
"""
import json
import os
import re
import sys

TYPES = {"Organization", "Municipality", "Body", "Programme", "Person", "ActionField", "Measure", "TransferObject"}
PREDICATES = {"memberOf", "participatesIn", "cooperatesWith", "fundedBy", "carriedBy", "chairedBy",
              "subOrganizationOf", "involvesActor", "addressesActionField"}
FIELDS = ["kurzbeschreibung", "produkttyp", "ausgangssituation", "ziele", "methoden", "ressourcen", "projektplan",
          "beteiligte_akteure", "marketing", "gelingensbedingungen", "herausforderungen", "anmerkungen",
          "transfer_adressaten"]
WORD = r"[0-9A-Za-zÄÖÜäöüßÀ-ÖØ-öø-ÿıİşŞğĞ]"


def form_regex(form):
    out = []
    for ch in form:
        if ch == " ":
            if out and out[-1] == r"\s+":
                continue
            out.append(r"\s+")
        elif ch == "-":
            out.append(r"-\s*")
        else:
            out.append(re.escape(ch))
    return re.compile(r"(?<!" + WORD + r")" + "".join(out) + r"(?!" + WORD + r")")


def line_of(text, pos):
    return text.count("\n", 0, pos) + 1


def find_form(text, form):
    """1-based start lines of all occurrences of a surface form."""
    return [line_of(text, m.start()) for m in form_regex(form).finditer(text)]


def norm_ws(s):
    return re.sub(r"\s+", " ", s.replace("\t", " ")).strip()


def window_variants(lines, lo, hi):
    """lines: list of str (0-based); lo/hi: 1-based inclusive. Returns normalised joined variants."""
    lo = max(lo, 1)
    hi = min(hi, len(lines))
    seg = [l.replace("\t", " ").rstrip() for l in lines[lo - 1:hi]]
    v1 = norm_ws(" ".join(seg))
    glued_keep, glued_drop = "", ""
    for l in seg:
        if glued_keep.endswith("-"):
            glued_keep += l.lstrip()
            glued_drop = glued_drop[:-1] + l.lstrip()
        else:
            glued_keep += (" " if glued_keep else "") + l
            glued_drop += (" " if glued_drop else "") + l
        glued_keep = glued_keep.rstrip()
        glued_drop = glued_drop.rstrip()
    return [v1, norm_ws(glued_keep), norm_ws(glued_drop)]


def evidence_pieces(ev):
    return [p for p in re.split(r"\s*(?:…|\.\.\.)\s*", ev) if p.strip()]


def evidence_in_window(lines, line, ev, radius=2):
    """evidence may start up to `radius` lines before the line and run on up to 3 lines after it"""
    vs = window_variants(lines, line - radius, line + radius + 1)
    return all(any(norm_ws(p) in v for v in vs) for p in evidence_pieces(ev))


def load_manifest(setdir):
    path = os.path.join(setdir, "corpus", "manifest.yaml")
    try:
        import yaml
        with open(path, encoding="utf-8") as f:
            return yaml.safe_load(f)["documents"]
    except ImportError:  # minimal fallback parser for the flat list-of-maps layout used here
        docs, cur = [], None
        for raw in open(path, encoding="utf-8"):
            l = raw.rstrip("\n")
            m = re.match(r"\s*-\s+(\w+):\s*(.*)", l)
            if m:
                cur = {}
                docs.append(cur)
                cur[m.group(1)] = m.group(2).strip().strip('"')
                continue
            m = re.match(r"\s+(\w+):\s*(.*)", l)
            if m and cur is not None:
                cur[m.group(1)] = m.group(2).strip().strip('"')
        return docs


def main(setdir):
    errors = []
    err = errors.append
    docs = load_manifest(setdir)
    texts, lines = {}, {}
    for d in docs:
        for k in ("id", "file", "title", "publisher", "date", "kind", "format", "language", "licence"):
            if k not in d:
                err(f"manifest: {d.get('id')} lacks {k}")
        fp = os.path.join(setdir, "corpus", d["file"])
        if not os.path.exists(fp):
            err(f"manifest: missing file {fp}")
            continue
        if os.path.splitext(d["file"])[0] != d["id"]:
            err(f"manifest: id {d['id']} is not the stem of {d['file']}")
        texts[d["id"]] = open(fp, encoding="utf-8").read()
        lines[d["id"]] = texts[d["id"]].split("\n")

    gold = os.path.join(setdir, "gold")
    ents = json.load(open(os.path.join(gold, "entities.json"), encoding="utf-8"))
    rels = json.load(open(os.path.join(gold, "relations.json"), encoding="utf-8"))
    tos = json.load(open(os.path.join(gold, "transfer_objects.json"), encoding="utf-8"))

    ids = {}
    for e in ents:
        if e["id"] in ids:
            err(f"entity id duplicated: {e['id']}")
        ids[e["id"]] = e
        if e["type"] not in TYPES:
            err(f"{e['id']}: unknown type {e['type']}")
        for d in e["docs"]:
            if d not in texts:
                err(f"{e['id']}: unknown doc {d}")
        forms = [e["name"]] + e["aliases"]
        for a in e["aliases"]:
            if not any(find_form(texts[d], a) for d in e["docs"] if d in texts):
                err(f"{e['id']}: alias {a!r} not found in its docs")
        name = re.sub(r"\s*\([^()]*\)\s*$", "", e["name"])
        canonical = "canonical" in e.get("note", "") or "OCR-repaired" in e.get("note", "") or e.get("role_only")
        if not canonical and not any(find_form(texts[d], name) for d in e["docs"] if d in texts):
            err(f"{e['id']}: name {e['name']!r} not found in its docs (mark it canonical in note if intended)")
        for d, ls in e.get("lines", {}).items():
            if d not in e["docs"]:
                err(f"{e['id']}: lines for unlisted doc {d}")
                continue
            found = set()
            for f in forms + [name]:
                found.update(find_form(texts[d], f))
            for l in ls:
                if l not in found:
                    err(f"{e['id']}: no surface form starts on {d}:{l}")
        for d in e["docs"]:
            if d not in e.get("lines", {}):
                err(f"{e['id']}: no lines for doc {d}")

    for i, r in enumerate(rels):
        tag = f"relation #{i} {r.get('subject')} {r.get('predicate')} {r.get('object')}"
        if r["predicate"] not in PREDICATES:
            err(f"{tag}: unknown predicate")
        for k in ("subject", "object"):
            if r[k] not in ids:
                err(f"{tag}: unknown {k} id")
        if r["doc"] not in texts:
            err(f"{tag}: unknown doc")
            continue
        if r["doc"] not in ids.get(r["subject"], {}).get("docs", []) and r["predicate"] != "involvesActor":
            pass  # subjects may be referred to by pronoun/role only
        if not r.get("evidence"):
            err(f"{tag}: no evidence")
        elif not evidence_in_window(lines[r["doc"]], r["line"], r["evidence"]):
            err(f"{tag}: evidence not at {r['doc']}:{r['line']}: {r['evidence']!r}")
        if r["predicate"] == "involvesActor" and ids.get(r["subject"], {}).get("type") != "TransferObject":
            err(f"{tag}: involvesActor subject must be a TransferObject")
        if r["predicate"] == "addressesActionField":
            if ids.get(r["subject"], {}).get("type") != "Measure" or ids.get(r["object"], {}).get("type") != "ActionField":
                err(f"{tag}: addressesActionField must link Measure -> ActionField")
        if r["predicate"] == "memberOf" and ids.get(r["subject"], {}).get("type") != "Person":
            err(f"{tag}: memberOf subject must be a Person")

    for t in tos:
        d = t["doc"]
        L = lines[d]
        head = L[t["start_line"] - 1]
        if not head.startswith(t["section"] + " "):
            err(f"mask {t['section']}: start_line {t['start_line']} is not its heading: {head!r}")
        first = min(x["start_line"] for x in tos if x["doc"] == d)
        toc = norm_ws("\n".join(L[: first - 1]))
        words = norm_ws(t["title"]).split()[:3]
        k = toc.find(" ".join(words))
        m = re.search(r"\(Seite (\d+)", toc[k:]) if k >= 0 else None
        if not m or int(m.group(1)) != t["catalogue_page"]:
            err(f"mask {t['section']}: catalogue_page {t['catalogue_page']} not confirmed by the table of contents")
        allf = set(t["fields_present"]) | set(t["fields_empty"]) | set(t["fields_missing"])
        if allf != set(FIELDS) or len(t["fields_present"]) + len(t["fields_empty"]) + len(t["fields_missing"]) != 13:
            err(f"mask {t['section']}: fields do not partition the 13 mask fields")
        for b in t["beteiligte_akteure"]:
            if norm_ws(b["text"]) not in norm_ws(L[b["line"] - 1]):
                err(f"mask {t['section']}: akteur text not on line {b['line']}: {b['text']!r}")
            known = {norm_ws(f) for e in ents for f in [e["name"]] + e["aliases"]}
            for a in b["actors"]:
                if norm_ws(a) not in known and norm_ws(a) not in norm_ws(L[b["line"] - 1]):
                    err(f"mask {t['section']}: actor {a!r} is neither an entity label nor on its line")

    for e in errors:
        print("ERROR", e)
    n_rel = len(rels)
    print(f"{len(ents)} entities, {n_rel} relations, {len(tos)} masks, {len(texts)} docs; "
          f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))))
