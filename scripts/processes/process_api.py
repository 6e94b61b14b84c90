# Process objects in detail: exit codes from sys.exit and exceptions,
# reprs in each state, close(), daemon, names, the misuse errors, and
# active_children/parent_process from inside a child.
import multiprocessing as mp
import re
import sys
import time


def exits(code):
    sys.exit(code)


def fails():
    raise KeyError('boom')


def family(q):
    q.put((mp.current_process().name, mp.parent_process().name,
           mp.parent_process().is_alive(), len(mp.active_children())))


def sleeper():
    time.sleep(30)


def shape(r):
    # Pids differ from run to run.
    return re.sub(r'=\d+', '=N', r)


if __name__ == '__main__':
    for code in (None, 0, 3, 'a message'):
        p = mp.Process(target=exits, args=(code,))
        p.start()
        p.join()
        print(repr(code), p.exitcode)
    sys.stdout.flush()
    p = mp.Process(target=fails, name='failing')
    p.start()
    p.join()
    print('failing exit', p.exitcode)

    p = mp.Process(target=family, args=(q := mp.Queue(),), name='kid')
    print(shape(repr(p)))
    p.start()
    p.join()
    print(q.get(), shape(repr(p)))
    p.close()
    print(repr(p).endswith('closed>'))
    for attempt in (lambda: p.exitcode, lambda: p.is_alive(), p.start):
        try:
            attempt()
        except ValueError as e:
            print('ValueError', e)

    s = mp.Process(target=sleeper, daemon=True)
    print(s.daemon, shape(repr(s)))
    s.start()
    print(s.is_alive(), shape(repr(s)), mp.active_children() == [s])
    try:
        s.close()
    except ValueError as e:
        print('ValueError', e)
    s.terminate()
    s.join()
    print(s.exitcode, shape(repr(s)), mp.active_children())
    k = mp.Process(target=sleeper)
    k.start()
    k.kill()
    k.join()
    print(k.exitcode)

    for bad in (lambda: mp.Process(group=1), lambda: setattr(s, 'daemon', False),
                lambda: setattr(mp.Process(), 'name', 3), lambda: mp.Process().join(),
                lambda: s.start()):
        try:
            bad()
        except AssertionError as e:
            print('AssertionError', e)
    j = mp.Process(target=time.sleep, args=(0.01,))
    j.start()
    j.join(30)
    print(j.exitcode, j.pid == j.ident, isinstance(j.pid, int))
    n = mp.Process()
    n.name = 'renamed'
    print(n.name, n.pid, n.exitcode, mp.current_process().name, mp.parent_process())
    print(mp.current_process().is_alive(), isinstance(mp.current_process().authkey, bytes))
