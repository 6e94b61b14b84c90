"""Shallow and deep copies of objects: copy(x) and deepcopy(x[, memo]).

A class controls how its instances are copied with __copy__() and
__deepcopy__(memo); otherwise an object is taken apart and rebuilt
through its reduction (__reduce_ex__(4), as pickle does), so that
__getstate__, __setstate__ and __getnewargs__ apply too."""

import types
from copyreg import dispatch_table


class Error(Exception):
    pass


error = Error   # the old name

__all__ = ["Error", "copy", "deepcopy"]


def copy(x):
    """A shallow copy of x: a new container holding the same items."""
    cls = type(x)
    copier = _shallow.get(cls)
    if copier is not None:
        return copier(x)
    if issubclass(cls, type):
        # Classes are not copied.
        return x
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    rv = _reduce(x, cls, "un(shallow)copyable object of type %s")
    if isinstance(rv, str):
        return x
    return _reconstruct(x, None, *rv)


def _reduce(x, cls, message):
    # The reduction of x: from copyreg's table, else its __reduce_ex__(4),
    # else its __reduce__().
    reductor = dispatch_table.get(cls)
    if reductor is not None:
        return reductor(x)
    reductor = getattr(x, "__reduce_ex__", None)
    if reductor is not None:
        return reductor(4)
    reductor = getattr(x, "__reduce__", None)
    if reductor is not None:
        return reductor()
    raise Error(message % cls)


def _same(x):
    return x


_shallow = {}
for _t in (type(None), int, float, bool, complex, str, tuple, bytes, frozenset,
           type, range, slice, property, types.BuiltinFunctionType,
           type(Ellipsis), type(NotImplemented), types.FunctionType):
    _shallow[_t] = _same
for _t in (list, dict, set):
    _shallow[_t] = _t.copy
_shallow[bytearray] = bytearray
del _t


def deepcopy(x, memo=None, _nil=[]):
    """A deep copy of x: its items copied recursively. memo maps the id of
    each object already copied to its copy, so that shared and recursive
    references are kept as such in the copy."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    copier = _deep.get(cls)
    if copier is not None:
        y = copier(x, memo)
    elif issubclass(cls, type):
        y = x
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None:
            y = copier(memo)
        else:
            rv = _reduce(x, cls, "un(deep)copyable object of type %s")
            if isinstance(rv, str):
                y = x
            else:
                y = _reconstruct(x, memo, *rv)
    # An object that is its own copy is not remembered.
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _atomic(x, memo):
    return x


_deep = {}
for _t in (type(None), type(Ellipsis), type(NotImplemented), int, float, bool,
           complex, bytes, str, types.CodeType, type, range,
           types.BuiltinFunctionType, types.FunctionType, property):
    _deep[_t] = _atomic
del _t


def _deepcopy_list(x, memo, deepcopy=deepcopy):
    y = []
    memo[id(x)] = y
    append = y.append
    for a in x:
        append(deepcopy(a, memo))
    return y


_deep[list] = _deepcopy_list


def _deepcopy_tuple(x, memo, deepcopy=deepcopy):
    y = [deepcopy(a, memo) for a in x]
    # A tuple holding itself (through a list) was copied on the way.
    try:
        return memo[id(x)]
    except KeyError:
        pass
    for k, j in zip(x, y):
        if k is not j:
            return tuple(y)
    # Nothing inside changed: the tuple is its own copy.
    return x


_deep[tuple] = _deepcopy_tuple


def _deepcopy_dict(x, memo, deepcopy=deepcopy):
    y = {}
    memo[id(x)] = y
    for key, value in x.items():
        y[deepcopy(key, memo)] = deepcopy(value, memo)
    return y


_deep[dict] = _deepcopy_dict


def _deepcopy_method(x, memo):
    # A bound method is bound to a copy of its object.
    return type(x)(x.__func__, deepcopy(x.__self__, memo))


_deep[types.MethodType] = _deepcopy_method


def _keep_alive(x, memo):
    """Keep x referenced from memo, so that its id is not reused (and
    mistaken for it) while memo is in use."""
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _reconstruct(x, memo, func, args,
                 state=None, listiter=None, dictiter=None,
                 *, deepcopy=deepcopy):
    # Rebuild an object from its reduction: func(*args), then its state
    # (through __setstate__, or into __dict__ and slots), then list items
    # and dict items. For a deep copy everything is copied first.
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y

    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, '__setstate__'):
            y.__setstate__(state)
        else:
            slotstate = None
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for key, value in slotstate.items():
                    setattr(y, key, value)

    if listiter is not None:
        if deep:
            for item in listiter:
                y.append(deepcopy(item, memo))
        else:
            for item in listiter:
                y.append(item)
    if dictiter is not None:
        if deep:
            for key, value in dictiter:
                y[deepcopy(key, memo)] = deepcopy(value, memo)
        else:
            for key, value in dictiter:
                y[key] = value
    return y


del types
