#!/usr/bin/env python3
"""Regenerate the golden files of package pystr from CPython 3.11.

Run from interp/pystr/testdata with CPython 3.11:

    python3 gen_golden.py

It writes (gzip-compressed, read them with zcat):
  chars.json.gz   per-code-point properties (as ranges) and case mappings
  str_*.jsonl.gz  one case per line: {"m": method, "a": [args], "r": result}
                  or {"m": ..., "a": ..., "e": [exception type, message]}
  bytes_*.jsonl.gz the same for bytes methods
  invalid.jsonl.gz str methods on Go strings that are not valid UTF-8

Values in the case files: JSON strings are str values without surrogates;
{"w": hex} is a str given by the hex of its UTF-8 bytes where surrogates
use their 3-byte form; {"b": text} is a bytes value whose bytes are the code
points of text (all below 256); {"x": hex} is a Go string of arbitrary bytes
(see gen_invalid). None is null; tuples are lists.

The expected results are whatever this CPython does: never edit the output
by hand. The case generation is deterministic (fixed random seeds).
"""

import gzip
import json
import random
import sys
import unicodedata

assert sys.version_info[:2] == (3, 11), "the goldens come from CPython 3.11"

MAXSIZE = sys.maxsize
MINSIZE = -sys.maxsize - 1


# ---------------------------------------------------------------- encoding

def enc(v):
    if isinstance(v, bool) or v is None or isinstance(v, int):
        return v
    if isinstance(v, str):
        if any(0xD800 <= ord(c) <= 0xDFFF for c in v):
            return {"w": v.encode("utf-8", "surrogatepass").hex()}
        return v
    if isinstance(v, (bytes, bytearray)):
        return {"b": bytes(v).decode("latin-1")}
    if isinstance(v, (list, tuple)):
        return [enc(x) for x in v]
    raise TypeError(type(v))


class Writer:
    def __init__(self, name):
        self.name = name
        self.lines = []
        self.seen = set()

    def case(self, method, args, fn):
        try:
            out = {"m": method, "a": enc(args), "r": enc(fn())}
        except Exception as e:  # the expected exception is the result
            out = {"m": method, "a": enc(args), "e": [type(e).__name__, str(e)]}
        line = json.dumps(out, ensure_ascii=False, separators=(",", ":"))
        if line not in self.seen:
            self.seen.add(line)
            self.lines.append(line)

    def close(self):
        write_gz(self.name, "\n".join(self.lines) + "\n")
        print("%-24s %6d cases" % (self.name, len(self.lines)))


def write_gz(name, text):
    """Write text gzip-compressed to name + ".gz", reproducibly (no mtime)."""
    with open(name + ".gz", "wb") as raw:
        with gzip.GzipFile(filename="", mode="wb", compresslevel=9, fileobj=raw, mtime=0) as f:
            f.write(text.encode("utf-8"))


# ------------------------------------------------------------------ corpus

WHITESPACE = "".join(chr(c) for c in range(0x110000) if chr(c).isspace())
LINEBREAKS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"

