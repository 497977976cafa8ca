"""Shared text handling for build_gold.py and validate.py.

A document is turned into one 'joined' string: every non-blank line is whitespace-normalised
(tabs and runs of spaces -> one space, stripped); consecutive non-blank lines are joined with a
single space, except when the raw line ends directly in '-' or '–' (line-end hyphenation /
a dash at the line end): then the next line is appended without a space ("Fachbe-" + "reich"
-> "Fachbe-reich"). Each character of the joined string remembers its 1-based source line.
"""
import re

def load_lines(path):
    with open(path, encoding="utf-8") as f:
        return f.read().split("\n")

def norm_ws(s):
    return re.sub(r"\s+", " ", s.replace("\u00a0", " ")).strip()

def joined(lines):
    out, owner = [], []
    prev_raw = None
    for i, raw in enumerate(lines, start=1):
        seg = norm_ws(raw)
        if not seg:
            continue
        if out:
            if prev_raw is not None and (prev_raw.endswith("-") or prev_raw.endswith("–")) and len(prev_raw.strip()) > 1 and not prev_raw.endswith(" -") and not prev_raw.endswith(" –"):
                pass
            else:
                out.append(" ")
                owner.append(owner[-1])
        out.append(seg)
        owner.extend([i] * len(seg))
        prev_raw = raw
    return "".join(out), owner

WORD = r"[0-9A-Za-zÀ-ÖØ-öø-ÿĀ-žẞß]"

def find_all(text, form):
    pat = r"(?<!%s)%s(?!%s)" % (WORD, re.escape(norm_ws(form)), WORD)
    return [(m.start(), m.end()) for m in re.finditer(pat, text)]

def window_text(lines, line):
    """the line itself plus the nearest non-blank line before and after it, joined as above"""
    idx = line - 1
    lo = idx - 1
    while lo >= 0 and not norm_ws(lines[lo]):
        lo -= 1
    hi = idx + 1
    while hi < len(lines) and not norm_ws(lines[hi]):
        hi += 1
    sub = [lines[k] if (k == idx or k == lo or k == hi) else "" for k in range(max(lo, 0), min(hi, len(lines) - 1) + 1)]
    return joined(sub)[0]
