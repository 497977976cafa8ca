"""Cues of cooperation between actors (cooperatesWith) and of funding (fundedBy)."""

from __future__ import annotations

from ingest.cue_grammar import (
    Cue,
)

# a funder by its kind: what it supports, it pays for
FOUNDATION = r".*(?i:stiftung|sparkasse|fonds|förderverein)"

# what an agreement is about: words or an action field ("über die ⟦Bildungsberatung⟧ mit")
TOPIC = r"(?:\w+|⟦\d+:ActionField⟧)"

# the parties a sentence opens with, all of them subjects of its verb ("⟦A⟧ und ⟦B⟧ stimmen …"),
# not the last names of a list that began before
_PARTIES_BEFORE_VERB = r"(?<!⟧\s)(?<!⟧,\s)(?P<o>{ORGS})\s+"

# "mit den Samtgemeinden ⟦A⟧ und ⟦B⟧": the kind of the partners named before their list
_PLURAL_KIND = (
    r"(?:(?:Samtgemeinden|Verbandsgemeinden|Gemeinden|Städten|Kommunen|Ämtern|Landkreisen"
    r"|Kreisen|Kammern|Hochschulen|Stiftungen|Vereinen|Verbänden)\s+)?"
)

COOPERATION: tuple[Cue, ...] = (
    # cooperatesWith (symmetric; the text's order is kept)
    Cue(
        "cooperation-with",
        "cooperatesWith",
        r"(?P<s>{ANY}){G}\b(?<!ist\seine\s)(?:Kooperation(?:svereinbarung(?:en)?|sverträge|svertrag)?"
        # "Zielvereinbarung", "Datenlieferungsvereinbarungen mit …": an agreement of any kind
        r"|Zusammenarbeit|Partnerschaft|(?:[A-ZÄÖÜ][a-zäöüß]+)?[Vv]ereinbarung(?:en)?"
        r"|Austausch(?=\s+mit\b))"
        r"(?:\s+(?:bestehen|besteht|bestanden|laufen|läuft))?"
        # "Kooperation auf Augenhöhe mit", "Kooperationsvereinbarung über die Bildungsberatung mit"
        # ("eine Vereinbarung über Datenlieferungen mit": a plural without article)
        r"(?:\s+(?:auf\s+Augenhöhe|über\s+(?:(?:die|den|das)\s+)?(?:"
        + TOPIC
        + r"\s+){0,2}?"
        + TOPIC
        + r"(?=\s+mit\b)))?"
        r"\s+(?:mit|der|des|durch)\s+"
        r"{DET}" + _PLURAL_KIND + r"(?P<o>{ANYS})",
        implicit=True,
    ),
    Cue(  # "mit Unterstützung der ⟦Hochschule⟧" (of a ⟦Stiftung⟧ it is funding)
        "support-of",
        "cooperatesWith",
        r"(?P<s>{ANY}){G}\b(?:fachliche[rn]?\s+)?Unterstützung\s+(?:mit|der|des|durch)\s+{DET}(?P<o>{ANYS})",
        implicit=True,
        object_head=rf"(?!{FOUNDATION})",
    ),
    Cue(  # slides: "• Arbeit in enger Abstimmung mit den Ländern: ⟦Ministerium A⟧, ⟦Ministerium B⟧"
        "topic-in-agreement-with",
        "cooperatesWith",
        r"^(?P<s>{ANY}){LEAD}[^⟦⟧;]{0,40}?\b(?:in\s+(?:enger\s+)?Abstimmung|Zusammenarbeit|Kooperation)\s+"
        r"mit\s+(?:den|dem|der)\s+[A-ZÄÖÜ]\w+\s*:\s*(?P<o>{ORGS})",
        implicit_only=True,
    ),
    Cue(
        "agreement-with",
        "cooperatesWith",
        r"(?P<s>{ANY}){G}\bmit\s+{DET}(?P<o>{ANYS})\s+(?:\w+\s+){0,4}?"
        r"(?:Kooperationsvereinbarung|Kooperationsvertrag|Partnerschaft)",
        implicit=True,
    ),
    Cue(
        "works-with",
        "cooperatesWith",
        # ("kooperiert im ⟦Ganztag⟧ mit": a field of the work between verb and partner)
        r"(?P<s>{ANY}){G}\b(?:kooperier\w+|arbeite\w*)\s+(?:"
        + TOPIC
        + r"\s+){0,5}?mit\s+{DET}(?P<o>{ANYS})",
        implicit=True,
    ),
    Cue(  # "Der ⟦Landkreis⟧ und die ⟦TA⟧ wollen ihre Zusammenarbeit … festhalten"
        "their-cooperation",
        "cooperatesWith",
        r"(?P<s>{ACT})\s+und\s+{DET}(?P<o>{ACT})\s+(?:\w+\s+){0,2}?(?:ihre|die)\s+(?:\w+\s+)?"
        r"(?:Zusammenarbeit|Kooperation)\b",
    ),
    Cue(  # "Bei der Umsetzung arbeitet das ⟦Bildungsbüro⟧ eng mit der ⟦TA⟧ zusammen"
        "works-with-inverted",
        "cooperatesWith",
        r"\b(?:arbeitet|arbeiten|kooperiert|kooperieren)\s+{DET}(?P<s>{ANY})\s+(?:\w+\s+){0,4}?mit\s+"
        r"{DET}(?:[a-zäöü]\w*(?:e|en|er)\s+)?(?P<o>{ANYS})",
    ),
    Cue(  # "Eng verzahnt ist das ⟦Netzwerk⟧ mit dem ⟦Arbeitskreis⟧, …, sowie mit der ⟦Allianz⟧"
        "interlocked-with",
        "cooperatesWith",
        r"\b(?:[Ee]ng\s+)?(?:verzahnt|vernetzt)\s+(?:ist|sind|war|waren)\s+{DET}(?P<s>{ANY})\s+"
        r"(?:\w+\s+){0,3}?mit\s+{DET}(?P<o>{ANYS})(?:,[^;.]*?\bsowie\s+mit\s+{DET}(?P<also>{ANYS}))?",
    ),
    Cue(  # "Das ⟦Netzwerk⟧ ist eng mit dem ⟦Arbeitskreis⟧ verzahnt"
        "interlocked-with-verb-final",
        "cooperatesWith",
        r"(?P<s>{ANY})\s+(?:ist|sind|war|waren)\s+(?:\w+\s+){0,3}?mit\s+{DET}(?P<o>{ANYS})\s+"
        r"(?:\w+\s+){0,2}?(?:verzahnt|vernetzt)\b",
    ),
    Cue(  # "…, dass das ⟦Bildungsbüro⟧ eng mit der ⟦TA⟧ zusammenarbeitet"
        "works-with-verb-final",
        "cooperatesWith",
        r"(?P<s>{ANY})\s+(?:[\w.]+\s+){0,4}?mit\s+{DET}(?P<o>{ANYS})\s+(?:[\w.]+\s+){0,3}?"
        r"(?:zusammenarbeite\w*|zusammengearbeitet|kooperier\w*)\b",
    ),
    Cue(
        "together-with",
        "cooperatesWith",
        # (running a body together is taking part in it: "⟦A⟧ leitet gemeinsam mit …")
        r"{UNRUN}(?P<s>{ANY})(?!\s+{RUNS}\s+gemeinsam\b)"
        r"{G}\b(?:gemeinsam(?:e[snrm]?\s+(?:⟦\d+:(?:ActionField|Instrument)⟧|\w+))?"
        r"|in\s+Kooperation|zusammen)\s+mit\s+{DET}(?:\w+\s+)?(?P<o>{ANYS})",
        # not of an unstated topic: "AP 10 Fortbildungsreihe gemeinsam mit dem Medienzentrum"
        # says how a measure is done, not that the municipality cooperates (5 of 21 such
        # readings on the evaluation sets were right)
    ),
    Cue(  # "das ⟦Bildungsbüro⟧ bereitet die ⟦Konferenz⟧ gemeinsam mit der ⟦KVHS⟧ vor": the
        # subject works with the partner on its object
        "together-with-past-object",
        "cooperatesWith",
        r"(?P<s>{ANY}){OFTOWN}\s+(?-i:[a-zäöüß]+t)\s+(?:die|den|das)\s+⟦\d+:\w+⟧\s+(?:[a-zäöüß]+\s+){0,2}?"
        r"(?:gemeinsam|zusammen)\s+mit\s+{DET}(?:\w+\s+)?(?P<o>{ANYS})",
    ),
    Cue(  # "Die Fachtage werden vom ⟦Bildungsbüro⟧ gemeinsam mit der ⟦VHS⟧ vorbereitet"
        "together-with-agent",
        "cooperatesWith",
        # (funded or carried by both is no cooperation: see relations._PAYING)
        r"{AGENT}\s+(?P<s>{ANY})\s+(?:gemeinsam|zusammen)\s+mit\s+{DET}(?P<o>{ANYS})",
        subject_fixed=True,
    ),
    Cue(  # "Zusammen mit der ⟦Stadt X⟧ richtet der ⟦Landkreis⟧ erstmals die Messe aus"
        "together-with-fronted",
        "cooperatesWith",
        r"\b(?:Zusammen|Gemeinsam)\s+mit\s+{DET}(?P<o>{ANYS})\s+(?:[a-zäöüß]+t|[a-zäöüß]+en)\s+{DET}"
        r"(?P<s>{ANY})",
    ),
    Cue(
        "cooperation-between",
        "cooperatesWith",
        r"\b(?:Kooperation\w*|Zusammenarbeit|Partnerschaft|\w*[Vv]ereinbarung|Vertrag)\s+zwischen\s+"
        r"{DET}(?P<s>{ANY})(?:\s*,\s*vertreten\s+durch[^⟦⟧]{0,40}⟦\d+:Person⟧\s*,)?\s+und\s+"
        r"(?:der\s+|dem\s+|den\s+|des\s+)?(?:(?:dem|der|den)\s+{ANY}\s+\w+(?:en|ten)\s+)?{G}(?P<o>{ANY})",
    ),
    Cue(  # "Bei der Umsetzung wird der ⟦Landkreis⟧ von der ⟦TAMO⟧ begleitet"
        "accompanied-by",
        "cooperatesWith",
        r"(?P<s>{ANY}){G}\b(?:wird|werden|wurde|wurden)\s+(?:[\w.]+\s+){0,3}?(?:von|vom|durch)\s+"
        # ("finanziell unterstützt" is funding)
        r"{DET}(?P<o>{ANYS})(?:\s*\(⟦\d+:\w+⟧\))?\s+(?:(?!finanziell\b)\w+\s+){0,3}?"
        r"(?:begleitet|beraten|unterstützt)\b",
    ),
    Cue(  # "Der ⟦Landkreis⟧ wird im Programm ⟦P⟧ gefördert und von der ⟦TA⟧ begleitet"
        "accompanied-coordinated",
        "cooperatesWith",
        r"(?P<s>{ANY})\s+(?:wird|werden|wurde|wurden)\s+[^;.]{0,120}?\b(?:gefördert|unterstützt|beraten)"
        r"\s+und\s+(?:[\w.]+\s+){0,3}?(?:von|vom|durch)\s+{DET}(?P<o>{ANYS})\s+(?:\w+\s+){0,3}?"
        r"(?:begleitet|beraten|unterstützt)\b",
    ),
    Cue(  # "Unterstützt wird der ⟦Landkreis⟧ durch die ⟦Transferagentur⟧"
        "accompanied-fronted",
        "cooperatesWith",
        r"\b(?:Unterstützt|Begleitet|Beraten)\s+(?:wird|werden|wurde|wurden)\s+{DET}(?P<s>{ANY})\s+"
        r"(?:[\w.]+\s+){0,3}?(?:von|vom|durch)\s+{DET}(?P<o>{ANYS})",
    ),
    Cue(  # "Bei der Umsetzung wird der ⟦Landkreis⟧ von der ⟦TAMO⟧ begleitet"
        "accompanied-by-inverted",
        "cooperatesWith",
        r"\b(?:wird|werden|wurde|wurden)\s+{DET}(?P<s>{ANY})\s+(?:[\w.]+\s+){0,3}?(?:von|vom|durch)\s+"
        # ("finanziell unterstützt" is funding)
        r"{DET}(?P<o>{ANYS})(?:\s*\(⟦\d+:\w+⟧\))?\s+(?:(?!finanziell\b)\w+\s+){0,3}?"
        r"(?:begleitet|beraten|unterstützt)\b",
    ),
    Cue(  # "Die ⟦TAMO⟧ begleitet seit 2023 den ⟦Landkreis X⟧"
        "accompanies",
        "cooperatesWith",
        r"(?P<s>{ORG})\s+(?:begleitet|berät|unterstützt)\s+(?:[\w.]+\s+){0,3}?(?:den|die|das)\s+"
        r"(?P<o>{ORGS})",
    ),
    Cue(  # "die ⟦Transferagentur X⟧, die das ⟦Bildungsbüro⟧ seit 2023 im Aufbau … berät"
        "accompanies-relative",
        "cooperatesWith",
        r"(?P<s>{ORG})\s*,\s*(?:die|der|das)\s+(?:den|die|das)\s+(?P<o>{ORGS})\s+"
        r"(?:(?:[\w.]+|⟦\d+:(?:ActionField|Instrument)⟧)\s+){0,8}?(?:begleitet|berät|unterstützt)\b",
        subject_fixed=True,
    ),
    Cue(  # "Jour fixes mit Kooperationspartnern (z. B. ⟦IHK⟧, ⟦Agentur⟧)": the topic's partners
        "topic-partners-in-parens",
        "cooperatesWith",
        r"^(?P<s>{ANY}){LEAD}[^⟦⟧;]{0,200}?\b(?:Kooperations)?[Pp]artner(?:n|innen)?\s*\(\s*"
        r"(?:z\.\s?B\.\s*|u\.\s?a\.\s*)?(?P<o>{ORGS})",
        implicit_only=True,
    ),
    Cue(  # slides: "• Datenpartner: ⟦Landesamt⟧", "• wissenschaftliche Begleitung: ⟦Uni⟧"
        "topic-partners",
        "cooperatesWith",
        r"^(?P<s>{ANY}){LEAD}(?:(?:\w+\s+)?(?:Kooperations|Daten|Praxis|Netzwerk)?[Pp]artner\w*"
        r"|wissenschaftliche\s+Begleitung|Evaluation)\s*(?:\([^()⟦⟧]*\))?\s*:\s*{DET}(?P<o>{ANYS})",
        implicit_only=True,
    ),
    Cue(  # "Dem ⟦Bildungsbeirat⟧ gehören an:" and a list of its members
        "intro-belong",
        "participatesIn",
        # "Ihr gehören an:" after the body's name: the pronoun stands for it
        r"^\W*(?:(?:Dem|Der)\s+)?(?P<o>{BODY}){OFTOWN}\s+gehör(?:en|t)\s+(?:[\w.]+\s+){0,3}?an"
        r"\s*(?:\([^()⟦⟧]*\))?\s*:\s*$",  # "Dem ⟦Beirat⟧ der ⟦Stadt X⟧ gehören an (Stand 2024):"
        intro=True,
    ),
    Cue(  # "Erste Förderrunde (2023–2025): sechs Pilotkommunen" and a list
        "intro-pilots",
        "participatesIn",
        r"^[^⟦⟧]{0,80}?\b(?:(?:Pilot|Modell|Programm)(?:kommunen|regionen|landkreise|städte)"
        r"|(?:Teilnehmende|Geförderte|Beteiligte)\s+Kommunen)\s*(?:\([^()⟦⟧]*\))?\s*:?\s*$",
        intro=True,
    ),
    Cue(  # "Das Team des ⟦Bildungsbüros⟧ bestand aus sechs Personen:" and a list of them;
        # "Team ⟦Bildungsbüro⟧" titling a slide of bullets
        "intro-team",
        "memberOf",
        r"^\W*(?:Das\s+)?Team(?:\s+(?:des|der|im|in\s+der)\s+(?P<o>{ORG})[^⟦⟧:]{0,120}:"
        r"|\s+(?P<o2>{ORG})\s*:?|\s*:)\s*$",  # a bare "Team:" under a title naming the office
        intro=True,
    ),
    Cue(  # "Im ⟦Bildungsbüro⟧ sind im Vorhaben tätig:" and a list of posts and people
        "intro-works-in",
        "memberOf",
        r"^\W*(?:Im|In\s+der|Beim|Bei\s+der)\s+(?P<o>{ORG})\s+(?:sind|arbeiten)\b[^⟦⟧:]{0,60}:\s*$",
        intro=True,
    ),
    Cue(  # "Vier Kommunen, die im Programm „⟦Bildungskommunen⟧“ gefördert werden, …:" and a list
        "intro-programme-municipalities",
        "participatesIn",
        r"\b(?:Kommunen|Landkreise|Kreise|Städte|Gemeinden)\b[^⟦⟧:]{0,40}?\b(?:im|am|in\s+dem|an\s+dem)\s+"
        r"{PW}(?P<o>{PROG})[“\"”]?[^⟦⟧:]{0,80}:\s*$",
        intro=True,
    ),
    Cue(  # "Kommunen, die am Landesprogramm „⟦X⟧“ teilnehmen – darunter die ⟦Stadt Y⟧"
        "takes-part-among",
        "participatesIn",
        r"\b(?:am|im|an\s+dem)\s+{PW}(?P<o>{PROG})[“\"”]?\s+(?:teilnehmen|teilnahmen|beteiligt\s+sind)\s*"
        r"[–-]?\s*(?:darunter|u\.\s?a\.|etwa|so)\s+(?:auch\s+)?{DET}(?P<s>{ACTS})",
    ),
    Cue(  # "Wir arbeiten u. a. zusammen mit:", "Wir begleiten bereits:" and a list
        "intro-works-with",
        "cooperatesWith",
        r"^(?:⟦\d+:\w+⟧\s+)?(?:(?:arbeite\w*|kooperier\w*)\s+(?:[\w.]+\s+){0,3}?(?:zusammen\s+)?mit"
        r"|(?:begleite|berate|unterstütze)[nt]?(?:\s+(?:[\w.]+)){0,3}?)\s*:\s*$",
        intro=True,
    ),
    Cue(  # "Unsere Partnerkommunen (Zielvereinbarungen):" and a list
        "intro-partners",
        "cooperatesWith",
        # a slide's title over its list needs no colon, an item of a list does
        r"^(?:\W*(?=[^:]*:\s*$)|\s*)(?:(?:Unsere|Weitere)\s+)?(?:(?:Kooperations|Praxis)?[Pp]artner"
        r"(?:kommunen|innen|organisationen)?"
        # "Kommunen mit Zielvereinbarung", "Zusammenarbeit auf Grundlage einer Zielvereinbarung"
        r"|(?:Kommunen|Partner\w*)\s+mit\s+(?:einer\s+)?Zielvereinbarung(?:en)?"
        r"|Zusammenarbeit\s+(?:auf\s+(?:der\s+)?Grundlage|im\s+Rahmen)\s+(?:einer|von)\s+"
        r"Zielvereinbarung(?:en)?)\s*(?:\([^()⟦⟧]*\))?\s*:?\s*$",
        intro=True,
    ),
    Cue(  # "der ⟦TA⟧ (⟦TAMO⟧), mit der der ⟦Landkreis⟧ im Mai 2022 eine Zielvereinbarung schloss"
        "agreement-relative",
        "cooperatesWith",
        # "steht dem ⟦Kreis⟧ zur Seite, mit dem die ⟦Stadt⟧ eine Bildungspartnerschaft pflegt"
        r"(?P<o>{ANY})(?:\s*\(⟦\d+:\w+⟧\))?(?:\s+[a-zäöüß]+){0,3}\s*,\s*mit\s+(?:der|dem|welcher|welchem"
        r"|denen)\s+{DET}(?P<s>{ANY})(?:[^⟦⟧.;]|⟦\d+:(?:ActionField|Instrument)⟧){0,80}?\b"
        r"(?:\w*[Vv]ereinbarung|Kooperation\w*|kooperier\w*|Vertrag|zusammen\w*|\w*[Pp]artnerschaft)",
    ),
    Cue(  # "Mit dem ⟦Statistikamt⟧ hat der ⟦Kreis⟧ im August eine Vereinbarung geschlossen"
        "agreement-fronted",
        "cooperatesWith",
        # "Mit dem ⟦Kreis⟧, der die Zusammenarbeit … besiegelt hat, arbeitet die ⟦TA⟧ vor allem …"
        r"\bMit\s+{DET}(?:[a-zäöüß]+(?:en|em)\s+)?(?P<o>{ANYS}){NOTE}(?:\s*,[^;.]{0,160}?,)?\s+"
        r"(?:(?:hat|haben|hatte|hatten)\s+{DET}(?P<s>{ANY})[^⟦⟧.;]{0,80}?\b(?:\w*[Vv]ereinbarung"
        r"|Kooperation\w*|Vertrag|zusammen\w*)|(?:arbeitet|arbeiten|arbeitete|arbeiteten|kooperiert"
        r"|kooperieren)\s+{DET}(?P<s2>{ANY}))",
    ),
    Cue(  # "die ⟦Stabsstelle⟧, die dafür eng mit dem ⟦Referat⟧ zusammenarbeitet"
        "works-with-relative",
        "cooperatesWith",
        r"(?P<s>{ANY})\s*,\s*(?:die|der|das)\s+(?:[\w.]+\s+){0,4}?mit\s+{DET}(?P<o>{ANYS})\s+"
        r"(?:[\w.]+\s+){0,3}?(?:zusammenarbeite\w*|zusammengearbeitet|kooperier\w*)\b",
        subject_fixed=True,
    ),
    Cue(  # "Seit 2018 verbindet die ⟦Stadt⟧ und den ⟦Landkreis⟧ eine Kooperationsvereinbarung"
        "bound-by-agreement",
        "cooperatesWith",
        r"\b(?:verbindet|verband|verbinden)\s+{DET}(?P<o>{ORGS})\s+(?:\w+\s+){0,2}?(?:eine|ein)\s+"
        r"(?:\w+\s+)?(?:\w*[Vv]ereinbarung|\w*[Pp]artnerschaft|Kooperation\w*|Vertrag)\b",
        among=True,
    ),
    Cue(  # "Die ⟦Universität⟧ und das ⟦Bildungsbüro⟧ arbeiten bei der Auswertung zusammen"
        "work-together",
        "cooperatesWith",
        _PARTIES_BEFORE_VERB + r"(?:arbeiten|arbeiteten|kooperieren|kooperierten)\b"
        r"(?:[^⟦⟧.;]{0,80}?\bzusammen\b|(?=\s+(?:seit|eng|bei|im|in|auf)\b))",
        among=True,
    ),
    Cue(  # "⟦RBB⟧ und ⟦KI⟧ stimmen ihre Jahresplanungen miteinander ab"
        "agree-with-each-other",
        "cooperatesWith",
        _PARTIES_BEFORE_VERB + r"(?:stimmen|stimmten|tauschen|tauschten|sprechen|sprachen)\s+"
        r"(?:[\w.]+\s+){0,4}?(?:miteinander|untereinander|sich)\s+(?:[\w.]+\s+){0,3}?(?:ab|aus)\b",
        among=True,
    ),
    Cue(  # "Die ⟦Kreishandwerkerschaft⟧ und die ⟦IHK⟧ organisieren gemeinsam eine Messe"
        "do-together",
        "cooperatesWith",
        _PARTIES_BEFORE_VERB + r"(?!(?:tragen|trugen|finanzieren|fördern|förderten)\b)"
        r"[a-zäöüß]+en\s+(?:[\w.]+\s+){0,2}?gemeinsam\b",
        among=True,
    ),
    Cue(  # "Die ⟦Stadt A⟧ und die ⟦Hansestadt B⟧ haben im April einen Lernverbund gegründet"
        "founded-together",
        "cooperatesWith",
        _PARTIES_BEFORE_VERB + r"(?:haben|hatten)\s+(?:[\w.]+\s+){0,4}?(?:eine[nr]?|die)\s+"
        r"(?:\w+)?(?:[Vv]erbund|[Kk]ooperation\w*|[Pp]artnerschaft|[Vv]ereinbarung|[Aa]llianz)\s+"
        r"(?:[\w.]+\s+){0,3}?(?:gegründet|geschlossen|vereinbart|unterzeichnet|eingegangen)",
        among=True,
    ),
    Cue(  # "⟦A⟧ und ⟦B⟧ schließen hierzu eine Kooperationsvereinbarung": in the present tense
        "conclude-agreement",
        "cooperatesWith",
        _PARTIES_BEFORE_VERB + r"(?:schließen|unterzeichnen|vereinbaren)\s+(?:[\w.]+\s+){0,3}?"
        r"(?:eine[nr]?|die)\s+(?:\w+\s+)?(?:\w*[Vv]ereinbarung|\w*[Vv]ertrag|[Kk]ooperation\w*"
        r"|[Pp]artnerschaft)\b",
        among=True,
    ),
    Cue(  # "⟦A⟧ und ⟦B⟧ haben am 02.05.2024 vereinbart, beim Bildungsmonitoring zusammenzuarbeiten"
        "agree-to-work-together",
        "cooperatesWith",
        _PARTIES_BEFORE_VERB + r"(?:(?:haben|hatten)\s+(?:[\w.]+\s+){0,4}?(?:vereinbart|verabredet)"
        r"|vereinbaren|vereinbarten|verabreden)\s*,\s*(?:[^⟦⟧.;]|⟦\d+:(?:ActionField|Instrument)⟧){0,80}?"
        r"\b(?:zusammenzuarbeiten|zu\s+kooperieren|(?:eng|enger)\s+zu\s+kooperieren)\b",
        among=True,
    ),
    Cue(  # "Die ⟦JBA⟧ ist eine Kooperation der ⟦A⟧, des ⟦B⟧ und des ⟦C⟧"
        "cooperation-of",
        "cooperatesWith",
        r"\b(?:ist|sind|war)\s+(?:eine?\s+)?(?:\w+\s+)?(?:Kooperation|Verbund|Zusammenschluss)"
        r"\s+(?:der|des|von)\s+(?P<o>{ORGS})",
        among=True,
    ),
    Cue(  # "⟦Jobcenter X⟧, gemeinsame Einrichtung des ⟦Landkreises⟧ und der ⟦Agentur⟧"
        "joint-institution",
        "carriedBy",
        r"(?P<s>{ORG}){G}\bgemeinsame\s+Einrichtung\s+(?:der|des|von)\s+(?P<o>{ORGS})",
    ),
    Cue(
        "partners",
        "cooperatesWith",
        r"(?P<s>{ANY}){G}\b(?:Kooperations)?[Pp]artner(?:innen|n)?\s*(?:sind|ist|:)\s*{DET}(?P<o>{ANYS})",
    ),
)

