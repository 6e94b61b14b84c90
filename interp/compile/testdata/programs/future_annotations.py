from __future__ import annotations
x: list[int] = []
y: dict[str, "C"] | None
def f(a: int = 1, *args: tuple[int, ...], b: str | None = None, **kw: dict) -> Optional[List[int]]:
    z: a.b.c[1:2, ::3] = 5
    return a
class C:
    m: Callable[[int], str]
    n: lambda x: x + 1
    o: -1 + 2 * (3 ** 4) // 5 % 6 @ 7
    r: {1: 2, **k}
    s: {1, 2}
    t: [i for i in x if i]
    u: f"a{b!r:>{c}}d"
    v: not a and b or c
    w: a if b else c
    y: x[1:2]
    z: (1,)
    aa: ()
    bb: 1 < 2 <= 3 is not 4 not in 5
    cc: ~x + -y
    ff: f(*a, **k, c=1)
    gg: 1e300 * 1e300
    hh: 'quote"s' 
    ii: b'\x00bytes'
    jj: ...
    kk: x[()]
    ll: x[a, b]
    mm: (a for a in b)
    nn: {a: b for a, b in c}
    pp: 1.5j
    qq: -(-1)
    rr: (-1) ** 2
    ss: a.b.c
    tt: 10 ** -2
    uu: x[:, 1]
    vv: lambda a, /, b=1, *c, d, e=2, **f: 0
    ww: f"{x=}"
    xx: 'multi\nline'
