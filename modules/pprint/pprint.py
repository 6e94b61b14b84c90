"""Pretty-print Python data structures.

pformat(obj) returns the repr of obj laid out over several lines when it
does not fit in the given width, with nested containers indented;
pprint(obj) prints it, pp(obj) prints it without sorting dicts.
PrettyPrinter holds the options; saferepr, isreadable and isrecursive
look at a value without pretty-printing it.
"""

import collections as _collections
import dataclasses as _dataclasses
import re
import sys as _sys
import types as _types
from io import StringIO as _StringIO

__all__ = ["pprint", "pformat", "isreadable", "isrecursive", "saferepr",
           "PrettyPrinter", "pp"]


def pprint(object, stream=None, indent=1, width=80, depth=None, *,
           compact=False, sort_dicts=True, underscore_numbers=False):
    """Print the pretty form of object to stream (sys.stdout by default)."""
    PrettyPrinter(stream=stream, indent=indent, width=width, depth=depth,
                  compact=compact, sort_dicts=sort_dicts,
                  underscore_numbers=underscore_numbers).pprint(object)


def pformat(object, indent=1, width=80, depth=None, *,
            compact=False, sort_dicts=True, underscore_numbers=False):
    """Return the pretty form of object as a str."""
    return PrettyPrinter(indent=indent, width=width, depth=depth,
                         compact=compact, sort_dicts=sort_dicts,
                         underscore_numbers=underscore_numbers).pformat(object)


def pp(object, *args, sort_dicts=False, **kwargs):
    """pprint, keeping dicts in their own order unless told otherwise."""
    pprint(object, *args, sort_dicts=sort_dicts, **kwargs)


def saferepr(object):
    """A repr of object that shows recursive containers without looping."""
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[0]


def isreadable(object):
    """Whether eval() of the repr of object would rebuild it."""
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[1]


def isrecursive(object):
    """Whether object contains itself."""
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[2]


class _safe_key:
    """Sort key that orders values of any types: by their own < when they
    allow it, else by (type name, id) so that sorting never fails."""

    __slots__ = ['obj']

    def __init__(self, obj):
        self.obj = obj

    def __lt__(self, other):
        try:
            return self.obj < other.obj
        except TypeError:
            return ((str(type(self.obj)), id(self.obj)) <
                    (str(type(other.obj)), id(other.obj)))


def _safe_tuple(pair):
    return _safe_key(pair[0]), _safe_key(pair[1])


def _recursion(object):
    return ("<Recursion on %s with id=%s>"
            % (type(object).__name__, id(object)))


# The types whose repr is always safe and readable.
_builtin_scalars = frozenset({str, bytes, bytearray, float, complex,
                              bool, type(None)})


def _bytes_chunks(data, width, allowance):
    """Split bytes into reprs no wider than width, four bytes at a time
    (the last line allowing for what follows it)."""
    current = b''
    last = len(data) // 4 * 4
    for start in range(0, len(data), 4):
        part = data[start:start + 4]
        candidate = current + part
        if start == last:
            width -= allowance
        if len(repr(candidate)) > width:
            if current:
                yield repr(current)
            current = part
        else:
            current = candidate
    if current:
        yield repr(current)


