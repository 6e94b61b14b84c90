# Run with -W options and PYTHONWARNINGS by TestWarnOptions; prints what
# the warnings module made of them and what each category does.
import sys
import warnings
print(sys.warnoptions)
for f in warnings.filters[:4]:
    print(f[0], f[2].__name__, f[1], f[3], f[4])
for cat in (UserWarning, DeprecationWarning, RuntimeWarning):
    try:
        warnings.warn("a %s" % cat.__name__, cat)
        print("warned", cat.__name__)
    except Warning as e:
        print("raised", type(e).__name__, e)
