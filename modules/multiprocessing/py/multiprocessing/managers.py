"""Managers: one process holds the real objects (the referents) and the
others reach them through proxies, whose method calls travel to the
manager as pickles and whose results come back as pickles.

gilpy's manager is not a process of its own: its server is a set of
threads of the interpreter that started it. Clients connect with
a Pipe: a proxy's thread, on its first call, makes a pipe, sends one end
to the manager's listener (another pipe, whose writing end travels inside
every pickled proxy) and keeps the other. The server answers each
connection in a thread of its own, so a call that blocks (a Lock's
acquire, an Event's wait) holds up only the thread that made it, while
the manager goes on serving everybody else. docs/deviations.md lists
what differs from CPython's separate server process."""

import array
import itertools
import os
import queue
import threading
import pickle
import time
import traceback
import _thread

from . import connection, process, reduction
from .context import ProcessError

__all__ = ['BaseManager', 'SyncManager', 'BaseProxy', 'Token']

_RULE = '-' * 75


# A dict's views cross to the other side as lists, so that a proxy's
# keys(), values() and items() give lists.
def _view_as_list(view):
    return list, (list(view),)


for _view in (type({}.keys()), type({}.values()), type({}.items())):
    reduction.register(_view, _view_as_list)
del _view


def _send(conn, obj):
    conn.send_bytes(reduction.ForkingPickler.dumps(obj))


def _recv(conn):
    return pickle.loads(conn.recv_bytes())


class RemoteError(Exception):
    """A failure in the manager that is reported as the manager's
    traceback text rather than as the original exception."""

    def __str__(self):
        return '\n' + _RULE + '\n' + str(self.args[0]) + _RULE


class Token:
    """Names one referent: its typeid, its manager's address and its id
    in that manager."""

    def __init__(self, typeid, address, id):
        self.typeid, self.address, self.id = typeid, address, id

    def __getstate__(self):
        return (self.typeid, self.address, self.id)

    def __setstate__(self, state):
        self.typeid, self.address, self.id = state

    def __repr__(self):
        return '%s(typeid=%r, address=%r, id=%r)' % (
            type(self).__name__, self.typeid, self.address, self.id)


def public_methods(obj):
    """The names of obj's callable attributes that do not start with an
    underscore: what an AutoProxy exposes when nothing else is said."""
    names = []
    for name in dir(obj):
        if name[0] != '_' and callable(getattr(obj, name, None)):
            names.append(name)
    return names


# -- the server ------------------------------------------------------------

