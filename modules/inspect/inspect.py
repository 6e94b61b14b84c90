"""Looking at live objects: gilpy's inspect.

The parts libraries use: the type predicates, getmembers, the source
helpers (built on linecache), signature() with Signature, Parameter and
BoundArguments, unwrap, getattr_static, getfullargspec, get_annotations
and the frame helpers.  Signatures of functions are read from their code
objects (co_argcount, co_varnames and the CO_* flags), as CPython does.
"""

import collections
import collections.abc
import enum
import functools
import keyword
import linecache
import os
import sys
import types

__all__ = [
    'ArgInfo', 'Arguments', 'Attribute', 'BoundArguments', 'CORO_CLOSED',
    'CORO_CREATED', 'CORO_RUNNING', 'CORO_SUSPENDED', 'CO_ASYNC_GENERATOR',
    'CO_COROUTINE', 'CO_GENERATOR', 'CO_ITERABLE_COROUTINE', 'CO_NESTED',
    'CO_NEWLOCALS', 'CO_NOFREE', 'CO_OPTIMIZED', 'CO_VARARGS',
    'CO_VARKEYWORDS', 'ClosureVars', 'FrameInfo', 'FullArgSpec', 'GEN_CLOSED',
    'GEN_CREATED', 'GEN_RUNNING', 'GEN_SUSPENDED', 'Parameter', 'Signature',
    'TPFLAGS_IS_ABSTRACT', 'Traceback', 'classify_class_attrs', 'cleandoc',
    'currentframe', 'findsource', 'formatannotation',
    'formatannotationrelativeto', 'formatargvalues', 'get_annotations',
    'getabsfile', 'getargs', 'getargvalues', 'getattr_static', 'getblock',
    'getcallargs', 'getclasstree', 'getclosurevars', 'getcomments',
    'getcoroutinelocals', 'getcoroutinestate', 'getdoc', 'getfile',
    'getframeinfo', 'getfullargspec', 'getgeneratorlocals',
    'getgeneratorstate', 'getinnerframes', 'getlineno', 'getmembers',
    'getmembers_static', 'getmodule', 'getmodulename', 'getmro',
    'getouterframes', 'getsource', 'getsourcefile', 'getsourcelines',
    'indentsize', 'isabstract', 'isasyncgen', 'isasyncgenfunction',
    'isawaitable', 'isbuiltin', 'isclass', 'iscode', 'iscoroutine',
    'iscoroutinefunction', 'isdatadescriptor', 'isframe', 'isfunction',
    'isgenerator', 'isgeneratorfunction', 'isgetsetdescriptor',
    'ismemberdescriptor', 'ismethod', 'ismethoddescriptor', 'ismethodwrapper',
    'ismodule', 'isroutine', 'istraceback', 'signature', 'stack', 'trace',
    'unwrap', 'walktree',
]

CO_OPTIMIZED = 0x1
CO_NEWLOCALS = 0x2
CO_VARARGS = 0x4
CO_VARKEYWORDS = 0x8
CO_NESTED = 0x10
CO_GENERATOR = 0x20
CO_NOFREE = 0x40
CO_COROUTINE = 0x80
CO_ITERABLE_COROUTINE = 0x100
CO_ASYNC_GENERATOR = 0x200
TPFLAGS_IS_ABSTRACT = 1 << 20

modulesbyfile = {}
_filesbymodname = {}


# ---------------------------------------------------------------------------
# What kind of object is this?

def ismodule(object):
    """True for modules."""
    return isinstance(object, types.ModuleType)


def isclass(object):
    """True for classes."""
    return isinstance(object, type)


def ismethod(object):
    """True for bound methods of Python functions."""
    return isinstance(object, types.MethodType)


def ismethoddescriptor(object):
    """True for descriptors with __get__ and no __set__ that are not
    functions, methods or classes (str.join, for one)."""
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    tp = type(object)
    return hasattr(tp, '__get__') and not hasattr(tp, '__set__')


def isdatadescriptor(object):
    """True for descriptors defining __set__ or __delete__ (property, a
    slot, a getset)."""
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    tp = type(object)
    return hasattr(tp, '__set__') or hasattr(tp, '__delete__')


def ismemberdescriptor(object):
    """True for the descriptors of __slots__ entries."""
    return isinstance(object, types.MemberDescriptorType)


def isgetsetdescriptor(object):
    """True for the computed attributes of builtin types."""
    return isinstance(object, types.GetSetDescriptorType)


def isfunction(object):
    """True for functions defined in Python (def and lambda)."""
    return isinstance(object, types.FunctionType)


def _has_code_flag(f, flag):
    # Look through bound methods and partials to the function whose code
    # flags say what kind of function it is.
    target = f
    while True:
        if ismethod(target):
            target = target.__func__
        elif isinstance(target, functools.partial):
            target = target.func
        else:
            break
    if isfunction(target) or _signature_is_functionlike(target):
        return (target.__code__.co_flags & flag) != 0
    return False


def isgeneratorfunction(obj):
    """True for functions containing yield (methods and partials of them
    too)."""
    return _has_code_flag(obj, CO_GENERATOR)


def iscoroutinefunction(obj):
    """True for functions defined with async def (not async generators)."""
    return _has_code_flag(obj, CO_COROUTINE)


def isasyncgenfunction(obj):
    """True for async def functions containing yield."""
    return _has_code_flag(obj, CO_ASYNC_GENERATOR)


def isasyncgen(object):
    """True for asynchronous generator objects."""
    return isinstance(object, types.AsyncGeneratorType)


def isgenerator(object):
    """True for generator objects."""
    return isinstance(object, types.GeneratorType)


def iscoroutine(object):
    """True for coroutine objects made by async def functions."""
    return isinstance(object, types.CoroutineType)


def isawaitable(object):
    """True for objects await accepts."""
    if isinstance(object, (types.CoroutineType, collections.abc.Awaitable)):
        return True
    # Generators made awaitable by types.coroutine carry a code flag.
    if isinstance(object, types.GeneratorType):
        return (object.gi_code.co_flags & CO_ITERABLE_COROUTINE) != 0
    return False


def istraceback(object):
    """True for traceback objects."""
    return isinstance(object, types.TracebackType)


def isframe(object):
    """True for frame objects."""
    return isinstance(object, types.FrameType)


def iscode(object):
    """True for code objects."""
    return isinstance(object, types.CodeType)


def isbuiltin(object):
    """True for builtin functions and methods bound to their object."""
    return isinstance(object, types.BuiltinFunctionType)


def ismethodwrapper(object):
    """True for special methods of builtin types bound to an object."""
    return isinstance(object, types.MethodWrapperType)


def isroutine(object):
    """True for any function or method, Python or builtin."""
    return (isbuiltin(object) or isfunction(object) or ismethod(object)
            or ismethoddescriptor(object) or ismethodwrapper(object))


def isabstract(object):
    """True for classes with abstract methods left (which cannot be
    instantiated)."""
    if not isinstance(object, type):
        return False
    return bool(getattr(object, '__abstractmethods__', ()))


# ---------------------------------------------------------------------------
# Members

def getmembers(object, predicate=None):
    """(name, value) pairs of the object's attributes, sorted by name,
    those the predicate rejects left out."""
    return _getmembers(object, predicate, getattr)


def getmembers_static(object, predicate=None):
    """getmembers without running descriptors or __getattr__."""
    return _getmembers(object, predicate, getattr_static)


_MISSING = object()


def _from_namespaces(classes, key):
    # The raw entry for `key` in the first class namespace holding it.
    for klass in classes:
        if key in klass.__dict__:
            return klass.__dict__[key]
    return _MISSING


def _getmembers(object, predicate, getter):
    names = dir(object)
    classes = ()
    if isclass(object):
        classes = (object,) + getmro(object)
        # Attributes the metaclass computes per class are listed by the
        # bases' namespaces rather than by dir().
        names += [k for base in object.__bases__
                  for k, v in base.__dict__.items()
                  if isinstance(v, types.DynamicClassAttribute)]
    pairs = []
    visited = set()
    for key in names:
        value = _MISSING
        if key not in visited:
            try:
                value = getter(object, key)
            except AttributeError:
                pass
        if value is _MISSING:
            # Unreadable (or listed twice): fall back to the class
            # namespaces, as for enum members hidden by DynamicClassAttribute.
            value = _from_namespaces(classes, key)
            if value is _MISSING:
                continue
        visited.add(key)
        if not predicate or predicate(value):
            pairs.append((key, value))
    pairs.sort(key=lambda pair: pair[0])
    return pairs


