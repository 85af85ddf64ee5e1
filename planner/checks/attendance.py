"""``overlap`` and ``language``: who is in which meeting.

Overlaps are judged on instants, never wall times: two meetings in different zones overlap when
their UTC spans do, and the two passes of the hour repeated when clocks go back are an hour
apart. A meeting ending when the next begins does not overlap it. Each person's meetings are
sorted and swept once with a heap of the meetings still running, so the work grows with the
number of meetings and of overlaps found, not with the square of the meetings; people who share
two overlapping meetings are reported together, in one problem per pair of meetings.
"""

from __future__ import annotations

import datetime as dt
import heapq
from collections.abc import Iterator

from planner.checks.facts import MeetingFact, PersonFact, TripFacts
from planner.checks.messages import ENGLISH_WORDS, Words
from planner.checks.problems import ERROR, LANGUAGE, OVERLAP, WARNING, Problem
from planner.checks.settings import CheckSettings


def check_overlaps(
    facts: TripFacts, settings: CheckSettings, words: Words = ENGLISH_WORDS
) -> Iterator[Problem]:
    meetings = sorted(
        (m for m in facts.meetings if not m.cancelled), key=lambda m: (m.start, m.end)
    )
    # Each person's meetings, in the order above (so already sorted by start).
    by_person: dict[str, list[int]] = {}
    for index, meeting in enumerate(meetings):
        for person in meeting.participant_uuids:
            by_person.setdefault(person, []).append(index)

    shared: dict[tuple[int, int], list[str]] = {}
    for person, indexes in by_person.items():
        running: list[tuple[dt.datetime, int]] = []  # (end, index): a heap by end
        for index in indexes:
            start = meetings[index].start
            while running and running[0][0] <= start:
                heapq.heappop(running)
            for _end, earlier in running:
                shared.setdefault((earlier, index), []).append(person)
            heapq.heappush(running, (meetings[index].end, index))

    for (first, second), people in shared.items():
        yield _overlap(meetings[first], meetings[second], people, facts, words)


def check_languages(
    facts: TripFacts, settings: CheckSettings, words: Words = ENGLISH_WORDS
) -> Iterator[Problem]:
    """Meetings whose attendees cannot all understand one another.

    Everyone counts, at the main venue or a branch venue; people with no languages recorded
    are left out rather than guessed at. An interpreter (by role in the delegation, or by
    role in this meeting, on either side; never by the position text) bridges the languages
    they speak, and interpreters relay through one another: the meeting is fine when the
    speakers share a language once every interpreter's languages count as one.
    """
    for meeting in facts.meetings:
        if meeting.cancelled:
            continue
        present = [facts.people[u] for u in meeting.participant_uuids if u in facts.people]
        interpreting = [
            p for p in present if p.is_interpreter or p.uuid in meeting.interpreter_uuids
        ]
        bridging = {p.uuid for p in interpreting}
        speakers = [p for p in present if p.languages and p.uuid not in bridging]
        if len(speakers) < 2 or _understood(speakers, interpreting):
            continue
        who = words.text("language.speaker_sep").join(
            words.text(
                "language.speaker",
                name=p.named(words.language),
                languages=words.text("names.sep").join(
                    words.language_name(code) for code in p.languages
                ),
            )
            for p in speakers
        )
        yield Problem(
            kind=LANGUAGE,
            severity=WARNING,
            message=words.text(
                "language.unbridged" if interpreting else "language",
                title=words.quoted(meeting.title),
                when=words.when(meeting.start, meeting.zone),
                speakers=who,
            ),
            items=(meeting.title,),
            people=tuple(p.name for p in speakers),
            instant=meeting.start,
            zone=meeting.zone,
            meeting_uuids=(meeting.uuid,),
            stop_uuid=meeting.stop_uuid,
        )


def _overlap(
    first: MeetingFact,
    second: MeetingFact,
    person_uuids: list[str],
    facts: TripFacts,
    words: Words,
) -> Problem:
    names = tuple(facts.people[u].name if u in facts.people else u for u in person_uuids)
    shown = [
        facts.people[u].named(words.language) if u in facts.people else u for u in person_uuids
    ]
    start = max(first.start, second.start)
    end = min(first.end, second.end)
    zone = second.zone if second.start >= first.start else first.zone
    return Problem(
        kind=OVERLAP,
        severity=ERROR,
        message=words.plural(
            "overlap",
            len(names),
            names=words.names(shown),
            first=words.quoted(first.title),
            second=words.quoted(second.title),
            when=words.when(start, zone),
            duration=words.duration(end - start),
        ),
        items=(first.title, second.title),
        people=names,
        instant=start,
        zone=zone,
        meeting_uuids=(first.uuid, second.uuid),
        stop_uuid=second.stop_uuid if first.stop_uuid == second.stop_uuid else None,
    )


def _understood(speakers: list[PersonFact], interpreters: list[PersonFact]) -> bool:
    """Whether one language, with every interpreter's languages merged into one, is
    understood by every speaker (union-find over language codes)."""
    parent: dict[str, str] = {}

    def root(code: str) -> str:
        while parent.get(code, code) != code:
            code = parent[code]
        return code

    for interpreter in interpreters:
        first, *others = interpreter.languages or ("",)
        for other in others:
            parent[root(other)] = root(first)
    reached = [{root(code) for code in p.languages} for p in speakers]
    return bool(set.intersection(*reached))
