"""The types of builtin objects that have no builtin name
(FunctionType, GeneratorType, ModuleType...), and helpers for creating
classes dynamically (new_class, prepare_class, resolve_bases)."""

import sys


def _function():
    pass


FunctionType = type(_function)
LambdaType = type(lambda: None)
CodeType = type(_function.__code__)
MappingProxyType = type(type.__dict__)
SimpleNamespace = type(sys.implementation)
NoneType, EllipsisType, NotImplementedType = type(None), type(...), type(NotImplemented)
GenericAlias, UnionType = type(list[int]), type(int | str)


def _cell_maker():
    a = 1

    def inner():
        return a
    return inner.__closure__[0]


CellType = type(_cell_maker())


def _generator():
    yield 1


GeneratorType = type(_generator())


async def _coroutine():
    pass


_coro = _coroutine()
CoroutineType = type(_coro)
_coro.close()  # no "never awaited" warning
del _coro


async def _async_generator():
    yield


_ag = _async_generator()
AsyncGeneratorType = type(_ag)
del _ag


class _C:
    def _method(self):
        pass


MethodType = type(_C()._method)

# The kinds of builtin callables, each the type of one example.
BuiltinFunctionType = BuiltinMethodType = type(abs)
WrapperDescriptorType = type(int.__add__)
MethodWrapperType = type((0).__add__)
MethodDescriptorType = type(list.append)
ClassMethodDescriptorType = type(int.__dict__['from_bytes'])
ModuleType = type(sys)


def _traceback_and_frame():
    try:
        1 / 0
    except ZeroDivisionError as caught:
        tb = caught.__traceback__
        return type(tb), type(tb.tb_frame)


TracebackType, FrameType = _traceback_and_frame()
GetSetDescriptorType = type(FunctionType.__code__)


class _Slotted:
    __slots__ = ('member',)


MemberDescriptorType = type(_Slotted.member)

del sys, _traceback_and_frame, _function, _cell_maker, _generator, _coroutine, _async_generator, _C, _Slotted


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Create a class the way a class statement would: bases may be
    objects with __mro_entries__, kwds holds the keywords (metaclass
    among them), and exec_body(ns) fills the namespace."""
    real_bases = resolve_bases(bases)
    meta, namespace, keywords = prepare_class(name, real_bases, kwds)
    if exec_body:
        exec_body(namespace)
    if real_bases != bases:
        # The class remembers what the statement named (PEP 560).
        namespace['__orig_bases__'] = bases
    return meta(name, real_bases, namespace, **keywords)


def resolve_bases(bases):
    """Replace the bases that have __mro_entries__ (generic aliases, for
    instance) by what it returns, as class statements do (PEP 560)."""
    out = []
    for base in bases:
        entries = None
        if not isinstance(base, type):
            hook = getattr(base, '__mro_entries__', None)
            if hook is not None:
                entries = hook(bases)
                if not isinstance(entries, tuple):
                    raise TypeError("__mro_entries__ must return a tuple")
        if entries is None:
            out.append(base)
        else:
            out.extend(entries)
            out.append(_REPLACED)
    if _REPLACED not in out:
        return bases
    return tuple(b for b in out if b is not _REPLACED)


# Marks, in resolve_bases's work list, that some base was replaced.
_REPLACED = object()


def prepare_class(name, bases=(), kwds=None):
    """The first steps of creating a class: (metaclass, namespace,
    remaining keywords). The metaclass is kwds['metaclass'] if given,
    else derived from the bases; the namespace comes from its
    __prepare__ when it has one."""
    keywords = dict(kwds or {})
    meta = keywords.pop('metaclass', type(bases[0]) if bases else type)
    if isinstance(meta, type):
        # Only a metaclass that is a class is refined by the bases'.
        meta = _most_derived_meta(meta, bases)
    prepare = getattr(meta, '__prepare__', None)
    namespace = prepare(name, bases, **keywords) if prepare is not None else {}
    return meta, namespace, keywords


def _most_derived_meta(meta, bases):
    # The metaclasses of meta and the bases must form one chain of
    # subclasses; the class gets the most derived.
    candidates = [meta] + [type(b) for b in bases]
    best = meta
    for m in candidates:
        if issubclass(best, m):
            continue
        if not issubclass(m, best):
            raise TypeError("metaclass conflict: the metaclass of a derived class "
                            "must be a (non-strict) subclass of the metaclasses "
                            "of all its bases")
        best = m
    return best


class DynamicClassAttribute:
    """An attribute computed by functions on instances that, read on the
    class, defers to the class's __getattr__ (it raises AttributeError
    there): enum uses it so that members can have attributes named like
    the enum class's own."""

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget, self.fset, self.fdel = fget, fset, fdel
        # Without a doc of its own, the getter's docstring documents it,
        # and a later getter() may replace that.
        self.overwrite_doc = doc is None
        self.__doc__ = doc if doc else getattr(fget, '__doc__', None)
        self.__isabstractmethod__ = bool(getattr(fget, '__isabstractmethod__', False))

    def __get__(self, instance, ownerclass=None):
        if instance is not None:
            if self.fget is None:
                raise AttributeError("unreadable attribute")
            return self.fget(instance)
        if self.__isabstractmethod__:
            return self
        raise AttributeError()

    def __set__(self, instance, value):
        _call_or_refuse(self.fset, "can't set attribute", instance, value)

    def __delete__(self, instance):
        _call_or_refuse(self.fdel, "can't delete attribute", instance)

    def _with(self, fget, fset, fdel, doc):
        copy = type(self)(fget, fset, fdel, doc)
        copy.overwrite_doc = self.overwrite_doc
        return copy

    def getter(self, fget):
        doc = (fget.__doc__ if self.overwrite_doc else None) or self.__doc__
        return self._with(fget, self.fset, self.fdel, doc)

    def setter(self, fset):
        return self._with(self.fget, fset, self.fdel, self.__doc__)

    def deleter(self, fdel):
        return self._with(self.fget, self.fset, fdel, self.__doc__)


