"""Render document sources (*.src) into corpus files.
Markers (only in the catalogue source):
  '•~ text'  -> bullet with tab after the bullet and tabs between all words (PDF extraction artefact)
  '•⇥ text'  -> bullet with a tab after the bullet
  '@@G text' -> PRODUKTBEZEICHNUNG with garbled small-caps capitals
  '⇥'        -> tab
Other sources are copied verbatim.
"""
import sys, pathlib, re

UP = set("ilszdm")

def garble(t):
    out = []
    for ch in t:
        if ch.isalpha() and (ch.isupper() or ch in UP):
            out.append(ch.upper())
        else:
            out.append(ch)
    return "".join(out)

def render(text):
    lines = []
    for ln in text.split("\n"):
        if ln.startswith("•~ "):
            ln = "•\t " + "\t".join(ln[3:].split(" "))
        elif ln.startswith("•⇥ "):
            ln = "•\t " + ln[3:]
        elif ln.startswith("@@G "):
            ln = garble(ln[4:])
        ln = ln.replace("⇥", "\t")
        lines.append(ln)
    return "\n".join(lines)

if __name__ == "__main__":
    src = pathlib.Path(__file__).parent
    out = src.parent / "corpus"
    for f in sorted(src.glob("*.src")):
        ext = ".md" if f.stem.endswith("-md") else ".txt"
        stem = f.stem[:-3] if f.stem.endswith("-md") else f.stem
        (out / (stem + ext)).write_text(render(f.read_text(encoding="utf-8")), encoding="utf-8")
        print(stem + ext)
