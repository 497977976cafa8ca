#!/usr/bin/env python3
"""Validate the held-out evaluation set (standard library only).

Checks
  1. every entity id referenced in relations.json exists in entities.json (ids unique);
  2. every relation's evidence occurs verbatim in the given (1-based) line of the given document;
  3. every alias of every entity occurs case-insensitively in at least one of the entity's docs
     (text compared after joining 'hyphen + line break' and collapsing whitespace runs, so that
     names split across lines or containing PDF tab artefacts are found);
  4. every doc id used (entities, relations, transfer objects) exists in corpus/manifest.yaml and
     every manifest file exists;
  5. entity types and predicates are from the allowed lists (plus some structural sanity checks:
     relation keys, duplicates, line ranges, transfer-object start lines and actor lines).
Exit status 0 when everything passes.
"""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = {"Organization", "Municipality", "Body", "Programme", "Person", "ActionField", "Measure", "TransferObject"}
PREDICATES = {"memberOf", "participatesIn", "cooperatesWith", "fundedBy", "carriedBy", "chairedBy",
              "subOrganizationOf", "involvesActor", "addressesActionField"}
KINDS = {"transfer-catalogue", "work-packages", "minutes", "slides", "target-agreement"}
errors = []

def err(msg):
    errors.append(msg)

def parse_manifest(path):
    """Minimal parser for the fixed form 'documents:' / '  <stem>:' / '    key: value'."""
    docs, cur = {}, None
    for n, raw in enumerate(open(path, encoding="utf-8").read().split("\n"), 1):
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        indent = len(raw) - len(raw.lstrip(" "))
        line = raw.strip()
        if indent == 0:
            if line != "documents:":
                err(f"manifest l.{n}: expected 'documents:'")
        elif indent == 2 and line.endswith(":"):
            cur = line[:-1].strip()
            docs[cur] = {}
        elif indent == 4 and ":" in line and cur is not None:
            k, v = line.split(":", 1)
            v = v.strip()
            if len(v) >= 2 and v[0] == v[-1] == '"':
                v = v[1:-1]
            docs[cur][k.strip()] = v
        else:
            err(f"manifest l.{n}: unexpected line {raw!r}")
    return docs

def normalize(text):
    text = re.sub(r"-[ \t]*\n\s*", "-", text)     # 'Bil-\ndungsbüro' -> 'Bil-dungsbüro'
    return re.sub(r"\s+", " ", text).lower()

manifest = parse_manifest(os.path.join(HERE, "corpus", "manifest.yaml"))
RAW, NORM = {}, {}
for stem, meta in manifest.items():
    for key in ("file", "title", "publisher", "date", "kind", "language", "licence"):
        if key not in meta:
            err(f"manifest {stem}: missing {key}")
    if meta.get("kind") not in KINDS:
        err(f"manifest {stem}: bad kind {meta.get('kind')!r}")
    if not re.fullmatch(r"\d{4}(-\d{2}-\d{2})?", meta.get("date", "")):
        err(f"manifest {stem}: bad date {meta.get('date')!r}")
    fp = os.path.join(HERE, "corpus", meta.get("file", ""))
    if not os.path.isfile(fp):
        err(f"manifest {stem}: file missing {fp}")
        continue
    if os.path.splitext(meta["file"])[0] != stem:
        err(f"manifest {stem}: file stem differs from doc id")
    text = open(fp, encoding="utf-8").read()
    RAW[stem] = text.split("\n")
    NORM[stem] = normalize(text)

gold = os.path.join(HERE, "gold")
entities = json.load(open(os.path.join(gold, "entities.json"), encoding="utf-8"))
relations = json.load(open(os.path.join(gold, "relations.json"), encoding="utf-8"))
tos = json.load(open(os.path.join(gold, "transfer_objects.json"), encoding="utf-8"))

# ---- entities
ids = Counter(e.get("id") for e in entities)
for i, c in ids.items():
    if c > 1:
        err(f"duplicate entity id {i}")
