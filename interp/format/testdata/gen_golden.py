#!/usr/bin/env python3
"""Regenerate the golden files of interp/format from the reference interpreter.

Run from the repository root with CPython 3.11:

    python3 interp/format/testdata/gen_golden.py

It writes interp/format/testdata/*.json.gz.  Each file is gzipped JSON lines:
one JSON array per case, [inputs..., result], where result is either
["ok", value] or ["err", "ExceptionTypeName", "message"].  Floats are encoded
as 16 hex digits of their IEEE-754 bits, so every case round-trips exactly.
The random choices use fixed seeds: rerunning gives the same files.
The Go tests read these files and never need the interpreter.
"""
import gzip
import json
import math
import os
import random
import struct
import sys

assert sys.version_info[:2] == (3, 11), "goldens must come from CPython 3.11"

OUT = os.path.dirname(os.path.abspath(__file__))
sys.set_int_max_str_digits(0)


def fbits(x):
    return struct.pack('>d', x).hex()


def run(fn, limit=4300):
    """Call fn under the int/str digit limit (the default one unless told)."""
    sys.set_int_max_str_digits(limit)
    try:
        return ["ok", fn()]
    except Exception as e:  # the exception type and text are the oracle
        msg = str(e)
        if isinstance(e, KeyError):
            msg = repr(e.args[0]) if e.args else ''
        return ["err", type(e).__name__, msg]
    finally:
        sys.set_int_max_str_digits(0)  # the encoders need big ints as text


def write(name, rows):
    path = os.path.join(OUT, name + '.json.gz')
    with gzip.GzipFile(path, 'wb', mtime=0) as f:
        for r in rows:
            f.write((json.dumps(r, ensure_ascii=True) + '\n').encode())
    print(f'{name}: {len(rows)} cases')


# ---------------------------------------------------------------- values

def float_values(rng, n):
    vals = [0.0, -0.0, math.inf, -math.inf, math.nan, 1.0, -1.0, 0.5, 1.5, 2.5,
            -2.5, 0.1, 0.2, 0.3, 1/3, 2/3, 2.675, 1.005, 0.125, 0.375, 1e16,
            1e15, 9999999999999998.0, 1e17, 1e-4, 1e-5, 0.00015, 1.5e-05,
            123456789.0, 1234567890123456789.0, 5e-324, 2.2250738585072014e-308,
            2.225073858507201e-308, 1.7976931348623157e308, 1e308, 1e300,
            1e22, 1e23, 9.999999999999999e22, 12345.6789, -12345.6789, 0.05,
            0.15, 0.25, 0.35, 0.45, 0.55, 5.0, 15.0, 25.0, 9.5, 99.5, 999.5,
            0.995, 0.9995, 1e-7, 123.456, 3.141592653589793, 2.718281828459045,
            100.0, 1000000.0, 1e6 + 0.5, 4503599627370496.5, 2**52, 2**53,
            2**53 + 2, 2**63, 2**64, 1e-310, 4.35, 0.000123456, 65536.0,
            -0.5, -1.5, 1.25, 1.35, 0.045, 8.5, 10.5, 123.5, 1e100, 1.1e-100]
    for i in range(-30, 31):
        vals.append(10.0 ** i)
        vals.append(-(10.0 ** i) * 1.5)
    while len(vals) < n:
        k = rng.random()
        if k < 0.3:
            v = struct.unpack('>d', rng.getrandbits(64).to_bytes(8, 'big'))[0]
        elif k < 0.6:
            v = rng.uniform(-1, 1) * 10.0 ** rng.randint(-25, 25)
        elif k < 0.8:
            v = round(rng.uniform(-1000, 1000), rng.randint(0, 4))
        else:
            v = rng.randint(-10**6, 10**6) / 2 ** rng.randint(0, 8)
        vals.append(v)
    return [float(v) for v in vals]


def int_values(rng, n):
    vals = [0, 1, -1, 7, -7, 9, 10, 99, 100, 255, 256, 1000, 1023, 1024, 4096,
            65535, 65536, 10**6, 123456789, -123456789, 2**31 - 1, -2**31,
            2**32, 2**53, 2**53 + 1, 2**63 - 1, -2**63, 2**63, -2**63 - 1,
            2**64, 10**20, -10**20, 10**30 + 7, 2**100, -(2**100) + 1,
            10**50, 3**200, 0x10FFFF, 0x110000, 97, 8364]
    while len(vals) < n:
        k = rng.random()
        if k < 0.4:
            v = rng.randint(-1000, 1000)
        elif k < 0.7:
            v = rng.randint(-2**63, 2**63 - 1)
        elif k < 0.9:
            v = rng.randint(-10**40, 10**40)
        else:
            v = rng.getrandbits(rng.randint(64, 600)) * rng.choice([1, -1])
        vals.append(v)
    return vals


