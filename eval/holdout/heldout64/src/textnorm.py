"""Shared normalisation: whitespace collapse + line-end dehyphenation, with a char->line map."""
import re

def normalise(text):
    """Return (S, linemap) where S is the normalised text and linemap[i] is the 1-based line of S[i]."""
    out = []
    lm = []
    line = 1
    i = 0
    n = len(text)
    pending_space = False
    space_line = 1
    while i < n:
        ch = text[i]
        if ch == '-' and i + 1 < n and text[i + 1] == '\n' and i > 0 and text[i - 1].isalpha():
            # look ahead to first non-space char after the newline(s)
            j = i + 1
            ln = line
            while j < n and text[j] in ' \t\n\r':
                if text[j] == '\n':
                    ln += 1
                j += 1
            if j < n and text[j].islower() and (text[i+1:j].count('\n') in (1, 2)):
                # soft hyphen: drop '-' and the line break
                i = j
                line = ln
                continue
            if j < n and text[j].isupper() and (text[i+1:j].count('\n') in (1, 2)):
                out.append('-'); lm.append(line)
                i = j
                line = ln
                continue
        if ch in ' \t\r\n':
            if not pending_space:
                pending_space = True
                space_line = line
            if ch == '\n':
                line += 1
            i += 1
            continue
        if pending_space and out:
            out.append(' '); lm.append(space_line)
        pending_space = False
        out.append(ch); lm.append(line)
        i += 1
    return ''.join(out), lm

def ws(s):
    return re.sub(r'\s+', ' ', s).strip()

def find_all(S, needle):
    pat = re.compile(r'(?<!\w)' + re.escape(needle) + r'(?!\w)')
    return [m.span() for m in pat.finditer(S)]

def window_text(lines, line, before=1, after=1):
    lo = max(1, line - before); hi = min(len(lines), line + after)
    return normalise('\n'.join(lines[lo-1:hi]))[0]
