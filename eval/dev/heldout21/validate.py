#!/usr/bin/env python3
"""Validate the evaluation set in this folder (corpus/ + gold/).

Checks
  * every relation's subject/object id exists, predicate is one of the nine, doc exists,
    memberOf carries a role, subject/object types fit the predicate;
  * every evidence string occurs verbatim in its line, or (for statements across line
    breaks) in the sentence containing that line: the neighbouring lines joined with
    single spaces, optionally with end-of-line hyphenation removed; the match must touch
    the given line;
  * every entity name and alias occurs (case-insensitive, whitespace-normalised) in at
    least one of the entity's documents; entity 'lines' point at existing lines;
  * transfer_objects.json: masks exist at start_line, BETEILIGTE-AKTEURE lines exist,
    actors are entity names;
  * corpus manifest lists every document; documents have 120-300 lines;
and prints counts per entity type, per predicate and per document.
Exit status 1 if any check fails."""
import json
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
GOLD = os.path.join(HERE, "gold")

ENTITY_TYPES = {"Organization", "Municipality", "Body", "Programme", "Person", "ActionField", "Measure",
                "TransferObject"}
PREDICATES = {"memberOf", "participatesIn", "cooperatesWith", "fundedBy", "carriedBy", "chairedBy",
              "subOrganizationOf", "involvesActor", "addressesActionField"}
ACTOR_TYPES = {"Organization", "Municipality", "Body", "Programme", "Person"}
ORGLIKE = {"Organization", "Municipality", "Body", "Programme"}
TYPE_RULES = {  # predicate: (allowed subject types, allowed object types)
    "memberOf": ({"Person"}, {"Organization", "Municipality", "Body"}),
    "participatesIn": (ORGLIKE, {"Body", "Programme"}),
    "cooperatesWith": (ORGLIKE | {"Measure"}, ORGLIKE),
    "fundedBy": (ORGLIKE | {"Measure"}, {"Organization", "Programme"}),
    "carriedBy": (ORGLIKE, {"Organization", "Municipality"}),
    "chairedBy": ({"Body"}, {"Person", "Organization"}),
    "subOrganizationOf": ({"Organization", "Body"}, {"Organization", "Municipality", "Body"}),
    "involvesActor": ({"TransferObject"}, ACTOR_TYPES),
    "addressesActionField": ({"Measure", "TransferObject"}, {"ActionField"}),
}

errors = []
warnings = []


def err(msg):
    errors.append(msg)


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


def load_docs():
    docs = {}
    for fn in sorted(os.listdir(CORPUS)):
        if fn.endswith((".txt", ".md")) and fn.lower() != "readme.md":
            with open(os.path.join(CORPUS, fn), encoding="utf-8") as f:
                docs[os.path.splitext(fn)[0]] = f.read().split("\n")
    return docs


def join(lines, lo, hi, dehyph):
    """Join non-empty lines lo..hi (1-based, inclusive); return text and char->line map."""
    buf, owner, prev = [], [], None
    for i in range(max(1, lo), min(len(lines), hi) + 1):
        cur = ws(lines[i - 1])
        if not cur:
            continue
        if prev is not None:
            sep = " "
            if dehyph and prev.endswith("-") and len(prev) > 1 and prev[-2].isalpha():
                if cur[0].islower():
                    buf.pop(); owner.pop(); sep = ""
                elif cur[0].isupper():
                    sep = ""
            for ch in sep:
                buf.append(ch); owner.append(i)
        for ch in cur:
            buf.append(ch); owner.append(i)
        prev = cur
    return "".join(buf), owner


def evidence_ok(lines, line, ev):
    if not (1 <= line <= len(lines)):
        return False
    if ev in lines[line - 1]:
        return True
    evn = ws(ev)
    for dehyph in (False, True):
        text, owner = join(lines, line - 8, line + 8, dehyph)
        pos = text.find(evn)
        while pos != -1:
            if line in set(owner[pos:pos + len(evn)]):
                return True
            pos = text.find(evn, pos + 1)
    return False


def occurs(lines, form):
    f = ws(form).casefold()
    if not f:
        return False
    full = ws(" ".join(lines)).casefold()
    if f in full:
        return True
    for dehyph in (False, True):
        text, _ = join(lines, 1, len(lines), dehyph)
        if f in text.casefold():
            return True
    return False