ENT = {e["id"]: e for e in entities}
for e in entities:
    for key in ("id", "type", "name", "aliases", "docs"):
        if key not in e:
            err(f"entity {e.get('id')}: missing key {key}")
    if e.get("type") not in TYPES:
        err(f"entity {e['id']}: bad type {e.get('type')!r}")
    for d in e.get("docs", []):
        if d not in manifest:
            err(f"entity {e['id']}: doc {d!r} not in manifest")
    for d, ls in e.get("lines", {}).items():
        if d not in e.get("docs", []):
            err(f"entity {e['id']}: lines for doc {d!r} not listed in docs")
        for l in ls:
            if d in RAW and not (1 <= l <= len(RAW[d])):
                err(f"entity {e['id']}: line {l} out of range in {d}")
    for a in e.get("aliases", []):
        na = normalize(a)
        if not any(na in NORM.get(d, "") for d in e.get("docs", [])):
            err(f"entity {e['id']}: alias {a!r} occurs in none of its docs")

# ---- relations
seen = set()
for n, r in enumerate(relations):
    tag = f"relation #{n} ({r.get('subject')} {r.get('predicate')} {r.get('object')})"
    for key in ("subject", "predicate", "object", "doc", "line", "evidence"):
        if key not in r:
            err(f"{tag}: missing key {key}")
    extra = set(r) - {"subject", "predicate", "object", "doc", "line", "evidence", "role", "note"}
    if extra:
        err(f"{tag}: unexpected keys {sorted(extra)}")
    for k in ("subject", "object"):
        if r.get(k) not in ENT:
            err(f"{tag}: unknown entity id {r.get(k)!r}")
    if r.get("predicate") not in PREDICATES:
        err(f"{tag}: bad predicate {r.get('predicate')!r}")
    d = r.get("doc")
    if d not in manifest:
        err(f"{tag}: doc {d!r} not in manifest")
        continue
    line = r.get("line")
    if not isinstance(line, int) or not (1 <= line <= len(RAW.get(d, []))):
        err(f"{tag}: line {line!r} out of range")
        continue
    ev = r.get("evidence", "")
    if not ev or ev not in RAW[d][line - 1]:
        err(f"{tag}: evidence {ev!r} not in {d} l.{line}: {RAW[d][line - 1]!r}")
    key = (r.get("subject"), r.get("predicate"), r.get("object"), d)
    if key in seen:
        err(f"{tag}: duplicate relation in {d}")
    seen.add(key)
    if r.get("predicate") == "memberOf" and ENT.get(r.get("subject"), {}).get("type") != "Person":
        err(f"{tag}: memberOf subject is not a Person")
    if r.get("predicate") == "addressesActionField" and (ENT.get(r.get("subject"), {}).get("type") != "Measure"
                                                        or ENT.get(r.get("object"), {}).get("type") != "ActionField"):
        err(f"{tag}: addressesActionField must be Measure -> ActionField")
    if r.get("predicate") == "involvesActor" and ENT.get(r.get("subject"), {}).get("type") != "TransferObject":
        err(f"{tag}: involvesActor subject is not a TransferObject")

# ---- transfer objects
for t in tos:
    tag = f"transfer object {t.get('section')}"
    for key in ("section", "title", "kbm_function", "catalogue_page", "start_line", "fields_present",
                "fields_empty", "fields_missing", "beteiligte_akteure", "doc"):
        if key not in t:
            err(f"{tag}: missing key {key}")
    d = t.get("doc")
    if d not in manifest:
        err(f"{tag}: doc {d!r} not in manifest")
        continue
    sl = t.get("start_line")
    if not isinstance(sl, int) or not RAW[d][sl - 1].strip().startswith(t.get("section", "?")):
        err(f"{tag}: start_line {sl} does not hold the section heading")
    for a in t.get("beteiligte_akteure", []):
        l = a.get("line")
        if not isinstance(l, int) or normalize(a.get("text", "")) not in normalize(RAW[d][l - 1]):
            err(f"{tag}: actor text {a.get('text')!r} not in l.{l}")

if errors:
    print("FAILED")
    print("\n".join(errors))
    sys.exit(1)
print("OK: %d documents, %d entities, %d relations, %d transfer objects" % (len(manifest), len(entities), len(relations), len(tos)))
print("entities by type:", dict(sorted(Counter(e["type"] for e in entities).items())))
print("relations by predicate:", dict(sorted(Counter(r["predicate"] for r in relations).items())))
