#!/usr/bin/env python3
"""Validate the evaluation set in this folder (corpus/ + gold/).

Checks
  * every relation's subject/object id exists, its document exists, its line is in range,
    subject/object types fit the predicate, memberOf carries a role, no duplicate
    (subject, predicate, object, doc) rows, and both ends list the relation's document;
  * every evidence string occurs verbatim (whitespace collapsed; tabs of the PDF extraction
    count as spaces) in the document at the given line, or in the sentence containing that
    line: the text of neighbouring lines joined with spaces, or joined with the line-end
    hyphenation undone ("Bil-" + "dung" -> "Bildung"; "Erzgebirge-" + "Vogtland" keeps the
    hyphen) - the occurrence must cover the given line;
  * every entity name and every alias occurs (case-insensitive, as whole words) in at least
    one of the entity's documents (same joining rules; a trailing disambiguating qualifier in
    parentheses, e.g. "Bildungsbeirat (Stadt Rednitzburg)", is stripped from the name
    before the check);
  * transfer_objects.json: section heading at start_line, BETEILIGTE AKTEURE bullet text at
    its line, each listed actor resolvable to a gold entity of the document;
  * manifest ids = corpus file stems, line counts 120-300.
Prints counts per entity type and per predicate (overall and per document).
Exit status 1 when any check fails.
"""
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent
CORPUS = ROOT / "corpus"
GOLD = ROOT / "gold"

TYPES = {"Organization", "Municipality", "Body", "Programme", "Person",
         "ActionField", "Measure", "TransferObject"}
ACTOR = {"Organization", "Municipality", "Body"}
PRED_TYPES = {
    "memberOf": ({"Person"}, ACTOR),
    "participatesIn": (ACTOR, {"Body", "Programme"}),
    "cooperatesWith": (ACTOR, ACTOR),
    "fundedBy": (ACTOR | {"Programme"}, {"Organization", "Programme", "Municipality"}),
    "carriedBy": (ACTOR | {"Programme"}, {"Organization", "Municipality"}),
    "chairedBy": ({"Body"}, {"Person"}),
    "subOrganizationOf": (ACTOR, ACTOR),
    "involvesActor": ({"TransferObject"}, ACTOR | {"Person"}),
    "addressesActionField": ({"Measure"}, {"ActionField"}),
}

WS = re.compile(r"[ \t\u00a0\u2002\u2003\u2009\r\f\v]+")


def norm(s):
    return WS.sub(" ", s).strip()


class Doc:
    def __init__(self, path):
        self.path = path
        self.raw = path.read_text(encoding="utf-8").split("\n")
        if self.raw and self.raw[-1] == "":
            self.raw = self.raw[:-1]
        self.lines = [norm(l) for l in self.raw]
        self.variants = [self._join(False), self._join(True)]

    def _join(self, smart):
        """Join non-empty lines; return (text, owner) with owner[i] = 1-based line of char i
        (0 for inserted separators)."""
        parts, owner = [], []
        prev = None
        for no, line in enumerate(self.lines, 1):
            if not line:
                continue
            if prev is not None:
                sep = " "
                if smart and parts and parts[-1].endswith(("-", "\u2013")) and not parts[-1].endswith((" -", " \u2013")):
                    if parts[-1].endswith("-") and line[:1].islower():
                        # undo hyphenation: drop the hyphen char
                        parts[-1] = parts[-1][:-1]
                        owner.pop()
                    sep = ""
                if sep:
                    parts.append(sep)
                    owner.append(0)
            parts.append(line)
            owner.extend([no] * len(line))
            prev = no
        text = "".join(parts)
        return text, owner

    def evidence_ok(self, ev, line):
        ev = norm(ev)
        if 1 <= line <= len(self.lines) and ev in self.lines[line - 1]:
            return True
        for text, owner in self.variants:
            start = text.find(ev)
            while start != -1:
                span = owner[start:start + len(ev)]
                if line in span:
                    return True
                start = text.find(ev, start + 1)
        return False

    def contains(self, s):
        """case-insensitive whole-word occurrence (no match inside a longer word)"""
        pat = re.compile(r"(?<!\w)" + re.escape(norm(s)) + r"(?!\w)", re.IGNORECASE)
        if any(pat.search(l) for l in self.lines):
            return True
        return any(pat.search(text) for text, _ in self.variants)


def strip_qualifier(name):
    m = re.match(r"^(.*\S)\s+\([^()]*\)$", name)
    return m.group(1) if m else name


