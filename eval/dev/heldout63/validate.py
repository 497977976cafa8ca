#!/usr/bin/env python3
"""Check the gold of this evaluation set against the corpus text.

Checks
  * manifest: every listed file exists, ids are file stems, required keys present
  * entities: unique ids, known types; every name/alias occurs (case-insensitive,
    whitespace-normalised, line-end hyphenation joined) in at least one listed doc;
    every listed doc contains at least one form; every listed line is covered by an
    occurrence of one of the entity's forms
  * relations: known predicate, subject/object exist, doc exists; the evidence
    (parts separated by "..." must occur in order) occurs in lines line-1..line+1
  * transfer objects: start_line is the mask heading (line starts with the section
    number), actor lines contain the actor text
Exit code 0 when everything passes.
"""
import json, re, sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent
CORPUS = ROOT / "corpus"
GOLD = ROOT / "gold"
TYPES = {"Organization", "Municipality", "Body", "Programme", "Person",
         "ActionField", "Measure", "TransferObject"}
PREDICATES = {"memberOf", "participatesIn", "cooperatesWith", "fundedBy", "carriedBy",
              "chairedBy", "subOrganizationOf", "involvesActor", "addressesActionField"}
WS = re.compile(r"\s+")


def norm_form(s):
    return WS.sub(" ", s).strip().lower()


class Doc:
    """Normalised text of a document with a map from character to 1-based line."""

    def __init__(self, path):
        self.lines = path.read_text(encoding="utf-8").split("\n")
        chars, owner = [], []
        pending_hyphen = False
        for no, raw in enumerate(self.lines, 1):
            t = WS.sub(" ", raw).strip()
            if not t:
                continue
            if chars and not pending_hyphen:
                chars.append(" "); owner.append(no)
            for c in t:
                chars.append(c); owner.append(no)
            pending_hyphen = len(t) >= 2 and t.endswith("-") and t[-2].isalpha()
        self.text = "".join(chars)
        self.low = self.text.lower()
        assert len(self.low) == len(self.text)
        self.owner = owner

    def find_all(self, form, word_boundary=False):
        f = norm_form(form)
        if not f:
            return []
        if word_boundary:
            pat = re.compile(r"(?<!\w)(?<!\w-)" + re.escape(f) + r"(?!\w|-\w)")
            return [(m.start(), m.end()) for m in pat.finditer(self.low)]
        out, i = [], self.low.find(f)
        while i >= 0:
            out.append((i, i + len(f)))
            i = self.low.find(f, i + 1)
        return out

    def span_lines(self, a, b):
        return set(self.owner[a:b])

    def neighbours(self, line):
        """The line itself and the nearest non-empty line before and after it."""
        out = {line}
        for step in (-1, 1):
            j = line + step
            while 1 <= j <= len(self.lines) and not self.lines[j - 1].strip():
                out.add(j); j += step
            if 1 <= j <= len(self.lines):
                out.add(j)
        return out

    def evidence_near(self, ev, line):
        """Evidence (parts split by '...') starts at or next to `line`; later parts follow within 600 chars."""
        parts = [norm_form(p) for p in re.split(r"\.\.\.|…", ev) if norm_form(p)]
        near = self.neighbours(line)
        for a, b in self.find_all(parts[0]):
            if self.owner[a] not in near:
                continue
            pos, ok = b, True
            for p in parts[1:]:
                j = self.low.find(p, pos)
                if j < 0 or j - pos > 600:
                    ok = False; break
                pos = j + len(p)
            if ok:
                return True
        return False

    def window(self, line, radius=1):
        """Normalised text of lines line-radius .. line+radius."""
        idx = [i for i, o in enumerate(self.owner) if line - radius <= o <= line + radius]
        if not idx:
            return ""
        return self.low[idx[0]: idx[-1] + 1]


def load_docs():
    docs = {}
    for p in sorted(CORPUS.iterdir()):
        if p.suffix in (".txt", ".md"):
            docs[p.stem] = Doc(p)
    return docs


def check_manifest(errors):
    try:
        import yaml  # type: ignore
        man = yaml.safe_load((CORPUS / "manifest.yaml").read_text(encoding="utf-8"))
        entries = man["documents"]
    except ImportError:  # minimal fallback parser
        entries, cur = [], None
        for line in (CORPUS / "manifest.yaml").read_text(encoding="utf-8").splitlines():
            m = re.match(r"\s*-\s+id:\s*(\S+)", line)
            if m:
                cur = {"id": m.group(1)}; entries.append(cur); continue
            m = re.match(r"\s+(\w+):\s*(.*)", line)
            if m and cur is not None:
                cur[m.group(1)] = m.group(2).strip().strip('"')
    for e in entries:
        for k in ("id", "file", "title", "publisher", "date", "kind", "format", "language", "licence"):
            if k not in e:
                errors.append(f"manifest: {e.get('id')} lacks {k}")
        f = CORPUS / str(e.get("file"))
        if not f.exists():
            errors.append(f"manifest: missing file {f.name}")
        elif f.stem != e.get("id"):
            errors.append(f"manifest: id {e.get('id')} is not the stem of {f.name}")
    return {e["id"] for e in entries}


