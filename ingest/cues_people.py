"""Cues of people: who chairs a body (chairedBy) and who holds a post where (memberOf)."""

from __future__ import annotations

from ingest.cue_grammar import (
    COUNTED,
    ROLE_PHRASE,
    TITLES,
    UNIT_HEADS,
    Cue,
)

# "für das Monitoring ist ⟦B⟧ zuständig", "für X ⟦C⟧", "das Monitoring verantwortet ⟦D⟧"
_TASK = r"(?:[^⟦⟧;.,]|⟦\d+:ActionField⟧){1,80}?"
_STAFF = (
    rf"(?:für\s+(?:das|die|den)\s+{_TASK}\s+(?:(?:ist|sind)\s+)?{TITLES}⟦\d+:Person⟧"
    rf"(?:\s+zuständig)?|(?:das|die|den)\s+{_TASK}\s+verantwortet\s+{TITLES}⟦\d+:Person⟧)"
)

PEOPLE: tuple[Cue, ...] = (
    # chairedBy
    Cue(
        "under-chair",
        "chairedBy",
        r"(?P<s>{BP}){G}\bunter\s+(?:dem\s+|der\s+)?(?:gemeinsamen\s+)?(?:Vorsitz|Leitung|Federführung)\s+"
        r"(?:des|der|von|vom)\s+{CHAIR}",
    ),
    Cue(  # "unter Federführung des ⟦Bildungsbüros⟧ und des ⟦Jugendamts⟧ gegründet"
        "under-lead-of-offices",
        "participatesIn",
        r"(?P<o>{BP}){G}\bunter\s+(?:der\s+)?(?P<role>Federführung|Leitung|Koordination)\s+(?:des|der|von|vom)"
        r"\s+(?P<s>{ORGS})",
    ),
    Cue(
        "chair-held",
        "chairedBy",
        # "Den Vorsitz im ⟦Arbeitskreis⟧ führt turnusgemäß bis Ende 2023 Frau ⟦X⟧"
        r"\b(?:Vorsitz|Leitung)\s+(?:des|der|im|in\s+der)\s+(?P<s>{BP})\s+(?:hat|führt|obliegt|übernimmt"
        # ("… führt in Vertretung der Oberbürgermeisterin der Zweite Bürgermeister ⟦X⟧")
        r"|liegt\s+bei)\s+(?:(?:[\w.]+\s+){0,5}?(?=(?:Frau|Herrn?)\s|⟦\d+:Person⟧"
        r"|(?:der|die)\s+" + COUNTED + r"(?:e|er)\s))?{DET}{CHAIR}",
    ),
    Cue(  # "ein ⟦Fachbeirat⟧ begleitet die Arbeit der Agentur; Vorsitz: ⟦Prof. X⟧"
        "chair-after-semicolon",
        "chairedBy",
        # ("…; Sprecher*innen sind ⟦A⟧ und ⟦B⟧")
        r"(?P<s>{BODY})(?:[^⟦⟧;]|⟦\d+:(?!Person)\w+⟧){0,160}?;\s*(?:Vorsitz|Leitung|Sprecher\w*(?:\\?[*:/]innen)?)\s*"
        r"(?::|sind|ist|hat|haben)\s*{DET}{CHAIR}",
    ),
    Cue(
        "chair-colon",
        "chairedBy",
        r"(?P<s>{BP}){G}\b(?:Vorsitz|Leitung)\s*(?:hat|führt|obliegt|:)\s*{DET}{CHAIR}",
    ),
    Cue(
        "led-by",
        "chairedBy",
        r"(?P<s>{BP}){G}\b(?:geleitet|moderiert)\s+(?:von|vom|durch)\s+{DET}{CHAIR}",
    ),
    Cue(  # "⟦Lenkungskreis⟧ wird von Bürgermeisterin ⟦X⟧ geleitet"
        "led-by-passive",
        "chairedBy",
        # ("Der ⟦Jugendhilfeausschuss⟧, dem neben … angehören, wird von …": a clause between)
        r"(?P<s>{BP})(?:\s*,\s*(?:dem|der|denen|dessen|deren)\s[^;⟦⟧]{1,120}?,)?"
        r"{G}\b(?:wird|wurde|werden|wurden)\s+(?:\w+\s+){0,3}?(?:von|vom|durch)\s+{DET}"
        # "von ⟦X⟧, Leiterin des ⟦Fachdienstes 4.1⟧, moderiert": her post in apposition
        r"{CHAIR}(?:\s*,\s*[A-ZÄÖÜ](?:[^,;()⟦⟧]|⟦\d+:\w+⟧){2,80}?,)?\s+"
        r"(?:\((?:[^()⟦⟧]|⟦\d+:\w+⟧){1,60}\)\s+)?(?:\w+\s+){0,3}?"
        r"(?:geleitet|moderiert|geführt)\b",
    ),
    Cue(  # "Der ⟦Beirat⟧ tagt zweimal jährlich. Den Vorsitz führt ⟦Prof. X⟧."
        "chair-unnamed-body",
        "chairedBy",
        # ("Ausschussvorsitzender ist …": the body's kind before the post)
        # ("**⟦AK X⟧:** Die Co-Leitung liegt seit Januar bei …": a minutes item's label)
        r"^\s*(?P<s>{BODY})(?:\s+|\W{1,4}\s*)\W*(?:\d{1,2}\)\s*)?(?:Den\s+|Der\s+|Die\s+)?(?:Vorsitz"
        r"|(?P<kind>[A-ZÄÖÜ]\w+)?[Vv]orsitzende[r]?|Sprecher(?:in)?|(?:Co-|Ko-)?Leitung)"
        # ("Den Vorsitz übernimmt im ersten Jahr Herr X": a time before the chair)
        r"\s*(?:(?:führt|hat|übernimmt)(?:\s+[\w.]+){0,4}?|ist(?:\s+(?:weiterhin|nun|jetzt))?"
        r"|liegt(?:\s+[\w.]+){0,3}?\s+bei|:)\s*{DET}{CHAIR}",
        paragraph_body="s",
    ),
    Cue(  # "Den Vorsitz führen im jährlichen Wechsel die Oberbürgermeisterin und der Landrat."
        "chairs-alternating-posts",
        "chairedBy",
        r"^(?P<s>{BODY})\s+\W*(?:\d{1,2}\)\s*)?Den\s+Vorsitz\s+(?:führen|haben|übernehmen)\s+(?:[\w.]+\s+){0,4}?"
        r"(?:die|der)\s+(?P<otext>"
        + ROLE_PHRASE
        + r")\s+und\s+(?:die|der)\s+(?P<otext2>"
        + ROLE_PHRASE
        + r")\b",
        paragraph_body="s",
    ),
    Cue(  # "Geleitet wird ⟦er⟧ von Bürgermeister ⟦X⟧"; "die ⟦AG⟧, die ⟦Y⟧ leitet"
        "led-fronted",
        "chairedBy",
        r"(?:\bGeleitet|\bModeriert|[;,]\s+(?:geleitet|moderiert))\s+(?:wird|wurde)\s+(?P<s>{BP})\s+"
        r"(?:\w+\s+){0,2}?(?:von|vom)\s+{DET}{CHAIR}",
    ),
    Cue(
        "led-relative",
        "chairedBy",
        # "…, den Bürgermeisterin ⟦X⟧ seit 2019 zweimal jährlich einberuft und leitet"
        # ("der ⟦Ausschuss⟧, dem ⟦Renate X⟧ vorsitzt")
        r"(?P<s>{BP})(?:\s+[a-zäöüß]+){0,2}\s*,\s*(?:das|der|die|den|dem)\s+(?:(?:von|vom)\s+)?{DET}{CHAIR}"
        r"\s+(?:[\w.]+\s+){0,5}?(?:geleitet\s+wird|leitet|moderiert|einberuft\s+und\s+leitet|vorsitzt"
        r"|vorsteht)\b",
    ),
    Cue(  # "Herr ⟦Paulsen⟧, der die ⟦AG X⟧ des Beirats leitet"
        "person-who-leads",
        "chairedBy",
        r"(?P<o>{PERSON})\s*,\s*(?:der|die)\s+{DET}(?P<s>{BP})\s+(?:\S+\s+){0,3}?(?:leitet|moderiert"
        r"|koordiniert)\b",
    ),
    Cue(  # "Frau ⟦Faltermeier⟧ berichtet als Leiterin des ⟦Arbeitskreises⟧"
        "person-as-head",
        "chairedBy",
        r"(?P<o>{PERSON})\s+(?:[a-zäöüß]+\s+){1,3}?als\s+(?:(?:Co|Ko)-?)?(?:Leiter|Vorsitzende"
        r"|Sprecher|Moderator)(?:in|innen)?r?\s+(?:des|der)\s+(?P<s>{BODY})",
    ),
    Cue(  # "im ⟦Ausschuss X⟧ des ⟦Kreistages⟧, dessen Vorsitz die Abgeordnete ⟦Y⟧ innehat"
        "chair-relative",
        "chairedBy",
        r"(?P<s>{BODY})(?:\s+(?:des|der)\s+{BODY})?\s*,\s*(?:dessen|deren)\s+(?:Vorsitz|Leitung)\s+"
        r"{DET}(?:{ROLEWORD}\s+(?=⟦))?{CHAIR}\s+(?:innehat|innehatte|führt|hat|übernommen\s+hat)\b",
    ),
    Cue(  # "Landrat ⟦X⟧, der auch den Vorsitz der ⟦Steuerungsgruppe⟧ innehat"
        "person-who-chairs",
        "chairedBy",
        r"(?P<o>{PERSON})\s*,\s*(?:der|die)\s+(?:\w+\s+){0,2}?(?:den|die)\s+(?:Vorsitz|Leitung)\s+"
        r"(?:des|der|im|in\s+der)\s+(?P<s>{BP})\s+(?:innehat|führt|übernimmt|hat)\b",
    ),
    Cue(  # "der ⟦AK X⟧; den Vorsitz teilen sich ⟦A⟧ aus dem ⟦Büro⟧ und ⟦B⟧"
        "chair-shared",
        "chairedBy",
        r"(?P<s>{BODY}){G}[;,]?\s*\b(?:den|der)\s+Vorsitz\s+(?:teilen\s+sich|haben|führen|übernehmen)"
        r"\s+(?:gemeinsam\s+)?(?P<o>{PERSON}(?:(?:[^⟦⟧;.]|⟦\d+:(?!Person)\w+⟧){0,60}?\s+und\s+"
        r"(?:(?:Frau|Herrn?)\s+)?{PERSON})?)",
    ),
    Cue(  # "Den ⟦Arbeitskreis X⟧ leitet ⟦Frauke Dirks⟧"
        "leads-fronted",
        "chairedBy",
        r"\b(?:Den|Die|Das)\s+(?P<s>{BP})\s+(?:leitet|leiten|leitete|moderiert|koordiniert)\s+"
        r"(?:\w+\s+){0,2}?{DET}{CHAIR}",
    ),
    Cue(  # "• ⟦AK X⟧: Sprecher ⟦Jonas Becker⟧"; "im ⟦AK Y⟧ … neue Sprecherin ist ⟦Z⟧"
        "spokesperson-of-body",
        "chairedBy",
        r"(?P<s>{BODY}){G}\b(?:neue[rn]?\s+)?(?:Sprecher|Vorsitzende|Leiter)(?:in)?r?\s*"
        r"(?::|ist|wird|bleibt)?\s+{DET}{CHAIR}",
    ),
    Cue(  # "die ⟦Steuergruppe⟧ tagt unter ⟦ihrer⟧ Leitung"
        "under-their-chair",
        "chairedBy",
        r"(?P<s>{BP}){G}\bunter\s+(?P<o>{PERSON})\s+(?:Leitung|Vorsitz|Federführung)\b",
    ),
    Cue(  # "Unter ⟦ihrem⟧ Vorsitz tagt alle sechs Wochen die ⟦Steuerungsgruppe⟧"
        "under-their-chair-fronted",
        "chairedBy",
        r"\bUnter\s+(?P<o>{PERSON})\s+(?:Leitung|Vorsitz|Federführung)\s+(?:tag|arbeite|trifft"
        r"|treffen|steh)\w*\b[^⟦⟧.;]{0,40}?(?P<s>{BP})",
    ),
    Cue(  # "die ⟦Steuergruppe⟧, an deren Spitze Oberbürgermeisterin ⟦X⟧ steht"
        "at-the-head",
        "chairedBy",
        r"(?P<s>{BP})[^⟦⟧.;]{0,40}?,\s*an\s+(?:deren|dessen)\s+Spitze\s+{DET}{CHAIR}",
    ),
    Cue(  # "Die ⟦Runde⟧ tagt monatlich. Unter dem Vorsitz von Herrn ⟦X⟧ kommen dort … zusammen"
        "under-chair-unnamed-body",
        "chairedBy",
        r"^(?P<s>{BODY})\s+\W*Unter\s+(?:dem\s+)?(?:Vorsitz|Leitung)\s+(?:von|vom|des|der)\s+{DET}{CHAIR}",
        paragraph_body="s",
    ),
    Cue(  # "Sprecherin des ⟦Netzwerks⟧ ist ⟦Maria Vogt⟧"
        "spokesperson-is",
        "chairedBy",
        r"\b(?:Sprecher|Vorsitzende|Leiter|Koordinator)(?:in|innen)?r?\s+(?:des|der)\s+(?P<s>{BODY})"
        r"\s+(?:ist|sind|war|wird|bleibt)\s+{DET}{CHAIR}",
    ),
    Cue(  # "So leiten ⟦A⟧ (⟦Agentur⟧) und ⟦B⟧ gemeinsam den ⟦AK 2⟧": two chairs of one body
        "co-lead",
        "chairedBy",
        # or "⟦A⟧ und ⟦B⟧, die den ⟦Arbeitskreis⟧ gemeinsam leiten"
        r"\b(?:leiten|leiteten|moderieren|moderierten)\s+(?P<o>{PERSON}{NOTE}\s+und\s+"
        r"(?:(?:Frau|Herrn?)\s+)?{PERSON}){NOTE}\s+(?:gemeinsam|zusammen)\s+{DET}(?P<s>{BP})"
        r"|(?P<o2>{PERSON}{NOTE}\s+und\s+(?:(?:Frau|Herrn?)\s+)?{PERSON}){NOTE}\s*,\s*die\s+"
        r"{DET}(?P<s2>{BP})\s+(?:gemeinsam|zusammen)\s+(?:leiten|leiteten|moderieren)\b",
    ),
    Cue(
        "leads",
        "chairedBy",
        # ("leitet die verwaltungsinterne ⟦AG⟧": a lower-case adjective before the name)
        r"(?P<o>{ACT})\s+(?:leitet|leitete|führt\s+den\s+Vorsitz\s+(?:des|der|im))\s+{DET}"
        r"(?:[a-zäöüß]+(?:e|en)\s+)?(?P<s>{BP})",
    ),
    # memberOf: a person holding a post in an organisation
    Cue(  # "Dr. X, Dezernentin für …, zugleich Sprecherin des Netzwerks Y"
        "spokesperson",
        "chairedBy",
        r"(?P<o>{PERSON})[^⟦⟧;]{0,80}?\bSprecher(?:in)?\s+(?:des|der)\s+(?P<s>{BODY})",
    ),
    Cue(  # "der Landrat des ⟦LK Mühlgrund⟧, ⟦Gerd Pöhlmann⟧"
        "office-of-municipality",
        "memberOf",
        r"\b(?P<role>(?:Ober)?[Bb]ürgermeister(?:in)?|Landr(?:at|ätin)|Beigeordnete[r]?|Dezernent(?:in)?)"
        r"\s+(?:des|der)\s+(?P<o>{MUNI})\s*,\s*(?:(?:Frau|Herrn?)\s+)?(?P<s>{PERSON})",
    ),
    Cue(  # signature: "⟦Jörg Reinsberg⟧ Oberbürgermeister der ⟦Stadt Kranichsee⟧"
        "signed-office",
        "memberOf",
        # (not the second of two names signed side by side: its office stands under it)
        r"(?<!:Person⟧ )(?P<s>{PERSON})\s*,?\s+(?P<role>(?:Ober)?[Bb]ürgermeister(?:in)?"
        r"|Landr(?:at|ätin))\s+(?:des|der)\s+(?P<o>{MUNI})",
    ),
    Cue(  # "die Stadt X, vertreten durch den Bürgermeister Y"
        "represented-by",
        "memberOf",
        # (not past another party's "vertreten durch"; "die Vorsitzende der Geschäftsführung",
        # "den Leitenden Regierungsschuldirektor", "Schulamtsdirektorin X": the post)
        r"(?P<o>{ORG})(?:\s*\((?:[^()⟦⟧]|⟦\d+:\w+⟧){1,20}\))?\s*,"
        r"(?:(?!vertreten\b)[^;⟦⟧]|⟦\d+:\w+⟧){0,120}?"
        # ("vertreten durch ihre wissenschaftliche Leiterin ⟦X⟧": a possessive and an adjective)
        r"\bvertreten\s+durch\s+(?:(?:den|die|ihren?|seinen?|dessen|deren)\s+)?"
        r"(?P<role>(?:[A-ZÄÖÜa-zäöü]\w+(?:en|e)\s+)?[A-ZÄÖÜ][\w-]+"
        r"(?:\s+(?:der|des)\s+[A-ZÄÖÜ]\w+)?)\s*,?\s*(?:(?:Herrn?|Frau)\s+)?(?P<s>{PERSON})",
    ),
    Cue(  # "vertreten durch den ⟦Kreisausschuss⟧, dieser vertreten durch die Landrätin ⟦X⟧"
        "body-represented-by",
        "memberOf",
        r"(?P<o>{BODY})\s*,\s*(?:dieser|diese|dieses)\s+vertreten\s+durch\s+(?:den|die)\s+"
        r"(?P<role>(?:[A-ZÄÖÜ]\w+(?:en|e)\s+)?[A-ZÄÖÜ][\w-]+)\s+(?P<s>{PERSON})",
    ),
    Cue(  # "die Leiterin des ⟦Bildungsbüros⟧, Frau ⟦Susanne Noack⟧", "Vorstand des ⟦X⟧: ⟦Y⟧"
        "head-of-apposition",
        "memberOf",
        # ("Vorstand des ⟦IBR⟧: Prof. Dr. ⟦X⟧": a slide's line)
        r"\b(?P<role>{HEAD})\s+(?:des|der)\s+(?P<o>{ORG})\s*[,:]\s*(?:(?:Herrn?|Frau)\s+)?(?P<s>{PERSON})",
    ),
    Cue(  # "unserer Prozessbegleiterin ⟦Hanna X⟧" (the possessive read as the publisher)
        "our-staff",
        "memberOf",
        r"(?P<o>{INSTITUTION})\s+(?P<role>{ROLEWORD})\s+(?:(?:Herrn?|Frau)\s+)?(?P<s>{PERSON})",
        object_head=r"(?!.*(?:amt|büro|referat|stelle)\b)",
    ),
    Cue(  # "Das ⟦Bildungsbüro⟧ wird von ⟦Dr. Miriam X⟧ geleitet"
        "unit-led-by",
        "memberOf",
        r"(?P<o>{INSTITUTION}){G}\b(?:wird|wurde)\s+(?:[\w.]+\s+){0,3}?(?:von|vom|durch)\s+{DET}"
        r"(?:{ROLEWORD}\s+)?(?:(?:Herrn?|Frau)\s+)?(?P<s>{PERSON})\s+geleitet",
    ),
    Cue(  # "das ⟦Schulamt⟧, das von Schulamtsleiterin ⟦X⟧ geleitet wird"; "das ⟦Dezernat⟧, das der
        # Beigeordnete ⟦Y⟧ leitet"
        "unit-led-relative",
        "memberOf",
        # ("dem ⟦Dezernat⟧ zugeordnet, das der Erste Kreisrat ⟦Y⟧ leitet": past a final verb)
        # ("zum ⟦Dezernat II⟧ (Bildung, Jugend und Soziales), das von …": its remit in brackets)
        r"(?P<o>{INSTITUTION})(?:\s*\([^()⟦⟧]{1,60}\))?{OFTOWN}(?:\s+[a-zäöüß]+){0,2}\s*,\s*"
        r"(?:das|der|die|dem|den)\s+(?:(?:von|vom)\s+)?{DET}"
        r"(?:(?P<role>(?:(?:Erste|Zweite|Stellvertretende)[rn]?\s+)?{ROLEWORD}"
        r"(?:\s+für\s+[^⟦⟧;.]{1,60}?)?)\s*,?\s+)?"
        # ("den ⟦X⟧ als Fachbereichsleiter führt")
        r"{TITLES}(?P<s>{PERSON})\s*,?\s+(?:als\s+[A-ZÄÖÜ]\w+\s+)?"
        r"(?:geleitet\s+wird|leitet|führt|vorsteht)\b",
    ),
    Cue(  # "Geleitet wird ⟦es⟧ von ⟦Katharina X⟧"
        "unit-led-fronted",
        "memberOf",
        r"\bGeleitet\s+(?:wird|wurde)\s+(?P<o>{INSTITUTION})\s+(?:\w+\s+){0,2}?(?:von|vom)\s+{DET}"
        r"(?:(?P<role>{ROLEWORD})\s+)?{TITLES}(?P<s>{PERSON})",
    ),
    Cue(  # "Es wird von ⟦A⟧ geleitet; für das Monitoring ist ⟦B⟧ zuständig, für X ⟦C⟧": the team
        "unit-staff-after-lead",
        "memberOf",
        r"(?:(?P<o>{INSTITUTION})[^;.]{0,80}?\bgeleitet\b|\bGeleitet\s+(?:wird|wurde)\s+"
        r"(?P<o2>{INSTITUTION})\s+[^;.]{0,80}?)[^;.⟦⟧]{0,40}?[;,]\s+"
        rf"(?P<s>{_STAFF}(?:\s*(?:,|;|und)\s*{_STAFF})*)",
    ),
    Cue(  # "Es wird geleitet von Frau ⟦Mirela X⟧"
        "unit-led-by-after",
        "memberOf",
        r"(?P<o>{INSTITUTION}){G}\b(?:wird|wurde)\s+(?:\w+\s+){0,2}?geleitet\s+(?:von|vom|durch)\s+{DET}"
        r"(?:{ROLEWORD}\s+)?(?:(?:Herrn?|Frau)\s+)?(?P<s>{PERSON})",
    ),
    Cue(  # "das ⟦Amt für Schule⟧ (Amt 40) unter Leitung von ⟦Claudia X⟧"
        "unit-under-lead",
        "memberOf",
        r"(?P<o>{INSTITUTION})(?:\s*\([^()⟦⟧]{1,20}\))?\s+unter\s+(?:der\s+)?(?P<role>Leitung)\s+"
        r"(?:von|des|der)\s+(?:[A-ZÄÖÜ]\w+\s+)?(?:(?:Herrn?|Frau)\s+)?(?P<s>{PERSON})",
    ),
    Cue(  # "Geleitet wird das ⟦Bildungsbüro⟧ von ⟦Anja X⟧": the head of an office works there
        "office-led-fronted",
        "memberOf",
        r"\bGeleitet\s+(?:wird|wurde)\s+{DET}(?P<o>{INSTITUTION})\s+(?:\w+\s+){0,2}?(?:von|vom)\s+"
        r"{TITLES}(?P<s>{PERSON})",
    ),
    Cue(  # "Kreishandwerksmeister ⟦Bernd X⟧ (⟦Kreishandwerkerschaft Y⟧)": her or his affiliation
        "person-affiliation-parens",
        "memberOf",
        # ("⟦Nadine X⟧ (⟦Kulturamt⟧ der ⟦Stadt Y⟧)": the town only says whose office it is)
        r"(?P<s>{PERSON})\s*\(\s*(?P<o>{INSTITUTION})(?:\s+(?:des|der)\s+{ORG})?\s*[),;]",
    ),
    Cue(  # signatures: "Für den ⟦Landkreis⟧: ⟦Kathrin X⟧, Landrätin"
        "signs-for",
        "memberOf",
        r"\bFür\s+(?:den|die|das)\s+(?P<o>{ORG})\s*:\s*{TITLES}"
        r"(?P<s>{PERSON})",
    ),
    Cue(  # "Die Leitung des ⟦Fachbereichs⟧ hat Herr ⟦Holger X⟧ inne"
        "lead-held",
        "memberOf",
        r"\b(?P<role>Leitung)\s+(?:des|der)\s+(?P<o>{INSTITUTION})\s+(?:hat|hatte|obliegt|oblag|übernimmt"
        r"|liegt\s+bei|lag\s+bei)\s+{DET}(?:{ROLEWORD}\s+)?(?:(?:Herrn?|Frau)\s+)?(?P<s>{PERSON})",
    ),
    Cue(  # "dem ⟦Fachbereich⟧ zugeordnet, der wiederum zum ⟦Dezernat II⟧ gehört"
        "belongs-to-relative",
        "subOrganizationOf",
        r"(?P<s>{ORG})(?:\s*\([^()⟦⟧]{1,15}\))?[^⟦⟧,;]{0,30},\s*(?:der|die|das|welche[rs]?)\s+"
        r"(?:\w+\s+)?(?:zum|zur|zu\s+(?:der|dem))\s+(?P<o>{ORG})\s+(?:gehört|gehörte)",
        subject_head=UNIT_HEADS,
        object_head=UNIT_HEADS,
    ),
    Cue(
        "head-of-is",
        "memberOf",
        r"\b(?P<role>{HEAD})\s+(?:des|der)\s+(?P<o>{ORG})\s+(?:ist|war|wird)\s+(?P<s>{PERSON})",
    ),
    Cue(
        "person-head-of",
        "memberOf",
        # "⟦Henning X⟧, zugleich Leitung des ⟦Bildungsbüros⟧"
        # "⟦Stefanie X⟧, Leiterin ⟦Bildungsbüro Landkreis Y⟧" on a title slide: no article
        # ("⟦Dr. X⟧, Teamleiter ⟦TALK⟧": a compound of the head's title)
        # ("⟦Dr. Beate X⟧ als Vorstand der ⟦Stiftung⟧")
        # ("Den Vorsitz hat ⟦X⟧ inne, Leiterin des ⟦Instituts⟧": the verb's particle between)
        r"(?P<s>{PERSON})(?:\s+inne)?\s*(?:,|\sals)\s*(?:(?:zugleich|auch|zudem)\s+)?"
        r"(?P<role>(?:Team|Projekt)?{HEAD})\s+(?:(?:des|der)\s+)?"
        r"(?P<o>{ORG})",
    ),
    Cue(  # "Die ⟦Stiftung⟧ ist im Forum mit ihrer Vorständin ⟦Christiane X⟧ vertreten"
        "with-its-officer",
        "memberOf",
        r"(?P<o>{ORG})\s+(?:ist|sind|war|wird|bringt\s+sich)\s+(?:[^⟦⟧;.]{0,40}?\s)?mit\s+"
        r"(?:ihrer|ihrem|seiner|seinem)\s+(?P<role>{ROLEWORD}|{HEAD})\s+{TITLES}"
        r"(?P<s>{PERSON})",
    ),
    Cue(  # "Für den ⟦Caritasverband⟧ wirkt ⟦Petra X⟧ mit": who sits in for an organisation
        "for-organisation",
        "memberOf",
        r"\bFür\s+(?:den|die|das)\s+(?P<o>{ORG})\s+(?:wirkt|wirken|nimmt|nehmen|sitzt|sitzen|arbeitet|berichtet|berichten|spricht)"
        r"\s+(?:[a-zäöüß]+\s+){0,2}?{TITLES}(?P<s>{PERSON})",
    ),
    Cue(  # "⟦Nadine X⟧, die dem ⟦Fachdienst Jugend⟧ angehört"
        "person-belongs-relative",
        "memberOf",
        r"(?P<s>{PERSON})\s*,\s*(?:der|die)\s+(?:[a-zäöüß]+\s+){0,2}?(?:dem|der)\s+(?P<o>{INSTITUTION})"
        r"\s+(?:angehört|angehörte)\b",
    ),
    Cue(  # "die ⟦Kreismusikschule⟧, deren Leiterin ⟦Imke X⟧ ist"
        "whose-head-is",
        "memberOf",
        r"(?P<o>{INSTITUTION})\s*,\s*(?:deren|dessen)\s+(?P<role>{ROLEWORD})\s+"
        r"(?:(?:Herr|Frau)\s+)?(?P<s>{PERSON})\s+(?:ist|war)\b",
    ),
    Cue(  # "⟦Matthias X⟧, der zugleich das ⟦Dezernat II⟧ leitet": the head works in the unit
        "person-who-heads",
        "memberOf",
        r"(?P<s>{PERSON})\s*,\s*(?:der|die)\s+(?:(?:zugleich|auch|zudem|selbst)\s+)?{DET}"
        r"(?P<o>{INSTITUTION})\s+(?:[\w.]+\s+){0,3}?leitet\b",
    ),
    Cue(  # "⟦FD 4.1 Kinder, Jugend und Familie⟧ (Ltg. ⟦Daniela X⟧)": a chart's unit and its head
        "unit-head-parens",
        "memberOf",
        # ("⟦Agentur X⟧ (Vorsitzende der Geschäftsführung: ⟦Y⟧)": the head of a firm or agency)
        r"(?P<o>{INSTITUTION})\s*\(\s*(?P<role>(?:Betriebs|Amts|Team)?[Ll]eitung|Ltg\.|Leiter(?:in)?"
        r"|(?:Vorsitzende[r]?\s+der\s+)?Geschäftsführ(?:ung|er|erin)|Vorstand)"
        r"\s*:?\s*(?:(?:Frau|Herrn?)\s+)?(?P<s>{PERSON})\s*\)",
    ),
    Cue(  # "⟦Petra Hahn⟧ (Leiterin des ⟦Jugendamtes X⟧)"
        "person-role-parens",
        "memberOf",
        r"(?P<s>{PERSON})\s*(?:\(|,)\s*(?P<role>{ROLEWORD}(?:\s+(?:für\s+)?[A-ZÄÖÜ][\w-]*){0,2})\s+"
        r"(?:des|der|im|in\s+der|beim|bei\s+der|vom|von\s+der)\s+(?P<o>{ORG})",
        subject_fixed=True,  # "(Bericht von ⟦Kathrin X⟧, Koordinatorin im ⟦Jugendamt⟧)"
    ),
    Cue(  # "⟦Jörg X⟧ (Teamleiter Berufsberatung, ⟦Agentur für Arbeit Y⟧, zu TOP 4)"
        "person-role-then-institution-parens",
        "memberOf",
        r"(?P<s>{PERSON})\s*\(\s*(?P<role>{ROLEWORD}(?:\s+[A-ZÄÖÜ][\w-]*){0,2})\s*,\s*"
        r"(?:[A-ZÄÖÜ][\w-]{1,10}\s+[–-]\s+)?(?P<o>{INSTITUTION})\s*[),;]",  # "KomBi – ⟦Zentrum⟧"
        subject_fixed=True,
    ),
    Cue(  # "⟦Stabsstelle X⟧ (⟦Andreas Y⟧)": the person named for the office works there
        # (not "Präsentation: ⟦A⟧, ⟦B⟧ (⟦Jenny X⟧)": the last of a list, she presents them all)
        "staff-named-in-parens",
        "memberOf",
        r"(?<![,/&]\s)(?<!und\s)(?P<o>{INSTITUTION})\s*\(\s*(?:(?:Frau|Herrn?)\s+)?(?P<s>{PERSON})\s*\)",
    ),
    Cue(  # "⟦Büro X⟧ (Leitung: ⟦Antje Köhler⟧)", "⟦Büro X⟧ (Bildungsmonitorerin ⟦Mandy Y⟧)"
        "staff-in-parens",
        "memberOf",
        r"(?P<o>{INSTITUTION})\s*\(\s*(?P<role>Leitung|{ROLEWORD})\s*:?\s+(?:(?:Frau|Herrn?)\s+)?"
        r"(?P<s>{PERSON})\s*\)",
    ),
    Cue(  # "⟦Jan Ohm⟧ (Migrationsberatung des ⟦Diakonischen Werks⟧)": a service of his employer
        "person-service-parens",
        "memberOf",
        r"(?P<s>{PERSON})\s*\(\s*(?:[A-ZÄÖÜ][\w-]*\s+){1,2}(?:des|der|im|beim)\s+(?P<o>{INSTITUTION})\s*[),;]",
    ),
    Cue(  # "Ansprechpartnerin im ⟦Bildungsbüro⟧: ⟦Aylin X⟧"
        "contact-in",
        "memberOf",
        r"\bAnsprechpart\w*\s+(?:im|in\s+der|beim|bei\s+der|des|der)\s+(?P<o>{INSTITUTION})\s*:\s*"
        r"{TITLES}(?P<s>{PERSON})",
    ),
    Cue(  # "Im ⟦Bildungsbüro⟧ ist für das ⟦Bildungsmonitoring⟧ ⟦Tobias X⟧ zuständig"
        "responsible-in",
        "memberOf",
        r"\b(?:Im|In\s+der|Beim|Bei\s+der)\s+(?P<o>{INSTITUTION})\s+(?:ist|sind|war)\s+"
        r"(?:[^⟦⟧;.]|⟦\d+:(?:ActionField|Instrument)⟧){0,80}?(?P<s>{PERSON})\s+zuständig\b",
    ),
    Cue(  # "⟦Dr. Verena X⟧ wurde als neues Mitglied des ⟦Lenkungskreises⟧ benannt"
        "named-member",
        "memberOf",
        r"(?P<s>{PERSON}){G}\bals\s+(?:\w+\s+)?(?:stimmberechtigte\w*\s+)?Mitglied\s+(?:des|der|im|in\s+der)\s+"
        r"(?P<o>{BODY})",
    ),
    Cue(  # "⟦Maria Vogt⟧ vom ⟦Caritasverband⟧", "⟦Jens Ohm⟧ von der ⟦Volkshochschule⟧"
        "person-from",
        "memberOf",
        r"(?P<s>{PERSON})\s+(?:vom|von\s+der|von\s+dem|aus\s+dem|aus\s+der)\s+(?P<o>{ORG})",
    ),
    Cue(  # "Seit Mai verstärkt ⟦Jan Ohm⟧ ⟦unser Team⟧ als Referent"
        "joins-team",
        "memberOf",
        r"\bverstärk\w*\s+(?:(?:Frau|Herrn?)\s+)?(?P<s>{PERSON})\s+(?:das\s+Team\s+(?:des|der|im|in\s+der"
        r"|beim|bei\s+der)\s+)?"
        r"(?P<o>{ORG})(?:\s+als\s+(?P<role>[A-ZÄÖÜ]\w+))?",
    ),
    Cue(  # a contact list: "• ⟦Kreisjugendamt⟧ – ⟦Petra Ohm⟧ (Leitung)", "• ⟦VG X⟧ – ⟦Jan Ohm⟧, …"
        "contact-line",
        "memberOf",
        r"(?:^|(?<=\n))[ \t]*(?:[•▪►▶�◦●■*-][ \t]*)?(?P<o>{ORG})[ \t]+[–—-][ \t]+"
        r"{TITLES}(?P<s>{PERSON})(?:\s*\((?P<role>Leitung|{ROLEWORD})\))?"
        r"[ \t]*(?:$|[,\n])",
        subject_fixed=True,
    ),
    Cue(  # "⟦Svenja Ohm⟧, Referentin für Schulentwicklung im ⟦Fachbereich 4⟧"
        "person-post-in",
        "memberOf",
        r"(?P<s>{PERSON})\s*,\s*(?P<role>{ROLEWORD}(?:\s+(?:für\s+)?[A-ZÄÖÜ][\w-]*){0,3})\s+"
        r"(?:im|in\s+der|beim|bei\s+der|am)\s+(?P<o>{ORG})",
    ),
)
