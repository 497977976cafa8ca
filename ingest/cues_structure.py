"""Cues of structure: who carries what (carriedBy) and what is part of what (subOrganizationOf)."""

from __future__ import annotations

from ingest.cue_grammar import (
    BRANCH_HEADS,
    COUNCIL_HEADS,
    OWN_INSTITUTION_HEADS,
    UNIT_HEADS,
    Cue,
)

# what an office or body is placed in: "im ⟦Amt⟧ angesiedelt", "beim ⟦Dezernat⟧ eingerichtet"
_PLACED_WORDS = r"angesiedelt|eingerichtet|verortet|eingegliedert"
_PLACED = rf"(?:{_PLACED_WORDS})"
# what an institution can be of its carrier: "ein Eigenbetrieb der Stadt", "eine Tochter der X"
_OWN_ENTERPRISE = r"(?:Eigenbetrieb|Einrichtung|Tochtergesellschaft|Tochter)"
# "als Eigenbetrieb des ⟦Landkreises⟧ (geführt)": how its carrier runs an institution
_RUN_AS_OWN = r"als\s+(?:\w+\s+)?(?:Eigenbetrieb|Einrichtung)\s+(?:der|des)\s+(?P<o>{ORG})"

# a ministry, the federal government or the EU pays for a project; it runs none
_NOT_A_FUNDER = r"(?!.*(?:[Mm]inisteri|BMBF|Bundes|Europäische))"

