"""``planner check`` on trip files with travel documents (tests/data/trips): the passport,
visa and invitation problems listed in English, German and Chinese, deadlines counted from
``--today``."""

from __future__ import annotations

from pathlib import Path

import pytest

from planner import cli, document_crypto
from tests.conftest import DATA

TRIPS = DATA / "trips"
TO_GERMANY = TRIPS / "shenzhen-delegation-germany-2027.trip.json"
TO_CHINA = TRIPS / "german-delegation-china-2027.trip.json"


def planner(store: Path, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, list[str]]:
    try:
        code = cli.main(["--store", str(store), *args])
    except SystemExit as exc:
        code = int(exc.code or 0)
    captured = capsys.readouterr()
    return code, (captured.out + captured.err).splitlines()


def documents_lines(lines: list[str]) -> list[str]:
    """The lines of the documents' kinds, the columns' padding collapsed."""
    kinds = ("passport", "visa", "invitation")
    return [" ".join(line.split()) for line in lines if line.split()[1] in kinds]


@pytest.fixture
def store(empty_store_file: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    for trip in (TO_GERMANY, TO_CHINA):
        code, _ = planner(empty_store_file, capsys, "import", str(trip))
        assert code == 0
    return empty_store_file


def test_a_chinese_delegation_without_a_visa_hears_of_it_in_each_language(
    store: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    found = {
        lang: documents_lines(
            planner(store, capsys, "check", "1", "--lang", lang, "--today", "2027-03-05")[1]
        )
        for lang in ("en", "de", "zh")
    }
    stamp = "warning visa 2027-04-11 06:15 Europe/Berlin"
    assert found["en"] == [
        f"{stamp} Zhou Min (周敏) must apply for the visa for the Schengen area by 12 March "
        "2027, in 7 days: 15 days before entry on 11 April 2027 and 15 days for the decision",
        f"{stamp} Zhou Min (周敏) needs a visa for the Schengen area (11–18 April 2027) under "
        "Regulation (EU) 2018/1806, Annex I, but none is recorded",
    ]
    assert found["de"] == [
        f"{stamp} Zhou Min (周敏) benötigt ein Visum (Schengen-Raum, 11.–18. April 2027; "
        "Rechtsgrundlage: Verordnung (EU) 2018/1806, Anhang I), es ist aber keines erfasst",
        f"{stamp} Zhou Min (周敏) muss das Visum (Schengen-Raum) spätestens am 12. März 2027 "
        "beantragen, also in 7 Tagen: 15 Tage vor der Einreise am 11. April 2027 zuzüglich "
        "15 Tage Bearbeitungszeit",
    ]
    assert found["zh"] == [
        f"{stamp} 周敏（Zhou Min）最迟须于2027年3月12日申请申根区签证（还剩7天）：入境日"
        "2027年4月11日前15天，另加15天审理时间",
        f"{stamp} 周敏（Zhou Min）需办理申根区签证（2027年4月11日至18日；依据：欧盟第2018/1806号"
        "条例附件一），但尚未登记签证",
    ]
    # Weeks earlier only the missing visa is reported; the delegates with visas never are.
    code, lines = planner(store, capsys, "check", "1", "--today", "2027-01-05")
    assert code == 1 and len(documents_lines(lines)) == 1


def test_germans_travelling_to_china_after_the_visa_free_rule_ends(
    store: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, lines = planner(store, capsys, "check", "2", "--today", "2027-01-05")
    assert code == 1
    assert documents_lines(lines) == [
        "error passport 2027-05-17 07:55 Asia/Shanghai Jan Hoffmann's passport expires on 17 "
        "November 2027; for China it must be valid until 24 November 2027, 6 months after "
        "leaving on 24 May 2027",
        *(
            f"warning visa 2027-05-17 07:55 Asia/Shanghai {name} needs a visa for China (17–24 "
            "May 2027) under the Exit and Entry Administration Law of the PRC, Art. 15, but none "
            "is recorded"
            for name in ("Jan Hoffmann", "Katrin Vogel", "Thomas Brenner")
        ),
    ]
    # Aylin Demir's Chinese visa covers her stay; Wu Lei goes home to China and back home to
    # Germany, the delegation's home: neither is reported.
    assert not [line for line in lines if "Demir" in line or "Wu Lei" in line]


def test_documents_this_computer_cannot_open_are_named_not_checked(
    store: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(document_crypto.KEY_ENV, document_crypto.new_key())
    code, lines = planner(store, capsys, "check", "1", "--lang", "de")
    found = documents_lines(lines)
    assert code == 1 and len(found) == 5
    # At the entry into Germany, where the papers would be needed (not at home in Shenzhen).
    assert found[0].startswith("warning passport 2027-04-11 06:15 Europe/Berlin ")
    assert found[0].endswith(
        "Die Reisedokumente von Huang Jianguo (黄建国) lassen sich auf diesem Computer nicht "
        "lesen (sein Schlüssel öffnet sie nicht) und werden daher nicht geprüft"
    )


def test_a_day_that_is_not_one_is_refused(store: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, lines = planner(store, capsys, "check", "1", "--today", "2027-4-10")
    assert code == 2
    assert "argument --today: '2027-4-10' is not a day (YYYY-MM-DD)" in lines[-1]
