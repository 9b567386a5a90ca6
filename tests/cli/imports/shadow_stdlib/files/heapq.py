print('local heapq')
def heappush(h, x):
    return 'mine'
