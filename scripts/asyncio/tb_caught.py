# Tracebacks printed by the program itself, through the traceback module,
# for exceptions coming out of tasks, gather, wait_for and a future's
# result(): only the program's frames and the library frames CPython's
# Python code adds.
import asyncio
import traceback


async def boom(n):
    await asyncio.sleep(0)
    raise ValueError(f'boom {n}')


async def main():
    try:
        await asyncio.create_task(boom(1))
    except ValueError:
        traceback.print_exc()
    try:
        await asyncio.gather(boom(2))
    except ValueError:
        traceback.print_exc()
    try:
        await asyncio.wait_for(boom(3), 1)
    except ValueError:
        traceback.print_exc()
    t = asyncio.create_task(boom(4))
    await asyncio.wait([t])
    try:
        t.result()
    except ValueError:
        traceback.print_exc()
    try:
        asyncio.get_running_loop().create_future().result()
    except asyncio.InvalidStateError:
        traceback.print_exc()
    try:
        await asyncio.sleep(-1, result=boom)
        asyncio.current_task().print_stack()
    except Exception:
        traceback.print_exc()
    print(''.join(traceback.format_stack()).count('File'))


asyncio.run(main())
try:
    asyncio.get_running_loop()
except RuntimeError:
    traceback.print_exc()
