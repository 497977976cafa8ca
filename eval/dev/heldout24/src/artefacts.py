"""Helpers that imitate PDF-extraction artefacts of the Leipzig catalogue."""
import re, sys

UPPER = set("BDIJLMSVZ")

def garble(s: str) -> str:
    """Small-caps font extraction: B D I J L M S V Z come out upper case, all else lower."""
    return "".join(c.upper() if c.upper() in UPPER else c.lower() for c in s)

def render(raw: str) -> str:
    out = []
    for line in raw.split("\n"):
        if line.startswith("§G "):            # garbled capitals line
            out.append(garble(line[3:]))
        elif line.startswith("•T "):          # bullet whose first line has tabs for spaces
            words = line[3:].rstrip(" ").split(" ")
            tail = " " if line.endswith(" ") else ""
            out.append("•\t " + "\t".join(words) + tail)
        elif line.startswith("  •T "):        # indented tab bullet
            words = line[5:].split(" ")
            out.append("\t •\t " + "\t".join(words))
        else:
            out.append(line)
    return "\n".join(out)

if __name__ == "__main__":
    src, dst = sys.argv[1], sys.argv[2]
    text = render(open(src, encoding="utf-8").read())
    open(dst, "w", encoding="utf-8").write(text)