CORPUS = [
    "", " ", "a", "A", "ab", "abc", "Hello, World!", "hello world", "HELLO",
    "  leading", "trailing  ", "  both  ", "   ", "a  b   c", " a b c ",
    WHITESPACE, "x" + WHITESPACE + "y" + WHITESPACE,
    "\x1c\x1d\x1e\x1f", "\u200b\u180e\ufeff", "a\u3000b\u2003c\xa0d\x85e",
    "mixed Case Words", "ALL CAPS TEXT", "all lower text",
    "Title Case String", "they're bill's friends from the UK",
    "aaa", "aaaa", "abababab", "mississippi", "a,b,,c,", ",", ",,", "a,b",
    "café", "naïve résumé", "Straße", "ß", "ßß SS", "ﬁnally ﬂow ﬀ ﬃ",
    "İstanbul", "ı i I İ", "ǅemal ǆ ǈ Ǆ ǋ", "ǅ", "ǈa",
    "ΣΑΣ", "ὈΔΥΣΣΕΎΣ", "σς Σ aΣ aΣb aΣ. Σa", "Α΄Σ", "ʰΣ", "aΣ\u0345",
    "aΣ\u0345b", "A\u0345Σ", "ΌΣΟΣ ΣΟΦΟΣ", "ǰ ŉ ΐ ΰ և ẖ ẗ ẘ ẙ ẚ",
    "ᾈ ᾀ ᾼ ῌ ῼ ᾳ", "Ω ω Å K", "ﬓ ﬔ", "ꭰ Ꭰ", "𐐀𐐨 𞤀𞤢",
    "日本語テキスト", "中文 字符", "한국어 텍스트", "ｆｕｌｌｗｉｄｔｈ Ａ",
    "emoji 😀👍🏽 family 👨‍👩‍👧", "e\u0301 combining a\u0308\u0301",
    "line1\nline2\r\nline3\rline4\x0bline5\x0cline6\x1cline7\x1dline8"
    "\x1eline9\x85line10\u2028line11\u2029end",
    "\n", "\n\n", "\r\n\r\n", "\r\r\n\n", "trailing newline\n", "no newline",
    "tab\there\tand\tthere", "a\tb\n\tc\r\td", "\t", "\t\t", "ab\tcd\u00e9\tx",
    "12345", "-42", "+7", "-", "+", "--1", "٣٤٥", "①②③", "½¾", "²³", "Ⅷ",
    "🄀", "x²", "१२३", "0x1F", "3.14", "𝟘𝟙𝟚",
    "\x00\x01\x7f\x80\x9f\xa0\xad\xff", "quote's", 'dq"', "both'\"", "back\\slash",
    "\u0378\u0378", "\ue000\U000f0000", "\U0010ffff\U000e0001\U000e007f",
    "\ud800", "a\udc80b", "\udbff\udfff", "\ud83d\ude00",
    "identifier", "_private", "__dunder__", "2bad", "ℌello", "℘x", "℮",
    "ᢅ", "a·b", "x\u0300", "a-b", "ab c", "Ⅸx", "日本", "ⅰⅱ", "a\u200cb",
    "ｘ", "\u2118", "\u309b", "\u1885", "\u0387x",
]

# Characters random strings are drawn from: a bit of everything.
POOL = list(
    "aAbBzZ09 _-+'\"\\\t\n\r\x0b\x0c\x1c\x85\xa0\u2028\u3000.,"
    "éÉßİıǅǆǄΣσςΑάΐʰ\u0345\u0301ﬁﬀŉ日本😀👍\U0001f3fd\u200d٣①½²"
    "\x00\x7f\x80\xad\ud800\udc80\U000e0001\U0010ffff\u0378ᾈᾳꭰ𐐀"
)


def rand_string(rng, maxlen=10):
    return "".join(rng.choice(POOL) for _ in range(rng.randint(0, maxlen)))


def rand_codepoints(rng, maxlen=6):
    out = []
    for _ in range(rng.randint(1, maxlen)):
        plane = rng.choice([0, 0, 0, 1, 2, 3, 14, 15, 16])
        out.append(chr(rng.randrange(plane << 16, (plane + 1) << 16)))
    return "".join(out)


rng = random.Random(311)
RANDOM = [rand_string(rng) for _ in range(400)]
RANDOM_CP = [rand_codepoints(rng) for _ in range(600)]
ALL = CORPUS + RANDOM + RANDOM_CP

# Smaller corpus for methods with many argument combinations.
SMALL = [
    "", "a", "abc", "hello world", "aaaa", "abababab", "mississippi",
    "a,b,,c,", "café crème", "日本語テキスト", "emoji 😀👍🏽!", "ΣΑΣ σς",
    "a\udc80b\ud800", "x\u3000y\x85z", "  both  ", "Straße",
]


