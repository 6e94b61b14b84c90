#!/usr/bin/env python3
"""Generate tables.go: the character database behind package pystr.

Run from this directory with CPython 3.11 (Unicode 14.0.0):

    python3 gen_tables.py        # writes tables.go (already gofmt-clean)

Every property is taken from the behaviour of CPython's own str methods on
one-character strings, so the Go tables reproduce exactly what str does,
whatever Unicode version Go's standard library ships.

Layout: every code point maps, through a three-stage table, to a record
(flags + four case mappings).  A case mapping is stored as a delta from the
code point, or, when the full mapping has several code points, as an index
into caseStrings.
"""

import sys
import unicodedata

assert sys.version_info[:2] == (3, 11), "generate with CPython 3.11"
assert unicodedata.unidata_version == "14.0.0"

MAXCP = 0x110000

# Flag bits; keep in sync with the constants in props.go.
FLAGS = [
    "fAlpha", "fDecimal", "fDigit", "fNumeric", "fLower", "fUpper",
    "fTitle", "fSpace", "fPrintable", "fXIDStart", "fXIDContinue",
    "fCased", "fCaseIgnorable", "fExtLower", "fExtUpper", "fExtTitle",
    "fExtFold",
]
BIT = {name: 1 << i for i, name in enumerate(FLAGS)}
DECIMAL_SHIFT = 20  # 4 bits: decimal value
DIGIT_SHIFT = 24    # 4 bits: digit value


def sigma_last(prefix, ch):
    return (prefix + ch + "\u03a3").lower()[-1]


def props(c):
    ch = chr(c)
    f = 0
    if ch.isalpha():
        f |= BIT["fAlpha"]
    if ch.isdecimal():
        f |= BIT["fDecimal"]
    if ch.isdigit():
        f |= BIT["fDigit"]
    if ch.isnumeric():
        f |= BIT["fNumeric"]
    if ch.islower():
        f |= BIT["fLower"]
    if ch.isupper():
        f |= BIT["fUpper"]
    if unicodedata.category(ch) == "Lt":
        f |= BIT["fTitle"]
    if ch.isspace():
        f |= BIT["fSpace"]
    if ch.isprintable():
        f |= BIT["fPrintable"]
    if ch.isidentifier() and ch != "_":
        f |= BIT["fXIDStart"]
    if ("a" + ch).isidentifier():
        f |= BIT["fXIDContinue"]
    # Case-ignorable: skipped when looking back from a capital sigma.
    # 'a'+ch+'Σ' ends in final sigma and '1'+ch+'Σ' does not exactly when
    # ch is skipped (otherwise both depend on ch alone).
    ignorable = sigma_last("a", ch) == "\u03c2" and sigma_last("1", ch) == "\u03c3"
    if ignorable:
        f |= BIT["fCaseIgnorable"]
    # Cased: title() lowercases the letter after a cased character.
    cased = (ch + "a").title()[-1] == "a"
    assert cased == (ch.islower() or ch.isupper() or unicodedata.category(ch) == "Lt"), hex(c)
    if cased:
        f |= BIT["fCased"]
    d = unicodedata.decimal(ch, -1)
    if d >= 0:
        f |= d << DECIMAL_SHIFT
    g = unicodedata.digit(ch, -1)
    if g >= 0:
        f |= g << DIGIT_SHIFT
    return f


ext_strings = []
ext_index = {}


def mapping(c, s, extflag, f):
    if len(s) == 1:
        return f, ord(s) - c
    if s not in ext_index:
        ext_index[s] = len(ext_strings)
        ext_strings.append(s)
    return f | BIT[extflag], ext_index[s]


records = []
record_index = {}
cp_record = [0] * MAXCP


def add_record(rec):
    if rec not in record_index:
        record_index[rec] = len(records)
        records.append(rec)
    return record_index[rec]


# Record 0: used for out-of-range values; an unassigned code point.
add_record((0, 0, 0, 0, 0))
for c in range(MAXCP):
    ch = chr(c)
    f = props(c)
    f, lo = mapping(c, ch.lower(), "fExtLower", f)
    f, up = mapping(c, ch.upper(), "fExtUpper", f)
    f, ti = mapping(c, ch.title(), "fExtTitle", f)
    f, fo = mapping(c, ch.casefold(), "fExtFold", f)
    cp_record[c] = add_record((f, lo, up, ti, fo))
