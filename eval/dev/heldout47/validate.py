#!/usr/bin/env python3
"""Check the gold of this evaluation set against its texts.

  python3 validate.py        -> prints problems, exit status 1 if any

Checks: manifest lists the five documents; every entity name (unless
"name_in_text": false) and alias occurs in one of the entity's documents; every
listed document contains one of its forms and every listed line has a form starting
on it; every relation refers to known entities, has a known predicate with plausible
types, and its evidence occurs at or next to its line (the line plus the nearest
non-blank line before and after); every mask's start_line is its section heading,
its page agrees with Tab. 1 and its actor lines exist.
Text is compared after whitespace normalisation; a hyphen at a line end followed by
a letter is joined ("Transfer-\\nagentur" -> "Transfer-agentur").
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
HYPH = re.compile(r'-[ \t]*\n(?:[ \t]*\n)*[ \t]*')
WS = re.compile(r'\s+')
TYPES = {'Organization', 'Municipality', 'Body', 'Programme', 'Person', 'ActionField', 'Measure', 'TransferObject'}
PREDS = {'memberOf', 'participatesIn', 'cooperatesWith', 'fundedBy', 'carriedBy', 'chairedBy',
         'subOrganizationOf', 'involvesActor', 'addressesActionField'}
KINDS = {'transferkatalog', 'arbeitspakete', 'zielvereinbarung', 'protokoll', 'praesentation'}


def normalise(text):
    out, lines, i, line, n = [], [], 0, 1, len(text)
    while i < n:
        c = text[i]
        if c == '-':
            m = HYPH.match(text, i)
            if m and i > 0 and text[i - 1].isalpha() and m.end() < n and text[m.end()].isalpha():
                out.append('-'); lines.append(line)
                line += text.count('\n', i, m.end()); i = m.end()
                continue
        if c.isspace():
            j = WS.match(text, i).end()
            if out and out[-1] != ' ':
                out.append(' '); lines.append(line)
            line += text.count('\n', i, j); i = j
            continue
        out.append(c); lines.append(line); i += 1
    return ''.join(out), lines


def rx(form):
    return re.compile(r'(?<![\w])' + re.escape(WS.sub(' ', form.strip())) + r'(?![\w])')


def parse_manifest(path):
    docs, cur = [], None
    for raw in open(path, encoding='utf-8'):
        line = raw.rstrip('\n')
        m = re.match(r'\s*-\s+id:\s*(\S+)', line)
        if m:
            cur = {'id': m.group(1)}; docs.append(cur); continue
        m = re.match(r'\s+(\w+):\s*"?(.*?)"?\s*$', line)
        if m and cur is not None:
            cur[m.group(1)] = m.group(2)
    return docs


def main():
    problems = []
    man = parse_manifest(os.path.join(HERE, 'corpus', 'manifest.yaml'))
    if len(man) != 5:
        problems.append('manifest lists %d documents, expected 5' % len(man))
    if {d.get('kind') for d in man} != KINDS:
        problems.append('manifest kinds %s != %s' % (sorted(d.get('kind') for d in man), sorted(KINDS)))
    raw, norm = {}, {}
    for d in man:
        p = os.path.join(HERE, 'corpus', d['file'])
        if not os.path.exists(p):
            problems.append('missing file %s' % d['file']); continue
        if os.path.splitext(d['file'])[0] != d['id']:
            problems.append('id %s is not the file stem of %s' % (d['id'], d['file']))
        raw[d['id']] = open(p, encoding='utf-8').read()
        norm[d['id']] = normalise(raw[d['id']])
    size = sum(len(t.encode('utf-8')) for t in raw.values())
    if not 45000 <= size <= 56000:
        problems.append('corpus size %d bytes outside 45-55 KB' % size)

    ents = json.load(open(os.path.join(HERE, 'gold', 'entities.json'), encoding='utf-8'))
    byid = {}
    for e in ents:
        if e['id'] in byid:
            problems.append('duplicate entity id %s' % e['id'])
        byid[e['id']] = e
        if e['type'] not in TYPES:
            problems.append('%s: unknown type %s' % (e['id'], e['type']))
        forms = ([e['name']] if e.get('name_in_text', True) else []) + e['aliases']
        starts = {}
        for d in e['docs']:
            if d not in norm:
                problems.append('%s: unknown doc %s' % (e['id'], d)); continue
            text, lmap = norm[d]
            starts[d] = set()
            for f in [e['name']] + e['aliases']:
                for m in rx(f).finditer(text):
                    starts[d].add(lmap[m.start()])
            if not starts[d]:
                problems.append('%s: no form occurs in %s' % (e['id'], d))
            for ln in e['lines'].get(d, []):
                if ln not in starts[d]:
                    problems.append('%s: no form starts on %s:%d' % (e['id'], d, ln))
        if set(e['lines']) != set(e['docs']):
            problems.append('%s: lines/docs mismatch' % e['id'])
        for f in forms:
            if not any(d in norm and rx(f).search(norm[d][0]) for d in e['docs']):
                problems.append('%s: form %r does not occur in its documents' % (e['id'], f))

    rels = json.load(open(os.path.join(HERE, 'gold', 'relations.json'), encoding='utf-8'))
    for k, r in enumerate(rels):
        tag = 'relation %d (%s %s %s)' % (k, r['subject'], r['predicate'], r['object'])
        if r['predicate'] not in PREDS:
            problems.append(tag + ': unknown predicate')
        s, o = byid.get(r['subject']), byid.get(r['object'])
        if not s or not o:
            problems.append(tag + ': unknown entity'); continue
        p = r['predicate']
        if p == 'memberOf' and (s['type'] != 'Person' or o['type'] == 'Person'):
            problems.append(tag + ': memberOf needs Person -> organisation')
        if p == 'involvesActor' and s['type'] != 'TransferObject':
            problems.append(tag + ': involvesActor needs a TransferObject subject')
        if p == 'addressesActionField' and (s['type'] != 'Measure' or o['type'] != 'ActionField'):
            problems.append(tag + ': addressesActionField needs Measure -> ActionField')
        if p == 'chairedBy' and s['type'] != 'Body':
            problems.append(tag + ': chairedBy needs a Body subject')
        if p in ('participatesIn',) and o['type'] not in ('Body', 'Programme'):
            problems.append(tag + ': participatesIn needs a Body or Programme object')
        if r['doc'] not in raw:
            problems.append(tag + ': unknown doc'); continue
        if r['doc'] not in s['docs'] or r['doc'] not in o['docs']:
            problems.append(tag + ': entity not listed for doc %s' % r['doc'])
        lines = raw[r['doc']].split('\n')
        ln = r['line']
        if not 1 <= ln <= len(lines):
            problems.append(tag + ': line out of range'); continue
        blank = lambda k: not lines[k - 1].strip()
        if blank(ln):
            problems.append(tag + ': line %d is blank' % ln)
        a = ln - 1
        while a >= 1 and blank(a):
            a -= 1
        a = max(a, 1)
        b = ln + 1
        while b <= len(lines) and blank(b):
            b += 1
        b = min(b, len(lines))
        window = normalise('\n'.join(lines[a - 1:b]))[0]
        pos = 0
        for part in WS.sub(' ', r['evidence'].strip()).split(' ... '):
            k2 = window.find(part, pos)
            if k2 < 0:
                problems.append(tag + ': evidence %r not at %s:%d' % (part, r['doc'], ln)); break
            pos = k2 + len(part)

    tos = json.load(open(os.path.join(HERE, 'gold', 'transfer_objects.json'), encoding='utf-8'))
    for t in tos:
        lines = raw[t['doc']].split('\n')
        head = WS.sub(' ', lines[t['start_line'] - 1]).strip()
        if not head.startswith(t['section'] + ' ') or t['title'] not in head:
            problems.append('mask %s: start_line %d is not its heading (%r)' % (t['section'], t['start_line'], head))
        toc = norm[t['doc']][0]
        if not re.search(re.escape(t['title']) + r' \(Seite %d\)' % t['catalogue_page'], toc):
            problems.append('mask %s: page %d not in Tab. 1' % (t['section'], t['catalogue_page']))
        for a in t['beteiligte_akteure']:
            if WS.sub(' ', lines[a['line'] - 1].replace('•', ' ')).strip() != a['text']:
                problems.append('mask %s: actor line %d != %r' % (t['section'], a['line'], a['text']))
        fields = set(t['fields_present']) | set(t['fields_empty']) | set(t['fields_missing'])
        if len(fields) != 13:
            problems.append('mask %s: %d field keys' % (t['section'], len(fields)))

    for p in problems:
        print('PROBLEM', p)
    print('%d entities, %d relations, %d masks, %d bytes of text: %s' % (
        len(ents), len(rels), len(tos), size, 'OK' if not problems else '%d problems' % len(problems)))
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())
