# textwrap: wrap/fill with every TextWrapper option, shorten, dedent,
# indent, and their errors.
import textwrap

text = ("The quick brown fox jumps over the lazy dog. Mr. Smith's well-known self-evident truths -- "
        "and a re-re-examination! Supercalifragilisticexpialidocious words, e-mail addresses and "
        "x-ray vision... end.  Tabs\there\tand\nnewlines\x0band\x0cfeeds.")
for width in [1, 5, 10, 20, 37, 70, 200]:
    print(width, textwrap.wrap(text, width))
for kw in [dict(width=30, initial_indent='* ', subsequent_indent='  '), dict(width=25, break_long_words=False),
           dict(width=25, break_on_hyphens=False), dict(width=30, fix_sentence_endings=True),
           dict(width=30, drop_whitespace=False), dict(width=30, replace_whitespace=False),
           dict(width=30, expand_tabs=False), dict(width=30, tabsize=3), dict(width=30, max_lines=3),
           dict(width=30, max_lines=1), dict(width=30, max_lines=2, placeholder=' ~'),
           dict(width=12, max_lines=2, initial_indent='>>>> '), dict(width=8, break_long_words=False, max_lines=2)]:
    print(kw)
    for line in textwrap.wrap(text, **kw):
        print('  |%s|' % line)
print(textwrap.fill('hello there world', 8))
print(repr(textwrap.fill('', 10)), textwrap.wrap(''), textwrap.wrap('   '), textwrap.wrap('  a  ', drop_whitespace=False))
for s, w in [('Hello  world!', 12), ('Hello world!', 11), ('Hello world!', 10), ('  lots   of\n space  ', 10),
             ('x' * 20, 10), ('The quick brown fox', 15), ('one two', 6)]:
    print(repr(s), w, repr(textwrap.shorten(s, w)), repr(textwrap.shorten(s, w, placeholder='...')))
for bad in [lambda: textwrap.wrap('abc', 0), lambda: textwrap.wrap('abc', -1), lambda: textwrap.shorten('abc def', 3),
            lambda: textwrap.wrap('abc', 4, max_lines=2, subsequent_indent='xxxx'), lambda: textwrap.wrap(5),
            lambda: textwrap.TextWrapper(nosuch=1), lambda: textwrap.shorten('a', 5, max_lines=2)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)

w = textwrap.TextWrapper(width=15)
print(w.width, w.initial_indent, w.max_lines, repr(w.placeholder), w.tabsize, w.break_on_hyphens)
w.width = 10
w.subsequent_indent = '..'
print(w.wrap('changing attributes after making the wrapper works'))
print(w.fill('a b c d e f g h i j k l m n o p'))
for s in ['e-mail', 'well-known', 'a-b-c', 'ab-c', 'abc--def', 'a--b', 'x---y', '--opt', 'pre-', '-x', '1-2-3', 'ab-cd-ef',
          'über-cool', 'foo-bar-baz-qux']:
    print(repr(s), textwrap.wrap(s, 3), textwrap.wrap('zz ' + s, 6))

print('== dedent')
for s in ['    a\n    b\n', '  a\n    b\n  c', '\ta\n\tb', '  a\n\tb', '   \n  a\n  b\n   ', 'a\n  b', '', '\n\n',
          '  x\n \t\n  y', '    def f():\n        return 1\n', '  a\r\n  b\r\n', ' \t a\n \t  b', '  \u3000a\n  b']:
    print(repr(s), '->', repr(textwrap.dedent(s)))
print('== indent')
for s in ['a\nb\n', 'a\n\nb', '  \nx', 'a\r\nb\rc\u2028d', '', 'no newline']:
    print(repr(s), repr(textwrap.indent(s, '> ')), repr(textwrap.indent(s, '+', lambda line: True)))
try:
    textwrap.indent(5, '>')
except Exception as e:
    print(type(e).__name__, e)