# ---------------------------------------------------------------- float text

def gen_float_repr():
    rng = random.Random(1)
    rows = []
    for v in float_values(rng, 6000):
        rows.append([fbits(v), repr(v), v.hex()])
    write('float_repr', rows)


def gen_float_fromhex():
    rng = random.Random(2)
    cases = ['0x1p0', '0x1.8p1', '-0x1.8p1', '1', '0X1P1', ' 0x1p0 ', '0x.8p0',
             '0x1.p0', '0x.p0', '0x', '', ' ', 'inf', '-inf', '+Infinity',
             'nan', '-NaN', 'infinit', '0x1p', '0x1p+', '0x1p-1074', '0x1p-1075',
             '0x1.8p-1075', '0x1.0000000000001p-1075', '0x3p-1076', '0x1p-1076',
             '0x1.fffffffffffffp1023', '0x1.fffffffffffff8p1023',
             '0x1.fffffffffffff7ffp1023', '0x2p1023', '0x1p1024', '0x0p99999999',
             '0x1p99999999999999999999', '0x1p-99999999999999999999',
             '0x0.0000000000001p-1022', '0x1.00000000000008p0',
             '0x1.00000000000018p0', '0x1.000000000000080000001p0', 'x1',
             '0x1_0p0', '1p', 'abc', '0xabc.defp-3', '0x1e10', '0x1.2e3',
             '0x1p1 x', '\t-0x1.2p3\n', '0x00000000000000000000000001p0',
             '0x.0000000000000000000000001p100', '0x1' + '0' * 300 + 'p-1200',
             '\u20030x1p0', '0x1\u2003', '0x1p0\x00', '-0x0p0', '+0x0.0p0',
             '0x1P-0', '0x1p+0', '0x1p--1', '0x1..2p0', '0x1.2.3p0', 'infinityx']
    for _ in range(1500):
        k = rng.random()
        if k < 0.5:
            v = struct.unpack('>d', rng.getrandbits(64).to_bytes(8, 'big'))[0]
            s = v.hex()
            if rng.random() < 0.5:
                s = s.upper() if rng.random() < 0.5 else s.replace('0x', '')
        else:
            s = '0x' + ''.join(rng.choice('0123456789abcdef') for _ in range(rng.randint(1, 20)))
            if rng.random() < 0.5:
                i = rng.randint(2, len(s))
                s = s[:i] + '.' + s[i:]
            s += 'p' + str(rng.randint(-1100, 1100))
        cases.append(s)
    rows = []
    for s in cases:
        r = run(lambda: fbits(float.fromhex(s)))
        rows.append([s, r])
    write('float_fromhex', rows)


def gen_float_round():
    rng = random.Random(3)
    vals = float_values(rng, 1500)
    rows = []
    nds = [None, 0, 1, 2, 3, -1, -2, -3, 5, 10, 15, 16, 17, 20, 22, 23, 50,
           100, 300, 308, 309, 322, 323, 324, 400, -15, -16, -22, -23, -100,
           -300, -307, -308, -309, -400, 10**6, -10**6]
    for v in vals:
        for nd in rng.sample(nds, 8) + [None, 0, 2]:
            if nd is None:
                r = run(lambda: str(round(v)))
                rows.append([fbits(v), None, r])
            else:
                r = run(lambda: fbits(round(v, nd)))
                rows.append([fbits(v), nd, r])
    for v, nd in [(2.675, 2), (0.5, 0), (1.5, 0), (2.5, 0), (1.7976931348623157e308, -308),
                  (-1.7976931348623157e308, -308), (5e-324, 323), (5e-324, 324), (1e308, -308),
                  (0.5e-322, 322)]:
        rows.append([fbits(v), nd, run(lambda: fbits(round(v, nd)))])
    write('float_round', rows)


# ---------------------------------------------------------------- text to numbers

