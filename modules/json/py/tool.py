"""Validate and pretty-print JSON from the command line.

    python -m json.tool [options] [infile [outfile]]

reads a JSON document (or, with --json-lines, one per line) from infile
or standard input and writes it back, indented, to outfile or standard
output; invalid JSON exits with the decoder's message.
"""
import sys
import json
import argparse
from pathlib import Path


def main():
    parser = argparse.ArgumentParser(
        prog='python -m json.tool',
        description='Check that JSON text is valid and print it indented.')
    parser.add_argument('infile', nargs='?',
                        type=argparse.FileType(encoding="utf-8"),
                        default=sys.stdin,
                        help='the JSON file to read (standard input by default)')
    parser.add_argument('outfile', nargs='?', type=Path, default=None,
                        help='where to write the result (standard output by default)')
    parser.add_argument('--sort-keys', action='store_true', default=False,
                        help='order the keys of every object')
    parser.add_argument('--no-ensure-ascii', dest='ensure_ascii',
                        action='store_false',
                        help='write non-ASCII characters as they are, not as escapes')
    parser.add_argument('--json-lines', action='store_true', default=False,
                        help='read one JSON document per line (combine with '
                             '--no-indent or --compact to write JSON Lines)')
    layout = parser.add_mutually_exclusive_group()
    layout.add_argument('--indent', default=4, type=int,
                        help='indent nested values by this many spaces')
    layout.add_argument('--tab', action='store_const', dest='indent',
                        const='\t', help='indent nested values with tabs')
    layout.add_argument('--no-indent', action='store_const', dest='indent',
                        const=None, help='write each document on one line')
    layout.add_argument('--compact', action='store_true',
                        help='write each document on one line, without spaces')
    options = parser.parse_args()
    layout = dict(sort_keys=options.sort_keys, ensure_ascii=options.ensure_ascii,
                  indent=None if options.compact else options.indent)
    if options.compact:
        layout['separators'] = (',', ':')
    try:
        _rewrite(options, layout)
    except ValueError as bad:
        # Invalid JSON (or an unwritable value): the message, exit status 1.
        raise SystemExit(bad)


def _rewrite(options, layout):
    with options.infile as source:
        docs = map(json.loads, source) if options.json_lines else [json.load(source)]
        target = sys.stdout if options.outfile is None else options.outfile.open('w', encoding='utf-8')
        with target:
            for doc in docs:
                json.dump(doc, target, **layout)
                target.write('\n')


if __name__ == '__main__':
    try:
        main()
    except BrokenPipeError as broken:
        sys.exit(broken.errno)
