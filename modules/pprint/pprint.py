"""Pretty-print Python data structures.

pformat(obj) returns the repr of obj laid out over several lines when it
does not fit in the given width, with nested containers indented;
pprint(obj) prints it, pp(obj) prints it without sorting dicts.
PrettyPrinter holds the options; saferepr, isreadable and isrecursive
look at a value without pretty-printing it.
"""

from io import StringIO as _StringIO
import sys as _sys
import re
import collections as _collections
import dataclasses as _dataclasses
import types as _types

__all__ = ["pprint", "pformat", "isreadable", "isrecursive", "saferepr",
           "PrettyPrinter", "pp"]


def pprint(object, stream=None, indent=1, width=80, depth=None, *,
           compact=False, sort_dicts=True, underscore_numbers=False):
    """Print the pretty form of object to stream (sys.stdout by default)."""
    options = dict(indent=indent, width=width, depth=depth, compact=compact,
                   sort_dicts=sort_dicts,
                   underscore_numbers=underscore_numbers)
    PrettyPrinter(stream=stream, **options).pprint(object)


def pformat(object, indent=1, width=80, depth=None, *,
            compact=False, sort_dicts=True, underscore_numbers=False):
    """Return the pretty form of object as a str."""
    options = dict(indent=indent, width=width, depth=depth, compact=compact,
                   sort_dicts=sort_dicts,
                   underscore_numbers=underscore_numbers)
    return PrettyPrinter(**options).pformat(object)


def pp(object, *args, sort_dicts=False, **kwargs):
    """pprint, keeping dicts in their own order unless told otherwise."""
    kwargs['sort_dicts'] = sort_dicts
    pprint(object, *args, **kwargs)


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

    __slots__ = ('obj',)

    def __init__(self, value):
        self.obj = value

    def __lt__(self, other):
        mine, theirs = self.obj, other.obj
        try:
            return mine < theirs
        except TypeError:
            pass
        return _fallback_order(mine) < _fallback_order(theirs)


def _fallback_order(value):
    return str(type(value)), id(value)


def _safe_tuple(pair):
    return _safe_key(pair[0]), _safe_key(pair[1])


def _recursion(object):
    return ("<Recursion on %s with id=%s>"
            % (type(object).__name__, id(object)))


# The types whose repr is always safe and readable.
_builtin_scalars = frozenset({str, bytes, bytearray, float, complex,
                              bool, type(None)})


def _greedy_reprs(parts, width, last_width):
    """Join consecutive parts while the repr of the joined run fits in
    width (last_width for the run holding the final part); return the
    reprs of the runs."""
    reprs = []
    run = None
    final = len(parts) - 1
    for number, part in enumerate(parts):
        limit = last_width if number == final else width
        if run is None:
            run = part
        elif len(repr(run + part)) <= limit:
            run = run + part
        else:
            reprs.append(repr(run))
            run = part
    if run:
        reprs.append(repr(run))
    return reprs


def _bytes_chunks(data, width, allowance):
    """Split bytes into reprs no wider than width, four bytes at a time
    (the last line allowing for what follows it)."""
    quads = [data[i:i + 4] for i in range(0, len(data), 4)]
    return _greedy_reprs(quads, width, width - allowance)


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
        self._indent_per_level = int(indent)
        self._width = int(width)
        problem = None
        if self._indent_per_level < 0:
            problem = 'indent must be >= 0'
        elif depth is not None and depth <= 0:
            problem = 'depth must be > 0'
        elif self._width == 0:
            problem = 'width must be != 0'
        if problem:
            raise ValueError(problem)
        self._depth = depth
        self._stream = _sys.stdout if stream is None else stream
        self._compact = bool(compact)
        self._sort_dicts = sort_dicts
        self._underscore_numbers = underscore_numbers

    def _layout_top(self, object, out):
        self._format(object, out, 0, 0, {}, 0)

    def pprint(self, object):
        out = self._stream
        if out is None:
            return
        self._layout_top(object, out)
        out.write("\n")

    def pformat(self, object):
        buffer = _StringIO()
        self._layout_top(object, buffer)
        return buffer.getvalue()

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
            # A container inside itself: mark the result and stop here.
            self._readable, self._recursive = False, True
            stream.write(_recursion(object))
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

    def _pad_opening(self, stream):
        # With an indent of n, the first item sits n-1 spaces after the
        # opening bracket, in line with the items below it.
        extra = self._indent_per_level - 1
        if extra > 0:
            stream.write(' ' * extra)

    def _ordered_items(self, mapping):
        pairs = mapping.items()
        return sorted(pairs, key=_safe_tuple) if self._sort_dicts else pairs

    def _pprint_dict(self, object, stream, indent, allowance, context, level):
        stream.write('{')
        self._pad_opening(stream)
        if object:
            self._format_dict_items(self._ordered_items(object), stream,
                                    indent, allowance + 1, context, level)
        stream.write('}')

    def _pprint_ordered_dict(self, object, stream, indent, allowance, context, level):
        if self._write_if_empty(object, stream):
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
        if self._write_if_empty(object, stream):
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
        if self._write_if_empty(object, stream):
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
            # Too long: break it after runs of whitespace (the pattern's
            # final empty match is dropped).
            words = re.findall(r'\S*\s*', line)[:-1]
            pieces += _greedy_reprs(words, width,
                                    width - allowance if last_line else width)
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
        # Laid out as the dict it wraps, inside "mappingproxy(...)".
        opening = 'mappingproxy('
        stream.write(opening)
        self._format(object.copy(), stream, indent + len(opening),
                     allowance + 1, context, level)
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
        # format() may be overridden; it gets a copy of the context so
        # that what it records does not leak into the layout.
        text, readable, recursive = self.format(object, context.copy(),
                                                self._depth, level)
        # The flags are only ever lowered or raised, never reset.
        if recursive:
            self._recursive = True
        if not readable:
            self._readable = False
        return text

    @staticmethod
    def _write_if_empty(object, stream):
        # Empty containers print as their plain repr.
        if len(object):
            return False
        stream.write(repr(object))
        return True

    def _pprint_default_dict(self, object, stream, indent, allowance, context, level):
        if self._write_if_empty(object, stream):
            return
        factory = self._repr(object.default_factory, context, level)
        name = object.__class__.__name__
        indent += len(name) + 1
        stream.write('%s(%s,\n%s' % (name, factory, ' ' * indent))
        self._pprint_dict(object, stream, indent, allowance + 1, context, level)
        stream.write(')')

    def _pprint_counter(self, object, stream, indent, allowance, context, level):
        if self._write_if_empty(object, stream):
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
        if self._write_if_empty(object, stream):
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
