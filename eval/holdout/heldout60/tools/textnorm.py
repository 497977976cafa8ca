"""Shared helpers: variant normalisations of a document text with raw-index mapping."""
import re
STOP = ("und ", "oder ", "bzw", "sowie ", "bis ")

def _collapse(chars):
    out = []
    for ch, i in chars:
        if ch in " \t\n\r\u00a0":
            if out and out[-1][0] == " ":
                continue
            out.append((" ", i))
        else:
            out.append((ch, i))
    while out and out[0][0] == " ":
        out.pop(0)
    while out and out[-1][0] == " ":
        out.pop()
    return out

def _variant(text, mode):
    chars = [(c, i) for i, c in enumerate(text)]
    res = []
    n = len(chars)
    k = 0
    while k < n:
        c = chars[k][0]
        if c in "-–" and mode in ("b", "c1", "c2"):
            j = k + 1
            while j < n and chars[j][0] in " \t\r\u00a0\n":
                j += 1
            ws = text[k + 1:j]
            if j > k + 1:
                nxt = text[j:j + 8]
                if "\n" in ws:
                    if mode == "b" and ws.startswith("\n"):
                        res.append(chars[k]); k = j; continue
                    if mode in ("c1", "c2") and c == "-" and nxt[:1].islower():
                        k = j; continue
                    if mode in ("c1", "c2") and ws.startswith("\n"):
                        res.append(chars[k]); k = j; continue
                elif mode == "c2" and c == "-" and nxt[:1].islower() and not nxt.startswith(STOP):
                    k = j; continue
        res.append(chars[k]); k += 1
    return _collapse(res)

def variants(text):
    """Return list of (normalised_string, rawindex_list)."""
    out = []
    for mode in ("a", "b", "c1", "c2"):
        v = _variant(text, mode)
        out.append(("".join(c for c, _ in v), [i for _, i in v]))
    return out

def norm(s):
    return re.sub(r"\s+", " ", s).strip()

def line_of(text):
    """raw index -> 1-based line number"""
    starts = [0]
    for i, c in enumerate(text):
        if c == "\n":
            starts.append(i + 1)
    import bisect
    return lambda idx: bisect.bisect_right(starts, idx)

def window(lines, a, b):
    """text of 1-based lines a..b inclusive"""
    a = max(1, a); b = min(len(lines), b)
    return "\n".join(lines[a - 1:b])

def occurs(needle, text):
    needle = norm(needle)
    return any(needle in v for v, _ in variants(text))
