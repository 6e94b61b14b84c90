# argparse: usage and help text, byte for byte, at fixed terminal widths.
import os
os.environ['COLUMNS'] = '80'
import argparse


def show(parser):
    print('=' * 20, parser.prog)
    print(parser.format_usage(), end='')
    print('-' * 20)
    print(parser.format_help(), end='')


p = argparse.ArgumentParser(prog='basic', description='A program that does '
                            'things.  With   lots of   spaces and a long '
                            'description that needs wrapping across lines.',
                            epilog='And an epilog, %(prog)s.')
p.add_argument('src', help='the source')
p.add_argument('dst', nargs='?', help='where to (default %(default)s)',
               default='out')
p.add_argument('more', nargs='*', metavar='M')
p.add_argument('-n', '--count', type=int, default=3,
               help='how many times (default: %(default)s, type %(type)s)')
p.add_argument('--mode', choices=['fast', 'slow'], help='one of %(choices)s')
p.add_argument('--pair', nargs=2, metavar=('A', 'B'), help='two things')
p.add_argument('--many', nargs='+')
p.add_argument('--any', nargs='*', metavar=('X', 'Y'))
p.add_argument('--opt', nargs='?', const=1)
p.add_argument('-q', action='store_true', help='quiet')
p.add_argument('--no-help', action='store_true')
p.add_argument('--hidden', help=argparse.SUPPRESS)
p.add_argument('--a-very-long-option-name-that-pushes-help', metavar='VALUE',
               help='help that starts on the next line because the '
               'invocation is too long for the column, and wraps as well')
p.add_argument('--version', action='version', version='1.0')
show(p)

# a long usage that wraps: prog short, and prog long
p = argparse.ArgumentParser(prog='wrap')
for i in range(12):
    p.add_argument('--option%d' % i, metavar='VAL%d' % i)
for i in range(6):
    p.add_argument('positional%d' % i)
show(p)
p = argparse.ArgumentParser(prog='a-really-long-program-name-that-is-longer-'
                            'than-three-quarters-of-the-width')
for i in range(8):
    p.add_argument('--option%d' % i)
p.add_argument('pos')
show(p)
p = argparse.ArgumentParser(prog='onlypos', add_help=False)
for i in range(10):
    p.add_argument('positional_argument_%d' % i)
show(p)

# mutually exclusive groups and argument groups in usage
p = argparse.ArgumentParser(prog='mutex')
g = p.add_mutually_exclusive_group()
g.add_argument('--foo', action='store_true')
g.add_argument('--bar', metavar='B')
g.add_argument('--baz', help=argparse.SUPPRESS)
r = p.add_mutually_exclusive_group(required=True)
r.add_argument('-x', action='store_true')
r.add_argument('-y', action='store_true')
one = p.add_mutually_exclusive_group(required=True)
one.add_argument('--solo')
grp = p.add_argument_group('settings', 'Things you can set.')
grp.add_argument('--level', type=int, help='the level')
grp2 = p.add_argument_group('empty group')
p.add_argument('pos', nargs='?')
show(p)

# formatter classes
text = '''First line
    indented line

Second   paragraph.'''
for cls in (argparse.HelpFormatter, argparse.RawDescriptionHelpFormatter,
            argparse.RawTextHelpFormatter,
            argparse.ArgumentDefaultsHelpFormatter,
            argparse.MetavarTypeHelpFormatter):
    p = argparse.ArgumentParser(prog=cls.__name__, formatter_class=cls,
                                description=text, epilog=text)
    p.add_argument('num', type=int, help='a number\n  kept as written')
    p.add_argument('--ratio', type=float, default=0.5, help='a ratio')
    p.add_argument('--name', type=str, default='x')
    p.add_argument('--items', type=int, nargs='*', default=[])
    p.add_argument('--flag', action='store_true', help='a flag')
    p.add_argument('--sup', type=str, default=argparse.SUPPRESS, help='s')
    show(p)

# BooleanOptionalAction, count, append, version in help; custom usage
p = argparse.ArgumentParser(prog='misc', usage='%(prog)s [options] FILE')
p.add_argument('--color', action=argparse.BooleanOptionalAction,
               default=True, help='use colour')
p.add_argument('--plain', action=argparse.BooleanOptionalAction)
p.add_argument('-v', action='count', default=0, help='more output')
p.add_argument('--inc', action='append', help='include')
p.add_argument('--const', action='append_const', const=1, dest='consts')
show(p)
p = argparse.ArgumentParser(prog='nohelp', add_help=False)
show(p)
p = argparse.ArgumentParser(prog='slash', prefix_chars='/')
p.add_argument('/f', action='store_true')
p.add_argument('//long')
show(p)
p = argparse.ArgumentParser(prog='suppressed', usage=argparse.SUPPRESS,
                            description=argparse.SUPPRESS)
p.add_argument('x')
show(p)

# narrower and wider terminals
for cols in ('40', '120', '10'):
    os.environ['COLUMNS'] = cols
    p = argparse.ArgumentParser(prog='cols' + cols, description='word ' * 30)
    p.add_argument('--alpha', help='alpha ' * 12)
    p.add_argument('--beta-gamma-delta', metavar='BGD', help='short')
    p.add_argument('files', nargs='+', help='input files to read')
    show(p)
os.environ['COLUMNS'] = '80'

# print_usage / print_help to a file, and the width argument
import io
buf = io.StringIO()
p = argparse.ArgumentParser(prog='tofile')
p.add_argument('--x')
p.print_usage(buf)
p.print_help(buf)
print(repr(buf.getvalue()))
f = argparse.HelpFormatter('w', width=30, max_help_position=10)
f.add_usage(None, p._actions, [])
f.start_section('sec')
f.add_text('some text that wraps at thirty columns')
f.add_arguments(p._actions)
f.end_section()
print(f.format_help(), end='')

# metavar errors caught by add_argument
for kwargs in ({'nargs': 2, 'metavar': ('A',)}, {'nargs': '*', 'metavar': ('A', 'B', 'C')},
               {'nargs': 'x'}, {'nargs': 0}, {'action': 'append', 'nargs': 0},
               {'const': 1}, {'action': 'nope'}, {'type': 'int'},
               {'type': argparse.FileType}):
    try:
        argparse.ArgumentParser().add_argument('--z', **kwargs)
        print('ok', kwargs)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
