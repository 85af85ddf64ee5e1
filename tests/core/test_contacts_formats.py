"""Contacts files as other programs write them: CSV and vCard, every encoding an office meets,
and broken files refused with the line to fix."""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from planner.contacts import encodings
from planner.contacts.csv_format import (
    EXPORT_HEADERS,
    CsvTable,
    drafts,
    guess_mapping,
    read_table,
    write_csv,
)
from planner.contacts.draft import ContactDraft, ContactFormatError, ExportPerson, many_drafts
from planner.contacts.vcard_format import read_vcards, write_vcards

DATA = Path(__file__).parent / "data" / "contacts"


def read_csv(name: str, **options: str) -> tuple[CsvTable, list[ContactDraft]]:
    table = read_table((DATA / name).read_bytes(), name, **options)
    return table, drafts(table, guess_mapping(table.headers), name)


def csv_drafts(text: str, encoding: str = "utf-8") -> list[ContactDraft]:
    table = read_table(text.encode(encoding), "list.csv")
    return drafts(table, guess_mapping(table.headers), "list.csv")


def refusal(call: Callable[..., object], *args: object, **kwargs: object) -> ContactFormatError:
    with pytest.raises(ContactFormatError) as caught:
        call(*args, **kwargs)
    return caught.value


# --- encodings -------------------------------------------------------------------------------

MIXED = "Nachname;Vorname\nMüller;Jürgen\n朱;伟\n"
GERMAN = (
    "Nachname;Vorname;Firma\nMüller;Jürgen;Stadtwerke Düsseldorf\nSchäfer;Katrin;Bäckerei Groß\n"
)
CHINESE = "姓名,单位\n朱伟,上海市人民政府外事办公室\n李娜,江苏省商务厅\n"


@pytest.mark.parametrize(
    ("data", "text", "encoding"),
    [
        (MIXED.encode("utf-8"), MIXED, "utf-8"),
        (MIXED.encode("utf-8-sig"), MIXED, "utf-8-sig"),
        (MIXED.encode("utf-16"), MIXED, "utf-16"),
        (b"\xfe\xff" + MIXED.encode("utf-16-be"), MIXED, "utf-16"),
        (MIXED.encode("utf-16-le"), MIXED, "utf-16-le"),
        (GERMAN.encode("cp1252"), GERMAN, "cp1252"),
        (CHINESE.encode("gb18030"), CHINESE, "gb18030"),
    ],
    ids=["utf-8", "utf-8 bom", "utf-16 le bom", "utf-16 be bom", "utf-16 no bom", "1252", "gb"],
)
def test_the_encoding_is_recognized(data: bytes, text: str, encoding: str) -> None:
    assert encodings.decode(data) == (text, encoding)


def test_a_few_umlauts_alone_are_read_as_windows_1252() -> None:
    assert encodings.decode("Ä;Ö;Ü\n".encode("cp1252")) == ("Ä;Ö;Ü\n", "cp1252")


def test_a_chosen_encoding_is_used_and_a_bom_dropped() -> None:
    assert encodings.decode(GERMAN.encode("utf-8-sig"), "utf-8") == (GERMAN, "utf-8")
    assert encodings.decode("Müller".encode("cp1252"), "gb18030")[1] == "gb18030"


def test_a_byte_the_chosen_encoding_refuses_names_its_line() -> None:
    error = refusal(read_table, (DATA / "bad-bytes.csv").read_bytes(), "bad.csv", encoding="utf-8")
    assert (error.source, error.line) == ("bad.csv", 3)
    assert (
        str(error) == "bad.csv, line 3: byte 0xFC cannot be read as utf-8: choose another encoding"
    )


def test_an_unknown_encoding_is_refused() -> None:
    error = refusal(encodings.decode, b"x", "klingon", source="a.csv")
    assert str(error) == "a.csv: unknown encoding 'klingon'"


def test_the_offered_encodings_are_ones_python_knows() -> None:
    for name in encodings.ENCODINGS:
        assert "ä".encode(name).decode(name) == "ä"


