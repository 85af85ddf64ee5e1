"""One brief per meeting, each starting on a page of its own: what we want and what to say
first, then when (local and home), where, who hosts, who attends (our delegation and the
counterparts, with honorific, position and name in native script), the profiles of the
organizations, the seating plan, the agreement to be signed and the gifts to hand over. A
brief that runs onto another page repeats its title there, "(continued)".

Private notes, notes on people and the value of gifts are internal: the external edition
leaves them out.
"""

from __future__ import annotations

from typing import Any

from reportlab.platypus import KeepTogether, PageBreak, Table

from planner import model
from planner.briefing import styles as st
from planner.briefing import times
from planner.briefing.context import Context
from planner.briefing.flowables import BriefTitle
from planner.briefing.options import MEETINGS
from planner.briefing.sections.seating import seating
from planner.briefing.text import escape, joined, paragraphs


def meeting_key(m: model.Meeting) -> str:
    return f"meeting-{m.uuid}"


def meetings(ctx: Context) -> list[Any]:
    labels = ctx.labels
    story: list[Any] = ctx.heading("h1", labels["meetings"], MEETINGS, 0)
    if not ctx.pack.meetings:
        return [*story, ctx.text("body", labels["nothing_planned"])]
    for index, m in enumerate(ctx.pack.meetings):
        if index:
            story.append(PageBreak())
        story += brief(ctx, m)
    return story


def brief(ctx: Context, m: model.Meeting) -> list[Any]:
    """A meeting's brief, from the reader's seat: what we want first (objectives, talking
    points), then when and where, the people, the profiles and the seating. A reader at a
    branch venue reads their venue and time first, and the main venue's under it."""
    labels, pack = ctx.labels, ctx.pack
    branch = pack.branches.get(m.uuid)
    zone = pack.zone_of(m)
    day = times.day(m.start, zone)
    entry = f"{labels.short_date(day)} {times.clock(m.start, zone)}  {m.title}"
    story: list[Any] = [BriefTitle(m.title)]
    story += ctx.heading("h2", m.title, meeting_key(m), 1, entry=entry)
    kind = labels.word("kind", m.kind)
    status = labels.word("meeting_status", m.status)
    meta = labels.get("meeting_status", kind=kind, status=status) if m.status else kind
    story.append(ctx.text("meta", f"{meta} · {labels.long_date(day)}"))
    story += _texts(ctx, labels["objectives"], m.objectives)
    if m.talking_points:
        story += ctx.subheading(labels["talking_points"])
        story += ctx.bullets(m.talking_points)

    rows: list[tuple[str, Any]] = [(labels["when"], ctx.text("value", when(ctx, m, zone)))]
    if branch is not None:
        main = joined([m.venue_name, m.place])
        rows += [
            (labels["venue"], _value(ctx, joined([branch.name, branch.city]))),
            (labels["address"], _value(ctx, branch.address)),
            (labels["online"], _value(ctx, branch.online_url or m.online_url)),
            (labels["host"], _value(ctx, ctx.org_name(branch.host or m.host))),
            (
                labels["main_venue"],
                [ctx.text("value", main), ctx.text("cell_muted", when(ctx, m, m.timezone))],
            ),
        ]
    else:
        rows += [
            (labels["venue"], _value(ctx, _venue(m))),
            (labels["address"], _value(ctx, m.venue_address)),
            (labels["online"], _value(ctx, m.online_url)),
            (labels["host"], _value(ctx, ctx.org_name(m.host))),
        ]
    if pack.travelling and pack.home != zone:
        rows.insert(1, (labels["home_time"], ctx.text("value", when(ctx, m, pack.home))))
    rows += [
        (
            labels["participating"],
            [ctx.text("value", ctx.org_name(o)) for o in m.organizations] or None,
        ),
        (labels["branch_venues"], _branches(ctx, m) or None),
    ]
    facts = ctx.facts(rows)
    if facts is not None:
        story.append(facts)

    story += _attendees(ctx, m)
    story += _profiles(ctx, m)
    story += seating(ctx, m)
    story += _texts(ctx, labels["notes"], m.notes)
    if ctx.options.internal and m.private_notes:
        story.append(_private(ctx, m.private_notes))
    story += _agreement(ctx, m)
    story += _gifts(ctx, m)
    story.append(BriefTitle(None))
    return story


