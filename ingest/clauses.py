"""Clauses joined by 'und' share the sentence's subject.

"⟦Wir⟧ sind Teil der ⟦X⟧ und werden vom ⟦BMBF⟧ gefördert": German leaves out the subject of
the second clause when it is the first clause's. The cues read a sentence from its subject, so
the second clause is read again with that subject in front, and the name standing right
before "und" is no subject of the verb after it.
"""

from __future__ import annotations

import re

# the sentence opens with its subject; "und" comes right before a finite verb
_OPENING_SUBJECT = re.compile(r"^\W*(?:(?:Der|Die|Das)\s+)?(?P<s>⟦\d+:\w+⟧)\s+(?!und\b)")
_AND_VERB = re.compile(
    r"\s+und\s+(?=(?:wird|werden|wurde|wurden|ist|sind|war|waren|hat|haben|arbeitet|arbeiten"
    r"|kooperiert|kooperieren|nimmt|nehmen|beteiligt|wirkt|wirken|gehört|gehören|leitet"
    r"|koordiniert|fördert|trägt|steht|stehen)\b)"
)


def subject_before_joint(masked: str, match: re.Match[str]) -> bool:
    """'der ⟦X⟧ und werden vom ⟦BMBF⟧ gefördert': the verb after 'und' is not X's; nor is it
    in 'Das ⟦Büro⟧ ist dem ⟦Fachbereich⟧ zugeordnet und wird von ⟦Y⟧ geleitet', where the
    second clause speaks of the sentence's opening subject."""
    parties = [name for name in ("s", "o") if match.groupdict().get(name)]
    if not parties:
        return False
    if "s" in parties:
        joint = _AND_VERB.match(re.sub(r"^[“\"”]", "", masked[match.end("s") :]))
        if joint is not None and match.end("s") + joint.end() <= match.end():
            return True
    first = min(parties, key=match.start)
    opening = _OPENING_SUBJECT.match(masked)
    if opening is None or match.start(first) == opening.start("s"):
        return False
    later = _AND_VERB.search(masked, match.end(first), match.end())
    return later is not None and "⟦" not in masked[match.end(first) : later.start()]


def coordinated_clauses(masked: str, offsets: list[int]) -> list[tuple[str, list[int]]]:
    """Each clause after 'und' + finite verb, with the sentence's opening subject in front."""
    opening = _OPENING_SUBJECT.match(masked)
    if opening is None:
        return []
    subject = opening.group("s")
    lead = offsets[opening.start("s") : opening.end("s")]
    clauses = []
    for joint in _AND_VERB.finditer(masked, opening.end()):
        clauses.append(
            (
                f"{subject} {masked[joint.end() :]}",
                [*lead, offsets[joint.end()], *offsets[joint.end() :]],
            )
        )
    return clauses
