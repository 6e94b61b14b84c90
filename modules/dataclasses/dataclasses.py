"""Classes described by their annotated attributes.

@dataclass turns each annotated class attribute into a field and gives the
class the methods those fields imply: a constructor, a repr, equality and,
when asked, ordering, hashing, immutability and __slots__. The functions
fields, asdict, astuple, replace, is_dataclass and make_dataclass work
with such classes and their instances."""

import abc
import copy
import keyword
import sys
import types
from _thread import get_ident as _thread_id

# The public names, in the order the module has always listed them.
__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar',
           'KW_ONLY', 'MISSING', 'fields', 'asdict', 'astuple',
           'make_dataclass', 'replace', 'is_dataclass']

# Where the decorator leaves its results on the class.
_FIELDS = '__dataclass_fields__'
_PARAMS = '__dataclass_params__'


class FrozenInstanceError(AttributeError):
    """Assigning or deleting a field of a frozen dataclass instance."""


class _MISSING_TYPE:
    pass


class _KW_ONLY_TYPE:
    pass


class _FactoryMarker:
    # Stands as the __init__ default of a field built by a default_factory,
    # so the call can tell "not given" from any real value.
    def __repr__(self):
        return '<factory>'


# None is a valid default, so "no default" needs its own value.
MISSING = _MISSING_TYPE()
# A class annotation "_: KW_ONLY" makes the fields after it keyword-only.
KW_ONLY = _KW_ONLY_TYPE()
_FACTORY = _FactoryMarker()

_NO_METADATA = types.MappingProxyType({})


class _FieldKind:
    __slots__ = ('label',)

    def __init__(self, label):
        self.label = label

    def __repr__(self):
        return self.label


# A field's role: stored on the instance, a class variable (typing.ClassVar,
# not a field at all for the generated methods), or an init-only value
# (InitVar, handed to __post_init__ and never stored).
_FIELD = _FieldKind('_FIELD')
_FIELD_CLASSVAR = _FieldKind('_FIELD_CLASSVAR')
_FIELD_INITVAR = _FieldKind('_FIELD_INITVAR')


def _guard_recursion(render):
    """Wrap a repr function so that an object met again while it is being
    shown (it contains itself) shows as '...'. Each thread keeps its own
    record, keyed by object identity."""
    busy = set()

    def guarded(obj):
        token = (id(obj), _thread_id())
        if token in busy:
            return '...'
        busy.add(token)
        try:
            return render(obj)
        finally:
            busy.discard(token)

    guarded.__wrapped__ = render
    for name in ('__module__', '__name__', '__qualname__', '__doc__'):
        if hasattr(render, name):
            setattr(guarded, name, getattr(render, name))
    return guarded


class InitVar:
    """The annotation InitVar[T] marks an init-only pseudo-field: __init__
    takes it and passes it on to __post_init__; the instance keeps nothing."""

    __slots__ = ('type',)

    def __init__(self, type):
        self.type = type

    def __class_getitem__(cls, type):
        return InitVar(type)

    def __repr__(self):
        inner = self.type
        shown = inner.__name__ if isinstance(inner, type) else repr(inner)
        return 'dataclasses.InitVar[' + shown + ']'


_FIELD_REPR_ORDER = ('name', 'type', 'default', 'default_factory', 'init',
                     'repr', 'hash', 'compare', 'metadata', 'kw_only')


class Field:
    """One field of a dataclass, as given to field() (or made from a plain
    class attribute), completed with its name, type and role when the
    class is decorated."""

    __slots__ = ('name', 'type', 'default', 'default_factory', 'repr', 'hash',
                 'init', 'compare', 'metadata', 'kw_only', '_field_type')

    def __init__(self, default, default_factory, init, repr, hash, compare,
                 metadata, kw_only):
        self.name = self.type = self._field_type = None
        self.default, self.default_factory = default, default_factory
        self.init, self.repr, self.hash, self.compare = init, repr, hash, compare
        if metadata is None:
            self.metadata = _NO_METADATA
        else:
            self.metadata = types.MappingProxyType(metadata)
        self.kw_only = kw_only

    def __repr__(self):
        shown = [f'{attr}={getattr(self, attr)!r}' for attr in _FIELD_REPR_ORDER]
        shown.append(f'_field_type={self._field_type}')
        return 'Field(' + ','.join(shown) + ')'

    __repr__ = _guard_recursion(__repr__)

    def __set_name__(self, owner, name):
        # The class statement names the Field, not its default; a default
        # that is a descriptor still wants to learn its name.
        hook = getattr(type(self.default), '__set_name__', None)
        if hook:
            hook(self.default, owner, name)

    __class_getitem__ = classmethod(types.GenericAlias)


