"""Moodle's Aiken text format: one question a line, its options "A." or "A)" on the lines after,
then "ANSWER: B". One right answer only, no explanations, no passages of their own.

    Who said the plan works?
    A. The mayor
    B. Critics
    ANSWER: A

Aiken cannot hold several right answers (those questions are left out, with the reason), more
than 26 options, or an explanation (left out, reported); a passage is written into the question.
"""

from __future__ import annotations

import re
import string
from collections.abc import Sequence

from quizgame.content.formats import FormatError, FormatErrors, Notes, Portable, one_line

LETTERS = string.ascii_uppercase
OPTION = re.compile(r"^([A-Z])[.)]\s+(.*)$")
ANSWER = re.compile(r"^ANSWER:\s*([A-Z])\s*$")
MAX_QUESTIONS = 500


def write(questions: Sequence[Portable]) -> tuple[bytes, Notes]:
    notes = Notes()
    blocks = []
    for question in questions:
        if question.several:
            notes.skip(question, "Aiken holds one right answer; this question has several")
            continue
        if len(question.choices) > len(LETTERS):
            notes.skip(question, f"{len(question.choices)} options; Aiken letters go up to Z")
            continue
        text = one_line(question.prompt)
        if question.excerpt:
            text = f"“{one_line(question.excerpt)}” {text}"
            notes.change(question, "the passage is written into the question text")
        if question.explanation:
            notes.change(question, "the explanation is left out (Aiken has no place for it)")
        if question.tap:
            notes.change(question, "tap-the-word becomes a multiple choice among the sentence's words")
        lines = [text] + [f"{LETTERS[i]}. {one_line(c)}" for i, c in enumerate(question.choices)]
        lines.append(f"ANSWER: {LETTERS[question.correct[0]]}")
        blocks.append("\n".join(lines))
        notes.written += 1
    return ("\n\n".join(blocks) + "\n").encode("utf-8"), notes


def read(data: bytes) -> tuple[list[Portable], list[str]]:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise FormatErrors([FormatError("file", "not UTF-8 text")]) from exc
    questions: list[Portable] = []
    errors: list[FormatError] = []
    prompt, start, options = None, 0, []  # type: ignore[var-annotated]
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line:
            continue
        if prompt is None:
            if OPTION.match(line) or ANSWER.match(line):
                errors.append(FormatError(f"line {number}", "an option or ANSWER line where a question should start"))
                continue
            prompt, start, options = line, number, []
            continue
        option, answer = OPTION.match(line), ANSWER.match(line)
        if option:
            if option.group(1) != LETTERS[len(options)]:
                errors.append(
                    FormatError(f"line {number}", f"option {option.group(1)} should be {LETTERS[len(options)]}")
                )
            options.append(one_line(option.group(2)))
        elif answer:
            index = LETTERS.index(answer.group(1))
            if len(options) < 2:
                errors.append(FormatError(f"line {start}", "a question needs at least two options"))
            elif index >= len(options):
                errors.append(FormatError(f"line {number}", f"ANSWER {answer.group(1)} is not one of the options"))
            else:
                questions.append(Portable(one_line(prompt), options, [index]))
            prompt = None
        else:
            errors.append(FormatError(f"line {number}", "expected an option (“A. …”) or “ANSWER: A”"))
            prompt = None
    if prompt is not None:
        errors.append(FormatError(f"line {start}", "the question has no “ANSWER:” line"))
    if len(questions) > MAX_QUESTIONS:
        errors.append(FormatError("file", f"more than {MAX_QUESTIONS} questions"))
    if not questions and not errors:
        errors.append(FormatError("file", "no questions found"))
    if errors:
        raise FormatErrors(errors)
    return questions, []