# who pays, when a programme's brackets name it: ministries, funds, the EU, foundations
_PAYER = (
    r"(?:BM[A-Z]|Bundesministerium|\w*[Mm]inisterium|Ministerium|ESF|EFRE|EU\b|Europäisch"
    r"|[\w-]*[Ss]tiftung)"
)
FUNDING: tuple[Cue, ...] = (
    # fundedBy
    Cue(  # "Förderung durch das ⟦BMBF⟧ im Programm „⟦Bildungskommunen⟧“": who pays the programme
        "funding-in-programme",
        "fundedBy",
        r"\b(?:Förderung|Finanzierung|[Gg]efördert|[Ff]inanziert)\s+(?:durch|vom|von)\s+{DET}"
        r"(?P<o>{FUNDERS})\s+(?:im|in\s+dem)\s+{PW}(?P<s>{PROG})",
        subject_fixed=True,
    ),
    Cue(  # "im Förderprogramm „⟦Bildungskommunen⟧“ (⟦BMBF⟧ / ⟦ESF Plus⟧)": its payers in brackets
        "payers-in-brackets",
        "fundedBy",
        r"(?P<s>{PROG})[“\"”]?\s*\(\s*(?P<o>{FUNDERS})\s*\)",
        object_head=_PAYER,
        subject_fixed=True,
    ),
    Cue(
        "funded-by",
        "fundedBy",
        # "• Kofinanzierung durch das ⟦Ministerium⟧" on the slides of the funded
        # (not a participle right after another name: "im Programm „⟦P⟧“, gefördert durch …"
        # is P's funding, read by the sentence rules)
        # ("⟦BMBF⟧ (BMBF), kofinanziert aus …": nor after the name's short form)
        r"(?P<s>{ANY}){G}(?<!⟧,\s)(?<!⟧“,\s)(?<!⟧\",\s)(?<!⟧”,\s)(?<!\),\s)\b"
        r"(?:gefördert|finanziert|kofinanziert|Kofinanzierung|Finanzierung)\s+"
        # ("kofinanziert aus dem ⟦ESF Plus⟧": the fund the money comes from)
        r"(?:durch|vom|von|aus(?=\s+(?:dem|der)\s))\s+{DET}{PW}(?P<o>{FUNDERS})",
        implicit=True,
    ),
    Cue(  # "… und wird vom BMBF gefördert"
        "funded-passive",
        "fundedBy",
        r"(?P<s>{ANY}){G}\b(?:wird|werden|wurde|wurden)\s+(?:\w+\s+){0,2}?(?:vom|von\s+der|von\s+dem"
        r"|durch\s+(?:den|die|das))\s+(?P<o>{FUNDERS})\s+(?:\w+\s+){0,2}?"
        r"(?:gefördert|finanziert|finanziell\s+unterstützt)",
        implicit=True,
    ),
    Cue(  # "das Programm ⟦X⟧, das vom ⟦BMBF⟧ und dem ⟦ESF Plus⟧ finanziert wird"
        "funded-relative",
        "fundedBy",
        r"(?P<s>{ANY})[“\"”]?(?:\s+[a-zäöüß]+){0,2}\s*,\s*(?:das|der|die)\s+(?:[\w.]+\s+){0,3}?(?:vom|von\s+der|von\s+dem"
        r"|durch\s+(?:den|die|das))\s+(?P<o>{FUNDERS})\s+(?:\w+\s+){0,2}?(?:gefördert|finanziert)"
        r"\s+(?:wird|werden|wurde|wurden)\b",
        subject_fixed=True,
    ),
    Cue(  # "die ⟦Stiftung⟧, die das Projekt „⟦X⟧“ seit 2023 finanziert"
        "funder-relative",
        "fundedBy",
        r"(?P<o>{FUNDER})\s*,\s*(?:die|der|das)\s+(?:das|den|die)\s+(?:[A-ZÄÖÜ]\w+\s+)?{PW}(?P<s>{ANY})"
        r"[“\"”]?\s+(?:[\w.]+\s+){0,4}?(?:finanziert|fördert|mitfinanziert)\b",
    ),
    Cue(  # "die ⟦Bildungsregionen in Niedersachsen⟧, die das ⟦Kultusministerium⟧ fördert"
        "funder-of-relative",
        "fundedBy",
        r"(?P<s>{PROG})[“\"”]?\s*,\s*(?:die|das|den)\s+{DET}(?P<o>{FUNDERS})\s+(?:[\w.]+\s+){0,3}?"
        r"(?:fördert|fördern|finanziert|finanzieren)\b",
        subject_fixed=True,
    ),
    Cue(
        "funding-by",
        "fundedBy",
        r"(?P<s>{ANY}){G}\b(?:Förderung|Finanzierung)(?:\s+(?:der|des)\s+[A-ZÄÖÜ][\w-]*)?"
        r"\s+(?:durch|vom|von|aus)\s+{DET}{PW}(?P<o>{FUNDERS})",
        implicit=True,
    ),
    Cue(  # "Modellprojekt „⟦X⟧“ – Förderer: ⟦Stiftung⟧, ⟦Landkreis⟧": who pays, as a label
        "funder-is",
        "fundedBy",
        r"(?P<s>{ANY}){G}\b(?:Förderer(?:in)?|Geldgeber(?:in)?|Mittelgeber(?:in)?|Zuwendungsgeber"
        r"(?:in)?)\s*(?:ist|sind|war|:)\s*{DET}(?P<o>{FUNDERS})",
        implicit=True,
    ),
    Cue(
        "from-funds",
        "fundedBy",
        r"(?P<s>{ANY}){G}\baus\s+(?:\w+\s+)?Mitteln\s+(?:des|der|vom|von)\s+{PW}(?P<o>{FUNDERS})",
        implicit=True,
    ),
    Cue(  # "das Bundesprogramm „⟦Bildungskommunen⟧“ des ⟦BMBF⟧": a ministry's programme
        "programme-of",
        "fundedBy",
        r"\b(?:Bundes|Landes|Förder|Modell)?[Pp]rogramms?\s+[„\"“»]?(?P<s>{PROG})[“\"”«]?\s+"
        r"(?:des|der)\s+(?P<o>{FUNDER})",
    ),
    Cue(  # "Die ⟦Stelle⟧ wird gefördert aus Mitteln des ⟦Ministeriums⟧ und des ⟦ESF Plus⟧"
        "funded-from-funds",
        "fundedBy",
        r"(?P<s>{ANY}){G}\b(?:gefördert|finanziert|kofinanziert)\s+aus\s+(?:\w+\s+)?Mitteln\s+"
        r"(?:des|der|vom|von)\s+{PW}(?P<o>{FUNDERS})",
        implicit=True,
    ),
    Cue(  # "Die ⟦Konferenz⟧ wird mit Unterstützung der ⟦Bürgerstiftung⟧ durchgeführt"
        "supported-by-foundation",
        "fundedBy",
        r"(?P<s>{ANY}){G}\bmit\s+(?:finanzieller\s+)?Unterstützung\s+(?:der|des|durch\s+(?:die|den|das))\s+"
        r"(?P<o>{FUNDER})",
        object_head=FOUNDATION,
    ),
    Cue(  # "Die Sachkosten der ⟦AG⟧ übernimmt die ⟦Sparkasse⟧"
        "costs-borne",
        "fundedBy",
        r"\b\w*[Kk]osten\s+(?:des|der)\s+(?P<s>{ANY})[^⟦⟧;.]{0,40}?\bübernimmt\s+{DET}(?P<o>{ORG})",
    ),
    Cue(  # "die ⟦Sparkasse⟧ übernimmt die Druckkosten des ⟦Projekts⟧"
        "bears-costs",
        "fundedBy",
        r"(?P<o>{ORG})\s+(?:übernimmt|übernahm|trägt|trug)\s+(?:\w+\s+){0,3}?\w*[Kk]osten\s+(?:des|der|für)\s+{DET}"
        r"(?P<s>{ANY})",
        subject_fixed=True,  # "… die Kosten für die ⟦Konferenz⟧": what is paid for, after "für"
    ),
    Cue(  # "Das ⟦Bildungsbüro⟧ wird im Programm „⟦Bildungskommunen⟧“ aus Mitteln … gefördert"
        "funded-within-programme",
        "participatesIn",
        r"(?P<s>{ORG}){G}\b(?:wird|werden|wurde|wurden)\s+(?:[\w.]+\s+){0,3}?(?:im|über\s+das)\s+"
        r"{PW}(?P<o>{PROG})[“\"”]?[^.;]{0,160}?\b(?:gef[öo]rdert|finanziert)",
    ),
    Cue(  # "Seit 2021 wird das ⟦Bildungsbüro⟧ im Programm „⟦Bildung integriert⟧“ gefördert"
        "funded-within-programme-inverted",
        "participatesIn",
        r"\b(?:wird|werden|wurde|wurden)\s+{DET}(?P<s>{ORG}){OFTOWN}\s+(?:[\w.]+\s+){0,3}?(?:im|über\s+das)\s+"
        r"{PW}(?P<o>{PROG})[“\"”]?\s+(?:[\w.]+\s+){0,3}?(?:gef[öo]rdert|finanziert)",
    ),
    Cue(  # "Seit 2023 setzt die ⟦Stadt⟧ diese Arbeit im Programm „⟦Bildungskommunen⟧“ fort"
        "continues-in-programme",
        "participatesIn",
        r"(?:(?P<s>{ACTS})\s+(?:setzt|setzen|setzte|setzten)|\b(?:setzt|setzen|setzte|setzten)\s+{DET}"
        r"(?P<s2>{ACTS}))\s+(?:[\w.]+\s+){0,4}?im\s+{PW}(?P<o>{PROG})[“\"”]?\s+fort\b",
    ),
    Cue(  # "Als der ⟦Kreis⟧ 2017 mit dem Bundesprogramm „⟦Bildung integriert⟧“ begann",
        # "Der ⟦Landkreis⟧ startete 2016 im Programm „⟦P⟧“": who began in a programme
        "starts-in-programme",
        "participatesIn",
        r"(?P<s>{ACTS})\s+(?:[\w.]+\s+){0,4}?(?:(?:mit|in)\s+dem|in\s+das|im|ins)\s+{PW}(?P<o>{PROG})"
        r"[“\"”]?\s+(?:begann|begannen|startete|starteten|gestartet|eingestiegen|einstieg)\b",
    ),
    Cue(  # "Der ⟦Landkreis⟧ startete 2016 im Programm „⟦P⟧“"
        "started-in-programme",
        "participatesIn",
        r"(?P<s>{ACTS})\s+(?:startete|starteten|begann|begannen)\s+(?:[\w.]+\s+){0,3}?"
        r"(?:im|mit\s+dem)\s+{PW}(?P<o>{PROG})",
    ),
    Cue(  # "Der ⟦Kreis⟧ ist mit dem Vorhaben „⟦X⟧“ im Bundesprogramm ⟦Bildungskommunen⟧ vertreten"
        "represented-in-programme",
        "participatesIn",
        r"(?P<s>{ACTS})\s+(?:ist|sind|war|waren)\s+(?:[^⟦⟧;.]|⟦\d+:(?:Programme|Instrument)⟧){0,80}?"
        r"\bim\s+{PW}(?P<o>{PROG})[“\"”]?\s+vertreten\b",
    ),
    Cue(  # a title line: "⟦Landkreis X⟧ – Antrag im Förderprogramm „⟦Bildungskommunen⟧“"
        "applies-to-programme",
        "participatesIn",
        r"^(?P<s>{ORG})\s*[-–—:]\s*(?:\w+\s+)?(?:Förder)?(?:Antrag|Bewerbung)\s+(?:im|zum|für\s+das)"
        r"\s+{PW}(?P<o>{PROG})",
    ),
    Cue(  # "Das Vorhaben wird im Programm „⟦Bildungskommunen⟧“ … gefördert": the applicant's
        "topic-project-funded-in-programme",
        "participatesIn",
        r"^(?P<s>{MUNI}){LEAD}(?:[A-ZÄÖÜ]\w+\s+)?(?:Das|Unser)\s+(?:\w+\s+)?Vorhaben\s+(?:wird|wurde)\s+(?:[\w.]+\s+){0,3}?"
        r"im\s+{PW}(?P<o>{PROG})[“\"”]?[^.;]{0,160}?\b(?:gefördert|finanziert)",
        implicit_only=True,
    ),
    Cue(  # "Sichtung der Ergebnisse aus dem Vorgängerprogramm „⟦Bildung integriert⟧“": the
        # municipality the document is about took part in the programme before this one
        "topic-predecessor-programme",
        "participatesIn",
        r"^(?P<s>{MUNI}){LEAD}[^⟦⟧;]{0,120}?\bVorgängerprogramm\w*\s+[„\"“]?(?P<o>{PROG})",
        implicit_only=True,
    ),
    Cue(  # "Das ⟦MINT-Netzwerk⟧ erhält seit 2023 eine Förderung des ⟦Ministeriums⟧"
        "receives-funding",
        "fundedBy",
        # "erhalt … eine Forderung": the umlauts an OCR lost
        r"(?P<s>{ANY}){OFTOWN}\s+(?:erh[aä]lt|erhalten|erhielt|erhielten|bekommt|bekam)\s+"
        r"(?:[\w.]+\s+){0,3}?(?:eine\s+)?(?:\w+\s+)?(?:F[oö]rderung|Zuwendung|Finanzierung)\s+"
        r"(?:des|der|vom|von\s+der|von\s+dem|durch\s+(?:das|den|die))\s+(?P<o>{ORGS})",
    ),
    Cue(
        "funds",
        "fundedBy",
        # "finanziert anteilig die …": an adverb between verb and object
        # "fördert 2025 zusätzlich das Projekt …": a year before the adverb
        r"(?P<o>{ORG})\s+(?:fördert|förderte|finanziert|finanzierte)\s+(?:(?:seit|ab)\s+[\w.]+\s+|(?:19|20)\d\d\s+)?"
        r"(?:(?!(?:werden|wurde|wird)\b)[a-zäöüß]+\s+){0,2}?{DET}"
        r"{PW}(?P<s>{ANY})",
    ),
    Cue(  # "Die ⟦Sparkasse⟧ unterstützt die ⟦Fortbildungsreihe⟧ (Maßnahme 4.2) mit 8.000 Euro"
        "supports-with-amount",
        "fundedBy",
        r"(?P<o>{FUNDER})\s+(?:unterstützt|unterstützte|unterstützen)\s+(?:(?:19|20)\d\d\s+)?{DET}"
        # "… in den Jahren 2024 bis 2026 mit jährlich bis zu 15.000 Euro"
        r"{PW}(?P<s>{ANY})[“\"”]?(?:\s*\([^()⟦⟧]{0,40}\))?(?:[^⟦⟧;.]{0,60}?\s+mit\s+"
        r"(?:[a-zäöü]+\s+){0,3}?[\d.,]+\s*(?:Euro|EUR|€)"
        # "… unterstützt das Projekt „⟦X⟧“ seit 2024 finanziell"
        r"|(?:\s+[\w.]+){0,3}?\s+finanziell\b)",
    ),
    Cue(  # "Die ⟦Sparkasse⟧ stellt 5.000 Euro für die ⟦Bildungskonferenz⟧ bereit"
        "provides-funds-for",
        "fundedBy",
        r"(?P<o>{FUNDER})\s+(?:stellt|stellte|stellen)\s+(?:[\w.,]+\s+){0,4}?(?:Mittel|Gelder|Sachmittel"
        r"|Fördermittel|Euro|EUR|€)\s+für\s+{DET}{PW}(?P<s>{ANY})[“\"”]?(?:\s+[\w.]+){0,4}?\s+bereit\b",
        subject_fixed=True,  # what is paid for, after "für"
    ),
    Cue(  # "Seit 2018 fördert die ⟦Kessler-Stiftung⟧ das ⟦Bildungsforum⟧"
        "funds-inverted",
        "fundedBy",
        r"\b(?:fördert|förderte|finanziert|finanzierte)\s+{DET}(?P<o>{ORG})\s+(?:(?:seit|ab|bis)\s+[\w.]+\s+)?"
        r"(?:das|den|die)\s+{PW}(?P<s>{ANY})",
    ),
    Cue(  # "…, dass die ⟦Stiftung⟧ das Projekt „⟦X⟧“ für zwei weitere Jahre fördert": the
        # subordinate clause, its verb last
        "funds-verb-final",
        "fundedBy",
        r"\b(?:dass|da|weil|nachdem|wenn|sofern)\s+{DET}(?P<o>{ORG})\s+(?:(?:seit|ab|bis)\s+[\w.]+\s+)?"
        r"(?:das|den|die)\s+{PW}(?P<s>{ANY})[“\"”]?\s+(?:[\w.]+\s+){0,5}?"
        r"(?:weiter|mit)?(?:fördert|förderte|finanziert|finanzierte)\b",
    ),
    Cue(  # "Die Finanzierung des ⟦Bildungsbüros⟧ erfolgt im Rahmen des Programms „⟦P⟧“"
        "financing-through",
        "fundedBy",
        r"\bFinanzierung\s+(?:des|der)\s+(?P<s>{ANY})\s+erfolgt\w*\s+(?:\w+\s+){0,3}?"
        r"(?:im\s+Rahmen\s+(?:des|der)|aus\s+Mitteln\s+(?:des|der)|über\s+(?:das|den|die)"
        r"|durch\s+(?:das|den|die))\s+{PW}(?P<o>{FUNDERS})",
    ),
    Cue(  # slides: "„⟦BildungsKommune⟧“: Förderprogramm des ⟦BMBF⟧": what the programme is
        "programme-apposition-of",
        "fundedBy",
        r"(?P<s>{PROG})[“\"”]?\s*[:–-]\s*(?:Bundes|Landes|Förder|Modell)?[Pp]rogramm\s+"
        r"(?:des|der)\s+(?P<o>{FUNDER})",
    ),
    Cue(  # "Die ⟦Stelle X⟧ wird aus dem Landesprogramm „⟦Y⟧“ finanziert"
        "financed-from-programme",
        "fundedBy",
        r"(?P<s>{ANY}){G}\b(?:wird|werden|wurde|wurden)\s+(?:[\w.]+\s+){0,3}?aus\s+(?:dem|der)\s+{PW}"
        r"(?P<o>{PROG})[“\"”]?\s+(?:\w+\s+){0,2}?(?:finanziert|gefördert)",
    ),
    Cue(  # "Die Personalkosten des ⟦Büros⟧ werden bis 2027 im Rahmen des Programms „⟦Y⟧“ gefördert"
        "funded-in-frame-of-programme",
        "fundedBy",
        r"(?P<s>{ANY}){G}\b(?:wird|werden|wurde|wurden)\s+(?:[\w.]+\s+){0,4}?im\s+Rahmen\s+(?:des|der|von)"
        r"\s+{PW}(?P<o>{PROG})[“\"”]?\s+(?:\w+\s+){0,2}?(?:finanziert|gefördert)\b",
    ),
)