def getmro(cls):
    """The class's method resolution order."""
    return cls.__mro__


_sentinel = object()


def _static_getmro(klass):
    return type.__dict__['__mro__'].__get__(klass)


def _check_instance(obj, attr):
    try:
        instance_dict = object.__getattribute__(obj, '__dict__')
    except AttributeError:
        return _sentinel
    return dict.get(instance_dict, attr, _sentinel)


def _check_class(klass, attr):
    for entry in _static_getmro(klass):
        d = entry.__dict__
        if attr in d:
            return d[attr]
    return _sentinel


def _is_data_descriptor(obj):
    tp = type(obj)
    return any(_check_class(tp, name) is not _sentinel
               for name in ('__set__', '__delete__'))


def getattr_static(obj, attr, default=_sentinel):
    """The attribute as stored, found without calling descriptors,
    properties or __getattr__: an instance's own value unless the class
    has a data descriptor of that name, then the classes' in MRO order."""
    instance_result = _sentinel
    if not isinstance(obj, type):
        klass = type(obj)
        in_class = _check_class(klass, attr)
        if in_class is _sentinel or not _is_data_descriptor(in_class):
            instance_result = _check_instance(obj, attr)
    else:
        klass = obj
    klass_result = _check_class(klass, attr)
    if instance_result is _sentinel:
        if klass_result is not _sentinel:
            return klass_result
    elif klass_result is _sentinel:
        return instance_result
    else:
        # Both exist: a class-level data descriptor (with __get__) wins
        # over the instance's own value.
        overriding = (_check_class(type(klass_result), '__get__')
                      is not _sentinel and _is_data_descriptor(klass_result))
        return klass_result if overriding else instance_result
    if obj is klass:
        # For a class, the metaclass's attributes come last.
        for entry in _static_getmro(type(klass)):
            if attr in entry.__dict__:
                return entry.__dict__[attr]
    if default is not _sentinel:
        return default
    raise AttributeError(attr)


# ---------------------------------------------------------------------------
# Wrappers

def unwrap(func, *, stop=None):
    """Follow the chain of __wrapped__ attributes (as functools.wraps
    leaves them) to the innermost function, or to the first one for which
    stop(f) is true."""
    f = func
    seen = {id(f): f}
    limit = sys.getrecursionlimit()
    while not isinstance(func, type) and hasattr(func, '__wrapped__'):
        if stop is not None and stop(func):
            break
        func = func.__wrapped__
        ident = id(func)
        if ident in seen or len(seen) >= limit:
            raise ValueError('wrapper loop when unwrapping {!r}'.format(f))
        seen[ident] = func
    return func


# ---------------------------------------------------------------------------
# Documentation and source

def cleandoc(doc):
    """A docstring with its indentation removed: tabs expanded, the common
    indentation of the lines after the first removed, leading and
    trailing blank lines dropped."""
    try:
        first, *rest = doc.expandtabs().split('\n')
    except UnicodeError:
        return None
    # The first line starts right after the quotes, so it does not count
    # towards the common indentation.
    margins = [len(l) - len(l.lstrip()) for l in rest if l.lstrip()]
    if margins:
        cut = min(margins)
        rest = [l[cut:] for l in rest]
    body = [first.lstrip()] + rest
    lo, hi = 0, len(body)
    while lo < hi and body[lo] == '':
        lo += 1
    while hi > lo and body[hi - 1] == '':
        hi -= 1
    return '\n'.join(body[lo:hi])


def _defining_class(func):
    # Follow the function's qualified name from its module down to the
    # class whose body defined it.
    holder = sys.modules.get(func.__module__)
    if holder is None:
        return None
    for step in func.__qualname__.split('.')[:-1]:
        holder = getattr(holder, step)
    return holder if isclass(holder) else None


def _class_doc(klass):
    # The first docstring along the MRO; object's own does not count.
    for k in klass.__mro__:
        if k is object:
            continue
        text = getattr(k, '__doc__', None)
        if text is not None:
            return text
    return None


def _doc_lookup_key(obj):
    """(class, attribute name) under which base classes may document the
    routine or descriptor `obj`, or None when it is not found there."""
    if ismethod(obj):
        name = obj.__func__.__name__
        owner = obj.__self__
        # A classmethod is bound to the class itself.
        if isclass(owner) and getattr(getattr(owner, name, None),
                                      '__func__') is obj.__func__:
            return owner, name
        return owner.__class__, name
    if isbuiltin(obj):
        name = obj.__name__
        owner = obj.__self__
        if isclass(owner) and obj.__qualname__ == '%s.%s' % (
                owner.__qualname__, name):
            return owner, name
        return owner.__class__, name
    if isfunction(obj) or isinstance(obj, property):
        func = obj if isfunction(obj) else obj.fget
        name = func.__name__
        klass = _defining_class(func)
    elif ismethoddescriptor(obj) or isdatadescriptor(obj):
        name = obj.__name__
        klass = obj.__objclass__
    else:
        return None
    # Only the object the class really holds under that name qualifies.
    if klass is None or getattr(klass, name) is not obj:
        return None
    return klass, name


def _finddoc(obj):
    # A docstring inherited from a base class: the class's own along its
    # MRO, or the same-named attribute's in the MRO of the defining class.
    if isclass(obj):
        return _class_doc(obj)
    key = _doc_lookup_key(obj)
    if key is None:
        return None
    klass, name = key
    if ismemberdescriptor(obj):
        # __slots__ given as a dict documents each slot.
        slots = getattr(klass, '__slots__', None)
        if isinstance(slots, dict) and name in slots:
            return slots[name]
    for k in klass.__mro__:
        attr = getattr(k, name, _MISSING)
        if attr is _MISSING:
            continue
        text = getattr(attr, '__doc__', None)
        if text is not None:
            return text
    return None


def getdoc(object):
    """The object's docstring, or an inherited one, cleaned with
    cleandoc; None when there is none."""
    try:
        text = object.__doc__
    except AttributeError:
        return None
    if text is None:
        try:
            text = _finddoc(object)
        except (AttributeError, TypeError):
            text = None
    return cleandoc(text) if isinstance(text, str) else None


# How to get from a method, function, traceback or frame to its code.
_TOWARDS_CODE = (('ismethod', '__func__'), ('isfunction', '__code__'),
                 ('istraceback', 'tb_frame'), ('isframe', 'f_code'))


def _code_of(object):
    for test, attr in _TOWARDS_CODE:
        if globals()[test](object):
            object = getattr(object, attr)
    return object


def getfile(object):
    """The name of the file the object was defined in."""
    if ismodule(object):
        path = getattr(object, '__file__', None)
        if not path:
            raise TypeError('{!r} is a built-in module'.format(object))
        return path
    if isclass(object):
        if hasattr(object, '__module__'):
            path = getattr(sys.modules.get(object.__module__), '__file__', None)
            if path:
                return path
            if object.__module__ == '__main__':
                raise OSError('source code not available')
        raise TypeError('{!r} is a built-in class'.format(object))
    code = _code_of(object)
    if not iscode(code):
        raise TypeError('module, class, method, function, traceback, frame, '
                        'or code object was expected, got {}'.format(
                            type(code).__name__))
    return code.co_filename


def getmodulename(path):
    """The module name a file's path gives, or None."""
    fname = os.path.basename(path)
    for suffix in ('.py', '.pyc'):
        if fname.endswith(suffix):
            return fname[:-len(suffix)]
    return None


def getsourcefile(object):
    """The source file's name for the object, or None when there is no
    source to read."""
    path = getfile(object)
    if path.endswith(('.pyc', '.pyo')):
        path = path[:-1]
    elif not path.endswith('.py') and os.path.exists(path):
        # An existing file that is not Python source (an extension).
        return None
    home = getmodule(object, path)
    known = (getattr(home, '__loader__', None) is not None
             or os.path.exists(path) or path in linecache.cache
             or linecache.getlines(path))
    return path if known else None


def getabsfile(object, _filename=None):
    """getsourcefile or getfile, made absolute and normalized."""
    path = _filename
    if path is None:
        path = getsourcefile(object) or getfile(object)
    return os.path.normcase(os.path.abspath(path))