class _DataclassParams:
    __slots__ = ('init', 'repr', 'eq', 'order', 'unsafe_hash', 'frozen')

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        for attr, value in zip(self.__slots__,
                               (init, repr, eq, order, unsafe_hash, frozen)):
            setattr(self, attr, value)

    def __repr__(self):
        shown = ','.join(f'{attr}={getattr(self, attr)!r}' for attr in self.__slots__)
        return f'_DataclassParams({shown})'


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
          hash=None, compare=True, metadata=None, kw_only=MISSING):
    """Describe one field beyond its plain default.

    default_factory is called with no arguments for every new instance (a
    fresh list for each, say). init, repr and compare say whether the
    constructor, the repr and the comparisons include the field; hash
    likewise for __hash__ (None: as compare). metadata is any mapping, kept
    read-only for the program's own use; kw_only makes the constructor
    take it by keyword only."""
    if default_factory is not MISSING and default is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


# Telling ClassVar, InitVar and KW_ONLY annotations apart, whether given as
# objects or as strings (from "from __future__ import annotations" or
# quoting) which are never evaluated: a string is looked at only for its
# leading "name" or "module.name".

def _names_classvar(obj, typing):
    if obj is typing.ClassVar:
        return True
    return type(obj) is typing._GenericAlias and obj.__origin__ is typing.ClassVar


def _names_initvar(obj, this_module):
    return obj is this_module.InitVar or type(obj) is this_module.InitVar


def _names_kw_only(obj, this_module):
    return obj is this_module.KW_ONLY


def _word_at_start(text):
    end = 0
    while end < len(text) and (text[end].isalnum() or text[end] == '_'):
        end += 1
    return text[:end]


def _leading_reference(text):
    """The (qualifier, name) a string annotation starts with: "mod.Name[int]"
    gives ('mod', 'Name'), "Name" gives (None, 'Name'); None when the
    text starts with no name."""
    text = text.lstrip()
    head = _word_at_start(text)
    if not head:
        return None
    after = text[len(head):].lstrip()
    if after.startswith('.'):
        tail = _word_at_start(after[1:].lstrip())
        if tail:
            return head, tail
    return None, head


def _string_names(text, cls, home, target, predicate):
    # Whether the string annotation text, read in cls's module, names
    # target (an object of module home): "Name" is looked up in cls's
    # module; "mod.Name" counts only when mod there is home itself.
    found = _leading_reference(text)
    if found is None:
        return False
    qualifier, name = found
    owner = sys.modules.get(cls.__module__)
    if qualifier is None:
        scope = owner.__dict__
    elif owner and owner.__dict__.get(qualifier) is home:
        scope = sys.modules.get(target.__module__).__dict__
    else:
        return False
    return bool(scope) and predicate(scope.get(name), home)


def _annotation_is(annotation, cls, home, target, predicate):
    if predicate(annotation, home):
        return True
    return (isinstance(annotation, str)
            and _string_names(annotation, cls, home, target, predicate))


def _field_kind(cls, annotation):
    typing = sys.modules.get('typing')
    if typing and _annotation_is(annotation, cls, typing, typing.ClassVar,
                                 _names_classvar):
        return _FIELD_CLASSVAR
    here = sys.modules[__name__]
    if _annotation_is(annotation, cls, here, here.InitVar, _names_initvar):
        return _FIELD_INITVAR
    return _FIELD


def _is_kw_only_marker(cls, annotation):
    here = sys.modules[__name__]
    return _annotation_is(annotation, cls, here, here.KW_ONLY, _names_kw_only)


