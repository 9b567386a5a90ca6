#!/usr/bin/env python3
"""A small command-line tool, written the way real modules are."""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass, field
from typing import Iterator

__all__ = ['Record', 'main']

DEFAULT_LIMIT = 10


@dataclass(frozen=True)
class Record:
    name: str
    score: float = 0.0
    tags: list[str] = field(default_factory=list)

    def describe(self) -> str:
        tags = ', '.join(self.tags) or 'none'
        return f'{self.name:<20} {self.score:6.2f} [{tags}]'


def read_records(lines: Iterator[str]) -> Iterator[Record]:
    for lineno, line in enumerate(lines, start=1):
        line = line.strip()
        if not line or line.startswith('#'):
            continue
        try:
            name, score, *tags = line.split(',')
            yield Record(name, float(score), tags)
        except ValueError as exc:
            print(f'line {lineno}: {exc}', file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument('--limit', type=int, default=DEFAULT_LIMIT)
    args = parser.parse_args(argv)
    records = sorted(read_records(sys.stdin), key=lambda r: -r.score)
    for record in records[: args.limit]:
        print(record.describe())
    return 0 if records else 1


if __name__ == '__main__':
    sys.exit(main())