def _index_module_files():
    # Map the absolute and the real file of each loaded module to its
    # name, redoing only modules whose __file__ is new.
    for modname, module in list(sys.modules.items()):
        path = getattr(module, '__file__', None) if ismodule(module) else None
        if not path or _filesbymodname.get(modname) == path:
            continue
        _filesbymodname[modname] = path
        absolute = getabsfile(module)
        for key in (absolute, os.path.realpath(absolute)):
            modulesbyfile[key] = module.__name__


def getmodule(object, _filename=None):
    """The module the object was defined in, or None."""
    if ismodule(object):
        return object
    modname = getattr(object, '__module__', _MISSING)
    if modname is not _MISSING:
        return sys.modules.get(modname)
    if _filename is not None and _filename in modulesbyfile:
        return sys.modules.get(modulesbyfile[_filename])
    try:
        path = getabsfile(object, _filename)
    except (TypeError, FileNotFoundError):
        return None
    if path not in modulesbyfile:
        _index_module_files()
    if path in modulesbyfile:
        return sys.modules.get(modulesbyfile[path])
    # Last resort: the object is a global of __main__ or a builtin under
    # its own name.
    if not hasattr(object, '__name__'):
        return None
    for modname in ('__main__', 'builtins'):
        home = sys.modules[modname]
        if getattr(home, object.__name__, _MISSING) is object:
            return home
    return None


def _find_class_line(lines, qualname):
    # The line of 'class Name' for each part of the qualified name, each
    # searched inside the block of the one before it.
    parts = [p for p in qualname.split('.') if p != '<locals>']
    start, end, depth = 0, len(lines), -1
    found = None
    for name in parts:
        found = None
        for i in range(start, end):
            text = lines[i]
            stripped = text.lstrip()
            indent = len(text) - len(stripped)
            if indent <= depth and stripped and not stripped.startswith('#'):
                break
            for word in ('class ', 'def ', 'async def '):
                if stripped.startswith(word):
                    rest = stripped[len(word):].lstrip()
                    if rest.startswith(name) and \
                            not (rest[len(name):len(name) + 1].isalnum() or
                                 rest[len(name):len(name) + 1] == '_'):
                        found = (i, indent)
                    break
            if found:
                break
        if not found:
            return None
        i, depth = found
        start = i + 1
    # Decorators above the class belong to it.
    i = found[0]
    while i > 0 and lines[i - 1].lstrip().startswith('@'):
        i -= 1
    return i


def findsource(object):
    """All the lines of the object's source file and the index of the line
    where its definition starts.  OSError when the source is not
    available."""
    path = getsourcefile(object)
    if not path:
        path = getfile(object)
        # Pseudo-files such as <stdin> may still be in linecache.
        if not (path.startswith('<') and path.endswith('>')):
            raise OSError('source code not available')
    else:
        linecache.checkcache(path)
    home = getmodule(object, path)
    lines = (linecache.getlines(path, home.__dict__) if home
             else linecache.getlines(path))
    if not lines:
        raise OSError('could not get source code')
    if ismodule(object):
        return lines, 0
    if isclass(object):
        start = _find_class_line(lines, object.__qualname__)
        if start is None:
            raise OSError('could not find class definition')
        return lines, start
    code = _code_of(object)
    if not iscode(code):
        raise OSError('could not find code object')
    if not hasattr(code, 'co_firstlineno'):
        raise OSError('could not find function definition')
    start = code.co_firstlineno - 1
    if start >= len(lines):
        raise OSError('lineno is out of bounds')
    return lines, start


def indentsize(line):
    """The width of the line's indentation, tabs expanded."""
    expline = line.expandtabs()
    return len(expline) - len(expline.lstrip())


def getblock(lines):
    """The leading lines that make up one definition: its header (which
    may continue over several lines inside brackets or strings) and every
    line indented deeper than it.  A header whose body is on the same line
    is the whole block."""
    state = _LineScanner()
    first = None
    header_done = False
    head = None
    last = 0
    for i, line in enumerate(lines):
        opened_before = state.open()
        state.feed(line)
        stripped = line.strip()
        if first is None:
            first = indentsize(line)
        if not header_done:
            last = i
            if head is None and not stripped.startswith('@'):
                head = stripped
            if state.open():
                continue
            if stripped.startswith('@'):
                continue
            header_done = True
            if not _starts_definition(head):
                # Only def, class and lambda open a block.
                break
            body = state.after_colon
            if body or stripped.startswith('lambda') or ':' not in line:
                break
            continue
        if opened_before:
            last = i
            continue
        if not stripped or stripped.startswith('#'):
            continue
        if indentsize(line) <= first:
            break
        last = i
    return lines[:last + 1]


def _starts_definition(text):
    words = text.replace('(', ' ').replace(':', ' ').split()
    return any(w in ('def', 'class', 'lambda') for w in words)


class _LineScanner:
    # Tracks brackets and triple-quoted strings across lines, and whether
    # a header's last colon has code after it.

    def __init__(self):
        self.depth = 0
        self.quote = None
        self.after_colon = False

    def open(self):
        return self.depth > 0 or self.quote is not None

    def feed(self, line):
        i, n = 0, len(line)
        self.after_colon = False
        colon_seen = False
        while i < n:
            c = line[i]
            if self.quote is not None:
                if c == '\\':
                    i += 2
                    continue
                if line.startswith(self.quote, i):
                    i += len(self.quote)
                    self.quote = None
                    continue
                i += 1
                continue
            if c == '#':
                break
            if c in '\'"':
                q = line[i:i + 3] if line[i:i + 3] in ('"""', "'''") else c
                self.quote = q
                i += len(q)
                if len(q) == 1:
                    # A one-line string ends on its line.
                    while i < n and line[i] != c:
                        i += 2 if line[i] == '\\' else 1
                    i += 1
                    self.quote = None
                if colon_seen:
                    self.after_colon = True
                continue
            if c in '([{':
                self.depth += 1
            elif c in ')]}':
                self.depth -= 1
            elif c == ':' and self.depth == 0:
                colon_seen = True
                self.after_colon = False
                i += 1
                continue
            if colon_seen and not c.isspace():
                self.after_colon = True
            i += 1


def getsourcelines(object):
    """The lines of the object's source and the number of its first line
    (0 for a module)."""
    object = unwrap(object)
    lines, lnum = findsource(object)
    if istraceback(object):
        object = object.tb_frame
    if ismodule(object) or (isframe(object) and
                            object.f_code.co_name == '<module>'):
        return lines, 0
    return getblock(lines[lnum:]), lnum + 1


def getsource(object):
    """The text of the object's source."""
    lines, lnum = getsourcelines(object)
    return ''.join(lines)


def _leading_module_comment(lines):
    # The first block of '#' lines of a module, after any #! line and
    # blank or bare '#' lines.
    i = 1 if lines and lines[0].startswith('#!') else 0
    while i < len(lines) and lines[i].strip() in ('', '#'):
        i += 1
    block = []
    for text in lines[i:]:
        if not text.startswith('#'):
            break
        block.append(text.expandtabs())
    return ''.join(block) if block else None


def _comment_above(lines, lnum):
    # Comment lines right above line lnum, at the same indentation.
    width = indentsize(lines[lnum])
    block = []
    for i in range(lnum - 1, -1, -1):
        text = lines[i].expandtabs().lstrip()
        if not text.startswith('#') or indentsize(lines[i]) != width:
            break
        block.insert(0, text)
    if not block:
        return None
    # Bare '#' lines framing the comment are dropped.
    while block and block[0].strip() == '#':
        del block[0]
    while block and block[-1].strip() == '#':
        del block[-1]
    return ''.join(block)


def getcomments(object):
    """The comment lines just above the object's source, or None."""
    try:
        lines, lnum = findsource(object)
    except (OSError, TypeError):
        return None
    if ismodule(object):
        return _leading_module_comment(lines)
    return _comment_above(lines, lnum) if lnum > 0 else None


# ---------------------------------------------------------------------------
# Frames and the stack

def currentframe():
    """The caller's frame."""
    return sys._getframe(1)


_Traceback = collections.namedtuple(
    '_Traceback', 'filename lineno function code_context index')


