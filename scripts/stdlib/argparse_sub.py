# argparse: subparsers, groups, parents, conflicts, files of arguments,
# exit_on_error and FileType.
import os
os.environ['COLUMNS'] = '80'
import argparse
import contextlib
import io
import tempfile


def run(parser, args, known=False):
    out, err = io.StringIO(), io.StringIO()
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            ns = (parser.parse_known_args if known else parser.parse_args)(args)
    except SystemExit as e:
        print('exit', e.code)
        print(out.getvalue() + err.getvalue(), end='')
    else:
        print(args, '->', ns)


# subparsers
p = argparse.ArgumentParser(prog='git')
p.add_argument('--verbose', action='store_true')
sub = p.add_subparsers(dest='cmd', help='sub-command help')
c = sub.add_parser('commit', help='record changes', aliases=['ci'])
c.add_argument('-m', '--message', required=True)
c.add_argument('--amend', action='store_true')
c.set_defaults(func='do_commit')
s = sub.add_parser('status', help='show status')
s.add_argument('paths', nargs='*')
s.set_defaults(func='do_status')
sub.add_parser('hidden')
print(sub)
run(p, ['commit', '-m', 'hi'])
run(p, ['--verbose', 'ci', '-m', 'x', '--amend'])
run(p, ['status', 'a', 'b'])
run(p, [])
run(p, ['push'])
run(p, ['commit'])
run(p, ['status', '--bad'])
run(p, ['status', '--bad', 'x'], known=True)
run(p, ['-h'])
run(p, ['commit', '-h'])
run(p, ['ci', '--help'])

p = argparse.ArgumentParser(prog='req')
sub = p.add_subparsers(required=True)
sub.add_parser('a')
sub.add_parser('b')
run(p, [])
p = argparse.ArgumentParser(prog='req2')
sub = p.add_subparsers(dest='which', required=True, metavar='COMMAND')
sub.add_parser('a')
run(p, [])
p = argparse.ArgumentParser(prog='titled')
p.add_argument('x')
sub = p.add_subparsers(title='commands', description='pick one',
                       help='the command')
sub.add_parser('run', help='run it')
sub.add_parser('stop', help='stop it', aliases=['halt', 'kill'])
run(p, ['-h'])
run(p, ['1', 'halt'])
run(p, ['1', 'go'])
try:
    sub.add_parser('run')
except argparse.ArgumentError as e:
    print('ArgumentError', e)
try:
    sub.add_parser('new', aliases=['kill'])
except argparse.ArgumentError as e:
    print('ArgumentError', e)
run(p, ['1', 'run', '-h'])
try:
    with contextlib.redirect_stderr(io.StringIO()) as err:
        p.add_subparsers()
except SystemExit as e:
    print('exit', e.code, err.getvalue())

# parents
base = argparse.ArgumentParser(add_help=False)
base.add_argument('--config', default='c.ini')
bg = base.add_argument_group('shared')
bg.add_argument('--shared-opt')
bm = base.add_mutually_exclusive_group()
bm.add_argument('--on', action='store_true')
bm.add_argument('--off', action='store_true')
base.set_defaults(origin='base')
child = argparse.ArgumentParser(prog='child', parents=[base])
child.add_argument('name')
run(child, ['n', '--config', 'x', '--shared-opt', 'y'])
run(child, ['n', '--on', '--off'])
run(child, ['-h'])
try:
    argparse.ArgumentParser(parents=[argparse.ArgumentParser()])
except argparse.ArgumentError as e:
    print('ArgumentError', e)

# conflict handlers
p = argparse.ArgumentParser(prog='conf')
p.add_argument('-f', '--foo')
for args in (('-f',), ('-f', '--foo')):
    try:
        p.add_argument(*args)
    except argparse.ArgumentError as e:
        print('ArgumentError', e)
p = argparse.ArgumentParser(prog='resolve', conflict_handler='resolve')
p.add_argument('-f', '--foo', help='old foo')
p.add_argument('--foo', help='new foo')
p.add_argument('-x', help='old x')
p.add_argument('-x', help='new x')
run(p, ['-h'])
try:
    argparse.ArgumentParser(conflict_handler='other')
