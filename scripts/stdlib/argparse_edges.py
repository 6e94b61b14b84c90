# argparse: less common corners: combined short flags, attached values,
# nargs=SUPPRESS, dict choices, pre-filled namespaces, overridden error
# and line splitting, groups nested in groups.
import os
os.environ['COLUMNS'] = '80'
import argparse
import contextlib
import io


def run(parser, args):
    out, err = io.StringIO(), io.StringIO()
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            ns = parser.parse_args(args)
    except SystemExit as e:
        print('exit', e.code)
        print(out.getvalue() + err.getvalue(), end='')
    else:
        print(args, '->', ns)


p = argparse.ArgumentParser(prog='short')
p.add_argument('-a', action='store_true')
p.add_argument('-b', action='store_true')
p.add_argument('-n', type=int)
p.add_argument('-o', nargs='?', const='C')
p.add_argument('--long', nargs='?', const='LC')
for args in (['-ab'], ['-abn3'], ['-n3'], ['-n=3'], ['-ba', '-n', '-3'],
             ['-o'], ['-oX'], ['-o=X'], ['--long=V'], ['--long', '--', 'x'],
             ['--long='], ['-az'], ['-a=1'], ['-n'], ['-n', '--long'],
             ['-n', '-x']):
    run(p, args)

p = argparse.ArgumentParser(prog='misc')
p.add_argument('--choice', choices={'x': 1, 'y': 2})
p.add_argument('--sup', nargs=argparse.SUPPRESS)
p.add_argument('--pct', help='100%% sure, default %(default)r', default=5)
p.add_argument('--req', required=True, metavar='R')
p.add_argument('--list', default=[1], type=int, nargs='*')
run(p, ['--req', 'r', '--choice', 'y'])
run(p, ['--req', 'r', '--choice', 'z'])
run(p, ['--req', 'r', '--list'])
run(p, ['--req', 'r', '--sup'])
run(p, ['-h'])
ns = argparse.Namespace(req='pre', extra=1, list='kept')
print(p.parse_args(['--req', 'r'], namespace=ns))

# one mutually exclusive group inside an argument group
p = argparse.ArgumentParser(prog='nested')
grp = p.add_argument_group('output', 'Where results go.')
mx = grp.add_mutually_exclusive_group()
mx.add_argument('--file')
mx.add_argument('--stdout', action='store_true')
grp.add_argument('--format', choices=['json', 'text'], default='text')
run(p, ['-h'])
run(p, ['--file', 'f', '--stdout'])


class QuietParser(argparse.ArgumentParser):
    def error(self, message):
        raise ValueError('parse failed: ' + message)

    def convert_arg_line_to_args(self, arg_line):
        return arg_line.split()


p = QuietParser(prog='quiet')
p.add_argument('n', type=int)
try:
    p.parse_args(['x'])
except ValueError as e:
    print(e)
try:
    p.parse_args([])
except ValueError as e:
    print(e)

# exit and print_usage
p = argparse.ArgumentParser(prog='ex')
out = io.StringIO()
with contextlib.redirect_stdout(out):
    p.print_usage()
print(repr(out.getvalue()))
err = io.StringIO()
try:
    with contextlib.redirect_stderr(err):
        p.exit(3, 'bye\n')
except SystemExit as e:
    print('exit', e.code, repr(err.getvalue()))
try:
    p.exit()
except SystemExit as e:
    print('exit', e.code)

# positionals with nargs patterns that compete
p = argparse.ArgumentParser(prog='compete')
p.add_argument('a', nargs='+')
p.add_argument('b', nargs=2)
p.add_argument('c', nargs='?')
for args in (['1', '2', '3'], ['1', '2', '3', '4'], ['1', '2'], ['1', '2', '3', '4', '5']):
    run(p, args)
p = argparse.ArgumentParser(prog='split')
p.add_argument('x')
p.add_argument('--opt')
p.add_argument('y', nargs='*')
run(p, ['1', '--opt', 'o', '2', '3'])
run(p, ['1', '2', '--opt', 'o', '3'])

# help for subparsers with a metavar and parser_class
p = argparse.ArgumentParser(prog='tool', description='%(prog)s does things')
sub = p.add_subparsers(metavar='<command>', dest='command', title='commands')
a = sub.add_parser('add', help='add things', description='Add %(prog)s.')
a.add_argument('item', nargs='+', help='things to add')
sub.add_parser('list', help='list things')
run(p, ['-h'])
run(p, ['add', '-h'])
run(p, ['add'])
print(repr(p), repr(a.prog))
print(argparse.ArgumentError(None, 'plain'), argparse.ArgumentTypeError('t'))
