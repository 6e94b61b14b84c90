#!/usr/bin/env python3
"""Regenerates the golden files of gilpy's syntax package from CPython.

Run it from the repository root with CPython 3.11 (the oracle):

    python3 interp/syntax/testdata/regen.py

For every test source it writes what CPython reports:

* testdata/programs/NAME.py -> NAME.golden: one parse of the whole file.
* testdata/cases/NAME.txt -> NAME.golden: the file holds many small cases
  separated by lines "#====" (a case may start with a line "#mode eval" or
  "#mode single"); the golden holds one result per case, separated the same
  way.

A result is the text of ast.dump(tree, include_attributes=True), or for
source CPython rejects a line

    ERROR <class> <msg!r> <lineno> <offset> <end_lineno> <end_offset> <text!r>

Sources are parsed with compile(src, filename, mode, ast.PyCF_ONLY_AST):
that is the parser alone, so errors that CPython's compiler raises later
(such as 'return' outside function) are not expected of the parser. The
source is given to compile() as str (decoded the way Python decodes source
files), so that error offsets are counted in characters.

With --corpus SRC OUT it instead writes, for every .py file under SRC, the
same result to OUT/<relative path>.golden; the Go test TestCorpus compares
against such a directory when GILPY_SYNTAX_CORPUS=SRC:OUT is set (see
corpus_test.go).
"""
import ast
import io
import os
import sys
import tokenize

SEP = '#===='
HERE = os.path.dirname(os.path.abspath(__file__))


def result(src, filename, mode='exec'):
    try:
        tree = compile(src, filename, mode, ast.PyCF_ONLY_AST, dont_inherit=True)
    except SyntaxError as e:
        return 'ERROR %s %r %r %r %r %r %r' % (
            type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, e.text)
    return ast.dump(tree, include_attributes=True)


def decode(data):
    """Decodes source bytes as Python decodes a source file."""
    return tokenize.TextIOWrapper(io.BytesIO(data), tokenize.detect_encoding(io.BytesIO(data).readline)[0], newline='').read()


def split_cases(text):
    """Splits a cases file at its separator lines. Every case but the last
    keeps the newline before the separator."""
    parts = text.split('\n' + SEP + '\n')
    return [p + '\n' for p in parts[:-1]] + [parts[-1]]


def case_mode(src):
    first = src.split('\n', 1)[0]
    if first.startswith('#mode '):
        return first[6:].strip()
    return 'exec'


def main():
    import warnings
    warnings.simplefilter('ignore')
    if len(sys.argv) == 4 and sys.argv[1] == '--corpus':
        src_root, out_root = sys.argv[2], sys.argv[3]
        n = 0
        for dirpath, _, files in os.walk(src_root):
            for f in files:
                if not f.endswith('.py'):
                    continue
                path = os.path.join(dirpath, f)
                rel = os.path.relpath(path, src_root)
                with open(path, 'rb') as fh:
                    data = fh.read()
                try:
                    src = decode(data)
                except (SyntaxError, UnicodeDecodeError, LookupError):
                    continue
                out = os.path.join(out_root, rel + '.golden')
                os.makedirs(os.path.dirname(out), exist_ok=True)
                with open(out, 'w', encoding='utf-8', newline='\n') as fh:
                    fh.write(result(src, f) + '\n')
                n += 1
        print('wrote', n, 'goldens to', out_root)
        return
    progs = os.path.join(HERE, 'programs')
    for f in sorted(os.listdir(progs)):
        if not f.endswith('.py'):
            continue
        with open(os.path.join(progs, f), 'rb') as fh:
            src = decode(fh.read())
        with open(os.path.join(progs, f[:-3] + '.golden'), 'w', encoding='utf-8', newline='\n') as fh:
            fh.write(result(src, f) + '\n')
    cases = os.path.join(HERE, 'cases')
    for f in sorted(os.listdir(cases)):
        if not f.endswith('.txt'):
            continue
        with open(os.path.join(cases, f), 'rb') as fh:
            text = decode(fh.read())
        out = []
        for c in split_cases(text):
            out.append(result(c, f, case_mode(c)))
        with open(os.path.join(cases, f[:-4] + '.golden'), 'w', encoding='utf-8', newline='\n') as fh:
            fh.write(('\n' + SEP + '\n').join(out) + '\n')


if __name__ == '__main__':
    main()
