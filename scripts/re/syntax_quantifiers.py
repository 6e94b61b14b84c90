# Repeats: greedy, lazy and possessive, and every {m,n} form.
import re


def show(pattern, string, flags=0):
    try:
        m = re.match(pattern, string, flags)
    except Exception as e:
        print(repr(pattern), '->', type(e).__name__ + ':', e)
    else:
        print(repr(pattern), repr(string), '->', m and m.group())


for q in ['*', '+', '?', '{2}', '{2,}', '{,2}', '{1,3}', '{0}', '{0,0}', '{,}']:
    for mode in ['', '?', '+']:
        show('a' + q + mode, 'aaaa')
show('a*b', 'aaab')
show('a*?b', 'aaab')
show('a*+b', 'aaab')
show('a*+a', 'aaaa')
show('a++a', 'aaaa')
show('a?+a', 'a')
show('a{2,3}+a', 'aaaa')
show('a{2,3}a', 'aaaa')
show('(?:ab)*', 'ababa')
show('(?:ab)*?', 'abab')
show('(?:ab)*+', 'ababa')
show('(?:ab)*+ab', 'abab')
show('(?:a|ab)*c', 'abac')
show('(?:a|ab)*+c', 'abac')
show('(?:a|ab)++c', 'aabc')
show('.*foo', 'xfooyfoo')
show('.*?foo', 'xfooyfoo')
show('.*+foo', 'xfooyfoo')
show('[ab]*?b', 'aabab')
show('a{3,2}', '')
show('a{4294967295}', '')
show('a{4294967294}', '')
show('a{99999999999999999999}', '')
show('a{2,99999999999999999999}', '')
show('*', '')
show('+a', '')
show('a**', '')
show('a*+*', '')
show('a++?', '')
show('a??+', '')
show('a{2}{3}', '')
show('a{2}*', '')
show('(?:a{2}){3}', 'aaaaaa')
show('^*', '')
show('$+', '')
show('\\b*', '')
show('(?:^)*a', 'a')
show('(a*)*', 'aaa')
show('(a*)+', 'aaa')
show('(a*?)*?', 'aaa')
show('(a|)*b', 'aab')
show('(?:a|()){3}', 'a')
print(len(re.match('x*', 'x' * 100000).group()), len(re.match('(?:x)*', 'x' * 100000).group()), len(re.match('(?:xy?)*', 'x' * 100000).group()))
