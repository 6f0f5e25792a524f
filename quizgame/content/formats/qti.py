"""IMS QTI 2.1 packages for an LMS question bank: a zip with imsmanifest.xml (IMS Content Packaging
1.1) and one assessmentItem file per question.

A question with one right answer is a choiceInteraction scored by match; several right answers are
scored by a response mapping that is quizgame's own rule (+1/n per right pick, -1/n per wrong one,
between 0 and 1); tap-the-word is a hottextInteraction over the sentence's words. The passage is a
blockquote before the prompt and the explanation a modalFeedback shown after answering, so QTI
holds every part of a question and the notes stay empty.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Sequence

from lxml import etree as ET

from quizgame.content.formats import Notes, Portable

QTI = "http://www.imsglobal.org/xsd/imsqti_v2p1"
CP = "http://www.imsglobal.org/xsd/imscp_v1p1"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
QTI_LOCATION = f"{QTI} http://www.imsglobal.org/xsd/qti/qtiv2p1/imsqti_v2p1.xsd"
CP_LOCATION = f"{CP} http://www.imsglobal.org/xsd/qti/qtiv2p1/qtiv2p1_imscpv1p2_v1p0.xsd"
ITEM_TYPE = "imsqti_item_xmlv2p1"


def identifier(text: str, prefix: str) -> str:
    """An XML NCName: letters, digits, - _ and ., starting with the prefix's letter."""
    return prefix + re.sub(r"[^A-Za-z0-9_.-]", "_", text)


def _el(parent: ET._Element | None, tag: str, text: str | None = None, ns: str = QTI, **attrs: str) -> ET._Element:
    if parent is None:
        element = ET.Element(f"{{{ns}}}{tag}", attrs, nsmap={None: ns, "xsi": XSI})
    else:
        element = ET.SubElement(parent, f"{{{ns}}}{tag}", attrs)
    if text is not None:
        element.text = text
    return element


def _value(parent: ET._Element, base_type: str, value: str) -> None:
    _el(parent, "baseValue", value, baseType=base_type)


def _set(parent: ET._Element, outcome: str) -> ET._Element:
    return _el(parent, "setOutcomeValue", identifier=outcome)


def item_xml(question: Portable, item_id: str) -> bytes:
    several = question.several or question.tap
    choice_ids = [f"C{i}" for i in range(len(question.choices))]
    item = _el(
        None, "assessmentItem", identifier=item_id, title=question.prompt[:200], adaptive="false", timeDependent="false"
    )
    item.set(f"{{{XSI}}}schemaLocation", QTI_LOCATION)
    response = _el(
        item,
        "responseDeclaration",
        identifier="RESPONSE",
        cardinality="multiple" if several else "single",
        baseType="identifier",
    )
    correct = _el(response, "correctResponse")
    for index in question.correct:
        _el(correct, "value", choice_ids[index])
    if several:
        share = 1 / len(question.correct)
        mapping = _el(response, "mapping", lowerBound="0", upperBound="1", defaultValue="0")
        for index, choice_id in enumerate(choice_ids):
            _el(
                mapping,
                "mapEntry",
                mapKey=choice_id,
                mappedValue=f"{share if index in question.correct else -share:.6g}",
            )
    score = _el(item, "outcomeDeclaration", identifier="SCORE", cardinality="single", baseType="float")
    _el(_el(score, "defaultValue"), "value", "0")
    if question.explanation:
        _el(item, "outcomeDeclaration", identifier="FEEDBACK", cardinality="single", baseType="identifier")
    body = _el(item, "itemBody")
    if question.excerpt:
        _el(_el(body, "blockquote"), "p", question.excerpt)
    if question.tap:
        _el(body, "p", question.prompt)
        interaction = _el(body, "hottextInteraction", responseIdentifier="RESPONSE", maxChoices="0")
        sentence = _el(interaction, "p")
        for n, (choice_id, word) in enumerate(zip(choice_ids, question.choices, strict=True)):
            hottext = _el(sentence, "hottext", word, identifier=choice_id)
            hottext.tail = " " if n < len(choice_ids) - 1 else None
    else:
        interaction = _el(
            body,
            "choiceInteraction",
            responseIdentifier="RESPONSE",
            shuffle="false",
            maxChoices="0" if several else "1",
        )
        _el(interaction, "prompt", question.prompt)
        for choice_id, text in zip(choice_ids, question.choices, strict=True):
            _el(interaction, "simpleChoice", text, identifier=choice_id)
    processing = _el(item, "responseProcessing")
    condition = _el(processing, "responseCondition")
    if several:
        when_empty = _el(condition, "responseIf")
        _el(_el(when_empty, "isNull"), "variable", identifier="RESPONSE")
        _value(_set(when_empty, "SCORE"), "float", "0")
        _el(_set(_el(condition, "responseElse"), "SCORE"), "mapResponse", identifier="RESPONSE")
    else:
        when_right = _el(condition, "responseIf")
        match = _el(when_right, "match")
        _el(match, "variable", identifier="RESPONSE")
        _el(match, "correct", identifier="RESPONSE")
        _value(_set(when_right, "SCORE"), "float", "1")
        _value(_set(_el(condition, "responseElse"), "SCORE"), "float", "0")
    if question.explanation:
        _value(_set(processing, "FEEDBACK"), "identifier", "EXPLANATION")
        feedback = _el(item, "modalFeedback", outcomeIdentifier="FEEDBACK", showHide="show", identifier="EXPLANATION")
        _el(feedback, "p", question.explanation)
    return ET.tostring(item, encoding="UTF-8", xml_declaration=True)


def manifest_xml(package_id: str, items: Sequence[tuple[str, str]]) -> bytes:
    manifest = _el(None, "manifest", ns=CP, identifier=package_id)
    manifest.set(f"{{{XSI}}}schemaLocation", CP_LOCATION)
    metadata = _el(manifest, "metadata", ns=CP)
    _el(metadata, "schema", "QTIv2.1 Package", ns=CP)
    _el(metadata, "schemaversion", "1.0.0", ns=CP)
    _el(manifest, "organizations", ns=CP)
    resources = _el(manifest, "resources", ns=CP)
    for item_id, href in items:
        resource = _el(resources, "resource", ns=CP, identifier=f"RES-{item_id}", type=ITEM_TYPE, href=href)
        _el(resource, "file", ns=CP, href=href)
    return ET.tostring(manifest, encoding="UTF-8", xml_declaration=True)


def write(questions: Sequence[Portable], package_name: str = "quizgame") -> tuple[bytes, Notes]:
    notes = Notes()
    buffer = io.BytesIO()
    items: list[tuple[str, str]] = []
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for number, question in enumerate(questions, start=1):
            item_id = identifier(question.ident or str(number), "ITEM-")
            href = f"items/{item_id}.xml"
            archive.writestr(href, item_xml(question, item_id))
            items.append((item_id, href))
            notes.written += 1
        archive.writestr("imsmanifest.xml", manifest_xml(identifier(package_name, "MANIFEST-"), items))
    return buffer.getvalue(), notes