def when(ctx: Context, m: model.Meeting, zone: str) -> str:
    """``14:00–16:00  Monday 17 June 2024  (Central European Summer Time, UTC+02:00)``;
    Chinese puts the date first: ``2024年6月17日 星期一 14:00–16:00（中欧夏令时间，UTC+02:00）``."""
    labels = ctx.labels
    day = times.day(m.start, zone)
    where = labels.get(
        "zone_and_offset",
        zone=times.zone_name(m.start, zone, labels),
        offset=times.utc_offset(m.start, zone, labels),
    )
    return labels.get(
        "time_on_day",
        time=times.span(m.start, m.end, zone, day, labels),
        date=labels.long_date(day),
        zone=where,
    )


def profile_line(ctx: Context, o: model.Organization) -> str:
    """``Company · Medical devices · Erlangen, Germany · https://...``."""
    place = ctx.place(o.city, o.country)
    return joined([ctx.labels.word("org_kind", o.kind), o.sector, place, o.website], " · ")


def _venue(m: model.Meeting) -> str | None:
    """The venue with its city; nothing when the meeting names neither (the stop's city
    alone is no venue)."""
    if not (m.venue_name or m.venue_city):
        return None
    return joined([m.venue_name, m.place])


def _value(ctx: Context, text: str | None) -> Any:
    return ctx.text("value", text) if text else None


def _branches(ctx: Context, m: model.Meeting) -> list[Any]:
    cells: list[Any] = []
    for b in m.branch_venues:
        cells.append(ctx.text("value", joined([b.name, b.city])))
        cells.append(ctx.text("cell_muted", when(ctx, m, b.timezone)))
        for extra in (b.address, b.online_url, ctx.org_name(b.host)):
            if extra:
                cells.append(ctx.text("cell_muted", extra))
        people = [ctx.person_name(link.person) for link in b.attendee_links]
        if people:
            cells.append(ctx.text("cell_muted", ctx.series(people, "items")))
    return cells


def _attendees(ctx: Context, m: model.Meeting) -> list[Any]:
    labels = ctx.labels
    delegates = ctx.pack.delegate_ids
    roles = {member.person_id: member.role for member in ctx.pack.delegation}
    ours = ctx.pack.in_order(p for p in m.attendees if p.id in delegates)
    theirs = ctx.pack.in_order(p for p in m.attendees if p.id not in delegates)
    story: list[Any] = []
    if not m.attendees:
        return [
            *ctx.subheading(labels["attendees_counterparts"]),
            ctx.text("body", labels["no_attendees"]),
        ]
    header = [labels["name"], labels["position"], labels["organization"]]
    answers = _answers(ctx, m)
    if theirs:
        story += ctx.subheading(labels["attendees_counterparts"])
        rows = [_person_row(ctx, p, answers) for p in theirs]
        story.append(ctx.table(header, rows, (0.34, 0.36, 0.3)))
    if ours:
        story += ctx.subheading(labels["attendees_delegation"])
        rows = []
        for p in ours:
            row = _person_row(ctx, p, answers)
            row[1] = [row[1], ctx.text("cell_muted", labels.word("role", roles.get(p.id)))]
            rows.append(row)
        story.append(ctx.table(header, rows, (0.34, 0.36, 0.3)))
    return story


def _answers(ctx: Context, m: model.Meeting) -> dict[int, str]:
    """Each attendee's answer to the invitation, by person id, in the internal edition once
    anyone has answered (before that, "no answer yet" beside everyone says nothing); whether
    a counterpart accepted is the office's business, not the guests'."""
    if not ctx.options.internal or all(link.answer is None for link in m.attendee_links):
        return {}
    return {link.person_id: link.answer or "none" for link in m.attendee_links}