def _make_field(cls, name, annotation, kw_only_default):
    # The Field of one annotation of cls: the class attribute of that name
    # if it is a Field, else a Field whose default is that attribute (a
    # slot's member descriptor is no default).
    found = getattr(cls, name, MISSING)
    if isinstance(found, Field):
        f = found
    else:
        if isinstance(found, types.MemberDescriptorType):
            found = MISSING
        f = field(default=found)
    f.name, f.type = name, annotation
    f._field_type = kind = _field_kind(cls, annotation)

    if kind is _FIELD_CLASSVAR:
        if f.default_factory is not MISSING:
            raise TypeError(f'field {name} cannot have a default factory')
        if f.kw_only is not MISSING:
            raise TypeError(f'field {name} is a ClassVar but specifies kw_only')
        return f
    if kind is _FIELD_INITVAR and f.default_factory is not MISSING:
        raise TypeError(f'field {name} cannot have a default factory')
    if f.kw_only is MISSING:
        f.kw_only = kw_only_default
    # A default that cannot be hashed is taken as mutable (list, dict,
    # set...): every instance would share the one object.
    if kind is _FIELD and f.default.__class__.__hash__ is None:
        raise ValueError(f'mutable default {type(f.default)} for field '
                         f'{name} is not allowed: use default_factory')
    return f


class _Generated:
    """Writes one method as source text and compiles it.

    Objects the text refers to (defaults, factories, the class...) are
    parameters of an enclosing function, so the method reaches them as
    closure cells: the class's module, which is the method's globals,
    cannot shadow them, and the prefix of their names keeps them apart
    from field names. The enclosing function is called __create_fn__ and
    the method's body starts on line 3 of "<string>", as in CPython:
    pprint tells a generated repr by that name, and tracebacks through a
    generated method show the same lines."""

    def __init__(self, module_globals):
        self.module_globals = module_globals
        self.cells = {}

    def ref(self, label, value):
        name = f'__dataclass_{label}__'
        self.cells[name] = value
        return name

    def build(self, name, params, lines):
        text = (f'def __create_fn__({", ".join(self.cells)}):\n'
                f' def {name}({", ".join(params)}):\n'
                + ''.join(f'  {line}\n' for line in lines or ['pass'])
                + f' return {name}\n')
        scope = {}
        exec(text, self.module_globals, scope)
        return scope['__create_fn__'](**self.cells)


def _attr_tuple(owner, fields):
    # Source of a tuple of owner's values of fields: "(self.a,self.b,)".
    return '(' + ''.join(f'{owner}.{f.name},' for f in fields) + ')'


def _has_default(f):
    return f.default is not MISSING or f.default_factory is not MISSING


def _init_method(cls, fields, frozen, slots, module_globals):
    """__init__: positional parameters for the fields taken positionally,
    then the keyword-only ones; each field is stored (through
    object.__setattr__ when frozen), then __post_init__ gets the
    init-only values. Defaults and annotations are set on the compiled
    function rather than written into its text."""
    positional = [f for f in fields if f.init and not f.kw_only]
    keyword_only = [f for f in fields if f.init and f.kw_only]
    defaulted = None
    for f in positional:
        if _has_default(f):
            defaulted = f
        elif defaulted is not None:
            raise TypeError(f'non-default argument {f.name!r} '
                            'follows default argument')

    gen = _Generated(module_globals)
    me = '__dataclass_self__' if 'self' in cls.__dict__[_FIELDS] else 'self'
    if frozen:
        setter = gen.ref('setattr', object.__setattr__)
        store = lambda name, value: f'{setter}({me},{name!r},{value})'
    else:
        store = lambda name, value: f'{me}.{name}={value}'

    lines = []
    for f in fields:
        if f.default_factory is not MISSING:
            make = gen.ref(f'factory_{f.name}', f.default_factory) + '()'
            if f.init:
                marker = gen.ref('factory_marker', _FACTORY)
                value = f'{make} if {f.name} is {marker} else {f.name}'
            else:
                value = make
        elif f.init:
            value = f.name
        elif slots and f.default is not MISSING:
            # A slotted class keeps no class attribute to fall back on.
            value = gen.ref(f'default_{f.name}', f.default)
        else:
            continue
        if f._field_type is _FIELD:
            lines.append(store(f.name, value))
    if hasattr(cls, '__post_init__'):
        passed = ','.join(f.name for f in fields if f._field_type is _FIELD_INITVAR)
        lines.append(f'{me}.__post_init__({passed})')

    params = [me] + [f.name for f in positional]
    if keyword_only:
        params += ['*'] + [f.name for f in keyword_only]
    method = gen.build('__init__', params, lines)

    def default_of(f):
        return _FACTORY if f.default is MISSING else f.default

    method.__defaults__ = tuple(default_of(f) for f in positional if _has_default(f)) or None
    method.__kwdefaults__ = {f.name: default_of(f) for f in keyword_only
                             if _has_default(f)} or None
    method.__annotations__ = {f.name: f.type for f in positional + keyword_only}
    method.__annotations__['return'] = None
    return method


