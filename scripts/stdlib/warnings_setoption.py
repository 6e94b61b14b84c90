# One -W option at a time (warnings._setoption): abbreviated actions,
# dotted categories, bad modules, categories and line numbers, spaces.
import warnings

warnings.resetwarnings()
for o in ['ignore::UserWarning::x', 'ignore::UserWarning::99999999999999999999999', 'ignore::warnings.Nope',
          'ignore::nosuchmod.X', 'ignore::os.sep', 'ignore::int', 'e', 'x::UserWarning', 'm:a:', 'all',
          'ignore::UserWarning:: 5 ', ' i : b : warnings.Warning : m.n : 2 ', 'o::ResourceWarning', 'd',
          'error:::::', '', 'ignore::Exception', 'ignore::builtins.UserWarning']:
    try:
        warnings._setoption(o)
        f = warnings.filters[0]
        print(repr(o), f[0], f[1] and (f[1].pattern, f[1].flags & 2), f[2].__name__, f[3] and f[3].pattern, f[4])
    except Exception as e:
        print(repr(o), type(e).__name__, e)
print(len(warnings.filters), issubclass(warnings._OptionError, Exception))
