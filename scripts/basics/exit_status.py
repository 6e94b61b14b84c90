# An uncaught SystemExit carries the status; finally blocks still run.
import sys

try:
    print("working")
    sys.exit(3)
finally:
    print("cleaning up")