INT_STRINGS = ['0', '1', '-1', '+1', ' 1 ', '\t\n12\x0b\x0c\r', '1_000', '1__000',
               '_1', '1_', '0x1f', '0X1F', '0o17', '0O17', '0b101', '0B101', '0x',
               '0b', '0o', '0x_1f', '0x__1f', '0_0', '00', '000', '010', '0_1', '-0',
               '+0', '- 1', '--1', '+-1', '', ' ', '1.0', '1e3', 'z', 'Z', 'zz',
               '١٢٣', '१२३', '１２３', '12\u00a0', '\u2003 12 \u3000', '\x1c12\x1f',
               '\x8512\x85', '1\x002', '0x1\u0663', 'ⅷ', '²', '1 2', '1\n', '12abc',
               'abc', 'é', "a'b", 'a"b', "'\"", '\\', '\x7f', '\ud7ff', '💩', '-0x1f',
               '+0b1_0', '0b1_', '0o_7', '0b_', '9' * 30, '-' + '9' * 30,
               '123456789012345678901234567890', '9223372036854775807',
               '9223372036854775808', '-9223372036854775808', '-9223372036854775809',
               '18446744073709551616', '0x7fffffffffffffff', '0x8000000000000000',
               '0b' + '1' * 64, '0b' + '1' * 63, 'x' * 300, '1' * 300 + 'x',
               '1' * 4300, '1' * 4301, '-' + '1' * 4300, '1_' * 4300 + '1',
               '1' * 5000, '1' * 5000 + 'x', 'x' + '1' * 5000, ' ' * 10 + '1' * 4301,
               'f' * 5000, '0x' + 'f' * 5000, '0b' + '1' * 20000, '7' * 4400,
               '0' * 5000, 'Z' * 4400, '12_', '1_2_3', '0x1_f', '٣_٣']
BASES = [0, 2, 3, 8, 10, 16, 36, 1, 37, -1, 7, 35, 4, 32]


def gen_parse_int():
    rng = random.Random(4)
    rows = []
    strings = list(INT_STRINGS)
    for v in int_values(rng, 300):
        strings.append(str(v))
        strings.append(hex(v))
        if rng.random() < 0.3:
            s = str(abs(v))
            strings.append(''.join(c + ('_' if rng.random() < 0.2 else '') for c in s).rstrip('_'))
    for _ in range(300):
        alphabet = '0123456789abcdefxobXOBZz_ +-'
        strings.append(''.join(rng.choice(alphabet) for _ in range(rng.randint(0, 8))))
    for s in strings:
        for b in BASES:
            if len(s) > 1000 and b not in (0, 10, 16, 36):
                continue
            r = run(lambda: int(s, b))
            if r[0] == 'ok':
                r[1] = str(r[1])
            rows.append([s, b, 4300, r])
    for lim in [0, 640, 1000]:
        for s in ['1' * 639, '1' * 640, '1' * 641, '1' * 999, '1' * 1000, '1' * 1001,
                  '9' * 5000, '-' + '1' * 1001, '1_' * 700 + '1', 'f' * 700, '0x' + 'f' * 5000]:
            for b in [0, 10, 16]:
                r = run(lambda: int(s, b), lim)
                if r[0] == 'ok':
                    r[1] = str(r[1])
                rows.append([s, b, lim, r])
    write('parse_int', rows)


FLOAT_STRINGS = ['0', '1', '-1', '+1.5', '1.', '.5', '.', '', ' ', '1e5', '1E5',
                 '1e+5', '1e-5', '1e', 'e5', '1e5.0', '1_000.000_1', '1__0', '_1',
                 '1_', '1_.5', '1._5', '1e_5', '1e1_0', '1_e5', 'inf', 'INF', '-inf',
                 '+inf', 'infinity', 'Infinity', '-iNfInItY', 'nan', 'NaN', '-nan',
                 '+nan', 'nan1', 'infinit', 'in', 'infinityy', '  3.14  ',
                 '\u2003 2.5\u3000', '١.٥', '1e500', '-1e500', '1e-500', '4.9e-324',
                 '2.4703282292062327e-324', '2.4703282292062328e-324',
                 '1.7976931348623157e308', '1.7976931348623158e308',
                 '1.7976931348623159e308', '0x1p3', '0x10', '1,5', '1.5.5', '--1',
                 '+-1', '1 2', 'abc', "it's", 'x' * 300, '1' * 400,
                 '0.' + '0' * 400 + '1', '9007199254740993', '9007199254740993.0000001',
                 '\x00', '1\x00', 'é', '1d5', '1f', '0e0', '-0', '-0.0', '00.5',
                 '1_0.0_1e-0_1', '\t\n1.5\n', '\x1c1\x1f', '2.5e+', '.e1', '1e1.5',
                 'nan(123)', '1.5j', 'inf_', '1__2', '1.5_']


