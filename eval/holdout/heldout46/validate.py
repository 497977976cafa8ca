#!/usr/bin/env python3
"""Checks the gold of this evaluation set against the corpus text.

  python3 validate.py            (exit status 0 = all checks passed)

Checks
- manifest: every document exists, ids are the file stems, required keys are present;
- entities: ids unique, types known, every alias occurs in one of the entity's documents and
  the name occurs there too (compared after folding case, umlauts and punctuation, so that
  canonical spellings of OCR-damaged forms are accepted); docs == keys of lines; every listed
  line carries a mention of the entity (a name or alias starting on that line; a mention
  broken across the line end by hyphenation or a line break counts for the line where it
  starts; "Säulen 1 und 3" counts for "Säule 1" and "Säule 3");
- relations: known entity ids and predicates, the evidence occurs at or next to the line
  (window: previous non-blank line, the line, the next two non-blank lines; whitespace
  collapsed, line-end hyphenation joined);
- transfer objects: start_line is the mask heading ("<section> <title>"), each actor bullet
  is at its line, the catalogue page is given in the table of contents, a TransferObject
  entity "to-<section>" exists.
Only the Python standard library is used."""
import json
import pathlib
import re
import sys
import unicodedata

HERE = pathlib.Path(__file__).resolve().parent
CORPUS = HERE / 'corpus'
GOLD = HERE / 'gold'

TYPES = {'Organization', 'Municipality', 'Body', 'Programme', 'Person', 'ActionField', 'Measure', 'TransferObject'}
PREDICATES = {'memberOf', 'participatesIn', 'cooperatesWith', 'fundedBy', 'carriedBy', 'chairedBy',
              'subOrganizationOf', 'involvesActor', 'addressesActionField'}
FIELDS = {'kurzbeschreibung', 'produkttyp', 'ausgangssituation', 'ziele', 'methoden', 'ressourcen', 'projektplan',
          'beteiligte_akteure', 'marketing', 'gelingensbedingungen', 'herausforderungen', 'anmerkungen',
          'transfer_adressaten'}

errors = []


def err(msg):
    errors.append(msg)


def norm(s):
    return re.sub(r'\s+', ' ', s).strip()


def join(parts):
    out = ''
    for p in parts:
        if not p:
            continue
        if not out:
            out = p
        elif out.endswith('-') and not out.endswith(' -') and p[:1].islower():
            out = out[:-1] + p
        elif out.endswith('-') and not out.endswith(' -'):
            out = out + p
        else:
            out = out + ' ' + p
    return out


def fold(s):
    s = s.replace('ß', 'ss').replace('ı', 'i')
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(c for c in s if not unicodedata.combining(c))
    return re.sub(r'[^0-9a-z]', '', s.lower())


def occurs(hay, needle):
    """positions of needle in hay, with word boundaries at word-character edges"""
    res, k = [], hay.find(needle)
    while k >= 0:
        j = k + len(needle)
        ok = not (needle[0].isalnum() and k > 0 and hay[k - 1].isalnum())
        ok = ok and not (needle[-1].isalnum() and j < len(hay) and hay[j].isalnum())
        if ok:
            res.append(k)
        k = hay.find(needle, k + 1)
    return res


SUFFIXES = ('es', 'en', 'er', 'em', 'e', 's', 'n')


def stem(tok):
    for suf in SUFFIXES:
        if len(tok) > len(suf) + 3 and tok.endswith(suf):
            return tok[:-len(suf)]
    return tok


def lev(a, b):
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def tokens(s):
    return [stem(t) for t in (fold(w) for w in re.split(r'[\s/–-]+', s)) if t]


def tok_eq(a, b):
    return a == b or (min(len(a), len(b)) >= 6 and lev(a, b) <= 2)


def name_occurs(name, doc):
    """The canonical name occurs in the document, allowing inflection (genitive/weak endings)
    and OCR damage (lost umlauts, 'fiir' for 'für') within single words."""
    if fold(name) in doc.folded:
        return True
    nt = tokens(name)
    dt = doc.tokens
    return any(all(tok_eq(nt[k], dt[i + k]) for k in range(len(nt))) for i in range(len(dt) - len(nt) + 1))


def parse_manifest(path):
    """Minimal reader for the flat YAML list of the manifest (no third-party YAML needed)."""
    docs, cur = [], None
    for raw in path.read_text(encoding='utf-8').splitlines():
        line = raw.rstrip()
        if not line.strip() or line.strip().startswith('#') or line.strip() == 'documents:':
            continue
        m = re.match(r'^\s*(-\s+)?(\w+):\s*(.*)$', line)
        if not m:
            err(f'manifest: cannot read line {raw!r}')
            continue
        if m.group(1):
            cur = {}
            docs.append(cur)
        val = m.group(3).strip()
        if len(val) >= 2 and val[0] == val[-1] == '"':
            val = val[1:-1]
        cur[m.group(2)] = val
    return docs


