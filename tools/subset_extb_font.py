"""Make ``resources/fonts/HanaMinExtB.ttf`` from Debian's ``fonts-hanazono`` HanaMinB.

    apt-get install fonts-hanazono
    python tools/subset_extb_font.py [/usr/share/fonts/truetype/hanazono/HanaMinB.ttf]

HanaMinB (31 MB) covers CJK Extensions B to F; the briefing pack keeps only Extension B
(U+20000-U+2A6DF, where the rare name characters such as 𠀋 and 𡈽 live), about 22 MB. The
subset is renamed because the font's OFL reserves the names "HanaMinB" and "Hanazono Font"
for unmodified versions (it is also under the Hanazono Font License, which reserves nothing).
"""

from __future__ import annotations

import sys
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTFont

SOURCE = Path("/usr/share/fonts/truetype/hanazono/HanaMinB.ttf")
TARGET = Path(__file__).resolve().parent.parent / "resources" / "fonts" / "HanaMinExtB.ttf"
EXTENSION_B = range(0x20000, 0x2A6E0)
FAMILY = "Planner ExtB Mincho"


def main(argv: list[str]) -> int:
    source = Path(argv[0]) if argv else SOURCE
    font = TTFont(source, recalcBBoxes=False, recalcTimestamp=False)
    options = subset.Options()
    options.layout_features = []  # ideographs need no shaping
    options.hinting = False
    options.name_IDs = [0, 1, 2, 3, 4, 5, 6, 13, 14]
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=EXTENSION_B)
    subsetter.subset(font)
    names = font["name"]
    renamed = {
        1: FAMILY,
        3: f"{FAMILY}; ExtB subset of HanaMinB",
        4: FAMILY,
        6: "PlannerExtBMincho",
    }
    names.names = [r for r in names.names if r.nameID not in (*renamed, 16, 17)]
    for name_id, value in renamed.items():
        names.setName(value, name_id, 3, 1, 0x409)
    font.save(TARGET)
    print(f"wrote {TARGET} ({TARGET.stat().st_size // 1024} KiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
