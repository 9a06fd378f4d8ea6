#!/usr/bin/env python3
"""Build Anchorline's embedded market dataset, resources/data/market.bin, from resources/data/source/.

Standard library only, no network. The output is reproducible: inputs are read in a fixed order, nothing
depends on time or locale, and zlib runs at a fixed level, so two runs give identical bytes.

File format (all integers little-endian unless stated):
  header   "ALMD" magic, u16 format version, u16 section count
  index    per section: 4-byte ASCII tag, u32 offset, u32 size (offsets from the start of the file)
  sections each in qCompress() form: u32 BIG-endian uncompressed length, then a zlib stream
except OFLB, which is stored as is (it is a sequence of separately compressed blocks, one per occupation, so
a look-up decodes only its occupation's block).
Inside a section: u32 record count, then records. A string is u16 byte length + UTF-8 bytes; a missing
number is -1. See the tag functions below for each record layout, and MarketStore.cpp for the reader.
"""

import argparse
import csv
import gzip
import io
import struct
import sys
import zlib
from pathlib import Path

FORMAT_VERSION = 1
ZLIB_LEVEL = 9
OEWS_YEARS = (2023, 2024)
PERCENTILE_COLUMNS = ("pct10", "pct25", "median", "pct75", "pct90")

SOURCES = [
    # id, full credit, short name, period, licence
    ("oews",
     "U.S. Bureau of Labor Statistics, Occupational Employment and Wage Statistics (OEWS), May 2023 and May 2024",
     "BLS OEWS", "May 2023 and May 2024", "Public domain (U.S. government work)"),
    ("oflc",
     "U.S. Department of Labor, Office of Foreign Labor Certification (OFLC), prevailing wage data, "
     "July 2025 \u2013 June 2026",
     "DOL OFLC", "July 2025 \u2013 June 2026", "Public domain (U.S. government work)"),
    ("onet",
     "O*NET 29 Database, U.S. Department of Labor, Employment and Training Administration",
     "O*NET 29", "O*NET 29", "CC BY 4.0"),
    ("bea",
     "U.S. Bureau of Economic Analysis, Regional Price Parities by state and metro area, 2023 "
     "(released February 2025)",
     "BEA RPP", "2023", "Public domain (U.S. government work)"),
    ("tech",
     "Product brief seed documents 000_57d1a90a86522800.txt (last updated January 2026) and "
     "001_e75f0b0cc287c2d4.txt (2026): published salary comparisons, secondary source",
     "Tech-market brief (secondary source)", "2026", "Quoted figures, secondary source"),
]

UNCOMPRESSED_SECTIONS = {b"OFLB"}
AREA_TYPES = {"metro": 0, "nonmetro": 1}
TECH_MEASURES = ("typical_pay", "level_pay", "base", "total_compensation", "annual_rsu_vest",
                 "startup_equity_grant")
TECH_LEVELS = ("", "entry", "junior", "mid", "senior", "staff", "principal")


class DatasetError(Exception):
    pass


class Writer:
    def __init__(self):
        self.parts = []

    def u8(self, value):
        self.parts.append(struct.pack("<B", value))

    def u16(self, value):
        self.parts.append(struct.pack("<H", value))

    def u32(self, value):
        self.parts.append(struct.pack("<I", value))

    def i32(self, value):
        self.parts.append(struct.pack("<i", value))

    def i64(self, value):
        self.parts.append(struct.pack("<q", value))

    def string(self, text):
        data = text.encode("utf-8")
        if len(data) > 0xFFFF:
            raise DatasetError(f"string too long ({len(data)} bytes): {text[:40]}...")
        self.u16(len(data))
        self.parts.append(data)

    def i32_array(self, values):
        self.parts.append(struct.pack(f"<{len(values)}i", *values))

    def raw(self, data):
        self.parts.append(bytes(data))

    def bytes(self):
        return b"".join(self.parts)


def read_csv(path, where):
    """Rows as dicts; `where` names the file in error messages."""
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    if not rows:
        raise DatasetError(f"{where}: no rows")
    return rows


