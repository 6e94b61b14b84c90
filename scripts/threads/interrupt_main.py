# _thread.interrupt_main() makes the main thread raise KeyboardInterrupt,
# which the program may catch and go on.
import _thread
import threading
import time


def interrupter():
    time.sleep(0.05)
    _thread.interrupt_main()


t = threading.Thread(target=interrupter)
t.start()
try:
    while True:
        time.sleep(0.01)
except KeyboardInterrupt:
    print("caught KeyboardInterrupt")
t.join()
# Other signal numbers have no Python handler: nothing happens.
_thread.interrupt_main(15)
time.sleep(0.02)
print("still running")