# --- CSV files as programs export them ------------------------------------------------------


def test_outlook_export() -> None:
    table, people = read_csv("outlook.csv")
    assert (table.delimiter, table.encoding) == (",", "cp1252")
    assert table.lines == (2, 3, 5)  # Jennifer's notes span lines 3 and 4
    link, oconnor, zhu = people
    assert link == ContactDraft(
        line=2,
        family_name="Link",
        given_name="Sören",
        honorific="Dr.",
        position="Oberbürgermeister",
        organization="Stadt Duisburg",
        country="DE",
        email="soeren.link@stadt-duisburg.example.de",
        phone="+49 203 283-2000",  # the business phone, not the fax beside it
        languages=("de",),
    )
    assert oconnor.family_name == "O'Connor"
    assert oconnor.position == "Head of Trade, Germany"
    assert oconnor.country == "GB"
    assert oconnor.notes == "Prefers meetings in English.\r\nAllergic to nuts."
    assert (zhu.line, zhu.family_name, zhu.given_name, zhu.country) == (5, "Zhu", "Wei", "CN")


def test_google_export() -> None:
    table, people = read_csv("google.csv")
    assert (table.delimiter, table.encoding) == (",", "utf-8")
    schaefer, li, zhang = people
    assert schaefer == ContactDraft(
        line=2,
        family_name="Schäfer",
        given_name="Katrin",
        position="Leiterin International",
        organization="IHK Frankfurt am Main",
        country="DE",
        email="k.schaefer@ihk-example.de",
        phone="+49 171 2345678",
        notes="Speaks Mandarin, visited Nanjing in 2023.",
    )
    assert (li.family_name, li.given_name, li.country) == ("李", "娜", "CN")
    assert (zhang.honorific, zhang.position, zhang.country) == (
        "Mr.",
        "Director, Europe Desk",
        None,
    )


def test_german_excel_list_with_semicolons_in_windows_1252() -> None:
    table, people = read_csv("excel-de.csv")
    assert (table.delimiter, table.encoding) == (";", "cp1252")
    mueller, schaefer, heyden = people
    assert mueller == ContactDraft(
        line=2,
        family_name="Müller",
        given_name="Jürgen",
        honorific="Dr.",  # the academic title, before the "Herr" of the salutation
        position="Geschäftsführer",
        organization="Stadtwerke Düsseldorf AG",
        country="DE",
        email="j.mueller@swd-example.de",
        phone="0211 821-0",
        languages=("de", "en"),
        notes="Kennt den Oberbürgermeister persönlich",
    )
    assert (schaefer.given_name, schaefer.email) == ("Ökan", None)
    assert schaefer.notes == "Termin; nur vormittags"
    assert heyden.family_name == "von der Heyden"
    assert heyden.languages == ("de", "en", "fr")


def test_excel_utf8_with_bom_where_name_beside_vorname_is_the_family_name() -> None:
    table, people = read_csv("excel-utf8-bom.csv")
    assert table.headers[0] == "Name"  # no byte order mark left in it
    assert table.encoding == "utf-8-sig"
    assert [(p.family_name, p.given_name, p.position) for p in people] == [
        ("Schröder", "Jürgen", "Geschäftsführer"),
        ("Weiß", "Anna", "Referentin"),
    ]


def test_chinese_list_in_gb18030_with_full_names() -> None:
    table, people = read_csv("chinese.csv")
    assert (table.delimiter, table.encoding) == (",", "gb18030")
    assert [(p.line, p.family_name, p.given_name) for p in people] == [
        (2, "朱", "伟"),
        (3, "欧阳", "明"),  # a two-character family name
        (4, "李", "娜"),
    ]
    assert people[0] == ContactDraft(
        line=2,
        family_name="朱",
        given_name="伟",
        position="处长",
        organization="上海市人民政府外事办公室",
        country="CN",
        email="zhuwei@shfao.example.cn",
        phone="+86 21 6123 4567",
        notes="负责欧洲事务",
    )
    assert people[2].notes == "曾访问杜伊斯堡，\r\n对氢能感兴趣"


