import asyncio
import contextlib


class Service:
    def __init__(self, name):
        self.name = name
        self._queue = asyncio.Queue()

    async def __aenter__(self):
        self._task = asyncio.create_task(self._run())
        return self

    async def __aexit__(self, *exc_info):
        self._task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await self._task

    async def _run(self):
        while True:
            item = await self._queue.get()
            try:
                await self.handle(item)
            except* ValueError as group:
                for exc in group.exceptions:
                    print(exc)
            finally:
                self._queue.task_done()

    async def handle(self, item):
        match item:
            case {'kind': 'sleep', 'seconds': float(s) | int(s)}:
                await asyncio.sleep(s)
            case _:
                raise ValueError(item)

    async def results(self):
        async for value in self.stream():
            yield value

    async def stream(self):
        for i in range(3):
            yield i


async def main():
    async with Service('demo') as service, asyncio.timeout(5):
        values = [v async for v in service.results()]
        return values

if __name__ == '__main__':
    asyncio.run(main())
