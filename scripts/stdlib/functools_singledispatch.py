# singledispatch and singledispatchmethod: registration by class, by
# annotation, by union, ABC-based dispatch, dispatch(), registry, errors.
from functools import singledispatch, singledispatchmethod
import collections.abc as cabc
from typing import Union


@singledispatch
def show(obj):
    return 'object:' + type(obj).__name__


@show.register
def _(obj: int):
    return 'int'


@show.register(list)
def _(obj):
    return 'list'


@show.register(cabc.Mapping)
def _(obj):
    return 'mapping'


@show.register(float | complex)
def _(obj):
    return 'float-or-complex'


@show.register
def _(obj: Union[bytes, bytearray]):
    return 'bytes-like'


class MyList(list):
    pass


print(show(1), show(True), show([]), show(MyList()), show({}), show('s'), show(1.5), show(2j), show(b''), show(bytearray()))
print(show.dispatch(bool).__name__, show.dispatch(dict) is show.registry[cabc.Mapping], show.registry[object] is show.__wrapped__)
print(sorted(k.__name__ for k in show.registry), type(show.registry).__name__, show.__name__)


@singledispatch
def seqs(obj):
    return 'default'


@seqs.register(cabc.Sized)
def _(obj):
    return 'sized'


@seqs.register(cabc.Iterable)
def _(obj):
    return 'iterable'


class OnlySized:
    def __len__(self):
        return 0


try:
    print(seqs(OnlySized()), seqs([]))
except RuntimeError as e:
    print('RuntimeError', e)


class Base:
    pass


class Derived(Base):
    pass


@singledispatch
def kind(x):
    return 'default'


kind.register(Base, lambda x: 'base')
print(kind(Derived()), kind(Base()), kind(3))
kind.register(Derived, lambda x: 'derived')
print(kind(Derived()))

for c in [lambda: show(), lambda: show.register(1, len), lambda: show.register(1), lambda: show.register(len),
          lambda: show.register(list[int], len)]:
    try:
        print(repr(c()))
    except Exception as e:
        print(type(e).__name__, e)


def bad(x: 'NotDefinedAnywhere'):
    pass


class Formatter:
    @singledispatchmethod
    def fmt(self, arg):
        return f'{self.__class__.__name__}: plain {arg!r}'

    @fmt.register
    def _(self, arg: int):
        return f'int {arg}'

    @fmt.register(str)
    def _(self, arg):
        return f'str {arg.upper()}'

    @singledispatchmethod
    @classmethod
    def cfmt(cls, arg):
        return f'{cls.__name__} cls plain'

    @cfmt.register
    @classmethod
    def _(cls, arg: int):
        return f'{cls.__name__} cls int'


f = Formatter()
print(f.fmt(1), f.fmt('a'), f.fmt(1.5), Formatter.cfmt(1), Formatter.cfmt(None), f.fmt.__name__)
try:
    singledispatchmethod(5)
except TypeError as e:
    print('TypeError', e)