def test_excel_unicode_text_in_utf16_with_tabs() -> None:
    table, people = read_csv("unicode-text.csv")
    assert (table.delimiter, table.encoding) == ("\t", "utf-16")
    assert [(p.family_name, p.given_name, p.phone) for p in people] == [
        ("Müller", "Jürgen", "+49 211 821-0"),
        ("朱", "伟", "+86 21 6123 4567"),
    ]


def test_utf8_without_bom() -> None:
    table, people = read_csv("utf8-no-bom.csv")
    assert table.encoding == "utf-8"
    assert [(p.family_name, p.organization, p.country) for p in people] == [
        ("Müller", "Stadtwerke Düsseldorf AG", "DE"),
        ("朱", "上海市人民政府外事办公室", "CN"),
    ]


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        (
            ["Anrede", "Vorname", "Weitere Vornamen", "Nachname", "Firma", "Position",
             "Land/Region geschäftlich", "Telefon geschäftlich", "Mobiltelefon",
             "E-Mail-Adresse", "Notizen"],
            {0: "honorific", 1: "given_name", 3: "family_name", 4: "organization",
             5: "position", 6: "country", 7: "phone", 9: "email", 10: "notes"},
        ),
        (
            ["Name", "Given Name", "Additional Name", "Family Name", "Name Prefix", "Notes",
             "E-mail 1 - Type", "E-mail 1 - Value", "Phone 1 - Type", "Phone 1 - Value",
             "Organization 1 - Type", "Organization 1 - Name", "Organization 1 - Title"],
            {0: "full_name", 1: "given_name", 3: "family_name", 4: "honorific", 5: "notes",
             7: "email", 9: "phone", 11: "organization", 12: "position"},
        ),
        (
            ["姓", "名", "单位", "职务", "电子邮件", "手机", "国家", "备注", "语言"],
            {0: "family_name", 1: "given_name", 2: "organization", 3: "position", 4: "email",
             5: "phone", 6: "country", 7: "notes", 8: "languages"},
        ),
        (["Name", "Organisation", "Job title", "Email"],
         {0: "full_name", 1: "organization", 2: "position", 3: "email"}),
        (["Colour", "", "Shoe size"], {}),
    ],
    ids=["outlook german", "google old", "chinese", "full name", "nothing"],
)  # fmt: skip
def test_the_mapping_is_guessed_from_the_headers(
    headers: list[str], expected: dict[int, str]
) -> None:
    assert guess_mapping(headers) == expected


def test_a_full_name_is_split_the_way_its_script_writes_it() -> None:
    people = csv_drafts(
        'Name,Company\n朱伟,A\nSören Link,B\n"Müller, Hans",C\nUrsula von der Leyen,D\nMadonna,E\n'
    )
    assert [(p.family_name, p.given_name) for p in people] == [
        ("朱", "伟"),
        ("Link", "Sören"),
        ("Müller", "Hans"),
        ("von der Leyen", "Ursula"),
        ("Madonna", None),
    ]


def test_a_family_name_column_wins_over_the_full_name() -> None:
    people = csv_drafts("Name,Family Name,Given Name\nWei Zhu,,\nZhu Wei,Zhu,Wei\n")
    assert [(p.family_name, p.given_name) for p in people] == [("Zhu", "Wei"), ("Zhu", "Wei")]


def test_cells_are_stripped_and_empty_ones_are_none() -> None:
    (person,) = csv_drafts("Last Name;First Name;Email;Notes\n  Link ; Sören ;   ;\n")
    assert person == ContactDraft(line=2, family_name="Link", given_name="Sören")