def main():
    errors = []
    docs = load_docs()
    ids = check_manifest(errors)
    if ids != set(docs):
        errors.append(f"manifest ids {sorted(ids)} != corpus docs {sorted(docs)}")

    ents = json.loads((GOLD / "entities.json").read_text(encoding="utf-8"))
    rels = json.loads((GOLD / "relations.json").read_text(encoding="utf-8"))
    tos = json.loads((GOLD / "transfer_objects.json").read_text(encoding="utf-8"))

    by_id = {}
    for e in ents:
        eid = e["id"]
        if eid in by_id:
            errors.append(f"entity {eid}: duplicate id")
        by_id[eid] = e
        if e["type"] not in TYPES:
            errors.append(f"entity {eid}: unknown type {e['type']}")
        forms = [e["name"]] + list(e.get("aliases", []))
        for d in e["docs"]:
            if d not in docs:
                errors.append(f"entity {eid}: unknown doc {d}")
        for f in forms:
            if not any(docs[d].find_all(f) for d in e["docs"] if d in docs):
                errors.append(f"entity {eid}: form {f!r} not found in its docs")
        for d in e["docs"]:
            if d in docs and not any(docs[d].find_all(f) for f in forms):
                errors.append(f"entity {eid}: no form occurs in doc {d}")
        for d, lines in e.get("lines", {}).items():
            if d not in e["docs"]:
                errors.append(f"entity {eid}: lines for doc {d} not in docs")
                continue
            covered = set()
            for f in forms:
                for a, b in docs[d].find_all(f):
                    covered |= docs[d].span_lines(a, b)
            for ln in lines:
                if ln not in covered:
                    errors.append(f"entity {eid}: no form of it at {d}:{ln}: {docs[d].lines[ln-1][:80]!r}")

    for i, r in enumerate(rels):
        tag = f"relation #{i} {r.get('subject')} {r.get('predicate')} {r.get('object')}"
        if r["predicate"] not in PREDICATES:
            errors.append(f"{tag}: unknown predicate")
        for k in ("subject", "object"):
            if r[k] not in by_id:
                errors.append(f"{tag}: unknown {k} {r[k]}")
        d = r["doc"]
        if d not in docs:
            errors.append(f"{tag}: unknown doc {d}"); continue
        if not (1 <= r["line"] <= len(docs[d].lines)):
            errors.append(f"{tag}: line {r['line']} out of range"); continue
        ev = r.get("evidence")
        if ev and not docs[d].evidence_near(ev, r["line"]):
            errors.append(f"{tag}: evidence {ev[:60]!r} does not start at/next to {d}:{r['line']}")
        if r["predicate"] == "addressesActionField":
            if by_id.get(r["object"], {}).get("type") != "ActionField":
                errors.append(f"{tag}: object is not an ActionField")
        if r["predicate"] == "involvesActor":
            if by_id.get(r["subject"], {}).get("type") != "TransferObject":
                errors.append(f"{tag}: subject is not a TransferObject")

    for t in tos:
        d = t["doc"]
        if d not in docs:
            errors.append(f"mask {t['section']}: unknown doc {d}"); continue
        ln = t["start_line"]
        head = docs[d].lines[ln - 1].strip()
        if not head.startswith(t["section"] + " "):
            errors.append(f"mask {t['section']}: start_line {ln} is not its heading: {head!r}")
        earlier = [i for i, l in enumerate(docs[d].lines[:ln - 1], 1) if l.strip().startswith(t["section"] + " ")]
        if earlier:
            errors.append(f"mask {t['section']}: heading occurs earlier at {earlier}")
        if not docs[d].find_all(t["title"]):
            errors.append(f"mask {t['section']}: title not in text")
        for a in t.get("beteiligte_akteure", []):
            win = docs[d].window(a["line"], 0)
            if norm_form(a["text"])[:40] not in win:
                errors.append(f"mask {t['section']}: actor text not at line {a['line']}: {a['text'][:50]!r}")

    if errors:
        print("\n".join(errors))
        print(f"FAILED: {len(errors)} problem(s)")
        return 1
    print(f"OK: {len(docs)} docs, {len(ents)} entities, {len(rels)} relations, {len(tos)} masks")
    return 0


if __name__ == "__main__":
    sys.exit(main())
