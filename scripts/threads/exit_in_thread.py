# sys.exit() in a thread ends only that thread; the program's exit status
# comes from the main thread.
import sys
import threading


def leave():
    print("thread leaving")
    sys.exit(3)
    print("not reached")


t = threading.Thread(target=leave)
t.start()
t.join()
print("main still running, thread alive:", t.is_alive())
sys.exit(0)
