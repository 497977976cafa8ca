"""Shared text helpers for the gold builder (validate.py has its own copy on purpose)."""
import re
import os

CORPUS = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "corpus")
DOC_FILES = {
    "barthwiek-transferkatalog": "barthwiek-transferkatalog.txt",
    "barthwiek-arbeitspakete": "barthwiek-arbeitspakete.txt",
    "ostpeene-zielvereinbarung": "ostpeene-zielvereinbarung.txt",
    "ostpeene-netzwerkprotokoll": "ostpeene-netzwerkprotokoll.md",
    "ostpeene-agenturvorstellung": "ostpeene-agenturvorstellung.txt",
}


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


def load_lines(doc):
    with open(os.path.join(CORPUS, DOC_FILES[doc]), encoding="utf-8") as f:
        return f.read().split("\n")


def joined_variants(lines):
    """Return [(text, pos2line)] for two joinings of the non-empty lines:
    'plain' (lines joined by one space) and 'dehyph' (a line-final hyphen after a letter
    is removed before a lower-case continuation and kept, without space, before an
    upper-case one). Whitespace inside lines is collapsed."""
    out = []
    for mode in ("plain", "dehyph"):
        buf, pos2line = [], []
        prev = None
        for i, raw in enumerate(lines, start=1):
            cur = ws(raw)
            if not cur:
                continue
            if prev is not None:
                sep = " "
                if mode == "dehyph" and prev.endswith("-") and len(prev) > 1 and prev[-2].isalpha():
                    if cur[0].islower():
                        buf.pop(); pos2line.pop()  # drop the hyphen
                        sep = ""
                    elif cur[0].isupper():
                        sep = ""
                for ch in sep:
                    buf.append(ch); pos2line.append(i)
            for ch in cur:
                buf.append(ch); pos2line.append(i)
            prev = cur
        out.append(("".join(buf), pos2line))
    return out
