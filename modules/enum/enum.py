"""Enumerations: classes whose attributes are a fixed set of named
members (Enum, IntEnum, StrEnum), and flags whose members combine with
bitwise operators (Flag, IntFlag)."""

import sys
import builtins as _builtins
from types import MappingProxyType, DynamicClassAttribute

__all__ = [
    'EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag',
    'ReprEnum', 'auto', 'unique', 'property', 'verify', 'member', 'nonmember',
    'FlagBoundary', 'STRICT', 'CONFORM', 'EJECT', 'KEEP', 'global_flag_repr',
    'global_enum_repr', 'global_str', 'global_enum', 'EnumCheck', 'CONTINUOUS',
    'NAMED_FLAGS', 'UNIQUE', 'pickle_by_global_name', 'pickle_by_enum_name']

# The metaclass looks these up while the module itself is still defining
# them; None means "not made yet", so Enum, Flag and ReprEnum can be
# built by the same metaclass that later treats them specially.
Enum = Flag = ReprEnum = EJECT = None


# ---------------------------------------------------------------------
# Small predicates on names, values and bits.

def _dunder_name(name):
    # '__x__' with a real name between the double underscores.
    return (len(name) > 4 and name.startswith('__') and name.endswith('__')
            and name[2] != '_' and name[-3] != '_')


def _sunder_name(name):
    # '_x_' with a real name between the single underscores.
    return (len(name) > 2 and name[0] == '_' == name[-1]
            and name[1] != '_' and name[-2] != '_')


def _mangled_name(class_name, name):
    # '_Cls__x' (what '__x' becomes in the body of Cls): a private
    # attribute, never a member.
    head = '_' + class_name + '__'
    if len(name) <= len(head) or not name.startswith(head):
        return False
    return not name.endswith('__')


def _nested_class(class_name, value):
    # A class statement inside the enum's body (3.11 still makes it a
    # member, with a warning).
    if not isinstance(value, type):
        return False
    tail = class_name + '.' + getattr(value, '__name__', '')
    qualname = getattr(value, '__qualname__', '')
    return qualname == tail or qualname.endswith('.' + tail)


def _has_descriptor_hooks(value):
    return any(hasattr(value, hook) for hook in ('__get__', '__set__', '__delete__'))


def _is_single_bit(num):
    # Written as arithmetic on num itself, so a non-int Flag member
    # passed here fails as it does in CPython.
    if num == 0:
        return False
    return num & (num - 1) == 0


def _bits_of(num):
    """Yield the set bits of a non-negative int (or int-valued member),
    lowest first."""
    given = num
    if isinstance(num, Enum):
        num = num.value
    if num < 0:
        raise ValueError('%r is not a positive integer' % given)
    while num:
        lowest = num & -num
        yield lowest
        num -= lowest


def _split_names(text):
    # 'A B', 'A,B' and 'A, B' all name A and B.
    return text.replace(',', ' ').split()


def show_flag_values(value):
    """The single-bit values that make up value, lowest first."""
    return list(_bits_of(value))


def bin(num, max_bits=None):
    """num in two's complement binary with its sign bit set apart:
    bin(10) is '0b0 1010', bin(-10) is '0b1 0110'. With max_bits the
    digits are widened to that many by repeating the sign bit."""
    width = num.bit_length()
    sign = '1' if num < 0 else '0'
    # Modulo 2**width turns a negative number into its complement on
    # exactly width digits and leaves a non-negative one unchanged.
    digits = format(num % (1 << width), '0%db' % width) if width else ''
    if max_bits is not None and len(digits) < max_bits:
        digits = sign * (max_bits - len(digits)) + digits
    return '0b%s %s' % (sign, digits)


# ---------------------------------------------------------------------
# What a class body may contain besides plain values.

class _AutoUnset:
    # The value of an auto() whose value the class has not chosen yet.
    def __repr__(self):
        return '_auto_null'


_auto_null = _AutoUnset()


