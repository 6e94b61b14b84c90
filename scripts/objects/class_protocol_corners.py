# Class machinery corners: __class_getitem__, __set_name__ (and its
# errors), __init_subclass__ with keyword arguments, __instancecheck__ and
# __subclasscheck__, __slots__ interactions, descriptor precedence,
# super() in class and static methods and with explicit arguments,
# __subclasses__, and builtin subclasses carrying extra attributes.
def s(f):
    try:
        return repr(f())
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)

print('== __class_getitem__')
class G:
    def __class_getitem__(cls, item):
        return (cls.__name__, item)
class H(G):
    pass
print(G[int], H[int, str], G[()], s(lambda: G()[0]), type(G.__dict__['__class_getitem__']).__name__)
class NoCGI:
    pass
print(s(lambda: NoCGI[int]), s(lambda: list[int]), s(lambda: dict[str, int]), s(lambda: type[int]), s(lambda: int[str]))
print(list[int](), list[int] == list[int], list[int].__origin__, list[int].__args__, s(lambda: isinstance([], list[int])))
class Meta(type):
    def __getitem__(cls, item):
        return 'Meta.__getitem__'
class WithBoth(metaclass=Meta):
    def __class_getitem__(cls, item):
        return 'cgi'
print(WithBoth[1])
class NotCallable:
    __class_getitem__ = 5
print(s(lambda: NotCallable[1]))

print('== __set_name__')
class Named:
    def __set_name__(self, owner, name):
        print('set_name', owner.__name__, name)
        self.name = name
class BadSetName:
    def __set_name__(self, owner, name):
        raise ValueError('nope')
class WrongArity:
    def __set_name__(self):
        pass
class C1:
    a = Named()
    b = Named()
print(C1.a.name, C1.b.name)
print(s(lambda: type('C2', (), {'x': BadSetName()})))
print(s(lambda: type('C3', (), {'x': WrongArity()})))
n = Named()
C4 = type('C4', (), {'p': n, 'q': n})
print(n.name)
class C5:
    pass
C5.late = Named()
print(hasattr(C5.late, 'name'))

print('== __init_subclass__')
class Base:
    def __init_subclass__(cls, /, tag=None, **kw):
        print('init_subclass', cls.__name__, tag, kw)
        super().__init_subclass__(**kw)
        cls.tag = tag
class Sub(Base, tag='t1'):
    pass
class Sub2(Sub):
    pass
print(Sub.tag, Sub2.tag, s(lambda: type('Sub3', (Base,), {}, tag='x')))
print(s(lambda: type('Sub4', (Base,), {}, other=1)))
print(s(lambda: type('Sub5', (object,), {}, other=1)))
class Plain:
    pass
try:
    class Bad(Plain, kw=1):
        pass
except TypeError as e:
    print(e)
class ExplicitCM:
    @classmethod
    def __init_subclass__(cls):
        print('explicit classmethod', cls.__name__)
class ECSub(ExplicitCM):
    pass

print('== instancecheck / subclasscheck')
class MetaCheck(type):
    def __instancecheck__(cls, inst):
        print('instancecheck', cls.__name__, type(inst).__name__)
        return inst == 'yes'
    def __subclasscheck__(cls, sub):
        print('subclasscheck', cls.__name__, sub.__name__)
        return sub is int
class Checker(metaclass=MetaCheck):
    pass
print(isinstance('yes', Checker), isinstance('no', Checker), isinstance(Checker(), Checker))
print(issubclass(int, Checker), issubclass(str, Checker), issubclass(Checker, Checker))
print(isinstance('yes', (int, Checker)), issubclass(bool, (str, Checker)))
print(s(lambda: isinstance(1, 5)), s(lambda: issubclass(1, int)), s(lambda: issubclass(int, (int, 5))), s(lambda: isinstance(1, (str, (int,)))))
class Weird:
    __bases__ = ()
class WeirdCls:
    __class__ = int
print(s(lambda: issubclass(Weird(), Weird)), s(lambda: isinstance(WeirdCls(), int)), s(lambda: isinstance(1, int | str)), s(lambda: issubclass(bool, int | None)))
class MetaRaise(type):
    def __instancecheck__(cls, inst):
        raise RuntimeError('from instancecheck')
class RaiseCheck(metaclass=MetaRaise):
    pass
print(s(lambda: isinstance(1, RaiseCheck)), s(lambda: isinstance(RaiseCheck(), RaiseCheck)))

print('== __slots__')
class S1:
    __slots__ = ('a', 'b')
class S2(S1):
    __slots__ = ('c',)
class S3(S1):
    pass
o = S2()
o.a = 1
print(s(lambda: o.b), s(lambda: setattr(o, 'd', 1)), s(lambda: o.__dict__), hasattr(S3(), '__dict__'), S2.__slots__, type(S1.a).__name__)
print(s(lambda: type('X', (), {'__slots__': ('a',), 'a': 1})), s(lambda: type('X', (), {'__slots__': ('__dict__', '__dict__')})))
print(s(lambda: type('X', (), {'__slots__': 5})), s(lambda: type('X', (), {'__slots__': ('1a',)})), s(lambda: type('X', (), {'__slots__': (1,)})))
print(s(lambda: type('X', (int,), {'__slots__': ('a',)})), s(lambda: type('X', (tuple,), {'__slots__': ('a',)})), s(lambda: type('X', (int,), {'__slots__': ()})().real))
print(s(lambda: type('X', (S1, type('Y', (), {'__slots__': ('z',)})), {})))
class SW:
    __slots__ = ('__weakref__', '__dict__', 'x')
