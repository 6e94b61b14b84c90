"""A small inventory manager used as a realistic parser test."""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Iterable, Iterator, Optional


class InventoryError(Exception):
    """Raised when the inventory cannot satisfy a request."""

    def __init__(self, item: str, wanted: int, have: int) -> None:
        super().__init__(f"not enough {item!r}: wanted {wanted}, have {have}")
        self.item, self.wanted, self.have = item, wanted, have


@dataclass(order=True)
class Item:
    name: str
    price: float = 0.0
    quantity: int = 0
    tags: list[str] = field(default_factory=list)

    @property
    def value(self) -> float:
        return self.price * self.quantity

    def __str__(self):
        return f"{self.name:<12}{self.quantity:>5} x {self.price:8.2f} = {self.value:10.2f}"


class Inventory:
    def __init__(self, items: Iterable[Item] = ()):
        self._items: dict[str, Item] = {i.name: i for i in items}
        self._log = []

    def __len__(self):
        return len(self._items)

    def __iter__(self) -> Iterator[Item]:
        yield from sorted(self._items.values())

    def __contains__(self, name):
        return name in self._items

    def add(self, name, quantity=1, *, price=None, tags=()):
        item = self._items.get(name)
        if item is None:
            item = self._items[name] = Item(name, price or 0.0)
        elif price is not None:
            item.price = price
        item.quantity += quantity
        item.tags.extend(t for t in tags if t not in item.tags)
        self._log.append(("add", name, quantity))
        return item

    def remove(self, name, quantity=1):
        try:
            item = self._items[name]
        except KeyError:
            raise InventoryError(name, quantity, 0) from None
        if item.quantity < quantity:
            raise InventoryError(name, quantity, item.quantity)
        item.quantity -= quantity
        if not item.quantity:
            del self._items[name]
        self._log.append(("remove", name, quantity))

    def by_tag(self) -> dict[str, list[str]]:
        result = defaultdict(list)
        for item in self:
            for tag in item.tags or ["untagged"]:
                result[tag].append(item.name)
        return dict(result)

    def total(self) -> float:
        return sum(i.value for i in self)

    def cheapest(self, n: int = 3) -> list[Item]:
        return sorted(self, key=lambda i: (i.price, i.name))[:n]

    def find(self, predicate=lambda item: True) -> Optional[Item]:
        return next((i for i in self if predicate(i)), None)

    def report(self, out=sys.stdout):
        print("-" * 40, file=out)
        for item in self:
            print(item, file=out)
        print("-" * 40, file=out)
        print(f"{'total':<12}{'':>17}{self.total():10.2f}", file=out)

    def to_json(self) -> str:
        return json.dumps([vars(i) for i in self], indent=2)

    @classmethod
    def from_json(cls, text: str) -> "Inventory":
        return cls(Item(**d) for d in json.loads(text))

    @staticmethod
    def parse_line(line):
        name, _, rest = line.partition(":")
        match rest.split():
            case [qty]:
                return name.strip(), int(qty), None
            case [qty, price]:
                return name.strip(), int(qty), float(price)
            case [qty, price, *tags] if tags:
                return name.strip(), int(qty), float(price), tags
            case _:
                raise ValueError(f"bad line: {line!r}")


def main(argv=None):
    inv = Inventory()
    lines = """
    apple: 10 0.5 fruit red
    pear: 4 0.75 fruit
    hammer: 1 12.99 tool
    nails: 200 0.02 tool
    """.strip().splitlines()
    for line in lines:
        name, qty, price, *more = Inventory.parse_line(line) + (None,)
        inv.add(name, qty, price=price, tags=more[0] or ())
    try:
        inv.remove("apple", 3)
        inv.remove("saw")
    except InventoryError as e:
        print("error:", e)
    finally:
        inv.report()
    print(inv.by_tag())
    print([str(i) for i in inv.cheapest(2)])
    assert len(Inventory.from_json(inv.to_json())) == len(inv), "round trip"
    return 0 if inv.total() > 0 else 1


if __name__ == "__main__":
    sys.exit(main())
