#!/usr/bin/env python3
"""Check the gold of this evaluation set against the corpus text.

- every entity name and alias occurs (whitespace-normalised) in at least one of its listed docs,
  every listed (doc, line) holds one of its surface forms starting on that line,
  and every listed doc holds at least one form;
- every relation uses known ids and an allowed predicate, and its evidence occurs at or next to
  its line (the match starts within one line of it);
- every mask's start_line is its heading "<section> <title>", the table of contents names the title
  with its catalogue page, and each BETEILIGTE AKTEURE text sits at its line;
- manifest.yaml lists exactly the corpus files.
Exit status 0 when everything passes. Usage: python3 validate.py [SET_DIR]
"""
import json, re, sys
from pathlib import Path

ROOT = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).parent
TYPES = {"Organization", "Municipality", "Body", "Programme", "Person", "ActionField", "Measure", "TransferObject"}
PREDICATES = {"memberOf", "participatesIn", "cooperatesWith", "fundedBy", "carriedBy", "chairedBy",
              "subOrganizationOf", "involvesActor", "addressesActionField"}
KBM = {"Strategische Ziele", "Daten", "Diskurs", "Handlungsfelder", "Maßnahmen"}
errors = []


def err(msg):
    errors.append(msg)


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


class Doc:
    def __init__(self, path):
        self.lines = path.read_text(encoding="utf-8").split("\n")
        # normalised text with a map from normalised offset to 1-based line
        chars, lmap = [], []
        prev_space = True
        for ln, line in enumerate(self.lines, 1):
            for ch in line + "\n":
                sp = ch.isspace()
                if sp and prev_space:
                    continue
                chars.append(" " if sp else ch)
                lmap.append(ln)
                prev_space = sp
        self.text, self.lmap = "".join(chars), lmap

    def starts(self, needle):
        """1-based lines on which a (normalised) occurrence of needle starts."""
        n = norm(needle)
        return [self.lmap[m.start()] for m in re.finditer(re.escape(n), self.text)] if n else []


def load_manifest():
    man = (ROOT / "corpus" / "manifest.yaml").read_text(encoding="utf-8")
    try:
        import yaml
        docs = yaml.safe_load(man)["documents"]
        return {d["id"]: d for d in docs}
    except ImportError:  # minimal fallback reader for this file's flat layout
        docs, cur = {}, None
        for line in man.splitlines():
            m = re.match(r"\s*-\s*id:\s*(\S+)", line)
            if m:
                cur = {"id": m.group(1)}
                docs[cur["id"]] = cur
                continue
            m = re.match(r"\s+(\w+):\s*\"?(.*?)\"?\s*$", line)
            if m and cur is not None:
                cur[m.group(1)] = m.group(2)
        return docs


