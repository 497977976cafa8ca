#!/usr/bin/env python3
"""Check the gold of evaluation set 52 against the corpus texts.

Checks
- manifest: every document listed exists, with the required keys and kinds;
- entities: unique ids, known types, every name and alias occurs in the listed documents,
  every listed line carries one of the entity's surface forms (a form may run on into the
  next line, joined by a space or, after a line-end hyphen, directly);
- relations: known predicate and entity ids, both ends occur in the document, the evidence
  occurs at its line or next to it (previous/next line, whitespace normalised);
- transfer objects: start_line is the mask heading "<section> <title>" followed by
  PRODUKTBEZEICHNUNG, the field lists partition the 13 mask fields and agree with the
  headings actually found (present = heading with content, empty = heading without content,
  missing = no heading), the catalogue page and section appear in the table of contents,
  and every BETEILIGTE AKTEURE entry is the text of its line.

Usage: python3 validate.py [SETDIR]   (exit status 0 when everything passes)
"""
import json
import os
import re
import sys

ROOT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
TYPES = {"Organization", "Municipality", "Body", "Programme", "Person", "ActionField", "Measure", "TransferObject"}
PREDICATES = {"memberOf", "participatesIn", "cooperatesWith", "fundedBy", "carriedBy", "chairedBy",
              "subOrganizationOf", "involvesActor", "addressesActionField"}
KINDS = {"transferkatalog", "arbeitspakete", "zielvereinbarung", "protokoll", "praesentation"}
FIELDS = [
    ("kurzbeschreibung", r"KURZBESCHREIBUNG"),
    ("produkttyp", r"PRODUKTT[YyY]P"),
    ("ausgangssituation", r"AUSGANGSSITUATION"),
    ("ziele", r"ZIELE UND ANFORDERUNGEN"),
    ("methoden", r"METHODEN, UMSETZUNG"),
    ("ressourcen", r"RESSOURCEN \("),
    ("projektplan", r"PROJEKTPLAN"),
    ("beteiligte_akteure", r"BETEILIGTE AKTEURE"),
    ("marketing", r"MARKETING ÖA"),
    ("gelingensbedingungen", r"GELINGENSBEDINGUNGEN"),
    ("herausforderungen", r"HERAUSFORDERUNGEN, STOLPERSTEINE"),
    ("anmerkungen", r"ANMERKUNGEN, HINWEISE"),
    ("transfer_adressaten", r"POTENZIELLE TRANSFER-ADRESSATEN"),
]
errors = []


def err(msg):
    errors.append(msg)


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def read_manifest():
    path = os.path.join(ROOT, "corpus", "manifest.yaml")
    docs, cur = [], None
    for raw in open(path, encoding="utf-8"):
        line = raw.rstrip("\n")
        if not line.strip() or line.strip() == "documents:":
            continue
        m = re.match(r"\s*(-\s*)?(\w+):\s*(.*)$", line)
        if not m:
            err("manifest: cannot parse %r" % line)
            continue
        if m.group(1):
            cur = {}
            docs.append(cur)
        val = m.group(3).strip()
        if val.startswith('"') and val.endswith('"'):
            val = val[1:-1]
        cur[m.group(2)] = val
    return docs


def joins(lines, i):
    """Variants of line i (0-based) joined with the next line."""
    a = lines[i]
    b = lines[i + 1] if i + 1 < len(lines) else ""
    out = [(norm(a) + " " + norm(b), len(norm(a)))]
    if re.search(r"-\s*$", a):
        j = norm(re.sub(r"-\s*$", "-", a))
        out.append((j + norm(b), len(j)))
    return out


def occurs_at(lines, i, form):
    """form starts on line i (0-based), possibly running on into line i+1."""
    f = norm(form)
    if f in norm(lines[i]):
        return True
    for joined, cut in joins(lines, i):
        pos = joined.find(f)
        while pos != -1:
            if pos < cut:
                return True
            pos = joined.find(f, pos + 1)
    return False


def occurs_in_doc(lines, form):
    return any(occurs_at(lines, i, form) for i in range(len(lines)))