def test_countries_are_read_from_names_and_codes_in_three_languages() -> None:
    text = "Nachname;Land\n" + "".join(
        f"P{i};{country}\n"
        for i, country in enumerate(["Deutschland", "Germany", "de", "DEU", "中国", "China", "UK"])
    )
    assert [p.country for p in csv_drafts(text)] == ["DE", "DE", "DE", "DE", "CN", "CN", "GB"]


def test_several_columns_may_give_one_field_the_first_non_empty_wins() -> None:
    table = read_table(
        b"Last Name,Business Phone,Mobile Phone\nA,,+49 171 1\nB,+49 69 2,+49 171 3\n", "x"
    )
    people = drafts(table, {0: "family_name", 1: "phone", 2: "phone"}, "x")
    assert [p.phone for p in people] == ["+49 171 1", "+49 69 2"]


def test_excel_sep_line_and_an_explicit_delimiter() -> None:
    table = read_table(b"sep=|\nLast Name|Email\nLink|a@b.de\n", "x.csv")
    assert (table.delimiter, table.headers, table.lines) == ("|", ("Last Name", "Email"), (3,))
    table = read_table(b"Last Name;Notes\nLink;a, b\n", "x.csv", delimiter=";")
    assert table.rows == (("Link", "a, b"),)


def test_blank_rows_are_skipped_but_counted() -> None:
    table = read_table(b"Last Name;Email\n\nLink;a@b.de\n;\n\nSchmidt;c@d.de\n", "x.csv")
    assert table.rows == (("Link", "a@b.de"), ("Schmidt", "c@d.de"))
    assert table.lines == (3, 6)


def test_the_header_of_a_quoted_name_with_a_comma_does_not_fool_the_sniffer() -> None:
    table = read_table(
        '"Name, Vorname";Firma;E-Mail\n"Link, Sören";Stadt Duisburg;x@y.de\n'.encode(), "x"
    )
    assert table.delimiter == ";"


# --- malformed CSV ---------------------------------------------------------------------------


def test_a_short_row_is_refused_with_its_line() -> None:
    error = refusal(read_table, (DATA / "short-row.csv").read_bytes(), "short-row.csv")
    # Line 5, not row 3: the first contact's notes span two lines.
    assert (error.line, error.source) == (5, "short-row.csv")
    assert str(error) == "short-row.csv, line 5: 2 cells where the header row has 4"


def test_a_long_row_is_refused_with_its_line() -> None:
    error = refusal(read_table, b"Last Name,Email\nLink,a@b.de\nMueller,c@d.de,extra\n", "x.csv")
    assert str(error) == "x.csv, line 3: 3 cells where the header row has 2"


def test_an_unclosed_quote_names_the_line_where_its_row_starts() -> None:
    text = 'Last Name;Notes\nLink;fine\nMüller;"no end\nSchmidt;also swallowed\n'
    error = refusal(read_table, text.encode(), "x.csv")
    assert error.line == 3
    assert "quote" in error.message


def test_a_quote_inside_a_cell_is_refused_with_its_line() -> None:
    error = refusal(read_table, b'Last Name;Notes\nLink;fine\nM\xc3\xbcller;"a"b\n', "x.csv")
    assert error.line == 3


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "x.csv: the file is empty"),
        (b"\n\n", "x.csv: the file is empty"),
        (b"Last Name;Email\n", "x.csv: the file has a header row but no contacts"),
        (b"Last Name;Email\n;\n\n", "x.csv: the file has a header row but no contacts"),
    ],
)
def test_a_file_without_contacts_says_so(data: bytes, message: str) -> None:
    assert str(refusal(read_table, data, "x.csv")) == message


def test_a_row_without_a_family_name_is_refused_with_its_line() -> None:
    error = refusal(csv_drafts, "Last Name;First Name\nLink;Sören\n;Anna\nSchmidt;Eva\n")
    assert str(error) == "list.csv, line 3: no family name"


def test_an_unknown_country_is_refused_with_its_line() -> None:
    error = refusal(csv_drafts, "Last Name;Country\nLink;DE\nNemo;Atlantis\nX;Atlantis\n")
    assert str(error) == "list.csv, line 3: 'Atlantis' is not a country"