assert cp_record[0xE0000] == 0 or records[cp_record[0xE0000]][0] == 0


def split_tables(lo, hi):
    """Three stages: stage1[c >> hi] picks a block of stage2, which maps
    (c >> lo) to a block of stage3, which maps c to a record."""
    blocks3, idx3 = {}, []
    for start in range(0, MAXCP, 1 << lo):
        block = tuple(cp_record[start:start + (1 << lo)])
        idx3.append(blocks3.setdefault(block, len(blocks3)))
    per = 1 << (hi - lo)
    blocks2, stage1 = {}, []
    for start in range(0, len(idx3), per):
        block = tuple(idx3[start:start + per])
        stage1.append(blocks2.setdefault(block, len(blocks2)))
    stage2 = [x for block in blocks2 for x in block]
    stage3 = [x for block in blocks3 for x in block]
    return stage1, stage2, stage3


def byte_width(values):
    return 1 if max(values) < 256 else 2


best = None
for lo in range(2, 8):
    for hi in range(lo + 1, 12):
        s1, s2, s3 = split_tables(lo, hi)
        cost = len(s1) * byte_width(s1) + len(s2) * byte_width(s2) + len(s3) * byte_width(s3)
        if best is None or cost < best[0]:
            best = (cost, lo, hi, s1, s2, s3)
cost, SHIFT_LO, SHIFT_HI, stage1, stage2, stage3 = best
assert len(records) < 1 << 16


def go_ints(values, per_line=20):
    lines = []
    for i in range(0, len(values), per_line):
        lines.append("\t" + ", ".join(str(v) for v in values[i:i + per_line]) + ",")
    return "\n".join(lines)


def go_string(s):
    out = []
    for ch in s:
        c = ord(ch)
        if 0x20 <= c < 0x7F and ch not in '"\\':
            out.append(ch)
        elif c < 0x10000:
            out.append("\\u%04x" % c)
        else:
            out.append("\\U%08x" % c)
    return '"' + "".join(out) + '"'


out = []
out.append("// Code generated by gen_tables.py from CPython %s (Unicode %s); DO NOT EDIT.\n"
           % (sys.version.split()[0], unicodedata.unidata_version))
out.append("package pystr\n")
out.append("// unicodeVersion is the Unicode version the tables were generated from.")
out.append('const unicodeVersion = "%s"\n' % unicodedata.unidata_version)
consts = [(name, "1 << %d" % i) for i, name in enumerate(FLAGS)]
consts += [("decimalShift", str(DECIMAL_SHIFT)), ("digitShift", str(DIGIT_SHIFT)),
           ("shiftLo", str(SHIFT_LO)), ("shiftHi", str(SHIFT_HI))]
width = max(len(name) for name, _ in consts)
out.append("const (")
for name, value in consts:
    out.append("\t%s = %s" % (name.ljust(width), value))
out.append(")\n")
out.append("// charRecords holds the distinct property records; see charRecord.")
out.append("var charRecords = [%d]charRecord{" % len(records))
for rec in records:
    out.append("\t{%s, %d, %d, %d, %d}," % ("0x%x" % rec[0], rec[1], rec[2], rec[3], rec[4]))
out.append("}\n")
out.append("// caseStrings holds the case mappings that yield several code points.")
out.append("var caseStrings = [%d]string{" % len(ext_strings))
for s in ext_strings:
    out.append("\t%s," % go_string(s))
out.append("}\n")
for name, values, doc in [
        ("stage1", stage1, "maps c >> shiftHi to a block of stage2."),
        ("stage2", stage2, "maps c >> shiftLo, within its block, to a block of stage3."),
        ("stage3", stage3, "maps c, within its block, to an index in charRecords.")]:
    out.append("// %s %s" % (name, doc))
    out.append("var %s = [%d]uint%d{" % (name, len(values), 8 * byte_width(values)))
    out.append(go_ints(values))
    out.append("}\n")
out[-1] = out[-1].rstrip("\n")

with open("tables.go", "w") as fp:
    fp.write("\n".join(out) + "\n")
print("records=%d caseStrings=%d shifts=%d,%d stages=%d,%d,%d bytes=%d"
      % (len(records), len(ext_strings), SHIFT_LO, SHIFT_HI, len(stage1), len(stage2),
         len(stage3), cost))