class _Server:
    """Holds the referents of one manager and answers its connections."""

    def __init__(self, registry, address):
        self.registry = registry
        self.address = address
        self.objects = {}          # id -> (referent, exposed set, method_to_typeid)
        self.ids = itertools.count(1)
        self.mutex = threading.Lock()
        self.stopped = False
        self.conns = set()
        self.listen_r, self.listen_w = connection.Pipe(duplex=False)
        # Closing stop_w at shutdown wakes every server thread waiting for
        # its client's next request (a closed end's own recv would not).
        self.stop_r, self.stop_w = connection.Pipe(duplex=False)

    def start(self):
        # Bare threads rather than threading.Thread objects, so that the
        # server does not show in threading.enumerate() or active_count()
        # (CPython's is another process); like daemon threads, nothing
        # waits for them at exit.
        _thread.start_new_thread(self.accept_loop, ())

    def stop(self):
        self.stopped = True
        self.listen_w.send(None)
        self.stop_w.close()
        with self.mutex:
            self.objects.clear()
            conns, self.conns = self.conns, set()
        # The clients' next calls find their connections broken.
        for conn in conns:
            conn.close()

    def accept_loop(self):
        while True:
            try:
                conn = self.listen_r.recv()
            except (EOFError, OSError):
                return
            if conn is None or self.stopped:
                return
            with self.mutex:
                self.conns.add(conn)
            _thread.start_new_thread(self.serve, (conn,))

    def serve(self, conn):
        # One client thread's requests, one at a time, until it goes away
        # or the manager shuts down.
        while True:
            try:
                connection.wait([conn, self.stop_r])
                if self.stopped:
                    break
                request = _recv(conn)
            except (EOFError, OSError):
                break
            except Exception:
                if conn.closed:
                    break
                # The request could not be unpickled here.
                reply = ('#TRACEBACK', traceback.format_exc())
            else:
                if self.stopped:
                    break
                reply = self.handle(*request)
            try:
                _send(conn, reply)
            except Exception:
                # The result did not pickle.
                try:
                    _send(conn, ('#UNSERIALIZABLE', traceback.format_exc()))
                except Exception:
                    break
        with self.mutex:
            self.conns.discard(conn)
        conn.close()

    def handle(self, ident, name, args, kwds):
        if ident is None:
            # A request to the manager itself.
            try:
                if name == 'create':
                    return ('#RETURN', self.create(*args, **kwds))
                raise ValueError('unknown manager request %r' % (name,))
            except Exception:
                return ('#TRACEBACK', traceback.format_exc())
        try:
            with self.mutex:
                obj, exposed, to_typeid = self.objects[ident]
        except KeyError:
            return ('#TRACEBACK', 'KeyError: no object %r in the manager '
                    '(it has shut down)\n' % (ident,))
        if name not in exposed:
            return self.fallback(obj, name, args, kwds, exposed)
        try:
            fn = getattr(obj, name)
            result = fn(*args, **kwds)
        except Exception as e:
            return ('#ERROR', e)
        typeid = to_typeid.get(name) if to_typeid else None
        if typeid is not None:
            try:
                # As in CPython, a typeid with a callable makes the new
                # referent by calling it with the result.
                maker = self.registry[typeid][0]
                if maker is not None:
                    result = maker(result)
                token, exp, proxytype = self.make(typeid, result)
            except Exception:
                return ('#TRACEBACK', traceback.format_exc())
            return ('#PROXY', (exp, token, proxytype))
        return ('#RETURN', result)

    def fallback(self, obj, name, args, kwds, exposed):
        # A name the proxy does not expose: only str(), repr() and the
        # whole value are allowed; anything else is a remote failure.
        try:
            try:
                raise AttributeError('method %r of %r object is not in '
                                     'exposed=%r' % (name, type(obj), exposed))
            except AttributeError:
                special = _FALLBACKS[name]
            return ('#RETURN', special(obj, *args, **kwds))
        except Exception:
            return ('#TRACEBACK', traceback.format_exc())

    def create(self, typeid, *args, **kwds):
        callable_, exposed, to_typeid, proxytype = self.registry[typeid]
        if callable_ is None:
            raise ValueError('typeid %r has no callable to create with' % (typeid,))
        obj = callable_(*args, **kwds)
        token, exp, _ = self.make(typeid, obj)
        return token, exp

    def make(self, typeid, obj):
        # Keep obj under a new id; the answer says how to proxy it.
        callable_, exposed, to_typeid, proxytype = self.registry[typeid]
        if exposed is None:
            exposed = public_methods(obj)
        if to_typeid is not None:
            exposed = list(exposed) + [n for n in to_typeid if n not in exposed]
        ident = '%x' % next(self.ids)
        with self.mutex:
            if self.stopped:
                raise ProcessError('Manager has shut down')
            self.objects[ident] = (obj, set(exposed), to_typeid)
        pt = proxytype if not getattr(proxytype, '_gilpy_auto', False) else None
        return Token(typeid, self.address, ident), tuple(exposed), pt


_FALLBACKS = {
    '__str__': lambda obj: str(obj),
    '__repr__': lambda obj: repr(obj),
    '#GETVALUE': lambda obj: obj,
}


# -- the client side --------------------------------------------------------

# The listener end of each manager this interpreter knows, by address, and
# each thread's connections to them.
_listeners = {}
_local = threading.local()