class Doc:
    def __init__(self, path):
        self.lines = path.read_text(encoding='utf-8').split('\n')
        self.normed = [norm(l) for l in self.lines]
        self.text = join(self.normed)
        self.folded = fold(self.text)
        self.tokens = tokens(self.text)

    def nonblank_after(self, i, n):
        out, k = [], i
        while len(out) < n:
            k += 1
            if k >= len(self.lines):
                break
            if self.normed[k]:
                out.append(k)
        return out

    def nonblank_before(self, i):
        for k in range(i - 1, -1, -1):
            if self.normed[k]:
                return k
        return None

    def window(self, i, n_next):
        """(text, start, end) for 0-based line i: previous non-blank line, line i, n_next following."""
        p = self.nonblank_before(i)
        prev_t = self.normed[p] if p is not None else ''
        a = join([prev_t, self.normed[i]])
        start = len(a) - len(self.normed[i]) if prev_t else 0
        text = join([prev_t, self.normed[i]] + [self.normed[k] for k in self.nonblank_after(i, n_next)])
        return text, start, len(a)


def mention_on_line(doc, i, forms):
    if not doc.normed[i]:
        return False
    text, s, t = doc.window(i, 1)
    for f in forms:
        if any(s <= k < t for k in occurs(text, f)):
            return True
        m = re.match(r'^(\w+) (\d+)$', f)
        if m and re.search(rf'\b{m.group(1)}n? (?:\d+ und )?{m.group(2)}\b', doc.normed[i]):
            return True
    return False