def _repr_method(fields, module_globals):
    shown = ', '.join(f'{f.name}={{self.{f.name}!r}}' for f in fields if f.repr)
    method = _Generated(module_globals).build(
        '__repr__', ['self'], [f'return f"{{self.__class__.__qualname__}}({shown})"'])
    return _guard_recursion(method)


# The comparisons order=True adds, with their operators.
_ORDERING = (('__lt__', '<'), ('__le__', '<='), ('__gt__', '>'), ('__ge__', '>='))


def _compare_method(name, op, fields, module_globals):
    # Only instances of exactly the same class compare, field by field.
    return _Generated(module_globals).build(name, ['self', 'other'], [
        'if other.__class__ is self.__class__:',
        f' return {_attr_tuple("self", fields)}{op}{_attr_tuple("other", fields)}',
        'return NotImplemented'])


def _hash_method(fields, module_globals):
    chosen = [f for f in fields if (f.compare if f.hash is None else f.hash)]
    gen = _Generated(module_globals)
    hasher = gen.ref('hash', hash)
    return gen.build('__hash__', ['self'], [f'return {hasher}({_attr_tuple("self", chosen)})'])


def _frozen_methods(cls, fields, module_globals):
    # A frozen instance refuses to change its fields; an instance of a
    # plain subclass may still take attributes of its own.
    gen = _Generated(module_globals)
    owner = gen.ref('cls', cls)
    kind = gen.ref('type', type)
    base = gen.ref('super', super)
    error = gen.ref('error', FrozenInstanceError)
    names = gen.ref('names', frozenset(f.name for f in fields))
    refuse = f'if {kind}(self) is {owner} or name in {names}:'
    return (gen.build('__setattr__', ['self', 'name', 'value'], [
                refuse, f' raise {error}(f"cannot assign to field {{name!r}}")',
                f'{base}({owner}, self).__setattr__(name, value)']),
            gen.build('__delattr__', ['self', 'name'], [
                refuse, f' raise {error}(f"cannot delete field {{name!r}}")',
                f'{base}({owner}, self).__delattr__(name)']))


def _install(cls, name, value):
    """Give cls the generated attribute unless the class body defined one
    itself; True when it did (the caller decides whether that is an
    error)."""
    if name in cls.__dict__:
        return True
    if isinstance(value, types.FunctionType):
        value.__qualname__ = f'{cls.__qualname__}.{value.__name__}'
    setattr(cls, name, value)
    return False


def _hash_plan(cls, unsafe_hash, eq, frozen):
    """What becomes of __hash__: 'add' a generated one, 'none' to make
    instances unhashable, None to leave the class's own (or inherited)
    one, or 'clash' when unsafe_hash meets the class's own. A class body
    that defines __hash__ counts as an explicit choice, except the None
    Python puts there for a class that defines __eq__ alone. Decided
    before any method is added, as the added __eq__ would count."""
    own = cls.__dict__.get('__hash__', MISSING)
    explicit = own is not MISSING and not (own is None and '__eq__' in cls.__dict__)
    if unsafe_hash:
        return 'clash' if explicit else 'add'
    if eq and not explicit:
        return 'add' if frozen else 'none'
    return None


def _collect_fields(cls, kw_only):
    """All fields of cls by name, those of dataclass bases first (the most
    basic first; a redefinition keeps its place), then cls's own in
    annotation order. Returns them with cls's own fields and whether the
    bases include a dataclass and a frozen one."""
    every = {}
    any_dataclass_base = any_frozen_base = False
    for base in reversed(cls.__mro__[1:]):
        inherited = getattr(base, _FIELDS, None)
        if inherited is None:
            continue
        any_dataclass_base = True
        every.update((f.name, f) for f in inherited.values())
        if getattr(base, _PARAMS).frozen:
            any_frozen_base = True

    annotations = cls.__dict__.get('__annotations__', {})
    own = []
    marker_seen = False
    for name, annotation in annotations.items():
        if _is_kw_only_marker(cls, annotation):
            if marker_seen:
                raise TypeError(f'{name!r} is KW_ONLY, but KW_ONLY '
                                'has already been specified')
            marker_seen = kw_only = True
        else:
            own.append(_make_field(cls, name, annotation, kw_only))
    for f in own:
        every[f.name] = f
    return every, own, annotations, any_dataclass_base, any_frozen_base