def _connection(address):
    conns = getattr(_local, 'conns', None)
    if conns is None:
        conns = _local.conns = {}
    conn = conns.get(address)
    if conn is None:
        listener = _listeners.get(address)
        if listener is None:
            raise ProcessError('no manager at %r is known here' % (address,))
        mine, theirs = connection.Pipe()
        listener.send(theirs)
        theirs.close()
        conn = conns[address] = mine
    return conn


def _call(address, ident, name, args=(), kwds={}):
    conn = _connection(address)
    _send(conn, (ident, name, args, kwds))
    return _recv(conn)


def _answer(kind, result, owner=None):
    if kind == '#RETURN':
        return result
    if kind == '#PROXY':
        exposed, token, proxytype = result
        if proxytype is None:
            return AutoProxy(token, manager=owner, exposed=exposed)
        return proxytype(token, manager=owner, exposed=exposed)
    if kind == '#ERROR':
        raise result
    if kind == '#TRACEBACK':
        raise RemoteError(result)
    if kind == '#UNSERIALIZABLE':
        raise RemoteError('Unserializable message: %s\n' % result)
    raise ValueError('unrecognized message type %r' % (kind,))


class BaseProxy:
    """Stands for a referent that a manager holds: its methods call the
    referent's through the manager."""

    def __init__(self, token, serializer='pickle', manager=None, authkey=None,
                 exposed=None, incref=True, manager_owned=False):
        self._token = token
        self._id = token.id
        self._manager = manager
        self._serializer = serializer
        self._exposed_names = exposed

    def _callmethod(self, methodname, args=(), kwds={}):
        """Call the referent's method methodname with args and kwds and
        return (a copy of) its result."""
        kind, result = _call(self._token.address, self._id, methodname, args, kwds)
        return _answer(kind, result, self._manager)

    def _getvalue(self):
        """A copy of the referent."""
        return self._callmethod('#GETVALUE')

    def __reduce__(self):
        cls = type(self)
        if getattr(cls, '_gilpy_auto', False):
            cls = None
        return (_rebuild_proxy, (cls, self._token, _listeners[self._token.address],
                                 self._exposed_names))

    def __deepcopy__(self, memo):
        return self._getvalue()

    def __repr__(self):
        return '<%s object, typeid %r at %#x>' % (
            type(self).__name__, self._token.typeid, id(self))

    def __str__(self):
        try:
            return self._callmethod('__repr__')
        except Exception:
            return repr(self)[:-1] + "; '__str__()' failed>"


def _rebuild_proxy(cls, token, listener, exposed):
    # A proxy arriving in a process: remember how to reach its manager.
    _listeners.setdefault(token.address, listener)
    if cls is None:
        return AutoProxy(token, exposed=exposed)
    return cls(token, exposed=exposed)


def _make_method(name):
    def method(self, /, *args, **kwds):
        return self._callmethod(name, args, kwds)
    method.__name__ = name
    return method


def MakeProxyType(name, exposed, _cache={}):
    """A subclass of BaseProxy named name with a method calling the
    referent's for each name in exposed."""
    exposed = tuple(exposed)
    try:
        return _cache[(name, exposed)]
    except KeyError:
        pass
    namespace = {n: _make_method(n) for n in exposed}
    namespace['_exposed_'] = exposed
    cls = type(name, (BaseProxy,), namespace)
    _cache[(name, exposed)] = cls
    return cls


def AutoProxy(token, serializer='pickle', manager=None, authkey=None,
              exposed=None, incref=True, manager_owned=False):
    """A proxy whose type is made from what the referent exposes."""
    cls = MakeProxyType('AutoProxy[%s]' % token.typeid, exposed or ())
    cls._gilpy_auto = True
    return cls(token, serializer, manager=manager, exposed=exposed)


# -- the managers -----------------------------------------------------------

_addresses = itertools.count(1)