def main():
    manifest = load_manifest()
    docs = {}
    for did, d in manifest.items():
        p = ROOT / "corpus" / d["file"]
        if Path(d["file"]).stem != did:
            err(f"manifest: id {did} is not the stem of {d['file']}")
        if not p.exists():
            err(f"manifest: missing file {p}"); continue
        if d.get("kind") not in {"transferkatalog", "arbeitspakete", "zielvereinbarung", "protokoll", "praesentation"}:
            err(f"manifest: bad kind for {did}")
        docs[did] = Doc(p)
    on_disk = {p.name for p in (ROOT / "corpus").iterdir() if p.suffix in (".txt", ".md")}
    if on_disk != {d["file"] for d in manifest.values()}:
        err(f"manifest/corpus mismatch: {sorted(on_disk ^ {d['file'] for d in manifest.values()})}")

    ents = json.loads((ROOT / "gold" / "entities.json").read_text(encoding="utf-8"))
    ids = {}
    for e in ents:
        if e["id"] in ids:
            err(f"entity id twice: {e['id']}")
        ids[e["id"]] = e
        if e["type"] not in TYPES:
            err(f"{e['id']}: bad type {e['type']}")
        forms = [e["name"]] + list(e.get("aliases", []))
        if len(set(forms)) != len(forms):
            err(f"{e['id']}: repeated surface form")
        for f in forms:
            if not any(docs[d].starts(f) for d in e["docs"] if d in docs):
                err(f"{e['id']}: form {f!r} not found in its docs {e['docs']}")
        if set(e.get("lines", {})) != set(e["docs"]):
            err(f"{e['id']}: docs and lines keys differ")
        for d, lines in e.get("lines", {}).items():
            if d not in docs:
                err(f"{e['id']}: unknown doc {d}"); continue
            starts = set()
            for f in forms:
                starts.update(docs[d].starts(f))
            for ln in lines:
                if ln not in starts:
                    err(f"{e['id']}: no surface form starts at {d}:{ln}")
    rels = json.loads((ROOT / "gold" / "relations.json").read_text(encoding="utf-8"))
    seen = set()
    for i, r in enumerate(rels):
        tag = f"relation {i} ({r.get('subject')} {r.get('predicate')} {r.get('object')})"
        if r["predicate"] not in PREDICATES:
            err(f"{tag}: bad predicate")
        for k in ("subject", "object"):
            if r[k] not in ids:
                err(f"{tag}: unknown {k} {r[k]}")
        if r["doc"] not in docs:
            err(f"{tag}: unknown doc"); continue
        if not r.get("evidence"):
            err(f"{tag}: no evidence"); continue
        starts = docs[r["doc"]].starts(r["evidence"])
        if not any(abs(s - r["line"]) <= 1 for s in starts):
            err(f"{tag}: evidence not at or next to {r['doc']}:{r['line']} (found at {starts})")
        if r["predicate"] == "memberOf" and ids.get(r["subject"], {}).get("type") != "Person":
            err(f"{tag}: memberOf subject is not a Person")
        if r["predicate"] == "chairedBy" and ids.get(r["object"], {}).get("type") != "Person":
            err(f"{tag}: chairedBy object is not a Person")
        if r["predicate"] == "addressesActionField" and (ids.get(r["subject"], {}).get("type") != "Measure" or ids.get(r["object"], {}).get("type") != "ActionField"):
            err(f"{tag}: addressesActionField must link Measure -> ActionField")
        if r["predicate"] == "involvesActor" and ids.get(r["subject"], {}).get("type") != "TransferObject":
            err(f"{tag}: involvesActor subject is not a TransferObject")
        key = (r["subject"], r["predicate"], r["object"], r["doc"], r["line"])
        if key in seen:
            err(f"{tag}: duplicate")
        seen.add(key)
    masks = json.loads((ROOT / "gold" / "transfer_objects.json").read_text(encoding="utf-8"))
    to_names = {norm(e["name"]) for e in ents if e["type"] == "TransferObject"}
    for m in masks:
        d = docs.get(m["doc"])
        if d is None:
            err(f"mask {m['section']}: unknown doc"); continue
        if m["kbm_function"] not in KBM:
            err(f"mask {m['section']}: bad kbm_function")
        head = norm(d.lines[m["start_line"] - 1]) if 0 < m["start_line"] <= len(d.lines) else ""
        if head != f"{m['section']} {m['title']}":
            err(f"mask {m['section']}: start_line {m['start_line']} is {head!r}, not its heading")
        if not d.starts(f"{m['title']} (Seite {m['catalogue_page']})"):
            err(f"mask {m['section']}: table of contents entry with page {m['catalogue_page']} not found")
        if norm(m["title"]) not in to_names:
            err(f"mask {m['section']}: no TransferObject entity named {m['title']!r}")
        fields = set(m["fields_present"]) | set(m["fields_empty"]) | set(m["fields_missing"])
        if len(fields) != len(m["fields_present"]) + len(m["fields_empty"]) + len(m["fields_missing"]):
            err(f"mask {m['section']}: a field is listed twice")
        for a in m["beteiligte_akteure"]:
            if a["line"] not in d.starts(a["text"]):
                err(f"mask {m['section']}: actor text {a['text']!r} not at line {a['line']}")
    for e in errors:
        print("FAIL:", e)
    print(f"{len(ents)} entities, {len(rels)} relations, {len(masks)} masks, {len(docs)} documents: "
          + ("OK" if not errors else f"{len(errors)} problem(s)"))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
