"""Shared text handling for build_gold.py: joined views of a document with a
character -> line map, so that names and evidence can be found across line breaks.

Views:
  dehyph: lines joined with a space; a line-final hyphen before a lowercase letter is
          dropped and the lines are glued ("Bildungs-" + "büro" -> "Bildungsbüro");
          other line-final hyphens are kept and glued ("Neckar-" + "Lautach").
  keep:   lines joined with a space, line-final hyphens kept and glued ("Bildungs-büro").
  space:  every line joined with a single space ("Bildungs- büro").
Whitespace (tabs included) is collapsed to one space in all views.
"""
import re

WS = re.compile(r"\s+")


def clean(line):
    return WS.sub(" ", line.replace("\ufeff", "")).strip()


class View:
    def __init__(self, lines, mode):
        buf, own = [], []
        self.dropped = []  # dehyph: indices where a line-final hyphen was removed
        cleaned = [clean(x) for x in lines]
        for i, s in enumerate(cleaned):
            if not s:
                continue
            ln = i + 1
            nxt = next((c for c in cleaned[i + 1:] if c), "")
            glue = " "
            if mode != "space" and s.endswith("-") and len(s) > 1 and s[-2].isalpha():
                if mode == "dehyph" and nxt[:1].islower():
                    s = s[:-1]
                    self.dropped.append(len(buf) + len(s))
                glue = ""
            for ch in s + glue:
                buf.append(ch)
                own.append(ln)
        self.text = "".join(buf)
        self.owner = own

    def span_lines(self, start, end):
        return self.owner[start], self.owner[max(start, end - 1)]


def views(lines):
    return {m: View(lines, m) for m in ("dehyph", "keep", "space")}


def norm(s):
    return WS.sub(" ", s).strip()


def find_all(view, needle, flags=0, boundaries=False):
    needle = norm(needle)
    pat = re.escape(needle)
    if boundaries:
        if needle[:1].isalnum():
            pat = r"(?<![\w-])" + pat
        if needle[-1:].isalnum():
            pat = pat + r"(?![\w-])"
    for m in re.finditer(pat, view.text, flags):
        yield m.start(), m.end()
