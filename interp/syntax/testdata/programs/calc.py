#!/usr/bin/env python3
# A tiny expression evaluator: tokenizer, Pratt parser and evaluator.
import math
import operator as op
import re
from enum import Enum, auto

TOKEN = re.compile(r"\s*(?:(\d+\.?\d*(?:[eE][-+]?\d+)?)|(\*\*|[-+*/%^()=,])|([A-Za-z_]\w*))")


class Kind(Enum):
    NUM = auto()
    OP = auto()
    NAME = auto()
    END = auto()


def tokenize(text):
    pos = 0
    text = text.rstrip()
    while pos < len(text):
        m = TOKEN.match(text, pos)
        if not m:
            raise SyntaxError(f"bad input at {pos}: {text[pos:pos + 10]!r}")
        pos = m.end()
        num, sym, name = m.groups()
        if num is not None:
            yield Kind.NUM, float(num) if "." in num or "e" in num.lower() else int(num)
        elif sym is not None:
            yield Kind.OP, sym
        else:
            yield Kind.NAME, name
    yield Kind.END, None


BINARY = {
    "+": (10, op.add), "-": (10, op.sub),
    "*": (20, op.mul), "/": (20, op.truediv), "%": (20, op.mod),
    "**": (30, op.pow), "^": (30, op.pow),
}
RIGHT = frozenset({"**", "^"})
FUNCS = {name: getattr(math, name) for name in ("sin", "cos", "sqrt", "log", "exp")}
FUNCS |= {"max": max, "min": min, "abs": abs}


class Parser:
    def __init__(self, text, env=None):
        self.tokens = list(tokenize(text))
        self.i = 0
        self.env = {"pi": math.pi, "e": math.e, **(env or {})}

    def peek(self):
        return self.tokens[self.i]

    def take(self, expected=None):
        kind, value = tok = self.tokens[self.i]
        if expected is not None and value != expected:
            raise SyntaxError(f"expected {expected!r}, got {value!r}")
        self.i += 1
        return tok

    def statement(self):
        if (self.peek()[0] is Kind.NAME and self.tokens[self.i + 1][1] == "="):
            _, name = self.take()
            self.take("=")
            self.env[name] = value = self.expr()
            return value
        return self.expr()

    def expr(self, min_prec=0):
        left = self.unary()
        while True:
            kind, value = self.peek()
            if kind is not Kind.OP or value not in BINARY:
                return left
            prec, fn = BINARY[value]
            if prec < min_prec:
                return left
            self.take()
            right = self.expr(prec if value in RIGHT else prec + 1)
            left = fn(left, right)

    def unary(self):
        match self.take():
            case (Kind.OP, "-"):
                return -self.unary()
            case (Kind.OP, "+"):
                return +self.unary()
            case (Kind.OP, "("):
                value = self.expr()
                self.take(")")
                return value
            case (Kind.NUM, value):
                return value
            case (Kind.NAME, name) if self.peek()[1] == "(":
                self.take("(")
                args = []
                while self.peek()[1] != ")":
                    args.append(self.expr())
                    if self.peek()[1] == ",":
                        self.take(",")
                self.take(")")
                return FUNCS[name](*args)
            case (Kind.NAME, name):
                try:
                    return self.env[name]
                except KeyError:
                    raise NameError(name) from None
            case other:
                raise SyntaxError(f"unexpected {other}")


def evaluate(text, env=None):
    p = Parser(text, env)
    result = p.statement()
    if p.peek()[0] is not Kind.END:
        raise SyntaxError("trailing input")
    return result


if __name__ == "__main__":
    for src in ["1 + 2 * 3", "2 ** 3 ** 2", "-(4 - 6) * 2.5", "max(1, 2, sqrt(16))", "x = 3"]:
        print(f"{src:>20} => {evaluate(src)!r:<10}")
