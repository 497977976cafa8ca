"""Shared text normalisation for build_gold.py and validate.py.

Two searchable variants of each document are built, each with a map from
character offset to 1-based line number of the original file:
  A: every whitespace run (spaces, tabs, newlines) -> one space
  B: like A, but a hyphen at a line end is glued to the next non-empty line
     ("Schul-\\namt" -> "Schul-amt"), as the shared gold writes such forms.
"""
import re


def _variant(text, glue_hyphen):
    out, lines, offs = [], [], []
    line = 1
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if glue_hyphen and c == '-':
            m = re.match(r'-[ \t]*\n\s*', text[i:])
            if m:
                out.append('-'); lines.append(line); offs.append(i)
                line += m.group(0).count('\n')
                i += len(m.group(0))
                continue
        if c in ' \t\n\r\f\v\u00a0':
            m = re.match(r'\s+', text[i:])
            ws = m.group(0)
            out.append(' '); lines.append(line); offs.append(i)
            line += ws.count('\n')
            i += len(ws)
            continue
        out.append(c); lines.append(line); offs.append(i)
        i += 1
    offs.append(n)
    return ''.join(out), lines, offs


def variants(text):
    """[(text, line_of_char, original_offset_of_char)] for variants A and B."""
    return [_variant(text, False), _variant(text, True)]


def norm_ws(s):
    return re.sub(r'\s+', ' ', s).strip()


def find_all(form, text):
    """Occurrences of form with word boundaries (start, end)."""
    pat = r'(?<!\w)' + re.escape(norm_ws(form)) + r'(?!\w)'
    return [(m.start(), m.end()) for m in re.finditer(pat, text)]
