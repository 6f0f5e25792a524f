"""Key bands: how sure a finding must be before a generator keys a question on it.

Part of the confidence gate (kinds/gate.py): the analysis gives each finding a `confidence`, and a
question is keyed only from findings in the bands measured right at least 97% of the time."""

from __future__ import annotations

MIN_CONFIDENCE = 0.7


def confident(finding: object) -> bool:
    return float(getattr(finding, "confidence", 1.0)) >= MIN_CONFIDENCE


# Key bands: the least confidence at which a finding may key a question, by what the key says. Each
# was measured on the tuned folders (tests/data/gold, devcorpus, styles, styles2; never the frozen
# split) twice: the analysis's own finding against the gold (`python -m quizgame.content.analysis.calibration`)
# and the keys the generators' gates let through (`python -m quizgame.content.audit.key_bands`). A
# kind of finding keys only in the bands where both measure >= 97% right; everywhere else the
# generators abstain. A speaker kind missing here never keys. Figures: right/judged, 2026-12-06.
#
# attribution_type's way (is the source a person, a body, unnamed?): the speaker kind must be right.
#   named      >=0.9: 225/231 (97.4%) kind agrees, 61/61 keys; below 0.9: 140/146 (95.9%)
#   outlet     every band: 35/35 (100%), 12/12 keys
#   organization 100/113 (88%), document 29/33 (88%), anonymous 53/90 (59%): abstain
# Since shapes.RULES (evening of 2026-12-06) the act as the statement ("announced his resignation") is at most
# 0.8 named, 0.7 other kinds (88/114 right): it keys no named way; an outlet's act still keys at 0.7 (4/4).
WAY_BANDS = {"named": 0.9, "outlet": MIN_CONFIDENCE}
# A secondhand report (an outlet's claim passed on): >=0.9 30/31 (97%) and 10/10 keys; >=0.8 26/27 (96%).
SECONDHAND_BAND = 0.9
# who_said and whose_words key the speaker of a direct quotation: the speaker must be right.
#   named direct: >=0.9 127/127, 0.8-0.9 43/44 (97.7%), 0.7-0.8 2/4, 0.6-0.7 26/27 (96.3%), 0.5-0.6 15/18
#   social_media direct: >=0.8 44/44, 0.7-0.8 0/1;  anonymous direct: >=0.9 7/10, 0.8-0.9 2/5: abstain
#   keys: who_said named >=0.8 83/83, social_media >=0.8 7/7; whose_words named >=0.9 91/91, 0.8-0.9 24/25 (96%)
SPEAKER_BANDS = {"named": 0.8, "social_media": 0.8}  # who said a quotation (who_said)
WORD_OWNER_BANDS = {"named": 0.9}  # whose is a word inside a quotation (whose_words' controls)
# "Not attributed at all" (attribution_type, unsourced_claim): a claim the gate's bare_claim lets
# through, >=0.9 162/164 and 0.8-0.9 21/21 keys (0.7-0.8: none pass; as findings 25/33, 76%).
CLAIM_BAND = 0.8


def keys_way(attribution: object) -> bool:
    """May this attribution key how a statement is attributed (attribution_type)?"""
    band = WAY_BANDS.get(str(getattr(attribution, "speaker_kind", "")))
    return band is not None and float(getattr(attribution, "confidence", 1.0)) >= band


def keys_speaker(attribution: object, bands: dict[str, float] = SPEAKER_BANDS) -> bool:
    """May this attribution's speaker key a question (by default, who said a quotation)?"""
    band = bands.get(str(getattr(attribution, "speaker_kind", "")))
    return band is not None and float(getattr(attribution, "confidence", 1.0)) >= band


def keys_claim(finding: object, band: float = CLAIM_BAND) -> bool:
    """Is an unsourced claim (or, with SECONDHAND_BAND, a secondhand report) sure enough to key?"""
    return float(getattr(finding, "confidence", 1.0)) >= band
