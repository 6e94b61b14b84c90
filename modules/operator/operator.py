# operator: the functions of _operator (written in Go), each also bound to
# its dunder spelling (operator.__add__ is operator.add), as scripts may
# use either.

from builtins import abs as _abs
from _operator import *
from _operator import __doc__


def _dunder_aliases():
    # Every function whose name is an operator's dunder method, minus a
    # trailing underscore that keeps 'and_', 'or_' and 'not_' off the
    # keywords, gets that dunder name too.
    names = '''lt le eq ne ge gt not_ abs add and_ call floordiv index inv invert
        lshift mod mul matmul neg or_ pos pow rshift sub truediv xor concat
        contains delitem getitem setitem'''.split()
    names += ['i' + n for n in '''add and concat floordiv lshift mod mul matmul
        or pow rshift sub truediv xor'''.split()]
    space = globals()
    for name in names:
        space['__' + name.rstrip('_') + '__'] = space[name]


_dunder_aliases()
del _dunder_aliases

# The public names, in alphabetical order as `from operator import *`
# and help() list them.
__all__ = sorted(n for n in globals()
                 if not n.startswith('_') and n not in ('annotations',))
