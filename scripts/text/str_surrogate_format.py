# Formatting text that holds lone surrogates: widths, precision and fill
# count each surrogate as one character.
for f in ['%5s|', '%-4.1s|', '%c', '%3c|', '%r', '%.3r|']:
    for a in ['\ud800', 'a\udc80b', 0xdc80]:
        try: print(repr(f), repr(f % a))
        except Exception as e: print(repr(f), type(e).__name__, e)
for f in ['{:5}|', '{:.1}|', '{:\ud800^5}|', '{:c}', '{:>4c}|', '{!r:>10}|']:
    for a in ['\ud800', 'a\udc80b', 0xdc80]:
        try: print(repr(f), repr(f.format(a)))
        except Exception as e: print(repr(f), type(e).__name__, e)
print(repr(format('\udcff', '*^7')), repr(f'{"x":\udcff<3}'))
