import heapq
print(heapq.heappush([], 1), heapq.__file__)
