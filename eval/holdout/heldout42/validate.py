#!/usr/bin/env python3
"""Check the gold files of this evaluation set against the corpus text.

Checks
  * manifest: every document listed exists, every corpus file is listed, ids are file stems;
  * entities: unique ids, known types; every alias occurs in at least one listed doc; the name
    occurs in a listed doc unless the entity says "name_in_text": false; every listed doc contains
    a surface form; every listed line has a surface form at or next to it (text is compared after
    turning tabs into spaces, collapsing runs of spaces, and joining lines: a line ending in "-"
    is joined without a space, once keeping and once dropping the hyphen);
  * relations: known predicate, subject/object are entity ids, doc is listed for the subject
    or object where the relation is textual, evidence (split at " ... ") occurs in the text that
    starts at the given line or one line earlier and runs over the next few non-blank lines;
  * transfer objects: start_line is the mask heading ("<section> <title>"), each actor line
    holds its text, empty/present/missing fields are consistent with the mask text.
Exit status 0 when everything passes.
"""
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent
CORPUS = ROOT / "corpus"
GOLD = ROOT / "gold"

TYPES = {"Organization", "Municipality", "Body", "Programme", "Person", "ActionField",
         "Measure", "TransferObject"}
PREDICATES = {"memberOf", "participatesIn", "cooperatesWith", "fundedBy", "carriedBy",
              "chairedBy", "subOrganizationOf", "involvesActor", "addressesActionField"}
WORD = "A-Za-z0-9ÄÖÜäöüßéèáàç"


def norm_line(line):
    line = line.replace("\t", " ").replace("\u00a0", " ")
    return re.sub(r" {2,}", " ", line).strip()


class Doc:
    """A document as lines, with joined views that map character offsets back to lines."""

    def __init__(self, path):
        self.path = path
        self.id = path.stem
        self.raw = path.read_text(encoding="utf-8")
        self.lines = self.raw.split("\n")  # 1-based: self.lines[n-1]
        self.views = [self._join(dehyphen=False), self._join(dehyphen=True)]

    def _join(self, dehyphen, start=1, end=None):
        end = len(self.lines) if end is None else min(end, len(self.lines))
        text, owner = [], []
        prev_hyphen = False
        for n in range(start, end + 1):
            line = norm_line(self.lines[n - 1])
            if not line:
                continue
            if text and not prev_hyphen:
                text.append(" ")
                owner.append(n)
            if text and prev_hyphen and dehyphen and line[:1].islower():
                text.pop()  # drop the hyphen
                owner.pop()
            for ch in line:
                text.append(ch)
                owner.append(n)
            prev_hyphen = line.endswith("-") and len(line) > 1 and line[-2] != " "
        return "".join(text), owner

    def window(self, line, before=1, after=4):
        """Joined text of the non-blank lines from `before` lines up to `after` non-blank lines on."""
        start = max(1, line - before)
        n, count, end = line, 0, line
        while n <= len(self.lines) and count <= after:
            if norm_line(self.lines[n - 1]):
                count += 1
                end = n
            n += 1
        return [self._join(d, start, end)[0] for d in (False, True)]

    def find_all(self, s):
        """(start_line, variant) of every bounded occurrence of s in either joined view."""
        out = set()
        pat = re.compile(r"(?<![%s])%s(?![%s])" % (WORD, re.escape(s), WORD))
        for text, owner in self.views:
            for m in pat.finditer(text):
                out.add(owner[m.start()])
        return sorted(out)

    def contains(self, s):
        return bool(self.find_all(s))


def occurs_in(window_texts, s):
    parts = [p.strip() for p in s.split(" ... ") if p.strip()]
    return any(all(p in w for p in parts) for w in window_texts)


def load_docs():
    return {p.stem: Doc(p) for p in sorted(CORPUS.iterdir()) if p.suffix in (".txt", ".md")}


def parse_manifest():
    """Minimal reader for the manifest's fixed form (no PyYAML needed)."""
    entries, cur = [], None
    for line in (CORPUS / "manifest.yaml").read_text(encoding="utf-8").split("\n"):
        m = re.match(r"\s*-\s+id:\s*(.+)$", line)
        if m:
            cur = {"id": m.group(1).strip().strip('"')}
            entries.append(cur)
            continue
        m = re.match(r"\s+(\w+):\s*(.+)$", line)
        if m and cur is not None:
            cur[m.group(1)] = m.group(2).strip().strip('"')
    return entries