class BaseManager:
    """Starts a server holding objects made by the registered typeids and
    hands out proxies for them."""

    _registry = {}

    def __init__(self, address=None, authkey=None, serializer='pickle', ctx=None,
                 *, shutdown_timeout=1.0):
        if serializer != 'pickle':
            raise ValueError("gilpy's managers only use the 'pickle' serializer")
        self._address = address
        self._authkey = authkey
        self._serializer = serializer
        self._server = None
        self._state = 'initial'

    @property
    def address(self):
        return self._address

    def start(self, initializer=None, initargs=()):
        """Start the manager's server."""
        if self._state == 'started':
            raise ProcessError('Already started server')
        if self._state == 'shutdown':
            raise ProcessError('Manager has shut down')
        if initializer is not None and not callable(initializer):
            raise TypeError('initializer must be a callable')
        # The server takes a number in the family as CPython's manager
        # process does, so the children started later have the same names.
        number = next(process._family.numbers)
        me = process.current_process()
        ident = ':'.join(str(i) for i in me._identity + (number,))
        self._name = '%s-%s' % (type(self).__name__, ident)
        if self._address is None:
            self._address = 'gilpy-manager-%d-%d' % (os.getpid(), next(_addresses))
        if initializer is not None:
            initializer(*initargs)
        self._server = _Server(type(self)._registry, self._address)
        _listeners[self._address] = self._server.listen_w
        self._server.start()
        self._state = 'started'

    def shutdown(self):
        """Stop the server: its referents are dropped and the proxies of
        them stop working."""
        if self._state == 'started':
            self._state = 'shutdown'
            self._server.stop()

    def join(self, timeout=None):
        """Nothing to wait for once shut down: the server is threads."""

    def __enter__(self):
        if self._state == 'initial':
            self.start()
        if self._state != 'started':
            raise ProcessError('Unable to start server')
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown()

    def _create(self, typeid, /, *args, **kwds):
        assert self._state == 'started', 'server not yet started'
        kind, result = _call(self._address, None, 'create', (typeid,) + args, kwds)
        return _answer(kind, result)

    def _number_of_objects(self):
        """How many referents the server holds."""
        return len(self._server.objects) if self._server else 0

    @classmethod
    def register(cls, typeid, callable=None, proxytype=None, exposed=None,
                 method_to_typeid=None, create_method=True):
        """Make typeid a kind of object the manager can hold: callable
        makes it, proxytype stands for it (AutoProxy by default)."""
        if '_registry' not in cls.__dict__:
            cls._registry = cls._registry.copy()
        if proxytype is None:
            proxytype = AutoProxy
        exposed = exposed or getattr(proxytype, '_exposed_', None)
        method_to_typeid = method_to_typeid or getattr(proxytype, '_method_to_typeid_', None)
        if method_to_typeid:
            for key, value in list(method_to_typeid.items()):
                assert type(key) is str, '%r is not a string' % key
                assert type(value) is str, '%r is not a string' % value
        if proxytype is AutoProxy:
            proxytype = _AutoMarker
        cls._registry[typeid] = (callable, exposed, method_to_typeid, proxytype)
        if create_method:
            def temp(self, /, *args, **kwds):
                token, exp = self._create(typeid, *args, **kwds)
                if proxytype is _AutoMarker:
                    return AutoProxy(token, manager=self, exposed=exp)
                return proxytype(token, self._serializer, manager=self,
                                 authkey=self._authkey, exposed=exp)
            temp.__name__ = typeid
            setattr(cls, typeid, temp)


class _AutoMarker:
    # Stands for AutoProxy in a registry entry: the server answers None
    # for it, and the receiving side builds the AutoProxy type itself.
    _gilpy_auto = True


# -- the objects SyncManager holds, and their proxies -----------------------

class Namespace:
    """An object holding attributes; its repr lists the public ones."""

    def __init__(self, /, **kwds):
        self.__dict__.update(kwds)

    def __repr__(self):
        shown = sorted('%s=%r' % (k, v) for k, v in self.__dict__.items()
                       if not k.startswith('_'))
        return '%s(%s)' % (type(self).__name__, ', '.join(shown))