def test_the_first_faulty_row_is_named_whatever_its_fault() -> None:
    error = refusal(csv_drafts, "Last Name;Country\nLink;DE\nNemo;Atlantis\n;DE\n")
    assert error.line == 3
    error = refusal(csv_drafts, "Last Name;Country\nLink;DE\n;DE\nNemo;Atlantis\n")
    assert error.line == 3


def test_a_mapping_without_a_name_is_refused() -> None:
    table = read_table(b"Email\na@b.de\n", "x.csv")
    assert str(refusal(drafts, table, {0: "email"}, "x.csv")) == (
        "x.csv: no column is mapped to the family or full name"
    )
    with pytest.raises(ValueError, match="shoe_size"):
        drafts(table, {0: "shoe_size"}, "x.csv")


# --- CSV export ------------------------------------------------------------------------------

PEOPLE = [
    ExportPerson(
        uuid="6f1c1f7e-5b52-4a8e-9d3c-0a1b2c3d4e01",
        family_name="Zhu",
        given_name="Wei",
        native_name="朱伟",
        honorific="Mr.",
        position="Director, Europe Desk; Asia",
        organization="Shanghai Foreign Affairs Office",
        organization_native="上海市人民政府外事办公室",
        country="CN",
        email="zhuwei@shfao.example.cn",
        phone="+862161234567",
        languages=("zh", "en"),
        notes='Met in Hannover.\nSaid: "hydrogen buses"; wants a follow-up \\ soon.',
    ),
    ExportPerson(
        uuid="6f1c1f7e-5b52-4a8e-9d3c-0a1b2c3d4e02",
        family_name="Link",
        given_name="Sören",
        honorific="Dr.",
        position="Oberbürgermeister",
        organization="Stadt Duisburg",
        country="DE",
        email="soeren.link@stadt-duisburg.example.de",
        phone="+492032832000",
        languages=("de",),
    ),
    ExportPerson(uuid="6f1c1f7e-5b52-4a8e-9d3c-0a1b2c3d4e03", family_name="欧阳", given_name="明"),
    ExportPerson(
        uuid="6f1c1f7e-5b52-4a8e-9d3c-0a1b2c3d4e04",
        family_name="-Minus",
        given_name='=HYPERLINK("http://evil.example")',
        position="@SUM(A1:A9)",
        organization="+cmd|' /C calc'!A0",
        notes="- call back;" + " long" * 40,  # values are stripped: none at the ends
    ),
]


def expected_drafts(people: list[ExportPerson]) -> list[ContactDraft]:
    """What reading an export of ``people`` gives, but for the line numbers."""
    return [
        ContactDraft(
            line=0,
            family_name=p.family_name,
            given_name=p.given_name,
            native_name=p.native_name,
            honorific=p.honorific,
            position=p.position,
            organization=p.organization,
            country=p.country,
            email=p.email,
            phone=p.phone,
            languages=p.languages,
            notes=p.notes,
        )
        for p in people
    ]


def exported_csv(people: list[ExportPerson]) -> str:
    out = io.StringIO(newline="")
    write_csv(people, out)
    return out.getvalue()


def test_the_csv_export_is_utf8_with_bom_every_cell_quoted() -> None:
    text = exported_csv(PEOPLE[1:2])
    assert text.startswith("\ufeff" + ",".join(f'"{h}"' for h in EXPORT_HEADERS) + "\r\n")
    assert '"Link","Sören","","Dr.","Oberbürgermeister","Stadt Duisburg","","DE"' in text
    assert text.endswith(f'"\'+492032832000","de","","{PEOPLE[1].uuid}"\r\n')


# Literal cases, not FORMULA_STARTS itself: a weakened list of starts must fail here. These are
# OWASP's CSV-injection starts; a telephone number in E.164 begins with one of them too.
INJECTIONS = {
    "equals": "=1+2",
    "plus": "+49 203 283 2000",
    "minus": "-2+3",
    "at": "@SUM(A1:A9)",
    "tab": "\t=1+2",
    "carriage-return": "\r=1+2",
}