CARRIERS: tuple[Cue, ...] = (
    # carriedBy
    Cue(
        "carrier-is",
        "carriedBy",
        r"(?P<s>{ANY}){G}\b{CARRIER}\s*(?:ist|sind|war|:)\s*{DET}(?P<o>{HOLDERS})",
        implicit=True,
    ),
    Cue(  # "Die ⟦VHS⟧ ist ein Eigenbetrieb der ⟦Stadt⟧"
        "own-enterprise",
        "carriedBy",
        r"(?P<s>{ANY}){OFTOWN}\s+(?:ist|war)\s+(?:\w+\s+)?(?:ein|eine)\s+(?:\w+\s+)?"
        + _OWN_ENTERPRISE
        + r"\s+(?:der|des)\s+(?P<o>{ORG})",
    ),
    Cue(  # "die ⟦Sparkassenstiftung X⟧, eine Stiftung der ⟦Sparkasse X⟧,"
        "own-enterprise-apposition",
        "carriedBy",
        r"(?P<s>{ANY})\s*,\s*(?:ein|eine|einer|eines)\s+(?:\w+\s+)?(?:Stiftung|"
        + _OWN_ENTERPRISE
        + r")\s+(?:der|des)\s+(?P<o>{ORG})",
        subject_fixed=True,
    ),
    Cue(  # "Die ⟦KVHS⟧ ist ein Sachgebiet des ⟦Amtes⟧", "… eine Organisationseinheit der ⟦Stadt⟧"
        "unit-of",
        "subOrganizationOf",  # of a municipality: carried by it (see relations._structural)
        r"(?P<s>{ORG}){OFTOWN}\s+(?:ist|war)\s+(?:\w+\s+)?(?:als\s+)?(?:ein|eine)\s+(?:\w+\s+)?"
        r"(?:Organisationseinheit|Dienststelle|Sachgebiet|Referat|Abteilung|Stabsstelle|Team)"
        r"(?:\s+[\d.]+)?\s+(?:des|der)\s+(?P<o>{ORG})",
    ),
    Cue(  # "Die ⟦VHS⟧ wird als Eigenbetrieb des ⟦Landkreises⟧ geführt"
        "run-as-own-enterprise",
        "carriedBy",
        r"(?P<s>{ANY}){OFTOWN}\s+(?:wird|wurde)\s+(?:\w+\s+){0,2}?" + _RUN_AS_OWN,
    ),
    Cue(  # "mit der ⟦VHS⟧, die als Eigenbetrieb des ⟦Landkreises⟧ geführt wird,"
        "run-as-own-enterprise-relative",
        "carriedBy",
        r"(?P<s>{ANY}){OFTOWN}\s*,\s*(?:die|der|das)\s+(?:\w+\s+){0,2}?"
        + _RUN_AS_OWN
        + r"\s+(?:\w+\s+)?(?:geführt|betrieben)\s+(?:wird|wurde)\b",
        subject_fixed=True,
    ),
    Cue(  # "die ⟦KVHS⟧ (Einrichtung des ⟦Landkreises⟧)", "⟦VHS⟧ (in Trägerschaft des ⟦Kreises⟧)"
        "own-enterprise-parens",
        "carriedBy",
        r"(?P<s>{ANY})\s*\(\s*(?:eine\s+)?(?:Einrichtung|Eigenbetrieb|in\s+Trägerschaft)\s+(?:der|des)\s+"
        r"(?P<o>{ORG})\s*\)",
    ),
    Cue(  # "dass die ⟦VHS⟧ ab Herbst das ⟦Grundbildungszentrum⟧ betreiben wird"
        "operates",
        "carriedBy",
        r"(?P<o>{ORG})\s+(?:(?:betreibt|betrieb|betreiben)\s+)?(?:[\w/.]+\s+){0,4}?(?:das|den|die)\s+"
        r"(?P<s>{ANY})\s+(?:betreibt|betreiben|betrieben)\b",
        subject_fixed=True,
    ),
    Cue(  # "Die ⟦Diakonie gGmbH⟧ unterhält auch das ⟦Eltern-Kind-Zentrum X⟧": it runs it
        "maintains",
        "carriedBy",
        r"(?P<o>{ORG})\s+(?:unterhält|unterhielt|betreibt|betrieb)\s+(?:[a-zäöüß]+\s+|(?:seit|ab)\s+\d{4}\s+){0,2}?"
        r"(?:das|den|die)\s+(?P<s>{ANY})",
        subject_fixed=True,
    ),
    Cue(  # "Für das ⟦Schulzentrum⟧ (SBBS) trägt der ⟦Landkreis⟧ die Schulträgerschaft allein"
        "bears-carriership",
        "carriedBy",
        r"\bFür\s+{DET}(?P<s>{ANY})(?:\s*\([^()]*\))?\s+(?:tr[aä]gt|übernimmt|hat)\s+{DET}(?P<o>{ORGS})\s+"
        r"(?:\w+\s+)?(?:die\s+)?\w*[Tt]r[aä]gerschaft\b",  # "tragt": an OCR lost the umlaut
        subject_fixed=True,
    ),
    Cue(  # "die ⟦KVHS⟧, deren Träger der ⟦Landkreis⟧ ist", "der ⟦Volkshochschule⟧ (⟦VHS⟧), deren …"
        "whose-carrier",
        "carriedBy",
        r"(?P<s>{ANY}){NOTE}(?:\s+[a-zäöüß]+){0,2}\s*,\s*(?:deren|dessen)\s+{CARRIER}\s+{DET}(?P<o>{ORGS})"
        r"\s+(?:ist|war|sind|waren)\b",
        subject_fixed=True,
    ),
    Cue(  # "Träger der ⟦KVHS⟧ (⟦KVHS⟧) ist der ⟦Landkreis⟧": the carrier named after the verb
        "carrier-fronted",
        "carriedBy",
        r"\b{CARRIER}\s+(?:des|der)\s+(?:[A-ZÄÖÜ]{2,8}\s+)?(?:\(\s*)?{PW}(?P<s>{ANY})[“\"”«]?\)?"
        r"(?:\s*\([^()]*\))?\s+(?:ist|sind|war)\s+(?:\w+\s+)?{DET}(?P<o>{ORGS}){NOCLAUSE}",
        subject_fixed=True,
    ),
    Cue(
        "carrier-of",
        "carriedBy",
        # "Der ⟦Landkreis⟧ ist zugleich Schulträger der ⟦Realschule X⟧"
        r"(?P<o>{ORG})\s+(?:ist|war)\s+(?:[a-zäöüß]+\s+)?(?:der\s+|die\s+)?{CARRIER}\s+(?:des|der|von)\s+"
        r"{PW}(?P<s>{ANY})",
    ),
    Cue(  # "⟦Netzwerk X⟧ (organisiert von der ⟦TA⟧, zweimal jährlich)"
        "organised-by-parens",
        "carriedBy",
        r"(?P<s>{BODY})\s*\(\s*(?:organisiert|getragen|veranstaltet)\s+(?:von|vom|durch)\s+{DET}"
        r"(?P<o>{ORG})",
    ),
    Cue(  # "Das ⟦Regionalnetzwerk⟧ ist ein Angebot der ⟦Transferagentur⟧"
        "offer-of",
        "carriedBy",
        r"(?P<s>{ANY})\s+(?:ist|war)\s+(?:\w+\s+)?(?:ein|eine)\s+(?:\w+\s+)?Angebot\s+(?:der|des)\s+(?P<o>{ORG})",
    ),
    Cue(
        "carrier-of-is",
        "carriedBy",
        # "Träger des Projekts ist …": the reference stands for "des Projekts" as a whole
        r"\bTräger(?:in)?\s+(?:(?:des|der|von)\s+)?{PW}(?P<s>{ANY})[“\"”«]?\s+(?:ist|war)\s+{DET}"
        r"(?P<o>{ORGS})",
    ),
    Cue(
        "carriership",
        "carriedBy",
        r"(?P<s>{ANY}){G}\bin\s+(?:der\s+)?Trägerschaft\s+(?:des|der|von)\s+(?P<o>{ORG})",
    ),
    Cue(  # "Die ⟦JBA⟧ wird gemeinsam von der ⟦A⟧, dem ⟦B⟧ und dem ⟦C⟧ getragen"
        "carried-by-passive",
        "carriedBy",
        r"(?P<s>{ANY}){G}\b(?:wird|werden|wurde|wurden)\s+(?:\w+\s+){0,2}?(?:von|vom|durch)\s+{DET}"
        # ("… wird von der ⟦Stadtkontor GmbH⟧ betrieben": who runs it)
        r"(?P<o>{ORGS})\s*,?\s+(?:\w+\s+){0,4}?(?:getragen|betrieben)\b",
    ),
    Cue(  # "Die ⟦Regionalkoordination⟧ wird getragen vom ⟦Landkreis⟧ und vom ⟦Schulamt⟧"
        "carried-by-passive-fronted",
        "carriedBy",
        r"(?P<s>{ANY}){G}\b(?:wird|werden|wurde|wurden)\s+(?:\w+\s+){0,2}?getragen\s+"
        r"(?:gemeinsam\s+)?(?:von|vom|durch)\s+{DET}(?P<o>{ORGS})",
    ),
    Cue(  # "Die ⟦Werkhof gGmbH⟧ führt das Projekt „⟦Ausbildungslotsen⟧“ durch"
        "carries-out",
        "carriedBy",
        r"(?P<o>{ORG})\s+(?:führt|führen|führte|führten)\s+(?:\w+\s+){0,2}?{DET}{PW}(?P<s>{PROG})"
        r"[“\"”«]?\s+durch\b",
    ),
    Cue(  # "Die ⟦Umweltstation⟧, die vom ⟦BN⟧ getragen wird"
        "carried-relative",
        "carriedBy",
        # "die ⟦JBA⟧ federführend, die von …": a word or two after the antecedent
        # ("die ⟦Transferagentur X⟧ (⟦TAX⟧), die von …": its short form between)
        r"(?P<s>{ANY})[“\"”]?(?:\s+(?:ist|war)\s+(?:ein|eine)\s+[A-ZÄÖÜ]\w+|(?:\s+[a-zäöüß]+){1,2})?"
        r"(?:\s*\(⟦\d+:\w+⟧\))?\s*,\s*(?:das|der|die)\s+"
        # "Die ⟦JBA⟧ ist eine Kooperation, die von …": the kind it is stands for it
        r"(?:[\w.]+\s+){0,3}?(?:von|vom|durch)\s+{DET}(?P<o>{ORGS})\s*,?\s+(?:\w+\s+){0,2}?"
        r"(?:getragen|betrieben)",
        subject_fixed=True,
    ),
    Cue(  # "Alle zwei Jahre lädt der ⟦Landkreis⟧ gemeinsam mit der ⟦KVHS⟧ zur ⟦Konferenz⟧ ein"
        "invites-to",
        "carriedBy",
        r"\b(?:lädt|laden|lud|luden)\s+{DET}(?P<o>{ORG})\s+(?:(?:\w+\s+){0,2}?(?:gemeinsam\s+)?mit\s+"
        r"{DET}{ORGS}\s+)?(?:\w+\s+){0,3}?(?:zur|zum|zu\s+(?:der|dem|einer|einem))\s+"
        r"(?P<s>{BODY})\s+ein\b",
        subject_fixed=True,
    ),
    Cue(  # "… lädt der ⟦Landkreis⟧ gemeinsam mit der ⟦KVHS⟧ zur ⟦Konferenz⟧ ein": the co-host
        "co-invites-to",
        "participatesIn",
        r"\b(?:lädt|laden|lud|luden)\s+{DET}{ORG}\s+(?:\w+\s+){0,2}?(?:gemeinsam\s+)?mit\s+{DET}"
        r"(?P<s>{ORGS})\s+(?:\w+\s+){0,3}?(?:zur|zum|zu\s+(?:der|dem))\s+(?P<o>{BODY})\s+ein\b",
    ),
    Cue(  # "Die ⟦VHS⟧, die sich in Trägerschaft des ⟦Landkreises⟧ befindet"
        "carriership-relative",
        "carriedBy",
        r"(?P<s>{ANY})\s*,\s*(?:das|der|die)\s+sich\s+(?:\w+\s+){0,2}?in\s+(?:der\s+)?"
        r"Trägerschaft\s+(?:des|der|von)\s+(?P<o>{ORG})\s+befinde\w*",
        subject_fixed=True,
    ),
    Cue(  # "Das ⟦Netzwerk⟧ trägt seit 2021 die ⟦Ferienakademie⟧": what it carries is named
        # right after the verb ("trägt die Kosten", "trägt dazu bei" name nothing)
        "carries",
        "carriedBy",
        r"(?<![,;]\s)(?P<o>{HOLDER})\s+(?:trägt|tragen|trug|trugen)\s+(?:seit\s+\d{4}\s+)?"
        r"(?:gemeinsam\s+)?(?:das|den|die)\s+(?:[\w-]*(?:[Pp]rojekt|[Pp]rogramm)\s+)?[„\"“»]?"
        r"(?P<s>{ANY})",
        subject_fixed=True,
    ),
    Cue(  # "das Projekt „⟦MINT-Labor⟧“ der ⟦Hochschule X⟧": a project its institution runs (a
        # ministry's programme is its funding instead)
        "project-of",
        "carriedBy",
        r"\b(?:Modell|Pilot|Schul)?[Pp]rojekts?\s+[„\"“»]?(?P<s>{PROG})[“\"”«]?\s+(?:des|der)\s+"
        r"(?P<o>{INSTITUTION})",
        object_head=_NOT_A_FUNDER,
    ),
    Cue(  # "Die ⟦Hochschule X⟧ ist mit ihrem ⟦Institut für Y⟧ Partner": the institute is hers
        "with-its-unit",
        "subOrganizationOf",
        r"(?P<o>{ORG})\s+(?:ist|sind|war|wirkt|arbeitet|beteiligt\s+sich)\s+(?:\w+\s+)?mit\s+"
        r"(?:ihrem|ihrer|seinem|seiner)\s+(?P<s>{ORG})",
    ),
    Cue(  # "der ⟦MINT-Kutter⟧, ein Projekt der ⟦Lernwerkstatt X e.V.⟧": an apposition says whose
        "project-apposition",
        "carriedBy",
        r"(?P<s>{PROG})[“\"”«]?\s*,\s*(?:ein|eine)\s+(?:[a-zäöüß]+\s+)?(?:Modell|Pilot)?[Pp]rojekt\s+"
        r"(?:des|der|von)\s+(?P<o>{INSTITUTION})",
        object_head=_NOT_A_FUNDER,
    ),
    Cue(  # "der ⟦Arbeitskreis⟧, den die ⟦IHK⟧ und das ⟦Schulamt⟧ seit 1998 gemeinsam tragen"
        "carriers-relative",
        "carriedBy",
        r"(?P<s>{ANY}){NOTE}\s*,\s*(?:den|die|das)\s+{DET}(?P<o>{ORGS})\s+(?:[\w.]+\s+){0,4}?"
        r"(?:trägt|tragen|trug|trugen|betreibt|betreiben)\b",
        subject_fixed=True,
    ),
    Cue(
        "carried-by",
        "carriedBy",
        # "die ⟦JBA⟧, betrieben durch die ⟦Agentur⟧", "… wird betrieben durch die ⟦VHS⟧"
        # ("… wird organisiert von der ⟦TA⟧": who runs a network runs it)
        r"(?P<s>{ANY}){G}\b(?:getragen|(?:(?<=,\s)|(?<=wird\s)|(?<=wurde\s)|(?<=werden\s))"
        r"(?:betrieben|organisiert))"
        r"\s+(?:von|vom|durch)\s+{DET}(?P<o>{ORGS})",
    ),
    Cue(  # "…; getragen wird ⟦sie⟧ gemeinsam von der ⟦A⟧, dem ⟦B⟧ und der ⟦C⟧"
        "carried-by-fronted",
        "carriedBy",
        r"\b(?:[Gg]etragen|[Bb]etrieben)\s+(?:wird|werden|wurde|wurden)\s+{DET}(?P<s>{ANY})\s+"
        r"(?:gemeinsam\s+)?(?:von|vom|durch)\s+{DET}(?P<o>{ORGS})",
    ),
    Cue(
        "located-at",
        "carriedBy",
        r"(?P<s>{ANY}){G}\bangesiedelt\s+(?:bei|beim|am|an|im|in)\s+{DET}(?P<o>{ORG})",
    ),
    Cue(
        "located-at-verb-final",
        "carriedBy",
        # "im ⟦Dezernat II⟧, ⟦Fachbereich Bildung⟧, angesiedelt": the innermost unit
        r"(?P<s>{ANY}){OFTOWN}\s+(?:ist|sind|wird|wurde)\s+(?:[\w.]+\s+){0,5}?(?:beim|bei\s+der|bei\s+dem"
        r"|am|im|in\s+der)\s+{DESCR}(?:⟦\d+:AdministrativeUnit⟧\s*,\s*)?(?P<o>{ORG}){NOTE}{OWNER}"
        # "… der ⟦Kreisverwaltung⟧ in Landau angesiedelt": the town it sits in
        r"(?:\s+in\s+(?:⟦\d+:Municipality⟧|[A-ZÄÖÜ][\w-]+))?,?\s+" + _PLACED,
    ),
    Cue(  # "Das ⟦Büro⟧ ist nicht mehr dem ⟦FB 40⟧ zugeordnet, sondern direkt beim ⟦Dezernat⟧
        # angesiedelt"
        "located-instead",
        "carriedBy",
        r"(?P<s>{ANY}){OFTOWN}\s+(?:ist|sind|wird|wurde)\b[^;.]{0,160}?,\s*sondern\s+(?:[\w.]+\s+){0,4}?"
        r"(?:beim|bei\s+der|bei\s+dem|am|im|in\s+der|dem|der)\s+{DESCR}(?P<o>{ORG}){NOTE}{OWNER}\s+"
        + rf"(?:{_PLACED_WORDS}|zugeordnet|unterstellt)",
    ),
    Cue(  # "das ⟦Bildungsbüro⟧, das im ⟦Amt für Schule⟧ angesiedelt ist"
        "located-relative",
        "carriedBy",
        r"(?P<s>{ANY}){NOTE}(?:\s+[a-zäöüß]+){0,2}\s*,\s*(?:das|der|die)\s+(?:[\w.]+\s+){0,3}?(?:beim"
        r"|bei\s+der|bei\s+dem|am|im|in\s+der)\s+(?P<o>{ORG})(?:\s*\([^()⟦⟧]{1,60}\))?"
        r"(?:\s+(?:des|der)\s+(?:⟦\d+:\w+⟧|[A-ZÄÖÜ]\w+))?\s+"
        + _PLACED
        + r"\s+(?:ist|sind|wurde|war)\b",
        subject_fixed=True,
    ),
    Cue(  # "2014 wurde im ⟦RBB⟧ die ⟦Koordinierungsstelle⟧ eingerichtet"
        "located-inverted",
        "carriedBy",
        r"\b(?:wurde|wird|ist|sind|wurden)\s+(?:[\w.]+\s+){0,3}?(?:beim|bei\s+der|bei\s+dem|im|in\s+der)\s+"
        # (not "beim ⟦Amt⟧ (Amt 40) der ⟦Stadt⟧ angesiedelt": a town is no part of its office)
        r"(?P<o>{ORG}){NOTE}\s+{DET}(?P<s>⟦\d+:(?:Organization|AdministrativeUnit|Body)⟧){NOTE}\s+"
        r"(?:[\w.]+\s+){0,3}?" + _PLACED + r"\b",
    ),
    Cue(
        "located-in-municipality",
        "carriedBy",
        r"\b(?:ist|sind|übernimmt|übernehmen)\s+in\s+(?P<o>{MUNI})\s+(?:der|die|das|dem)\s+(?P<s>{ORG})",
        subject_head=UNIT_HEADS,
    ),
)