def main():
    manifest = parse_manifest(CORPUS / 'manifest.yaml')
    docs = {}
    for d in manifest:
        for k in ('id', 'file', 'title', 'publisher', 'date', 'kind', 'format', 'language', 'licence'):
            if k not in d:
                err(f'manifest: {d.get("id")} lacks {k}')
        p = CORPUS / d.get('file', '')
        if not p.is_file():
            err(f'manifest: missing file {p}')
            continue
        if p.stem != d['id']:
            err(f'manifest: id {d["id"]} is not the stem of {p.name}')
        if d.get('kind') not in {'transferkatalog', 'arbeitspakete', 'zielvereinbarung', 'protokoll', 'praesentation'}:
            err(f'manifest: unknown kind {d.get("kind")}')
        if not re.match(r'^\d{4}-\d{2}$', d.get('date', '')):
            err(f'manifest: bad date {d.get("date")}')
        docs[d['id']] = Doc(p)

    ents = json.loads((GOLD / 'entities.json').read_text(encoding='utf-8'))
    rels = json.loads((GOLD / 'relations.json').read_text(encoding='utf-8'))
    tos = json.loads((GOLD / 'transfer_objects.json').read_text(encoding='utf-8'))

    by_id = {}
    for e in ents:
        eid = e.get('id')
        if eid in by_id:
            err(f'entity {eid}: duplicate id')
        by_id[eid] = e
        if e.get('type') not in TYPES:
            err(f'entity {eid}: unknown type {e.get("type")}')
        for k in ('name', 'aliases', 'docs', 'lines'):
            if k not in e:
                err(f'entity {eid}: lacks {k}')
        if e['type'] == 'Person' and ('role' not in e or 'affiliation' not in e):
            err(f'entity {eid}: person without role/affiliation')
        if sorted(e['docs']) != sorted(e['lines']):
            err(f'entity {eid}: docs {e["docs"]} differ from lines keys {list(e["lines"])}')
        edocs = [docs[d] for d in e['docs'] if d in docs]
        for d in e['docs']:
            if d not in docs:
                err(f'entity {eid}: unknown doc {d}')
        for a in e['aliases']:
            if not any(occurs(doc.text, norm(a)) for doc in edocs):
                err(f'entity {eid}: alias {a!r} not found in its documents')
        if not any(name_occurs(e['name'], doc) for doc in edocs):
            err(f'entity {eid}: name {e["name"]!r} not found in its documents')
        forms = [norm(f) for f in [e['name']] + e['aliases']]
        for d, ls in e['lines'].items():
            if d not in docs:
                continue
            if not ls:
                err(f'entity {eid}: empty line list for {d}')
            for ln in ls:
                if not (1 <= ln <= len(docs[d].lines)):
                    err(f'entity {eid}: line {ln} out of range in {d}')
                elif not mention_on_line(docs[d], ln - 1, forms):
                    err(f'entity {eid}: no mention at {d}:{ln} ({docs[d].normed[ln - 1][:60]!r})')

    seen = set()
    for n, r in enumerate(rels):
        tag = f'relation #{n} {r.get("subject")} {r.get("predicate")} {r.get("object")}'
        for k in ('subject', 'predicate', 'object', 'doc', 'line', 'evidence'):
            if k not in r:
                err(f'{tag}: lacks {k}')
        if r['predicate'] not in PREDICATES:
            err(f'{tag}: unknown predicate')
        for k in ('subject', 'object'):
            if r[k] not in by_id:
                err(f'{tag}: unknown entity {r[k]}')
        if r['subject'] == r['object']:
            err(f'{tag}: subject equals object')
        if r['predicate'] == 'memberOf' and by_id.get(r['subject'], {}).get('type') != 'Person':
            err(f'{tag}: memberOf subject is not a Person')
        if r['predicate'] == 'involvesActor' and by_id.get(r['subject'], {}).get('type') != 'TransferObject':
            err(f'{tag}: involvesActor subject is not a TransferObject')
        if r['predicate'] == 'addressesActionField' and (
                by_id.get(r['subject'], {}).get('type') != 'Measure' or by_id.get(r['object'], {}).get('type') != 'ActionField'):
            err(f'{tag}: addressesActionField must link a Measure to an ActionField')
        if r['predicate'] == 'chairedBy' and by_id.get(r['object'], {}).get('type') != 'Person':
            err(f'{tag}: chairedBy object is not a Person')
        key = (r['subject'], r['predicate'], r['object'], r['doc'], r['line'], r['evidence'])
        if key in seen:
            err(f'{tag}: duplicate')
        seen.add(key)
        doc = docs.get(r['doc'])
        if doc is None:
            err(f'{tag}: unknown doc {r["doc"]}')
            continue
        ln = r['line']
        if not (1 <= ln <= len(doc.lines)) or not doc.normed[ln - 1]:
            err(f'{tag}: line {ln} out of range or blank')
            continue
        text, _, _ = doc.window(ln - 1, 2)
        if norm(r['evidence']) not in text:
            err(f'{tag}: evidence {r["evidence"]!r} not at or next to {r["doc"]}:{ln}')
        for k in ('subject', 'object'):
            if r['doc'] not in by_id.get(r[k], {}).get('docs', [r['doc']]):
                err(f'{tag}: {r[k]} has no mention in {r["doc"]}')

    for t in tos:
        tag = f'mask {t.get("section")}'
        for k in ('section', 'title', 'kbm_function', 'catalogue_page', 'start_line', 'fields_present', 'fields_empty',
                  'fields_missing', 'beteiligte_akteure', 'doc'):
            if k not in t:
                err(f'{tag}: lacks {k}')
        doc = docs.get(t['doc'])
        if doc is None:
            err(f'{tag}: unknown doc')
            continue
        head = doc.normed[t['start_line'] - 1]
        if not (head.startswith(t['section'] + ' ') and norm(t['title']) in head):
            err(f'{tag}: start_line {t["start_line"]} is not the heading ({head!r})')
        if any(doc.normed[i].startswith(t['section'] + ' ') and norm(t['title']) in doc.normed[i] and i < t['start_line'] - 1
               and not doc.normed[i].endswith(')') and 'Seite' not in doc.normed[i] for i in range(len(doc.lines))):
            err(f'{tag}: an earlier heading line exists')
        fields = set(t['fields_present']) | set(t['fields_empty']) | set(t['fields_missing'])
        if fields != FIELDS or len(t['fields_present']) + len(t['fields_empty']) + len(t['fields_missing']) != len(FIELDS):
            err(f'{tag}: fields do not partition the 13 mask fields')
        if not re.search(rf'\(Seite {t["catalogue_page"]}\)', doc.text):
            err(f'{tag}: catalogue page {t["catalogue_page"]} not in the table of contents')
        toc = [i for i, l in enumerate(doc.normed) if f'(Seite {t["catalogue_page"]})' in l]
        if toc and not any(fold(t['title']) in fold(join(doc.normed[max(0, i - 2):i + 1])) for i in toc):
            err(f'{tag}: title not next to its page in the table of contents')
        if 'to-' + t['section'] not in by_id or by_id['to-' + t['section']]['type'] != 'TransferObject':
            err(f'{tag}: no TransferObject entity to-{t["section"]}')
        for a in t['beteiligte_akteure']:
            if not doc.normed[a['line'] - 1].lstrip('• ').startswith(norm(a['text'])):
                err(f'{tag}: actor bullet {a["text"]!r} not at line {a["line"]}')
            if not a['actors']:
                err(f'{tag}: actor bullet without actors')
        ia = {(r['object'], r['line']) for r in rels if r['subject'] == 'to-' + t['section']
              and r['predicate'] == 'involvesActor' and r['doc'] == t['doc']}
        if len(ia) < len(t['beteiligte_akteure']) - 1:
            err(f'{tag}: fewer involvesActor relations than actor bullets')

    used = {d for e in ents for d in e['docs']}
    for d in docs:
        if d not in used:
            err(f'document {d} has no annotated entity')

    if errors:
        print('\n'.join(errors))
        print(f'FAILED: {len(errors)} problem(s)')
        return 1
    from collections import Counter
    print('OK:', len(docs), 'documents,', len(ents), 'entities', dict(Counter(e['type'] for e in ents)))
    print('   ', len(rels), 'relations', dict(Counter(r['predicate'] for r in rels)))
    print('   ', len(tos), 'product masks')
    return 0


if __name__ == '__main__':
    sys.exit(main())
