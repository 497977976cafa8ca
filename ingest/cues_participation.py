"""Cues of taking part: an actor in a body or programme (participatesIn), with the list intros
and the programme wordings around them.
"""

from __future__ import annotations

from ingest.cue_grammar import (
    Cue,
)

# lower-case words between a verb of running and the body ("außerdem die jährliche"), not a
# noun of what is run ("die Arbeit der ⟦AG⟧")
_ADVERBS = r"(?:(?-i:[a-zäöüß][\w.]*|\d{4})\s+){0,3}?"

PARTICIPATION: tuple[Cue, ...] = (
    # participatesIn: actor -> body or programme
    Cue(
        "member",
        "participatesIn",
        r"(?P<s>{ACTS}){G}\b(?:ist|sind|war|waren)\s+(?:\w+\s+){0,2}Mitglied(?:er)?"
        r"\s+(?:des|der|im|in der)\s+{PW}(?P<o>{BP})",
    ),
    # "Seit 2014 ist die Stadt Mitglied im ⟦Beirat⟧": the verb before its subject
    Cue(
        "member-inverted",
        "participatesIn",
        r"\b(?:ist|sind|war|waren)\s+{DET}(?P<s>{ACTS})\s+(?:\w+\s+){0,2}?Mitglied(?:er)?"
        r"\s+(?:des|der|im|in der)\s+{PW}(?P<o>{BP})",
    ),
    # "⟦X⟧ wirkt seit 2019 im ⟦Netzwerk⟧ mit"
    Cue(
        "works-in",
        "participatesIn",
        r"(?P<s>{ACTS})\s+(?:wirkt|wirken|wirkte|wirkten|arbeitet|arbeiten|arbeitete|arbeiteten)"
        r"\s+(?:\w+\s+){0,4}?(?:im|in der|in dem|am|an der|beim|bei der)\s+{PW}(?P<o>{BP})"
        r"\s+(?:\w+\s+){0,4}?mit\b",
    ),
    Cue(
        "members-are",
        "participatesIn",
        r"\bMitglieder\s+(?:des|der|im|in der)\s+(?P<o>{BP})\s*(?:sind|:)\s*{DET}(?P<s>{ACTS})",
    ),
    Cue(
        "represented",
        "participatesIn",
        r"(?P<s>{ACTS})\s+(?:ist|sind|war|waren)\s+(?:\w+\s+){0,3}?"
        r"(?:im|in der|in dem|am|an der|bei)\s+{PW}(?P<o>{BP})"
        r"{G}\b(?:vertreten|beteiligt|aktiv|engagiert)",
    ),
    Cue(  # "Das ⟦Bildungsbüro⟧ engagiert sich im ⟦Bündnis für Lesen⟧"
        "engaged-in",
        "participatesIn",
        r"(?P<s>{ACTS})\s+(?:engagiert|beteiligt)\s+sich\s+(?:\w+\s+){0,3}?(?:im|in\s+der|in\s+dem|am)\s+"
        r"{PW}(?P<o>{BP})",
    ),
    Cue(  # "im ⟦Bündnis X⟧, einem Zusammenschluss der ⟦A⟧, der ⟦B⟧ und des ⟦C⟧"; "Die ⟦JBA⟧ ist
        # ein Bündnis der ⟦Stadt⟧ mit dem ⟦Jobcenter⟧ und der ⟦Agentur⟧"
        "alliance-of",
        "participatesIn",
        r"(?P<o>{ANY})(?:\s*,\s*|\s+(?:ist|war)\s+)(?:ein(?:e|em|en|er)?\s+)?(?:\w+\s+)?"
        r"(?:Zusammenschluss|Bündnis|Verbund|Kooperationsverbund)\s+(?:der|des|von|aus)\s+{DET}"
        r"(?P<s>{ACTS}(?:\s+mit\s+(?:der|dem|den)\s+{ACTS})?)",
    ),
    Cue(  # "In der ⟦Steuerungsgruppe⟧ sind die ⟦A⟧, die ⟦B⟧ und die ⟦C⟧ vertreten"
        "represented-inverted",
        "participatesIn",
        r"\b(?:im|in\s+der|in\s+dem)\s+(?P<o>{BP})\s+(?:sind|ist|waren|war)\s+(?:\w+\s+){0,2}?{DET}"
        r"(?P<s>{ACTS})[^⟦⟧.;]{0,80}?\b(?:vertreten|beteiligt|aktiv)\b",
    ),
    Cue(
        "sits-in",
        "participatesIn",
        r"\b(?:im|in der|am)\s+(?P<o>{BODY})\s+(?:sitzen|arbeiten|wirken|engagieren sich|stimmen"
        r"|beraten|treffen sich|tauschen sich)\b{G}(?P<s>{ACTS})",
    ),
    Cue(  # "Die ⟦Stadt⟧ und das ⟦Landesinstitut⟧ arbeiten seit 2019 im ⟦Arbeitskreis X⟧ zusammen"
        "work-together-in",
        "participatesIn",
        # ("Alle Kitas der ⟦Stadt⟧ arbeiten im …": the town only says whose they are)
        r"(?<!\bder\s)(?<!\bdes\s)(?P<s>{ACTS})\s+(?:arbeiten|arbeitet|wirken|wirkt)\s+(?:[\w.]+\s+){0,4}?"
        r"(?:im|in\s+der|in\s+dem)\s+{PW}(?P<o>{BODY})[“\"”]?\s+(?:zusammen|mit)\b",
    ),
    Cue(  # "des ⟦Arbeitskreises X⟧, in dem das ⟦Jugendamt⟧ und das ⟦Schulamt⟧ mitwirken"
        "in-which",
        "participatesIn",
        # (lower-case words only: "in dem die Statistikstelle der ⟦Stadt⟧" names the office)
        r"(?P<o>{BODY})[“\"”]?\s*,\s*(?:in|an|bei)\s+(?:dem|der|denen)\s+(?:[a-zäöüß.]+\s+){0,2}?{DET}(?P<s>{ACTS})"
        r"(?:[^⟦⟧.;]|⟦\d+:(?:ActionField|Instrument)⟧){0,60}?\b(?:mitwirk\w*|mitarbeit\w*|vertreten|beteiligt|zusammenarbeit\w*|aktiv"
        r"|abstimm\w*|austausch\w*|kooperier\w*|vernetz\w*)\b",
    ),
    Cue(  # "Dem ⟦Lenkungskreis⟧ gehören neben … die Leitungen des ⟦A⟧ und des ⟦B⟧ an"
        "belong-to",
        "participatesIn",
        r"(?:\b(?:Dem|Der)\s+)?(?P<o>{BODY})\s+(?:gehören|gehörten|gehört)\s+{GL}(?P<s>{MEMBERS})"
        # ("… ⟦X⟧ sowie zehn ehrenamtliche Kreisbeigeordnete an": members left unnamed)
        r"(?:\s+(?:und|sowie)\s+[^⟦⟧;.]{1,80}?)?\s+an\b",
    ),
    Cue(  # "Gründung einer ⟦Steuerungsgruppe⟧ …; Mitglieder sind die Leitungen von ⟦A⟧, ⟦B⟧"
        "members-after",
        "participatesIn",
        r"(?P<o>{BODY})[^⟦⟧.]{0,60}?[;,]\s*(?:Mitglieder|Teilnehmende)(?:\s+sind)?\s*:?\s+"
        r"(?:[^⟦⟧;.]{0,60}?\b(?:von|des|der|die|das|dem))?\s*(?P<s>{ACTS})",
    ),
    Cue(  # "Leitung des ⟦Netzwerks⟧ durch das ⟦Bildungsbüro⟧"
        "led-through",
        "participatesIn",
        r"\b(?P<role>Leitung|Koordination|Geschäftsführung|Moderation)\s+(?:des|der)\s+(?P<o>{BODY})\s+"
        r"durch\s+{DET}(?P<s>{ORG})",
    ),
    Cue(  # "im ⟦Alpha-Netzwerk⟧, das von der ⟦KVHS⟧ koordiniert wird"
        "coordinated-relative",
        "participatesIn",
        r"(?P<o>{BODY})[“\"”]?\s*,\s*(?:das|der|die)\s+(?:\w+\s+){0,2}?(?:vom|von\s+der|von\s+dem|durch\s+"
        r"(?:das|den|die))\s+(?P<s>{ORG})\s+(?:\w+\s+){0,2}?(?:koordiniert|moderiert|geleitet)\s+"
        r"(?:wird|wurde)\b",
    ),
    Cue(  # "Der ⟦Landkreis⟧ hat bereits von 2016 bis 2020 am Vorgängerprogramm „⟦X⟧“ teilgenommen"
        "took-part",
        "participatesIn",
        r"(?P<s>{ACTS})\s+(?:hat|hatte|haben|hatten)\s+(?:[\w.]+\s+){0,6}?(?:am|an\s+der|an\s+dem)\s+"
        r"{PW}(?P<o>{BP})[“\"”]?\s+(?:\w+\s+)?teilgenommen",
    ),
    Cue(  # "das Bundesprogramm „⟦Bildung integriert⟧“, an dem die ⟦Städteregion⟧ teilnahm"
        "took-part-relative",
        "participatesIn",
        r"(?P<o>{BP})[“\"”]?\s*,\s*(?:an|bei)\s+(?:dem|der|denen)\s+{DET}(?P<s>{ACTS})\s+"
        r"(?:[\w.]+\s+){0,5}?(?:teilnahm|teilnimmt|teilgenommen\s+hat|teilnehmen|beteiligt\s+(?:ist|war))\b",
        subject_fixed=True,
    ),
    Cue(  # "Der ⟦Landkreis⟧ baut mit Förderung im Programm „⟦X⟧“ … auf"
        "with-funding-in",
        "participatesIn",
        r"(?P<s>{ACTS}){G}\bmit\s+(?:\w+\s+)?(?:Förderung|Mitteln)\s+(?:im|aus\s+dem|des|durch\s+das)\s+"
        r"{PW}(?P<o>{PROG})",
    ),
    Cue(  # "Einrichtung einer ⟦Lenkungsgruppe⟧ unter Vorsitz … mit den Abteilungen 2, 4 und 6
        # sowie der ⟦Kreisvolkshochschule⟧"; "Initiierung eines ⟦Steuerungskreises⟧ mit externen
        # Partnern: ⟦A⟧, ⟦B⟧"
        "founded-with",
        "participatesIn",
        r"\b(?:Einrichtung|Initiierung|Gründung|Aufbau|Konstituierung)(?:\s+und\s+\w+)?\s+"
        r"(?:eines|einer|des|der)\s+(?:\w+\s+)?(?P<o>{BODY})(?:[^⟦⟧;.]|⟦\d+:Person⟧){0,80}?\bmit\s+"
        r"(?:[^⟦⟧;.:(]{0,40}[:(]\s*)?"
        r"(?P<s>(?:[^⟦⟧;.]|⟦\d+:(?:Organization|AdministrativeUnit|Municipality)⟧){1,300})",
    ),
    Cue(  # "der ⟦Steuerungsgruppe⟧ (Dezernate I–III, ⟦Jugendamt⟧, ⟦Amt für Schule⟧)": its members
        "members-in-parenthesis",
        "participatesIn",
        # not "(organisiert von der ⟦TA⟧, zweimal jährlich)": who runs it, not who is in it
        r"(?P<o>{BODY})\s*\((?=[^()]*,)(?!\s*(?:organisiert|getragen|veranstaltet|gefördert|finanziert)\b)"
        r"(?P<s>(?:[^⟦⟧();]|⟦\d+:(?:Organization|AdministrativeUnit"
        r"|Municipality|Body)⟧){3,240})\)",
    ),
    Cue(  # "Am Programm „⟦X⟧“ nehmen bislang der ⟦Landkreis A⟧ und die ⟦Stadt B⟧ teil"
        "takes-part-fronted",
        "participatesIn",
        r"\b(?:Am|An\s+der|An\s+dem)\s+{PW}(?P<o>{BP})[“\"”]?\s+(?:nehmen|nimmt|nahmen|nahm)\s+"
        r"(?:[\w.]+\s+){0,5}?{DET}(?P<s>{ACTS})\s+teil\b",
    ),
    Cue(  # "Am Programm „⟦X⟧“ beteiligen sich aus unserer Region der ⟦A⟧ und die ⟦B⟧"
        "involved-fronted",
        "participatesIn",
        r"\b(?:Am|An\s+der|An\s+dem)\s+{PW}(?P<o>{BP})[“\"”]?\s+(?:beteiligen|beteiligt|beteiligten|beteiligte)"
        r"\s+sich\s+(?:[\w.]+\s+){0,5}?{DET}(?P<s>{ACTS})",
    ),
    Cue(  # "Für die Fachkräftesicherung haben sich der ⟦A⟧ und die ⟦B⟧ 2019 zur ⟦Allianz⟧
        # zusammengeschlossen"
        "joined-into-inverted",
        "participatesIn",
        r"\b(?:haben|hatten)\s+sich\s+{LEADIN}{DET}(?P<s>{ACTS})\s+(?:[\w.]+\s+){0,4}?"
        r"(?:zum|zur|zu\s+(?:einem|einer))\s+(?:[\w-]+\s+)?{PW}(?P<o>{BODY})[“\"”]?\s+zusammengeschlossen\b",
    ),
    Cue(  # "Die ⟦A⟧ und der ⟦B⟧ haben sich 2019 zum ⟦Bündnis X⟧ zusammengeschlossen"
        "joined-into",
        "participatesIn",
        r"(?P<s>{ACTS})\s+(?:haben|hatten)\s+sich\s+(?:[\w.]+\s+){0,4}?"
        r"(?:zum|zur|zu\s+(?:einem|einer))\s+(?:[\w-]+\s+)?{PW}(?P<o>{BODY})[“\"”]?\s+zusammengeschlossen\b",
    ),
    Cue(  # "Am ⟦Startchancen-Programm⟧ nehmen vier Schulen teil: die ⟦A⟧, die ⟦B⟧ und die ⟦C⟧"
        "takes-part-fronted-listed",
        "participatesIn",
        r"\b(?:Am|An\s+der|An\s+dem)\s+{PW}(?P<o>{BP})[“\"”]?\s+(?:nehmen|nahmen)\s+[^⟦⟧:;.]{0,60}?"
        r"\bteil\s*:\s*{DET}(?P<s>{ACTS})",
    ),
    Cue(  # "Vier Schulen nehmen ab 2024/25 am ⟦Startchancen-Programm⟧ teil: die ⟦A⟧, die ⟦B⟧"
        "take-part-listed",
        "participatesIn",
        r"\b(?:nehmen|nahmen)\s+[^⟦⟧:;.]{0,60}?(?:am|an\s+der|an\s+dem)\s+{PW}(?P<o>{BP})[“\"”]?\s+"
        r"teil\s*:\s*{DET}(?P<s>{ACTS})",
    ),
    Cue(  # "Über das ⟦Landesnetzwerk⟧ tauscht sich die ⟦Koordinierungsstelle⟧ mit … aus"
        "exchanges-in",
        "participatesIn",
        r"\b(?:Über|Im|In)\s+{DET}(?P<o>{BODY})\s+(?:tauscht|tauschen|tauschte|tauschten)\s+sich\s+"
        r"{DET}(?P<s>{ACTS})",
    ),
    Cue(  # "Von 2017 bis 2020 hatte der ⟦Landkreis⟧ bereits am Programm „⟦X⟧“ teilgenommen"
        "took-part-inverted",
        "participatesIn",
        r"\b(?:hat|hatte|haben|hatten)\s+{DET}(?P<s>{ACTS})\s+(?:[\w.]+\s+){0,6}?(?:am|an\s+der|an\s+dem)"
        r"\s+{PW}(?P<o>{BP})[“\"”]?\s+(?:\w+\s+)?teilgenommen",
    ),
    Cue(  # "Seit 2016 ist ⟦Elmsheide⟧ zudem Bildungsregion im Landesprogramm „⟦X⟧“"
        "is-in-programme",
        "participatesIn",
        r"(?:(?P<s>{ACTS})\s+(?:ist|sind|war|waren)|\b(?:ist|sind|war|waren)\s+{DET}(?P<s2>{ACTS}))"
        # "ist ⟦Elmsheide⟧ zudem ⟦Bildungsregion⟧ im Landesprogramm": its role in the programme,
        # "ist der ⟦Kreis⟧ eine der geförderten Kommunen im Programm"
        r"\s+(?:(?:[\w.]+|⟦\d+:Body⟧)\s+){0,4}?(?:im|in\s+dem)\s+{PW}(?P<o>{PROG})",
    ),
    Cue(  # "Die ⟦TA X⟧ ist Teil der ⟦Transferinitiative⟧", "… ist eine von zwölf Agenturen der ⟦…⟧"
        "part-of-programme",
        "participatesIn",
        r"(?P<s>{ACTS}){OFTOWN}(?:\s*\(⟦\d+:\w+⟧\))?\s+(?:ist|sind|war|waren)\s+(?:\w+\s+)?"
        # "der Initiative" may stand as one reference to the programme named before
        r"(?:(?:ein\s+)?Teil|eine[rs]?\s+von\s+(?:\w+\s+){1,3}?)\s*(?:(?:der|des|im)\s+)?{PW}(?P<o>{PROG})",
    ),
    Cue(  # "Seit 2021 ist der ⟦Landkreis⟧ Teil der ⟦Bildungsregionen in Niedersachsen⟧"
        "part-of-programme-inverted",
        "participatesIn",
        r"\b(?:ist|sind|war|waren)\s+{DET}(?P<s>{ACTS})\s+(?:\w+\s+)?(?:ein\s+)?Teil\s+(?:der|des)\s+"
        r"{PW}(?P<o>{PROG})",
    ),
    Cue(  # slides: "• Teil der „⟦Transferinitiative⟧“": the slides' topic
        "topic-part-of-programme",
        "participatesIn",
        r"^(?P<s>{ANY}){LEAD}(?:ein\s+)?Teil\s+(?:der|des)\s+{PW}(?P<o>{PROG})",
        implicit_only=True,
    ),
    Cue(  # "Die ⟦Oberschule X⟧ und das ⟦BSZ Y⟧ wurden in das ⟦Startchancen-Programm⟧ aufgenommen"
        "admitted-to-programme",
        "participatesIn",
        r"(?P<s>{ACTS})\s+(?:wurden|wurde|werden|wird|sind|ist)\s+(?:[\w./]+\s+){0,3}?"
        r"in\s+(?:das|die|den)\s+{PW}(?P<o>{PROG})[“\"”]?\s+(?:\w+\s+)?aufgenommen\b",
    ),
    Cue(  # "Mit dem Einstieg in das Bundesprogramm „⟦X⟧“ 2019 hat der ⟦Landkreis⟧ …"
        "entered-programme",
        "participatesIn",
        r"\b(?:Mit\s+dem\s+)?(?:Einstieg|Eintritt)\s+in\s+(?:das|die|den)\s+{PW}(?P<o>{PROG})"
        r"[“\"”]?[^⟦⟧;.]{0,40}?\s+(?:hat|haben|hatte|ist|begann|begannen)\s+{DET}(?P<s>{ACTS})",
    ),
    Cue(  # "Die ⟦Transferinitiative⟧ ist ein Netzwerk von Transferagenturen, darunter die ⟦TA X⟧"
        "network-among",
        "participatesIn",
        r"(?P<o>{PROG})[“\"”]?\s+(?:ist|war)\s+[^⟦⟧;.]{0,80}?,\s*darunter\s+(?:auch\s+)?{DET}(?P<s>{ACTS})",
    ),
    Cue(  # "Die Geschäftsführung des ⟦Lenkungskreises⟧ liegt beim ⟦Bildungsbüro⟧"
        "runs-office",
        "participatesIn",
        r"\b(?P<role>Geschäftsführung|Koordination|Geschäftsstelle)\s+(?:des|der)\s+(?P<o>{BP})\s+"
        r"(?:liegt|lag|obliegt|oblag)\s+(?:\w+\s+)?(?:beim|bei\s+der|bei\s+dem|im|in\s+der|dem|der)\s+"
        r"(?P<s>{ORG})",
    ),
    Cue(  # "Die ⟦AG⟧ tagt monatlich. Das ⟦Diakonische Werk⟧ und die ⟦Bibliothek⟧ wirken mit."
        "take-part-unnamed",
        "participatesIn",
        r"^(?P<o>{BODY})\s+\W*{DET}(?P<s>{ACTS})(?:\s*\([^()⟦⟧]{1,40}\))?\s+(?:wirken|wirkt|arbeiten|arbeitet)"
        r"\s+(?:\w+\s+){0,3}?mit\b",
        paragraph_body="o",
    ),
    Cue(  # "Der ⟦Beirat⟧ richtet eine ⟦AG X⟧ ein. Mitarbeiten sollen das ⟦Jugendamt⟧ und …"
        "take-part-unnamed-fronted",
        "participatesIn",
        r"^(?P<o>{BODY})\s+\W*(?:Mitarbeiten|Mitwirken)\s+(?:sollen|werden|können)\s+(?:\w+\s+){0,2}?{DET}"
        r"(?P<s>{ACTS})",
        paragraph_body="o",
    ),
    Cue(  # "Die ⟦Stadt X⟧ ist im Februar dem ⟦Netzwerk Y⟧ beigetreten"
        "joined",
        "participatesIn",
        r"(?P<s>{ACTS})\s+(?:ist|sind|war|waren)\s+(?:[\w.]+\s+){0,4}?(?:dem|der)\s+{PW}(?P<o>{BP})[“\"”]?"
        r"\s+(?:(?:durch|per|mit)\s+\w+\s+)?beigetreten\b",
    ),
    Cue(  # "Das ⟦Bildungsbüro⟧ koordiniert die jährliche ⟦Bildungskonferenz⟧"; "Das ⟦KI⟧ leitet
        # gemeinsam mit dem ⟦Schulamt⟧ den ⟦Runden Tisch⟧": an office running a body takes part
        "runs-body",
        "participatesIn",
        rf"(?P<s>{{ORG}}\s+{{RUNS}}\s+{_ADVERBS}(?:gemeinsam\s+mit\s+{{DET}}{{ORG}}\s+)?)"
        rf"{{DET}}{_ADVERBS}(?P<o>{{BODY}})",
    ),
    Cue(  # "Zudem leitet das ⟦Bildungsbüro⟧ gemeinsam mit dem ⟦Schulamt⟧ die ⟦Steuerungsgruppe⟧"
        "runs-body-inverted",
        "participatesIn",
        rf"\b{{RUNS}}\s+{{DET}}(?P<s>{{ORG}}(?:\s+gemeinsam\s+mit\s+{{DET}}{{ORG}})?)\s+{_ADVERBS}"
        rf"{{DET}}{_ADVERBS}(?P<o>{{BODY}})",
    ),
    Cue(  # "Der ⟦Runde Tisch⟧, den das ⟦KI⟧ gemeinsam mit dem ⟦Schulamt⟧ leitet"
        "leads-relative",
        "participatesIn",
        r"(?P<o>{BODY})[“\"”]?\s*,\s*(?:den|die|das)\s+{DET}(?P<s>{ACTS}(?:\s+gemeinsam\s+mit\s+{DET}{ACTS})?)"
        r"\s+(?:\w+\s+){0,2}?{RUNS}\b",
    ),
    Cue(  # "Der ⟦Arbeitskreis⟧ tagt monatlich. Die Geschäftsführung übernimmt das ⟦Bildungsbüro⟧."
        "runs-office-unnamed",
        "participatesIn",
        r"^(?P<o>{BODY})\s+\W*(?:Die\s+)?(?P<role>Geschäftsführung|Koordination|Geschäftsstelle|Moderation)"
        r"\s+(?:liegt|lag|obliegt|oblag|übernimmt|übernahm|hat|führt)\s+(?:\w+\s+)?(?:beim|bei\s+der"
        r"|bei\s+dem|im|in\s+der|dem|der|das|die|den)\s+(?P<s>{ORG})",
        paragraph_body="o",
    ),
    Cue(  # a slide: "⟦Lenkungsgruppe X⟧ … • Geschäftsführung: ⟦Bildungsbüro⟧"
        "runs-office-label",
        "participatesIn",
        r"^(?P<o>{BODY})\s+\W*(?P<role>Geschäftsführung|Koordination|Geschäftsstelle|Moderation)\s*:\s*{DET}"
        r"(?P<s>{ORG})",
        paragraph_body="o",
    ),
    Cue(  # "Das ⟦Landesschulamt⟧ ist ständiger Gast." in the passage about a body
        "guest-unnamed",
        "participatesIn",
        r"^(?P<o>{BODY})\s+\W*{DET}(?P<s>{ACTS})\s+(?:ist|sind|war|waren)\s+(?:\w+\s+)?(?:Gast|Gäste)\b",
        paragraph_body="o",
    ),
    Cue(  # "Die Geschäftsstelle des ⟦Netzwerks⟧ wird von der ⟦TA⟧ geführt"
        "runs-office-passive",
        "participatesIn",
        r"\b(?P<role>Geschäftsführung|Koordination|Geschäftsstelle|Moderation)\s+(?:des|der)\s+(?P<o>{BP})\s+"
        r"(?:wird|wurde)\s+(?:\w+\s+){0,2}?(?:von|vom|durch)\s+{DET}(?P<s>{ORG})\s+(?:\w+\s+){0,2}?"
        r"(?:geführt|übernommen|wahrgenommen)\b",
    ),
    Cue(  # slides of an agency: "• Moderation des ⟦Netzwerks BildungsWandel⟧"
        "topic-runs-body",
        "participatesIn",
        r"^(?P<s>{ORG}){LEAD}(?P<role>Moderation|Koordination|Geschäftsführung|Geschäftsstelle)\s+(?:des|der)\s+"
        r"(?P<o>{BODY})",
        implicit_only=True,
    ),
    Cue(  # "Kooperationspartner der ⟦Konferenz⟧ waren die ⟦VHS⟧ und die ⟦FH⟧"
        "partners-of-body",
        "participatesIn",
        r"\b(?:Kooperations)?[Pp]artner\w*\s+(?:des|der)\s+(?P<o>{BODY})\s+(?:sind|waren|ist|war)\s+{DET}"
        r"(?P<s>{ACTS})",
    ),
    Cue(  # "Koordiniert wird ⟦es⟧ vom ⟦Kreisjugendring⟧" (the pronoun resolved to the network)
        "coordinated-fronted",
        "participatesIn",
        r"\b(?:Koordiniert|Moderiert|Organisiert)\s+(?:wird|wurde)\s+{DET}(?P<o>{BODY})\s+"
        r"(?:\w+\s+){0,2}?(?:vom|von\s+der|von\s+dem|durch\s+(?:das|den|die))\s+(?P<s>{ORG})",
    ),
    Cue(  # "⟦Netzwerk Frühe Bildung⟧ (Koordination: ⟦Jugendamt⟧)"
        "runs-office-parens",
        "participatesIn",
        r"(?P<o>{BODY})\s*\(\s*(?P<role>Koordination|Geschäftsführung|Geschäftsstelle)\s*:\s*{DET}"
        r"(?P<s>{ORG})",
    ),
    Cue(  # "⟦Netzwerk⟧ wird vom ⟦Jugendamt⟧ koordiniert"
        "coordinated-by",
        "participatesIn",
        r"(?P<o>{BODY}){G}\b(?:wird|werden|wurde)\s+(?:\w+\s+){0,2}?(?:vom|von\s+der|von\s+dem"
        r"|durch\s+(?:das|den|die))\s+(?P<s>{ORG})(?:\s+(?:des|der)\s+⟦\d+:\w+⟧)?\s+(?:\w+\s+){0,2}?"
        r"koordiniert",
    ),
    Cue(  # "Seit 2024 nimmt der ⟦Kreis⟧ am Förderprogramm ⟦X⟧ teil"
        "takes-part-inverted",
        "participatesIn",
        r"\b(?:nimmt|nahm|nehmen|nahmen)\s+{DET}(?P<s>{ACTS})\s+(?:\w+\s+){0,4}?(?:am|an\s+der"
        r"|an\s+dem)\s+{PW}(?P<o>{BP})[“\"”]?\s+teil",
    ),
    Cue(  # "Der ⟦Landkreis⟧ trägt seit 2016 das Qualitätssiegel „⟦P⟧“": a seal of a programme
        "bears-seal",
        "participatesIn",
        r"(?P<s>{ACTS}){G}\b(?:trägt|tragen|trug|trugen|führt|führen|erhielt|erhielten|erhält"
        r"|bekam|bekamen)\b{G}\b(?:das|dem|den|des)\s+(?:[\w-]*[Ss]iegel|Prädikat)(?:s|es)?\s+"
        r"[„\"“»]?(?P<o>{PROG})",
    ),
    Cue(  # "als der ⟦Landkreis⟧ vom ⟦Ministerium⟧ das Qualitätssiegel „⟦P⟧“ verliehen bekam"
        "awarded-seal",
        "participatesIn",
        r"(?P<s>{ACTS}){G}\b(?:das|den)\s+(?:[\w-]*[Ss]iegel|Prädikat)\s+[„\"“»]?(?P<o>{PROG})"
        r"[“\"”«]?\s+(?:verliehen|zuerkannt)\b",
    ),
    Cue(  # "Der ⟦Landkreis⟧ ist seit 2016 „⟦Bildungsregion in Bayern⟧“": the programme's label
        "is-programme-label",
        "participatesIn",
        r"(?P<s>{MUNI})\s+(?:ist|war)\s+(?:(?:seit|bereits|schon|auch)\s+(?:\w+\s+)?){0,3}"
        r"[„\"“»](?P<o>{PROG})",
    ),
    Cue(  # "Die ⟦Stadt⟧ legt als Teilnehmerin am Förderprogramm „⟦P⟧“ den Katalog vor"
        "as-participant",
        "participatesIn",
        r"(?P<s>{ACTS}){G}\bals\s+(?:\w+\s+)?Teilnehmer(?:in|innen|kommune|kommunen)?\s+"
        r"(?:am|an\s+dem|an\s+der|im)\s+{PW}(?P<o>{BP})",
        implicit=True,  # "setzen wir diesen Weg als Teilnehmerin am … fort": the publisher
    ),
    Cue(
        "consists-of",
        "participatesIn",
        r"(?P<o>{BODY})\s+(?:besteht\s+aus|bestand\s+aus|setzt\s+sich\s+(?:\w+\s+){0,2}?zusammen\s+aus|versammelt|vereint|umfasst){GL}(?P<s>{ACTS})",
    ),
    Cue(
        "gathers",
        "participatesIn",
        r"\b(?:versammelt|vereint|umfasst)\s+(?:der|die|das)\s+(?P<o>{BODY}){GL}(?P<s>{ACTS})",
    ),
    Cue(
        "with-representatives",
        "participatesIn",
        r"(?P<o>{BODY})\s+mit\s+Vertreter\w*(?:\s+und\s+Vertreter\w*)?\s+(?:der|des|von|aus)\s+(?P<s>{ACTS})",
    ),
    Cue(
        "with-participation",
        "participatesIn",
        r"(?P<o>{BP}){G}\bunter\s+(?:der\s+)?(?:Beteiligung|Mitwirkung|Teilnahme)\s+(?:der|des|von)\s+(?P<s>{ACTS})",
    ),
    Cue(
        "involved-in",
        "participatesIn",
        r"(?P<s>{ACTS}){G}\b(?:beteiligt|beteiligen|beteiligte|teilgenommen)(?:\s+sich)?"
        r"(?:\s+(?:seit|ab|von)\s+\d{4}|\s+\w+){0,4}?\s+(?:an|am)\s+{DET}{PW}(?P<o>{BP})",
    ),
    Cue(  # "Seit 2016 beteiligt sich die ⟦Stadt X⟧ am Bundesprogramm „⟦P⟧“"
        "involved-in-inverted",
        "participatesIn",
        r"\b(?:beteiligt|beteiligen|beteiligte|beteiligten)\s+sich\s+{DET}(?P<s>{ACTS})"
        r"(?:\s+(?:seit|ab|von)\s+\d{4}|\s+\w+){0,4}?\s+(?:an|am)\s+{DET}{PW}(?P<o>{BP})",
    ),
    Cue(
        "involved-at",
        "participatesIn",
        r"(?P<s>{ACTS})\s+(?:ist\s+|sind\s+|war\s+|waren\s+)?(?:bei|an|am|im)\s+{PW}(?P<o>{BP}){G}\bbeteiligt",
    ),
    Cue(
        "participation",
        "participatesIn",
        r"(?P<s>{ACTS}){G}\bTeilnahme\s+(?:am|an\s+der|an\s+dem|im)\s+{PW}(?P<o>{BP})",
        implicit=True,
    ),
    Cue(  # "AP 5 …: Mitarbeit in der ⟦AG Bildungsmonitoring⟧": the plan's actor works in it
        "work-in",
        "participatesIn",
        # (after the package's title: "AP 8 ⟦Übergang⟧: Mitarbeit im ⟦AK X⟧")
        r"(?P<s>{ACT})\s+(?:(?:[^⟦⟧:;]|⟦\d+:(?:ActionField|Instrument)⟧){0,80}:\s+)?"
        r"(?:(?:aktive|weitere)\s+)?(?:Mitarbeit|Mitwirkung|Mitgliedschaft)\s+"
        r"(?:in|im|am|an)\s+{DET}{PW}(?P<o>{BP})(?![^;.]{0,40}\b(?:angedacht|geplant|vorgesehen)\b)",
        implicit_only=True,
    ),
    Cue(  # "Mitwirkung des ⟦Landkreises⟧ in der ⟦Transferinitiative⟧"
        "work-of-in",
        "participatesIn",
        r"\b(?:Mitarbeit|Mitwirkung|Beteiligung)\s+(?:des|der)\s+(?P<s>{ACT})\s+(?:in|im|am|an)\s+{DET}{PW}"
        r"(?P<o>{BP})",
    ),
    Cue(  # "…, dass die ⟦A⟧ und die ⟦B⟧ seit dem Schuljahr 2024/25 am ⟦Programm⟧ teilnehmen"
        "takes-part-final",
        "participatesIn",
        r"(?P<s>{ACTS})\s+(?:[\w/.]+\s+){0,5}?(?:am|an\s+der|an\s+dem)\s+{PW}(?P<o>{BP})[“\"”]?\s+"
        r"teil(?:nehmen|nimmt|nahmen|genommen\s+(?:haben|hat))\b",
    ),
    Cue(
        "takes-part",
        "participatesIn",
        r"(?P<s>{ACTS})\s+(?:nimmt|nahm|nehmen|nahmen)\s+(?:[\w/]+\s+){0,5}?(?:am|an\s+der|an\s+dem)\s+{PW}"
        r"(?P<o>{BP})"
        r"[“\"”]?\s+teil",
    ),
    Cue(  # "Der ⟦Kreis⟧ setzt ⟦KAoA⟧ seit dem Schuljahr 2013/14 um": it implements the programme
        "implements-programme",
        "participatesIn",
        r"(?P<s>{ACTS})\s+(?:setzt|setzen|setzte|setzten)\s+(?:[\w.]+\s+){0,2}?{DET}{PW}(?P<o>{PROG})"
        r"[“\"”]?(?:\s*\([^()]*\))?(?:\s+[\w./]+){0,6}?\s+um\b",
    ),
    Cue(
        "within-programme",
        "participatesIn",
        r"(?<!vom\s)(?<!von\sder\s)(?<!durch\sden\s)(?<!durch\sdie\s)(?<!durch\sdas\s)"
        r"(?P<s>{ACTS}){G}\bim\s+Rahmen\s+(?:des|der|von)\s+{PW}(?P<o>{PROG})",
        implicit=True,
    ),
    Cue(
        "bundles-programmes",
        "participatesIn",
        r"(?P<s>{ORG}){G}\b(?:Förder)?[Pp]rogramm\w*{G}\(\s*(?:ehem\.\s*)?(?P<o>{PROGS})",
    ),
    Cue(
        "involved-colon",
        "participatesIn",
        r"(?P<o>{BODY}){GS}\b(?:einbezogen|eingebunden|beteiligt|vertreten)\s+(?:wurden|werden|sind"
        r"|waren|ist|war)?\s*:\s*{DET}(?P<s>{ACTS})",
    ),
    Cue(
        "intro-involved",
        "participatesIn",
        r"(?:am|im|an\s+der|in\s+der|zum)\s+{ADJ}(?P<o>{BP})\s+(?:sind|ist|waren|war)\s+(?:\w+\s+){0,2}?(?:beteiligt|vertreten)\s*:\s*$",
        intro=True,
    ),
    Cue(
        "intro-consists-of",
        "participatesIn",
        r"(?P<o>{BODY})\s+(?:besteht\s+aus|setzt\s+sich\s+(?:\w+\s+){0,2}?zusammen\s+aus){G}:\s*$",
        intro=True,
    ),
    Cue(
        "intro-members",
        "participatesIn",
        r"\bMitglieder\s+(?:des|der|im)\s+(?P<o>{BODY})(?:\s+sind)?{G}:\s*$",
        intro=True,
    ),
    Cue(  # "Der ⟦Lenkungskreis⟧ tagt dreimal jährlich. Mitglieder sind:" (body named before)
        "intro-members-bare",
        "participatesIn",
        # ("Mitglieder u. a.:" over the names: some of them)
        r"^\W*(?:(?:Ständige\s+)?Mitglieder|Teilnehmende|Vertreten)(?:\s+sind)?"
        r"(?:\s+(?:u\.\s?a\.|unter\s+anderem))?\s*:\s*$",
        intro=True,
    ),
    Cue(
        "topic-starts-programme",
        "participatesIn",
        r"^(?P<s>{ANY}){LEAD}(?:Start|Beginn|Teilnahme\s+(?:an|am)|Beteiligung\s+(?:an|am)"
        r"|(?:Förderung|Bewilligung|Aufnahme)(?=\s+im\b))"
        r"\s+(?:(?:des|der|dem|von|im)\s+)?(?:[A-ZÄÖÜ]\w+\s+(?:der|des)\s+)?{PW}[„\"“]?(?P<o>{PROG})",
        implicit_only=True,  # "Teilnahme an Formaten der ⟦Transferinitiative⟧"
    ),
    Cue(
        "topic-funded-through-programme",
        "participatesIn",
        r"^(?P<s>{ANY}){LEAD}(?P<o>{PROG})(?:\s+(?:Förder)?[Pp]rogramm\w*)?{G}\b(?:gefördert|finanziert)",
        implicit_only=True,
    ),
    Cue(
        "topic-project-is",
        "participatesIn",
        r"^(?P<s>{ANY}){LEAD}{G}\b(?:Projekt|Programm|Förderprogramm)\s+(?:ist|war)\s+[„\"“]?"
        r"(?P<o>{PROG})",
        implicit_only=True,
    ),
)
