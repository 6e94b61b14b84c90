# At exit the interpreter waits for the non-daemon threads but not for
# the daemon ones, which stop without running any more code.
import threading
import time


def forever():
    while True:
        time.sleep(0.01)


def never_returns():
    threading.Event().wait()


def late_printer():
    # Far longer than any run, however loaded the machine: it must still
    # be asleep when the interpreter exits.
    time.sleep(3600)
    print("a daemon thread never prints this")


def worker():
    time.sleep(0.1)
    print("the non-daemon worker finishes after the main thread")


for target in [forever, never_returns, late_printer]:
    threading.Thread(target=target, daemon=True).start()
threading.Thread(target=worker).start()
print("main thread done")