class PrettyPrinter:
    def __init__(self, indent=1, width=80, depth=None, stream=None, *,
                 compact=False, sort_dicts=True, underscore_numbers=False):
        """Set the options.

        indent is the added indentation per nesting level, width the
        line length aimed for, depth how many levels are shown (deeper
        ones print as ...), stream where pprint writes. compact packs
        several short items of a sequence on a line; sort_dicts orders
        dicts by key; underscore_numbers writes ints with _ separators.
        """
        indent = int(indent)
        width = int(width)
        if indent < 0:
            raise ValueError('indent must be >= 0')
        if depth is not None and depth <= 0:
            raise ValueError('depth must be > 0')
        if not width:
            raise ValueError('width must be != 0')
        self._depth = depth
        self._indent_per_level = indent
        self._width = width
        self._stream = stream if stream is not None else _sys.stdout
        self._compact = bool(compact)
        self._sort_dicts = sort_dicts
        self._underscore_numbers = underscore_numbers

    def pprint(self, object):
        if self._stream is not None:
            self._format(object, self._stream, 0, 0, {}, 0)
            self._stream.write("\n")

    def pformat(self, object):
        out = _StringIO()
        self._format(object, out, 0, 0, {}, 0)
        return out.getvalue()

    def isrecursive(self, object):
        return self.format(object, {}, 0, 0)[2]

    def isreadable(self, object):
        _, readable, recursive = self.format(object, {}, 0, 0)
        return readable and not recursive

    def format(self, object, context, maxlevels, level):
        """Return (repr, readable, recursive) for object; subclasses
        override this to change how values print. context holds the ids
        of the containers being formatted."""
        return self._safe_repr(object, context, maxlevels, level)

    # Layout. indent is the column the value starts at; allowance the
    # number of characters that will follow it on its last line.

    def _format(self, object, stream, indent, allowance, context, level):
        key = id(object)
        if key in context:
            stream.write(_recursion(object))
            self._recursive = True
            self._readable = False
            return
        text = self._repr(object, context, level)
        if len(text) > self._width - indent - allowance:
            layout = self._layouts.get(type(object).__repr__)
            if layout is None and self._is_plain_dataclass(object):
                layout = PrettyPrinter._pprint_dataclass
            if layout is not None:
                context[key] = 1
                layout(self, object, stream, indent, allowance, context,
                       level + 1)
                del context[key]
                return
        stream.write(text)

    @staticmethod
    def _is_plain_dataclass(object):
        # A dataclass instance whose repr is the one dataclass generated.
        if not _dataclasses.is_dataclass(object) or isinstance(object, type):
            return False
        if not object.__dataclass_params__.repr:
            return False
        wrapped = getattr(object.__repr__, "__wrapped__", None)
        return (wrapped is not None
                and "__create_fn__" in wrapped.__qualname__)

    def _pprint_dataclass(self, object, stream, indent, allowance, context, level):
        name = object.__class__.__name__
        fields = [(f.name, getattr(object, f.name))
                  for f in _dataclasses.fields(object) if f.repr]
        stream.write(name + '(')
        self._format_namespace_items(fields, stream, indent + len(name) + 1,
                                     allowance, context, level)
        stream.write(')')

    def _pprint_dict(self, object, stream, indent, allowance, context, level):
        stream.write('{')
        if self._indent_per_level > 1:
            stream.write((self._indent_per_level - 1) * ' ')
        if len(object):
            if self._sort_dicts:
                items = sorted(object.items(), key=_safe_tuple)
            else:
                items = object.items()
            self._format_dict_items(items, stream, indent, allowance + 1,
                                    context, level)
        stream.write('}')

    def _pprint_ordered_dict(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        name = object.__class__.__name__
        stream.write(name + '(')
        self._format(list(object.items()), stream, indent + len(name) + 1,
                     allowance + 1, context, level)
        stream.write(')')

    def _pprint_list(self, object, stream, indent, allowance, context, level):
        stream.write('[')
        self._format_items(object, stream, indent, allowance + 1, context, level)
        stream.write(']')

    def _pprint_tuple(self, object, stream, indent, allowance, context, level):
        stream.write('(')
        close = ',)' if len(object) == 1 else ')'
        self._format_items(object, stream, indent, allowance + len(close),
                           context, level)
        stream.write(close)

    def _pprint_set(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        cls = object.__class__
        if cls is set:
            stream.write('{')
            close = '}'
        else:
            stream.write(cls.__name__ + '({')
            close = '})'
            indent += len(cls.__name__) + 1
        self._format_items(sorted(object, key=_safe_key), stream, indent,
                           allowance + len(close), context, level)
        stream.write(close)

    def _pprint_str(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        if level == 1:
            # At the top a long string gets parentheses around its pieces.
            indent += 1
            allowance += 1
        width = self._width - indent
        lines = object.splitlines(True)
        pieces = []
        for lineno, line in enumerate(lines):
            last_line = lineno == len(lines) - 1
            rep = repr(line)
            if len(rep) <= (width - allowance if last_line else width):
                pieces.append(rep)
                continue
            # Break the line after runs of whitespace.
            words = re.findall(r'\S*\s*', line)
            words.pop()
            limit = width
            current = ''
            for wordno, word in enumerate(words):
                candidate = current + word
                if last_line and wordno == len(words) - 1:
                    limit -= allowance
                if len(repr(candidate)) > limit:
                    if current:
                        pieces.append(repr(current))
                    current = word
                else:
                    current = candidate
            if current:
                pieces.append(repr(current))
        if len(pieces) == 1:
            stream.write(rep)
            return
        if level == 1:
            stream.write('(')
        stream.write(('\n' + ' ' * indent).join(pieces))
        if level == 1:
            stream.write(')')

    def _pprint_bytes(self, object, stream, indent, allowance, context, level):
        if len(object) <= 4:
            stream.write(repr(object))
            return
        top = level == 1
        if top:
            indent += 1
            allowance += 1
            stream.write('(')
        stream.write(('\n' + ' ' * indent).join(
            _bytes_chunks(object, self._width - indent, allowance)))
        if top:
            stream.write(')')

    def _pprint_bytearray(self, object, stream, indent, allowance, context, level):
        stream.write('bytearray(')
        self._pprint_bytes(bytes(object), stream, indent + 10,
                           allowance + 1, context, level + 1)
        stream.write(')')

    def _pprint_mappingproxy(self, object, stream, indent, allowance, context, level):
        stream.write('mappingproxy(')
        self._format(object.copy(), stream, indent + 13, allowance + 1,
                     context, level)
        stream.write(')')

    def _pprint_simplenamespace(self, object, stream, indent, allowance, context, level):
        if type(object) is _types.SimpleNamespace:
            name = 'namespace'
        else:
            name = object.__class__.__name__
        stream.write(name + '(')
        self._format_namespace_items(object.__dict__.items(), stream,
                                     indent + len(name) + 1, allowance,
                                     context, level)
        stream.write(')')

    def _format_dict_items(self, items, stream, indent, allowance, context, level):
        indent += self._indent_per_level
        separator = ',\n' + ' ' * indent
        items = list(items)
        for i, (key, value) in enumerate(items):
            last = i == len(items) - 1
            rep = self._repr(key, context, level)
            stream.write(rep)
            stream.write(': ')
            self._format(value, stream, indent + len(rep) + 2,
                         allowance if last else 1, context, level)
            if not last:
                stream.write(separator)

    def _format_namespace_items(self, items, stream, indent, allowance, context, level):
        separator = ',\n' + ' ' * indent
        items = list(items)
        for i, (key, value) in enumerate(items):
            last = i == len(items) - 1
            stream.write(key)
            stream.write('=')
            if id(value) in context:
                # A field holding a container being printed shows as ...,
                # as the dataclass repr shows it.
                stream.write("...")
            else:
                self._format(value, stream, indent + len(key) + 1,
                             allowance if last else 1, context, level)
            if not last:
                stream.write(separator)

    def _format_items(self, items, stream, indent, allowance, context, level):
        indent += self._indent_per_level
        if self._indent_per_level > 1:
            stream.write((self._indent_per_level - 1) * ' ')
        separator = ',\n' + ' ' * indent
        room = full = self._width - indent + 1
        delim = ''
        it = iter(items)
        try:
            following = next(it)
        except StopIteration:
            return
        last = False
        while not last:
            item = following
            try:
                following = next(it)
            except StopIteration:
                last = True
                full -= allowance
                room -= allowance
            if self._compact:
                rep = self._repr(item, context, level)
                needed = len(rep) + 2
                if room < needed:
                    room = full
                    if delim:
                        delim = separator
                if room >= needed:
                    room -= needed
                    stream.write(delim)
                    delim = ', '
                    stream.write(rep)
                    continue
            stream.write(delim)
            delim = separator
            self._format(item, stream, indent, allowance if last else 1,
                         context, level)

    def _repr(self, object, context, level):
        rep, readable, recursive = self.format(object, context.copy(),
                                               self._depth, level)
        if not readable:
            self._readable = False
        if recursive:
            self._recursive = True
        return rep

    def _pprint_default_dict(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        factory = self._repr(object.default_factory, context, level)
        name = object.__class__.__name__
        indent += len(name) + 1
        stream.write('%s(%s,\n%s' % (name, factory, ' ' * indent))
        self._pprint_dict(object, stream, indent, allowance + 1, context, level)
        stream.write(')')

    def _pprint_counter(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        name = object.__class__.__name__
        stream.write(name + '({')
        if self._indent_per_level > 1:
            stream.write((self._indent_per_level - 1) * ' ')
        self._format_dict_items(object.most_common(), stream,
                                indent + len(name) + 1, allowance + 2,
                                context, level)
        stream.write('})')

    def _pprint_chain_map(self, object, stream, indent, allowance, context, level):
        if not len(object.maps):
            stream.write(repr(object))
            return
        name = object.__class__.__name__
        stream.write(name + '(')
        indent += len(name) + 1
        for i, mapping in enumerate(object.maps):
            if i == len(object.maps) - 1:
                self._format(mapping, stream, indent, allowance + 1, context, level)
                stream.write(')')
            else:
                self._format(mapping, stream, indent, 1, context, level)
                stream.write(',\n' + ' ' * indent)

    def _pprint_deque(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        name = object.__class__.__name__
        stream.write(name + '([')
        indent += len(name) + 1
        if object.maxlen is None:
            self._format_items(object, stream, indent, allowance + 2, context, level)
            stream.write('])')
        else:
            self._format_items(object, stream, indent, 2, context, level)
            maxlen = self._repr(object.maxlen, context, level)
            stream.write('],\n%smaxlen=%s)' % (' ' * indent, maxlen))

    def _pprint_user_dict(self, object, stream, indent, allowance, context, level):
        self._format(object.data, stream, indent, allowance, context, level - 1)

    _pprint_user_list = _pprint_user_dict
    _pprint_user_string = _pprint_user_dict

    # Reprs of values, with the containers' contents formatted by format().

    def _safe_repr(self, object, context, maxlevels, level):
        typ = type(object)
        if typ in _builtin_scalars:
            return repr(object), True, False
        own_repr = getattr(typ, "__repr__", None)
        if issubclass(typ, int) and own_repr is int.__repr__:
            if self._underscore_numbers:
                return f"{object:_d}", True, False
            return repr(object), True, False
        if issubclass(typ, dict) and own_repr is dict.__repr__:
            if not object:
                return "{}", True, False
            if self._sort_dicts:
                items = lambda: sorted(object.items(), key=_safe_tuple)
            else:
                items = object.items
            return self._container_repr(object, "{%s}", items, True,
                                        context, maxlevels, level)
        if issubclass(typ, list) and own_repr is list.__repr__:
            if not object:
                return "[]", True, False
            return self._container_repr(object, "[%s]", lambda: object, False,
                                        context, maxlevels, level)
        if issubclass(typ, tuple) and own_repr is tuple.__repr__:
            if not object:
                return "()", True, False
            template = "(%s,)" if len(object) == 1 else "(%s)"
            return self._container_repr(object, template, lambda: object, False,
                                        context, maxlevels, level)
        rep = repr(object)
        return rep, (rep and not rep.startswith('<')), False

    def _container_repr(self, object, template, entries, pairs, context,
                        maxlevels, level):
        # entries() gives the items, called only once the depth limit and
        # the recursion check have let the container through.
        key = id(object)
        if maxlevels and level >= maxlevels:
            return template % "...", False, key in context
        if key in context:
            return _recursion(object), False, True
        context[key] = 1
        readable = True
        recursive = False
        parts = []
        level += 1
        for entry in entries():
            if pairs:
                krep, kreadable, krecursive = self.format(entry[0], context, maxlevels, level)
                vrep, vreadable, vrecursive = self.format(entry[1], context, maxlevels, level)
                parts.append("%s: %s" % (krep, vrep))
                readable = readable and kreadable and vreadable
                recursive = recursive or krecursive or vrecursive
            else:
                rep, ereadable, erecursive = self.format(entry, context, maxlevels, level)
                parts.append(rep)
                readable = readable and ereadable
                recursive = recursive or erecursive
        del context[key]
        return template % ", ".join(parts), readable, recursive


# Which layout each kind of value gets when its repr does not fit, keyed
# by the type's __repr__ so that subclasses with their own repr print as
# they say.
PrettyPrinter._layouts = {
    dict.__repr__: PrettyPrinter._pprint_dict,
    _collections.OrderedDict.__repr__: PrettyPrinter._pprint_ordered_dict,
    list.__repr__: PrettyPrinter._pprint_list,
    tuple.__repr__: PrettyPrinter._pprint_tuple,
    set.__repr__: PrettyPrinter._pprint_set,
    frozenset.__repr__: PrettyPrinter._pprint_set,
    str.__repr__: PrettyPrinter._pprint_str,
    bytes.__repr__: PrettyPrinter._pprint_bytes,
    bytearray.__repr__: PrettyPrinter._pprint_bytearray,
    _types.MappingProxyType.__repr__: PrettyPrinter._pprint_mappingproxy,
    _types.SimpleNamespace.__repr__: PrettyPrinter._pprint_simplenamespace,
    _collections.defaultdict.__repr__: PrettyPrinter._pprint_default_dict,
    _collections.Counter.__repr__: PrettyPrinter._pprint_counter,
    _collections.ChainMap.__repr__: PrettyPrinter._pprint_chain_map,
    _collections.deque.__repr__: PrettyPrinter._pprint_deque,
    _collections.UserDict.__repr__: PrettyPrinter._pprint_user_dict,
    _collections.UserList.__repr__: PrettyPrinter._pprint_user_list,
    _collections.UserString.__repr__: PrettyPrinter._pprint_user_string,
}