class Traceback(_Traceback):
    """Where a frame is: file, line, function, source lines around the
    line and the line's index among them; positions as a last field that
    is not part of the tuple."""

    def __new__(cls, filename, lineno, function, code_context, index, *,
                positions=None):
        instance = super().__new__(cls, filename, lineno, function,
                                   code_context, index)
        instance.positions = positions
        return instance

    def __repr__(self):
        return ('Traceback(filename={!r}, lineno={!r}, function={!r}, '
                'code_context={!r}, index={!r}, positions={!r})'.format(
                    self.filename, self.lineno, self.function,
                    self.code_context, self.index, self.positions))


_FrameInfo = collections.namedtuple(
    '_FrameInfo', 'frame filename lineno function code_context index')


class FrameInfo(_FrameInfo):
    """A frame and its Traceback fields."""

    def __new__(cls, frame, filename, lineno, function, code_context, index,
                *, positions=None):
        instance = super().__new__(cls, frame, filename, lineno, function,
                                   code_context, index)
        instance.positions = positions
        return instance

    def __repr__(self):
        return ('FrameInfo(frame={!r}, filename={!r}, lineno={!r}, '
                'function={!r}, code_context={!r}, index={!r}, '
                'positions={!r})'.format(
                    self.frame, self.filename, self.lineno, self.function,
                    self.code_context, self.index, self.positions))


# gilpy has no dis module, so the type of the positions tuple lives here.
Positions = collections.namedtuple(
    'Positions', 'lineno end_lineno col_offset end_col_offset',
    defaults=[None] * 4)


def _code_position(code, lasti):
    # co_positions has one entry per two-byte instruction unit.
    if lasti < 0:
        return (None, None, None, None)
    for i, pos in enumerate(code.co_positions()):
        if i == lasti // 2:
            return pos
    return (None, None, None, None)


def getframeinfo(frame, context=1):
    """A Traceback tuple for a frame or traceback: file, line, function
    and `context` lines of source around the line, with the current
    instruction's source positions."""
    if istraceback(frame):
        positions = _code_position(frame.tb_frame.f_code, frame.tb_lasti)
        lineno = frame.tb_lineno
        frame = frame.tb_frame
    else:
        lineno = frame.f_lineno
        positions = _code_position(frame.f_code, frame.f_lasti)
    if positions[0] is None:
        positions = (lineno,) + tuple(positions[1:])
    if not isframe(frame):
        raise TypeError('{!r} is not a frame or traceback object'.format(
            frame))
    filename = getsourcefile(frame) or getfile(frame)
    lines = index = None
    if context > 0:
        try:
            source = findsource(frame)[0]
        except OSError:
            source = None
        if source is not None:
            # A window of `context` lines centred on the current line,
            # kept inside the file.
            first = lineno - 1 - context // 2
            first = max(0, min(first, len(source) - context))
            lines = source[first:first + context]
            index = lineno - 1 - first
    return Traceback(filename, lineno, frame.f_code.co_name, lines, index,
                     positions=Positions(*positions))


def getlineno(frame):
    """The frame's current line number."""
    return frame.f_lineno


def getouterframes(frame, context=1):
    """FrameInfo for the frame and each of its callers, innermost first."""
    result = []
    while frame:
        info = getframeinfo(frame, context)
        result.append(FrameInfo(frame, *info, positions=info.positions))
        frame = frame.f_back
    return result


def getinnerframes(tb, context=1):
    """FrameInfo for each level of a traceback, outermost first."""
    result = []
    while tb:
        info = getframeinfo(tb, context)
        result.append(FrameInfo(tb.tb_frame, *info,
                                positions=info.positions))
        tb = tb.tb_next
    return result


def stack(context=1):
    """FrameInfo for the caller and its callers."""
    return getouterframes(sys._getframe(1), context)


def trace(context=1):
    """FrameInfo for the frames between here and where the exception being
    handled was raised."""
    return getinnerframes(sys.exc_info()[2], context)


GEN_CREATED = 'GEN_CREATED'
GEN_RUNNING = 'GEN_RUNNING'
GEN_SUSPENDED = 'GEN_SUSPENDED'
GEN_CLOSED = 'GEN_CLOSED'


def _life_stage(running, suspended, frame, names):
    # names: (created, running, suspended, closed)
    if running:
        return names[1]
    if suspended:
        return names[2]
    return names[3] if frame is None else names[0]


def getgeneratorstate(generator):
    """Where a generator is in its life: created, running, suspended or
    closed."""
    return _life_stage(generator.gi_running, generator.gi_suspended,
                       generator.gi_frame,
                       (GEN_CREATED, GEN_RUNNING, GEN_SUSPENDED, GEN_CLOSED))


CORO_CREATED = 'CORO_CREATED'
CORO_RUNNING = 'CORO_RUNNING'
CORO_SUSPENDED = 'CORO_SUSPENDED'
CORO_CLOSED = 'CORO_CLOSED'


def getcoroutinestate(coroutine):
    """Where a coroutine is in its life: created, running, suspended or
    closed."""
    return _life_stage(coroutine.cr_running, coroutine.cr_suspended,
                       coroutine.cr_frame,
                       (CORO_CREATED, CORO_RUNNING, CORO_SUSPENDED,
                        CORO_CLOSED))


ArgInfo = collections.namedtuple('ArgInfo', 'args varargs keywords locals')


def getargvalues(frame):
    """The arguments of the function running in a frame, with its
    locals."""
    args, varargs, varkw = getargs(frame.f_code)
    return ArgInfo(args, varargs, varkw, frame.f_locals)


ClosureVars = collections.namedtuple('ClosureVars',
                                     'nonlocals globals builtins unbound')


def getclosurevars(func):
    """The names a function uses, split into those it closes over, the
    globals and builtins they resolve to, and those resolving to
    nothing."""
    if ismethod(func):
        func = func.__func__
    if not isfunction(func):
        raise TypeError('{!r} is not a Python function'.format(func))
    code = func.__code__
    if func.__closure__ is None:
        nonlocal_vars = {}
    else:
        nonlocal_vars = {var: cell.cell_contents for var, cell in
                         zip(code.co_freevars, func.__closure__)}
    global_ns = func.__globals__
    builtin_ns = global_ns.get('__builtins__', sys.modules['builtins'])
    if ismodule(builtin_ns):
        builtin_ns = builtin_ns.__dict__
    global_vars, builtin_vars, unbound = {}, {}, set()
    for name in _code_names(code):
        # The constants are names in old code objects, never variables.
        if name in ('None', 'True', 'False'):
            continue
        if name in global_ns:
            global_vars[name] = global_ns[name]
        elif name in builtin_ns:
            builtin_vars[name] = builtin_ns[name]
        else:
            unbound.add(name)
    return ClosureVars(nonlocal_vars, global_vars, builtin_vars, unbound)


def _code_names(code):
    names = list(code.co_names)
    for const in code.co_consts:
        if iscode(const):
            names.extend(_code_names(const))
    return names


# ---------------------------------------------------------------------------
# Annotations

def _class_annotations(cls):
    # Only the class's own namespace counts: an inherited __annotations__
    # belongs to a base.
    namespace = getattr(cls, '__dict__', None)
    if not namespace or not hasattr(namespace, 'get'):
        return None
    found = namespace.get('__annotations__', None)
    return None if isinstance(found, types.GetSetDescriptorType) else found


def _annotation_context(obj):
    """(annotations, globals, locals, object to unwrap for globals) used
    to evaluate the string annotations of a class, module or callable."""
    if isinstance(obj, type):
        modname = getattr(obj, '__module__', None)
        home = sys.modules.get(modname, None) if modname else None
        scope = getattr(home, '__dict__', None) if home else None
        return _class_annotations(obj), scope, dict(vars(obj)), obj
    if isinstance(obj, types.ModuleType):
        return (getattr(obj, '__annotations__', None),
                getattr(obj, '__dict__'), None, None)
    if callable(obj):
        return (getattr(obj, '__annotations__', None),
                getattr(obj, '__globals__', None), None, obj)
    raise TypeError(f'{obj!r} is not a module, class, or callable.')


def _innermost(target):
    # Through functools.wraps chains and partials to the real function.
    while True:
        if hasattr(target, '__wrapped__'):
            target = target.__wrapped__
        elif isinstance(target, functools.partial):
            target = target.func
        else:
            return target