@pytest.mark.parametrize("cell", INJECTIONS.values(), ids=INJECTIONS.keys())
def test_a_cell_a_spreadsheet_would_evaluate_is_made_inert_and_reads_back(cell: str) -> None:
    person = ExportPerson(uuid="u", family_name="Link", notes=cell)
    text = exported_csv([person])

    assert f'"\'{cell}"' in text
    [read] = csv_drafts(text)
    assert read.notes == cell


def test_an_apostrophe_that_belongs_to_the_text_is_kept_on_import() -> None:
    """Only the apostrophe the export puts before a formula start is its own; a Dutch name or
    a quoted note in someone else's file keeps its apostrophe."""
    hooft, brien = csv_drafts(
        "Last Name,First Name,Notes\n't Hooft,Gerard,'quoted'\nO'Brien,Pat,\n"
    )

    assert (hooft.family_name, hooft.given_name, hooft.notes) == ("'t Hooft", "Gerard", "'quoted'")
    assert brien.family_name == "O'Brien"


def test_only_the_formula_starts_are_made_inert() -> None:
    person = ExportPerson(uuid="u", family_name="O'Brien", position="1+2", notes="'quoted'")
    text = exported_csv([person])
    assert '"O\'Brien"' in text
    assert '"1+2"' in text
    assert "\"'quoted'\"" in text


def test_the_csv_export_reads_back_as_it_was_written() -> None:
    data = exported_csv(PEOPLE).encode("utf-8")
    table = read_table(data, "export.csv")
    assert (table.encoding, table.delimiter) == ("utf-8-sig", ",")
    people = drafts(table, guess_mapping(table.headers), "export.csv")
    lines = [2, 4, 5, 6]  # Zhu Wei's notes take two lines
    assert people == [
        replace(d, line=line) for d, line in zip(expected_drafts(PEOPLE), lines, strict=True)
    ]


# --- vCard files as programs export them ----------------------------------------------------


def read_vcf(name: str) -> list[ContactDraft]:
    return read_vcards((DATA / name).read_bytes(), name)


def test_apple_vcard_3() -> None:
    zhu, link = read_vcf("apple-3.0.vcf")
    assert zhu == ContactDraft(
        line=1,
        family_name="Zhu",  # Latin from X-PHONETIC-*, the characters as the native name
        given_name="Wei",
        native_name="朱伟",
        position="处长",
        organization="上海市人民政府外事办公室",
        country="CN",  # from X-ABADR: the address names no country
        email="zhuwei@shfao.example.cn",
        phone="+86 21 6123 4567",  # work before the preferred mobile
        notes="Met at the Hannover Messe 2024, interested in hydrogen buses.\n"
        "Prefers tea to coffee.",
    )
    assert link == ContactDraft(
        line=22,
        family_name="Link",
        given_name="Sören",
        honorific="Dr.",
        position="Oberbürgermeister",
        organization="Stadt Duisburg",
        country="DE",
        email="soeren.link@stadt-duisburg.example.de",
        phone="0203 283-2000",
    )


def test_google_vcard_3() -> None:
    schaefer, li = read_vcf("google-3.0.vcf")
    assert schaefer == ContactDraft(
        line=1,
        family_name="Schäfer",
        given_name="Katrin",
        position="Leiterin International",
        organization="IHK Frankfurt am Main",
        country="DE",
        email="k.schaefer@ihk-example.de",  # neither preferred: the work address
        phone="+49 69 2197-1234",
        notes="Speaks Mandarin.",
    )
    assert (li.line, li.family_name, li.given_name, li.native_name, li.country) == (
        15,
        "李",
        "娜",
        None,
        "CN",
    )