def whole_number(text, where, missing=-1):
    """An integer cell; `missing` for an empty one."""
    if text == "":
        return missing
    if not text.isdigit():
        raise DatasetError(f"{where}: not a whole number: {text!r}")
    return int(text)


def cents(text, where):
    """A decimal cell with at most two decimals ("44.40") as integer cents; -1 when empty."""
    if text == "":
        return -1
    whole, _, fraction = text.partition(".")
    if not whole.isdigit() or len(fraction) > 2 or (fraction and not fraction.isdigit()):
        raise DatasetError(f"{where}: not an amount with cents: {text!r}")
    return int(whole) * 100 + int(fraction.ljust(2, "0"))


def occupations_section(source, occupation_codes):
    rows = read_csv(source / "soc_occupations.csv", "soc_occupations.csv")
    by_code = {row["soc"]: row for row in rows}
    missing = [code for code in occupation_codes if code not in by_code]
    if missing:
        raise DatasetError(f"soc_occupations.csv: no title for OFLC occupations {missing[:5]}")
    alternates = {code: [] for code in occupation_codes}
    for row in read_csv(source / "soc_onet_crosswalk.csv", "soc_onet_crosswalk.csv"):
        code = row["OES_SOCCODE"]
        title = row["ONetTitle"].strip()
        if code in alternates and title and title != by_code[code]["title"] and title not in alternates[code]:
            alternates[code].append(title)
    out = Writer()
    out.u32(len(occupation_codes))
    for code in occupation_codes:
        out.string(code)
        out.string(by_code[code]["title"])
        out.string(by_code[code]["description"])
        out.u16(len(alternates[code]))
        for title in alternates[code]:
            out.string(title)
    return out.bytes()


def areas_section(source, area_codes):
    rows = read_csv(source / "oflc_areas.csv", "oflc_areas.csv")
    by_code = {row["area"]: row for row in rows}
    if sorted(by_code) != area_codes:
        raise DatasetError("oflc_areas.csv: areas differ from the OFLC wage table's areas")
    out = Writer()
    out.u32(len(area_codes))
    for code in area_codes:
        row = by_code[code]
        if row["area_type"] not in AREA_TYPES:
            raise DatasetError(f"oflc_areas.csv: area {code}: unknown area_type {row['area_type']!r}")
        out.string(code)
        out.string(row["area_name"])
        out.u8(AREA_TYPES[row["area_type"]])
        out.string(row["primary_state"])
        states = [state for state in row["states"].split(";") if state]
        out.u8(len(states))
        for state in states:
            out.string(state)
        out.u16(whole_number(row["n_counties"], f"oflc_areas.csv: area {code}: n_counties", 0))
    return out.bytes()


def counties_section(source, area_codes):
    rows = read_csv(source / "oflc_geography_counties.csv", "oflc_geography_counties.csv")
    known = set(area_codes)
    out = Writer()
    out.u32(len(rows))
    for line, row in enumerate(rows, start=2):
        if row["Area"] not in known:
            raise DatasetError(f"oflc_geography_counties.csv:{line}: unknown area {row['Area']}")
        out.string(row["Area"])
        out.string(row["StateAb"])
        out.string(row["State"])
        out.string(row["CountyTownName"])
    return out.bytes()


def oews_section(source):
    rows = read_csv(source / "oews_national_2023_2024.csv", "oews_national_2023_2024.csv")
    out = Writer()
    out.u32(len(rows))
    for line, row in enumerate(rows, start=2):
        where = f"oews_national_2023_2024.csv:{line}"
        year = whole_number(row["year"], where + ": year")
        if year not in OEWS_YEARS:
            raise DatasetError(f"{where}: unexpected year {year}")
        topcoded = {name for name in row["topcoded"].split(";") if name}
        known_columns = {f"{unit}_{column}" for unit in "ah" for column in PERCENTILE_COLUMNS}
        if not topcoded <= known_columns:
            raise DatasetError(f"{where}: unknown top-coded columns {sorted(topcoded - known_columns)}")
        flags = (row["annual_only"] == "1") | (row["hourly_only"] == "1") << 1
        for bit, column in enumerate(PERCENTILE_COLUMNS):
            flags |= (f"a_{column}" in topcoded) << (2 + bit)
            flags |= (f"h_{column}" in topcoded) << (7 + bit)
        out.u16(year)
        out.string(row["occ_code"])
        out.string(row["occ_title"])
        out.string(row["o_group"])
        out.i64(whole_number(row["tot_emp"], where + ": tot_emp"))
        out.i32(whole_number(row["a_mean"], where + ": a_mean"))
        for column in PERCENTILE_COLUMNS:
            out.i32(whole_number(row[f"a_{column}"], f"{where}: a_{column}"))
        out.i32(cents(row["h_mean"], where + ": h_mean"))
        for column in PERCENTILE_COLUMNS:
            out.i32(cents(row[f"h_{column}"], f"{where}: h_{column}"))
        out.u16(flags)
    return out.bytes()