def _settle_class_attribute(cls, name, default):
    if default is MISSING:
        delattr(cls, name)
    else:
        setattr(cls, name, default)


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen,
                   match_args, kw_only, slots, weakref_slot):
    setattr(cls, _PARAMS, _DataclassParams(init, repr, eq, order, unsafe_hash, frozen))
    every, own, annotations, dataclass_base, frozen_base = _collect_fields(cls, kw_only)

    # A field() in the class body gives way to its plain default (or to
    # nothing), so the class attribute reads as the default.
    for f in own:
        if isinstance(getattr(cls, f.name, None), Field):
            _settle_class_attribute(cls, f.name, f.default)
    unannotated = [name for name, value in cls.__dict__.items()
                   if isinstance(value, Field) and name not in annotations]
    if unannotated:
        raise TypeError(f'{unannotated[0]!r} is a field but has no type annotation')

    if dataclass_base and bool(frozen) != frozen_base:
        if frozen:
            raise TypeError('cannot inherit frozen dataclass from a non-frozen one')
        raise TypeError('cannot inherit non-frozen dataclass from a frozen one')

    setattr(cls, _FIELDS, every)
    hash_plan = _hash_plan(cls, unsafe_hash, eq, frozen)
    if order and not eq:
        raise ValueError('eq must be true if order is true')

    stored = [f for f in every.values() if f._field_type is _FIELD]
    compared = [f for f in stored if f.compare]
    init_fields = [f for f in every.values() if f._field_type is not _FIELD_CLASSVAR]
    # The generated methods' globals: the class's module, as for methods
    # written in the class body.
    home = sys.modules.get(cls.__module__)
    scope = home.__dict__ if home is not None else {}

    if init:
        _install(cls, '__init__', _init_method(cls, init_fields, frozen, slots, scope))
    if repr:
        _install(cls, '__repr__', _repr_method(stored, scope))
    if eq:
        _install(cls, '__eq__', _compare_method('__eq__', '==', compared, scope))
    if order:
        for name, op in _ORDERING:
            if _install(cls, name, _compare_method(name, op, compared, scope)):
                raise TypeError(f'Cannot overwrite attribute {name} in class '
                                f'{cls.__name__}. Consider using functools.total_ordering')
    if frozen:
        for method in _frozen_methods(cls, stored, scope):
            if _install(cls, method.__name__, method):
                raise TypeError(f'Cannot overwrite attribute {method.__name__} '
                                f'in class {cls.__name__}')
    if hash_plan == 'add':
        hasher = _hash_method(stored, scope)
        hasher.__qualname__ = f'{cls.__qualname__}.__hash__'
        cls.__hash__ = hasher
    elif hash_plan == 'none':
        cls.__hash__ = None
    elif hash_plan == 'clash':
        raise TypeError(f'Cannot overwrite attribute __hash__ in class {cls.__name__}')

    if not getattr(cls, '__doc__'):
        try:
            shown = _signature_text(cls)
        except (TypeError, ValueError, AttributeError):
            shown = ''
        cls.__doc__ = cls.__name__ + shown

    if match_args:
        _install(cls, '__match_args__',
                 tuple(f.name for f in init_fields if f.init and not f.kw_only))

    if weakref_slot and not slots:
        raise TypeError('weakref_slot is True but slots is False')
    if slots:
        cls = _with_slots(cls, frozen, weakref_slot)
    abc.update_abstractmethods(cls)
    return cls


def _annotation_text(annotation):
    if not isinstance(annotation, type):
        return repr(annotation)
    if annotation.__module__ == 'builtins':
        return annotation.__qualname__
    return f'{annotation.__module__}.{annotation.__qualname__}'


