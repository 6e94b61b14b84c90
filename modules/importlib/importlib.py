"""Importing by name at run time: import_module, the function form of the
import statement, reload, and invalidate_caches. gilpy's import system
is the VM's own; the finder and loader machinery of CPython's importlib
(importlib.util, importlib.machinery, importlib.abc) is not provided."""

import sys
import _gilpy_importlib

__all__ = ['import_module', 'invalidate_caches', 'reload']

# Names being reloaded, each with its module: a module that reloads
# itself while its code reruns gets the module back at once.
_in_progress = {}


def _absolute_name(name, package):
    # The full name a relative name ('.mod', '..pkg.mod') means inside
    # package.
    level = len(name) - len(name.lstrip('.'))
    if not package:
        raise TypeError("the 'package' argument is required to perform a "
                        f"relative import for {name!r}")
    if not isinstance(package, str):
        raise TypeError('__package__ not set to a string')
    parts = package.split('.')
    if level > len(parts):
        raise ImportError('attempted relative import beyond top-level package')
    base = '.'.join(parts[:len(parts) - level + 1])
    rest = name[level:]
    return f'{base}.{rest}' if rest else base


def import_module(name, package=None):
    """Import the module called name and return it (the module itself,
    not its top-level package as __import__ gives). A name starting with
    dots is relative to package."""
    full = _absolute_name(name, package) if name.startswith('.') else name
    if not full:
        raise ValueError('Empty module name')
    __import__(full)
    return sys.modules[full]


def invalidate_caches():
    """Nothing to do: gilpy's importer keeps no finder caches, so new
    files are seen at once."""


def reload(module):
    """Run an imported module's code again in the same module object,
    found afresh where the import system would find it now, and return
    the module as sys.modules then holds it. Names the new code does not
    define keep their old values."""
    spec = getattr(module, '__spec__', None)
    name = getattr(spec, 'name', None) if spec is not None else None
    if name is None:
        try:
            name = module.__name__
        except AttributeError:
            raise TypeError('reload() argument must be a module') from None
    if sys.modules.get(name) is not module:
        raise ImportError(f'module {name} not in sys.modules', name=name)
    if name in _in_progress:
        return _in_progress[name]
    _in_progress[name] = module
    try:
        parent = name.rpartition('.')[0]
        if parent and parent not in sys.modules:
            raise ImportError(f'parent {parent!r} not in sys.modules', name=parent)
        return _gilpy_importlib.rerun(module, name)
    finally:
        # Reloading importlib itself replaces this dict: pop, not del.
        _in_progress.pop(name, None)
