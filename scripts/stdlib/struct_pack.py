# struct: every format code in every byte order, sizes and alignment,
# round trips and the range errors.
import struct


def show(f, *args):
    try:
        b = struct.pack(f, *args)
        print(repr(f), args, b.hex(), struct.unpack(f, b))
    except Exception as e:
        print(repr(f), args, type(e).__name__, e)


for f in ['', 'x', 'c', 'b', 'B', '?', 'h', 'H', 'i', 'I', 'l', 'L', 'q', 'Q',
          'n', 'N', 'P', 'e', 'f', 'd', 's', 'p', '3s', '5p', 'ci', 'ic', 'bxh',
          'cq', 'ch', 'cd', 'ce', 'c?', '0s', '0p', '0i', '2i3h', ' i i ', 'xq',
          '3x', '2c', '10s', '255p', '300p']:
    for order in '@=<>!':
        try:
            print(repr(order + f), struct.calcsize(order + f))
        except struct.error as e:
            print(repr(order + f), "error", e)

for order in '@<>':
    show(order + 'bBhHiIlLqQ', -1, 255, -2, 65535, -3, 2**32 - 1, -4, 5, -(2**63), 2**64 - 1)
    show(order + '?c3s5pxe', 7, b'A', b'abcdef', b'xy', 1.5)
    show(order + 'fd', 3.14, 3.14)
    show(order + 'ff', 1e-45, -0.0)
show('nNP', -5, 6, 7)
show('P', -1)
show('5p', b'abcdefgh')
show('1p', b'abc')
show('3s', bytearray(b'ab'))
show('?????', 0, 1, [], [0], None)
show('e', 65504.0)
show('e', 65520.0)
show('e', 1e-8)
show('e', 6e-8)
show('e', float('inf'))
show('e', float('-inf'))
show('<e', -2.5)
show('>e', 0.333333)
show('f', 1e300)
show('<f', 1e300)
show('<f', float('inf'))
show('d', float('-inf'))
show('d', 10)
show('d', True)

vals = [-2**64 - 1, -2**63 - 1, -2**63, -2**31 - 1, -2**31, -129, -128, -1, 0,
        127, 128, 255, 256, 32767, 32768, 65535, 65536, 2**31 - 1, 2**31,
        2**32 - 1, 2**32, 2**63 - 1, 2**63, 2**64 - 1, 2**64]
for order in '@<>':
    for c in 'bBhHiIlLqQnNP':
        f = order + c
        try:
            struct.calcsize(f)
        except struct.error as e:
            print(repr(f), e)
            continue
        for v in vals:
            try:
                b = struct.pack(f, v)
                print(repr(f), v, b.hex(), struct.unpack(f, b)[0])
            except Exception as e:
                print(repr(f), v, type(e).__name__, e)


class Idx:
    def __repr__(self):
        return "Idx()"

    def __index__(self):
        return 42


class Flt:
    def __repr__(self):
        return "Flt()"

    def __float__(self):
        return 2.5


show('i', Idx())
show('i', 1.0)
show('i', '1')
show('i', None)
show('Q', 1.5)
show('d', Flt())
show('d', 'x')
show('f', None)
show('e', [1])
show('c', b'ab')
show('c', 'a')
show('c', bytearray(b'a'))
show('c', 65)
show('s', 'text')
show('p', 3)
show('ii', 1)
show('ii', 1, 2, 3)
show('x', 1)
show('2x')