def positions(n):
    """Interesting start/end/index values for a sequence of length n."""
    vals = {None, 0, 1, 2, -1, -2, n - 1, n, n + 1, n + 5, -n, -n - 1, -n - 5,
            n // 2, -(n // 2), MAXSIZE, MINSIZE}
    return sorted(vals, key=lambda v: (v is not None, v if v is not None else 0))


def needles(s):
    subs = {"", "a", "b", "z", "ab", "aa", "ss", " ", "é", "😀", "本語", "Σ",
            "\udc80", "\ud800", s, s + "x"}
    n = len(s)
    for i in range(0, n, max(1, n // 3)):
        subs.add(s[i:i + 1])
        subs.add(s[i:i + 2])
    return sorted(subs)


# ------------------------------------------------------------ char tables

def ranges(pred):
    out = []
    start = None
    for c in range(0x110001):
        ok = c < 0x110000 and pred(c)
        if ok and start is None:
            start = c
        elif not ok and start is not None:
            out.append([start, c - 1])
            start = None
    return out


def sigma(prefix, ch):
    return (prefix + ch + "\u03a3").lower()[-1]


def gen_chars():
    cat = [unicodedata.category(chr(c)) for c in range(0x110000)]
    props = {
        "alpha": lambda c: chr(c).isalpha(),
        "decimal": lambda c: chr(c).isdecimal(),
        "digit": lambda c: chr(c).isdigit(),
        "numeric": lambda c: chr(c).isnumeric(),
        "alnum": lambda c: chr(c).isalnum(),
        "lower": lambda c: chr(c).islower(),
        "upper": lambda c: chr(c).isupper(),
        "title": lambda c: cat[c] == "Lt",
        # str.istitle on one character: titlecase or uppercase.
        "istitle": lambda c: chr(c).istitle(),
        "space": lambda c: chr(c).isspace(),
        "printable": lambda c: chr(c).isprintable(),
        "identifier": lambda c: chr(c).isidentifier(),
        "xid_continue": lambda c: ("a" + chr(c)).isidentifier(),
        # A cased character makes title() lowercase the next letter.
        "cased": lambda c: (chr(c) + "a").title()[-1] == "a",
        "case_ignorable": lambda c: sigma("a", chr(c)) == "\u03c2" and sigma("1", chr(c)) == "\u03c3",
        "linebreak": lambda c: len(("a" + chr(c) + "b").splitlines()) == 2,
        "ascii": lambda c: chr(c).isascii(),
    }
    out = {"unidata_version": unicodedata.unidata_version}
    for name, pred in props.items():
        out[name] = ranges(pred)
    maps = []
    for c in range(0x110000):
        ch = chr(c)
        m = [ch.lower(), ch.upper(), ch.title(), ch.casefold(), ch.capitalize(), ch.swapcase()]
        if any(x != ch for x in m):
            maps.append([c] + [[ord(x) for x in y] for y in m])
    out["mappings"] = maps
    out["decimal_values"] = [[c, unicodedata.decimal(chr(c))] for c in range(0x110000)
                             if unicodedata.decimal(chr(c), -1) >= 0]
    out["digit_values"] = [[c, unicodedata.digit(chr(c))] for c in range(0x110000)
                           if unicodedata.digit(chr(c), -1) >= 0]
    write_gz("chars.json", json.dumps(out, separators=(",", ":")) + "\n")
    print("chars.json: %d mappings" % len(maps))


# ---------------------------------------------------------------- str cases

def gen_predicates_and_case():
    w = Writer("str_unary.jsonl")
    unary = ["isalnum", "isalpha", "isascii", "isdecimal", "isdigit",
             "isidentifier", "islower", "isnumeric", "isprintable", "isspace",
             "istitle", "isupper", "lower", "upper", "casefold", "capitalize",
             "title", "swapcase", "strip", "lstrip", "rstrip", "split", "rsplit",
             "__len__", "__repr__"]
    for s in ALL:
        for m in unary:
            w.case(m, [s], lambda: getattr(s, m)())
        w.case("ascii", [s], lambda: ascii(s))
        w.case("list", [s], lambda: list(s))
        w.case("splitlines", [s, False], lambda: s.splitlines(False))
        w.case("splitlines", [s, True], lambda: s.splitlines(True))
    # Every line boundary and whitespace character, alone and in context.
    for c in LINEBREAKS + WHITESPACE + "\x1f\u200b":
        for s in [c, "a" + c, c + "b", "a" + c + "b", c + c, "a\r" + c]:
            for m in ["split", "rsplit", "strip", "lstrip", "rstrip", "isspace"]:
                w.case(m, [s], lambda: getattr(s, m)())
            w.case("splitlines", [s, False], lambda: s.splitlines(False))
            w.case("splitlines", [s, True], lambda: s.splitlines(True))
    # Final sigma in many contexts.
    ctx = ["", "a", "A", "1", " ", ".", "'", "\u0345", "ʰ", "\u0301", "a\u0301",
           "\u00ad", "Σ", "ǅ", "ς"]
    for before in ctx:
        for after in ctx:
            s = before + "Σ" + after
            for m in ["lower", "capitalize", "title", "swapcase", "casefold"]:
                w.case(m, [s], lambda: getattr(s, m)())
    # repr of every quote and escape combination, and of control characters.
    for s in ["'", '"', "'\"", "\\", "\\'", "a'b", 'a"b', "'\"'", "\t\n\r", "\x0b\x0c"]:
        w.case("__repr__", [s], lambda: repr(s))
        w.case("ascii", [s], lambda: ascii(s))
    for c in list(range(0x00, 0x120)) + [0x378, 0x2028, 0xfeff, 0xd800, 0xdfff,
                                          0xe000, 0xfffd, 0xffff, 0x10000,
                                          0x1f600, 0xe0001, 0xf0000, 0x10ffff]:
        s = "x" + chr(c) + "'"
        w.case("__repr__", [s], lambda: repr(s))
        w.case("ascii", [s], lambda: ascii(s))
    w.close()


def gen_index():
    w = Writer("str_index.jsonl")
    for s in SMALL + CORPUS[:40] + RANDOM[:40]:
        n = len(s)
        for i in range(-n - 2, n + 2):
            w.case("getitem", [s, i], lambda: s[i])
    for s in SMALL + RANDOM[:12]:
        n = len(s)
        steps = [None, 2, 3, -1, -2, n + 1, MINSIZE]
        pos = [None, 1, -1, n // 2, n + 3, -n - 3, MAXSIZE, MINSIZE]
        for step in steps:
            for a in pos:
                for b in pos:
                    w.case("getslice", [s, a, b, step], lambda: s[a:b:step])
    w.close()


def gen_search():
    w = Writer("str_search.jsonl")
    for s in SMALL:
        pos = positions(len(s))
        pairs = [(a, b) for a in pos for b in pos]
        prng = random.Random(len(s))
        for sub in needles(s):
            chosen = [(None, None)] + prng.sample(pairs, min(10, len(pairs)))
            for a, b in chosen:
                for m in ["find", "rfind", "count", "index", "rindex",
                          "startswith", "endswith"]:
                    w.case(m, [s, sub, a, b], lambda: getattr(s, m)(sub, a, b))
            w.case("__contains__", [s, sub], lambda: sub in s)
            w.case("startswith", [s, [sub, "a"], None, None], lambda: s.startswith((sub, "a")))
            w.case("endswith", [s, [sub, "c"], 1, None], lambda: s.endswith((sub, "c"), 1))
            w.case("startswith", [s, [], None, None], lambda: s.startswith(()))
            w.case("removeprefix", [s, sub], lambda: s.removeprefix(sub))
            w.case("removesuffix", [s, sub], lambda: s.removesuffix(sub))
            w.case("partition", [s, sub], lambda: s.partition(sub))
            w.case("rpartition", [s, sub], lambda: s.rpartition(sub))
            for new, count in [("", -1), ("-", -1), ("XYZ", -1), ("é😀", -1),
                               ("-", 0), ("XYZ", 1), ("é😀", 2), ("", 2),
                               ("-", 100), ("XYZ", MAXSIZE), ("-", MINSIZE)]:
                    w.case("replace", [s, sub, new, count], lambda: s.replace(sub, new, count))
    for s in RANDOM[:150] + CORPUS:
        prng = random.Random(repr(s))
        subs = ["", s[:1], s[1:3], s[-2:], "a", "aa"]
        for sub in subs:
            a = prng.choice([None, 0, 1, -1, -3, 3])
            b = prng.choice([None, len(s), -1, 2, 5])
            for m in ["find", "rfind", "count", "startswith", "endswith"]:
                w.case(m, [s, sub, a, b], lambda: getattr(s, m)(sub, a, b))
            w.case("replace", [s, sub, "<>", -1], lambda: s.replace(sub, "<>"))
    w.close()


def gen_split():
    w = Writer("str_split.jsonl")
    seps = [None, " ", ",", "a", "aa", "ab", "é", "😀", "\n", "\udc80", "", "ss", "  "]
    for s in CORPUS + RANDOM[:60] + SMALL:
        for sep in seps:
            for maxsplit in ([-1, 0, 1, 2, MAXSIZE, MINSIZE] if len(s) < 12 else [-1, 0, 2, MINSIZE]):
                w.case("split", [s, sep, maxsplit], lambda: s.split(sep, maxsplit))
                w.case("rsplit", [s, sep, maxsplit], lambda: s.rsplit(sep, maxsplit))
    for s in CORPUS + RANDOM[:60]:
        for chars in [None, "", " ", "a", "ab", " a", "é", "é😀 ", "\udc80\ud800",
                      "lo", "日本", WHITESPACE, "Σσς", "-+"]:
            for m in ["strip", "lstrip", "rstrip"]:
                w.case(m, [s, chars], lambda: getattr(s, m)(chars))
    w.close()


def gen_pad():
    w = Writer("str_pad.jsonl")
    for s in CORPUS + RANDOM[:60]:
        n = len(s)
        for width in sorted({-1, n - 1, n, n + 1, n + 2, n + 5}):
            for fill in [" ", "é", "😀", "\ud800"]:
                for m in ["center", "ljust", "rjust"]:
                    w.case(m, [s, width, fill], lambda: getattr(s, m)(width, fill))
            w.case("zfill", [s, width], lambda: s.zfill(width))
        for tab in [None, -1, 0, 1, 2, 3, 4, 8, 13]:
            if tab is None:
                w.case("expandtabs", [s, None], lambda: s.expandtabs())
            else:
                w.case("expandtabs", [s, tab], lambda: s.expandtabs(tab))
    for s in ["", "1", "-1", "+1", "--", "-", "+", "1-", " -1", "-é", "é", "😀-", "-😀"]:
        for width in range(-1, 7):
            w.case("zfill", [s, width], lambda: s.zfill(width))
    w.close()


def gen_misc():
    w = Writer("str_misc.jsonl")
    items_list = [[], [""], ["a"], ["a", "b"], ["", ""], ["é", "😀", "\udc80"],
                  ["x"] * 5, CORPUS[:12]]
    for sep in ["", ", ", "é", "\ud800", "-"]:
        for items in items_list:
            w.case("join", [sep, items], lambda: sep.join(items))
    # translate with dict tables: values are str, int or None.
    tables = [
        [],
        [[97, "A"], [98, None], [99, 0x1f600]],
        [[ord("é"), "e"], [ord("😀"), ":)"], [0xdc80, "?"], [0xd800, None]],
        [[32, "  "], [ord("Σ"), "S"], [ord("日"), ""]],
        [[ord(c), c.upper() * 2] for c in "abcdefghijklmnopqrstuvwxyz"],
    ]
    for s in CORPUS + RANDOM[:80]:
        for t in tables:
            d = {k: v for k, v in t}
            w.case("translate", [s, t], lambda: s.translate(d))
    for args in [("", ""), ("abc", "xyz"), ("aba", "xyz"), ("ab", "x"), ("é😀", "e:"),
                 ("abc", "abc", "b"), ("aba", "xyz", "a"), ("", "", "xyzx"),
                 ("\ud800", "a", "\udc80"), ("ab", "cd", "ba")]:
        x, y = args[0], args[1]
        z = args[2] if len(args) > 2 else ""
        w.case("maketrans", [x, y, z], lambda: list(str.maketrans(x, y, z).items()))
    w.close()


# --------------------------------------------------------------- bytes cases

BYTES = [s.encode("utf-8", "surrogatepass") for s in CORPUS] + [
    bytes(range(256)), bytes(range(255, -1, -1)), b"\x1c\x1d\x1e\x1f a\x1cb",
    b" \t\n\x0b\x0c\r", b"\x85\xa0", b"hello world", b"a\x80b\xffc", b"\r\n\r",
    b"\xff\xfe", b"Abc dEF gHi", b"they're bill's",
]
brng = random.Random(3110)
BPOOL = b"aAzZ09 _-+'\"\\\t\n\r\x0b\x0c\x1c\x7f\x80\xa0\xc3\xa9\xff.,"
BRANDOM = [bytes(brng.choice(BPOOL) for _ in range(brng.randint(0, 10))) for _ in range(200)]
BALL = BYTES + BRANDOM
BSMALL = [b"", b"a", b"abc", b"hello world", b"aaaa", b"abababab", b"a,b,,c,",
          b"caf\xc3\xa9", b"\x00\xff\x80", b"  both  "]


def gen_bytes():
    w = Writer("bytes_unary.jsonl")
    for s in BALL:
        short = len(s) <= 40
        for m in ["isalnum", "isalpha", "isascii", "isdigit", "islower",
                  "isspace", "istitle", "isupper", "lower", "upper",
                  "capitalize", "title", "swapcase", "strip", "lstrip",
                  "rstrip", "split", "rsplit", "__repr__"]:
            w.case(m, [s], lambda: getattr(s, m)())
        w.case("splitlines", [s, False], lambda: s.splitlines(False))
        w.case("splitlines", [s, True], lambda: s.splitlines(True))
        if not short:
            continue
        n = len(s)
        for width in sorted({-1, n - 1, n, n + 1, n + 2, n + 5}):
            for fill in [b" ", b"\xff"]:
                for m in ["center", "ljust", "rjust"]:
                    w.case(m, [s, width, fill], lambda: getattr(s, m)(width, fill))
            w.case("zfill", [s, width], lambda: s.zfill(width))
        for tab in [-1, 0, 1, 4, 8]:
            w.case("expandtabs", [s, tab], lambda: s.expandtabs(tab))
        for chars in [None, b"", b" ", b"a", b"\xff\x80", b"abc \n"]:
            for m in ["strip", "lstrip", "rstrip"]:
                w.case(m, [s, chars], lambda: getattr(s, m)(chars))
        for sep in [None, b" ", b",", b"a", b"aa", b"\xc3", b""]:
            for maxsplit in [-1, 0, 2]:
                w.case("split", [s, sep, maxsplit], lambda: s.split(sep, maxsplit))
                w.case("rsplit", [s, sep, maxsplit], lambda: s.rsplit(sep, maxsplit))
    table = bytes.maketrans(b"abc\xff", b"ABC\x00")
    for s in BALL[::3]:
        for delete in [b"", b"a", b" \xff"]:
            w.case("translate", [s, table, delete], lambda: s.translate(table, delete))
            w.case("translate", [s, None, delete], lambda: s.translate(None, delete))
    for x, y in [(b"", b""), (b"abc", b"xyz"), (b"ab", b"x"), (b"\xff", b"\x00")]:
        w.case("maketrans", [x, y], lambda: bytes.maketrans(x, y))
    w.case("translate", [b"abc", b"short", b""], lambda: b"abc".translate(b"short"))
    w.close()

    w = Writer("bytes_search.jsonl")
    for s in BSMALL:
        pos = positions(len(s))
        pairs = [(a, b) for a in pos for b in pos]
        prng = random.Random(len(s) + 7)
        subs = sorted({b"", b"a", b"b", b"ab", b"aa", b"\xff", b"\xc3\xa9", s, s + b"x",
                       s[:1], s[1:3], s[-2:]})
        for sub in subs:
            for a, b in [(None, None)] + prng.sample(pairs, min(10, len(pairs))):
                for m in ["find", "rfind", "count", "index", "rindex",
                          "startswith", "endswith"]:
                    w.case(m, [s, sub, a, b], lambda: getattr(s, m)(sub, a, b))
            w.case("partition", [s, sub], lambda: s.partition(sub))
            w.case("rpartition", [s, sub], lambda: s.rpartition(sub))
            w.case("removeprefix", [s, sub], lambda: s.removeprefix(sub))
            w.case("removesuffix", [s, sub], lambda: s.removesuffix(sub))
            for new, count in [(b"", -1), (b"-", -1), (b"XY\xff", -1), (b"-", 0),
                               (b"XY\xff", 1), (b"", 2), (b"-", 100)]:
                    w.case("replace", [s, sub, new, count], lambda: s.replace(sub, new, count))
    w.close()


# ------------------------------------------------------- invalid UTF-8 cases


def enc_raw(v):
    if isinstance(v, str):
        return {"x": v.encode("utf-8", "surrogateescape").hex()}
    if isinstance(v, (list, tuple)):
        return [enc_raw(x) for x in v]
    return v


def gen_invalid():
    """The package documents that a byte which does not start a well-formed
    UTF-8 sequence is the code point U+DC00+byte, kept as the byte: exactly
    Python's "surrogateescape" error handler. So the expected behaviour on
    such strings is: decode with surrogateescape, apply the str method,
    encode the result back with surrogateescape. Inputs contain no encoded
    surrogates (which this package decodes but the handler escapes), and
    needles are valid UTF-8 (search compares bytes)."""
    rng = random.Random(1414)
    pieces = [b"a", b"B", b" ", b"\t", b"\n", b"\r", b"\xc2\x85",
              "é".encode(), "Σ".encode(), "日".encode(), "😀".encode(), "ß".encode(),
              b"\x80", b"\xbf", b"\xc0", b"\xc3", b"\xe2\x82", b"\xf0\x9f\x98",
              b"\xf4\x90\x80\x80", b"\xff", b"\xfe", b"\xe0\x80\x80", b"\xc1\xbf"]
    inputs = []
    while len(inputs) < 300:
        b = b"".join(rng.choice(pieces) for _ in range(rng.randint(1, 8)))
        try:
            b.decode("utf-8")
            continue  # valid: covered elsewhere
        except UnicodeDecodeError:
            pass
        if any(b[i] == 0xED and 0xA0 <= b[i + 1] <= 0xBF for i in range(len(b) - 1)):
            continue
        inputs.append(b)
    lines = []

    def case(method, args, fn):
        try:
            out = {"m": method, "a": enc_raw(args), "r": enc_raw(fn())}
        except Exception as e:
            out = {"m": method, "a": enc_raw(args), "e": [type(e).__name__, str(e)]}
        lines.append(json.dumps(out, ensure_ascii=False, separators=(",", ":")))

    for b in inputs:
        s = b.decode("utf-8", "surrogateescape")
        for m in ["__len__", "__repr__", "lower", "upper", "casefold", "title",
                  "capitalize", "swapcase", "isalpha", "isprintable", "isspace",
                  "islower", "isupper", "istitle", "isidentifier", "strip",
                  "lstrip", "rstrip", "split", "rsplit"]:
            case(m, [s], lambda: getattr(s, m)())
        case("ascii", [s], lambda: ascii(s))
        case("list", [s], lambda: list(s))
        case("splitlines", [s, True], lambda: s.splitlines(True))
        for i in [0, 1, -1, len(s) // 2]:
            case("getitem", [s, i], lambda: s[i])
        for a, z, st in [(None, None, -1), (1, None, 2), (None, None, 3), (-2, 0, -1), (1, -1, None)]:
            case("getslice", [s, a, z, st], lambda: s[a:z:st])
        for sub in ["a", " ", "é", "日😀"]:
            case("find", [s, sub, None, None], lambda: s.find(sub))
            case("rfind", [s, sub, 1, None], lambda: s.rfind(sub, 1))
            case("count", [s, sub, None, -1], lambda: s.count(sub, None, -1))
            case("split", [s, sub, -1], lambda: s.split(sub))
            case("replace", [s, sub, "<>", -1], lambda: s.replace(sub, "<>"))
        case("replace", [s, "", "|", -1], lambda: s.replace("", "|"))
        case("center", [s, len(s) + 3, "*"], lambda: s.center(len(s) + 3, "*"))
        case("zfill", [s, len(s) + 2], lambda: s.zfill(len(s) + 2))
        case("expandtabs", [s, 4], lambda: s.expandtabs(4))
        case("strip", [s, "aé"], lambda: s.strip("aé"))
    write_gz("invalid.jsonl", "\n".join(lines) + "\n")
    print("%-24s %6d cases" % ("invalid.jsonl", len(lines)))


if __name__ == "__main__":
    gen_chars()
    gen_predicates_and_case()
    gen_index()
    gen_search()
    gen_split()
    gen_pad()
    gen_misc()
    gen_bytes()
    gen_invalid()