def test_outlook_vcard_2_1_with_quoted_printable_in_windows_1252() -> None:
    (person,) = read_vcf("outlook-2.1.vcf")
    assert person == ContactDraft(
        line=1,
        family_name="Schröder",
        given_name="Jürgen",
        position="Geschäftsführer",
        organization="Stadtwerke Düsseldorf AG",
        country="DE",
        email="juergen.schroeder@swd-example.de",
        phone="+49 (211) 821-0",
        notes="Kennt den Oberbürgermeister persönlich.\nWichtig: Termine nur vormittags, bitte.",
    )


def test_vcard_4() -> None:
    (person,) = read_vcf("google-4.0.vcf")
    assert person == ContactDraft(
        line=1,
        family_name="Müller-Lüdenscheidt",
        given_name="Anna",
        honorific="Prof. Dr.",
        position="Direktorin",
        organization="Universität zu Köln",
        country="DE",
        email="a.mueller@uni-koeln.example.de",  # PREF=1
        phone="+49-221-470-0",  # from the tel: URI
        languages=("de", "en", "zh"),  # in order of PREF
        notes="Co-chairs the city partnership Köln–Peking; see the minutes of 12/2023.",
    )


def test_vcard_4_native_name_in_fn_and_a_card_with_fn_only() -> None:
    zhang, madonna = read_vcf("thunderbird-4.0.vcf")
    assert zhang == ContactDraft(
        line=1,
        family_name="Zhang",
        given_name="Min",
        native_name="张敏",
        honorific="Ms.",
        position="Director, Europe Desk",
        organization="Invest Shenzhen",
        country="CN",  # RFC 8605's CC parameter
        email="zhang.min@sz-invest.example.cn",
        phone="+86 755 8888 6666",
        languages=("zh-cn",),
    )
    assert madonna == ContactDraft(line=14, family_name="Madonna")


def test_an_unescaped_comma_is_kept() -> None:
    card = "BEGIN:VCARD\nVERSION:3.0\nN:Link;Sören,Hans;;;\nTITLE:Director, Europe\nEND:VCARD\n"
    (person,) = read_vcards(card.encode(), "x.vcf")
    assert (person.given_name, person.position) == ("Sören Hans", "Director, Europe")


def test_a_chinese_full_name_is_split_and_a_bracketed_latin_part_is_no_native_name() -> None:
    cards = (
        "BEGIN:VCARD\nVERSION:3.0\nFN:朱伟\nEND:VCARD\n"
        "BEGIN:VCARD\nVERSION:3.0\nN:Link;Sören;;;\nFN:Sören Link (Sales)\nEND:VCARD\n"
    )
    zhu, link = read_vcards(cards.encode(), "x.vcf")
    assert (zhu.family_name, zhu.given_name, zhu.native_name) == ("朱", "伟", None)
    assert (link.family_name, link.native_name) == ("Link", None)


# --- malformed vCards ------------------------------------------------------------------------


def test_a_truncated_vcard_names_the_line_of_its_begin() -> None:
    error = refusal(read_vcards, (DATA / "truncated.vcf").read_bytes(), "truncated.vcf")
    assert str(error) == "truncated.vcf, line 6: the card has no END:VCARD: the file ends inside it"