def main():
    errors, warnings = [], []
    docs = load_docs()

    # manifest
    man = parse_manifest()
    ids = [e["id"] for e in man]
    for e in man:
        f = CORPUS / e.get("file", "")
        if not f.is_file():
            errors.append(f"manifest: file missing for {e['id']}")
        elif f.stem != e["id"]:
            errors.append(f"manifest: id {e['id']} is not the stem of {f.name}")
        for key in ("title", "publisher", "date", "kind", "format", "language", "licence"):
            if key not in e:
                errors.append(f"manifest: {e['id']} lacks {key}")
        if e.get("kind") not in {"transferkatalog", "arbeitspakete", "zielvereinbarung",
                                 "protokoll", "praesentation"}:
            errors.append(f"manifest: {e['id']} has unknown kind {e.get('kind')}")
        if not re.fullmatch(r"\d{4}-\d{2}", e.get("date", "")):
            errors.append(f"manifest: {e['id']} date is not YYYY-MM")
    for d in docs:
        if d not in ids:
            errors.append(f"manifest: {d} not listed")

    # entities
    ents = json.loads((GOLD / "entities.json").read_text(encoding="utf-8"))
    by_id = {}
    for e in ents:
        eid = e["id"]
        if eid in by_id:
            errors.append(f"entity {eid}: duplicate id")
        by_id[eid] = e
        if e["type"] not in TYPES:
            errors.append(f"entity {eid}: unknown type {e['type']}")
        for d in e["docs"]:
            if d not in docs:
                errors.append(f"entity {eid}: unknown doc {d}")
        listed = [docs[d] for d in e["docs"] if d in docs]
        forms = ([e["name"]] if e.get("name_in_text", True) else []) + e["aliases"]
        for a in e["aliases"]:
            if not any(doc.contains(a) for doc in listed):
                errors.append(f"entity {eid}: alias {a!r} not found in {e['docs']}")
        if e.get("name_in_text", True) and not any(doc.contains(e["name"]) for doc in listed):
            errors.append(f"entity {eid}: name {e['name']!r} not found in {e['docs']}")
        for doc in listed:
            if not any(doc.contains(f) for f in forms):
                errors.append(f"entity {eid}: no surface form in {doc.id}")
        for d, lines in e.get("lines", {}).items():
            if d not in e["docs"]:
                errors.append(f"entity {eid}: lines for unlisted doc {d}")
                continue
            doc = docs[d]
            for n in lines:
                hits = any(doc.find_all(f) and any(abs(h - n) <= 1 for h in doc.find_all(f))
                           for f in forms)
                if not hits:
                    errors.append(f"entity {eid}: no surface form at {d}:{n}")

    # relations
    rels = json.loads((GOLD / "relations.json").read_text(encoding="utf-8"))
    seen = set()
    for i, r in enumerate(rels):
        tag = f"relation {i} ({r['subject']} {r['predicate']} {r['object']} @{r['doc']}:{r['line']})"
        if r["predicate"] not in PREDICATES:
            errors.append(f"{tag}: unknown predicate")
        for k in ("subject", "object"):
            if r[k] not in by_id:
                errors.append(f"{tag}: unknown {k} {r[k]}")
        if r["doc"] not in docs:
            errors.append(f"{tag}: unknown doc")
            continue
        key = (r["subject"], r["predicate"], r["object"], r["doc"], r["line"])
        if key in seen:
            errors.append(f"{tag}: duplicate")
        seen.add(key)
        ev = r.get("evidence")
        if not ev:
            errors.append(f"{tag}: no evidence")
            continue
        if not occurs_in(docs[r["doc"]].window(r["line"]), ev):
            errors.append(f"{tag}: evidence {ev!r} not at line")
        if r["predicate"] == "memberOf" and by_id.get(r["subject"], {}).get("type") != "Person":
            errors.append(f"{tag}: memberOf subject is not a Person")
        if r["predicate"] == "involvesActor" and by_id.get(r["subject"], {}).get("type") != "TransferObject":
            errors.append(f"{tag}: involvesActor subject is not a TransferObject")
        if r["predicate"] == "addressesActionField":
            if by_id.get(r["subject"], {}).get("type") != "Measure" or by_id.get(r["object"], {}).get("type") != "ActionField":
                errors.append(f"{tag}: addressesActionField must link Measure -> ActionField")
        if r["predicate"] == "chairedBy" and by_id.get(r["subject"], {}).get("type") != "Body":
            errors.append(f"{tag}: chairedBy subject is not a Body")

    # transfer objects
    tos = json.loads((GOLD / "transfer_objects.json").read_text(encoding="utf-8"))
    labels = ["PRODUKTBEZEICHNUNG", "KURZBESCHREIBUNG", "PRODUKTTYP", "AUSGANGSSITUATION",
              "ZIELE UND ANFORDERUNGEN", "METHODEN, UMSETZUNG", "RESSOURCEN", "PROJEKTPLAN",
              "BETEILIGTE AKTEURE", "MARKETING", "GELINGENSBEDINGUNGEN", "HERAUSFORDERUNGEN",
              "ANMERKUNGEN", "POTENZIELLE TRANSFER-ADRESSATEN"]
    for t in tos:
        doc = docs.get(t["doc"])
        if doc is None:
            errors.append(f"mask {t['section']}: unknown doc")
            continue
        head = norm_line(doc.lines[t["start_line"] - 1])
        if head != f"{t['section']} {t['title']}":
            errors.append(f"mask {t['section']}: line {t['start_line']} is {head!r}")
        for a in t.get("beteiligte_akteure", []):
            if norm_line(doc.lines[a["line"] - 1]).lstrip("• ").strip() != a["text"]:
                errors.append(f"mask {t['section']}: actor line {a['line']} is not {a['text']!r}")
        nfields = len(t["fields_present"]) + len(t["fields_empty"]) + len(t["fields_missing"])
        if nfields != 13:
            errors.append(f"mask {t['section']}: {nfields} fields listed, expected 13")
        # every field label between this heading and the next mask heading
        end = len(doc.lines)
        for other in tos:
            if other["doc"] == t["doc"] and other["start_line"] > t["start_line"]:
                end = min(end, other["start_line"] - 1)
        body = [norm_line(x) for x in doc.lines[t["start_line"]:end]]
        found = [lab for lab in labels if any(b.upper().startswith(lab) for b in body)]
        if len(found) != 13 + 1 - len(t["fields_missing"]):
            errors.append(f"mask {t['section']}: {len(found)} labels in text ({found})")
        # a field is empty when only blank lines, page numbers or running headers follow its label
        keys = dict(zip(labels[1:], ["kurzbeschreibung", "produkttyp", "ausgangssituation", "ziele",
                                     "methoden", "ressourcen", "projektplan", "beteiligte_akteure",
                                     "marketing", "gelingensbedingungen", "herausforderungen",
                                     "anmerkungen", "transfer_adressaten"]))
        pos = sorted((i, lab) for i, b in enumerate(body) for lab in labels if b.upper().startswith(lab))
        stop_at = next((i for i, b in enumerate(body) if re.match(r"4\.\d\.\d ", b)), len(body))
        for k, (i, lab) in enumerate(pos):
            if lab == "PRODUKTBEZEICHNUNG":
                continue
            j = pos[k + 1][0] if k + 1 < len(pos) else stop_at
            content = [b for b in body[i + 1:j] if b and not re.fullmatch(r"\d{1,3}", b)
                       and not re.match(r"(DATEN|DISKURS|MASSNAHMEN|HANDLUNGSFELDER|STRATEGISCHE ZIELE)( \d|$)", b)]
            key = keys[lab]
            if content and key not in t["fields_present"]:
                errors.append(f"mask {t['section']}: field {key} has content but is not listed as present")
            if not content and key not in t["fields_empty"]:
                errors.append(f"mask {t['section']}: field {key} is empty but not listed as empty")

    for w in warnings:
        print("WARN", w)
    for e in errors:
        print("ERROR", e)
    print(f"{len(ents)} entities, {len(rels)} relations, {len(tos)} masks; "
          f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
