"""The language changes a module can ask for early with "from __future__ import".

Each feature name maps to a _Feature saying in which release it became
available (optional) and in which it became the default (mandatory, or None
when that was dropped), and the compiler flag that turns it on.
"""

# Release levels as written in the table below, and as sys.version_info
# spells them.
_LEVELS = {'a': 'alpha', 'b': 'beta', 'c': 'candidate', 'f': 'final'}


def _release(text):
    """'2.1b1' -> (2, 1, 0, 'beta', 1): a release in sys.version_info's
    form; None stays None."""
    if text is None:
        return None
    numbers, level, serial = text[:-2], text[-2], text[-1]
    major, minor = (int(n) for n in numbers.split('.'))
    return (major, minor, 0, _LEVELS[level], int(serial))


class _Feature:

    def __init__(self, optionalRelease, mandatoryRelease, compiler_flag):
        # Releases are sys.version_info-style tuples; flag 0 means the
        # compiler needs no flag for the feature.
        self.optional, self.mandatory = optionalRelease, mandatoryRelease
        self.compiler_flag = compiler_flag

    def getOptionalRelease(self):
        """The release where the feature could first be imported."""
        return self.optional

    def getMandatoryRelease(self):
        """The release where the feature is always on (None: never)."""
        return self.mandatory

    def __repr__(self):
        fields = (self.optional, self.mandatory, self.compiler_flag)
        return "_Feature%r" % (fields,)


# The compiler flags. Two features predate flags of their own: nested
# scopes reuse the code flag CO_NESTED, and generators need none. The
# rest take consecutive bits from bit 17 on.
CO_NESTED = 1 << 4
CO_GENERATOR_ALLOWED = 0

# name, flag name (without CO_FUTURE_), available from, default from.
_FEATURES = (
    ("nested_scopes", None, "2.1b1", "2.2a0"),
    ("generators", None, "2.2a1", "2.3f0"),
    ("division", "DIVISION", "2.2a2", "3.0a0"),
    ("absolute_import", "ABSOLUTE_IMPORT", "2.5a1", "3.0a0"),
    ("with_statement", "WITH_STATEMENT", "2.5a1", "2.6a0"),
    ("print_function", "PRINT_FUNCTION", "2.6a2", "3.0a0"),
    ("unicode_literals", "UNICODE_LITERALS", "2.6a2", "3.0a0"),
    ("barry_as_FLUFL", "BARRY_AS_BDFL", "3.1a2", "4.0a0"),
    ("generator_stop", "GENERATOR_STOP", "3.5b1", "3.7a0"),
    ("annotations", "ANNOTATIONS", "3.7b1", None),
)

all_feature_names = []
_next_bit = 17
for _name, _flag_name, _since, _default in _FEATURES:
    if _flag_name is None:
        _flag = CO_NESTED if _name == "nested_scopes" else CO_GENERATOR_ALLOWED
    else:
        _flag = 1 << _next_bit
        _next_bit += 1
        globals()["CO_FUTURE_" + _flag_name] = _flag
    globals()[_name] = _Feature(_release(_since), _release(_default), _flag)
    all_feature_names.append(_name)
del _name, _flag_name, _since, _default, _flag, _next_bit
# Only the table's results stay in the module, as in CPython's.
del _FEATURES, _LEVELS, _release

__all__ = ["all_feature_names"] + all_feature_names