def test_a_garbage_line_is_refused_with_its_line_after_folded_lines() -> None:
    data = (DATA / "garbage-line.vcf").read_bytes()
    lines = data.decode().splitlines()
    assert lines[12] == "this line is not a property"  # line 13 of the file
    error = refusal(read_vcards, data, "garbage-line.vcf")
    assert str(error) == (
        "garbage-line.vcf, line 13: not a vCard property: 'this line is not a property'"
    )


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "x.vcf: the file holds no vCard"),
        ("\r\n\r\n", "x.vcf: the file holds no vCard"),
        ("Hello,\nthis is no vCard\n", "x.vcf, line 1: expected BEGIN:VCARD, found 'Hello,'"),
        (
            "BEGIN:VCARD\nFN:A\nEND:VCARD\nFN:B\n",
            "x.vcf, line 4: expected BEGIN:VCARD, found 'FN:B'",
        ),
        (
            "BEGIN:VCARD\nVERSION:3.0\nFN:A\nBEGIN:VCARD\nFN:B\nEND:VCARD\n",
            "x.vcf, line 1: the card has no END:VCARD (a new card begins on line 4)",
        ),
        (
            "BEGIN:VCARD\nFN:A\nEND:VCARD\n\nBEGIN:VCARD\nVERSION:3.0\nORG:Acme\nEND:VCARD\n",
            "x.vcf, line 5: the card has no name (N or FN)",
        ),
        (
            "BEGIN:VCARD\nFN:A\nNOTE;ENCODING=QUOTED-PRINTABLE;CHARSET=klingon:a=FCb\nEND:VCARD",
            "x.vcf, line 3: 'NOTE;ENCODING=QUOTED-PRINTABLE;CHARSET=k…': unknown encoding: klingon",
        ),
        (
            "BEGIN:VCARD\nFN:A\nNOTE;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:a=FCb\nEND:VCARD",
            "x.vcf, line 3: 'NOTE;ENCODING=QUOTED-PRINTABLE;CHARSET=U…': 'utf-8' codec can't"
            " decode byte 0xfc in position 1: invalid start byte",
        ),
    ],
    ids=["empty", "blank", "no card", "after the end", "nested", "no name", "charset", "bytes"],
)
def test_a_malformed_vcard_is_refused_with_its_line(text: str, message: str) -> None:
    assert str(refusal(read_vcards, text.encode(), "x.vcf")) == message


# --- vCard export ----------------------------------------------------------------------------


def exported_vcf(people: list[ExportPerson]) -> str:
    out = io.StringIO(newline="")
    write_vcards(people, out)
    return out.getvalue()


def test_the_vcard_export_is_vcard_4() -> None:
    text = exported_vcf(PEOPLE[:1])
    lines = text.split("\r\n")
    assert lines[:2] == ["BEGIN:VCARD", "VERSION:4.0"]
    assert lines[-2:] == ["END:VCARD", ""]
    assert "N:Zhu;Wei;;Mr.;" in lines
    assert "FN:Zhu Wei (朱伟)" in lines
    assert 'TEL;TYPE="work,voice";VALUE=uri:tel:+862161234567' in lines
    assert f"UID:urn:uuid:{PEOPLE[0].uuid}" in lines
    assert "TITLE:Director\\, Europe Desk\\; Asia" in lines
    assert all(len(line.encode()) <= 75 for line in lines)


def test_the_vcard_export_reads_back_as_it_was_written() -> None:
    long_note = ExportPerson(uuid="u", family_name="李", given_name="娜", notes="氢能" * 80)
    people = [*PEOPLE, long_note]
    data = exported_vcf(people).encode()
    starts = [i + 1 for i, line in enumerate(data.decode().split("\r\n")) if line == "BEGIN:VCARD"]
    expected = expected_drafts(people)
    assert read_vcards(data, "export.vcf") == [
        replace(d, line=line) for d, line in zip(expected, starts, strict=True)
    ]


def test_many_drafts_are_the_drafts_the_constructor_makes() -> None:
    columns: list[list[Any]] = [
        [2, 3], ["Link", "朱"], ["Sören", None], [None, "朱伟"], ["Herr", None], [None, "主任"],
        ["Stadt Duisburg", None], ["DE", "CN"], ["s@example.de", None], [None, "+86 755"],
        [("de",), ()], [None, "notes"],
    ]  # fmt: skip
    made = many_drafts(*columns)
    assert made == list(map(ContactDraft, *columns))
    assert [vars(d) for d in made] == [vars(d) for d in map(ContactDraft, *columns)]
    assert hash(made[0]) == hash(ContactDraft(*[column[0] for column in columns]))
    with pytest.raises(AttributeError):
        made[0].family_name = "changed"  # type: ignore[misc]
    with pytest.raises(ValueError, match="shorter"):
        many_drafts(*columns[:-1], [None])