except ValueError as e:
    print('ValueError', e)

# mutually exclusive groups
p = argparse.ArgumentParser(prog='mx')
g = p.add_mutually_exclusive_group(required=True)
g.add_argument('--a', action='store_true')
g.add_argument('--b')
g.add_argument('--c', nargs='?', const='C')
run(p, ['--a'])
run(p, ['--a', '--b', '1'])
run(p, ['--b', '1', '--c'])
run(p, [])
try:
    g.add_argument('--d', required=True)
except ValueError as e:
    print('ValueError', e)
try:
    p.add_argument('x', required=True)
except TypeError as e:
    print('TypeError', e)
try:
    p.add_argument('x', dest='y')
except ValueError as e:
    print('ValueError', e)
try:
    p.add_argument('x-', '--y')
except ValueError as e:
    print('ValueError', e)
try:
    p.add_argument('--')
except ValueError as e:
    print('ValueError', e)

# arguments from files
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, 'args.txt')
    with open(path, 'w') as f:
        f.write('--x\n1\npos\n')
    p = argparse.ArgumentParser(prog='ff', fromfile_prefix_chars='@')
    p.add_argument('--x')
    p.add_argument('p', nargs='*')
    ns = p.parse_args(['@' + path, 'more'])
    print(ns)
    out = io.StringIO()
    try:
        with contextlib.redirect_stderr(out):
            p.parse_args(['@' + os.path.join(d, 'missing')])
    except SystemExit as e:
        print('exit', e.code, out.getvalue().replace(d, 'DIR'))

    # FileType
    ft = argparse.FileType('w', encoding='utf-8')
    print(ft, argparse.FileType(), argparse.FileType('rb', 0, errors='x'))
    p = argparse.ArgumentParser(prog='ft')
    p.add_argument('out', type=ft)
    p.add_argument('--inp', type=argparse.FileType('r'))
    ns = p.parse_args([os.path.join(d, 'o.txt')])
    ns.out.write('written')
    ns.out.close()
    ns = p.parse_args([os.path.join(d, 'o2.txt'), '--inp', os.path.join(d, 'o.txt')])
    print(ns.inp.read())
    ns.inp.close()
    ns.out.close()
    ns = p.parse_args(['-', '--inp', '-'])
    print(ns.out is __import__('sys').stdout, ns.inp is __import__('sys').stdin)
    out = io.StringIO()
    try:
        with contextlib.redirect_stderr(out):
            p.parse_args([os.path.join(d, 'o3.txt'), '--inp', os.path.join(d, 'nope')])
    except SystemExit as e:
        print('exit', e.code, out.getvalue().replace(d, 'DIR'))
    try:
        argparse.FileType('q')('-')
    except ValueError as e:
        print('ValueError', e)

# exit_on_error=False raises ArgumentError for argument problems
p = argparse.ArgumentParser(prog='noexit', exit_on_error=False)
p.add_argument('--n', type=int)
p.add_argument('--c', choices=['a', 'b'])
p.add_argument('--one')
for args in (['--n', 'x'], ['--c', 'z'], ['--one'], ['--n', '1', '--n', '2']):
    try:
        print(p.parse_args(args))
    except argparse.ArgumentError as e:
        print('ArgumentError', e, '|', e.argument_name, '|', e.message)
run(p, ['--unknown'])

# parse_intermixed_args restrictions
p = argparse.ArgumentParser(prog='im')
p.add_argument('rest', nargs='...')
try:
    p.parse_intermixed_args([])
except TypeError as e:
    print('TypeError', e)
p = argparse.ArgumentParser(prog='im2')
p.add_argument('--foo')
p.add_argument('cmd')
p.add_argument('rest', nargs='*', type=int)
print(p.parse_intermixed_args(['doit', '1', '--foo', 'bar', '2', '3']))
run(p, ['--foo'])
