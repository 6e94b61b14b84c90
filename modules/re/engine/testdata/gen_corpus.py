#!/usr/bin/env python3
"""Generate corpus.jsonl, the expected results of the engine's
differential test, from CPython 3.11's own re module.

Run from this directory with CPython 3.11:

    python3 gen_corpus.py

Three kinds of lines, one JSON object each:

  {"kind": "compile", "p": [...], "b": isbytes, "f": flags,
   "code": [...]}                      the words CPython compiles the
                                       pattern to
  {"kind": "compile", ..., "err": "...", "ek": "error"}
                                       or the exception it raises
  {"kind": "match", "p": [...], "b": ..., "f": ..., "s": [...],
   "pos": p, "endpos": e,
   "match": spans, "fullmatch": spans, "search": spans, "all": [spans...]}
                                       what match, fullmatch, search and
                                       finditer find (spans: start and end
                                       of the match and of each group, -1
                                       for a group that did not take part,
                                       then lastindex or -1; null for no
                                       match)

Patterns come from patterns.txt, matching cases from cases.txt, and from
a seeded random generator of small patterns and subjects, so that the
corpus exercises backtracking, groups and empty matches far beyond what
hand-written cases reach.
"""

import json
import random
import re
import sys
import warnings
from re import _compiler, _parser

assert sys.version_info[:2] == (3, 11), "generate with CPython 3.11"

warnings.simplefilter("ignore")


def chars(s):
    return list(s) if isinstance(s, bytes) else [ord(c) for c in s]


def read_lines(name):
    out = []
    with open(name, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line and not line.startswith("#"):
                out.append(eval(line))
    return out


def compile_case(p, flags):
    case = {"kind": "compile", "p": chars(p), "b": isinstance(p, bytes), "f": flags}
    try:
        code = _compiler._code(_parser.parse(p, flags), flags)
        case["code"] = [int(x) for x in code]
    except Exception as e:
        case["ek"] = type(e).__name__
        case["err"] = str(e)
    return case


def spans(m):
    if m is None:
        return None
    out = list(m.span())
    for g in range(1, m.re.groups + 1):
        out += list(m.span(g))
    out.append(-1 if m.lastindex is None else m.lastindex)
    return out


def match_case(p, s, flags, pos=0, endpos=None):
    case = {"kind": "match", "p": chars(p), "b": isinstance(p, bytes), "f": flags,
            "s": chars(s), "pos": pos, "endpos": len(s) if endpos is None else endpos}
    try:
        r = re.compile(p, flags)
    except Exception as e:
        case["ek"] = type(e).__name__
        case["err"] = str(e)
        return case
    e = case["endpos"]
    case["match"] = spans(r.match(s, pos, e))
    case["fullmatch"] = spans(r.fullmatch(s, pos, e))
    case["search"] = spans(r.search(s, pos, e))
    case["all"] = [spans(m) for m in r.finditer(s, pos, e)]
    return case


# The random patterns: small, over a small alphabet, with every
# construct, so that most of them match something.

class Gen:
    def __init__(self, rnd):
        self.rnd = rnd

    def atom(self, depth, groups):
        r = self.rnd
        k = r.randrange(24 if depth < 3 else 10)
        if k < 4:
            return r.choice("abc")
        if k == 4:
            return "."
        if k == 5:
            return r.choice(["[ab]", "[^a]", "[a-c]", "[^\\n]", "[\\w.]", "[b-]"])
        if k == 6:
            return r.choice(["\\w", "\\d", "\\s", "\\W", "\\S"])
        if k == 7:
            return r.choice(["\\b", "\\B", "^", "$", "\\A", "\\Z"])
        if k == 8 and groups[0] > 0:
            return "\\%d" % r.randint(1, groups[0])
        if k == 9:
            return r.choice(["A", "B", " ", "1"])
        if k < 13:
            groups[0] += 1
            return "(" + self.alt(depth + 1, groups) + ")"
        if k < 15:
            return "(?:" + self.alt(depth + 1, groups) + ")"
        if k == 15:
            return "(?" + r.choice("=!") + self.alt(depth + 1, groups) + ")"
        if k == 16:
            return "(?<" + r.choice("=!") + r.choice(["a", "b", "ab", "[ab]", "\\w", "a|b"]) + ")"
        if k == 17:
            return "(?>" + self.alt(depth + 1, groups) + ")"
        if k == 18 and groups[0] > 0:
            yes = self.seq(depth + 1, groups)
            no = self.seq(depth + 1, groups)
            return "(?(%d)%s|%s)" % (r.randint(1, groups[0]), yes, no)
        if k == 19:
            return "(?i:" + self.alt(depth + 1, groups) + ")"
        return r.choice("abc")

    def quant(self):
        r = self.rnd
        k = r.randrange(14)
        if k < 6:
            return ""
        q = r.choice(["*", "+", "?", "{2}", "{1,2}", "{,2}", "{2,}", "{0,1}"])
        return q + r.choice(["", "", "?", "+"])

    def seq(self, depth, groups):
        n = self.rnd.randint(0 if depth else 1, 3)
        out = []
        for _ in range(n):
            a = self.atom(depth, groups)
            if a not in ("^", "$", "\\b", "\\B", "\\A", "\\Z"):
                a += self.quant()
            out.append(a)
        return "".join(out)

    def alt(self, depth, groups):
        n = 1 if self.rnd.random() < 0.6 else self.rnd.randint(2, 3)
        return "|".join(self.seq(depth, groups) for _ in range(n))

    def pattern(self):
        return self.alt(0, [0])

    def subject(self):
        r = self.rnd
        return "".join(r.choice("abcab \nA1") for _ in range(r.randint(0, 8)))


def main():
    out = []
    for item in read_lines("patterns.txt"):
        p, f = item if isinstance(item, tuple) else (item, 0)
        out.append(compile_case(p, f))
    for item in read_lines("cases.txt"):
        p, s = item[0], item[1]
        f = item[2] if len(item) > 2 else 0
        out.append(compile_case(p, f))
        out.append(match_case(p, s, f))
        if len(s) > 1:
            out.append(match_case(p, s, f, 1, len(s) - 1))
    rnd = random.Random(20231126)
    gen = Gen(rnd)
    flag_choices = [0, 0, 0, re.I, re.M, re.S, re.A, re.I | re.M]
    seen = set()
    while len(seen) < 3000:
        p = gen.pattern()
        if p in seen:
            continue
        seen.add(p)
        f = rnd.choice(flag_choices)
        try:
            re.compile(p, f)
        except re.error:
            out.append(compile_case(p, f))
            continue
        if rnd.random() < 0.1:
            bp = p.encode("ascii")
            f = f & ~re.A
            out.append(match_case(bp, gen.subject().encode("ascii"), f))
            continue
        if rnd.random() < 0.2:
            out.append(compile_case(p, f))
        s = gen.subject()
        if rnd.random() < 0.2 and len(s) > 2:
            out.append(match_case(p, s, f, rnd.randint(0, len(s)), rnd.randint(0, len(s))))
        else:
            out.append(match_case(p, s, f))
    with open("corpus.jsonl", "w", encoding="utf-8") as fo:
        for case in out:
            fo.write(json.dumps(case, separators=(",", ":")) + "\n")
    print(len(out), "cases")


main()
