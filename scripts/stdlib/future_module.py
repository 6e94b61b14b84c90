# The __future__ module: its feature table, the compiler flags, the
# _Feature accessors and repr, and the module's names.
import __future__

print(__future__.all_feature_names)
print(__future__.__all__)
print(sorted(n for n in dir(__future__) if not n.startswith("__")))
for name in __future__.all_feature_names:
    f = getattr(__future__, name)
    print(name, f, f.getOptionalRelease(), f.getMandatoryRelease(), hex(f.compiler_flag), f.optional == f.getOptionalRelease(), f.mandatory)
for name in sorted(n for n in dir(__future__) if n.startswith("CO_")):
    print(name, hex(getattr(__future__, name)))
F = __future__._Feature
print(F.__module__, F.__qualname__, repr(F((1, 2), None, 3)), F(1, 2, 3).getMandatoryRelease())
print(type(__future__.annotations) is F, __future__.annotations.compiler_flag == __future__.CO_FUTURE_ANNOTATIONS)
src = "from __future__ import annotations\ndef f(x: undefined_name) -> 3 + 4: pass\nprint(f.__annotations__)"
exec(compile(src, "<s>", "exec"))
code = compile("x = 1", "<s>", "exec", flags=__future__.annotations.compiler_flag)
print(type(code).__name__)
try:
    compile("x = 1", "<s>", "exec", flags=__future__.division.compiler_flag | 0x40000000)
except ValueError as e:
    print(type(e).__name__, e)
