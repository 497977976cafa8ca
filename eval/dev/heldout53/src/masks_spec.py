"""The three product masks of the catalogue excerpt and the actors under BETEILIGTE AKTEURE."""
import re
from textutil import norm_ws

FIELDS = [("PRODUKTBEZEICHNUNG", None), ("KURZBESCHREIBUNG", "kurzbeschreibung"), ("PRODUKTTyP", "produkttyp"),
          ("AUSGANGSSITUATION", "ausgangssituation"), ("ZIELE UND ANFORDERUNGEN (AUFTRAG)", "ziele"),
          ("METHODEN, UMSETZUNG", "methoden"), ("RESSOURCEN (ZEIT", "ressourcen"), ("PROJEKTPLAN (ABLAUFPLAN)", "projektplan"),
          ("BETEILIGTE AKTEURE, BENÖTIGTE PARTNER", "beteiligte_akteure"), ("MARKETING ÖA", "marketing"),
          ("GELINGENSBEDINGUNGEN", "gelingensbedingungen"), ("HERAUSFORDERUNGEN, STOLPERSTEINE", "herausforderungen"),
          ("ANMERKUNGEN, HINWEISE", "anmerkungen"), ("POTENZIELLE TRANSFER-ADRESSATEN", "transfer_adressaten")]

MASKS = [
 dict(section="4.2.3.1", title="Kreisbildungsbericht Nidderwald", kbm_function="Daten", catalogue_page=17,
      actors=[("Bildungsbüro (Federführung)", ["Bildungsbüro"], ["bildungsbuero"]),
              ("Fachdienst 4.1 Kinder, Jugend und Familie (Kita- und Jugendhilfedaten)", ["Fachdienst 4.1 Kinder, Jugend und Familie"], ["fd41"]),
              ("Fachdienst 2.3 Kreisentwicklung und Statistik", ["Fachdienst 2.3 Kreisentwicklung und Statistik"], ["fd23"]),
              ("Hessisches Statistisches Landesamt", ["Hessisches Statistisches Landesamt"], ["hsl"]),
              ("Staatliches Schulamt (Schulstatistik, Übergänge)", ["Staatliches Schulamt"], ["schulamt"]),
              ("Agentur für Arbeit Marbrück und Kommunales Jobcenter Nidderwald (Ausbildungs- und Arbeitsmarkt)",
               ["Agentur für Arbeit Marbrück", "Kommunales Jobcenter Nidderwald"], ["afa-marbrueck", "jobcenter"]),
              ("Fachhochschule Borkenfels (wissenschaftliche Begleitung)", ["Fachhochschule Borkenfels"], ["fh-borkenfels"])]),
 dict(section="4.3.3.2", title="Fachforen der Bildungskonferenz", kbm_function="Diskurs", catalogue_page=26,
      actors=[("Lenkungsgruppe der Bildungskonferenz (Auftraggeberin)", ["Lenkungsgruppe der Bildungskonferenz"], ["lenkungsgruppe"]),
              ("Bildungsbüro (Geschäftsführung)", ["Bildungsbüro"], ["bildungsbuero"]),
              ("Staatliches Schulamt, Hessische Lehrkräfteakademie", ["Staatliches Schulamt", "Hessische Lehrkräfteakademie"], ["schulamt", "hla"]),
              ("Fachdienst 4.1 Kinder, Jugend und Familie", ["Fachdienst 4.1 Kinder, Jugend und Familie"], ["fd41"]),
              ("Kreisvolkshochschule Nidderwald", ["Kreisvolkshochschule Nidderwald"], ["kvhs"]),
              ("IHK Borkenfels-Marbrück, Kreishandwerkerschaft Nidderwald", ["IHK Borkenfels-Marbrück", "Kreishandwerkerschaft Nidderwald"], ["ihk", "khs"]),
              ("Kreisjugendring Nidderwald e.V., Bildungsbrücke Nidderwald e.V.", ["Kreisjugendring Nidderwald e.V.", "Bildungsbrücke Nidderwald e.V."], ["kjr", "bildungsbruecke"]),
              ("Helene-und-Karl-Brandau-Stiftung", ["Helene-und-Karl-Brandau-Stiftung"], ["brandau-stiftung"])]),
 dict(section="4.5.3.3", title="Praktikumswoche Nidderwald", kbm_function="Maßnahmen", catalogue_page=41,
      actors=[("OloV-Regionalkoordination (Federführung)", ["OloV-Regionalkoordination"], ["olov-koordination"]),
              ("Industrie- und Handelskammer Borkenfels-Marbrück, Kreishandwerkerschaft Nidderwald",
               ["Industrie- und Handelskammer Borkenfels-Marbrück", "Kreishandwerkerschaft Nidderwald"], ["ihk", "khs"]),
              ("Staatliches Schulamt für den Landkreis Nidderwald und die Stadt Marbrück",
               ["Staatliches Schulamt für den Landkreis Nidderwald und die Stadt Marbrück"], ["schulamt"]),
              ("Agentur für Arbeit Marbrück, Kommunales Jobcenter Nidderwald", ["Agentur für Arbeit Marbrück", "Kommunales Jobcenter Nidderwald"], ["afa-marbrueck", "jobcenter"]),
              ("Werkhof Grebenrode gGmbH (Ausbildungslotsen)", ["Werkhof Grebenrode gGmbH"], ["werkhof"]),
              ("Kreisjugendring Nidderwald e.V.", ["Kreisjugendring Nidderwald e.V."], ["kjr"])]),
]

RUNNING = re.compile(r"^(\d+|\s*(DATEN|DISKURS|MASSNAHMEN)\s*|\s*\d+(\.\d+)+ .*(DATEN|DISKURS|MASSNAHMEN)\s*)$")

def masks(lines, doc):
    out = []
    starts = []
    for m in MASKS:
        head = "%s %s" % (m["section"], m["title"])
        st = next(i for i, l in enumerate(lines, 1) if norm_ws(l) == head)
        starts.append(st)
    ends = starts[1:] + [len(lines) + 1]
    for m, st, en in zip(MASKS, starts, ends):
        # the mask ends where the next chapter heading begins
        for i in range(st + 1, en):
            if re.match(r"^\d\.\d (DATEN|DISKURS|MASSNAHMEN)$", norm_ws(lines[i - 1])):
                en = i; break
        heads = []
        for i in range(st, en):
            t = norm_ws(lines[i - 1])
            for h, key in FIELDS:
                if t.startswith(h):
                    heads.append((i, key))
        present, empty = [], []
        for k, (i, key) in enumerate(heads):
            nxt = heads[k + 1][0] if k + 1 < len(heads) else en
            body = [norm_ws(lines[j - 1]) for j in range(i + 1, nxt)]
            body = [b for b in body if b and not RUNNING.match(b) and not re.fullmatch(r"\d+", b)]
            if key is None:
                continue
            (present if body else empty).append(key)
        keys = [k for _, k in FIELDS if k]
        missing = [k for k in keys if k not in present and k not in empty]
        akt_head = next(i for i, k in heads if k == "beteiligte_akteure")
        bete = []
        for text, actors, ids in m["actors"]:
            ln = next(i for i in range(akt_head, en) if norm_ws(lines[i - 1]).lstrip("• ").strip() == text)
            bete.append({"text": text, "line": ln, "actors": actors, "entities": ids})
        out.append({"section": m["section"], "title": m["title"], "kbm_function": m["kbm_function"],
                    "catalogue_page": m["catalogue_page"], "start_line": st,
                    "fields_present": present, "fields_empty": empty, "fields_missing": missing,
                    "beteiligte_akteure": bete, "doc": doc})
    return out