def gen_parse_float():
    rng = random.Random(5)
    strings = list(FLOAT_STRINGS)
    for v in float_values(rng, 1500):
        strings.append(repr(v))
        strings.append('%.25g' % v)
        if rng.random() < 0.2:
            strings.append('%.40e' % v)
    for _ in range(300):
        strings.append(''.join(rng.choice('0123456789.e_+- ') for _ in range(rng.randint(0, 8))))
    rows = []
    for s in strings:
        rows.append([s, run(lambda: fbits(float(s)))])
    write('parse_float', rows)


# ---------------------------------------------------------------- format specs

FILLALIGN = ['', '<', '>', '^', '=', '*<', '*>', '*^', '*=', '0<', '0=', 'x^',
             '{>', '}<', 'é^', '💩>', ' =']
SIGNS = ['', '+', '-', ' ']
WIDTHS = ['', '0', '1', '5', '12', '25', '012', '00']
GROUPS = ['', ',', '_']
PRECS = ['', '.0', '.1', '.2', '.3', '.6', '.10', '.17', '.25']


def rand_spec(rng, types, precs=PRECS):
    return ''.join([
        rng.choice(FILLALIGN) if rng.random() < 0.5 else '',
        rng.choice(SIGNS),
        'z' if rng.random() < 0.15 else '',
        '#' if rng.random() < 0.2 else '',
        '0' if rng.random() < 0.2 else '',
        rng.choice(WIDTHS),
        rng.choice(GROUPS) if rng.random() < 0.4 else '',
        rng.choice(precs) if rng.random() < 0.7 else '',
        rng.choice(types),
    ])


BAD_SPECS = ['xx', 'dd', ',,', ',_', '_,', '.', '.d', '10.', '+-', '++d', '<<<',
             '#d#', '9999999999999999999999', '.9999999999999999999999', 'n,', ',n',
             '_n', '\x01', ',\x01', '\x80', '\u0100', 'é', 'z', 'zd', '0z', 'z0',
             '#z', '=', '==', '^=5', '.2,', '.,', '5,5', '..2', '.-2', '-.2', '#',
             '.2z', ' z', '*', '**', '*z>', 'c', ',c', '_c', '+c', '#c', '.3c',
             '=c', 's', 'r', '%', 'x', 'b', 'o', 'X', '_x', '_b', ',x', ',b',
             ',o', '_o', '_X', ',X', '_d', '_e', ',%', '_%', '_g', '_f', '_n',
             'e', 'E', 'f', 'F', 'g', 'G', 'n', 'd', ' 08.3', '08,.3f', '\x00',
             '0000', '00,', '10_', 'z.0f', 'z+10.3e', 'zg', '-z', 'z-']