def get_annotations(obj, *, globals=None, locals=None, eval_str=False):
    """A new dict of the annotations of a class, module or callable, with
    string annotations evaluated when eval_str is true."""
    ann, own_globals, own_locals, target = _annotation_context(obj)
    if ann is None:
        return {}
    if not isinstance(ann, dict):
        raise ValueError(f'{obj!r}.__annotations__ is neither a dict nor None')
    if not eval_str or not ann:
        return dict(ann)
    if target is not None:
        target = _innermost(target)
        if hasattr(target, '__globals__'):
            own_globals = target.__globals__
    scope_g = own_globals if globals is None else globals
    scope_l = own_locals if locals is None else locals
    result = {}
    for key, value in ann.items():
        result[key] = (eval(value, scope_g, scope_l)
                       if isinstance(value, str) else value)
    return result


def formatannotation(annotation, base_module=None):
    """An annotation as a signature shows it."""
    if getattr(annotation, '__module__', None) == 'typing':
        return repr(annotation).replace('typing.', '')
    if isinstance(annotation, types.GenericAlias):
        return str(annotation)
    if isinstance(annotation, type):
        if annotation.__module__ in ('builtins', base_module):
            return annotation.__qualname__
        return annotation.__module__ + '.' + annotation.__qualname__
    return repr(annotation)


# ---------------------------------------------------------------------------
# Signatures

class _void:
    """A marker: no value given to replace()."""


class _empty:
    """A marker: no default or no annotation."""


class _ParameterKind(enum.IntEnum):
    """How an argument reaches a parameter, in signature order."""
    POSITIONAL_ONLY = 'positional-only'
    POSITIONAL_OR_KEYWORD = 'positional or keyword'
    VAR_POSITIONAL = 'variadic positional'
    KEYWORD_ONLY = 'keyword-only'
    VAR_KEYWORD = 'variadic keyword'

    # Members are numbered in definition order (which is the order
    # parameters must come in) and carry a readable description.
    def __new__(cls, text):
        number = len(cls.__members__)
        member = int.__new__(cls, number)
        member.description = text
        member._value_ = number
        return member

    def __str__(self):
        return self.name


(_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD, _VAR_POSITIONAL, _KEYWORD_ONLY,
 _VAR_KEYWORD) = _ParameterKind


class Parameter:
    """One parameter of a Signature: its name, kind, default and
    annotation.  Immutable; replace() makes a changed copy."""

    __slots__ = ('_name', '_kind', '_default', '_annotation')

    empty = _empty
    (POSITIONAL_ONLY, POSITIONAL_OR_KEYWORD, VAR_POSITIONAL, KEYWORD_ONLY,
     VAR_KEYWORD) = _ParameterKind

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        try:
            self._kind = _ParameterKind(kind)
        except ValueError:
            raise ValueError(f'value {kind!r} is not a valid Parameter.kind')
        if default is not _empty and \
                self._kind in (_VAR_POSITIONAL, _VAR_KEYWORD):
            raise ValueError('{} parameters cannot have default values'
                             .format(self._kind.description))
        self._annotation, self._default = annotation, default
        if name is _empty:
            raise ValueError('name is a required attribute for Parameter')
        if not isinstance(name, str):
            raise TypeError('name must be a str, not a {}'.format(
                type(name).__name__))
        if name[0] == '.' and name[1:].isdigit():
            # The hidden argument of a comprehension's code ('.0').
            if self._kind != _POSITIONAL_OR_KEYWORD:
                raise ValueError(
                    'implicit arguments must be passed as positional or '
                    'keyword arguments, not {}'.format(
                        self._kind.description))
            self._kind = _POSITIONAL_ONLY
            name = 'implicit{}'.format(name[1:])
        if (keyword.iskeyword(name) and self._kind is not _POSITIONAL_ONLY) \
                or not name.isidentifier():
            raise ValueError('{!r} is not a valid parameter name'.format(name))
        self._name = name

    # Read-only views of the slots.
    name = property(lambda self: self._name)
    kind = property(lambda self: self._kind)
    default = property(lambda self: self._default)
    annotation = property(lambda self: self._annotation)

    # Pickling: name and kind go through __init__ (and its checks), the
    # rest is restored as state.
    def __reduce__(self):
        state = {'_default': self._default, '_annotation': self._annotation}
        return type(self), (self._name, self._kind), state

    def __setstate__(self, state):
        for slot in ('_default', '_annotation'):
            setattr(self, slot, state[slot])

    def replace(self, *, name=_void, kind=_void, annotation=_void,
                default=_void):
        """A copy with the given fields changed."""
        def pick(given, current):
            return current if given is _void else given
        return type(self)(pick(name, self._name), pick(kind, self._kind),
                          default=pick(default, self._default),
                          annotation=pick(annotation, self._annotation))

    def __str__(self):
        text = self._name
        if self._annotation is not _empty:
            text = '{}: {}'.format(text, formatannotation(self._annotation))
        if self._default is not _empty:
            sep = ' = ' if self._annotation is not _empty else '='
            text = '{}{}{}'.format(text, sep, repr(self._default))
        if self._kind == _VAR_POSITIONAL:
            text = '*' + text
        elif self._kind == _VAR_KEYWORD:
            text = '**' + text
        return text

    def __repr__(self):
        return '<%s "%s">' % (type(self).__name__, self)

    def __hash__(self):
        return hash((self.name, self.kind, self.annotation, self.default))

    def __eq__(self, other):
        if not isinstance(other, Parameter):
            return NotImplemented
        if self is other:
            return True
        return all(getattr(self, slot) == getattr(other, slot)
                   for slot in ('_name', '_kind', '_default', '_annotation'))


class BoundArguments:
    """The result of Signature.bind: which parameter got which value."""

    __slots__ = ('arguments', '_signature', '__weakref__')

    def __init__(self, signature, arguments):
        self._signature, self.arguments = signature, arguments

    signature = property(lambda self: self._signature)

    @property
    def args(self):
        """The values to pass positionally."""
        args = []
        for name, param in self._signature.parameters.items():
            if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                break
            try:
                value = self.arguments[name]
            except KeyError:
                break
            if param.kind == _VAR_POSITIONAL:
                args.extend(value)
            else:
                args.append(value)
        return tuple(args)

    @property
    def kwargs(self):
        """The values to pass by keyword."""
        kwargs = {}
        started = False
        for name, param in self._signature.parameters.items():
            if not started:
                if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                    started = True
                elif name not in self.arguments:
                    # After a gap, positional-or-keyword values must go
                    # by keyword.
                    started = True
                    continue
            if not started:
                continue
            try:
                value = self.arguments[name]
            except KeyError:
                continue
            if param.kind == _VAR_KEYWORD:
                kwargs.update(value)
            else:
                kwargs[name] = value
        return kwargs

    def apply_defaults(self):
        """Fill in the defaults of the parameters not bound (() and {} for
        *args and **kwargs)."""
        arguments = self.arguments
        filled = []
        for name, param in self._signature.parameters.items():
            if name in arguments:
                filled.append((name, arguments[name]))
                continue
            if param.default is not _empty:
                value = param.default
            elif param.kind is _VAR_POSITIONAL:
                value = ()
            elif param.kind is _VAR_KEYWORD:
                value = {}
            else:
                continue
            filled.append((name, value))
        self.arguments = dict(filled)

    def __eq__(self, other):
        if not isinstance(other, BoundArguments):
            return NotImplemented
        return self is other or (self.signature == other.signature and
                                 self.arguments == other.arguments)

    def __getstate__(self):
        return {'_signature': self._signature, 'arguments': self.arguments}

    def __setstate__(self, state):
        self.arguments = state['arguments']
        self._signature = state['_signature']

    def __repr__(self):
        shown = ', '.join('%s=%r' % item for item in self.arguments.items())
        return '<%s (%s)>' % (type(self).__name__, shown)


