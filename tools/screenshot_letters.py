"""The README's renderings of an invitation letter and a delegation list, German and Chinese.

    .venv/bin/python tools/screenshot_letters.py

The German pair: IHK Frankfurt am Main invites the Shenzhen delegation of the test examples
(two Chinese delegates need a Schengen visa; the German staff member does not). The Chinese
pair: Changzhou's foreign affairs office invites German guests in July 2022, when Germans
needed a visa for China (the 邀请函 form). The first page of each is rendered with
``pdftoppm -png -r 70`` to docs/screenshots/{letter,delegation-list}-{de,zh}.png.
"""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # the test examples' trips

from planner import store, visa_rules  # noqa: E402
from planner.letters import files  # noqa: E402
from planner.letters.content import LetterContent, read_content  # noqa: E402
from planner.office import OfficeSettings  # noqa: E402
from planner.travel_documents import InvitationDetails, Passport, TravelDocuments  # noqa: E402
from tests.core.test_briefing import add_trip  # noqa: E402
from tests.core.test_letters import german_guests, shenzhen_guests  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
RENDER = ["pdftoppm", "-png", "-r", "70", "-f", "1", "-l", "1", "-singlefile"]
SHENZHEN = {
    "Li": TravelDocuments("CN", dt.date(1968, 3, 14), "male", Passport("EA1234567")),
    "Chen": TravelDocuments("CN", dt.date(1990, 11, 2), "female", Passport("EB7654321")),
    "Wong": TravelDocuments("DE", dt.date(1985, 1, 20), "male", Passport("C01X00T47")),
}
GERMANS = {
    "Jacke": TravelDocuments("DE", dt.date(1971, 8, 30), "male", Passport("C4J1K2L3M")),
    "Becker": TravelDocuments("DE", dt.date(1980, 2, 29), "female", Passport("C9X8Y7Z6W")),
}


def main() -> None:
    folder = Path(tempfile.mkdtemp())
    with store.open_store(folder / "office.sqlite") as st:
        shenzhen = add_trip(st, shenzhen_guests())
        guests = german_guests(2022)
        guests["trip"]["title"] = "德国客人访问常州（2022年中德（江苏）合作对话会）"
        changzhou = add_trip(st, guests)
        german = content(
            st,
            shenzhen,
            SHENZHEN,
            InvitationDetails(
                "Gespräche über Medizintechnik und neue Energien, Unterzeichnung von "
                "Kooperationsvereinbarungen",
                "Bezirksregierung Nanshan, Shenzhen",
                dt.date(2024, 4, 22),
            ),
            OfficeSettings(
                name="IHK Frankfurt am Main",
                address="Börsenplatz 4\n60313 Frankfurt am Main",
                phone="+49 69 2197 0",
                signatory="Dr. Anna Becker",
                signatory_function="Leiterin International",
                place="Frankfurt am Main",
            ),
        )
        chinese = content(
            st,
            changzhou,
            GERMANS,
            InvitationDetails(
                "出席中德（江苏）合作对话会并签署合作备忘录",
                "邀请方承担在华期间食宿及交通费用，国际旅费自理",
                dt.date(2022, 5, 20),
            ),
            OfficeSettings(
                name="常州市人民政府外事办公室",
                address="江苏省常州市新北区龙锦路1280号",
                phone="+86 519 8568 1234",
                signatory="王明",
                signatory_function="主任",
                place="常州",
            ),
        )
    for letters, language in ((german, "de"), (chinese, "zh")):
        written = files.write_documents(files.documents(letters, language), folder, files.PDF)
        for path in written:
            name = {"invitation-letter": "letter", "delegation-list": "delegation-list"}.get(
                path.stem.rsplit("-", 1)[0]
            )
            if name:
                target = OUT / f"{name}-{language}"
                subprocess.run([*RENDER, str(path), str(target)], check=True)
                print(f"wrote {target}.png")


def content(
    st: store.Store,
    uuid: str,
    documents: dict[str, TravelDocuments],
    invitation: InvitationDetails,
    office: OfficeSettings,
) -> LetterContent:
    from sqlalchemy import select  # noqa: PLC0415

    from planner import model  # noqa: PLC0415

    with st.session() as session:
        trip = session.scalars(select(model.Trip).where(model.Trip.uuid == uuid)).one()
        people = {m.person.family_name: m.person.uuid for m in trip.delegation}
        return read_content(
            session,
            uuid,
            documents={people[family]: docs for family, docs in documents.items()},
            invitation=invitation,
            office=office,
            rules=visa_rules.bundled(),
            today=dt.date(2024, 4, 1),
        )


if __name__ == "__main__":
    main()