class Value:
    """A managed value: the typecode is only recorded, for the repr."""

    def __init__(self, typecode, value, lock=True):
        self._typecode, self._value = typecode, value

    def __repr__(self):
        return '%s(%r, %r)' % (type(self).__name__, self._typecode, self._value)

    def get(self):
        return self._value

    def set(self, value):
        self._value = value

    value = property(get, set)


def Array(typecode, sequence, lock=True):
    """A managed array.array."""
    return array.array(typecode, sequence)


# The proxy types. Most of what a proxy does is forward a method call to
# its referent, so each type is made by _proxy from the names it exposes;
# the few methods that do more (context managers, attributes read from
# the referent, a predicate evaluated here) are given to it explicitly.

# Exposed names that let a proxy reach the referent's attributes; the
# proxy's own attribute hooks must stay its own.
_ATTRIBUTE_HOOKS = frozenset({'__getattribute__', '__setattr__', '__delattr__'})


def _proxy(name, exposed, base=BaseProxy, **own):
    """A proxy type named name that exposes the names in exposed: each is
    a method forwarding to the referent's unless own gives it (or it is
    an attribute hook)."""
    namespace = {n: _make_method(n) for n in exposed
                 if n not in own and n not in _ATTRIBUTE_HOOKS}
    namespace.update(own)
    namespace.update(_exposed_=tuple(exposed), __module__=__name__, __qualname__=name)
    return type(name, (base,), namespace)


def _same(self):
    return self


def _enter_acquiring(self):
    return self._callmethod('acquire')


def _exit_releasing(self, exc_type, exc_val, exc_tb):
    return self._callmethod('release')


def _exit_terminating(self, exc_type, exc_val, exc_tb):
    self.terminate()


def _wait_for(self, predicate, timeout=None):
    """Wait on the condition until predicate() (run here, between waits
    in the manager) is true, for at most timeout seconds; returns the
    predicate's last result."""
    deadline = None if timeout is None else time.monotonic() + timeout
    while True:
        outcome = predicate()
        if outcome:
            return outcome
        left = None if deadline is None else deadline - time.monotonic()
        if left is not None and left <= 0:
            return outcome
        self.wait(left)


def _referent_attribute(name):
    # A read-only attribute read from the referent at each access.
    return property(lambda self: self._callmethod('__getattribute__', (name,)))


def _namespace_hook(local, remote):
    # A Namespace proxy's attribute hook: private names are the proxy's
    # own, public ones the referent's.
    def hook(self, key, *value):
        if key.startswith('_'):
            return local(self, key, *value)
        return object.__getattribute__(self, '_callmethod')(remote, (key,) + value)
    hook.__name__ = remote if remote != '__getattribute__' else '__getattr__'
    return hook


def _extend_in_place(self, value):
    self._callmethod('extend', (value,))
    return self


def _repeat_in_place(self, value):
    self._callmethod('__imul__', (value,))
    return self


_ACQUIRING = dict(__enter__=_enter_acquiring, __exit__=_exit_releasing)

IteratorProxy = _proxy('IteratorProxy', ('__next__', 'send', 'throw', 'close'),
                       __iter__=_same)
AcquirerProxy = _proxy('AcquirerProxy', ('acquire', 'release'), **_ACQUIRING)
ConditionProxy = _proxy('ConditionProxy',
                        ('acquire', 'release', 'wait', 'notify', 'notify_all'),
                        base=AcquirerProxy, wait_for=_wait_for)
EventProxy = _proxy('EventProxy', ('is_set', 'set', 'clear', 'wait'))
BarrierProxy = _proxy('BarrierProxy', ('__getattribute__', 'wait', 'abort', 'reset'),
                      **{n: _referent_attribute(n) for n in ('parties', 'n_waiting', 'broken')})
