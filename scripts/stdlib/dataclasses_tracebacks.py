# Tracebacks through the methods dataclass generates: the frames of
# __init__, __eq__, ordering, __hash__, __repr__, __setattr__ and
# __delattr__ name "<string>" and the line of the failing statement.
import traceback
from dataclasses import dataclass, field
class Bad:
    def __eq__(self, o): raise ValueError("eq")
    def __lt__(self, o): raise ValueError("lt")
    __hash__ = object.__hash__
def boom(): raise KeyError("f")
@dataclass(order=True, unsafe_hash=True)
class C:
    a: object
    b: list = field(default_factory=list)
    def __post_init__(self):
        raise RuntimeError("post")
@dataclass(order=True, frozen=True)
class D:
    a: object
    b: list = field(default_factory=boom, compare=False)
for f in (lambda: C(1), lambda: D(1), lambda: D.__eq__(object.__new__(D), object.__new__(D)),
          lambda: D.__lt__(object.__new__(D), object.__new__(D)), lambda: hash(object.__new__(C)), lambda: repr(object.__new__(C))):
    try: f()
    except Exception: traceback.print_exc()
@dataclass(frozen=True)
class D:
    a: object
class E(D): pass
class F:
    __slots__ = ()
@dataclass(frozen=True)
class G(F):
    pass
for f in (lambda: setattr(D(1), 'a', 2), lambda: delattr(D(1), 'a'), lambda: delattr(E(1), 'zz'), lambda: setattr(G(), 'q', 1)):
    try: f()
    except Exception: traceback.print_exc()
