from typing import Callable, Generic, TypeVar

T = TypeVar('T')
K = TypeVar('K', bound='Hashable')

class Box(Generic[T]):
    items: list[T]
    mapping: dict[str, Callable[..., T]]

    def __init__(self, item: T) -> None:
        self.item: T = item
        self.pair: tuple[T, T] | None = None

    def map(self, fn: 'Callable[[T], K]') -> 'Box[K]':
        return Box(fn(self.item))

Alias = dict[str, list[tuple[int, ...]]]
Fn = Callable[[int, str], None]
Nested = list[list[list[int]]]
