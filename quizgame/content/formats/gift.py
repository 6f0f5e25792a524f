"""Moodle's GIFT text format: multiple choice (one or several right answers), true/false.

    // quizgame question q-123
    ::q-123::Who said the plan works? {
    =The mayor
    ~Critics
    ####The article quotes the mayor.
    }

Several right answers carry weights: each right one +100/n %, each wrong one -100/n %, which is
quizgame's own rule (a wrong pick takes back a right one). Reading takes multiple choice,
true/false and missing-word questions; short answer, matching, numerical and essay questions
have no quizgame equivalent and are refused by their line. Per-answer feedback is not kept.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from quizgame.content.formats import FormatError, FormatErrors, Notes, Portable, one_line

SPECIAL = "~=#{}:\\"
MAX_QUESTIONS = 500


def escape(text: str) -> str:
    return "".join("\\" + ch if ch in SPECIAL else ch for ch in one_line(text))


def _weight(share: float) -> str:
    return f"{share:.5f}".rstrip("0").rstrip(".")


def write(questions: Sequence[Portable]) -> tuple[bytes, Notes]:
    notes = Notes()
    blocks = []
    for question in questions:
        text = question.prompt
        if question.excerpt:
            text = f"“{question.excerpt}” {question.prompt}"
            notes.change(question, "the passage is written into the question text")
        if question.tap:
            notes.change(question, "tap-the-word becomes a multiple choice among the sentence's words")
        lines = [f"// quizgame question {question.ident}", f"::{escape(question.ident)}::{escape(text)} {{"]
        n = len(question.correct)
        for index, choice in enumerate(question.choices):
            right = index in question.correct
            if n == 1:
                lines.append(("=" if right else "~") + escape(choice))
            else:
                lines.append(f"~%{_weight(100 / n) if right else '-' + _weight(100 / n)}%{escape(choice)}")
        if question.explanation:
            lines.append("####" + escape(question.explanation))
        lines.append("}")
        blocks.append("\n".join(lines))
        notes.written += 1
    return ("\n\n".join(blocks) + "\n").encode("utf-8"), notes


_TOKEN = re.compile(r"\\(.)|(.)", re.S)


def _unescape(text: str) -> str:
    return one_line(re.sub(r"\\(.)", r"\1", text))


def _split_unescaped(text: str, marks: str) -> list[tuple[str, str]]:
    """(mark, text) pieces of an answer part at each unescaped mark; the text keeps its escapes."""
    pieces: list[tuple[str, str]] = []
    current, mark = [], ""
    for escaped, plain in _TOKEN.findall(text):
        if plain and plain in marks:
            pieces.append((mark, "".join(current)))
            current, mark = [], plain
        else:
            current.append("\\" + escaped if escaped else plain)
    pieces.append((mark, "".join(current)))
    return pieces


def _find_unescaped(text: str, char: str, start: int = 0) -> int:
    i = start
    while i < len(text):
        if text[i] == "\\":
            i += 2
            continue
        if text[i] == char:
            return i
        i += 1
    return -1


def _blocks(text: str) -> list[tuple[int, str]]:
    blocks, current, start = [], [], 0
    for number, line in enumerate(text.splitlines(), start=1):
        stripped = line.strip()
        if stripped.startswith("//") or stripped.startswith("$CATEGORY:"):
            continue
        if not stripped:
            if current:
                blocks.append((start, "\n".join(current)))
            current = []
            continue
        if not current:
            start = number
        current.append(line)
    if current:
        blocks.append((start, "\n".join(current)))
    return blocks


def read(data: bytes) -> tuple[list[Portable], list[str]]:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise FormatErrors([FormatError("file", "not UTF-8 text")]) from exc
    questions, errors, feedback = [], [], False
    blocks = _blocks(text)
    if len(blocks) > MAX_QUESTIONS:
        raise FormatErrors([FormatError("file", f"more than {MAX_QUESTIONS} questions")])
    for line, block in blocks:
        try:
            question, had_feedback = _question(block)
        except ValueError as problem:
            errors.append(FormatError(f"line {line}", str(problem)))
            continue
        questions.append(question)
        feedback = feedback or had_feedback
    if not questions and not errors:
        errors.append(FormatError("file", "no questions found"))
    if errors:
        raise FormatErrors(errors)
    return questions, [
        "Feedback on single answers is not kept; the general feedback is the explanation."
    ] if feedback else []


def _question(block: str) -> tuple[Portable, bool]:
    ident = ""
    body = block.strip()
    if body.startswith("::"):
        end = body.find("::", 2)
        if end < 0:
            raise ValueError("the title starts with :: but does not end with ::")
        ident, body = body[2:end].strip(), body[end + 2 :].strip()
    body = re.sub(r"^\[(html|moodle|plain|markdown)\]", "", body)
    opening = _find_unescaped(body, "{")
    closing = _find_unescaped(body, "}", opening + 1) if opening >= 0 else -1
    if opening < 0 or closing < 0:
        raise ValueError("no answers between { and }")
    before, answers, after = body[:opening], body[opening + 1 : closing].strip(), body[closing + 1 :]
    prompt = _unescape(before) + (" _____ " + _unescape(after) if _unescape(after) else "")
    prompt = one_line(prompt)
    if not prompt:
        raise ValueError("the question text is empty")
    general = ""
    parts = answers.split("####", 1)
    if len(parts) == 2:
        answers, general = parts[0].strip(), _unescape(parts[1])
    if answers.upper() in ("T", "TRUE", "F", "FALSE") or re.match(r"^(T|TRUE|F|FALSE)\s*#", answers, re.I):
        truth = answers.split("#", 1)[0].strip().upper() in ("T", "TRUE")
        return Portable(prompt, ["True", "False"], [0 if truth else 1], general, ident=ident), "#" in answers
    if not answers:
        raise ValueError("an essay question (no answers) has no quizgame equivalent")
    if answers.startswith("#"):
        raise ValueError("a numerical question has no quizgame equivalent")
    if "->" in answers:
        raise ValueError("a matching question has no quizgame equivalent")
    choices, correct, had_feedback = [], [], False
    for mark, piece in _split_unescaped(answers, "=~")[1:]:
        weight = None
        found = re.match(r"^\s*%(-?\d+(?:\.\d+)?)%", piece)
        if found:
            weight, piece = float(found.group(1)), piece[found.end() :]
        answer_text, *rest = _split_unescaped(piece, "#")
        had_feedback = had_feedback or bool(rest)
        text = _unescape(answer_text[1])
        if not text:
            raise ValueError("an answer is empty")
        if mark == "=" or (weight is not None and weight > 0):
            correct.append(len(choices))
        choices.append(text)
    if _split_unescaped(answers, "=~")[0][1].strip():
        raise ValueError("text before the first answer; each answer starts with = or ~")
    if not any(mark == "~" for mark, _ in _split_unescaped(answers, "=~")[1:]):
        raise ValueError("a short-answer question (only = answers) has no quizgame equivalent")
    if not correct:
        raise ValueError("no right answer (= or a positive %weight%)")
    if len(choices) < 2:
        raise ValueError("a question needs at least two answers")
    return Portable(prompt, choices, correct, general, ident=ident), had_feedback