class auto:
    """A placeholder for a member's value, replaced by what the class's
    _generate_next_value_ returns (1, 2, 3... for Enum, 1, 2, 4... for
    Flag, the lower-cased name for StrEnum)."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return 'auto(%r)' % (self.value,)


class member(object):
    """Marks a value that must become a member even though it looks like
    something else (a function, for instance)."""

    def __init__(self, value):
        self.value = value


class nonmember(object):
    """Marks a value that must stay a plain class attribute."""

    def __init__(self, value):
        self.value = value


class property(DynamicClassAttribute):
    """A computed attribute of members. On the class itself the name
    means the member of that name, which lets members be called 'name'
    or 'value' without hiding those attributes of the other members."""

    def _member_of(self, enum_class):
        try:
            return enum_class._member_map_[self.name]
        except KeyError:
            raise AttributeError('%r has no attribute %r'
                                 % (enum_class, self.name)) from None

    def __get__(self, instance, ownerclass=None):
        if instance is None or self.fget is None:
            return self._member_of(ownerclass)
        return self.fget(instance)

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError('<enum %r> cannot set attribute %r'
                                 % (self.clsname, self.name))
        return self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError('<enum %r> cannot delete attribute %r'
                                 % (self.clsname, self.name))
        return self.fdel(instance)

    def __set_name__(self, ownerclass, name):
        self.name = name
        self.clsname = ownerclass.__name__


# ---------------------------------------------------------------------
# The namespace of an enum class body.

# The _sunder_ names a class body may define; any other is reserved.
_SUNDER_ALLOWED = frozenset((
    '_order_', '_generate_next_value_', '_numeric_repr_', '_missing_',
    '_ignore_', '_iter_member_', '_iter_member_by_value_',
    '_iter_member_by_def_'))


class _EnumDict(dict):
    """The mapping a class body of an enumeration writes into. It keeps
    the member names in the order they were given, turns auto() into
    values as they appear, and refuses a name given twice."""

    def __init__(self):
        super().__init__()
        # Member names, in order (a dict for fast membership tests).
        self._member_names = {}
        self._cls_name = None
        self._gnv = None
        self._auto_used = False
        self._values_so_far = []
        self._ignored = []

    def __setitem__(self, key, value):
        if _nested_class(self._cls_name, value):
            import warnings
            warnings.warn(
                "In 3.13 classes created inside an enum will not become a member.  "
                "Use the `member` decorator to keep the current behavior.",
                DeprecationWarning, stacklevel=2)
        if _mangled_name(self._cls_name, key):
            dict.__setitem__(self, key, value)
            return
        if _sunder_name(key):
            value = self._sunder(key, value)
        elif _dunder_name(key):
            if key == '__order__':
                key = '_order_'
        elif key in self._member_names:
            raise TypeError('%r already defined as %r' % (key, self[key]))
        elif key in self._ignored or _has_descriptor_hooks(value):
            pass
        elif isinstance(value, nonmember):
            value = value.value
        else:
            # A new member.
            if key in self:
                raise TypeError('%r already defined as %r' % (key, self[key]))
            if isinstance(value, member):
                value = value.value
            alone = isinstance(value, auto)
            if alone or type(value) is tuple and any(isinstance(v, auto) for v in value):
                # Each auto() (alone or inside a tuple) takes its own
                # value; a tuple holding one is not itself remembered.
                # _generate_next_value_ is called from here so that its
                # warnings point at the class body.
                parts = [value] if alone else list(value)
                for i, item in enumerate(parts):
                    if not isinstance(item, auto):
                        continue
                    if item.value is _auto_null:
                        item.value = self._gnv(key, 1, len(self._member_names),
                                               self._values_so_far[:])
                        self._auto_used = True
                    parts[i] = item.value
                    self._values_so_far.append(item.value)
                value = parts[0] if alone else tuple(parts)
            else:
                self._values_so_far.append(value)
            self._member_names[key] = True
        dict.__setitem__(self, key, value)

    def _sunder(self, key, value):
        # Checks and records one of the _sunder_ settings; returns what
        # the namespace keeps for it.
        if key not in _SUNDER_ALLOWED:
            raise ValueError('_sunder_ names, such as %r, are reserved for '
                             'future Enum use' % (key,))
        if key == '_generate_next_value_':
            if self._auto_used:
                raise TypeError('_generate_next_value_ must be defined before members')
            self._gnv = value.__func__ if isinstance(value, staticmethod) else value
        elif key == '_ignore_':
            value = _split_names(value) if isinstance(value, str) else list(value)
            clash = set(value).intersection(self._member_names)
            if clash:
                raise ValueError('_ignore_ cannot specify already set names: %r'
                                 % (clash,))
            self._ignored = value
        return value

    def update(self, members=(), **more):
        # Every entry goes through __setitem__, as assignments in the
        # class body do.
        if hasattr(members, 'keys'):
            for key in members.keys():
                self[key] = members[key]
        else:
            for key, value in members:
                self[key] = value
        for key, value in more.items():
            self[key] = value


# ---------------------------------------------------------------------
# How the metaclass reads the bases of a new enumeration.

def _refuse_extending(class_name, bases):
    # An enumeration with members is final.
    for base in bases:
        for ancestor in base.__mro__:
            if isinstance(ancestor, EnumType) and ancestor._member_names_:
                raise TypeError('<enum %r> cannot extend %r' % (class_name, ancestor))


def _data_type(class_name, bases):
    """The type members are instances of besides the enum: int for
    IntEnum, a mixed-in class with its own __new__ (or a dataclass),
    object when there is none."""
    found = []
    for base in bases:
        plain = None
        for ancestor in base.__mro__:
            if ancestor is object:
                continue
            if isinstance(ancestor, EnumType):
                if ancestor._member_type_ is not object:
                    found.append(ancestor._member_type_)
                    break
                continue
            if '__new__' in ancestor.__dict__ or '__dataclass_fields__' in ancestor.__dict__:
                found.append(plain or ancestor)
                break
            if plain is None:
                plain = ancestor
    kinds = set(found)
    if len(kinds) > 1:
        raise TypeError('too many data types for %r: %r' % (class_name, kinds))
    return found[0] if found else object


def _mixins(class_name, bases):
    # (the data type, the enumeration the new class derives from)
    if not bases:
        return object, Enum
    _refuse_extending(class_name, bases)
    last = bases[-1]
    if not isinstance(last, EnumType):
        raise TypeError("new enumerations should be created as "
                        "`EnumName([mixin_type, ...] [data_type,] enum_type)`")
    return _data_type(class_name, bases), last


def _value_repr(bases):
    # How a member's repr shows its value: the repr an enum base already
    # uses, or the first data type's own __repr__.
    for base in bases:
        for ancestor in base.__mro__:
            if ancestor is object:
                continue
            if isinstance(ancestor, EnumType):
                return ancestor._value_repr_
            if '__repr__' in ancestor.__dict__:
                return ancestor.__dict__['__repr__']
    return None


def _member_constructor(namespace, data_type, enum_base):
    """(the function that makes members, whether it is the class's own
    __new__, whether it receives the member's value as arguments)."""
    maker = namespace.get('__new__')
    own = maker is not None and enum_base is not None
    if maker is None:
        # The data type's (or an enum base's) member-making __new__; a
        # base that only has the lookup or object's does not count.
        plain = {None, None.__new__, object.__new__, Enum.__new__}
        maker = object.__new__
        for attr in ('__new_member__', '__new__'):
            chosen = [c for c in (getattr(data_type, attr, None), getattr(enum_base, attr, None))
                      if c not in plain]
            if chosen:
                maker = chosen[0]
                break
    takes_args = enum_base is not None and maker not in (Enum.__new__, object.__new__)
    return maker, own, takes_args


def _unpicklable(target):
    # For enumerations whose module is unknown: pickling them would
    # produce something that cannot be loaded back.
    def refuse(self, proto):
        raise TypeError('%r cannot be pickled' % self)
    if isinstance(target, dict):
        target['__reduce_ex__'] = refuse
        target['__module__'] = '<unknown>'
    else:
        setattr(target, '__reduce_ex__', refuse)
        setattr(target, '__module__', '<unknown>')


# ---------------------------------------------------------------------
# Making one member.

class _PendingMember:
    """Stands for a member in the namespace handed to type.__new__; the
    class calls __set_name__ on it once the class exists, and the member
    is made then, before __init_subclass__ runs (which may look at the
    members)."""

    def __init__(self, value):
        self.value = value

    def __set_name__(self, enum_class, name):
        type.__delattr__(enum_class, name)
        _add_member(enum_class, name, self.value)


def _build_member(enum_class, value):
    # A new member object with its _value_ set.
    if isinstance(value, tuple):
        args = value
    else:
        args = (value,)
    if enum_class._member_type_ is tuple:
        args = (args,)  # a tuple member's value is the whole tuple
    if enum_class._use_args_:
        made = enum_class._new_member_(enum_class, *args)
    else:
        made = enum_class._new_member_(enum_class)
    if not hasattr(made, '_value_'):
        if enum_class._member_type_ is object:
            made._value_ = value
        else:
            try:
                made._value_ = enum_class._member_type_(*args)
            except Exception as exc:
                raise TypeError('_value_ not set in __new__, unable to create it') from exc
    return made, args


def _existing_with_value(enum_class, value):
    # The member already holding value, if any (aliases share it).
    try:
        return enum_class._value2member_map_.get(value)
    except TypeError:
        for other in enum_class._member_map_.values():
            if other._value_ == value:
                return other
    return None


def _inherited_property(enum_class, name):
    # A property of a base class with this name: an enum.property (or
    # DynamicClassAttribute) wins; otherwise the last property-like
    # object found along the MRO.
    found = None
    for base in enum_class.__mro__[1:]:
        attr = base.__dict__.get(name)
        if attr is None:
            continue
        if isinstance(attr, (property, DynamicClassAttribute)):
            return attr
        if all(hasattr(attr, a) for a in ('fget', 'fset', 'fdel')):
            found = attr
    return found


def _add_member(enum_class, name, value):
    fresh, args = _build_member(enum_class, value)
    value = fresh._value_
    fresh._name_ = name
    fresh.__objclass__ = enum_class
    fresh.__init__(*args)
    fresh._sort_order_ = len(enum_class._member_names_)

    is_flag = Flag is not None and issubclass(enum_class, Flag)
    if is_flag:
        enum_class._flag_mask_ |= value
        if _is_single_bit(value):
            enum_class._singles_mask_ |= value
        enum_class._all_bits_ = 2 ** enum_class._flag_mask_.bit_length() - 1

    canonical = _existing_with_value(enum_class, value)
    if canonical is not None:
        fresh = canonical  # an alias: the name means the earlier member
    elif not is_flag or _is_single_bit(value):
        # A flag made of several bits is reachable by name but is not
        # listed when the class is iterated.
        enum_class._member_names_.append(name)

    # A base's property of the same name must keep working on the other
    # members, so the class gets a property that also gives this member.
    shadowed = _inherited_property(enum_class, name)
    if shadowed is None:
        type.__setattr__(enum_class, name, fresh)
    else:
        redirect = property(shadowed.fget, shadowed.fset, shadowed.fdel)
        redirect.member = fresh
        redirect.__set_name__(enum_class, name)
        type.__setattr__(enum_class, name, redirect)
    enum_class._member_map_[name] = fresh
    try:
        enum_class._value2member_map_.setdefault(value, fresh)
    except TypeError:
        enum_class._unhashable_values_.append(value)


# ---------------------------------------------------------------------
# The metaclass.

# Methods Enum (or Flag) provides that a mixed-in data type's versions
# must not replace.
_ENUM_OWN = ('__repr__', '__str__', '__format__', '__reduce_ex__')
_FLAG_OPERATORS = ('__or__', '__and__', '__xor__', '__ror__', '__rand__',
                   '__rxor__', '__invert__')
_FLAG_STATE = ('_boundary_', '_flag_mask_', '_singles_mask_', '_all_bits_',
               '_inverted_')


class EnumType(type):
    """The metaclass of enumerations. It makes the members when a class
    is defined, and makes the class a read-only container of them:
    iteration, len(), 'in', Cls[name] and Cls(value)."""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        namespace = _EnumDict()
        namespace._cls_name = cls
        enum_base = _mixins(cls, bases)[1]
        if enum_base is not None:
            namespace['_generate_next_value_'] = getattr(
                enum_base, '_generate_next_value_', None)
        return namespace

    def __new__(metacls, cls, bases, classdict, *, boundary=None, **kwds):
        member_names = classdict._member_names
        bad = [repr(n) for n in member_names if n in ('mro', '')]
        if bad:
            raise ValueError('invalid enum member name(s) %s' % ','.join(bad))
        dropped = set(classdict.get('_ignore_', ())) | {'_ignore_', '_order_'}
        order = classdict.get('_order_')
        if isinstance(order, str):
            order = _split_names(order)

        data_type, enum_base = _mixins(cls, bases)
        maker, own_new, takes_args = _member_constructor(classdict, data_type, enum_base)
        namespace = {}
        for key, value in classdict.items():
            if key in dropped:
                continue
            namespace[key] = _PendingMember(value) if key in member_names else value
        is_flag = (Flag is None and cls == 'Flag') or (
            Flag is not None and any(issubclass(b, Flag) for b in bases))
        namespace.update(
            _new_member_=maker, _use_args_=takes_args,
            _member_names_=[], _member_map_={}, _value2member_map_={},
            _unhashable_values_=[], _member_type_=data_type,
            _value_repr_=_value_repr(bases))
        if is_flag:
            namespace.update(
                _boundary_=boundary or getattr(enum_base, '_boundary_', None),
                _flag_mask_=0, _singles_mask_=0, _all_bits_=0, _inverted_=None)

        # Older Pythons report an error raised by __set_name__ (here: by
        # making a member) as a RuntimeError caused by it; the error
        # itself is what the caller must see.
        failure = None
        try:
            enum_class = super().__new__(metacls, cls, bases, namespace, **kwds)
        except RuntimeError as exc:
            failure = exc.__cause__ or exc
        if failure is not None:
            raise failure

        _choose_methods(enum_class, bases, data_type, enum_base)
        if Enum is not None:
            if own_new:
                enum_class.__new_member__ = maker
            enum_class.__new__ = Enum.__new__
        if is_flag and Flag is not None:
            values = [m._value_ for m in enum_class]
            if values != sorted(values):
                enum_class._iter_member_ = enum_class._iter_member_by_def_
        if order:
            _check_order(enum_class, order, is_flag)
        return enum_class

    def __bool__(cls):
        return True

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None,
                 start=1, boundary=None):
        """Cls(value) is the member with that value; Enum('Name', names)
        makes a new enumeration (the functional API)."""
        if names is None:
            return cls.__new__(cls, value)
        return cls._create_(value, names, module=module, qualname=qualname,
                            type=type, start=start, boundary=boundary)

    def __contains__(cls, member):
        if isinstance(member, Enum):
            return isinstance(member, cls) and member._name_ in cls._member_map_
        import warnings
        warnings.warn(
            "in 3.12 __contains__ will no longer raise TypeError, but will return True or\n"
            "False depending on whether the value is a member or the value of a member",
            DeprecationWarning, stacklevel=2)
        raise TypeError("unsupported operand type(s) for 'in': '%s' and '%s'" % (
            type(member).__qualname__, cls.__class__.__qualname__))

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError('%r cannot delete member %r.' % (cls.__name__, attr))
        super().__delattr__(attr)

    def __dir__(cls):
        names = {'__class__', '__contains__', '__doc__', '__getitem__',
                 '__iter__', '__len__', '__members__', '__module__',
                 '__name__', '__qualname__'}
        names.update(cls._member_names_)
        if cls._new_member_ is not object.__new__:
            names.add('__new__')
        if cls.__init_subclass__ is not object.__init_subclass__:
            names.add('__init_subclass__')
        if cls._member_type_ is not object:
            names.update(dir(cls._member_type_))
        return sorted(names)

    def __getattr__(cls, name):
        # Reached only when ordinary lookup failed.
        if not _dunder_name(name) and name in cls._member_map_:
            return cls._member_map_[name]
        raise AttributeError(name)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        members = cls._member_map_
        return (members[name] for name in cls._member_names_)

    def __reversed__(cls):
        members = cls._member_map_
        return (members[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    @_builtins.property
    def __members__(cls):
        """Every member by name, aliases included, as a read-only mapping."""
        return MappingProxyType(cls._member_map_)

    def __repr__(cls):
        kind = 'flag' if Flag is not None and issubclass(cls, Flag) else 'enum'
        return '<%s %r>' % (kind, cls.__name__)

    def __setattr__(cls, name, value):
        if name in cls.__dict__.get('_member_map_', ()):
            raise AttributeError('cannot reassign member %r' % (name,))
        super().__setattr__(name, value)

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None,
                 start=1, boundary=None):
        """The functional API: a new enumeration named class_name whose
        members come from names (a string of names, a sequence of names,
        of (name, value) pairs, or a mapping)."""
        metacls = cls.__class__
        bases = (cls,) if type is None else (type, cls)
        enum_base = _mixins(class_name, bases)[1]
        namespace = metacls.__prepare__(class_name, bases)
        for key, value in _named_values(enum_base, names, start):
            namespace[key] = value
        if module is None:
            module = _caller_module()
        if module is None:
            _unpicklable(namespace)
        else:
            namespace['__module__'] = module
        if qualname is not None:
            namespace['__qualname__'] = qualname
        return metacls.__new__(metacls, class_name, bases, namespace, boundary=boundary)

    def _convert_(cls, name, module, filter, source=None, *, boundary=None, as_global=False):
        """Make an enumeration of the constants of a module (or of
        source) whose names pass filter, put it and its members in the
        module, and return it."""
        target = sys.modules[module].__dict__
        pool = source.__dict__ if source else target
        chosen = [(key, value) for key, value in pool.items() if filter(key)]
        try:
            chosen.sort(key=lambda pair: (pair[1], pair[0]))
        except TypeError:
            chosen.sort(key=lambda pair: pair[0])
        made = cls._create_(name, chosen, module=module, boundary=boundary or KEEP)
        if as_global:
            global_enum(made)
        else:
            sys.modules[made.__module__].__dict__.update(made.__members__)
        target[name] = made
        return made


EnumMeta = EnumType


def _choose_methods(enum_class, bases, data_type, enum_base):
    # Decides which repr, str, format and operators a new enumeration
    # uses; done once the class exists, so its own definitions are seen.
    own = enum_class.__dict__
    if ReprEnum is not None and ReprEnum in bases:
        # str() and format() show the value as the data type does.
        if data_type is object:
            raise TypeError('ReprEnum subclasses must be mixed with a data type '
                            '(i.e. int, str, float, etc.)')
        if '__format__' not in own:
            type.__setattr__(enum_class, '__format__', data_type.__format__)
        if '__str__' not in own:
            as_text = data_type.__str__
            if as_text is object.__str__:
                as_text = data_type.__repr__
            type.__setattr__(enum_class, '__str__', as_text)
    for name in _ENUM_OWN:
        if name in own:
            continue
        if getattr(enum_class, name) in (getattr(data_type, name), getattr(object, name)):
            type.__setattr__(enum_class, name, getattr(enum_base, name))
    if Flag is not None and issubclass(enum_class, Flag):
        # int's operators come first in IntFlag's MRO; Flag's must win.
        for name in _FLAG_OPERATORS:
            if name not in own:
                type.__setattr__(enum_class, name, getattr(Flag, name))


def _caller_module():
    # The module that called Enum(...): frames up from here are
    # _create_, EnumType.__call__, then the caller. None if unknown.
    try:
        return sys._getframe(3).f_globals['__name__']
    except (AttributeError, ValueError, KeyError):
        return None


def _named_values(enum_base, names, start):
    # Yields the (name, value) pairs the functional API's names argument
    # means, one at a time, so errors come in the order of the entries.
    if names is None:
        return
    if isinstance(names, str):
        names = _split_names(names)
    if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
        # Bare names: values come from _generate_next_value_.
        values = []
        for count, key in enumerate(names):
            value = enum_base._generate_next_value_(key, start, count, values[:])
            values.append(value)
            yield key, value
        return
    for item in names:
        if isinstance(item, str):
            yield item, names[item]
        else:
            key, value = item
            yield key, value


def _check_order(enum_class, order, is_flag):
    # _order_ lists the canonical members in definition order (flags:
    # only those of one bit); names that are not members at all stay, so
    # a misspelt one is reported.
    known = enum_class._member_map_
    listed = enum_class._member_names_
    wanted = [n for n in order if n not in known or n in listed]
    if is_flag:
        wanted = [n for n in wanted if n not in known or _is_single_bit(known[n]._value_)]
    if wanted != listed:
        raise TypeError('member order does not match _order_:\n  %r\n  %r'
                        % (listed, wanted))


# ---------------------------------------------------------------------
# The enumerations.

class Enum(metaclass=EnumType):
    """The base of enumerations: subclass it with members as class
    attributes (RED = 1), look members up by value (Color(1)) or name
    (Color['RED']), iterate the class for its members in order."""

    def __new__(cls, value):
        # Every enumeration's __new__ is this lookup by value; members
        # themselves are made by _new_member_.
        if type(value) is cls:
            return value
        found = _existing_with_value(cls, value)
        if found is not None:
            return found
        if not cls._member_map_:
            raise TypeError('%r has no members defined' % cls)
        return _ask_missing(cls, value)

    def __init__(self, *args, **kwds):
        pass

    @classmethod
    def _missing_(cls, value):
        # Hook for subclasses: a member for a value not found, or None.
        return None

    def _generate_next_value_(name, start, count, last_values):
        """The value of an auto(): start for the first member, then one
        more than the largest value so far."""
        if not last_values:
            return start
        try:
            newest = last_values[-1]
            last_values.sort()
            if newest != last_values[-1]:
                raise TypeError
            return newest + 1
        except TypeError:
            import warnings
            warnings.warn(
                "In 3.13 the default `auto()`/`_generate_next_value_` will require all "
                "values to be sortable and support adding +1\n"
                "and the value returned will be the largest value in the enum incremented by 1",
                DeprecationWarning, stacklevel=3)
        for earlier in reversed(last_values):
            try:
                return earlier + 1
            except TypeError:
                continue
        return start

    def __repr__(self):
        show_value = self.__class__._value_repr_ or repr
        return '<%s.%s: %s>' % (self.__class__.__name__, self._name_, show_value(self._value_))

    def __str__(self):
        return '%s.%s' % (self.__class__.__name__, self._name_)

    def __dir__(self):
        cls = self.__class__
        members = self._member_map_
        names = {'__class__', '__doc__', '__eq__', '__hash__', '__module__'}
        if cls._member_type_ is not object:
            names.update(object.__dir__(self))
        names.update(n for n in getattr(self, '__dict__', ())
                     if not n.startswith('_') and n not in members)
        for klass in cls.mro():
            for attr, obj in klass.__dict__.items():
                if attr.startswith('_'):
                    continue
                # A property standing for a member (fget None) is not an
                # attribute of the other members.
                if isinstance(obj, property) and obj.fget is None and attr in members:
                    names.discard(attr)
                elif isinstance(obj, property) or attr not in members:
                    names.add(attr)
        return sorted(names)

    def __hash__(self):
        return hash(self._name_)

    def __format__(self, format_spec):
        # As str() shows the member, whatever the data type.
        return str.__format__(str(self), format_spec)

    # Members are singletons: copies and pickles give the member back.
    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    @property
    def name(self):
        """The member's name."""
        return self._name_

    @property
    def value(self):
        """The member's value."""
        return self._value_


def _ask_missing(cls, value):
    # The value is not a member's: _missing_ may still supply one.
    problem = None
    try:
        answer = cls._missing_(value)
    except Exception as exc:
        problem = exc
        answer = None
    if problem is None:
        if isinstance(answer, cls):
            return answer
        if (Flag is not None and issubclass(cls, Flag) and cls._boundary_ is EJECT
                and isinstance(answer, int)):
            return answer
    invalid = ValueError('%r is not a valid %s' % (value, cls.__qualname__))
    if problem is None:
        if answer is None:
            raise invalid
        problem = TypeError('error in %s._missing_: returned %r instead of None '
                            'or a valid member' % (cls.__name__, answer))
    if not isinstance(problem, ValueError):
        problem.__context__ = invalid
    raise problem


class ReprEnum(Enum):
    """An enumeration whose str() and format() are those of its data
    type; only repr() shows the member."""


class IntEnum(int, ReprEnum):
    """An enumeration whose members are ints."""


class StrEnum(str, ReprEnum):
    """An enumeration whose members are strs."""

    def __new__(cls, *values):
        # str()'s own checks, with messages that name the member's value.
        if len(values) > 3:
            raise TypeError('too many arguments for str(): %r' % (values,))
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError('%r is not a string' % (values[0],))
        for given, role in zip(values[1:], ('encoding', 'errors')):
            if not isinstance(given, str):
                raise TypeError('%s must be a string, not %r' % (role, given))
        text = str(*values)
        made = str.__new__(cls, text)
        made._value_ = text
        return made

    def _generate_next_value_(name, start, count, last_values):
        """auto() in a StrEnum is the member's name in lower case."""
        return name.lower()


def pickle_by_global_name(self, proto):
    """A __reduce_ex__ for members that live in their module's namespace:
    pickled as the bare name."""
    return self.name


_reduce_ex_by_global_name = pickle_by_global_name


def pickle_by_enum_name(self, proto):
    """A __reduce_ex__ that pickles a member by its name in its class."""
    return getattr, (self.__class__, self._name_)


class FlagBoundary(StrEnum):
    """What a Flag does with a value that has bits no member has: STRICT
    raises (Flag's default), CONFORM drops them, EJECT returns a plain
    int, KEEP keeps them (IntFlag's default)."""
    STRICT = auto()
    CONFORM = auto()
    EJECT = auto()
    KEEP = auto()


STRICT, CONFORM, EJECT, KEEP = FlagBoundary


def _flag_operand(flag, other):
    # The int on the other side of a bitwise operator, or NotImplemented.
    # Kept out of Flag so that dir() of int-based flags does not list it.
    if isinstance(other, flag.__class__):
        return other._value_
    if flag._member_type_ is not object and isinstance(other, flag._member_type_):
        return other
    return NotImplemented


class Flag(Enum, boundary=STRICT):
    """An enumeration of bits: members combine with |, & and ^, and ~
    gives the complement among the defined bits."""

    _numeric_repr_ = repr

    def _generate_next_value_(name, start, count, last_values):
        """auto() in a Flag is the power of two above the largest value."""
        if not count:
            return 1 if start is None else start
        largest = max(last_values)
        try:
            return 2 ** largest.bit_length()
        except Exception:
            raise TypeError('invalid flag value %r' % largest) from None

    @classmethod
    def _iter_member_by_value_(cls, value):
        found = cls._value2member_map_
        for bit in _bits_of(value & cls._flag_mask_):
            yield found.get(bit)

    _iter_member_ = _iter_member_by_value_

    @classmethod
    def _iter_member_by_def_(cls, value):
        yield from sorted(cls._iter_member_by_value_(value),
                          key=lambda m: m._sort_order_)

    @classmethod
    def _missing_(cls, value):
        # Any int the boundary accepts becomes a pseudo-member named after
        # the members it combines, made once and then found by value.
        if not isinstance(value, int):
            raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        value, negative = _fit_to_boundary(cls, value)
        if negative is _EJECTED:
            return value
        pseudo = (object.__new__(cls) if cls._member_type_ is object
                  else cls._member_type_.__new__(cls, value))
        if not hasattr(pseudo, '_value_'):
            pseudo._value_ = value
        pseudo._name_ = _pseudo_name(cls, value)
        pseudo = cls._value2member_map_.setdefault(value, pseudo)
        if negative is not None:
            cls._value2member_map_[negative] = pseudo
        return pseudo

    def __contains__(self, other):
        """Whether every bit of other is set in self."""
        if not isinstance(other, self.__class__):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r" % (
                type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        """The single-bit members set in self."""
        yield from self._iter_member_(self._value_)

    def __len__(self):
        return self._value_.bit_count()

    def __repr__(self):
        cls = self.__class__
        shown = (cls._value_repr_ or repr)(self._value_)
        if self._name_ is None:
            return '<%s: %s>' % (cls.__name__, shown)
        return '<%s.%s: %s>' % (cls.__name__, self._name_, shown)

    def __str__(self):
        if self._name_ is None:
            return '%s(%r)' % (self.__class__.__name__, self._value_)
        return '%s.%s' % (self.__class__.__name__, self._name_)

    def __bool__(self):
        return bool(self._value_)

    def __or__(self, other):
        bits = _flag_operand(self, other)
        if bits is NotImplemented:
            return bits
        return self.__class__(self._value_ | bits)

    def __and__(self, other):
        bits = _flag_operand(self, other)
        if bits is NotImplemented:
            return bits
        return self.__class__(self._value_ & bits)

    def __xor__(self, other):
        bits = _flag_operand(self, other)
        if bits is NotImplemented:
            return bits
        return self.__class__(self._value_ ^ bits)

    def __invert__(self):
        # Remembered on the member: ~ is asked for often and the result
        # never changes.
        if self._inverted_ is None:
            if self._boundary_ in (EJECT, KEEP):
                flipped = ~self._value_
            else:
                flipped = self._singles_mask_ & ~self._value_
            self._inverted_ = self.__class__(flipped)
        return self._inverted_

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__


# Returned by _fit_to_boundary in place of the negative value when an
# EJECT flag gives the value back as a plain int.
_EJECTED = object()


def _fit_to_boundary(cls, value):
    """(the non-negative value a pseudo-member of cls gets, the negative
    value asked for or None); raises for values the boundary refuses."""
    mask = cls._flag_mask_
    every = cls._all_bits_
    boundary = cls._boundary_
    foreign = not (~every <= value <= every) or value & (every ^ mask)
    if foreign:
        if boundary is STRICT:
            width = max(value.bit_length(), mask.bit_length())
            raise ValueError('%r invalid value %r\n    given %s\n  allowed %s' % (
                cls, value, bin(value, width), bin(mask, width)))
        if boundary is CONFORM:
            value &= mask
        elif boundary is EJECT:
            return value, _EJECTED
        elif boundary is KEEP:
            if value < 0:
                value += max(every + 1, 2 ** value.bit_length())
        else:
            raise ValueError('%r unknown flag boundary %r' % (cls, boundary))
    negative = None
    if value < 0:
        negative = value
        value += every + 1
    stray = value & ~mask
    if stray and boundary is not KEEP:
        raise ValueError('%s(%r) -->  unknown values %r [%s]'
                         % (cls.__name__, value, stray, bin(stray)))
    return value, negative


def _pseudo_name(cls, value):
    # 'A|B' for the members whose bits make up value (single-bit ones
    # first, then multi-bit ones that fit), with any bits left over shown
    # by _numeric_repr_; None when no member fits at all.
    singles = value & cls._singles_mask_
    others = value & ~cls._singles_mask_
    if not (singles or others):
        return None
    parts = list(cls._iter_member_(singles))
    if others:
        for candidate in cls._member_map_.values():
            bits = candidate._value_
            if candidate not in parts and bits and bits & value == bits:
                parts.append(candidate)
    covered = 0
    for part in parts:
        covered |= part._value_
    if not covered:
        return None
    leftover = value ^ covered
    name = '|'.join(part._name_ for part in parts)
    if leftover:
        if cls._boundary_ is STRICT:
            raise ValueError('%r: no members with value %r' % (cls, leftover))
        name += '|' + cls._numeric_repr_(leftover)
    return name


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """A Flag whose members are ints."""


def unique(enumeration):
    """Class decorator: raise ValueError if two names share a value."""
    pairs = _alias_pairs(enumeration)
    if pairs:
        raise ValueError('duplicate values found in %r: %s' % (enumeration, pairs))
    return enumeration


def _alias_pairs(enumeration):
    # 'ALIAS -> NAME, ...' for every alias, or ''.
    return ', '.join('%s -> %s' % (alias, m.name)
                     for alias, m in enumeration.__members__.items() if alias != m.name)


# ---------------------------------------------------------------------
# Members that live in their module's namespace (re.IGNORECASE...).

def _module_tail(member):
    return member.__class__.__module__.rpartition('.')[2]


def global_enum_repr(self):
    """repr() as module.NAME."""
    return '%s.%s' % (_module_tail(self), self._name_)


def global_flag_repr(self):
    """repr() as module.NAME|module.OTHER (bits without a name shown as
    a number, for KEEP flags)."""
    module = _module_tail(self)
    if self._name_ is None:
        return '%s.%s(%r)' % (module, self.__class__.__name__, self._value_)
    if _is_single_bit(self):
        return '%s.%s' % (module, self._name_)
    if self._boundary_ is not FlagBoundary.KEEP:
        return '|'.join(module + '.' + part for part in self.name.split('|'))
    # KEEP flags may carry unnamed bits, shown as numbers without module.
    return '|'.join(part if part[0].isdigit() else module + '.' + part
                    for part in self._name_.split('|'))


def global_str(self):
    """str() as the bare NAME."""
    if self._name_ is None:
        return '%s(%r)' % (self.__class__.__name__, self._value_)
    return self._name_


def global_enum(cls, update_str=False):
    """Class decorator: copy the members into the module's namespace and
    make their repr (and, unless the str is the data type's, their str)
    name them that way."""
    cls.__repr__ = global_flag_repr if issubclass(cls, Flag) else global_enum_repr
    if update_str or not issubclass(cls, ReprEnum):
        cls.__str__ = global_str
    sys.modules[cls.__module__].__dict__.update(cls.__members__)
    return cls


# ---------------------------------------------------------------------
# verify().

class EnumCheck(StrEnum):
    """A property verify() can check."""
    CONTINUOUS = "no skipped integer values"
    NAMED_FLAGS = "multi-flag aliases may not contain unnamed flags"
    UNIQUE = "one name per value"


CONTINUOUS, NAMED_FLAGS, UNIQUE = EnumCheck


def _verify_unique(enumeration, kind):
    pairs = _alias_pairs(enumeration)
    if pairs:
        raise ValueError('aliases found in %r: %s' % (enumeration, pairs))


def _verify_continuous(enumeration, kind):
    values = {m.value for m in enumeration}
    if len(values) < 2:
        return
    low, high = min(values), max(values)
    if kind == 'flag':
        # Every power of two strictly between the lowest and the highest.
        expected = (2 ** i for i in range(low.bit_length(), high.bit_length() - 1))
    else:
        expected = range(low + 1, high)
    gaps = [v for v in expected if v not in values]
    if gaps:
        text = 'invalid %s %r: missing values %s' % (
            kind, enumeration.__name__, ', '.join(str(v) for v in gaps))
        raise ValueError(text[:256])


def _verify_named_flags(enumeration, kind):
    canonical = enumeration._member_names_
    named_bits = [m.value for m in enumeration]
    culprits = []
    unnamed = 0
    for name, alias in enumeration._member_map_.items():
        if name in canonical or alias.value < 0:
            continue
        missed = [bit for bit in _bits_of(alias.value) if bit not in named_bits]
        if missed:
            culprits.append(name)
            for bit in missed:
                unnamed |= bit
    if not culprits:
        return
    if len(culprits) == 1:
        who = 'alias %s is missing' % culprits[0]
    else:
        who = 'aliases %s and %s are missing' % (', '.join(culprits[:-1]), culprits[-1])
    if _is_single_bit(unnamed):
        what = 'value 0x%x' % unnamed
    else:
        what = 'combined values of 0x%x' % unnamed
    raise ValueError('invalid Flag %r: %s %s [use enum.show_flag_values(value) for details]'
                     % (enumeration.__name__, who, what))


_VERIFIERS = {
    'one name per value': _verify_unique,
    'no skipped integer values': _verify_continuous,
    'multi-flag aliases may not contain unnamed flags': _verify_named_flags,
}


class verify:
    """Class decorator: check an enumeration for each EnumCheck given
    (UNIQUE, CONTINUOUS, NAMED_FLAGS), raising ValueError on failure."""

    def __init__(self, *checks):
        self.checks = checks

    def __call__(self, enumeration):
        if Flag is not None and issubclass(enumeration, Flag):
            kind = 'flag'
        elif issubclass(enumeration, Enum):
            kind = 'enum'
        else:
            raise TypeError("the 'verify' decorator only works with Enum and Flag")
        for check in self.checks:
            checker = _VERIFIERS.get(check)
            if checker is not None:
                checker(enumeration, kind)
        return enumeration
