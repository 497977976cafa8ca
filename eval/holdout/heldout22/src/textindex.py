"""Shared helpers: load corpus documents and search them line-aware.

Two joined views of every document are built from its lines (whitespace collapsed,
empty lines skipped):
  * "space": lines joined with one space (what a sentence looks like across line breaks)
  * "dehyph": like "space", but a line ending in letter+"-" is glued to a following line
    that starts with a lower-case letter (end-of-line hyphenation undone).
Every character of a view maps back to its 1-based line number.
"""
import os
import re

CORPUS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "corpus")
EXTS = (".txt", ".md")


def norm_ws(s):
    return re.sub(r"\s+", " ", s).strip()


class Doc:
    def __init__(self, path):
        self.path = path
        self.id = os.path.splitext(os.path.basename(path))[0]
        with open(path, encoding="utf-8") as f:
            self.raw = f.read().split("\n")
        if self.raw and self.raw[-1] == "":
            self.raw = self.raw[:-1]
        self.views = {"space": self._join(False), "dehyph": self._join(True)}

    def _join(self, dehyph):
        text, owner = [], []
        prev = None
        for no, line in enumerate(self.raw, start=1):
            t = norm_ws(line)
            if not t:
                continue
            if prev is not None:
                glue = dehyph and len(prev) > 1 and prev.endswith("-") and prev[-2].isalpha() and t[0].islower()
                if glue:
                    text.pop(); owner.pop()          # drop the hyphen
                else:
                    text.append(" "); owner.append(no)
            for ch in t:
                text.append(ch); owner.append(no)
            prev = t
        return "".join(text), owner

    def line(self, no):
        return self.raw[no - 1]

    def find(self, needle, ignore_case=False, word=False):
        """All matches of needle (whitespace-normalised) in both views.
        Returns sorted list of (first_line, last_line)."""
        n = norm_ws(needle)
        if not n:
            return []
        pat = re.escape(n).replace(r"\ ", r"\s")
        if word:
            pat = r"(?<![\w])" + pat
        flags = re.IGNORECASE if ignore_case else 0
        hits = set()
        for text, owner in self.views.values():
            for m in re.finditer(pat, text, flags):
                hits.add((owner[m.start()], owner[m.end() - 1]))
        return sorted(hits)

    def window(self, no, before=3, after=8):
        """Both joined views of the non-empty lines around line `no` (the sentence context)."""
        lines = [norm_ws(self.raw[i - 1]) for i in range(max(1, no - before), min(len(self.raw), no + after) + 1)]
        lines = [l for l in lines if l]
        space = " ".join(lines)
        out = []
        for l in lines:
            if out and len(out[-1]) > 1 and out[-1].endswith("-") and out[-1][-2].isalpha() and l[:1].islower():
                out[-1] = out[-1][:-1] + l
            else:
                out.append(l)
        return space, " ".join(out)


def load_corpus(corpus=CORPUS):
    docs = {}
    for name in sorted(os.listdir(corpus)):
        if name.endswith(EXTS):
            d = Doc(os.path.join(corpus, name))
            docs[d.id] = d
    return docs
