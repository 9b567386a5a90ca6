# sys.exit() and errors in callbacks inside the event loop
import asyncio
import sys


def bad_callback(x):
    raise ValueError(f"callback failed with {x}")


async def main():
    loop = asyncio.get_running_loop()
    seen = []
    loop.set_exception_handler(lambda lp, ctx: seen.append(
        (sorted(ctx), ctx["message"].split(" at ")[0], repr(ctx.get("exception")))))
    print("handler set", loop.get_exception_handler() is not None)
    loop.call_soon(bad_callback, 1)
    await asyncio.sleep(0)
    print("handled:", seen)
    loop.call_exception_handler({"message": "custom report", "extra": 5})
    print("custom:", seen[-1])
    loop.set_exception_handler(None)
    try:
        loop.set_exception_handler(5)
    except TypeError as e:
        print("TypeError", e)
    # With the default handler the error goes to stderr and the loop goes on.
    loop.call_soon(bad_callback, 2)
    await asyncio.sleep(0)
    print("loop still running", loop.is_running())
    await asyncio.sleep(0.01)
    sys.stdout.flush()
    sys.exit(3)


asyncio.run(main())
