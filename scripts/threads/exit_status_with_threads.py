# An uncaught exception in the main thread is reported, then the
# interpreter still waits for the non-daemon threads before exiting with
# status 1.
import threading
import time


def slow():
    time.sleep(0.1)
    print("worker finished")


threading.Thread(target=slow).start()
raise RuntimeError("main failed")