NamespaceProxy = _proxy('NamespaceProxy', sorted(_ATTRIBUTE_HOOKS, key=(
    '__getattribute__', '__setattr__', '__delattr__').index),
    __getattr__=_namespace_hook(object.__getattribute__, '__getattribute__'),
    __setattr__=_namespace_hook(object.__setattr__, '__setattr__'),
    __delattr__=_namespace_hook(object.__delattr__, '__delattr__'))
ValueProxy = _proxy('ValueProxy', ('get', 'set'))
ValueProxy.value = property(ValueProxy.get, ValueProxy.set)

# The container proxies expose their referents' operations in sorted order
# (a list's __imul__ last, after the names a BaseListProxy shares).
_LIST_OPERATIONS = sorted(
    '__add__ __contains__ __delitem__ __getitem__ __len__ __mul__ __reversed__ '
    '__rmul__ __setitem__ append count extend index insert pop remove reverse '
    'sort'.split()) + ['__imul__']
BaseListProxy = MakeProxyType('BaseListProxy', _LIST_OPERATIONS)
ListProxy = _proxy('ListProxy', _LIST_OPERATIONS, base=BaseListProxy,
                   __iadd__=_extend_in_place, __imul__=_repeat_in_place)
ListProxy._exposed_ = BaseListProxy._exposed_

DictProxy = MakeProxyType('DictProxy', sorted(
    '__contains__ __delitem__ __getitem__ __iter__ __len__ __setitem__ clear copy '
    'get items keys pop popitem setdefault update values'.split()))
DictProxy._method_to_typeid_ = {'__iter__': 'Iterator'}

ArrayProxy = MakeProxyType('ArrayProxy', ('__len__', '__getitem__', '__setitem__'))

_POOL_OPERATIONS = sorted(
    'apply apply_async close imap imap_unordered join map map_async starmap '
    'starmap_async terminate'.split())
BasePoolProxy = MakeProxyType('PoolProxy', _POOL_OPERATIONS)
# What the asynchronous and lazy operations give back is itself held by
# the manager: an AsyncResult or an Iterator proxy.
BasePoolProxy._method_to_typeid_ = dict(
    [(n, 'AsyncResult') for n in _POOL_OPERATIONS if n.endswith('_async')]
    + [(n, 'Iterator') for n in _POOL_OPERATIONS if n.startswith('imap')])
PoolProxy = _proxy('PoolProxy', (), base=BasePoolProxy,
                   __enter__=_same, __exit__=_exit_terminating)
PoolProxy._exposed_ = BasePoolProxy._exposed_


def _make_pool(*args, **kwds):
    # The pool module is imported when a manager first makes a pool.
    from .pool import Pool
    return Pool(*args, **kwds)


class SyncManager(BaseManager):
    """The manager multiprocessing.Manager() starts: it holds dicts,
    lists, namespaces, values, arrays, queues and synchronization objects."""


for _typeid, _make, _proxytype in (
        ('Queue', queue.Queue, None),
        ('JoinableQueue', queue.Queue, None),
        ('Event', threading.Event, EventProxy),
        ('Lock', threading.Lock, AcquirerProxy),
        ('RLock', threading.RLock, AcquirerProxy),
        ('Semaphore', threading.Semaphore, AcquirerProxy),
        ('BoundedSemaphore', threading.BoundedSemaphore, AcquirerProxy),
        ('Condition', threading.Condition, ConditionProxy),
        ('Barrier', threading.Barrier, BarrierProxy),
        ('Pool', _make_pool, PoolProxy),
        ('list', list, ListProxy),
        ('dict', dict, DictProxy),
        ('Value', Value, ValueProxy),
        ('Array', Array, ArrayProxy),
        ('Namespace', Namespace, NamespaceProxy)):
    SyncManager.register(_typeid, _make, _proxytype)
# Types the manager makes only as results of other calls.
SyncManager.register('Iterator', proxytype=IteratorProxy, create_method=False)
SyncManager.register('AsyncResult', create_method=False)
del _typeid, _make, _proxytype
