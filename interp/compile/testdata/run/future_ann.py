from __future__ import annotations
def f(a: list[int], *b: tuple[str, ...], c: "quoted" = 1, **d: dict[str, int | None]) -> Optional[int]:
    x: undefined_but_fine = 5
    return x
print(f.__annotations__)
class C:
    attr: ClassVar[int] = 3
    other: lambda q: q + 1
    third: f"{a!r:>{w}}"
    fourth: (1, 2) + (3,)
print(C.__annotations__)
y: -(-1) ** 2 // 3
print(__annotations__)
