"""Processes with the threading API: each a gilpy interpreter instance
with its own GIL, so CPU-bound work runs in parallel on all cores.
Objects pass between processes as pickles."""

import sys
from . import context as _ctx_module


def _export_default_context():
    # The package's functions are the default context's methods, bound,
    # under the same names.
    ctx = _ctx_module._default_context
    names = [n for n in dir(ctx) if not n.startswith('_')]
    space = globals()
    for n in names:
        space[n] = getattr(ctx, n)
    return names


__all__ = _export_default_context()
context = _ctx_module
del _export_default_context, _ctx_module

# Logging levels below DEBUG and between INFO and WARNING that the
# package's logger uses.
SUBDEBUG, SUBWARNING = 5, 25

# A child re-runs the main script as __mp_main__; in the parent the two
# names are the same module, so pickles naming either resolve.
sys.modules.setdefault('__mp_main__', sys.modules.get('__main__'))
if sys.modules['__mp_main__'] is None:
    del sys.modules['__mp_main__']