def main():
    errors = []
    warn = []
    docs = {p.stem: Doc(p) for p in sorted(CORPUS.iterdir())
            if p.suffix in (".txt", ".md") and p.name != "README.md"}

    # manifest
    mf = CORPUS / "manifest.json"
    if mf.exists():
        manifest = json.loads(mf.read_text(encoding="utf-8"))
        items = manifest["documents"] if isinstance(manifest, dict) else manifest
        ids = {d["id"] for d in items}
        if ids != set(docs):
            errors.append(f"manifest ids {sorted(ids)} != corpus stems {sorted(docs)}")
        for d in items:
            for k in ("id", "file", "title", "publisher", "date", "kind", "language", "licence"):
                if k not in d:
                    errors.append(f"manifest entry {d.get('id')} lacks {k}")
    else:
        errors.append("corpus/manifest.json missing")
    for k, d in docs.items():
        n = len(d.raw)
        if not 120 <= n <= 300:
            errors.append(f"{k}: {n} lines (expected 120-300)")

    ents = json.loads((GOLD / "entities.json").read_text(encoding="utf-8"))
    rels = json.loads((GOLD / "relations.json").read_text(encoding="utf-8"))
    tos = json.loads((GOLD / "transfer_objects.json").read_text(encoding="utf-8"))

    byid = {}
    for e in ents:
        for k in ("id", "type", "name", "aliases", "docs"):
            if k not in e:
                errors.append(f"entity {e.get('id')} lacks {k}")
        if e["id"] in byid:
            errors.append(f"duplicate entity id {e['id']}")
        byid[e["id"]] = e
        if e["type"] not in TYPES:
            errors.append(f"{e['id']}: unknown type {e['type']}")
        for d in e["docs"]:
            if d not in docs:
                errors.append(f"{e['id']}: unknown doc {d}")
        if e["type"] == "Person" and ("role" not in e or "affiliation" not in e):
            errors.append(f"{e['id']}: Person without role/affiliation")
        ed = [docs[d] for d in e["docs"] if d in docs]
        name = e["name"]
        if not any(d.contains(name) for d in ed) and not any(d.contains(strip_qualifier(name)) for d in ed):
            errors.append(f"{e['id']}: name {name!r} not found in its docs")
        for a in e["aliases"]:
            if not any(d.contains(a) for d in ed):
                errors.append(f"{e['id']}: alias {a!r} not found in its docs")
        if len(set(a.lower() for a in e["aliases"])) != len(e["aliases"]):
            warn.append(f"{e['id']}: repeated alias")
        for d, ls in e.get("lines", {}).items():
            for l in ls:
                if not 1 <= l <= len(docs[d].raw):
                    errors.append(f"{e['id']}: line {l} out of range in {d}")

    seen = set()
    for i, r in enumerate(rels):
        tag = f"rel#{i} {r.get('subject')} {r.get('predicate')} {r.get('object')}"
        for k in ("subject", "predicate", "object", "doc", "line", "evidence"):
            if k not in r:
                errors.append(f"{tag}: lacks {k}")
        s, p, o, d = r["subject"], r["predicate"], r["object"], r["doc"]
        if s not in byid:
            errors.append(f"{tag}: unknown subject")
            continue
        if o not in byid:
            errors.append(f"{tag}: unknown object")
            continue
        if p not in PRED_TYPES:
            errors.append(f"{tag}: unknown predicate")
            continue
        if d not in docs:
            errors.append(f"{tag}: unknown doc {d}")
            continue
        st, ot = PRED_TYPES[p]
        if byid[s]["type"] not in st or byid[o]["type"] not in ot:
            errors.append(f"{tag}: types {byid[s]['type']} -> {byid[o]['type']} do not fit {p}")
        if s == o:
            errors.append(f"{tag}: self relation")
        if p == "memberOf" and not r.get("role"):
            errors.append(f"{tag}: memberOf without role")
        key = (s, p, o, d)
        if key in seen:
            errors.append(f"{tag}: duplicate in {d}")
        seen.add(key)
        if p == "cooperatesWith" and (o, p, s, d) in seen:
            errors.append(f"{tag}: symmetric duplicate in {d}")
        for x in (s, o):
            if d not in byid[x]["docs"]:
                errors.append(f"{tag}: {x} does not list doc {d}")
        if not docs[d].evidence_ok(r["evidence"], r["line"]):
            errors.append(f"{tag}: evidence not at {d}:{r['line']}: {r['evidence']!r}")

    # transfer objects
    to_titles = {e["name"].lower() for e in ents if e["type"] == "TransferObject"}
    for t in tos:
        for k in ("section", "title", "kbm_function", "catalogue_page", "start_line",
                  "fields_present", "fields_empty", "fields_missing", "beteiligte_akteure", "doc"):
            if k not in t:
                errors.append(f"TO {t.get('section')}: lacks {k}")
        d = docs.get(t["doc"])
        if d is None:
            errors.append(f"TO {t['section']}: unknown doc")
            continue
        if not d.lines[t["start_line"] - 1].startswith(t["section"]):
            errors.append(f"TO {t['section']}: start_line {t['start_line']} is {d.lines[t['start_line']-1]!r}")
        if t["title"].lower() not in to_titles:
            errors.append(f"TO {t['section']}: no TransferObject entity titled {t['title']!r}")
        for b in t["beteiligte_akteure"]:
            if not d.evidence_ok(b["text"], b["line"]):
                errors.append(f"TO {t['section']}: actor text not at line {b['line']}: {b['text']!r}")
            for a in b["actors"]:
                hits = [e for e in ents if t["doc"] in e["docs"] and
                        a.lower() in [x.lower() for x in [e["name"], strip_qualifier(e["name"])] + e["aliases"]]]
                if not hits:
                    errors.append(f"TO {t['section']}: actor {a!r} is no entity name/alias")

    # counts
    print("documents:")
    for k, d in docs.items():
        print(f"  {k:40s} {len(d.raw):4d} lines")
    tc = Counter(e["type"] for e in ents)
    print(f"\nentities: {len(ents)}")
    for k in sorted(tc):
        print(f"  {k:16s} {tc[k]}")
    pc = Counter(r["predicate"] for r in rels)
    print(f"\nrelations: {len(rels)}")
    for k in PRED_TYPES:
        print(f"  {k:22s} {pc.get(k, 0)}")
    per = defaultdict(Counter)
    for r in rels:
        per[r["doc"]][r["predicate"]] += 1
    print("\nrelations per document:")
    for k in docs:
        print(f"  {k:40s} {sum(per[k].values()):4d}  " +
              ", ".join(f"{p}={n}" for p, n in sorted(per[k].items())))
    print(f"\ntransfer objects: {len(tos)}; involvesActor rows: {pc.get('involvesActor', 0)}")

    for w in warn:
        print("WARN", w)
    if errors:
        print(f"\nFAILED: {len(errors)} problem(s)")
        for e in errors:
            print("  -", e)
        return 1
    print("\nOK: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
