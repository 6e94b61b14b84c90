# Pickler and Unpickler objects: files, memo across dumps, persistent
# ids, find_class restrictions, reducer_override and dispatch_table.
import pickle

class File:
    def __init__(self, data=b''):
        self.data = bytearray(data); self.pos = 0; self.writes = 0
    def write(self, b):
        self.writes += 1; self.data += b; return len(b)
    def read(self, n=-1):
        if n < 0: n = len(self.data) - self.pos
        b = bytes(self.data[self.pos:self.pos + n]); self.pos += len(b); return b
    def readline(self):
        i = self.data.find(b'\n', self.pos)
        end = len(self.data) if i < 0 else i + 1
        b = bytes(self.data[self.pos:end]); self.pos = end; return b

f = File()
pickle.dump({'a': [1, 2]}, f)
pickle.dump('second', f, protocol=2)
pickle.dump([3.5], f, 0)
print(bytes(f.data))
r = File(f.data)
print(pickle.load(r), pickle.load(r), pickle.load(r))
try:
    pickle.load(r)
except EOFError as e:
    print('EOFError', e)

f = File()
pk = pickle.Pickler(f, 2)
shared = ['shared']
pk.dump(shared); pk.dump(shared)
pk.clear_memo(); pk.dump(shared)
print(bytes(f.data))
up = pickle.Unpickler(File(f.data))
a, b, c = up.load(), up.load(), up.load()
print(a, b is a, c is a)

class DB(pickle.Pickler):
    def persistent_id(self, obj):
        if isinstance(obj, str) and obj.startswith('db:'):
            return obj[3:]
        return None
class DBLoad(pickle.Unpickler):
    def persistent_load(self, pid):
        return 'loaded<' + pid + '>'
for p in range(6):
    f = File()
    DB(f, p).dump(['db:key', 'plain', ('db:other',)])
    print(p, bytes(f.data))
    print(DBLoad(File(f.data)).load())
try:
    pickle.Unpickler(File(f.data)).load()
except pickle.UnpicklingError as e:
    print('UnpicklingError', e)

class Safe(pickle.Unpickler):
    def find_class(self, module, name):
        if module == 'builtins' and name in ('set', 'frozenset'):
            return super().find_class(module, name)
        raise pickle.UnpicklingError('global %s.%s is forbidden' % (module, name))
for o in ({1, 2}, [len]):
    try:
        print(Safe(File(pickle.dumps(o, 2))).load())
    except pickle.UnpicklingError as e:
        print('UnpicklingError', e)

class Point:
    def __init__(self, x): self.x = x
class Over(pickle.Pickler):
    def reducer_override(self, obj):
        if isinstance(obj, Point):
            return (complex, (obj.x, 1))
        return NotImplemented
f = File(); Over(f).dump([Point(3), 4]); print(pickle.loads(bytes(f.data)))

f = File()
pk = pickle.Pickler(f)
pk.dispatch_table = {Point: lambda p: (str, ('point %d' % p.x,))}
pk.dump(Point(9)); print(pickle.loads(bytes(f.data)))

for args, kw in [((), {}), ((1,), {}), ((File(),), {'protocol': 6}), ((object(),), {})]:
    try:
        pickle.Pickler(*args, **kw)
        print('made')
    except Exception as e:
        print(type(e).__name__, e)
for bad in [b'', b'x', b'\x80\x09', b'K', b'(K\x01t', b'h\x05.', b'\x80\x04\x95\x10\x00\x00', b'N', b'0.', b'1.', b'(t', b'\x85.', b'I12x\n.', b'S"abc\n.', b'Q.']:
    try:
        print(pickle.loads(bad))
    except Exception as e:
        print(repr(bad), type(e).__name__, e)
print(pickle.loads(b'S"abc"\n.'), pickle.loads(b'U\x03abc.', encoding='bytes'), pickle.loads(b'I01\n.'), pickle.loads(b'L12L\n.'))
try:
    pickle.loads('text')
except TypeError as e:
    print('TypeError', e)
print(pickle.loads(bytearray(pickle.dumps([1]))), pickle.loads(memoryview(pickle.dumps((2,)))))
