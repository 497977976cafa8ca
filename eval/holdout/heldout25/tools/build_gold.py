"""Build /tmp/h25/gold/*.json from spec_entities.py / spec_relations.py and the corpus.

Lines of entity mentions and of relation evidence are computed from the text, never typed by hand.
"""
import json
import os
import re
import sys
from collections import defaultdict

sys.path.insert(0, os.path.dirname(__file__))
from spec_entities import E, DOCS  # noqa: E402
from spec_relations import R  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.join(ROOT, "corpus")
GOLD = os.path.join(ROOT, "gold")
ACTOR = {"Organization", "Municipality", "Body", "Person"}


def load(doc):
    for ext in (".txt", ".md"):
        p = os.path.join(CORPUS, doc + ext)
        if os.path.exists(p):
            return open(p, encoding="utf-8").read().split("\n")
    raise FileNotFoundError(doc)


def normalise(lines):
    """Join lines with single spaces, collapse whitespace; return text and char->line (1-based) map."""
    out, pos2line = [], []
    prev_space = True
    for no, line in enumerate(lines, 1):
        for ch in line + " ":
            if ch.isspace():
                if prev_space:
                    continue
                ch, prev_space = " ", True
            else:
                prev_space = False
            out.append(ch)
            pos2line.append(no)
    return "".join(out), pos2line


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


TEXT = {}
for short, doc in DOCS.items():
    TEXT[doc] = normalise(load(doc))


def scope_docs(spec):
    return [DOCS[x] for x in spec.split()]


# ------------------------------------------------------------------ entity mentions
def forms_for(e, doc):
    fs = []
    name_scope = scope_docs(e["scope"]) if e.get("scope") else list(DOCS.values())
    if doc in name_scope:
        fs.append(e["name"])
    for f in e["forms"]:
        if isinstance(f, tuple):
            if doc in scope_docs(f[1]):
                fs.append(f[0])
        elif doc in name_scope:
            fs.append(f)
    return [ws(f) for f in fs]


def find_all(text, form):
    pat = r"(?<!\w)" + re.escape(form) + r"(?!\w)"
    return [(m.start(), m.end()) for m in re.finditer(pat, text)]


mentions = defaultdict(lambda: defaultdict(set))  # id -> doc -> lines
used_forms = defaultdict(set)
used_any = defaultdict(set)
for doc, (text, p2l) in TEXT.items():
    cands = []  # (start, end, entity, form)
    for e in E:
        for f in forms_for(e, doc):
            for s, t in find_all(text, f):
                cands.append((s, t, e, f))
    for s, t, e, f in cands:
        used_any[e["id"]].add((f, doc))
        nested = False
        if e["type"] in ACTOR:
            for s2, t2, e2, f2 in cands:
                if e2["id"] != e["id"] and e2["type"] in ACTOR and s2 <= s and t <= t2 and (t2 - s2) > (t - s):
                    nested = True
                    break
        if not nested:
            mentions[e["id"]][doc].add(p2l[s])
            used_forms[e["id"]].add(f)

entities = []
problems = []
for e in E:
    lines = {d: sorted(v) for d, v in mentions[e["id"]].items() if v}
    docs = [d for d in DOCS.values() if d in lines]
    if not docs:
        problems.append(f"entity {e['id']} never found")
    aliases = []
    for f in e["forms"]:
        f = ws(f[0] if isinstance(f, tuple) else f)
        if f != e["name"] and f not in aliases:
            aliases.append(f)
    unused = [a for a in aliases if not any((a, d) in used_any[e["id"]] for d in docs)]
    if unused:
        problems.append(f"entity {e['id']}: aliases not found in its documents: {unused}")
    nested_only = [a for a in aliases if a not in used_forms[e["id"]]]
    if nested_only:
        print(f"note: {e['id']}: aliases only seen inside longer mentions: {nested_only}")
    out = {"id": e["id"], "type": e["type"], "name": e["name"], "aliases": aliases, "docs": docs,
           "lines": {d: lines[d] for d in docs}}
    for k in ("role", "affiliation", "measure_kind", "note"):
        if k in e:
            out[k] = e[k]
    entities.append(out)

# ------------------------------------------------------------------ relations
ids = {e["id"] for e in E}
relations = []
for r in R:
    for k in ("subject", "object"):
        if r[k] not in ids:
            problems.append(f"unknown id {r[k]} in {r}")
    text, p2l = TEXT[r["doc"]]
    ev = ws(r["evidence"])
    hits = [m.start() for m in re.finditer(re.escape(ev), text)]
    if not hits:
        problems.append(f"evidence not found: {r['doc']}: {ev!r}")
        continue
    hit_lines = sorted({p2l[h] for h in hits})
    if len(hit_lines) > 1 and r["at"] is None:
        problems.append(f"ambiguous evidence ({hit_lines}): {ev!r}")
    line = r["at"] if r["at"] in hit_lines else hit_lines[0]
    out = {"subject": r["subject"], "predicate": r["predicate"], "object": r["object"], "doc": r["doc"]}
    if r["role"]:
        out["role"] = r["role"]
    out["line"] = line
    out["evidence"] = ev
    if r["note"]:
        out["note"] = r["note"]
    relations.append(out)

