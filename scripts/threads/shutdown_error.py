# An exception from threading._shutdown at exit is reported as unraisable
# (naming the threading module) and does not change the exit status.
import threading


def failing_shutdown():
    raise ValueError("shutdown failed")


threading._shutdown = failing_shutdown
print("bye")
