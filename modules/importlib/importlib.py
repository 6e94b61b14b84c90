"""Importing by name at run time: import_module, the function form of the
import statement, and invalidate_caches. gilpy's import system is the
VM's own; the finder and loader machinery of CPython's importlib
(importlib.util, importlib.machinery, importlib.abc, reload) is not
provided."""

import sys

__all__ = ['import_module', 'invalidate_caches']


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
