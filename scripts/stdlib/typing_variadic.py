# Substituting a generic class whose parameters mix a TypeVarTuple with
# plain type variables, including unpacked tuples of any length (*tuple[X, ...]),
# which fill the plain variables they stand in front of or behind with X.
import typing as t

T = t.TypeVar('T')
S = t.TypeVar('S')
Ts = t.TypeVarTuple('Ts')
U = t.Unpack


class A(t.Generic[U[Ts], T]):
    pass


class B(t.Generic[T, U[Ts]]):
    pass


class C(t.Generic[T, U[Ts], S]):
    pass


class D(t.Generic[T, S, U[Ts]]):
    pass


cases = ['A[int]', 'A[int, str]', 'A[int, str, bytes]', 'A[U[t.Tuple[int, ...]]]', 'A[str, U[t.Tuple[int, ...]]]',
         'A[U[tuple[int, ...]]]', 'A[U[t.Tuple[int, ...]], str]', 'A[()]', 'A[U[t.Tuple[()]]]', 'A[U[t.Tuple[int, str]]]',
         'B[int]', 'B[U[t.Tuple[int, ...]]]', 'B[U[t.Tuple[int, ...]], str]', 'B[str, U[t.Tuple[int, ...]]]',
         'C[int]', 'C[int, str]', 'C[U[t.Tuple[int, ...]]]', 'C[bytes, U[t.Tuple[int, ...]]]', 'C[U[t.Tuple[int, ...]], bytes]',
         'C[bytes, U[t.Tuple[int, ...]], str]', 'C[bytes, float, U[t.Tuple[int, ...]], str, bool]',
         'D[U[t.Tuple[int, ...]]]', 'D[str, U[t.Tuple[int, ...]]]', 'D[int]',
         'A[U[t.Tuple[int, ...]], U[t.Tuple[str, ...]]]', 'C[U[t.Tuple[int, ...]], U[tuple[str, ...]]]',
         't.Tuple[T, U[Ts]][U[t.Tuple[int, ...]]]', 't.Tuple[U[Ts], T][U[t.Tuple[int, ...]]]',
         't.Callable[[T, U[Ts]], S][U[t.Tuple[int, ...]]]']
for src in cases:
    try:
        r = eval(src)
        print(src, '->', r, r.__args__)
    except Exception as e:
        print(src, '->', type(e).__name__, e)
