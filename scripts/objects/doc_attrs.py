# __doc__ on types, classes, metaclasses and instances: reading type's own
# documentation goes through the descriptor type's namespace holds, which
# must not lead back to itself. The texts of builtin docs are gilpy's own,
# so only their kind is printed.

print(type(type.__doc__).__name__)
print(type(type.__dict__['__doc__']).__name__)
print(type(object.__doc__).__name__, type(int.__doc__).__name__)


class Documented:
    """A class with a docstring."""

    def method(self):
        "A method's docstring."


class Bare:
    pass


print(repr(Documented.__doc__), repr(Documented().__doc__))
print(repr(Documented.method.__doc__))
print(repr(Bare.__doc__), repr(Bare().__doc__))
print('__doc__' in Bare.__dict__, Bare.__dict__['__doc__'])


class Meta(type):
    """The metaclass's docstring."""


class WithMeta(metaclass=Meta):
    """The class's docstring."""


class WithMetaBare(metaclass=Meta):
    pass


print(repr(Meta.__doc__), repr(WithMeta.__doc__), repr(WithMetaBare.__doc__))

Bare.__doc__ = 'assigned later'
print(repr(Bare.__doc__), repr(Bare().__doc__))


class Sub(Documented):
    pass


print(repr(Sub.__doc__))


class DocProperty:
    @property
    def __doc__(self):
        return 'computed for ' + type(self).__name__


print(repr(DocProperty().__doc__), type(DocProperty.__doc__).__name__)
dyn = type('Dyn', (), {'__doc__': 'from the namespace'})
print(repr(dyn.__doc__), repr(type('Dyn2', (), {}).__doc__))