def _call_or_refuse(fn, refusal, *args):
    if fn is None:
        raise AttributeError(refusal)
    fn(*args)


class _AwaitableGenerator:
    # What a coroutine()-decorated callable returns when it makes a
    # generator-like object that is not a real generator: the object,
    # given __await__ and the cr_ names of a coroutine.
    def __init__(self, it):
        self._it = it
        self.__name__ = getattr(it, '__name__', None)
        self.__qualname__ = getattr(it, '__qualname__', None)

    def __getattr__(self, name):
        # send, throw, close and the gi_ attributes are the object's own;
        # the cr_ attributes are the matching gi_ ones.
        if name in ('cr_code', 'cr_frame', 'cr_running'):
            name = 'gi_' + name[3:]
        elif name == 'cr_await':
            name = 'gi_yieldfrom'
        elif name not in ('send', 'throw', 'close', 'gi_code', 'gi_frame',
                          'gi_running', 'gi_yieldfrom'):
            raise AttributeError(name)
        return getattr(self._it, name)

    def __next__(self):
        return next(self._it)

    def __iter__(self):
        return self._it if type(self._it) is GeneratorType else self

    __await__ = __iter__


def coroutine(func):
    """Make a generator function usable as a coroutine function: its
    generators can be awaited (and can themselves await)."""
    if not callable(func):
        raise TypeError('types.coroutine() expects a callable')

    from _gilpy_stdlib import mark_iterable_coroutine
    if isinstance(func, FunctionType) and mark_iterable_coroutine(func):
        return func

    # Any other callable: what it returns is passed through when it can
    # be awaited already, and made awaitable when it is a generator-like
    # object.
    import functools
    from collections import abc

    def awaitable(result):
        if type(result) is CoroutineType:
            return result
        if type(result) is GeneratorType and result.gi_code.co_flags & 0x100:
            return result
        if isinstance(result, abc.Generator) and not isinstance(result, abc.Coroutine):
            return _AwaitableGenerator(result)
        return result

    return functools.wraps(func)(lambda *args, **kwargs: awaitable(func(*args, **kwargs)))


# The public names, in the order CPython's module defines them (its
# __all__ shows that order).
__all__ = """FunctionType LambdaType CodeType MappingProxyType SimpleNamespace
CellType GeneratorType CoroutineType AsyncGeneratorType MethodType
BuiltinFunctionType BuiltinMethodType WrapperDescriptorType MethodWrapperType
MethodDescriptorType ClassMethodDescriptorType ModuleType TracebackType
FrameType GetSetDescriptorType MemberDescriptorType new_class resolve_bases
prepare_class DynamicClassAttribute coroutine GenericAlias UnionType
EllipsisType NoneType NotImplementedType""".split()
