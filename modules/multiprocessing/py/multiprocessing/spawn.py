"""The child's side of starting a process."""

import pickle

__all__ = ['freeze_support', 'get_preparation_data', 'prepare']


def _child_main(payload):
    """Rebuild the process object the parent sent and run it; give the
    exit code."""
    process_obj = pickle.loads(payload)
    return process_obj._bootstrap()


def freeze_support():
    """Nothing to do: gilpy programs are not frozen executables."""


def get_preparation_data(name):
    import sys, os
    return {'name': name, 'sys_path': list(sys.path), 'sys_argv': list(sys.argv),
            'dir': os.getcwd()}


def prepare(data):
    import sys
    # Only the parts the parent sent are replaced.
    for key, attr in (('sys_path', 'path'), ('sys_argv', 'argv')):
        if key in data:
            setattr(sys, attr, data[key])
