"""Briefing benchmark: a 60-meeting briefing pack against bare reportlab building the same
flowables, in the same run.

Run ``python benchmarks/bench_briefing.py`` (``--meetings N`` for another size). It imports
``bench_store.make_trip_document(meetings=N)`` into a fresh store, reads the trip and its
problems once (timed on its own), and then times, alternating the two sides:

a. the planner: ``planner.briefing.render`` (the story of every section, laid out in one pass
   with the cover and body page templates, running header and footer, "page N of M", the
   table of contents' page numbers and the PDF outline, and the PDF written to memory);
b. the baseline: the same story (``planner.briefing.document.story``, the same paragraphs,
   tables and styles) built by a bare ``SimpleDocTemplate`` with the same margins and font on
   a plain canvas: no page templates, header, footer or deferred page numbers.

Both sides make their flowables in the timed run (a flowable is used up by a build) and both
write the PDF to memory; the baseline must come out with the same number of pages, so that it
cannot silently lay out less. Goal: within 1.3x. Pages per second are the planner's.

The functions are importable (``run(meetings)``) for the smoke test in tests/core.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import io
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import reportlab
from bench_store import machine, make_trip_document
from reportlab.platypus import SimpleDocTemplate
from reportlab.platypus.doctemplate import ActionFlowable

from planner import briefing, tripfile
from planner.briefing import document, fonts
from planner.briefing import styles as st
from planner.briefing.context import Context
from planner.briefing.labels import Labels
from planner.store import open_store

GOAL_RATIO = 1.3


@dataclass(frozen=True)
class Result:
    operation: str
    planner_ms: float
    baseline_ms: float | None
    runs: int

    @property
    def ratio(self) -> float | None:
        return self.planner_ms / self.baseline_ms if self.baseline_ms else None


@dataclass(frozen=True)
class Report:
    meetings: int
    pages: int
    results: list[Result]

    @property
    def pages_per_second(self) -> float:
        layout = self.results[1]
        return self.pages / (layout.planner_ms / 1000)


def run(
    meetings: int = 60,
    *,
    repeats: int = 9,
    workdir: Path | None = None,
    log: Callable[[str], None] = lambda _text: None,
) -> Report:
    """Import a generated trip of ``meetings`` meetings and time its briefing pack."""
    with contextlib.ExitStack() as stack:
        if workdir is None:
            workdir = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="bench-brf-")))
        store = stack.enter_context(open_store(workdir / "office.sqlite"))
        prepared = tripfile.build_trip(make_trip_document(meetings=meetings), "generated")
        with store.transaction() as session:
            tripfile.insert_trip(session, prepared)
        uuid = prepared.uuid
        options = briefing.BriefingOptions()

        def read() -> briefing.Pack:
            with store.session() as session:
                return briefing.read_pack(session, uuid)

        pack = read()
        read_ms = _median(repeats, read)

        def planner() -> int:
            return briefing.render(pack, options).pages

        def baseline() -> int:
            return bare_reportlab(pack, options)

        pages, bare_pages = planner(), baseline()
        if pages != bare_pages:
            raise RuntimeError(f"the planner laid out {pages} pages, bare reportlab {bare_pages}")
        log(f"{len(pack.meetings)} meetings, {len(pack.problems)} problems, {pages} pages")
        planner_ms, baseline_ms = _compare(repeats, planner, baseline)
    return Report(
        meetings=meetings,
        pages=pages,
        results=[
            Result("read the trip and check it (`read_pack`)", read_ms, None, repeats),
            Result(
                f"lay out and write the pack ({pages} pages, A4, internal edition)",
                planner_ms,
                baseline_ms,
                repeats,
            ),
        ],
    )


def bare_reportlab(pack: briefing.Pack, options: briefing.BriefingOptions) -> int:
    """The same flowables in a bare SimpleDocTemplate; its number of pages."""
    font = fonts.register()
    out = io.BytesIO()
    # SimpleDocTemplate pads its frame by 6 points; the pack's frame has no padding. Margins
    # 6 points narrower give both the same text frame.
    pad = 6
    template = SimpleDocTemplate(
        out,
        pagesize=st.PAPERS[options.paper],
        leftMargin=st.MARGIN_X - pad,
        rightMargin=st.MARGIN_X - pad,
        topMargin=st.MARGIN_TOP - pad,
        bottomMargin=st.MARGIN_BOTTOM - pad,
        initialFontName=font,
    )
    width = st.PAPERS[options.paper][0] - 2 * st.MARGIN_X
    ctx = Context(pack, options, Labels(options.language), st.Styles(font), width)
    # Switching page templates is the pack's own machinery; the baseline has one template.
    flowables = [f for f in document.story(ctx) if not isinstance(f, ActionFlowable)]
    template.build(flowables)
    return int(template.page)


def _median(runs: int, fn: Callable[[], Any]) -> float:
    fn()
    return statistics.median(_time(fn) for _ in range(runs))


def _time(fn: Callable[[], object]) -> float:
    gc.collect()
    start = time.perf_counter()
    fn()
    return (time.perf_counter() - start) * 1000


def _compare(
    runs: int, planner: Callable[[], object], baseline: Callable[[], object]
) -> tuple[float, float]:
    """Medians in ms of alternating runs (the warm-up runs were made by the caller)."""
    p_times, b_times = [], []
    for i in range(runs):
        if i % 2:
            b_times.append(_time(baseline))
            p_times.append(_time(planner))
        else:
            p_times.append(_time(planner))
            b_times.append(_time(baseline))
    return statistics.median(p_times), statistics.median(b_times)


def markdown(report: Report) -> str:
    lines = [
        "| operation | planner ms | bare reportlab ms | ratio |",
        "|---|---:|---:|---:|",
    ]
    for r in report.results:
        base = f"{r.baseline_ms:.1f}" if r.baseline_ms is not None else "–"
        ratio = f"{r.ratio:.2f}x" if r.ratio is not None else "–"
        lines.append(f"| {r.operation} | {r.planner_ms:.1f} | {base} | {ratio} |")
    lines += [
        "",
        f"{report.pages_per_second:.0f} pages per second "
        f"({report.pages} pages, median of {report.results[1].runs} runs; goal: within "
        f"{GOAL_RATIO}x of bare reportlab).",
    ]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0] if __doc__ else None)
    parser.add_argument("--meetings", type=int, default=60, help="meetings in the trip")
    parser.add_argument("--repeats", type=int, default=9, help="timed runs per side")
    args = parser.parse_args(argv)
    print(f"{machine()}, reportlab {reportlab.Version}", flush=True)
    report = run(args.meetings, repeats=args.repeats, log=lambda text: print(text, flush=True))
    print()
    print(markdown(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
