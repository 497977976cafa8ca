"""Line-aware normalisation shared by the gold builder (validate.py has its own copy).

A document is turned into one string: tabs -> spaces, runs of blanks collapsed, empty
lines dropped, consecutive lines joined by one space -- except after a line-end hyphen:
'Saal-' + 'werder' -> 'Saalwerder' (next line starts lower-case), 'Schule-' + 'Beruf'
-> 'Schule-Beruf' (otherwise). Every character remembers its source line (1-based).
"""
import re

def norm_line(s: str) -> str:
    return re.sub(r"\s+", " ", s.replace("\t", " ")).strip()

def joined(text: str):
    out, src = [], []
    prev = None
    for i, raw in enumerate(text.split("\n"), start=1):
        s = norm_line(raw)
        if not s:
            continue
        if prev is not None:
            if prev.endswith("-") and len(prev) > 1 and prev[-2].isalpha():
                if s[0].islower():
                    out.pop(); src.pop()          # drop the hyphen
                # else keep hyphen, no space
            else:
                out.append(" "); src.append(i)
        for ch in s:
            out.append(ch); src.append(i)
        prev = s
    return "".join(out), src

def norm_phrase(s: str) -> str:
    return re.sub(r"\s+", " ", s.replace("\t", " ")).strip()
