"""Copying objects.

copy(x) gives a shallow copy (a new object referring to the same parts);
deepcopy(x) a deep one (the parts are copied too, each only once, so
shared and circular references keep their shape).

A class decides how its instances are copied by defining __copy__() or
__deepcopy__(memo). Without them, an object is taken apart by its
reduction -- a copyreg registration, __reduce_ex__(4) or __reduce__(), the
same protocol pickle uses -- and put together again, which is how
__getstate__, __setstate__ and __getnewargs__ come into play."""

import types
import weakref
from copyreg import dispatch_table

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error   # the module's older name for it


def _itself(x, memo=None):
    # For objects that are never copied: immutable values, and objects
    # (functions, classes, code) that stand for themselves.
    return x


def _reduction(x, cls, failure):
    """x's reduction, asked for the way pickle asks: a reducer registered
    with copyreg for its exact class first, then __reduce_ex__(4), then
    __reduce__()."""
    registered = dispatch_table.get(cls)
    if registered is not None:
        return registered(x)
    by_protocol = getattr(x, "__reduce_ex__", None)
    if by_protocol is not None:
        return by_protocol(4)
    plain = getattr(x, "__reduce__", None)
    if not plain:
        raise Error(failure % cls)
    return plain()


# Shallow copying by exact type: everything immutable (or standing for
# itself) is its own copy; the mutable builtin containers copy themselves.
_SHALLOW = dict.fromkeys(
    (type(None), bool, int, float, complex, str, bytes, tuple, frozenset,
     range, slice, type, property, types.FunctionType, types.BuiltinFunctionType,
     types.CodeType, type(Ellipsis), type(NotImplemented), weakref.ref),
    _itself)
_SHALLOW.update((t, t.copy) for t in (list, dict, set, bytearray))


def copy(x):
    """A shallow copy of x."""
    cls = type(x)
    known = _SHALLOW.get(cls)
    if known:
        return known(x)
    if issubclass(cls, type):
        return x    # a class, metaclass instance: not copied
    hook = getattr(cls, "__copy__", None)
    if hook is not None:
        return hook(x)
    parts = _reduction(x, cls, "un(shallow)copyable object of type %s")
    if isinstance(parts, str):
        # A reduction naming a global: the object is a singleton.
        return x
    return _reconstruct(x, None, *parts)


def deepcopy(x, memo=None, _nil=[]):
    """A deep copy of x.

    memo maps id(original) to its copy for everything copied so far; pass
    the same dict to copy several objects that share parts (a
    __deepcopy__ method passes on the memo it was given)."""
    if memo is None:
        memo = {}
    key = id(x)
    done = memo.get(key, _nil)
    if done is not _nil:
        return done

    cls = type(x)
    known = _DEEP.get(cls)
    if known is not None:
        result = known(x, memo)
    elif issubclass(cls, type):
        result = x
    else:
        # __deepcopy__ is looked up on the instance (__copy__ on the class).
        hook = getattr(x, "__deepcopy__", None)
        result = _deep_by_reduction(x, cls, memo) if hook is None else hook(memo)

    # Objects that are their own copy need no memo entry; a real copy is
    # remembered, and the original kept alive so that its id, the memo's
    # key, cannot be reused by another object while the memo is in use.
    if result is not x:
        memo[key] = result
        _keep_alive(x, memo)
    return result


def _deep_by_reduction(x, cls, memo):
    parts = _reduction(x, cls, "un(deep)copyable object of type %s")
    return x if isinstance(parts, str) else _reconstruct(x, memo, *parts)


def _keep_alive(x, memo):
    memo.setdefault(id(memo), []).append(x)


def _deep_list(x, memo):
    result = []
    memo[id(x)] = result    # before the items, which may lead back to x
    result.extend(deepcopy(item, memo) for item in x)
    return result


def _deep_dict(x, memo):
    result = {}
    memo[id(x)] = result
    for k, v in x.items():
        result[deepcopy(k, memo)] = deepcopy(v, memo)
    return result


def _deep_tuple(x, memo):
    items = [deepcopy(item, memo) for item in x]
    # A tuple cannot be registered before its items are copied; if an
    # item led back to it, it has been copied on the way, and that copy
    # is the one to give.
    if id(x) in memo:
        return memo[id(x)]
    if all(new is old for new, old in zip(items, x)):
        return x    # nothing inside needed copying
    return tuple(items)


def _deep_method(x, memo):
    # A bound method is bound again, to a copy of its object.
    return type(x)(x.__func__, deepcopy(x.__self__, memo))


_DEEP = dict.fromkeys(
    (type(None), bool, int, float, complex, str, bytes, range, type,
     property, types.FunctionType, types.BuiltinFunctionType, types.CodeType,
     type(Ellipsis), type(NotImplemented), weakref.ref),
    _itself)
_DEEP.update({list: _deep_list, dict: _deep_dict, tuple: _deep_tuple,
              types.MethodType: _deep_method})


def _set_state(y, state):
    # The third part of a reduction: handed to __setstate__ when y has
    # one; otherwise a __dict__ update, or a (dict, slot values) pair.
    if hasattr(y, '__setstate__'):
        y.__setstate__(state)
        return
    slot_values = None
    if isinstance(state, tuple) and len(state) == 2:
        state, slot_values = state
    if state is not None:
        y.__dict__.update(state)
    if slot_values is not None:
        for name, value in slot_values.items():
            setattr(y, name, value)


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None):
    """Build the copy of x from its reduction: func(*args), then the state,
    then the items listiter yields (appended) and the pairs dictiter yields
    (stored). memo is None for a shallow copy; for a deep one every part
    is deep-copied on the way, and the new object is in the memo before
    its state, so that references back to x find it."""
    if memo is None:
        part = _itself
    else:
        def part(value):
            return deepcopy(value, memo)
        if args:
            args = part(args)
    y = func(*args)
    if memo is not None:
        memo[id(x)] = y
    if state is not None:
        _set_state(y, part(state))
    if listiter is not None:
        for item in listiter:
            y.append(part(item))
    if dictiter is not None:
        for k, v in dictiter:
            k = part(k)
            y[k] = part(v)
    return y


del types, weakref