def gen_format_float():
    rng = random.Random(6)
    vals = float_values(rng, 400)
    types = ['', 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%']
    rows = []
    for v in vals:
        specs = [rand_spec(rng, types) for _ in range(40)]
        specs += ['', 'e', 'f', 'g', '%', 'n', '.0', '.1', '.3', '.17', '#', '#.0',
                  '.0e', '.0f', '#.0f', '#.0e', '#g', '#.3g', ',', '_', 'z', 'z.2f',
                  '015', '=+15', '015,.2f', '.30f', '.120f', '.400f', '.1000e', '.50g']
        for s in specs:
            rows.append([fbits(v), s, run(lambda: format(v, s))])
    for v in [1.5, -0.0, math.nan, math.inf]:
        for s in BAD_SPECS:
            rows.append([fbits(v), s, run(lambda: format(v, s))])
    write('format_float', rows)


def gen_format_int():
    rng = random.Random(7)
    vals = int_values(rng, 500)
    types = ['', 'b', 'c', 'd', 'o', 'x', 'X', 'n', 'e', 'E', 'f', 'F', 'g', 'G', '%']
    rows = []
    for v in vals:
        specs = [rand_spec(rng, types, ['', '', '', '.2', '.0', '.5']) for _ in range(40)]
        specs += ['', 'd', 'x', 'X', 'o', 'b', '#x', '#X', '#o', '#b', ',', '_',
                  '_x', '_b', '_o', '#_x', '#010x', '010_b', '=+20,', '^30_', 'c',
                  'e', '.3e', 'f', '%', 'g', '.20g', 'n', '040,d', '-', ' ', '+']
        for s in specs:
            rows.append(['int', str(v), s, run(lambda: format(v, s))])
    for v in [0, 5, -5, 10**30]:
        for s in BAD_SPECS:
            rows.append(['int', str(v), s, run(lambda: format(v, s))])
    for v in [True, False]:
        for s in ['', 'd', 'x', 'c', '.2', 'xx', 'j', 'f', '#', 'z', ',c']:
            rows.append(['bool', str(int(v)), s, run(lambda: format(v, s))])
    big = 10 ** 4400
    for s in ['', 'd', ',', 'x', 'e', 'n', '_', 'b', 'o', 'X']:
        for v in [big, -big, 10 ** 4299, 10 ** 4300]:
            r = run(lambda: format(v, s))
            if r[0] == 'ok' and len(r[1]) > 200:
                r = ['ok', r[1]]  # keep; sizes are fine
            rows.append(['int', str(v), s, r])
    write('format_int', rows)


def gen_format_complex():
    rng = random.Random(8)
    parts = [0.0, -0.0, 1.0, -1.0, 1.5, 2.5, 1e16, 1e-5, 123.456, math.inf,
             -math.inf, math.nan, 1e300, 3.141592653589793, -0.5, 1e22]
    types = ['', 'e', 'E', 'f', 'F', 'g', 'G', 'n']
    rows = []
    pairs = [(a, b) for a in parts for b in parts]
    for _ in range(200):
        pairs.append((rng.uniform(-1e6, 1e6), rng.uniform(-1e-3, 1e3)))
    for re, im in pairs:
        c = complex(re, im)
        specs = [rand_spec(rng, types) for _ in range(10)] + ['', 'g', '.2f', '#', '30', '^30', 'z']
        for s in specs:
            rows.append([fbits(re), fbits(im), s, run(lambda: format(c, s))])
    for s in BAD_SPECS + ['%', '=10', '010', 'x=10', '0=10', '*=5']:
        rows.append([fbits(1.0), fbits(2.0), s, run(lambda: format(1 + 2j, s))])
    write('format_complex', rows)


def gen_format_str():
    rng = random.Random(9)
    vals = ['', 'a', 'abc', 'hello world', 'é', 'naïve', '日本語', '💩x', 'a\nb',
            'x' * 30, '12345', ' ', '\x00']
    types = ['', 's']
    rows = []
    for v in vals:
        specs = [rand_spec(rng, types, ['', '.0', '.1', '.2', '.5', '.40']) for _ in range(80)]
        specs += ['', 's', '10', '<10', '>10', '^10', '^11', '*^11', '.2', '10.2',
                  '010', '0<10', '.0', '=10', 'z']
        for s in specs:
            rows.append([v, s, run(lambda: format(v, s))])
    for s in BAD_SPECS:
        rows.append(['ab', s, run(lambda: format('ab', s))])
    write('format_str', rows)


# ---------------------------------------------------------------- int text

def gen_int_text():
    rng = random.Random(10)
    vals = int_values(rng, 1500)
    rows = []
    for v in vals:
        rows.append([str(v), 4300, bin(v), oct(v), hex(v), run(lambda: str(v))])
    for lim in [0, 640, 4300]:
        for v in [10 ** 639, 10 ** 640, 10 ** 4299, 10 ** 4300, -10 ** 4300, 10 ** 5000 - 1, 2 ** 20000]:
            rows.append([hex(v), lim, bin(v), oct(v), hex(v), run(lambda: str(v), lim)])
    write('int_text', rows)


def gen_str_repr():
    rng = random.Random(11)
    vals = ['', 'a', "'", '"', '\'"', "it's", 'say "hi"', '\\', '\t\n\r', '\x00\x01\x7f',
            '\x80\x9f\xa0\xad', 'é', '日本', '\u2028\u2029', '\ufeff', '\U0001f4a9',
            '\U000e0001', '\U0010ffff', '\ue000', '\u0378', ' ', '\u3000', '\u200b',
            'abc\x1bdef', 'x' * 50]
    for _ in range(2000):
        n = rng.randint(0, 6)
        s = ''.join(chr(rng.choice([rng.randint(0, 0x7f), rng.randint(0x80, 0x2fff),
                                    rng.randint(0xe000, 0x10ffff)])) for _ in range(n))
        vals.append(s)
    rows = [[s, repr(s), ascii(s)] for s in vals]
    write('str_repr', rows)


# ---------------------------------------------------------------- printf

class Obj:
    """A user object with only __str__/__repr__, used as a % argument."""
    def __str__(self):
        return 'OBJ'

    def __repr__(self):
        return 'Obj()'


def enc(v):
    if isinstance(v, bool):
        return ['bool', int(v)]
    if isinstance(v, int):
        return ['int', str(v)]
    if isinstance(v, float):
        return ['float', fbits(v)]
    if isinstance(v, complex):
        return ['complex', fbits(v.real), fbits(v.imag)]
    if isinstance(v, str):
        return ['str', v]
    if v is None:
        return ['none']
    if isinstance(v, Obj):
        return ['obj']
    if isinstance(v, tuple):
        return ['tuple', [enc(x) for x in v]]
    if isinstance(v, list):
        return ['list', [enc(x) for x in v]]
    if isinstance(v, dict):
        return ['dict', [[k, enc(x)] for k, x in v.items()]]
    raise TypeError(v)


PCT_ARGS = [0, 1, -1, 42, -42, 255, 10**20, -10**20, 2**64, True, False, 0.0, -0.0, 1.5,
            -2.5, 3.14159, 1e16, 1e-5, 1e300, math.inf, -math.inf, math.nan, 123456.789,
            'a', 'abc', '', 'é', '日本', "it's", None, Obj(), 1 + 2j, 97, 0x10FFFF,
            0x110000, 1114111.0, [1, 2], (1, 2)]


def gen_percent():
    rng = random.Random(12)
    convs = 'diouxXeEfFgGcrsa'
    rows = []
    flags_list = ['', '-', '+', ' ', '0', '#', '-0', '+0', ' 0', '#0', '-#', '+ ', '0-+ #']
    for conv in convs:
        for a in PCT_ARGS:
            for _ in range(12):
                fmt = '%' + rng.choice(flags_list) + rng.choice(['', '1', '5', '12']) + \
                    rng.choice(['', '', '.0', '.1', '.3', '.10']) + conv
                rows.append([fmt, enc((a,)), run(lambda: fmt % (a,))])
            fmt = '%' + conv
            rows.append([fmt, enc((a,)), run(lambda: fmt % (a,))])
            if not isinstance(a, tuple):
                rows.append([fmt, enc(a), run(lambda: fmt % a)])
    d = {'a': 1, 'b': 'x', 'c': 2.5, 'a(b': 7, '': 'empty', 'x y': 0}
    misc = [
        ('%s', ()), ('%s', (1, 2)), ('%s %s', (1,)), ('%%', ()), ('%%', (1,)),
        ('%5%', ()), ('%5%', (1,)), ('%-5%|', (1,)), ('100%%', ()), ('%', ()), ('abc%', (1,)),
        ('%z', (1,)), ('%\x00', (1,)), ('%é', (1,)), ('ab%5.3z', (1,)), ('%*d', (5, 1)),
        ('%*d', (-5, 1)), ('%-*d', (5, 1)), ('%.*f', (2, 3.14159)), ('%*.*f', (8, 2, 3.14159)),
        ('%*d', ('a', 1)), ('%.*f', ('a', 1.0)), ('%*d', (5.0, 1)), ('%*d', (1,)),
        ('%.*d', (-3, 7)), ('%(a)s', d), ('%(b)s-%(c).3f', d), ('%(a(b))s', d),
        ('%()s', d), ('%(x y)5d', d), ('%(q)s', d), ('%(a)s', (1,)), ('%(a)s', 1),
        ('%(a', d), ('%(a)', d), ('%(a)s %s', d), ('%s %(a)s', d), ('%s', d),
        ('%s %s', d), ('%d', d), ('%(a)*d', d), ('%(a)s', [1]), ('%ld', (5,)),
        ('%hd', (5,)), ('%Lf', (1.5,)), ('%lld', (5,)), ('%l', (5,)), ('%5', (5,)),
        ('%.', (5,)), ('%#5.3x', (255,)), ('%+.3d', (5,)), ('%020.3d', (5,)),
        ('%c', ('ab',)), ('%c', ('',)), ('%c', (-1,)), ('%c', (3.0,)), ('%5c', ('x',)),
        ('%-5c|', (97,)), ('%s', ((1, 2),)), ('%s', [1, 2]), ('%s %s', [1, 2]),
        ('%s', 'abc'), ('%s %s', 'ab'), ('', ()), ('', (1,)), ('', 5), ('', d),
        ('abc', ()), ('abc', [1]), ('%i', ('5',)), ('%u', (5,)), ('%u', (-5.7,)),
        ('%d', (5.99,)), ('%d', (-5.99,)), ('%d', (1e20,)), ('%d', (math.inf,)),
        ('%d', (math.nan,)), ('%x', (5.0,)), ('%o', (True,)), ('%X', (-255,)),
        ('%#o', (0,)), ('%#x', (0,)), ('%#X', (-0,)), ('%e', ('1',)), ('%f', (None,)),
        ('%g', (1 + 2j,)), ('%d', (1 + 2j,)), ('%x', ('a',)), ('%r', ('é',)),
        ('%a', ('é\U0001f4a9',)), ('%.2s', ('abcdef',)), ('%.0s', ('abc',)),
        ('%10.2s|', ('abc',)), ('%-10r|', ('a',)), ('%.1r', ('abc',)), ('%s', (Obj(),)),
        ('%d', (Obj(),)), ('%99999999999999999999d', (1,)), ('%.99999999999999999999d', (1,)),
        ('%.600f', (1.0,)), ('%.3000f', (1.0,)), ('%.200e', (1.5,)), ('%.150g', (0.1,)),
        ('%#.0f', (1.0,)), ('%#.0e', (1.0,)), ('%#g', (1.0,)), ('%#.3g', (100.0,)),
        ('%.0g', (123.0,)), ('%g', (1e-5,)), ('%g', (123456789.0,)), ('%G', (1e-10,)),
        ('%F', (math.inf,)), ('%f', (math.nan,)), ('%05f', (math.inf,)), ('%-05f|', (-math.inf,)),
        ('%+f', (math.nan,)), ('% f', (math.inf,)), ('%010.3f', (-1.5,)), ('%-010.3f|', (-1.5,)),
        ('%d', (10**4300,)), ('%d', (10**5000,)), ('%x', (10**5000,)),
        ('%s %s %s', (1, 2)), ('%(a)s %(b)s', {'a': 1}), ('%s%%', (1,)), ('%%%s', (1,)),
        ('%c', (0x110000,)), ('%c', (2**70,)), ('%c', (-2**70,)), ('%s %', (1,)),
        ('%(a)s', {'a': (1, 2)}), ('%(a)s %(a)d', {'a': 5}), ('%( a )s', {' a ': 1}),
        ('%(a)%', {'a': 1}), ('%(a)', {'a': 1}), ('%(a)5%', {}),
    ]
    for fmt, args in misc:
        rows.append([fmt, enc(args), run(lambda: fmt % args)])
    write('percent', rows)


# ---------------------------------------------------------------- str.format

class NS:
    """An object with attributes, used by the str.format cases."""
    def __init__(self, **kw):
        self.__dict__.update(kw)

    def __format__(self, spec):
        return 'NS(' + spec + ')'


def enc_fmtarg(v):
    if isinstance(v, NS):
        return ['ns', [[k, enc_fmtarg(x)] for k, x in v.__dict__.items()]]
    if isinstance(v, list):
        return ['list', [enc_fmtarg(x) for x in v]]
    if isinstance(v, dict):
        return ['dict', [[k, enc_fmtarg(x)] for k, x in v.items()]]
    return enc(v)


def gen_str_format():
    rng = random.Random(13)
    args = [1, 'ab', 2.5, [10, 'x', [7]], {'k': 'v', '1': 'one', 'a b': 3}, NS(x=5, y=NS(z='deep')), -3, 12]
    kwargs = {'name': 'N', 'w': 8, 'p': 2, 'obj': NS(a=1), 'lst': [1, 2], 'f': 'd', 'é': 'accent'}
    fmts = [
        '', 'abc', '{}', '{0}', '{1}', '{}{}', '{0}{1}{0}', '{name}', '{é}', '{0.x}', '{5.y.z}',
        '{3[0]}', '{3[2][0]}', '{4[k]}', '{4[1]}', '{4[a b]}', '{3[1]!r}', '{1!r}', '{1!s}',
        '{1!a}', '{1!x}', '{1!}', '{1!r:>5}', '{1!rr}', '{0:{w}}', '{0:{1}}', '{:{}}', '{:{}{}}',
        '{2:{w}.{p}f}', '{2:{w}.{p}{f}}', '{0:{w}{{}}', '{{}}', '{{', '}}', '{', '}', 'a}b',
        'a{b', '{0', '{0:', '{0!', '{0!r', '{0!r:', '{0]}', '{0[}', '{0[]}', '{0.}', '{0..x}',
        '{0[0]x}', '{3[0].real}', '{3[0]].x}', '{0}{}', '{}{0}', '{:{0}}', '{0:{}}',
        '{:{:{}}}', '{0:{1:{2}}}', '{a{}', '{!r}', '{:}', '{:d}', '{:x}', '{2:d}', '{1:d}',
        '{1:=5}', '{8}', '{9999999999999999999999}', '{0[9999999999999999999999]}', '{missing}',
        '{3[9]}', '{4[zz]}', '{0.nope}', '{obj.a:>4}', '{lst[1]:03}', '{ }', '{0 }', '{-1}',
        '{+1}', '{00}', '{01}', '{١}', '{3[١]}', '{0:}}', '{0:{}', '{0:{{}', '{0:{{}}}',
        '{0:}', '{0:{{', 'x{{y}}z{0}', '{0:%}', '{2:%}', '{2:.1%}', '{0:,}', '{6:c}',
        '{0[0]}', '{1[0]}', '{1[5]}', '{name[0]}', '{3[-1]}', '{3[1:]}', '{0!s:{w}}',
        '{0:{w}!r}', '{0!r:{w}}', '{:>{w}}{}', '{[}', '{.}', '{:{:}}', '{:{}:}',
        '{0:{:>{}}}', '{0:{name:{}}}', '{!r:}', '{0:{}>{}}', '{0:{1}}}', '{{{0}}}',
        '{0}}', '{0}{', '{5.y}', '{5}', '{3}', '{4}', '{7:{w}_b}', '{:<{}}',
        '{0:{x}}', '{:{}.{}}', '{2:{p}}', '{0!a}',
    ]
    for _ in range(300):
        parts = []
        for _ in range(rng.randint(1, 4)):
            k = rng.random()
            if k < 0.3:
                parts.append(rng.choice(['a', 'xy', ' ', '{{', '}}', '{', '}']))
            else:
                name = rng.choice(['', '0', '1', '2', '6', 'name', 'w', '3[0]', '5.x', 'obj.a'])
                conv = rng.choice(['', '', '!r', '!s', '!a'])
                spec = rng.choice(['', '', ':', ':>4', ':{w}', ':^{w}', ':{}', ':*<6', ':.1'])
                parts.append('{' + name + conv + spec + '}')
        fmts.append(''.join(parts))
    rows = []
    for f in fmts:
        rows.append([f, run(lambda: f.format(*args, **kwargs))])
    write('str_format', [[enc_fmtarg(args), enc_fmtarg(kwargs)]] + rows)

    # The template parser and field-name splitter on their own, as
    # string.Formatter sees them.
    import _string
    rows = []
    names = set()
    for f in fmts:
        def parse():
            out = []
            for lit, name, spec, conv in _string.formatter_parser(f):
                out.append([lit, name, spec, conv])
                if name is not None:
                    names.add(name)
            return out
        rows.append([f, run(parse)])
    write('markup', rows)
    rows = []
    for name in sorted(names) + ['', 'a.b[c]d', 'a[0].x[1]', '0..x', 'a[', 'a[]', 'a.', '١[٢]', 'x[99999999999999999999]']:
        def split():
            first, rest = _string.formatter_field_name_split(name)
            return [first, [[is_attr, key] for is_attr, key in rest]]
        rows.append([name, run(split)])
    write('field_name', rows)


if __name__ == '__main__':
    gen_float_repr()
    gen_float_fromhex()
    gen_float_round()
    gen_parse_int()
    gen_parse_float()
    gen_format_float()
    gen_format_int()
    gen_format_complex()
    gen_format_str()
    gen_int_text()
    gen_str_repr()
    gen_percent()
    gen_str_format()