seen = set()
for r in relations:
    key = (r["subject"], r["predicate"], r["object"], r["doc"])
    if key in seen:
        problems.append(f"duplicate relation {key}")
    seen.add(key)

# ------------------------------------------------------------------ transfer objects (product masks)
FIELDS = [("kurzbeschreibung", "KURZBESCHREIBUNG"), ("produkttyp", "PRODUKTTyP"),
          ("ausgangssituation", "AUSGANGSSITUATION"), ("ziele", "ZIELE UND ANFORDERUNGEN"),
          ("methoden", "METHODEN, UMSETZUNG"), ("ressourcen", "RESSOURCEN"), ("projektplan", "PROJEKTPLAN"),
          ("beteiligte_akteure", "BETEILIGTE AKTEURE"), ("marketing", "MARKETING ÖA"),
          ("gelingensbedingungen", "GELINGENSBEDINGUNGEN"), ("herausforderungen", "HERAUSFORDERUNGEN"),
          ("anmerkungen", "ANMERKUNGEN, HINWEISE"), ("transfer_adressaten", "POTENZIELLE TRANSFER-ADRESSATEN")]
MASKS = [("3.2.3.1", "Geestwalder Bildungsatlas", "Daten", 19),
         ("3.3.3.3", "Bildungskonferenz im Flächenlandkreis", "Diskurs", 34),
         ("3.5.3.2", "Berufsorientierungspass „Geestkompass“", "Maßnahmen", 57)]
doc1 = DOCS["D1"]
raw = load(doc1)
starts = []
for sec, title, fn, page in MASKS:
    st = [i for i, l in enumerate(raw, 1) if l.strip() == f"{sec} {title}"]
    if len(st) != 1:
        problems.append(f"mask heading {sec} not unique: {st}")
    starts.append(st[0])
ends = starts[1:] + [len(raw) + 1]
involved = defaultdict(list)
for r in relations:
    if r["predicate"] == "involvesActor":
        involved[r["subject"]].append(r)
byid = {e["id"]: e for e in entities}
tos = []
header_pat = re.compile(r"^ ?[A-ZÄÖÜ]")
for (sec, title, fn, page), a, b in zip(MASKS, starts, ends):
    block = raw[a - 1:b - 1]
    heads = {}
    for key, label in FIELDS:
        idx = [i for i, l in enumerate(block) if l.startswith(" " + label)]
        if idx:
            heads[key] = idx[0]
    order = sorted(heads.items(), key=lambda kv: kv[1])
    present, empty = [], []
    allheads = set(heads.values())
    for key, i in order:
        j = i + 1
        content = []
        while j < len(block) and j not in allheads:
            l = block[j]
            # running header or page number lines are not content
            if re.fullmatch(r"\s*\d+\s*", l) or l.strip().startswith(("DATEN ", "DISKURS ", "MASSNAHMEN ")) or \
                    l.strip() in ("DATEN", "DISKURS", "MASSNAHMEN"):
                j += 1
                continue
            if l.strip():
                content.append(l)
            j += 1
        (present if content else empty).append(key)
    missing = [k for k, _ in FIELDS if k not in heads]
    akteure = []
    if "beteiligte_akteure" in heads:
        i = heads["beteiligte_akteure"] + 1
        while i < len(block) and i not in allheads:
            l = block[i]
            if l.strip().startswith("•"):
                lineno = a + i
                txt = ws(l.replace("•", "", 1))
                acts = [r["object"] for r in involved["to-" + sec] if r["line"] == lineno]
                akteure.append({"text": txt, "line": lineno, "actors": [byid[x]["name"] for x in acts],
                                "actor_ids": acts})
            i += 1
    tos.append({"section": sec, "title": title, "kbm_function": fn, "catalogue_page": page, "start_line": a,
                "fields_present": [k for k, _ in FIELDS if k in present],
                "fields_empty": [k for k, _ in FIELDS if k in empty],
                "fields_missing": missing, "beteiligte_akteure": akteure, "doc": doc1,
                "entity": "to-" + sec})

os.makedirs(GOLD, exist_ok=True)
json.dump(entities, open(os.path.join(GOLD, "entities.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
json.dump(relations, open(os.path.join(GOLD, "relations.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
json.dump(tos, open(os.path.join(GOLD, "transfer_objects.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
for p in problems:
    print("PROBLEM:", p)
print(f"{len(entities)} entities, {len(relations)} relations, {len(tos)} masks, {len(problems)} problems")
