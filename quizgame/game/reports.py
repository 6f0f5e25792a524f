"""Teacher reports: pure aggregation over the rows of quizgame/game/report_rows.py.

Per student (correct answers counted apart from speed, points, time), per question (share correct,
how the answers spread over the choices, the most common wrong answer, mean time) and per skill.
Per skill the *discernment* is split: accuracy on flawed items and on control items (where nothing
is wrong), so a student who flags a problem everywhere shows up as right on the first and wrong on
the second instead of looking like a strong reader.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from quizgame.game.report_rows import AnswerRow, PlayerRow, QuestionRow, ReportRows, StudentKey
from quizgame.game.scoring import ranking_key

# A student this much more accurate on flawed items than on control items is flagging by reflex.
OVERFLAGGING_GAP = 0.5


@dataclass
class Tally:
    correct: int = 0
    answered: int = 0

    def add(self, correct: bool) -> None:
        self.answered += 1
        self.correct += int(correct)

    @property
    def accuracy(self) -> float | None:
        return self.correct / self.answered if self.answered else None


@dataclass(kw_only=True)
class Totals(Tally):
    """A tally that also adds up response times."""

    total_ms: int = 0

    def add_timed(self, correct: bool, response_ms: int) -> None:
        self.add(correct)
        self.total_ms += response_ms

    @property
    def mean_ms(self) -> int | None:
        return round(self.total_ms / self.answered) if self.answered else None


@dataclass
class Discernment:
    """Accuracy on one skill, split by item type."""

    flawed: Tally = field(default_factory=Tally)
    control: Tally = field(default_factory=Tally)

    def add(self, question: QuestionRow, correct: bool) -> None:
        (self.control if question.control else self.flawed).add(correct)

    @property
    def total(self) -> Tally:
        return Tally(self.flawed.correct + self.control.correct, self.flawed.answered + self.control.answered)

    @property
    def overflagging(self) -> bool:
        """Right on flawed items, wrong on sound ones: sees a problem everywhere."""
        flawed, control = self.flawed.accuracy, self.control.accuracy
        return flawed is not None and control is not None and flawed - control >= OVERFLAGGING_GAP


@dataclass(kw_only=True)
class StudentReport(Totals):
    key: StudentKey
    name: str
    room_code: str | None  # set for a player outside the roster, who counts per room
    first_join: tuple[dt.datetime, int]
    rank: int = 0
    points: int = 0
    removed: bool = False  # every player behind this line was removed by the teacher
    skills: dict[str, Discernment] = field(default_factory=dict)

    @property
    def overflagging(self) -> bool:
        return any(d.overflagging for d in self.skills.values())

    def skill_accuracy(self, skill: str) -> float | None:
        tally = self.skills.get(skill)
        return tally.total.accuracy if tally else None


@dataclass(kw_only=True)
class QuestionReport(Totals):
    question: QuestionRow
    position: int
    choice_counts: list[int]
    wrong_answers: Counter[tuple[int, ...]] = field(default_factory=Counter)
    late: int = 0  # answered after the limit: answered, not correct, and in no choice's count

    @property
    def share_correct(self) -> float | None:
        return self.accuracy

    @property
    def most_common_wrong(self) -> tuple[tuple[int, ...], int] | None:
        """The wrong choice set given most often, with its count (ties: the earlier choices first)."""
        if not self.wrong_answers:
            return None
        return min(self.wrong_answers.items(), key=lambda item: (-item[1], item[0]))

    @property
    def most_common_wrong_text(self) -> str:
        wrong = self.most_common_wrong
        return choice_text(self.question, wrong[0]) if wrong else ""


@dataclass
class SkillReport:
    skill: str
    questions: int
    discernment: Discernment

    @property
    def tally(self) -> Tally:
        return self.discernment.total


@dataclass
class Report:
    classroom_name: str
    students: list[StudentReport]
    questions: list[QuestionReport]
    skills: list[SkillReport]

    @property
    def skill_names(self) -> list[str]:
        return [s.skill for s in self.skills]


def skill_label(skill: str) -> str:
    """ "loaded_language" as a teacher reads it: "Loaded language"."""
    return skill.replace("_", " ").capitalize()


def choice_text(question: QuestionRow, chosen: tuple[int, ...] | list[int]) -> str:
    """The words of a choice set, in the question's original order (indexes out of range are shown as such)."""
    return "; ".join(question.choices[i] if 0 <= i < len(question.choices) else f"(choice {i})" for i in sorted(chosen))


def end_sentence(text: str) -> str:
    """`text` closed with a full stop unless it already ends a sentence: a choice that is a whole
    sentence read 'armed guards..' after 'Right answer: ...' (issue 16: 9)."""
    return text if text.rstrip("\"'”’)»").endswith((".", "?", "!", "…")) else text + "."


def build_report(rows: ReportRows) -> Report:
    questions = {q.id: q for q in rows.questions}
    players = {p.id: p for p in rows.players}
    students = _students(rows.players)
    question_reports = {
        q.id: QuestionReport(question=q, position=i, choice_counts=[0] * len(q.choices))
        for i, q in enumerate(rows.questions, start=1)
    }
    skills: dict[str, Discernment] = defaultdict(Discernment)
    for answer in rows.answers:
        player = players.get(answer.player_id)
        if player is None:
            continue
        student = students[player.student_key]
        student.points += answer.points
        student.add_timed(answer.correct, answer.response_ms)
        question = questions.get(answer.question_id)
        if question is None:
            continue
        student.skills.setdefault(question.skill, Discernment()).add(question, answer.correct)
        skills[question.skill].add(question, answer.correct)
        _count_answer(question_reports[question.id], answer)
    join_order = {s.key: i for i, s in enumerate(sorted(students.values(), key=lambda s: s.first_join))}
    # Removed students keep their lines, after everyone else and without a rank: the ranks agree
    # with the leaderboard, which leaves them out.
    ranked = sorted(
        students.values(),
        key=lambda s: (s.removed, ranking_key(s.points, s.correct, s.total_ms, join_order[s.key])),
    )
    for rank, student in enumerate((s for s in ranked if not s.removed), start=1):
        student.rank = rank
    per_skill = Counter(q.skill for q in rows.questions)
    return Report(
        classroom_name=rows.classroom_name,
        students=ranked,
        questions=list(question_reports.values()),
        skills=[SkillReport(skill, per_skill[skill], skills[skill]) for skill in sorted(per_skill)],
    )


def _students(players: list[PlayerRow]) -> dict[StudentKey, StudentReport]:
    """One line per student, named after the roster when there is one; players come in join order."""
    students: dict[StudentKey, StudentReport] = {}
    for player in players:
        student = students.get(player.student_key)
        if student is None:
            room_code = None if player.roster_student_id is not None else player.room_code
            students[player.student_key] = StudentReport(
                key=player.student_key,
                name=player.name,
                room_code=room_code,
                first_join=(player.joined_at, player.id),
                removed=player.removed,
            )
        else:
            student.removed = student.removed and player.removed
            # The leaderboard's tie-break across rooms: earliest join, then the lowest player id.
            student.first_join = (min(student.first_join[0], player.joined_at), min(student.first_join[1], player.id))
    return students


def _count_answer(report: QuestionReport, answer: AnswerRow) -> None:
    report.add_timed(answer.correct, answer.response_ms)
    if answer.late:
        report.late += 1
        return
    for index in set(answer.chosen):
        if 0 <= index < len(report.choice_counts):
            report.choice_counts[index] += 1
    if not answer.correct:
        report.wrong_answers[tuple(sorted(set(answer.chosen)))] += 1
