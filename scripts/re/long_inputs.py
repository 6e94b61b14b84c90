# Long subjects and deep repeats: the engine keeps its own stack, so none
# of these overflow, and the results are exact.
import re

n = 200000
s = 'ab' * n
print(len(re.match('(?:a|b)*', s).group()))
print(len(re.match('(a|b)*', s).group()), re.match('(a|b)*', s).span(1))
print(len(re.match('(?:ab)*?$', s).group()))
print(re.match('(?:a|b)*c', s + 'c').end())
print(re.search('(?:x|y)+', s))
print(len(re.findall('a', s)), len(re.findall('(a)(b)', s)))
print(len(re.split('b', s)))
print(len(re.sub('a', '', s)), re.subn('(a)(b)', r'\2\1', s)[1])
print(re.fullmatch('(?:(a)b)+', s).span(1))
print(re.match('(?s).*', 'x\n' * n).end())
print(re.search('a{1000}', 'a' * 999 + 'ba' * 10 + 'a' * 1000).span())
print(re.match('(?:a{1,2}){500}', 'a' * 1500).end(), re.match('(?:a{1,2}?){500}', 'a' * 1500).end())
print(re.match('(a)\\1*', 'a' * n).end())
print(re.search('(?<=a{3})b', 'a' * n + 'b').span())
print(len(re.match(r'\w+', '\u00e9' * n).group()))
t = ''.join(chr(0x400 + i % 200) for i in range(n))
print(len(re.findall('(?i)[\u0410-\u042f]', t)))
print(re.search('x', 'a' * n + 'x').start(), re.search('xy', 'x' * n + 'xy').start())
