"""Starting a process: the pickle of the process object goes to a new
interpreter instance, which runs the main script as __mp_main__ first
(CPython's spawn start method)."""

import sys
import pickle
import _gilpy_mp


def _main_path():
    main = sys.modules.get('__main__')
    path = getattr(main, '__file__', None)
    if path is None or getattr(main, '__name__', None) not in ('__main__', '__mp_main__'):
        return None
    return path


class Popen:
    method = 'spawn'

    def __init__(self, process_obj):
        self.returncode = None
        payload = pickle.dumps(process_obj, protocol=4)
        self._handle = _gilpy_mp.start(process_obj.name, _main_path(),
                                       list(sys.path), list(sys.argv), payload)
        self.pid = self._handle.pid

    def poll(self, flag=None):
        if self.returncode is None:
            self.returncode = self._handle.poll()
        return self.returncode

    def wait(self, timeout=None):
        if self.returncode is None:
            if not self._handle.wait(timeout):
                return None
            self.returncode = self._handle.poll()
        return self.returncode

    def terminate(self):
        if self.poll() is None:
            self._handle.signal(15)

    def kill(self):
        if self.poll() is None:
            self._handle.signal(9)

    def close(self):
        pass