def _signature_text(cls):
    """How the class is called, as text ("(x: int, y: int = 0)"), read from
    the code of the __init__ it uses; the default docstring of a
    dataclass is its name followed by this."""
    init = next((klass.__dict__['__init__'] for klass in cls.__mro__
                 if '__init__' in klass.__dict__), None)
    if init is None or init is object.__init__:
        return '()'
    if not isinstance(init, types.FunctionType):
        return ''
    code = init.__code__
    names = code.co_varnames
    n_pos, n_kw = code.co_argcount, code.co_kwonlyargcount
    annotations = init.__annotations__
    defaults = dict(zip(names[n_pos - len(init.__defaults__ or ()):n_pos],
                        init.__defaults__ or ()))
    defaults.update(init.__kwdefaults__ or {})

    def param(name):
        text = name
        if name in annotations:
            text += ': ' + _annotation_text(annotations[name])
            if name in defaults:
                text += ' = ' + repr(defaults[name])
        elif name in defaults:
            text += '=' + repr(defaults[name])
        return text

    shown = [param(name) for name in names[1:n_pos]]
    more = n_pos + n_kw
    if code.co_flags & 0x04:    # *args
        shown.append('*' + names[more])
        more += 1
    elif n_kw:
        shown.append('*')
    shown += [param(name) for name in names[n_pos:n_pos + n_kw]]
    if code.co_flags & 0x08:    # **kwargs
        shown.append('**' + names[more])
    if code.co_posonlyargcount > 1:
        shown.insert(code.co_posonlyargcount - 1, '/')
    return '(' + ', '.join(shown) + ')'


def _declared_slots(klass):
    # The slot names klass's own body declared, if any.
    declared = klass.__dict__.get('__slots__')
    if declared is None:
        return ()
    if isinstance(declared, str):
        return (declared,)
    if hasattr(declared, '__next__'):
        # An iterator was consumed when the class was made.
        raise TypeError(f"Slots of '{klass.__name__}' cannot be determined")
    return declared


def _frozen_getstate(self):
    return [getattr(self, f.name) for f in fields(self)]


def _frozen_setstate(self, state):
    for f, value in zip(fields(self), state):
        object.__setattr__(self, f.name, value)


def _with_slots(cls, frozen, weakref_slot):
    """A copy of cls with a slot for each field: __slots__ only counts when
    a class is created, so the class is made again from its namespace.
    Slots a base already has are not repeated."""
    if '__slots__' in cls.__dict__:
        raise TypeError(f'{cls.__name__} already specifies __slots__')
    names = [f.name for f in fields(cls)]
    if weakref_slot:
        names.append('__weakref__')
    taken = set()
    for base in cls.__mro__[1:-1]:
        taken.update(_declared_slots(base))
    namespace = dict(cls.__dict__)
    namespace['__slots__'] = tuple(n for n in names if n not in taken)
    for name in [f.name for f in fields(cls)] + ['__dict__', '__weakref__']:
        namespace.pop(name, None)
    qualname = getattr(cls, '__qualname__', None)
    remade = type(cls)(cls.__name__, cls.__bases__, namespace)
    if qualname is not None:
        remade.__qualname__ = qualname
    if frozen:
        # Pickling a slotted instance needs these; the frozen __setattr__
        # would refuse the default way of restoring state.
        if '__getstate__' not in namespace:
            remade.__getstate__ = _frozen_getstate
        if '__setstate__' not in namespace:
            remade.__setstate__ = _frozen_setstate
    return remade


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False,
              unsafe_hash=False, frozen=False, match_args=True,
              kw_only=False, slots=False, weakref_slot=False):
    """Turn a class's annotated attributes into fields and add the methods
    they call for.

    Used bare (@dataclass) or with options (@dataclass(order=True)). By
    default the class gets __init__, __repr__ and __eq__; order adds the
    four ordering methods, frozen makes instances read-only, unsafe_hash
    forces a __hash__, match_args sets __match_args__, kw_only makes every
    field keyword-only, slots rebuilds the class with __slots__ (and
    weakref_slot adds a __weakref__ slot). Methods the class defines
    itself are kept."""
    def decorate(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen,
                              match_args, kw_only, slots, weakref_slot)
    return decorate if cls is None else decorate(cls)


def fields(class_or_instance):
    """The fields of a dataclass or of an instance, in order, as Field
    objects; ClassVar and InitVar pseudo-fields are left out."""
    try:
        table = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(f for f in table.values() if f._field_type is _FIELD)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