PARTS: tuple[Cue, ...] = (
    # subOrganizationOf
    Cue(
        "genitive-unit",
        "subOrganizationOf",
        # "das ⟦Institut X⟧ (⟦IBS⟧) der ⟦Hochschule Y⟧": its short form between
        r"(?P<s>{ORG})(?:\s*\(⟦\d+:\w+⟧\))?\s+(?:des|der)\s+(?:[A-ZÄÖÜ]\w+er\s+)?(?P<o>{ORG})",
        subject_head=UNIT_HEADS,
    ),
    Cue(  # "des ⟦Bildungsbüros⟧ im ⟦Landkreis X⟧": an office placed in a municipality is its
        # (not a state's branch there: "die Außenstelle im Landkreis")
        "unit-in-municipality",
        "subOrganizationOf",
        r"(?P<s>{ORG})\s+(?:im|in\s+der)\s+(?P<o>{MUNI})",
        subject_head=r"(?!Außenstelle|Regionalstelle)(?:[A-ZÄÖÜ]\w*(?:e|es|er|en)\s+)?(?:[A-ZÄÖÜ]\w*-)?"
        r"(?:[A-ZÄÖÜ]\w*(?:büro|stelle)|Sachgebiet|Fachbereich|Fachdienst|Abteilung)(?:s|es)?\b",
    ),
    Cue(  # "die ⟦AG Bildungsmonitoring⟧ des ⟦Netzwerks⟧": a working group of a body
        "group-of-body",
        "subOrganizationOf",
        r"(?P<s>{BODY})\s+(?:des|der)\s+(?P<o>{BODY})",
        subject_head=r"(?:AG|Arbeitsgruppe|Arbeitskreis|Lenkungskreis|Lenkungsgruppe|Steuerungsgruppe"
        r"|Steuergruppe|Steuerungskreis|Steuerungsrunde|Lenkungsrunde|Koordinierungsgruppe"
        r"|Koordinierungskreis|Unterarbeitsgruppe|Fachgruppe|Projektgruppe)\b",
    ),
    Cue(
        "comma-branch",
        "subOrganizationOf",
        # not inside an enumeration ("⟦FB Bildung⟧, ⟦FB Soziales⟧, ⟦Sachgebiet X⟧, ⟦VHS⟧")
        r"{UNLISTED}(?P<o>{ORG})\s*[,–]\s*(?P<s>{ORG})(?!\s*(?:,|und|sowie)\s*{DET}⟦)",
        subject_head=BRANCH_HEADS,
    ),
    Cue(  # "⟦Hochschule X⟧ (⟦Fachbereich Sozialwesen⟧)": an institution with its branch
        "branch-in-parens",
        "subOrganizationOf",
        r"(?P<o>{INSTITUTION})\s*\(\s*(?P<s>{ORG})\s*\)",
        # an institution's own divisions ("⟦VHS⟧ (⟦Dezernat IV⟧)" names the VHS's place instead)
        subject_head=r"(?:Fachbereich|Referat|Abteilung|Institut|Lehrstuhl|Fakultät|Geschäftsbereich"
        r"|Regionalstelle|Außenstelle|Niederlassung)\b",
        object_head=rf"(?!{UNIT_HEADS})",  # "⟦Bildungsbüro⟧ (⟦Dezernat II⟧)" is the other way
    ),
    Cue(
        "unit-within",
        "subOrganizationOf",
        r"(?P<s>{ORG})\s+(?:bildet|ist)\s+(?:ein|eine|einen)\s+{G}(?:Sachgebiet|Referat|Abteilung|Organisationseinheit|Einheit|Stabsstelle|Bereich|⟦\d+:AdministrativeUnit⟧)\s+(?:in|im|innerhalb)\b{G}(?P<o>{ORG})",
    ),
    Cue(  # "Das ⟦Bildungsbüro⟧ ist als Sachgebiet der ⟦Abteilung Y⟧ dem ⟦Amt⟧ zugeordnet"
        "as-unit-of",
        "subOrganizationOf",
        r"(?P<s>{ORG})\s+(?:ist|sind|wird|wurde|war)\s+(?:[\w.]+\s+){0,3}?als\s+(?:eigene[sr]?\s+)?"
        r"(?:Sachgebiet|Referat|Abteilung|Team|Organisationseinheit|Fachdienst|Einheit)\s+"
        r"(?:der|des|im|in\s+der|innerhalb\s+(?:der|des))\s+(?P<o>{ORG})",
        object_head=UNIT_HEADS,
    ),
    Cue(
        "component-of-programme",
        "participatesIn",
        r"(?P<s>{ACTS})\s+(?:ist|sind|war|waren)\s+(?:\w+\s+){0,2}?(?:Teil|Bestandteil)\s+(?:des|der)\s+(?:[a-zäöü]\w*(?:e|en)\s+)?{PW}(?P<o>{PROG})",
    ),
    Cue(  # "Sachgebiet Kindertagesbetreuung im Fachbereich 3"
        "unit-in-unit",
        "subOrganizationOf",
        r"(?P<s>{ORG})\s+(?:im|in\s+der|in\s+dem|innerhalb\s+(?:der|des))\s+(?P<o>{ORG})",
        subject_head=UNIT_HEADS,
        object_head=UNIT_HEADS,
    ),
    Cue(  # "das Bildungsbüro (Dezernat II, Jugend und Bildung)": where it stands in the chart
        "unit-in-parens",
        "subOrganizationOf",
        r"(?P<s>{ORG})\s*\(\s*(?:(?:angesiedelt|verortet)\s+)?(?:(?:im|in\s+der|beim)\s+)?"
        r"(?P<o>{ORG})\s*(?:[,;][^()⟦⟧]{0,40})?\)",
        subject_head=UNIT_HEADS,
        object_head=UNIT_HEADS,
    ),
    Cue(  # "Innerhalb des ⟦Dezernats II⟧ ist das ⟦Amt für Schule⟧ für … zuständig"
        "within-unit-is",
        "subOrganizationOf",
        r"\b(?:Innerhalb|Im|In)\s+(?:des|der|dem)?\s*(?P<o>{ORG})\s+(?:ist|sind|befindet\s+sich"
        r"|befinden\s+sich|arbeitet|arbeiten)\s+{DET}(?P<s>{ORG})",
        subject_head=UNIT_HEADS,
        object_head=UNIT_HEADS,
    ),
    Cue(  # "Das ⟦KI⟧ ist als Stabsstelle unmittelbar dem ⟦Dezernat II⟧ unterstellt"
        "reports-to",
        "subOrganizationOf",
        # "… dem ⟦Dezernat II⟧ (Bildung und Soziales) der Kreisverwaltung zugeordnet"
        r"(?P<s>{INSTITUTION}){G}\b(?:dem|der)\s+(?P<o>{ORG})(?:\s*\([^()⟦⟧]{1,60}\))?"
        r"{OWNER}\s+(?:\w+\s+)?(?:unterstellt|zugeordnet"
        r"|angegliedert|nachgeordnet)\b",
        object_head=UNIT_HEADS,
    ),
    Cue(  # "Das ⟦SSA⟧ ist dem ⟦Ministerium⟧ als untere Schulbehörde nachgeordnet"
        "subordinate-authority",
        "subOrganizationOf",
        r"(?P<s>{INSTITUTION}){G}\b(?:dem|der)\s+(?P<o>{ORG})\s+(?:als\s+(?:[^⟦⟧;.]|⟦\d+:\w+⟧){0,50}?\s+)?"
        r"(?:nachgeordnet|nachgeordnete\s+Behörde)\b",
    ),
    Cue(  # "Die ⟦Facharbeitsgruppe X⟧ ist eine Untergruppe des ⟦Netzwerks⟧"
        "subgroup-of",
        "subOrganizationOf",
        # "ist seit 2022 Unterarbeitsgruppe des ⟦Netzwerks⟧", "wurde als dritte Arbeitsgruppe
        # des ⟦Netzwerks⟧ eingerichtet"
        r"(?P<s>{BODY})\s+(?:ist|war|bildet|wurde)\s+(?:(?:seit|im|ab)\s+\S+\s+)?(?:als\s+)?"
        r"(?:(?:eine|ein)\s+)?(?:\w+\s+)?{SUBGROUP}\s+(?:des|der)\s+(?P<o>{BODY})",
    ),
    Cue(  # "im ⟦Ausschuss für Schule⟧, einem Fachausschuss des ⟦Rates der Stadt X⟧"
        "subgroup-apposition",
        "subOrganizationOf",
        r"(?P<s>{BODY})\s*,\s*(?:ein|eine|einem|einer)\s+(?:[a-zäöüß]+\s+)?{SUBGROUP}\s+(?:des|der)\s+"
        r"(?P<o>{BODY})",
    ),
    Cue(  # "Als ständige Arbeitsgruppe der ⟦Konferenz⟧ arbeitet der ⟦Arbeitskreis X⟧"
        "subgroup-of-fronted",
        "subOrganizationOf",
        r"\bAls\s+(?:\w+\s+)?{SUBGROUP}\s+(?:des|der)\s+(?P<o>{BODY})\s+(?:arbeitet|tagt|wirkt)\s+"
        r"{DET}(?P<s>{BODY})",
    ),
    Cue(  # "Dem ⟦Dezernat III⟧, das …, sind das ⟦Jugendamt⟧ und das ⟦Sozialamt⟧ zugeordnet";
        # "Dem ⟦Dezernat II⟧ gehören das ⟦Amt 40⟧ und das ⟦Amt 50⟧ an"
        "assigned-units",
        "subOrganizationOf",
        # "Ihm gehören …" (the pronoun resolved to the unit named before)
        r"(?:\b(?:Dem|Der)\s+|^)(?P<o>{ORG})(?:\s*,[^;.]{0,100}?,)?\s+(?:(?:sind|ist|wurden|wurde|werden|wird)\s+"
        r"{DET}(?P<s>{ORGS})\s+(?:\w+\s+)?(?:zugeordnet|unterstellt|angegliedert)|gehör\w*\s+"
        r"(?:(?:unter\s+anderem|u\.\s*a\.|auch|außerdem)\s+)?{DET}"
        r"(?P<s2>{ORGS})(?:\s*\([^()]{1,40}\))?\s+an)\b",
        object_head=UNIT_HEADS,
    ),
    Cue(  # "Der ⟦Steuerungsgruppe⟧ ist die ⟦AG X⟧ als ständige Arbeitsgruppe zugeordnet"
        "assigned-group",
        "subOrganizationOf",
        r"\b(?:Dem|Der)\s+(?P<o>{BODY})\s+(?:ist|sind|wurde|wurden|wird|werden)\s+{DET}"
        r"(?:[a-zäöüß]+\s+)?(?P<s>{BODY})(?:\s+als\s+(?:[a-zäöüß]+\s+)?(?:⟦\d+:Body⟧|[A-ZÄÖÜ]\w+))?"
        r"\s+(?:zugeordnet|angegliedert|unterstellt)\b",
    ),
    Cue(  # "Dem ⟦Amt 40⟧ sind folgende Organisationseinheiten zugeordnet:"
        "intro-assigned-units",
        "subOrganizationOf",
        r"\b(?:Dem|Der)\s+(?P<o>{ORG})\s+(?:sind|ist)\s+(?:[\w-]+\s+){0,3}?(?:zugeordnet|unterstellt"
        r"|angegliedert)\s*:\s*$",
        intro=True,
    ),
    Cue(  # "⟦Landkreis X⟧ (⟦Bildungsbüro⟧, ⟦Jugendamt⟧)": the county with the offices taking part
        "units-in-parens",
        "carriedBy",
        r"(?P<o>{MUNI})\s*\(\s*(?P<s>{ORGS})\s*\)",
        subject_head=UNIT_HEADS,
    ),
    Cue(  # "Das ⟦Bildungsbüro⟧, das seit 2023 als eigenes Sachgebiet dem ⟦Fachbereich 4⟧ angehört"
        "belongs-relative",
        "subOrganizationOf",
        # ("das ⟦Bildungsbüro⟧ der ⟦Stadt X⟧, das als Abteilung … angehört": the office)
        r"(?P<s>{ORG}){OFTOWN}\s*,\s*(?:das|der|die)\s+(?:[\w.]+\s+){0,6}?(?:dem|der)\s+(?P<o>{ORG})"
        r"{OWNER}\s+(?:angehört|angehörte|(?:zugeordnet|unterstellt|angegliedert)\s+(?:ist|war|wurde))\b",
        object_head=UNIT_HEADS,
        subject_fixed=True,
    ),
    Cue(  # "Der ⟦Bildungsbeirat⟧ richtet die ⟦AG X⟧ ein", "Der ⟦Landkreis⟧ richtet eine ⟦Y⟧ ein"
        "sets-up",
        "subOrganizationOf",
        r"(?P<o>⟦\d+:(?:Body|Municipality)⟧)\s+(?:richtet|richtete|richten)\s+(?:[\w.]+\s+){0,3}?"
        r"(?:die|den|das|eine[nr]?|ein)\s+(?:\w+\s+)?(?P<s>{BODY})\s+(?:\w+\s+){0,3}?ein\b",
        subject_fixed=True,
    ),
    Cue(  # "Der ⟦Beirat⟧ hat drei Arbeitsgruppen eingerichtet: die ⟦AG A⟧, die ⟦AG B⟧ …"
        "sets-up-groups",
        "subOrganizationOf",
        r"(?P<o>{BODY})\s+(?:hat|hatte)\s+[^⟦⟧;:]{0,60}?\b(?:Arbeitsgruppen|Arbeitskreise|AGs"
        r"|Unterarbeitsgruppen|Fachgruppen)\s+(?:eingerichtet|gebildet|gegründet|eingesetzt)\s*:\s*{DET}"
        r"(?P<s>{MEMBERS})",
    ),
    Cue(  # "Der ⟦Steuerungsgruppe⟧ arbeiten drei Arbeitskreise der ⟦Bildungsregion⟧ zu: der ⟦AK
        # A⟧, der ⟦AK B⟧ sowie der ⟦AK C⟧"
        "groups-of-body-listed",
        "subOrganizationOf",
        r"\b(?:Arbeitskreise|Arbeitsgruppen|AGs|Fachgruppen|Fachforen|Unterarbeitsgruppen)\s+"
        r"(?:des|der)\s+(?P<o>{BODY})[^⟦⟧;:.]{0,40}:\s*{DET}(?P<s>{MEMBERS})",
    ),
    Cue(  # "Arbeitskreise des ⟦Bildungsbeirats⟧" over a list of them
        "intro-groups-of-body",
        "subOrganizationOf",
        r"^\W*(?:Arbeitskreise|Arbeitsgruppen|AGs|Fachgruppen|Unterarbeitsgruppen|Ausschüsse)\s+"
        r"(?:des|der|im)\s+(?P<o>{BODY})\s*:?\s*$",
        intro=True,
    ),
    Cue(  # "das Amt gehört zum Dezernat II"
        "belongs-to",
        "subOrganizationOf",
        # ("Das ⟦Kreisjugendamt⟧ (SG 41) gehört zur ⟦Abteilung 4⟧": its number between)
        # ("die ⟦Kreismusikschule⟧, deren Leiterin ⟦X⟧ ist, gehört zum …": a clause between)
        r"(?P<s>{ORG}){NOTE}(?:\s*,\s*(?:deren|dessen)\s+[^,;.]{1,80}?,)?\s+"
        r"(?:gehört|gehören|gehörte|gehörten)\s+(?:\w+\s+){0,5}?"
        r"(?:zum|zur|zu\s+(?:der|dem))\s+(?P<o>{ORG})",
        subject_head=f"(?:{UNIT_HEADS}|{OWN_INSTITUTION_HEADS})",
    ),
    Cue(  # "Das ⟦Bildungsbüro⟧ der ⟦Stadt X⟧ gehört als Abteilung 40.3 dem ⟦Amt für Schule⟧ an"
        "belongs-to-dative",
        "subOrganizationOf",
        r"(?P<s>{ORG}){OFTOWN}{NOTE}\s+(?:gehört|gehörte)\s+(?:als\s+(?:[\w.]+\s+){1,3}?)?"
        r"(?:dem|der)\s+(?P<o>{ORG}){OWNER}\s+an\b",
        subject_head=f"(?:{UNIT_HEADS}|{OWN_INSTITUTION_HEADS})",
    ),
    Cue(  # "das ⟦Bildungsbüro⟧, seit 2022 ein eigenes Sachgebiet im ⟦Amt für Bildung⟧"
        "apposition-unit-in",
        "subOrganizationOf",
        r"(?P<s>{ORG})\s*,\s*(?:[\w.]+\s+){0,3}?(?:ein(?:e|es|en)?\s+)?(?:eigene[sr]?\s+)?"
        r"(?:Sachgebiet|Referat|Abteilung|Stabsstelle|Fachdienst|Team|Organisationseinheit)"
        r"(?:\s+[\d.]+)?\s+(?:im|in\s+der|beim|bei\s+der)\s+(?P<o>{ORG})",
        subject_head=UNIT_HEADS,
    ),
    Cue(  # "im ⟦Amt⟧, das wiederum dem ⟦Dezernat II⟧ (…) der Stadtverwaltung zugeordnet ist"
        "assigned-relative",
        "subOrganizationOf",
        r"(?P<s>{ORG})\s*,\s*(?:das|der|die)\s+(?:\w+\s+){0,2}?(?:dem|der)\s+(?P<o>{ORG})"
        r"(?:\s*\([^()⟦⟧]{1,60}\))?[^⟦⟧;.]{0,40}?\s(?:zugeordnet|unterstellt|angegliedert)\s+"
        r"(?:ist|sind|wurde|war)\b",
        subject_head=UNIT_HEADS,
    ),
    Cue(  # "Das ⟦Referat 4 – Kultur⟧, dem die ⟦Stadtbibliothek⟧ angehört, …"
        "members-of-unit-relative",
        "subOrganizationOf",
        # ("… des ⟦FD⟧, der ⟦Stabsstelle⟧ und des ⟦Jobcenters⟧ angehören": a list of owners,
        # no clause; only "dem" is sure to be the clause's own pronoun)
        r"(?<!⟧,\s(?:des|der)\s)(?P<o>{ORG})\s*,\s*dem\s+{DET}(?P<s>{ORGS})\s+(?:[a-zäöüß]+\s+){0,2}?"
        r"(?:angehört|angehören|zugeordnet\s+(?:ist|sind)|unterstellt\s+(?:ist|sind))\b",
        subject_head=f"(?:{UNIT_HEADS}|{OWN_INSTITUTION_HEADS})",
        object_head=UNIT_HEADS,
    ),
    Cue(  # "Zum ⟦Referat⟧ gehört das ⟦Amt für Schulen⟧"
        "belongs-to-fronted",
        "subOrganizationOf",
        # "Zum Geschäftsbereich des ⟦Dezernats⟧", "Zu ⟦dessen⟧ Geschäftsbereich" (resolved)
        r"\bZu(?:(?:m|r)\s+(?:Geschäftsbereich\s+(?:des|der)\s+)?(?P<o>{ORG})|\s+(?P<o2>{ORG})\s+"
        r"Geschäftsbereich)"
        r"(?:\s*,[^;.⟦⟧]{0,100}?,)?\s+(?:gehört|gehören|gehörte|gehörten|zählt|zählen)\s+"
        r"(?:\w+\s+)?{DET}(?P<s>{ORGS})",
        subject_head=f"(?:{UNIT_HEADS}|{OWN_INSTITUTION_HEADS})",
    ),
    Cue(  # "der ⟦Ausschuss für Bildung⟧ des ⟦Kreistages⟧": a committee of its council
        "committee-of-council",
        "subOrganizationOf",
        r"(?P<s>{BODY})\s*,?\s+(?:(?:einem|einer|eines)\s+(?:der|von\s+den)\s+(?:[\w-]+\s+){0,3}?"
        r"(?:Ausschüsse|Gremien)\s+)?(?:des|der)\s+(?P<o>{BODY})",
        subject_head=r"\w*[Aa]usschuss",
        object_head=COUNCIL_HEADS,
    ),
    Cue(  # "Dem ⟦Stadtrat⟧ und seinem ⟦Ausschuss für Bildung⟧ wird berichtet"
        "council-and-its-committee",
        "subOrganizationOf",
        r"(?P<o>{BODY}){OFTOWN}\s+(?:und|sowie|mit)\s+(?:sein(?:e[mnrs]?)?|ihr(?:e[mnrs]?)?)\s+(?P<s>{BODY})",
        subject_head=r"\w*[Aa]usschuss",
        object_head=COUNCIL_HEADS,
    ),
    Cue(  # "Organisatorisch ist das ⟦RBB⟧ als Sachgebiet 40.3 Teil des ⟦Amtes für Schule⟧"
        "part-of-inverted",
        "subOrganizationOf",
        r"\b(?:ist|sind|wurde)\s+{DET}(?P<s>{ORG}){NOTE}\s+(?:als\s+(?:[\w.]+\s+){1,4}?)?"
        r"(?:\w+\s+){0,2}?(?:Teil|Bestandteil)\s+(?:des|der)\s+(?P<o>{ORG})",
    ),
    Cue(
        "part-of",
        "subOrganizationOf",
        # "ist organisatorisch Teil des …", "ist als Sachgebiet 40.3 Teil des …"
        r"(?P<s>{ORG}){OFTOWN}\s+(?:ist|sind|wurde)\s+(?:als\s+(?:[\w.]+\s+){1,3}?)?(?:\w+\s+){0,2}?"
        r"(?:Teil|Bestandteil)\s+(?:des|der)\s+(?P<o>{ORG})",
    ),
)
