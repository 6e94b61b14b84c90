# compile()'s argument checks in CPython's order: filename and mode types,
# flags, optimize level, mode value, source; the __future__ flags and
# dont_inherit.
import __future__
def t(*a, **k):
    try:
        c = compile(*a, **k); print("ok", type(c).__name__, c.co_flags & 0x1000000)
    except Exception as e:
        print(type(e).__name__, e)
t("1", "s", "bad")
t("1", "s", "exec", 0x8000000)
t("1", "s", "exec", optimize=3)
t("1", "s", "exec", optimize=-1)
t("1", "s", "exec", optimize=0)
t("1", "s", "exec", optimize=2)
t("1", "s", "exec", dont_inherit=True)
t("1", "s", "exec", flags=__future__.annotations.compiler_flag)
t("x: int", "s", "exec", flags=__future__.annotations.compiler_flag, dont_inherit=True)
t(1, "s", "exec")
t("1", 1, "exec")
t("1", "s", 1)
t("1", "s", "exec", _feature_version=9)
t("1", "s")
t("assert 0", "s", "exec", optimize=1)
t(1, 2, 3)
t(1, "s", 3)
t(1, "s", "bad", 0x8000000)
t(1, "s", "bad", optimize=5)
t(1, "s", "bad")
t("1", "s", "bad", optimize=5)
t("1", "s", "exec", optimize="x")
t("1", "s", "exec", flags="x")
