# split: groups, maxsplit, empty matches (3.7 rules), pos of the pieces.
import re


def show(pattern, string, *args, **kw):
    try:
        r = re.split(pattern, string, *args, **kw)
    except Exception as e:
        print(repr(pattern), repr(string), '->', type(e).__name__ + ':', e)
    else:
        print(repr(pattern), repr(string), args, kw, '->', r)


show(',', 'a,b,c')
show(',', 'a,b,c', 1)
show(',', 'a,b,c', maxsplit=2)
show(',', 'a,b,c', -1)
show(',', 'a,b,c', 0)
show('(,)', 'a,b,c')
show('(,)|(;)', 'a,b;c')
show('(?:,)', 'a,b')
show('\\s+', '  a b  ')
show('\\s*', 'a b')
show('', 'abc')
show('x*', 'axbc')
show('\\b', 'ab cd')
show('(?=b)', 'abab')
show('(?<=a)', 'abab')
show('^', 'a\nb', flags=re.M)
show('$', 'a\nb\n', flags=re.M)
show(',', '')
show('', '')
show('(a)(x)?', 'bab')
show('[,;]', 'a,;b', 1)
show(b',', b'a,b')
show(b'(,)', bytearray(b'a,b'))
show(',', 'a,b', 'x')
show(',', 'a,b', maxsplit=None)
show(',', 'a,b', 1.5)
show(',', 'a,b', maxsplit=1, flags=re.I)
print(re.compile(',').split(string='a,b', maxsplit=1))
print(re.compile('-').split('a-b-c-d', 2))
