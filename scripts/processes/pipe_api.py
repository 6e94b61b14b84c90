# multiprocessing.Pipe and multiprocessing.connection: messages and raw
# bytes between processes and threads, poll and wait with timeouts, the
# end of a pipe when every writer has closed (explicitly or by exiting),
# and the errors of misuse.
import multiprocessing as mp
import threading
from multiprocessing.connection import wait


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


def echo(conn):
    # Answers each message with its repr until told to stop; exits
    # without closing its end.
    while True:
        msg = conn.recv()
        if msg == 'stop':
            break
        conn.send(repr(msg))


def producer(conn, n):
    for i in range(n):
        conn.send(i * i)
    conn.send_bytes(b'raw bytes')


def show(label, fn, *args):
    try:
        print(label, fn(*args))
    except Exception as e:
        print(label, type(e).__name__, e)


def local_checks():
    a, b = mp.Pipe()
    print(type(a).__name__, type(a).__module__)
    print(a.readable, a.writable, a.closed)
    a.send_bytes(b'hello world', 6)
    print(b.recv_bytes())
    a.send_bytes(b'hello world', 0, 5)
    print(b.recv_bytes())
    a.send_bytes(memoryview(b'abcdef')[1:], 1, 2)
    print(b.recv_bytes())
    a.send_bytes(bytearray(b'array'))
    print(b.recv_bytes())
    for args in [(b'abc', -1), (b'abc', 4), (b'abc', 1, -1), (b'abc', 1, 3), ('str',)]:
        show('send_bytes%r:' % (args,), a.send_bytes, *args)
    a.send_bytes(b'x' * 10)
    show('recv_bytes(5):', b.recv_bytes, 5)
    show('recv_bytes(-1):', b.recv_bytes, -1)

    a, b = mp.Pipe()
    a.send_bytes(b'abcdef')
    buf = bytearray(4)
    try:
        b.recv_bytes_into(buf)
    except mp.BufferTooShort as e:
        print('BufferTooShort', e.args)
    a.send_bytes(b'abc')
    buf = bytearray(10)
    print(b.recv_bytes_into(buf, 2), buf)
    show('recv_bytes_into offset 20:', b.recv_bytes_into, buf, 20)
    show('recv_bytes_into offset -1:', b.recv_bytes_into, buf, -1)
    print('poll empty:', b.poll(), b.poll(0.01))
    a.send([1, 'two', (3.0,), {'k': None}, Point(1, 2)])
    print('poll full:', b.poll(), b.poll(None), b.recv())
    a.send(None)
    a.send_bytes(b'')
    print(b.recv(), b.recv_bytes())
    show('send unpicklable:', lambda: a.send(lambda: 1) or 'sent')
    print('poll after failed send:', b.poll())
    a.close()
    print('poll at end:', b.poll())
    show('recv at end:', b.recv)
    show('recv_bytes at end:', b.recv_bytes)
    for name in ('send', 'recv', 'poll', 'send_bytes', 'recv_bytes'):
        fn = getattr(a, name)
        show('closed ' + name + ':', fn, *((1,) if name == 'send' else (b'x',) if name == 'send_bytes' else ()))
    a.close()
    print('closed twice:', a.closed)
    show('send to closed peer:', b.send, 2)

    r, w = mp.Pipe(False)
    print('one-way:', r.readable, r.writable, w.readable, w.writable)
    show('send on read end:', r.send, 1)
    show('recv on write end:', w.recv)
    show('poll on write end:', w.poll)
    w.send('one way')
    print(r.recv())
    r.close()
    show('send without reader:', w.send, 1)
    with mp.Pipe()[0] as c:
        print('in with:', c.closed)
    print('after with:', c.closed)
    show('Pipe(1, 2):', mp.Pipe, 1, 2)
    show('Pipe(duplex=0):', lambda: [c.writable for c in mp.Pipe(duplex=0)])


def wait_checks():
    a, b = mp.Pipe()
    c, d = mp.Pipe()
    print('wait none ready:', wait([b, d], 0), wait([b, d], timeout=0.01))
    a.send('x')
    print('wait one ready:', wait([b, d], 0.5) == [b])
    c.close()
    print('wait closed peer:', sorted(id(x) for x in wait([b, d])) == sorted([id(b), id(d)]))
    print(b.recv())
    show('recv of closed peer:', d.recv)


def thread_checks():
    a, b = mp.Pipe()
    got = []

    def reader():
        while True:
            try:
                got.append(b.recv())
            except EOFError:
                got.append('EOF')
                return

    t = threading.Thread(target=reader)
    t.start()
    for i in range(5):
        a.send(i)
    a.close()
    t.join()
    print('thread read:', got)


def process_checks():
    parent, child = mp.Pipe()
    p = mp.Process(target=echo, args=(child,))
    p.start()
    for msg in [1, 'two', [3], Point(4, 5), {'six': 6}]:
        parent.send(msg)
        print('echo:', parent.recv())
    parent.send('stop')
    p.join()
    print('echo exit:', p.exitcode)

    r, w = mp.Pipe(duplex=False)
    p = mp.Process(target=producer, args=(w, 5))
    p.start()
    w.close()  # the child's copy is the last writer
    print('from child:', [r.recv() for _ in range(5)], r.recv_bytes())
    try:
        r.recv()
    except EOFError:
        print('EOF once the child exited')
    p.join()
    print('producer exit:', p.exitcode)


if __name__ == '__main__':
    local_checks()
    wait_checks()
    thread_checks()
    process_checks()
