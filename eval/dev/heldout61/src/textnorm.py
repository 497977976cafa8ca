"""Shared text normalisation: join lines, repair end-of-line hyphenation, collapse whitespace,
and keep a map from normalised offsets back to 1-based source lines."""
import re

def normalise(text):
    lines = text.split("\n")
    out = []      # chars
    lmap = []     # line number per char
    n = len(lines)
    skip_upto = -1
    for i, line in enumerate(lines):
        ln = i + 1
        if i <= skip_upto:
            continue
        s = line.replace("\t", " ")
        st = s.rstrip()
        # hyphenation at line end: next non-blank line starts lower-case -> join without hyphen
        join = False
        if st.endswith("-") and len(st) >= 2 and st[-2].isalpha():
            j = i + 1
            while j < n and lines[j].strip() == "":
                j += 1
            if j < n:
                nxt = lines[j].lstrip().replace("\t", " ").lstrip()
                if nxt[:1].islower():
                    join = True
                    skip_upto = j - 1
        if join:
            s = st[:-1]
        elif i + 1 < n and False:
            pass
        for ch in s:
            out.append(ch); lmap.append(ln)
        if not join:
            out.append(" "); lmap.append(ln)
    # collapse whitespace
    res, rmap = [], []
    prev_space = False
    for ch, ln in zip(out, lmap):
        if ch.isspace():
            if prev_space:
                continue
            prev_space = True
            res.append(" "); rmap.append(ln)
        else:
            prev_space = False
            res.append(ch); rmap.append(ln)
    # hyphen-joins may leave runs of blank lines joined; fine
    return "".join(res), rmap

WORD = r"[\w\-]"

def form_regex(form):
    parts = [re.escape(p) for p in form.split()]
    body = r"\s".join(parts)
    return re.compile(r"(?<!" + WORD + r")" + body + r"(?!" + WORD + r")")
