# importlib.reload takes the module's import lock, as an import does: a
# reload that starts while another thread is still importing the module
# for the first time waits for that import to finish before it runs the
# module's code again. While the reload runs, the module counts as
# complete: an import of it in another thread does not wait, a from-import
# of a missing name does not call it partially initialized, and a second
# reload returns the module at once.
import importlib
import os
import shutil
import sys
import tempfile
import threading
import time

log = []
started = threading.Event()
go = threading.Event()
in_reload = threading.Event()
go_reload = threading.Event()
SRC = '''
import sys, threading
main = sys.modules['__main__']
runs = globals().get('runs', 0) + 1
main.log.append(('start', runs, threading.current_thread().name))
if runs == 1:
    main.started.set()
    main.go.wait()
else:
    main.in_reload.set()
    main.go_reload.wait()
    try:
        from reload_mod import not_defined
    except ImportError as e:
        main.log.append(('from-import', str(e).replace(__file__, '<file>')))
main.log.append(('end', runs, threading.current_thread().name))
'''

d = tempfile.mkdtemp()
with open(os.path.join(d, 'reload_mod.py'), 'w') as f:
    f.write(SRC)
sys.path.insert(0, d)


def first_import():
    import reload_mod


def reloader():
    m = importlib.reload(sys.modules['reload_mod'])
    log.append(('reloaded', m is sys.modules['reload_mod'], m.runs))


importer = threading.Thread(target=first_import, name='importer')
importer.start()
started.wait()
again = threading.Thread(target=reloader, name='reloader')
again.start()
# Time for the reloader to reach the module's lock and wait there. The
# output does not depend on it: a reload that has not started by then
# finds the module complete. Without the lock, the reload would run the
# module's code alongside the first import, and 'start 2' would come
# before 'end 1'.
time.sleep(0.2)
go.set()
in_reload.wait()
import reload_mod
log.append(('import during reload', reload_mod.runs))
log.append(('second reload returns at once', importlib.reload(reload_mod) is reload_mod))
go_reload.set()
importer.join()
again.join()
for entry in log:
    print(*entry)
shutil.rmtree(d)
