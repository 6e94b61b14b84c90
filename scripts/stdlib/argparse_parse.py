# argparse: actions, nargs, types, choices, defaults and the Namespace.
import os
os.environ['COLUMNS'] = '80'
import argparse
import contextlib
import io


def run(parser, args):
    """Parse args, printing the result or what the parser printed and the
    status it exited with."""
    out, err = io.StringIO(), io.StringIO()
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            ns = parser.parse_args(args)
    except SystemExit as e:
        print('exit', e.code, repr(out.getvalue()), repr(err.getvalue()))
    else:
        print(args, '->', ns)


p = argparse.ArgumentParser(prog='prog')
p.add_argument('--store')
p.add_argument('--const', action='store_const', const=42)
p.add_argument('--yes', action='store_true')
p.add_argument('--no', action='store_false')
p.add_argument('--app', action='append')
p.add_argument('--appc', action='append_const', const='c')
p.add_argument('-v', '--verbose', action='count')
p.add_argument('--ext', action='extend', nargs='+', type=int)
p.add_argument('--flag', action=argparse.BooleanOptionalAction)
for args in ([], ['--store', 'x'], ['--store=y'], ['--const', '--yes', '--no'],
             ['--app', 'a', '--app', 'b'], ['--appc', '--appc'],
             ['-vvv'], ['-v', '--verbose'], ['--ext', '1', '2', '--ext', '3'],
             ['--flag'], ['--no-flag'], ['--sto', 'abbrev'], ['--verb'],
             ['--store'], ['--store', '--yes'], ['--ext'], ['--ext', 'x'],
             ['--bogus'], ['--yes=1'], ['-vx'], ['--fl']):
    run(p, args)

# nargs
p = argparse.ArgumentParser(prog='nargs')
p.add_argument('two', nargs=2)
p.add_argument('opt', nargs='?', default='d')
p.add_argument('rest', nargs='*')
p.add_argument('--plus', nargs='+')
p.add_argument('--q', nargs='?', const='C', default='D')
p.add_argument('--star', nargs='*')
p.add_argument('--three', nargs=3, type=float)
for args in (['a', 'b'], ['a', 'b', 'c'], ['a', 'b', 'c', 'd', 'e'],
             ['a'], [], ['a', 'b', '--q'], ['a', 'b', '--q', 'x'],
             ['--plus', '1', '2', 'a', 'b'], ['a', 'b', '--plus'],
             ['--star', 'a', 'b'], ['--star', '--', 'a', 'b'],
             ['a', 'b', '--three', '1', '2', '3'], ['a', 'b', '--three', '1'],
             ['a', 'b', '--three', '1', 'x', '3'], ['--', '-a', '-b'],
             ['a', '--', 'b', '--q']):
    run(p, args)

# REMAINDER and positional/optional interleaving
p = argparse.ArgumentParser(prog='rem')
p.add_argument('--x')
p.add_argument('cmd')
p.add_argument('args', nargs=argparse.REMAINDER)
for args in (['run', '--x', '1', 'a'], ['--x', '1', 'run', 'a', '--x', '2'],
             ['run']):
    run(p, args)

# types, choices, required, defaults
def even(s):
    n = int(s)
    if n % 2:
        raise argparse.ArgumentTypeError('%r is not even' % s)
    return n

p = argparse.ArgumentParser(prog='types')
p.add_argument('--i', type=int, default='7')
p.add_argument('--f', type=float)
p.add_argument('--e', type=even)
p.add_argument('--c', choices=['a', 'b'])
p.add_argument('--n', type=int, choices=range(1, 4))
p.add_argument('--req', required=True)
p.add_argument('--sup', default=argparse.SUPPRESS)
p.add_argument('--d', dest='other', metavar='D')
for args in (['--req', 'r'], ['--req', 'r', '--i', '3', '--f', '2.5'],
             ['--req', 'r', '--i', 'x'], ['--req', 'r', '--f', 'nan'],
             ['--req', 'r', '--e', '4'], ['--req', 'r', '--e', '3'],
             ['--req', 'r', '--c', 'z'], ['--req', 'r', '--n', '5'],
             ['--req', 'r', '--n', '2'], [], ['--req', 'r', '--sup', 's'],
             ['--req', 'r', '--d', 'o'], ['--req', 'r', '--e', 'q']):
    run(p, args)

p = argparse.ArgumentParser(prog='pos')
p.add_argument('x', type=int)
p.add_argument('y', choices=['a', 'b'])
run(p, [])
run(p, ['1'])
run(p, ['z', 'a'])
run(p, ['1', 'c'])
run(p, ['-1', 'a'])
run(p, ['1', 'a', 'extra', '--what'])

# negative numbers look like positionals unless an option looks like one
p = argparse.ArgumentParser(prog='neg')
p.add_argument('-1', dest='one', action='store_true')
p.add_argument('n', nargs='?')
run(p, ['-1'])
run(p, ['-2'])

# prefix_chars, allow_abbrev, argument_default, set_defaults
p = argparse.ArgumentParser(prog='plus', prefix_chars='+-')
p.add_argument('+x', action='store_true')
p.add_argument('++long')
p.add_argument('-y')
run(p, ['+x', '++long', 'v', '-y', '1'])
run(p, ['-h'])
p = argparse.ArgumentParser(prog='noabbrev', allow_abbrev=False)
p.add_argument('--verbose', action='store_true')
run(p, ['--verb'])
p = argparse.ArgumentParser(prog='amb')
p.add_argument('--foo1')
p.add_argument('--foo2')
run(p, ['--foo', 'x'])
run(p, ['--foo1=a', '--foo2', 'b'])
p = argparse.ArgumentParser(prog='ad', argument_default=argparse.SUPPRESS)
p.add_argument('--a')
p.add_argument('--b', default=1)
p.set_defaults(c=3, b=2)
run(p, [])
run(p, ['--a', 'x'])
print(p.get_default('b'), p.get_default('c'), p.get_default('zz'))

# parse_known_args, parse_intermixed_args
p = argparse.ArgumentParser(prog='known')
p.add_argument('--a')
p.add_argument('pos', nargs='*')
print(p.parse_known_args(['x', '--a', '1', '--b', '2', 'y']))
run(p, ['x', '--a', '1', 'y'])
print(p.parse_intermixed_args(['x', '--a', '1', 'y']))
print(p.parse_known_intermixed_args(['x', '--zz', 'y']))

# Namespace
ns = argparse.Namespace(b=2, a=1)
print(ns, ns == argparse.Namespace(a=1, b=2), ns != argparse.Namespace(a=1))
print('a' in ns, 'c' in ns, vars(ns), ns == 1)
ns2 = argparse.Namespace(**{'not id': 1, 'x': 2})
print(ns2)
ns = argparse.Namespace(preset=5)
print(p.parse_args(['--a', 'q'], namespace=ns) is ns, ns)


# a custom action
class Upper(argparse.Action):
    def __init__(self, option_strings, dest, **kwargs):
        print('init', option_strings, dest, sorted(kwargs))
        super().__init__(option_strings, dest, **kwargs)

    def __call__(self, parser, namespace, values, option_string=None):
        print('call', values, option_string)
        setattr(namespace, self.dest, values.upper())


p = argparse.ArgumentParser(prog='custom')
a = p.add_argument('--name', action=Upper, help='a name')
print(a)
run(p, ['--name', 'bob'])
print(p)
print(p.add_argument('--v', action='version', version='%(prog)s 1.0'))
run(p, ['--v'])
