# An ordinary annotated program: dataclasses, Protocol, Generic, NamedTuple, TypedDict, Literal.
from dataclasses import dataclass, field
from typing import (Callable, ClassVar, Dict, Generic, Iterator, List, Literal, NamedTuple,
                    Optional, Protocol, Tuple, TypedDict, TypeVar, Union, cast,
                    get_type_hints, runtime_checkable)

T = TypeVar("T")
Status = Literal["ok", "low", "out"]


class Money(NamedTuple):
    cents: int
    currency: str = "EUR"

    def __str__(self) -> str:
        return f"{self.cents / 100:.2f} {self.currency}"


class Row(TypedDict):
    sku: str
    qty: int


@runtime_checkable
class Priced(Protocol):
    def price(self) -> Money: ...


@dataclass
class Item:
    sku: str
    unit: Money
    qty: int = 0
    tags: List[str] = field(default_factory=list)
    registry: ClassVar[Dict[str, "Item"]] = {}

    def price(self) -> Money:
        return Money(self.unit.cents * self.qty, self.unit.currency)

    def status(self) -> Status:
        return "out" if self.qty == 0 else "low" if self.qty < 5 else "ok"


class Repo(Generic[T]):
    def __init__(self) -> None:
        self._items: Dict[str, T] = {}

    def add(self, key: str, item: T) -> None:
        self._items[key] = item

    def get(self, key: str) -> Optional[T]:
        return self._items.get(key)

    def __iter__(self) -> Iterator[T]:
        return iter(self._items.values())

    def where(self, pred: Callable[[T], bool]) -> List[T]:
        return [i for i in self if pred(i)]


repo = Repo[Item]()
for sku, cents, qty in (("pen", 150, 10), ("ink", 900, 2), ("pad", 300, 0)):
    repo.add(sku, Item(sku, Money(cents), qty))
print("repo alias", type(repo).__name__, repo.__orig_class__)
for item in repo:
    print(item.sku, item.status(), item.price(), isinstance(item, Priced))
print("missing", repo.get("cap"))
print("low", [i.sku for i in repo.where(lambda i: i.status() != "ok")])


def total(items: List[Priced]) -> Money:
    return Money(sum(i.price().cents for i in items))


print("total", total(list(repo)))
rows: List[Row] = [Row(sku=i.sku, qty=i.qty) for i in repo]
print("rows", rows)


def parse(line: str) -> Union[Tuple[str, int], None]:
    parts = line.split(":")
    if len(parts) != 2:
        return None
    return parts[0], int(parts[1])


print("parse", parse("pen:3"), parse("bad"))
print("cast", cast(int, parse("x:1")[1]) + 1)
hints = get_type_hints(Item)
print("hints", list(hints), hints["unit"], hints["registry"])
print("method hints", get_type_hints(Item.status), get_type_hints(Repo.where))
print("fields", Item.__dataclass_fields__["tags"].type, Item.__dataclass_fields__["qty"].default)
print("priced check", isinstance(Money(1), Priced), isinstance(repo.get("pen"), Priced))
