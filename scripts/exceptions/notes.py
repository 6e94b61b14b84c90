# __notes__ as the interpreter prints them (sys.excepthook on stderr):
# several notes, non-str notes, a non-sequence, failing str and sequence,
# add_note errors, notes on SyntaxError and groups.
import sys
def hook(e):
    sys.excepthook(type(e), e, e.__traceback__)
e = ValueError("v")
e.add_note("one")
e.add_note("two\nlines")
hook(e)
e.__notes__.append(42)
hook(e)
e.__notes__ = ("tuple note",)
hook(e)
e.__notes__ = 17
hook(e)
class BadNote:
    def __str__(self): raise RuntimeError
    def __repr__(self): raise RuntimeError
e.__notes__ = ["ok", BadNote()]
hook(e)
class BadSeq:
    def __len__(self): raise RuntimeError
    def __getitem__(self, i): raise RuntimeError
e.__notes__ = BadSeq()
hook(e)
try:
    ValueError().add_note(5)
except TypeError as x:
    print(x)
v = ValueError()
v.__notes__ = 5
try:
    v.add_note("x")
except TypeError as x:
    print(x)
class S(str): pass
e = KeyError("k")
e.add_note(S("subclass note"))
print(type(e.__notes__[0]).__name__)
hook(e)
e = SyntaxError("bad", ("f.py", 1, 1, "x y", 1, 4))
e.add_note("syntax note")
hook(e)
g = ExceptionGroup("g", [ValueError("a")])
g.add_note("group note\nmulti")
g.exceptions[0].add_note("leaf")
hook(g)