def annual_from_hourly_cents(hourly_cents):
    """hourly × 2080 in whole dollars, rounded half up, exactly as OFLC's annualised figures."""
    return (hourly_cents * 208 + 5) // 10


def oflc_tables(source):
    """Occupation codes, area codes, the OFLC block index (section OFLC) and the blocks (section OFLB).

    Cells are [occupation][area], occupations and areas sorted by code; each occupation's 530 cells form one
    block, compressed on its own. Each cell has a unit (0 = no levels published, 1 = published hourly: values in
    cents, 2 = published annually: values in dollars) and four values v1..v4. A block holds the units, then four
    planes of i32: v1, v4 − v1, and the residuals of v2 and v3 from the straight line between v1 and v4 (OFLC
    levels II and III are close to it), which zlib compresses far better than the raw values.
    """
    name = "oflc_wage_levels_2025_26_all.csv.gz"
    rows = read_csv(source / name, name)
    occupation_codes = sorted({row["soc"] for row in rows})
    area_codes = sorted({row["area"] for row in rows})
    occupation_index = {code: index for index, code in enumerate(occupation_codes)}
    area_index = {code: index for index, code in enumerate(area_codes)}
    area_count = len(area_codes)
    cells = len(occupation_codes) * area_count
    if len(rows) != cells:
        raise DatasetError(f"{name}: {len(rows)} rows, expected one per occupation and area ({cells})")
    units = bytearray(cells)
    planes = [[0] * cells for _ in range(4)]
    for line, row in enumerate(rows, start=2):
        where = f"{name}:{line}"
        cell = occupation_index[row["soc"]] * area_count + area_index[row["area"]]
        annual = [whole_number(row[f"level{level}_annual"], where, None) for level in range(1, 5)]
        if all(value is None for value in annual):
            continue
        if any(value is None for value in annual):
            raise DatasetError(f"{where}: some levels are empty")
        if annual != sorted(annual):
            raise DatasetError(f"{where}: levels are not in increasing order")
        if row["source_unit"] == "hour":
            values = [round(value * 100 / 2080) for value in annual]
            if [annual_from_hourly_cents(value) for value in values] != annual:
                raise DatasetError(f"{where}: annual figures are not hourly × 2080")
            units[cell] = 1
        elif row["source_unit"] == "year":
            values = annual
            units[cell] = 2
        else:
            raise DatasetError(f"{where}: unknown source_unit {row['source_unit']!r}")
        spread = values[3] - values[0]
        planes[0][cell] = values[0]
        planes[1][cell] = spread
        planes[2][cell] = values[1] - (values[0] + (spread + 1) // 3)
        planes[3][cell] = values[2] - (values[0] + (2 * spread + 1) // 3)
    index = Writer()
    index.u32(len(occupation_codes))
    index.u32(area_count)
    blocks = io.BytesIO()
    for occupation in range(len(occupation_codes)):
        first, last = occupation * area_count, (occupation + 1) * area_count
        block = Writer()
        block.raw(units[first:last])
        for plane in planes:
            block.i32_array(plane[first:last])
        compressed = q_compress(block.bytes())
        index.u32(blocks.tell())
        index.u32(len(compressed))
        blocks.write(compressed)
    return occupation_codes, area_codes, index.bytes(), blocks.getvalue()


def parity_thousandths(text, where):
    whole, _, fraction = text.partition(".")
    if not whole.isdigit() or len(fraction) != 3 or not fraction.isdigit():
        raise DatasetError(f"{where}: parity is not a number with three decimals: {text!r}")
    return int(whole) * 1000 + int(fraction)


def parities_section(source, file_name, name_column):
    rows = read_csv(source / file_name, file_name)
    out = Writer()
    out.u32(len(rows))
    for line, row in enumerate(rows, start=2):
        where = f"{file_name}:{line}"
        out.string(row["geofips"])
        out.string(row[name_column])
        out.u16(whole_number(row["year"], where + ": year"))
        out.i32(parity_thousandths(row["rpp_all_items"], where + ": rpp_all_items"))
    return out.bytes()


def tech_section(source):
    rows = read_csv(source / "tech_market_brief.csv", "tech_market_brief.csv")
    out = Writer()
    out.u32(len(rows))
    for line, row in enumerate(rows, start=2):
        where = f"tech_market_brief.csv:{line}"
        if row["measure"] not in TECH_MEASURES:
            raise DatasetError(f"{where}: unknown measure {row['measure']!r}")
        if row["level"] not in TECH_LEVELS:
            raise DatasetError(f"{where}: unknown level {row['level']!r}")
        low = whole_number(row["low_usd"], where + ": low_usd")
        high = whole_number(row["high_usd"], where + ": high_usd")
        if low < 0 or high < low:
            raise DatasetError(f"{where}: low_usd must be a number no greater than high_usd")
        out.string(row["role"])
        out.u8(TECH_MEASURES.index(row["measure"]))
        out.u8(TECH_LEVELS.index(row["level"]))
        out.i32(low)
        out.i32(high)
        out.string(row["description"])
        out.string(row["source_document"])
        out.string(row["source_label"])
        out.string(row["as_of"])
    return out.bytes()


def sources_section():
    out = Writer()
    out.u32(len(SOURCES))
    for source in SOURCES:
        for text in source:
            out.string(text)
    return out.bytes()


def q_compress(data):
    """The format qUncompress() reads: u32 big-endian uncompressed length + zlib stream."""
    return struct.pack(">I", len(data)) + zlib.compress(data, ZLIB_LEVEL)


def build(source):
    occupation_codes, area_codes, oflc_index, oflc_blocks = oflc_tables(source)
    sections = [
        (b"SRCS", sources_section()),
        (b"OCCU", occupations_section(source, occupation_codes)),
        (b"AREA", areas_section(source, area_codes)),
        (b"CNTY", counties_section(source, area_codes)),
        (b"OEWS", oews_section(source)),
        (b"OFLC", oflc_index),
        (b"OFLB", oflc_blocks),
        (b"RPPM", parities_section(source, "bea_rpp_metro.csv", "name")),
        (b"RPPS", parities_section(source, "bea_rpp_state.csv", "state")),
        (b"TECH", tech_section(source)),
    ]
    header_size = 8 + 12 * len(sections)
    index = io.BytesIO()
    body = io.BytesIO()
    for tag, data in sections:
        compressed = data if tag in UNCOMPRESSED_SECTIONS else q_compress(data)
        index.write(tag + struct.pack("<II", header_size + body.tell(), len(compressed)))
        body.write(compressed)
    return b"ALMD" + struct.pack("<HH", FORMAT_VERSION, len(sections)) + index.getvalue() + body.getvalue()


def main():
    root = Path(__file__).resolve().parent.parent
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=root / "resources/data/source",
                        help="directory with the source CSV files (default: %(default)s)")
    parser.add_argument("--output", type=Path, default=root / "resources/data/market.bin",
                        help="file to write (default: %(default)s)")
    arguments = parser.parse_args()
    try:
        data = build(arguments.source)
    except (DatasetError, OSError) as error:
        print(f"build-dataset: {error}", file=sys.stderr)
        return 1
    except KeyError as error:
        print(f"build-dataset: a source file lacks the column {error}", file=sys.stderr)
        return 1
    arguments.output.write_bytes(data)
    print(f"build-dataset: wrote {arguments.output} ({len(data):,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
