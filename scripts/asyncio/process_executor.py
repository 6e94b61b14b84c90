# run_in_executor with a ProcessPoolExecutor: the calls run in other
# processes (in gilpy, other interpreters) and their results come back to
# the loop; an exception in a child is raised where it is awaited.
import asyncio
from concurrent.futures import ProcessPoolExecutor


def square(x):
    return x * x


def fails(x):
    raise ValueError(f'child failed on {x}')


async def main():
    loop = asyncio.get_running_loop()
    with ProcessPoolExecutor(max_workers=2) as ex:
        print(await asyncio.gather(*[loop.run_in_executor(ex, square, i) for i in range(6)]))
        try:
            await loop.run_in_executor(ex, fails, 3)
        except ValueError as e:
            print('ValueError', e)
        for fut in asyncio.as_completed([loop.run_in_executor(ex, square, 7)]):
            print(await fut)


if __name__ == '__main__':
    asyncio.run(main())