def main():
    docs = read_manifest()
    texts = {}
    for d in docs:
        for k in ("id", "file", "title", "publisher", "date", "kind", "format", "language", "licence"):
            if k not in d:
                err("manifest: %s lacks %s" % (d.get("id"), k))
        if d.get("kind") not in KINDS:
            err("manifest: %s has unknown kind %s" % (d.get("id"), d.get("kind")))
        if not re.match(r"^\d{4}-\d{2}$", d.get("date", "")):
            err("manifest: %s date not YYYY-MM" % d.get("id"))
        if os.path.splitext(d.get("file", ""))[0] != d.get("id"):
            err("manifest: id %s is not the file stem of %s" % (d.get("id"), d.get("file")))
        path = os.path.join(ROOT, "corpus", d.get("file", ""))
        if not os.path.exists(path):
            err("manifest: missing file %s" % path)
            continue
        texts[d["id"]] = open(path, encoding="utf-8").read().split("\n")
    if sorted(d.get("kind") for d in docs) != sorted(KINDS):
        err("manifest: expected one document of each kind")

    gold = os.path.join(ROOT, "gold")
    entities = json.load(open(os.path.join(gold, "entities.json"), encoding="utf-8"))
    relations = json.load(open(os.path.join(gold, "relations.json"), encoding="utf-8"))
    masks = json.load(open(os.path.join(gold, "transfer_objects.json"), encoding="utf-8"))

    # ---------------- entities
    ents = {}
    for e in entities:
        eid = e.get("id")
        if eid in ents:
            err("entity id duplicated: %s" % eid)
        ents[eid] = e
        if e.get("type") not in TYPES:
            err("entity %s: unknown type %s" % (eid, e.get("type")))
        forms = [e["name"]] + list(e.get("aliases", []))
        if len(set(forms)) != len(forms):
            err("entity %s: alias repeats a form" % eid)
        if set(e.get("docs", [])) != set(e.get("lines", {})):
            err("entity %s: docs and lines disagree" % eid)
        for d in e.get("docs", []):
            if d not in texts:
                err("entity %s: unknown doc %s" % (eid, d))
        for form in forms:
            if not any(occurs_in_doc(texts[d], form) for d in e.get("docs", []) if d in texts):
                err("entity %s: form %r occurs in none of its documents" % (eid, form))
        for d, lns in e.get("lines", {}).items():
            if d not in texts:
                continue
            for ln in lns:
                if not (1 <= ln <= len(texts[d])):
                    err("entity %s: line %s out of range in %s" % (eid, ln, d))
                elif not any(occurs_at(texts[d], ln - 1, f) for f in forms):
                    err("entity %s: no surface form at %s:%d (%r)" % (eid, d, ln, texts[d][ln - 1][:80]))
        if e.get("type") == "Person":
            for k in ("role", "affiliation"):
                if k not in e:
                    err("person %s lacks %s" % (eid, k))

    # ---------------- relations
    for n, r in enumerate(relations):
        tag = "relation %d (%s %s %s)" % (n, r.get("subject"), r.get("predicate"), r.get("object"))
        if r.get("predicate") not in PREDICATES:
            err("%s: unknown predicate" % tag)
        for k in ("subject", "object"):
            if r.get(k) not in ents:
                err("%s: unknown %s id" % (tag, k))
        d = r.get("doc")
        if d not in texts:
            err("%s: unknown doc %s" % (tag, d))
            continue
        for k in ("subject", "object"):
            if r.get(k) in ents and d not in ents[r[k]].get("docs", []):
                err("%s: %s does not occur in %s" % (tag, k, d))
        lines = texts[d]
        ln = r.get("line", 0)
        if not (1 <= ln <= len(lines)):
            err("%s: line out of range" % tag)
            continue
        ev = norm(r.get("evidence", ""))
        if not ev:
            err("%s: no evidence" % tag)
            continue
        lo, hi = max(0, ln - 2), min(len(lines), ln + 1)
        window = [l for l in lines[lo:hi]]
        spaced = norm(" ".join(window))
        hyph = norm(re.sub(r"-\s*\n\s*", "-", "\n".join(window)))
        if ev not in spaced and ev not in hyph:
            err("%s: evidence not at or next to %s:%d: %r" % (tag, d, ln, ev))
        if r.get("predicate") == "memberOf" and ents.get(r.get("subject"), {}).get("type") != "Person":
            err("%s: memberOf subject is not a Person" % tag)
        if r.get("predicate") == "addressesActionField":
            if ents.get(r.get("subject"), {}).get("type") != "Measure" or ents.get(r.get("object"), {}).get("type") != "ActionField":
                err("%s: addressesActionField must link Measure -> ActionField" % tag)
        if r.get("predicate") == "involvesActor" and ents.get(r.get("subject"), {}).get("type") != "TransferObject":
            err("%s: involvesActor subject is not a TransferObject" % tag)

    # ---------------- transfer objects
    field_names = [f for f, _ in FIELDS]
    heading_re = [(f, re.compile(r"^\s*" + p)) for f, p in FIELDS]
    to_entities = {e["name"]: e for e in entities if e["type"] == "TransferObject"}
    for m in masks:
        tag = "mask %s" % m.get("section")
        d = m.get("doc")
        if d not in texts:
            err("%s: unknown doc" % tag)
            continue
        lines = texts[d]
        st = m.get("start_line", 0)
        if not (1 <= st <= len(lines)):
            err("%s: start_line out of range" % tag)
            continue
        if norm(lines[st - 1]) != "%s %s" % (m["section"], m["title"]):
            err("%s: start_line %d is not the heading: %r" % (tag, st, lines[st - 1]))
        if not any("PRODUKTBEZEICHNUNG" in l for l in lines[st:st + 4]):
            err("%s: no PRODUKTBEZEICHNUNG after heading" % tag)
        if m["title"] not in to_entities:
            err("%s: no TransferObject entity named %r" % (tag, m["title"]))
        pres, empty, miss = m.get("fields_present", []), m.get("fields_empty", []), m.get("fields_missing", [])
        if sorted(pres + empty + miss) != sorted(field_names):
            err("%s: field lists do not partition the 13 fields" % tag)
        # end of the mask = next mask heading or end of document
        starts = sorted(x["start_line"] for x in masks if x.get("doc") == d)
        end = next((s for s in starts if s > st), len(lines) + 1)
        body = lines[st:end - 1]
        found = {}
        order = []
        for i, l in enumerate(body):
            for f, rx in heading_re:
                if rx.match(l):
                    found[f] = i
                    order.append((i, f))
        order.sort()
        section_head = re.compile(r"^\s*(\d+(\.\d+)*\s+\S|[A-ZÄÖÜ ]+\s*$|\d+\s*$)")
        for k, (i, f) in enumerate(order):
            nxt = order[k + 1][0] if k + 1 < len(order) else len(body)
            content = [l for l in body[i + 1:nxt] if l.strip() and not section_head.match(l)]
            state = "present" if content else "empty"
            if state == "present" and f not in pres:
                err("%s: field %s has content but is not in fields_present" % (tag, f))
            if state == "empty" and f not in empty:
                err("%s: field %s is empty but not in fields_empty" % (tag, f))
        for f in miss:
            if f in found:
                err("%s: field %s listed missing but heading found" % (tag, f))
        for f in pres + empty:
            if f not in found:
                err("%s: field %s listed but no heading found" % (tag, f))
        toc = [l for l in lines[:st] if m["section"] in l and re.search(r"\b%d\s*$" % m["catalogue_page"], l)]
        seite = [l for l in lines[:st] if "(Seite %d)" % m["catalogue_page"] in l]
        if not toc or not seite:
            err("%s: catalogue page %s not found in contents / table" % (tag, m["catalogue_page"]))
        for a in m.get("beteiligte_akteure", []):
            ln = a.get("line", 0)
            if not (st < ln < end) or norm(lines[ln - 1].replace("•", "")) != a["text"]:
                err("%s: akteur %r not at line %s" % (tag, a.get("text"), ln))

    from collections import Counter
    print("documents:", len(texts), "| bytes:", sum(len("\n".join(t).encode("utf-8")) for t in texts.values()))
    print("entities:", len(entities), dict(Counter(e["type"] for e in entities)))
    print("relations:", len(relations), dict(Counter(r["predicate"] for r in relations)))
    print("masks:", len(masks))
    if errors:
        print("\n%d problem(s):" % len(errors))
        for e in errors:
            print(" -", e)
        sys.exit(1)
    print("OK: all checks passed")


if __name__ == "__main__":
    main()
