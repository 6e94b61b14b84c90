# The OSError subclasses and fields that file and os operations raise.

try:
    open("/nonexistent/path/file.txt")
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename, repr(e), str(e))
try:
    open("/")
except OSError as e:
    print(type(e).__name__, e.errno, repr(e))
import os
try:
    os.listdir("/nonexistent-dir")
except OSError as e:
    print(type(e).__name__, str(e))
try:
    os.rename("/nonexistent-a", "/nonexistent-b")
except OSError as e:
    print(type(e).__name__, str(e), e.filename2)