def _person_row(ctx: Context, p: model.Person, answers: dict[int, str]) -> list[Any]:
    name: list[Any] = [ctx.text("cell", ctx.person_name(p))]
    if p.id in answers:
        name.append(ctx.text("cell_muted", ctx.labels.word("answer", answers[p.id])))
    if ctx.options.internal and p.notes:
        name.append(ctx.text("cell_muted", p.notes))
    return [name, ctx.text("cell", p.position), ctx.text("cell", ctx.org_name(p.organization))]


def _profiles(ctx: Context, m: model.Meeting) -> list[Any]:
    orgs = list(dict.fromkeys(o for o in [m.host, *m.organizations] if o is not None))
    if not orgs:
        return []
    story: list[Any] = ctx.subheading(ctx.labels["profiles"])
    for o in orgs:
        story.append(ctx.text("label_strong", ctx.org_name(o)))
        story.append(ctx.text("muted", profile_line(ctx, o)))
        if o.notes:
            story.append(ctx.text("small", o.notes))
        story.append(ctx.space(4))
    return story


def _texts(ctx: Context, title: str, text: str | None) -> list[Any]:
    blocks = paragraphs(text)
    if not blocks:
        return []
    return [*ctx.subheading(title), *(ctx.markup("body", b) for b in blocks)]


def _private(ctx: Context, text: str) -> Table:
    """Private notes in a tinted box, so they are not read out by mistake."""
    cells = [ctx.markup("label_strong", escape(ctx.labels["private_notes"]))]
    cells += [ctx.markup("body", block) for block in paragraphs(text)]
    box = Table([[cells]], colWidths=[ctx.width], splitInRow=1, hAlign="LEFT")
    box.setStyle(st.box_style(ctx.styles.font))
    box.spaceBefore = 8
    return box


def _agreement(ctx: Context, m: model.Meeting) -> list[Any]:
    a = m.agreement
    if a is None:
        return []
    labels = ctx.labels
    kind = labels.word("agreement_kind", a.kind)
    status = labels.word("agreement_status", a.status)
    rows: list[tuple[str, Any]] = [
        (labels["agreement"], ctx.text("value", a.title)),
        (labels["kind"], _value(ctx, ctx.fields([kind, status]))),
        (labels["languages"], _value(ctx, ctx.language_names(a.languages or []))),
        (
            labels["parties"],
            [ctx.text("value", ctx.org_name(link.organization)) for link in a.party_links] or None,
        ),
        (
            labels["signatories"],
            [ctx.text("value", ctx.person_name(link.person)) for link in a.signatory_links] or None,
        ),
        (labels["notes"], _value(ctx, a.notes)),
    ]
    facts = ctx.facts(rows)
    return [*ctx.subheading(labels["agreement"]), facts] if facts else []


def _gifts(ctx: Context, m: model.Meeting) -> list[Any]:
    """A table of the gifts exchanged: what, from whom, to whom, and (internally) the value."""
    gifts = [g for g in ctx.pack.trip.gifts if g.meeting_id == m.id]
    if not gifts:
        return []
    labels, internal = ctx.labels, ctx.options.internal
    header = [labels["gift"], labels["gift_from"], labels["gift_to"]]
    widths: tuple[float, ...] = (0.46, 0.27, 0.27)
    if internal:
        header.append(labels["gift_value"])
        widths = (0.4, 0.23, 0.23, 0.14)
    rows = []
    for g in gifts:
        giver = (
            ctx.person_name(g.from_person) if g.from_person else ctx.org_name(g.from_organization)
        )
        taker = ctx.person_name(g.to_person) if g.to_person else ctx.org_name(g.to_organization)
        row = [
            [
                ctx.text("cell", g.description),
                ctx.text("cell_muted", labels.word("gift", g.direction)),
            ],
            ctx.text("cell", giver),
            ctx.text("cell", taker),
        ]
        if internal:
            value = labels.money(g.value, g.currency) if g.value is not None else ""
            row.append(ctx.text("cell_right", value))
        rows.append(row)
    # Kept together: a table of a few short rows split at a page's foot would leave its
    # header alone on the next page.
    return [KeepTogether([*ctx.subheading(labels["gifts"]), ctx.table(header, rows, widths)])]