def is_dataclass(obj):
    """Whether obj is a dataclass or an instance of one."""
    return hasattr(obj if isinstance(obj, type) else type(obj), _FIELDS)


def _unpack(obj, pack):
    """obj with every dataclass instance inside it (through lists, tuples,
    named tuples and dicts, keys included) replaced by pack(instance,
    convert); other values are deep copies."""
    def convert(value):
        if _is_dataclass_instance(value):
            return pack(value, convert)
        if isinstance(value, tuple) and hasattr(value, '_fields'):
            # Named tuples take their items as separate arguments.
            return type(value)(*map(convert, value))
        if isinstance(value, (list, tuple)):
            return type(value)(convert(item) for item in value)
        if isinstance(value, dict):
            return type(value)((convert(k), convert(v)) for k, v in value.items())
        return copy.deepcopy(value)
    return convert(obj)


def asdict(obj, *, dict_factory=dict):
    """A dataclass instance as a dict of field names to values, converting
    nested dataclass instances too (through lists, tuples and dicts) and
    deep-copying every other value. dict_factory builds each dict from a
    list of (name, value) pairs."""
    if not _is_dataclass_instance(obj):
        raise TypeError("asdict() should be called on dataclass instances")
    return _unpack(obj, lambda inst, convert: dict_factory(
        [(f.name, convert(getattr(inst, f.name))) for f in fields(inst)]))


def astuple(obj, *, tuple_factory=tuple):
    """A dataclass instance as a tuple of its field values, converted as
    asdict converts them; tuple_factory builds each from a list."""
    if not _is_dataclass_instance(obj):
        raise TypeError("astuple() should be called on dataclass instances")
    return _unpack(obj, lambda inst, convert: tuple_factory(
        [convert(getattr(inst, f.name)) for f in fields(inst)]))


def _field_spec(item):
    # A make_dataclass field item as (name, type) or (name, type, value).
    if isinstance(item, str):
        return item, 'typing.Any'
    if len(item) in (2, 3):
        return tuple(item)
    raise TypeError(f'Invalid field: {item!r}')


def make_dataclass(cls_name, fields, *, bases=(), namespace=None,
                   init=True, repr=True, eq=True, order=False,
                   unsafe_hash=False, frozen=False, match_args=True,
                   kw_only=False, slots=False, weakref_slot=False):
    """Create a dataclass called cls_name, as a class statement would.

    Each item of fields is a name (typed 'typing.Any'), a (name, type)
    pair or a (name, type, field(...)) triple. bases and namespace are the
    new class's bases and extra attributes; the other options are those
    of @dataclass."""
    annotations, values = {}, {}
    for item in fields:
        name, annotation, *value = _field_spec(item)
        if not (isinstance(name, str) and name.isidentifier()):
            raise TypeError(f'Field names must be valid identifiers: {name!r}')
        if keyword.iskeyword(name):
            raise TypeError(f'Field names must not be keywords: {name!r}')
        if name in annotations:
            raise TypeError(f'Field name duplicated: {name!r}')
        annotations[name] = annotation
        if value:
            values[name] = value[0]
    extra = {} if namespace is None else namespace

    def fill(ns):
        ns.update(extra)
        ns.update(values)
        ns['__annotations__'] = annotations

    made = types.new_class(cls_name, bases, {}, fill)
    options = dict(init=init, repr=repr, eq=eq, order=order,
                   unsafe_hash=unsafe_hash, frozen=frozen, match_args=match_args,
                   kw_only=kw_only, slots=slots, weakref_slot=weakref_slot)
    return dataclass(made, **options)


def replace(obj, /, **changes):
    """A new instance of obj's class with the given fields changed and the
    others taken from obj. It goes through __init__, so __post_init__
    runs (init-only values without a default must be given) and frozen
    instances can be "changed" too; init=False fields cannot be given."""
    if not _is_dataclass_instance(obj):
        raise TypeError("replace() should be called on dataclass instances")
    for f in getattr(obj, _FIELDS).values():
        kind, given = f._field_type, f.name in changes
        if kind is _FIELD_CLASSVAR or (f.init and given):
            continue
        if given:
            raise ValueError(f'field {f.name} is declared with init=False, '
                             'it cannot be specified with replace()')
        if f.init:
            if kind is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError(f"InitVar {f.name!r} must be specified with replace()")
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)