w = SW()
w.y = 2
print(w.__dict__, s(lambda: w.x), SW.__weakref__.__name__, type(SW.__dict__['__dict__']).__name__)
class SPriv:
    __slots__ = ('__p',)
    def set(self): self.__p = 1; return self.__p
print(SPriv().set(), [k for k in SPriv.__dict__ if 'p' in k])
del o.a
print(s(lambda: o.a), s(lambda: delattr(o, 'a')))

print('== descriptor precedence')
class Data:
    def __get__(self, obj, owner): return 'data get'
    def __set__(self, obj, v): print('data set', v)
class NonData:
    def __get__(self, obj, owner): return 'nondata get'
class GetOnlySet:
    def __set__(self, obj, v): print('set only', v)
class P:
    d = Data()
    n = NonData()
    so = GetOnlySet()
p = P()
p.__dict__.update(d='inst d', n='inst n', so='inst so')
print(p.d, p.n, p.so is not None and type(p.so).__name__ if not isinstance(p.so, str) else p.so)
p.d = 1
p.n = 2
print(p.__dict__, P.d, P.n, type(P.__dict__['so']).__name__)
class Del:
    def __get__(self, obj, owner): return 'got'
    def __delete__(self, obj): print('delete called')
class PD:
    x = Del()
pd = PD()
del pd.x
print(s(lambda: setattr(pd, 'x', 1)))
print(s(lambda: delattr(P(), 'n')), s(lambda: delattr(P(), 'd')))
class OnlyGetDesc:
    def __get__(self, obj, owner): return ('get', obj is None, owner.__name__)
class Owner:
    g = OnlyGetDesc()
print(Owner.g, Owner().g)
class Prop:
    @property
    def v(self): return 'prop'
pp = Prop()
pp.__dict__['v'] = 'inst'
print(pp.v, s(lambda: setattr(pp, 'v', 1)), s(lambda: delattr(pp, 'v')))

print('== super')
class A:
    def who(self): return 'A.who'
    @classmethod
    def cm(cls): return 'A.cm ' + cls.__name__
    @staticmethod
    def sm(): return 'A.sm'
class B(A):
    def who(self): return 'B>' + super().who()
    @classmethod
    def cm(cls): return 'B>' + super().cm()
    @staticmethod
    def sm(): return 'B>' + super().sm()
    @staticmethod
    def sm2(): return 'B>' + super(B, B).sm()
class C(B):
    def who(self): return 'C>' + super(B, self).who()
print(C().who(), B.cm(), C.cm(), s(B.sm), B.sm2(), s(lambda: super(B, 1)), s(lambda: super(1, B())), s(lambda: super()))
print(super(B, B()).who(), super(B, B).cm(), super(C, C).who(C()), super(B).__self__, s(lambda: super(B).who))
print(repr(super(B, B())).split(' at ')[0].startswith('<super: <class'), super(B, B()).__thisclass__.__name__, super(B, C).__self_class__.__name__)
def outside():
    return super().x
print(s(outside))
class Z:
    def m(self):
        del self
        return super().__repr__
print(s(lambda: Z().m()))
class Z2:
    def m(*args):
        return super().__class__
print(s(lambda: Z2().m()))
class Z3:
    @staticmethod
    def f(x):
        return super().__class__
print(s(lambda: Z3.f(1)))

print('== __subclasses__')
class Root: pass
class K1(Root): pass
class K2(Root): pass
class K3(K1, K2): pass
print([c.__name__ for c in Root.__subclasses__()], [c.__name__ for c in K1.__subclasses__()], K3.__subclasses__())
print(s(lambda: type.__subclasses__(Root) == Root.__subclasses__()), bool.__subclasses__(), [c.__name__ for c in (lambda: 0).__class__.__subclasses__()])

print('== builtin subclasses with attributes')
class MyInt(int):
    def __new__(cls, v, unit):
        o = super().__new__(cls, v)
        o.unit = unit
        return o
class MyStr(str):
    extra = 'class attr'
class MyList(list):
    def __init__(self, *a, tag=None):
        super().__init__(*a)
        self.tag = tag
class MyDict(dict):
    pass
class MyErr(Exception):
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code
i = MyInt(5, 'kg')
ms = MyStr('hi')
ms.note = 'n'
ml = MyList([1, 2], tag='t')
md = MyDict(a=1)
md.attr = 'x'
print(i, i.unit, i + 1, type(i + 1).__name__, repr(i), i.__dict__, type(-i).__name__)
print(ms, ms.note, ms.extra, ms.upper(), type(ms.upper()).__name__, ms.__dict__, type(ms + 'x').__name__)
print(ml, ml.tag, ml + [3], type(ml + [3]).__name__, type(ml[:1]).__name__, ml.__dict__, ml == [1, 2])
print(md, md.attr, md.__dict__, type(md.copy()).__name__, type(md | {}).__name__, md == {'a': 1})
try:
    raise MyErr('boom', 42)
except MyErr as e:
    print(repr(e), str(e), e.code, e.args, e.__dict__)
print(s(lambda: MyErr('x')), isinstance(i, int), isinstance(ms, str), isinstance(ml, list), isinstance(md, dict))
class NoDict(int):
    __slots__ = ()
print(s(lambda: setattr(NoDict(1), 'a', 1)), s(lambda: NoDict(1).__dict__))
print(s(lambda: setattr(1, 'a', 1)), s(lambda: setattr('s', 'a', 1)), s(lambda: setattr([], 'a', 1)), s(lambda: setattr(object(), 'a', 1)))