class Signature:
    """A callable's parameters and return annotation.  Immutable;
    replace() makes a changed copy."""

    __slots__ = ('_return_annotation', '_parameters')

    # Subclasses may swap in their own parameter and binding classes.
    _bound_arguments_cls = BoundArguments
    _parameter_cls = Parameter
    empty = _empty

    def __init__(self, parameters=None, *, return_annotation=_empty,
                 __validate_parameters__=True):
        if parameters is None:
            params = collections.OrderedDict()
        elif __validate_parameters__:
            params = collections.OrderedDict()
            top = _POSITIONAL_ONLY
            seen_default = False
            for param in parameters:
                kind, name = param.kind, param.name
                if kind < top:
                    raise ValueError(
                        'wrong parameter order: {} parameter before {} '
                        'parameter'.format(top.description, kind.description))
                if kind > top:
                    top = kind
                if kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
                    if param.default is _empty:
                        if seen_default:
                            raise ValueError('non-default argument follows '
                                             'default argument')
                    else:
                        seen_default = True
                if name in params:
                    raise ValueError('duplicate parameter name: {!r}'.format(
                        name))
                params[name] = param
        else:
            params = collections.OrderedDict((p.name, p) for p in parameters)
        self._parameters = types.MappingProxyType(params)
        self._return_annotation = return_annotation

    @classmethod
    def from_callable(cls, obj, *, follow_wrapped=True, globals=None,
                      locals=None, eval_str=False):
        """The signature of any callable."""
        return _signature_from_callable(obj, sigcls=cls,
                                        follow_wrapper_chains=follow_wrapped,
                                        globals=globals, locals=locals,
                                        eval_str=eval_str)

    parameters = property(lambda self: self._parameters)
    return_annotation = property(lambda self: self._return_annotation)

    def replace(self, *, parameters=_void, return_annotation=_void):
        """A copy with the given fields changed."""
        new_params = (self.parameters.values() if parameters is _void
                      else parameters)
        new_return = (self._return_annotation if return_annotation is _void
                      else return_annotation)
        return type(self)(new_params, return_annotation=new_return)

    def _hash_basis(self):
        params = tuple(p for p in self.parameters.values()
                       if p.kind != _KEYWORD_ONLY)
        kwonly = {p.name: p for p in self.parameters.values()
                  if p.kind == _KEYWORD_ONLY}
        return params, kwonly, self.return_annotation

    def __hash__(self):
        params, kwonly, ret = self._hash_basis()
        return hash((params, frozenset(kwonly.values()), ret))

    def __eq__(self, other):
        if not isinstance(other, Signature):
            return NotImplemented
        return self is other or self._hash_basis() == other._hash_basis()

    def _bind(self, args, kwargs, *, partial=False):
        arguments = {}
        params = iter(self.parameters.values())
        pending = ()
        values = iter(args)
        while True:
            try:
                value = next(values)
            except StopIteration:
                # Positional values used up; see where keywords start.
                try:
                    param = next(params)
                except StopIteration:
                    break
                if param.kind == _VAR_POSITIONAL:
                    break
                if param.name in kwargs:
                    if param.kind == _POSITIONAL_ONLY:
                        raise TypeError(
                            '{arg!r} parameter is positional only, but was '
                            'passed as a keyword'.format(arg=param.name)) \
                            from None
                    pending = (param,)
                    break
                if param.kind == _VAR_KEYWORD or param.default is not _empty:
                    pending = (param,)
                    break
                if partial:
                    pending = (param,)
                    break
                raise TypeError('missing a required argument: {arg!r}'
                                .format(arg=param.name)) from None
            else:
                try:
                    param = next(params)
                except StopIteration:
                    raise TypeError('too many positional arguments') from None
                if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                    raise TypeError('too many positional arguments') from None
                if param.kind == _VAR_POSITIONAL:
                    arguments[param.name] = (value,) + tuple(values)
                    break
                if param.name in kwargs and param.kind != _POSITIONAL_ONLY:
                    raise TypeError('multiple values for argument {arg!r}'
                                    .format(arg=param.name)) from None
                arguments[param.name] = value
        var_keyword = None
        for param in (*pending, *params):
            if param.kind == _VAR_KEYWORD:
                var_keyword = param
                continue
            if param.kind == _VAR_POSITIONAL:
                continue
            name = param.name
            try:
                value = kwargs.pop(name)
            except KeyError:
                if not partial and param.default is _empty:
                    raise TypeError('missing a required argument: {arg!r}'
                                    .format(arg=name)) from None
            else:
                if param.kind == _POSITIONAL_ONLY:
                    raise TypeError('{arg!r} parameter is positional only, '
                                    'but was passed as a keyword'
                                    .format(arg=param.name))
                arguments[name] = value
        if kwargs:
            if var_keyword is None:
                raise TypeError('got an unexpected keyword argument {arg!r}'
                                .format(arg=next(iter(kwargs))))
            arguments[var_keyword.name] = kwargs
        return self._bound_arguments_cls(self, arguments)

    def bind(self, /, *args, **kwargs):
        """Map the arguments to parameters as a call would, or raise
        TypeError."""
        return self._bind(args, kwargs)

    def bind_partial(self, /, *args, **kwargs):
        """bind, with missing required arguments allowed."""
        return self._bind(args, kwargs, partial=True)

    def __repr__(self):
        return '<%s %s>' % (type(self).__name__, self)

    # Pickled as the parameters (rechecked by __init__) plus the return
    # annotation as state.
    def __reduce__(self):
        state = {'_return_annotation': self._return_annotation}
        return type(self), (tuple(self._parameters.values()),), state

    def __setstate__(self, state):
        self._return_annotation = state['_return_annotation']

    def __str__(self):
        parts = []
        slash_due = False
        star_due = True
        for param in self.parameters.values():
            kind = param.kind
            if kind == _POSITIONAL_ONLY:
                slash_due = True
            elif slash_due:
                parts.append('/')
                slash_due = False
            if kind == _VAR_POSITIONAL:
                star_due = False
            elif kind == _KEYWORD_ONLY and star_due:
                parts.append('*')
                star_due = False
            parts.append(str(param))
        if slash_due:
            parts.append('/')
        text = '({})'.format(', '.join(parts))
        if self.return_annotation is not _empty:
            text += ' -> {}'.format(formatannotation(self.return_annotation))
        return text


def signature(obj, *, follow_wrapped=True, globals=None, locals=None,
              eval_str=False):
    """The Signature of a callable."""
    return Signature.from_callable(obj, follow_wrapped=follow_wrapped,
                                   globals=globals, locals=locals,
                                   eval_str=eval_str)


def _signature_is_functionlike(obj):
    # Objects that are not functions but carry everything a function's
    # signature is made from (some compiled-function types do).
    if not callable(obj) or isclass(obj):
        return False
    name = getattr(obj, '__name__', None)
    code = getattr(obj, '__code__', None)
    defaults = getattr(obj, '__defaults__', _void)
    kwdefaults = getattr(obj, '__kwdefaults__', _void)
    annotations = getattr(obj, '__annotations__', None)
    return (isinstance(code, types.CodeType) and isinstance(name, str) and
            (defaults is None or isinstance(defaults, tuple)) and
            (kwdefaults is None or isinstance(kwdefaults, dict)) and
            (isinstance(annotations, (dict)) or annotations is None))


def _signature_bound_method(sig):
    # Drop the first parameter, which the bound object fills.
    params = list(sig.parameters.values())
    first = params[0].kind if params else None
    if first is None or first in (_VAR_KEYWORD, _KEYWORD_ONLY):
        raise ValueError('invalid method signature')
    if first is _VAR_POSITIONAL:
        # *args absorbs the bound object and stays.
        return sig.replace(parameters=params)
    if first not in (_POSITIONAL_OR_KEYWORD, _POSITIONAL_ONLY):
        raise ValueError('invalid argument type')
    return sig.replace(parameters=params[1:])


def _signature_from_function(cls, func, skip_bound_arg=True, globals=None,
                             locals=None, eval_str=False):
    is_duck = False
    if not isfunction(func):
        if _signature_is_functionlike(func):
            is_duck = True
        else:
            raise TypeError('{!r} is not a Python function'.format(func))
    code = func.__code__
    npos = code.co_argcount
    names = code.co_varnames
    nposonly = code.co_posonlyargcount
    positional = names[:npos]
    nkwonly = code.co_kwonlyargcount
    kwonly = names[npos:npos + nkwonly]
    annotations = get_annotations(func, globals=globals, locals=locals,
                                  eval_str=eval_str)
    defaults = func.__defaults__
    kwdefaults = func.__kwdefaults__
    ndefaults = len(defaults) if defaults else 0
    Param = cls._parameter_cls
    params = []
    first_default = npos - ndefaults
    for i, name in enumerate(positional):
        kind = _POSITIONAL_ONLY if i < nposonly else _POSITIONAL_OR_KEYWORD
        default = defaults[i - first_default] if i >= first_default \
            else _empty
        params.append(Param(name, annotation=annotations.get(name, _empty),
                            kind=kind, default=default))
    index = npos + nkwonly
    if code.co_flags & CO_VARARGS:
        name = names[index]
        params.append(Param(name, annotation=annotations.get(name, _empty),
                            kind=_VAR_POSITIONAL))
        index += 1
    for name in kwonly:
        default = _empty
        if kwdefaults is not None:
            default = kwdefaults.get(name, _empty)
        params.append(Param(name, annotation=annotations.get(name, _empty),
                            kind=_KEYWORD_ONLY, default=default))
    if code.co_flags & CO_VARKEYWORDS:
        name = names[index]
        params.append(Param(name, annotation=annotations.get(name, _empty),
                            kind=_VAR_KEYWORD))
    return cls(params, return_annotation=annotations.get('return', _empty),
               __validate_parameters__=is_duck)


