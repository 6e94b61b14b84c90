# textwrap: sentence endings next to each other, quotes after the end,
# whitespace munging options combined, attributes set after creation.
import textwrap

for s in ['a. b. c. d.', 'Hi! Yes? no. X. y."  z.\' w', 'e.g. this. A.B. c', 'end.', 'x. . y',
          'one.\ttwo.\nthree!\x0bfour?']:
    for w in [4, 10, 40]:
        print(repr(s), w, textwrap.wrap(s, w, fix_sentence_endings=True))
    print(textwrap.wrap(s, 40, fix_sentence_endings=True, break_on_hyphens=False, replace_whitespace=False))
for expand in [True, False]:
    for replace in [True, False]:
        print(expand, replace, textwrap.wrap('a\tb\ncd\x0ce\rf  g', 6, expand_tabs=expand,
                                             replace_whitespace=replace, tabsize=4))
w = textwrap.TextWrapper()
w.fix_sentence_endings = True
w.width = 12
w.expand_tabs = False
print(w.wrap('Done. Next\tone. Last.'), w.fill('A. B. C. D. E.'))
print(sorted(k for k in vars(textwrap.TextWrapper(3))))
