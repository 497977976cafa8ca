"""Turn the editable sources in src/*.src into the corpus files.

Markers: "<T>" becomes a tab; a line starting with "•~ " becomes a Leipzig-style
bullet line ("•\t " followed by the words of that physical line joined by tabs).
"""
import pathlib
SRC = pathlib.Path(__file__).parent
OUT = SRC.parent / "corpus"
for src in sorted(SRC.glob("*.src")):
    lines = []
    for line in src.read_text(encoding="utf-8").split("\n"):
        if line.startswith("•~ "):
            words = line[3:].rstrip(" ").split(" ")
            trail = " " if line.endswith(" ") else ""
            line = "•\t " + "\t".join(words) + trail
        lines.append(line.replace("<T>", "\t"))
    (OUT / src.name[:-4]).write_text("\n".join(lines), encoding="utf-8")
    print(src.name[:-4], len(lines) - (1 if lines[-1] == "" else 0), "lines")
