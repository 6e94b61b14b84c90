# warnings: the default filters and shown-once behaviour, categories,
# stacklevel, filters (simplefilter, filterwarnings with message and
# module patterns), "error", catch_warnings(record=True), and the
# format on stderr. (stdout and stderr are compared separately.)
import sys
import warnings


def legacy():
    warnings.warn("legacy() is deprecated", DeprecationWarning, stacklevel=2)


def hint():
    warnings.warn("a hint")


print(warnings.filters[:2])
hint()
hint()          # same place: shown once
for i in range(3):
    legacy()    # DeprecationWarning from __main__ is shown by default, once
warnings.warn("plain warning")
warnings.warn(UserWarning("instance warning"))
warnings.warn("runtime", RuntimeWarning)
warnings.warn("pending", PendingDeprecationWarning)   # ignored by default
sys.stderr.flush()

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    hint()
    hint()
    legacy()
    warnings.warn("bytes thing", BytesWarning)
print(len(caught), [str(w.message) for w in caught], [w.category.__name__ for w in caught])
print([w.lineno for w in caught], [w.filename.endswith('warnings_basic.py') for w in caught])
w = caught[0]
print(type(w).__name__, str(w).replace(w.filename, 'FILE'))

with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        hint()
    except UserWarning as e:
        print('raised', type(e).__name__, e)
    warnings.filterwarnings("ignore", message="a h")
    hint()
    print('ignored by message prefix')
    warnings.filterwarnings("ignore", category=RuntimeWarning)
    warnings.warn("rt", RuntimeWarning)
    warnings.filterwarnings("error", message=".*SPECIAL", category=UserWarning)
    try:
        warnings.warn("this is special")
    except UserWarning as e:
        print('case-insensitive match', e)

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("once")
    for _ in range(3):
        warnings.warn("once only")
    warnings.simplefilter("module")
    warnings.warn("per module")
    warnings.warn("per module")
print(len(log), [str(w.message) for w in log])

with warnings.catch_warnings(record=True) as log:
    warnings.filterwarnings("always", module="__ma")
    warnings.filterwarnings("ignore", module="other")
    warnings.warn("module filtered")
print(len(log))

print(warnings.formatwarning("msg", UserWarning, "file.py", 12), end='')
print(warnings.formatwarning("msg", DeprecationWarning, "file.py", 12, line="  code()  "), end='')


def show(message, category, filename, lineno, file=None, line=None):
    print('custom showwarning:', message, category.__name__, lineno)


saved = warnings.showwarning
warnings.showwarning = show
warnings.warn("to custom", stacklevel=1)
warnings.showwarning = saved
warnings.showwarning("direct", UserWarning, "f.py", 3, sys.stdout, "the line")
warnings.warn_explicit("explicit", UserWarning, "somefile.py", 7)
for bad in [lambda: warnings.warn("x", 5), lambda: warnings.warn("x", int), lambda: warnings.simplefilter("bogus"),
            lambda: warnings.filterwarnings("ignore", category=5), lambda: warnings.simplefilter("ignore", lineno=-1)]:
    try:
        bad()
    except (TypeError, AssertionError) as e:
        print(type(e).__name__, e)
print(warnings.__all__)
warnings.warn("very deep", stacklevel=10)
