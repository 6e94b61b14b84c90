# An exception a _thread.start_new_thread function does not handle is
# reported as unraisable; SystemExit ends the thread quietly.
import _thread
import time

done = _thread.allocate_lock()


def fail(x):
    try:
        raise ValueError("bad value %d" % x)
    finally:
        done.release()


def quiet():
    try:
        raise SystemExit(3)
    finally:
        done.release()


done.acquire()
_thread.start_new_thread(quiet, ())
done.acquire()
while _thread._count():
    time.sleep(0.01)
print("quiet done")
_thread.start_new_thread(fail, (7,))
done.acquire()
while _thread._count():
    time.sleep(0.01)
print("main done")