def main():
    docs = load_docs()
    with open(os.path.join(GOLD, "entities.json"), encoding="utf-8") as f:
        ents = json.load(f)
    with open(os.path.join(GOLD, "relations.json"), encoding="utf-8") as f:
        rels = json.load(f)
    with open(os.path.join(GOLD, "transfer_objects.json"), encoding="utf-8") as f:
        masks = json.load(f)

    # ---- manifest and document sizes
    mpath = os.path.join(CORPUS, "manifest.json")
    if not os.path.exists(mpath):
        err("corpus/manifest.json missing")
    else:
        with open(mpath, encoding="utf-8") as f:
            man = json.load(f)
        mids = {d["id"] for d in man["documents"]}
        for d in docs:
            if d not in mids:
                err(f"manifest lacks document {d}")
        for d in mids - set(docs):
            err(f"manifest lists unknown document {d}")
    for d, lines in docs.items():
        n = len(lines) - (1 if lines and lines[-1] == "" else 0)
        if not 120 <= n <= 300:
            err(f"{d}: {n} lines (expected 120-300)")

    # ---- entities
    by_id = {}
    for e in ents:
        for k in ("id", "type", "name", "aliases", "docs"):
            if k not in e:
                err(f"entity without {k}: {e}")
        if e["id"] in by_id:
            err(f"duplicate entity id {e['id']}")
        by_id[e["id"]] = e
        if e["type"] not in ENTITY_TYPES:
            err(f"{e['id']}: unknown type {e['type']}")
        for d in e["docs"]:
            if d not in docs:
                err(f"{e['id']}: unknown doc {d}")
        for form in [e["name"]] + e["aliases"]:
            if not any(occurs(docs[d], form) for d in e["docs"] if d in docs):
                err(f"{e['id']}: name/alias {form!r} not found in its documents {e['docs']}")
        for d, ls in e.get("lines", {}).items():
            for ln in ls:
                if d not in docs or not 1 <= ln <= len(docs[d]):
                    err(f"{e['id']}: bad line {d}:{ln}")
        if e["type"] == "Person" and not e.get("role_only") and "affiliation" not in e:
            warnings.append(f"{e['id']}: person without affiliation")

    # ---- relations
    seen = set()
    for r in rels:
        tag = f"{r.get('subject')} {r.get('predicate')} {r.get('object')} ({r.get('doc')}:{r.get('line')})"
        for k in ("subject", "predicate", "object", "doc", "line", "evidence"):
            if k not in r:
                err(f"relation without {k}: {tag}")
        if r["predicate"] not in PREDICATES:
            err(f"unknown predicate: {tag}")
        s, o = by_id.get(r["subject"]), by_id.get(r["object"])
        if s is None:
            err(f"unknown subject id: {tag}")
        if o is None:
            err(f"unknown object id: {tag}")
        if r["doc"] not in docs:
            err(f"unknown doc: {tag}")
            continue
        if r["predicate"] == "memberOf" and not r.get("role"):
            err(f"memberOf without role: {tag}")
        if s and o and r["predicate"] in TYPE_RULES:
            st, ot = TYPE_RULES[r["predicate"]]
            if s["type"] not in st or o["type"] not in ot:
                err(f"type mismatch {s['type']} -> {o['type']}: {tag}")
        if not evidence_ok(docs[r["doc"]], r["line"], r["evidence"]):
            err(f"evidence not at line: {tag}: {r['evidence']!r}")
        key = (r["subject"], r["predicate"], r["object"], r["doc"])
        if key in seen:
            err(f"duplicate relation: {tag}")
        seen.add(key)
        for k in ("subject", "object"):
            ent = by_id.get(r[k])
            if ent and r["doc"] not in ent["docs"]:
                warnings.append(f"{r[k]} not listed in docs of {r['doc']} ({tag})")

    # ---- transfer objects
    names = {ws(e["name"]) for e in ents}
    for m in masks:
        for k in ("section", "title", "kbm_function", "catalogue_page", "doc", "beteiligte_akteure"):
            if k not in m:
                err(f"mask without {k}: {m.get('section')}")
        lines = docs.get(m["doc"])
        if lines is None:
            err(f"mask {m['section']}: unknown doc")
            continue
        sl = m.get("start_line")
        if sl and m["section"] not in lines[sl - 1]:
            err(f"mask {m['section']}: start_line {sl} does not hold the section number")
        to = [e for e in ents if e["type"] == "TransferObject" and ws(e["name"]) == ws(m["title"])]
        if not to:
            err(f"mask {m['section']}: no TransferObject entity named {m['title']!r}")
        for b in m["beteiligte_akteure"]:
            first = ws(lines[b["line"] - 1])
            if not first or ws(b["text"])[:20] not in ws(" ".join(lines[b["line"] - 1:b["line"] + 2])):
                err(f"mask {m['section']}: actor text not at line {b['line']}: {b['text'][:40]!r}")
            for a in b["actors"]:
                if ws(a) not in names:
                    err(f"mask {m['section']}: actor {a!r} is not an entity name")

    # ---- counts
    tc = Counter(e["type"] for e in ents)
    pc = Counter(r["predicate"] for r in rels)
    dc = defaultdict(Counter)
    for r in rels:
        dc[r["doc"]][r["predicate"]] += 1
    print(f"entities: {len(ents)}")
    for t in sorted(ENTITY_TYPES):
        print(f"  {t:16s} {tc.get(t, 0)}")
    print(f"relations: {len(rels)}")
    for p in sorted(PREDICATES):
        print(f"  {p:22s} {pc.get(p, 0)}")
    print("relations per document:")
    for d in docs:
        print(f"  {d:30s} {sum(dc[d].values()):4d}  lines={len(docs[d]) - (1 if docs[d][-1] == '' else 0)}")
    print(f"masks: {len(masks)}")

    # ---- targets of the brief
    if not 150 <= len(ents) <= 220:
        err(f"entity count {len(ents)} outside 150-220")
    if not 230 <= len(rels) <= 330:
        err(f"relation count {len(rels)} outside 230-330")
    for p in PREDICATES:
        if pc.get(p, 0) == 0:
            err(f"predicate {p} absent")
    for p in ["memberOf", "participatesIn", "cooperatesWith", "fundedBy", "carriedBy", "chairedBy",
              "subOrganizationOf", "involvesActor"]:
        if pc.get(p, 0) < 15:
            err(f"predicate {p}: only {pc.get(p, 0)} (< 15)")

    for w in warnings:
        print("WARN", w)
    for e in errors:
        print("FAIL", e)
    print("OK" if not errors else f"{len(errors)} problem(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
