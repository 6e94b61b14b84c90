# sys.tracebacklimit: the interpreter's printer keeps the innermost N
# entries of each traceback and prints none for N <= 0; the traceback
# module keeps the outermost N and fails on a non-int as CPython's does.
import sys
import traceback
def a(): b()
def b(): c()
def c(): 1/0
def chain():
    try:
        a()
    except ZeroDivisionError as e:
        raise ValueError("wrapped") from e
for limit in (2, 1, True, -1, "x", 10**30):
    sys.tracebacklimit = limit
    print("limit", repr(limit), file=sys.stderr)
    try:
        chain()
    except ValueError as e:
        sys.excepthook(type(e), e, e.__traceback__)
        print("module:", len(traceback.format_exception(e)))
del sys.tracebacklimit
sys.tracebacklimit = 2
chain()