def _signature_get_partial(wrapped_sig, partial, extra_args=()):
    # How a signature looks once a partial has bound some arguments:
    # those given positionally disappear, those given by keyword become
    # defaults and make every later parameter keyword-only.
    old = wrapped_sig.parameters
    new = collections.OrderedDict(old.items())
    args = partial.args or ()
    keywords = partial.keywords or {}
    if extra_args:
        args = extra_args + args
    try:
        bound = wrapped_sig.bind_partial(*args, **keywords)
    except TypeError as ex:
        raise ValueError('partial object {!r} has incorrect arguments'.format(
            partial)) from ex
    to_kwonly = False
    for name, param in old.items():
        if name in bound.arguments:
            value = bound.arguments[name]
            if param.kind is _POSITIONAL_ONLY:
                new.pop(name)
                continue
            if param.kind is _POSITIONAL_OR_KEYWORD:
                if name in keywords:
                    to_kwonly = True
                    new[name] = param.replace(default=value)
                else:
                    new.pop(param.name)
                    continue
            if param.kind is _KEYWORD_ONLY:
                new[name] = param.replace(default=value)
        if to_kwonly:
            if param.kind is _POSITIONAL_OR_KEYWORD:
                new[name] = new[name].replace(kind=_KEYWORD_ONLY)
                new.move_to_end(name)
            elif param.kind in (_KEYWORD_ONLY, _VAR_KEYWORD):
                new.move_to_end(name)
            elif param.kind is _VAR_POSITIONAL:
                new.pop(param.name)
    return wrapped_sig.replace(parameters=new.values())


_NonUserDefinedCallables = (types.WrapperDescriptorType,
                            types.MethodWrapperType,
                            types.ClassMethodDescriptorType,
                            types.BuiltinFunctionType)


def _signature_get_user_defined_method(cls, method_name):
    try:
        meth = getattr(cls, method_name)
    except AttributeError:
        return None
    if isinstance(meth, _NonUserDefinedCallables):
        return None
    return meth


def _signature_from_builtin(cls, func, skip_bound_arg=True):
    # gilpy's builtins carry no __text_signature__, so only a signature
    # attached by hand is available.
    if func is object:
        return cls([])
    raise ValueError('no signature found for builtin {!r}'.format(func))


def _signature_from_callable(obj, *, follow_wrapper_chains=True,
                             skip_bound_arg=True, globals=None, locals=None,
                             eval_str=False, sigcls):
    def recurse(o):
        return _signature_from_callable(
            o, follow_wrapper_chains=follow_wrapper_chains,
            skip_bound_arg=skip_bound_arg, globals=globals, locals=locals,
            sigcls=sigcls, eval_str=eval_str)

    if not callable(obj):
        raise TypeError('{!r} is not a callable object'.format(obj))

    if isinstance(obj, types.MethodType):
        sig = recurse(obj.__func__)
        return _signature_bound_method(sig) if skip_bound_arg else sig

    if follow_wrapper_chains:
        obj = unwrap(obj, stop=lambda f: hasattr(f, '__signature__'))
        if isinstance(obj, types.MethodType):
            return recurse(obj)

    # An explicit __signature__ wins (None means: compute it).
    given = getattr(obj, '__signature__', None)
    if given is not None:
        if not isinstance(given, Signature):
            raise TypeError('unexpected object {!r} in __signature__ '
                            'attribute'.format(given))
        return given

    # A function made by functools.partialmethod: the partial's signature,
    # with the original first parameter (self) put back in front.
    pm = getattr(obj, '_partialmethod', None)
    if isinstance(pm, functools.partialmethod):
        inner = recurse(pm.func)
        reduced = _signature_get_partial(inner, pm, (None,))
        head = next(iter(inner.parameters.values()))
        if head.kind is _VAR_POSITIONAL:
            return reduced
        return reduced.replace(
            parameters=[head] + list(reduced.parameters.values()))

    if isfunction(obj) or _signature_is_functionlike(obj):
        return _signature_from_function(sigcls, obj,
                                        skip_bound_arg=skip_bound_arg,
                                        globals=globals, locals=locals,
                                        eval_str=eval_str)

    if isbuiltin(obj) or ismethoddescriptor(obj) or \
            isinstance(obj, _NonUserDefinedCallables) or obj in (type, object):
        return _signature_from_builtin(sigcls, obj,
                                       skip_bound_arg=skip_bound_arg)

    if isinstance(obj, functools.partial):
        wrapped_sig = recurse(obj.func)
        return _signature_get_partial(wrapped_sig, obj)

    sig = None
    if isinstance(obj, type):
        call = _signature_get_user_defined_method(type(obj), '__call__')
        if call is not None:
            sig = recurse(call)
        else:
            factory = None
            new = _signature_get_user_defined_method(obj, '__new__')
            init = _signature_get_user_defined_method(obj, '__init__')
            for base in obj.__mro__:
                if new is not None and '__new__' in base.__dict__:
                    factory = new
                    break
                if init is not None and '__init__' in base.__dict__:
                    factory = init
                    break
            if factory is not None:
                sig = recurse(factory)
        if sig is None:
            if type not in obj.__mro__:
                if obj.__init__ is object.__init__ and \
                        obj.__new__ is object.__new__:
                    # object() takes no arguments.
                    return sigcls([])
                raise ValueError('no signature found for builtin type {!r}'
                                 .format(obj))
            raise ValueError('no signature found for builtin type {!r}'
                             .format(obj))
    elif not isinstance(obj, _NonUserDefinedCallables):
        call = _signature_get_user_defined_method(type(obj), '__call__')
        if call is not None:
            try:
                sig = recurse(call)
            except ValueError as ex:
                raise ValueError('no signature found for {!r}'.format(
                    obj)) from ex

    if sig is not None:
        if skip_bound_arg:
            return _signature_bound_method(sig)
        return sig

    if isinstance(obj, types.BuiltinFunctionType):
        raise ValueError('no signature found for builtin function {!r}'
                         .format(obj))
    raise ValueError('callable {!r} is not supported by signature'.format(obj))


FullArgSpec = collections.namedtuple(
    'FullArgSpec',
    'args, varargs, varkw, defaults, kwonlyargs, kwonlydefaults, annotations')


def getfullargspec(func):
    """The parameters of a callable as a FullArgSpec tuple; bound methods
    keep their first parameter."""
    try:
        sig = _signature_from_callable(func, follow_wrapper_chains=False,
                                       skip_bound_arg=False,
                                       sigcls=Signature, eval_str=False)
    except Exception as ex:
        raise TypeError('unsupported callable') from ex
    params = list(sig.parameters.values())
    empty = Parameter.empty

    def of_kind(*kinds):
        return [p for p in params if p.kind in kinds]

    def single(kind):
        found = of_kind(kind)
        return found[0].name if found else None

    # Positional-only names come first in `args`, FullArgSpec having no
    # field of their own.
    positional = of_kind(_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD)
    keyword_only = of_kind(_KEYWORD_ONLY)
    defaults = tuple(p.default for p in positional if p.default is not empty)
    kwdefaults = {p.name: p.default for p in keyword_only
                  if p.default is not empty}
    annotations = {}
    if sig.return_annotation is not empty:
        annotations['return'] = sig.return_annotation
    for p in params:
        if p.annotation is not empty:
            annotations[p.name] = p.annotation
    return FullArgSpec([p.name for p in positional], single(_VAR_POSITIONAL),
                       single(_VAR_KEYWORD), defaults or None,
                       [p.name for p in keyword_only], kwdefaults or None,
                       annotations)


