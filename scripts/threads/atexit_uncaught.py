# An exception nothing catches: its traceback is printed first, then the
# atexit callbacks run, and the exit status is 1.
import atexit

atexit.register(print, "callback runs after the traceback")
print("raising")
raise RuntimeError("uncaught")
