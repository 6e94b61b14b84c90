# compile(..., optimize=1 or 2) drops asserts and makes __debug__ False;
# optimize=2 also drops docstrings. gilpy compiles every level as 0, so
# this script is on scripts/PENDING (docs/deviations.md).
exec(compile("try:\n assert 0, 'x'\nexcept AssertionError as e: print('assert ran', e)\nprint(__debug__)", "s", "exec", optimize=1))
exec(compile("def f():\n '''doc'''\nprint(f.__doc__)", "s", "exec", optimize=2))