def _and_list(names):
    # 'a', 'a and b', 'a, b and c'
    if len(names) == 1:
        return names[0]
    return ', '.join(names[:-1]) + ' and ' + names[-1]


def _missing_arguments(f_name, argnames, pos, values):
    absent = [repr(n) for n in argnames if n not in values]
    count = len(absent)
    raise TypeError('%s() missing %i required %s argument%s: %s' % (
        f_name, count, 'positional' if pos else 'keyword-only',
        '' if count == 1 else 's', _and_list(absent)))


def _too_many(f_name, args, kwonly, varargs, defcount, given, values):
    # The message a call with too many positional arguments gets.
    if varargs:
        least = len(args) - defcount
        accepted, many = 'at least %d' % least, least != 1
    elif defcount:
        accepted, many = 'from %d to %d' % (len(args) - defcount, len(args)), True
    else:
        accepted, many = str(len(args)), len(args) != 1
    by_keyword = sum(1 for name in kwonly if name in values)
    extra = ''
    if by_keyword:
        extra = ' positional argument%s (and %d keyword-only argument%s)' % (
            '' if given == 1 else 's', by_keyword,
            '' if by_keyword == 1 else 's')
    verb = 'was' if given == 1 and not by_keyword else 'were'
    raise TypeError('%s() takes %s positional argument%s but %d%s %s given'
                    % (f_name, accepted, 's' if many else '', given, extra,
                       verb))


def getcallargs(func, /, *positional, **named):
    """The dict of parameter names to values a call with these arguments
    would make, with CPython's TypeError messages for bad calls."""
    (args, varargs, varkw, defaults, kwonlyargs, kwonlydefaults,
     _ann) = getfullargspec(func)
    name = func.__name__
    if ismethod(func) and func.__self__ is not None:
        positional = (func.__self__,) + positional
    # Key order follows the reference: positionals, *args, **kwargs,
    # keywords as given, then defaults.
    bound = dict(zip(args, positional))
    if varargs:
        bound[varargs] = positional[len(args):]
    if varkw:
        bound[varkw] = {}
    accepted = set(args) | set(kwonlyargs)
    for key, value in named.items():
        if key in accepted:
            if key in bound:
                raise TypeError('%s() got multiple values for argument %r'
                                % (name, key))
            bound[key] = value
        elif varkw:
            bound[varkw][key] = value
        else:
            raise TypeError('%s() got an unexpected keyword argument %r'
                            % (name, key))
    ndefaults = len(defaults or ())
    if len(positional) > len(args) and not varargs:
        _too_many(name, args, kwonlyargs, varargs, ndefaults,
                  len(positional), bound)
    if len(positional) < len(args):
        split = len(args) - ndefaults
        required = args[:split]
        if any(a not in bound for a in required):
            _missing_arguments(name, required, True, bound)
        for a, default in zip(args[split:], defaults or ()):
            bound.setdefault(a, default)
    lacking = False
    for a in kwonlyargs:
        if a in bound:
            continue
        if kwonlydefaults and a in kwonlydefaults:
            bound[a] = kwonlydefaults[a]
        else:
            lacking = True
    if lacking:
        _missing_arguments(name, kwonlyargs, False, bound)
    return bound


Arguments = collections.namedtuple('Arguments', 'args, varargs, varkw')


def getargs(co):
    """The argument names of a code object: positional and keyword-only
    names, then the names of *args and **kwargs (or None)."""
    if not iscode(co):
        raise TypeError('{!r} is not a code object'.format(co))
    names = co.co_varnames
    npos = co.co_argcount
    nkw = co.co_kwonlyargcount
    args = list(names[:npos + nkw])
    index = npos + nkw
    varargs = varkw = None
    if co.co_flags & CO_VARARGS:
        varargs = names[index]
        index += 1
    if co.co_flags & CO_VARKEYWORDS:
        varkw = names[index]
    return Arguments(args, varargs, varkw)


def formatargvalues(args, varargs, varkw, locals, formatarg=str,
                    formatvarargs=lambda name: '*' + name,
                    formatvarkw=lambda name: '**' + name,
                    formatvalue=lambda value: '=' + repr(value)):
    """Text for the values of getargvalues: '(a=1, *rest=(), **kw={})'."""
    specs = [formatarg(name) + formatvalue(locals[name]) for name in args]
    if varargs:
        specs.append(formatvarargs(varargs) + formatvalue(locals[varargs]))
    if varkw:
        specs.append(formatvarkw(varkw) + formatvalue(locals[varkw]))
    return '(' + ', '.join(specs) + ')'


def formatannotationrelativeto(object):
    """A formatannotation that leaves out the module of the object."""
    module = getattr(object, '__module__', None)

    def _formatannotation(annotation):
        return formatannotation(annotation, module)
    return _formatannotation


def getgeneratorlocals(generator):
    """The local variables of a generator's frame ({} once it ended)."""
    if not isgenerator(generator):
        raise TypeError('{!r} is not a Python generator'.format(generator))
    frame = getattr(generator, 'gi_frame', None)
    if frame is not None:
        return generator.gi_frame.f_locals
    return {}


def getcoroutinelocals(coroutine):
    """The local variables of a coroutine's frame ({} once it ended)."""
    frame = getattr(coroutine, 'cr_frame', None)
    if frame is not None:
        return frame.f_locals
    return {}


def walktree(classes, children, parent):
    """The nested lists getclasstree returns, from the given roots."""
    # Sorted in place, by module then name, as the reference does.
    classes.sort(key=lambda c: (c.__module__, c.__name__))
    tree = []
    for klass in classes:
        tree.append((klass, klass.__bases__))
        subclasses = children.get(klass)
        if subclasses is not None:
            tree.append(walktree(subclasses, children, klass))
    return tree


def getclasstree(classes, unique=False):
    """The classes arranged by inheritance: a list of (class, bases)
    entries, each followed by a list holding its subclasses' entries."""
    children = {}
    roots = []
    for klass in classes:
        if not klass.__bases__:
            if klass not in roots:
                roots.append(klass)
            continue
        for base in klass.__bases__:
            siblings = children.setdefault(base, [])
            if klass not in siblings:
                siblings.append(klass)
            # With unique, a class appears under its first listed base
            # only.
            if unique and base in classes:
                break
    # Bases outside the given classes become roots too.
    roots += [base for base in children if base not in classes]
    return walktree(roots, children, None)


Attribute = collections.namedtuple('Attribute',
                                   'name kind defining_class object')


def classify_class_attrs(cls):
    """An Attribute(name, kind, defining_class, object) for each name of
    dir(cls); kind is 'class method', 'static method', 'property',
    'method' or 'data'."""
    mro = getmro(cls)
    metamro = tuple(c for c in getmro(type(cls)) if c not in (type, object))
    class_bases = (cls,) + mro
    all_bases = class_bases + metamro
    names = dir(cls)
    for base in mro:
        for k, v in base.__dict__.items():
            if isinstance(v, types.DynamicClassAttribute) and \
                    v.fget is not None:
                names.append(k)
    result = []
    done = set()
    for name in names:
        home = None
        got = None
        stored = None
        if name not in done:
            try:
                if name == '__dict__':
                    raise Exception('the mapping proxy is not wanted')
                got = getattr(cls, name)
            except Exception:
                pass
            else:
                home = getattr(got, '__objclass__', home)
                if home not in class_bases:
                    # The last class of the MRO giving the same object.
                    home = None
                    last = None
                    for c in class_bases:
                        if getattr(c, name, None) is got:
                            last = c
                    for c in metamro:
                        try:
                            found = c.__getattr__(cls, name)
                        except AttributeError:
                            continue
                        if found is got:
                            last = c
                    if last is not None:
                        home = last
        for base in all_bases:
            if name in base.__dict__:
                stored = base.__dict__[name]
                if home not in metamro:
                    home = base
                break
        if home is None:
            continue
        obj = got if got is not None else stored
        if isinstance(stored, (staticmethod, types.BuiltinMethodType)):
            kind = 'static method'
            obj = stored
        elif isinstance(stored, (classmethod,
                                 types.ClassMethodDescriptorType)):
            kind = 'class method'
            obj = stored
        elif isinstance(stored, property):
            kind = 'property'
            obj = stored
        elif isroutine(obj):
            kind = 'method'
        else:
            kind = 'data'
        result.append(Attribute(name, kind, home, obj))
        done.add(name)
    return result
